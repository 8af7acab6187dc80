"""Hand annotations for the NINETY-SECOND held-out event gold set (source of events-heldout92.jsonl).

Keyed by the row index of selection-heldout92.jsonl (output of select_bulk_heldout.py 92; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout92.jsonl \
        --annotations annotations_heldout92 --output events-heldout92.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "United States (Obama, 2015): 'they are arguing for a return to the rules ... that strong States must impose "
         "their will on weaker ones ... order must be imposed by force' = the beliefs of unnamed arguers, general "
         "norms with no actor and no target (guideline: abstract positions and descriptions not coded); 'do not "
         "matter' negates a value, not an event"),
 1: ([("civil war", "190", "SSD/GOV", "SSD/REB", False, A, N, True),
      ("have failed to agree", "057", "SSD/GOV", "SSD/REB", True, A, N, False)],
     "South Sudan (2016); 'we, the leaders of the country, have failed to agree on how to address the internal "
     "challenges ... within our political party, the SPLM' = the 2013 split between the President's camp and the "
     "faction that became the SPLM/A-In Opposition (following text: 'the former Chairman of the SPLA-IO ... "
     "resorted to fighting the very Government he served as first Vice-President') -> 'failed to' = negation "
     "(guideline) of an agreement -> negated 057 (README 46/47: 'have never agreed, and will never agree' one "
     "negated 057), a symmetric act among 'we, the leaders' coded once from the document's own government "
     "(guideline), the other side as of the speech date -> SSD/REB (an armed opposition in September 2016; "
     "borderline SSD/OPP, party dissidents at the time of the 2013 split); 'South Sudan has been struck by civil "
     "war' = an agentless passive whose parties are plain from the same sentence and the text around it (README "
     "48/49: an event noun whose agent is plain only from the surrounding text is coded) -> nominal 190 SSD/GOV -> "
     "SSD/REB (borderline not coded as an agentless passive)"),
 2: ([("We support the efforts", "051", "YEM/GOV", "SDN/GOV", False, A, N, False)],
     "Yemen (2007); 'We support the efforts of the Sudanese Government to restore peace in that region [Darfur]' = "
     "verbal support (guideline: 051; borderline 050) for a named government's efforts -> SDN/GOV (README: support "
     "aimed at a process goes to its named parties); 'the security plan presented by the Security Council' is a "
     "plan's provenance, not coded (borderline a nominal 030 org:UNSC -> SDN/GOV); 'provided that the sovereignty "
     "... will never be jeopardized under any pretext' is an agentless proviso, no negated event"),
 3: ([], "Lao PDR (2000): the view of the South Summit (a statement, 01x) that 'the unfavourable world trade measures "
         "imposed on goods from the developing countries' are unsolved problems = an agentless passive with an "
         "uncoded class of countries as target, null-null, not coded (README 54-61: acts between uncoded "
         "collectives; borderline a nominal 163 null -> null); 'have not yet been developed' negates a capacity, "
         "not an event"),
 4: ([], "Singapore (1997): 'what will not evoke a veto from any of the current permanent members will not command "
         "the support of the two-thirds membership' = a generic conditional about any Council reform proposal, the "
         "permanent members and the membership unnamed classes, UN reform (README 54-61: reform positions "
         "uncoded); borderline a negated hypothetical 129 null -> null"),
 5: ([("call for a second decade", "102", "BLZ/GOV", N, False, A, N, False)],
     "Belize (2004); 'we call for a second decade to continue the work achieved during the first decade' = a "
     "request (guideline: call for -> 10x) for a Second International Decade of the World's Indigenous People, "
     "continuing the 'United Nations efforts' of the preceding sentence -> policy support 102 (held-out 77 row 30: "
     "a request for support for draft resolutions 102; borderline generic 100), no addressee named -> target null "
     "(held-out 77 row 8: a call with a specific Y and no addressee coded with target null; borderline org:UNGA, "
     "which proclaims decades; borderline not coded as a UN programme position); 'the work that has not yet been "
     "completed' is agentless, no negated event"),
 6: ([("fight to recover what is", "1053", "ARG/GOV", "GBR/GOV", False, A, N, True),
      ("never-ending demand for justice", "1013", "ARG/GOV", "IRN/GOV", False, A, N, True)],
     "Argentina (Fernandez de Kirchner, 2011); the sentence lists Argentina's strengths against the tragedies of "
     "the preceding sentence (economic disaster, 'a Power exercising a colonial influence in our country', the "
     "terrorist attacks), so 'our tireless and never-ending fight to recover what is ours' = the claim to the "
     "Malvinas/Falklands against the United Kingdom (same speech: 'We are here calling for dialogue with the United "
     "Kingdom') -> a metaphor with a real act behind it (README 4: 'a full assault on media freedom' coded as the "
     "real act) -> a demand for the return of the islands, nominal 1053 (README: a demand for the return of "
     "occupied islands 1053) ARG/GOV -> GBR/GOV (borderline not coded as figurative 'fight', or 107); 'our "
     "never-ending demand for justice for the victims of the attacks' = the AMIA and embassy bombings, a request "
     "noun with its agent 'our', addressed to Iran (preceding text: the message from Iran 'does not satisfy our "
     "demands, which ... are for justice') -> the trial of the Iranian suspects = judicial cooperation -> nominal "
     "1013 (borderline target null, the sentence naming no addressee; borderline 1053); 'never-ending' bears on "
     "persistence, no negation (guideline: 'never ceased to demand' asserted)"),
 7: ([("compliance", "030", N, "org:UNGA", True, A, N, True),
      ("renew our call", "1042", "PLW/GOV", N, False, A, N, False)],
     "Palau (2009); 'We have waited for compliance, which has not come' = compliance with General Assembly "
     "resolution 62/177, which 'urged nations and regional fishery management organizations to stop trawling in "
     "sensitive areas by 2009' (preceding sentence) -> not responding to a call (guideline: negated 030; README: "
     "calls that 'have never heeded' and 'has not elicited the expected response' negated 030 with no source), the "
     "non-complying nations and fishery organizations uncoded -> source null, the call's author -> org:UNGA "
     "(borderline target PLW/GOV, the waiting party, or null); 'we now renew our call for a worldwide moratorium on "
     "this practice' [deep-sea bottom trawling] = a request (guideline: call for -> 10x) for a policy change -> "
     "1042 (earlier sets: 'We urge all countries' 1042 with target null), addressed to all nations (preceding "
     "text: 'the world must declare a bul') -> target null"),
 # --- UNGDC 1990-2019 random: future
 8: ([("full cooperation", "050", "YUG/GOV", N, False, D, N, True)],
     "Slovenia (2000); 'there will be no self-sustaining peace and stability in the region without the full "
     "cooperation and integration of the Federal Republic of Yugoslavia' = a statement of need (held-out 76 row 7: "
     "'will not be able to attain sustainable development without appropriate technological support' demanded) -> "
     "demanded nominal 050, the FRY of 2000 -> YUG/GOV (README 26/27: a state that later dissolved takes its code "
     "of the speech's date), the partners (the region's states) unnamed -> target null; 'integration' into the "
     "region's structures is a membership matter, coded once with the cooperation (README 54-61: admissions "
     "uncoded); borderline hypothetical, or not coded as a conditional about the region's prospects"),
 9: ([], "Switzerland (2011): 'it is in a negotiated solution rather than military victory that a lasting solution "
         "will be found for the majority of conflicts' = a general maxim, no actor"),
 10: ([], "Mauritania (1997): 'we hope that the meeting of the Security Council at the ministerial level held two weeks "
          "ago ... will contribute' = an optative hope (README 5); the meeting itself is a session of one body with no "
          "counterpart (borderline a nominal 040 org:UNSC -> null)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "India (2012): 'Measures must be taken to reduce nuclear risks, including the grave risk of terrorists "
          "gaining access to weapons of mass destruction' = an agentless deontic about policy, the terrorists' access "
          "a risk (guideline: threat as risk), no actor"),
 12: ([], "Netherlands (2001): 'We should be careful to avoid another Somalia' = a caution about a failed UN "
          "intervention, Somalia a byword, not an actor; no codable behaviour"),
 13: ([], "Papua New Guinea (2002): 'These two institutions [the World Bank and the IMF] must realign their policies "
          "and focus more on development and poverty eradication' = a deontic whose Y is the institutions' own "
          "policy orientation, not a behaviour toward another actor (guideline: 'comply with obligations' etc. not "
          "coded); the calls for reform lie in the preceding sentence"),
 14: ([], "Zimbabwe (2008): 'At no time should they seek to pander to the whims and caprices of the mighty against the "
          "weak' = 'they' = international civil servants (preceding sentence), a norm of conduct with the 'mighty' "
          "and the 'weak' uncoded and 'pander' figurative; not coded (borderline a negated demanded 051 org:UN -> "
          "null)"),
 15: ([], "Myanmar (1998): 'The idea of relying on others to resolve our own domestic problems should be discouraged' "
          "= an abstract position, 'others' uncoded, no act"),
 16: ([], "Nauru (2018): the renewable-energy undertaking in large countries = a description, no act between actors"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("express our gratitude", "051", "TUN/GOV", N, False, A, N, False),
       ("have supported us", "051", N, "TUN/GOV", False, A, N, False)],
      "Tunisia (2001); 'We would like to express our gratitude to all countries that have supported us in this' = "
      "thanks (guideline: 051), 'would like to' performative -> asserted, to an uncoded collective -> target null "
      "(README 14/15: thanks that include a group without a code has target null); 'that have supported us in "
      "this' = the countries' support for Tunisia's bid to host the second phase of the World Summit on the "
      "Information Society (preceding sentence) -> verbal support 051 (borderline 050), source the uncoded "
      "countries -> null (README 24/25: thanks give the support its agent; README 50/51: 'has already received "
      "credit' 051 with no source), to TUN/GOV"),
 18: ([], "Germany (Merkel, 2007): 'such contributions can only complement a post-Kyoto agreement under the auspices "
          "of the United Nations' = a position on the climate regime; the agreement is a future one with no named "
          "parties, the contributions of unnamed States; not coded"),
 19: ([("Iceland welcomes", "051", "ISL/GOV", N, False, A, N, False)],
      "Iceland (2008); 'Iceland welcomes and fully supports the Pacific Island initiative for a General Assembly "
      "resolution on security and climate change' = welcome and verbal support, one 051 (same code, same pair); the "
      "initiative's authors, the Pacific small island developing States, are a group without a code whose members "
      "the document does not name -> target null (README 12/13: a group without a code is each member the "
      "document names; borderline one 051 per Pacific SIDS, or org:UNGA)"),
 20: ([("we support the collective efforts", "051", "GTM/GOV", N, False, A, N, False)],
      "Guatemala (2003); 'we support the collective efforts of the international community to combat that "
      "scourge' = verbal support (guideline: 051) for the efforts of an uncoded collective -> target null "
      "(held-out 76 row 27: 'We commend and support all efforts' 051 null); 'We reiterate our opposition to all "
      "forms of terrorism' = a general stance with no named perpetrator, not coded (README 44/45: 'acts of "
      "terrorism should be condemned wherever' not coded; borderline 120 with no target, as 'We utterly reject "
      "attacks'); the fight against terrorism is between uncoded parties"),
 21: ([("offered to host", "036", "MEX/GOV", "org:UN", False, A, N, False)],
      "Mexico (2016); 'we have offered to host an international preparatory meeting for ... the global compact for "
      "safe, orderly and regular migration' -> 'offered to host' 036 (README 52/53), a realised offer -> asserted, "
      "the compact being negotiated under the United Nations -> org:UN (README 30/31: hosting a session of a UN "
      "regional commission 036 to org:UN; borderline target null)"),
 22: ([("has been signed", "057", "PNG/GOV", "PNG/REB", False, A, N, False)],
      "New Zealand (2001); 'A peace settlement has been signed in Bougainville' = the Bougainville Peace Agreement "
      "of August 2001, an agentless passive whose parties the preceding sentence makes plain ('violence between "
      "Government and separatist movements ... in Bougainville') (guideline: missing participant from the context) "
      "-> 057 from the national government, PNG/GOV, to the Bougainville separatist leadership -> PNG/REB (README "
      "36/37: separatists are the country's REB; borderline PNG/GOV under the sub-national rule, or null-null as an "
      "agentless passive); Bougainville is the place"),
 23: ([], "Mexico (1991): 'popular demands for new democratic institutions and practices' and 'nationalistic "
          "aspirations that are reviving conflicts' in unnamed eastern and central European countries = demands of "
          "uncoded populations to unnamed governments, null-null, not coded (borderline a nominal 1044 null -> null)"),
 24: ([], "Saint Vincent and the Grenadines (1993): 'a new spirit of cooperation between erstwhile enemies' = the "
          "cold war's former adversaries, unnamed; an evaluation, not coded (borderline a nominal 050 USA/GOV -> "
          "RUS/GOV)"),
 25: ([], "Nauru (2001): 'We would therefore support a proposal to move the process [Security Council reform] to a "
          "higher level' = a UN reform position (README 54-61: reform positions uncoded); borderline a hypothetical "
          "051 with no target"),
 26: ([("bearing relief supplies", "0333", N, "MMR/MIL", False, A, N, False)],
      "Singapore (2008); after Cyclone Nargis, 'Western warships bearing relief supplies' = the offer of "
      "humanitarian aid by Western navies waiting off Myanmar for permission to deliver it (preceding sentence: the "
      "stand-off 'over the provision of assistance') -> intent to provide humanitarian aid 0333 (borderline 073, or "
      "not coded as a description of the ships), 'Western' an uncoded collective -> source null, to the Myanmar "
      "Government, a military junta in 2008 -> MMR/MIL (guideline: juntas); 'were viewed with suspicion by a "
      "Government that saw ... a military threat' = a perception, not an act (borderline a 1233 refusal, which "
      "the sentence does not state)"),
 27: ([("targeted assistance", "070", N, "FSM/GOV", False, D, N, True)],
      "Micronesia (2004); 'we need a range of targeted assistance in our region' = a statement of need (README "
      "46/47: statements of need are demanded aid with no source to the speaker's government) -> demanded nominal "
      "070, no source, to FSM/GOV (borderline 071); 'Over and above other traditional official development "
      "assistance' presupposes existing aid from unnamed donors, not coded separately (borderline a nominal 071 "
      "null -> FSM/GOV)"),
 28: ([], "Djibouti (2004): 'The international community is threatened by the instability' = figurative threat "
          "(guideline), no actor"),
 29: ([("help the protagonists", "045", N, "SDN/GOV", False, D, N, False),
       ("help the protagonists", "045", N, "SDN/REB", False, D, N, False),
       ("set to resume", "036", "SDN/GOV", "SDN/REB", False, F, N, False)],
      "Eritrea (2010); 'There is also a need to simultaneously help the protagonists in the Darfur conflict to "
      "finally reach an agreement' = a deontic with no request verb (guideline: demanded), its helpers unnamed (the "
      "preceding text: 'the international community as a whole needs to ... support the parties') -> source null; "
      "helping the parties reach an agreement = facilitation -> 045 (README 54-61: a facilitation or mediation is "
      "045 to each party; borderline 070 aid or 051), one per party: the Government of Sudan SDN/GOV and the "
      "Darfur armed movements SDN/REB; the agreement is the help's purpose, not coded separately (borderline a "
      "hypothetical 057); 'the Doha talks that are set to resume in the next few days' = future negotiations "
      "between the same parties -> 036 future (guideline: future meetings and negotiations 036), from the "
      "first-named side; Doha is the venue (borderline a nominal 045 QAT/GOV for the Qatari mediation); 'the "
      "Darfur conflict' names no parties in the sentence, not coded (borderline a nominal 190 SDN/GOV -> SDN/REB)"),
 30: ([("was appreciated", "051", "CMR/GOV", "org:UNGA", False, A, N, False),
       ("his visit to Yaoundé", "042", "org:UNGA", "CMR/GOV", False, A, N, True)],
      "Cameroon (2011); 'To Mr. Joseph Deiss, his predecessor, we wish to say how much his work as President of the "
      "Assembly ... was appreciated' = appreciation of the outgoing President of the General Assembly -> 051 to "
      "org:UNGA (README 30/31), the speaker's own appreciation -> CMR/GOV; 'just as Cameroon appreciated his visit' "
      "is the same code and pair, coded once; 'his visit to Yaoundé in January' = a visit made while President of "
      "the Assembly -> nominal 042 org:UNGA -> CMR/GOV (README 54-61: an official's visit while PGA is org:UNGA's "
      "042); Yaoundé is the place; 'his African visit' is the same tour, the other hosts unnamed"),
 31: ([("rest assured", "032", "TUR/GOV", "ISR/GOV", False, A, N, False),
       ("rest assured", "032", "TUR/GOV", "PSE/GOV", False, A, N, False)],
      "Turkey (1993); 'The wise, far-sighted and courageous architects who designed this blueprint for rebuilding "
      "amity and peace in the Middle East' = the parties to the Israel-PLO breakthrough of September 1993 "
      "('the historic breakthrough achieved in the Middle East peace process ... between the Palestinians, Israel', "
      "earlier in the paragraph); 'may ... rest assured of Turkey's firm support for and contribution to their "
      "mission' = an assurance of support (held-out 76 row 40: 'I assure you of my Government's support' 032) -> "
      "032 asserted, one per party, the PLO -> PSE/GOV (held-out 76 row 26); 'contribution' part of the same "
      "assurance (borderline a separate 033); designing the blueprint is an agent description of unnamed "
      "signatories, not coded (held-out 77 row 3; borderline 057 ISR/GOV -> PSE/GOV); the page header inside the "
      "sentence is extraction noise"),
 32: ([("wish to commend", "051", "COD/GOV", "org:UN", False, A, N, False),
       ("wish to commend", "051", "COD/GOV", "org:AU", False, A, N, False)],
      "DR Congo (2005); 'I also wish to commend the United Nations and the African Union for their efforts to bring "
      "the elections in Burundi and the Central African Republic to a successful conclusion' = praise (guideline: "
      "commend 051), one per organisation (guideline: compound split), performative -> asserted; the efforts are "
      "too vague to code (held-out 76 row 35: commending the Secretary-General's efforts codes the 051 only; "
      "borderline a nominal 070 electoral assistance from each organisation to BDI and CAF)"),
 33: ([("promoted confidence-building measures", "050", "GRC/GOV", "MKD/GOV", False, A, N, False)],
      "Greece (2016); 'And we have promoted confidence-building measures that aim to strengthen trust and "
      "cross-border cooperation' continues the preceding sentence on the name issue of the former Yugoslav "
      "Republic of Macedonia (guideline: missing participant from the context) -> the Greece-FYROM "
      "confidence-building measures, realised diplomatic cooperation 050 (borderline 030 as a proposal, or target "
      "TUR/GOV from the sentence before, or target null); the trust and cooperation are the purpose"),
 34: ([("illogical demands", "1013", "USA/GOV", "LBY/GOV", False, A, N, True),
       ("illogical demands", "1013", "GBR/GOV", "LBY/GOV", False, A, N, True)],
      "Libya (1996), the Lockerbie dispute; 'the ... illogical demands of the American and British Governments' = "
      "request nouns with their agents named -> one per government (guideline: compound split), the demands being "
      "the surrender of the two suspects for trial in Scotland or the United States -> judicial cooperation 1013 "
      "(earlier set: the Libyan congresses' 'no objection to letting the two suspects stand trial' 0313; "
      "borderline 1053, matching the 1243 'refuses to give up the people who blew up Pan Am 103'), to LBY/GOV; "
      "'the blind intransigence' = an evaluative description of an attitude (earlier sets: 'intransigence' an "
      "evaluation; borderline a nominal 120 USA/GOV and GBR/GOV -> LBY/GOV)"),
 35: ([], "Zambia (2019): 'Zambia was, for a year, until last month, Chair of the SADC Organ on Politics, Defence and "
          "Security Cooperation' = a status (a rotating chairmanship), no act (borderline 050 ZMB/GOV -> org:SADC)"),
 36: ([], "Timor-Leste (2009): 'other countries that have been in conflict have appreciated the long-term support of "
          "the international community' = the speaker's belief about uncoded countries and an uncoded collective, "
          "null-null, not coded"),
 37: ([("We also commend", "051", "MDA/GOV", "org:UNICEF", False, A, N, False),
       ("helping", "070", "org:UNICEF", "MDA/CVL", False, A, N, False)],
      "Moldova (2002); 'We also commend the activity of UNICEF in Moldova' -> 051 to org:UNICEF (guideline); 'for "
      "helping the newest generation of our citizens navigate through this difficult period of transition' = "
      "UNICEF's assistance to Moldova's children -> aid 070 (gerund, not nominal; earlier sets: 'helping' 070), "
      "to the children -> MDA/CVL (borderline MDA/GOV; borderline 073)"),
 38: ([], "Lao PDR (2003): 'recommitting ourselves to meeting those noble Goals' = a commitment to the Millennium "
          "Development Goals, an abstract policy position, and 'we want a world where ... the world continues to "
          "build partnership and cooperation' = an optative wish with 'the world' uncoded; not coded"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Qatar (1998): 'These [the border and civil conflicts and wars in the Horn of Africa] have resulted in the "
          "squandering of resources' = the effects of conflicts whose parties are not named, no act"),
 40: ([], "South Sudan (2013): the rate of crime caused by small arms = a description, no actor"),
 41: ([("we also ask", "1031", "BDI/GOV", N, False, A, N, False),
       ("promises made", "0331", N, "BDI/GOV", False, A, N, True)],
      "Burundi (2003); 'it' = the international community (preceding sentence); 'we also ask it to make further "
      "efforts to quickly fulfil the promises made in Paris and Geneva' = a request (guideline: ask -> 10x) to an "
      "uncoded collective -> target null, Y = disbursing the pledged aid -> demand economic aid 1031; 'the promises "
      "made in Paris and Geneva' = the donors' pledges at the round tables for Burundi, a realised act named "
      "inside a request (README 12/13: coded too) -> pledges of economic aid 0331 (README 7), the donors uncoded -> "
      "source null, to BDI/GOV, nominal (borderline not coded as the request's Y); Paris and Geneva are venues"),
 42: ([], "Sri Lanka (2017): 'Preventing the recurrence of war and promoting a sense of brotherhood among the various "
          "groups in my country' = domestic policy goals, no act between actors"),
 43: ([], "South Africa (1994): 'the urgent need to engage in the struggle to secure our people's freedom from want' = "
          "a domestic policy aim, 'struggle' figurative"),
 44: ([("resolve to further improve our relations", "030", "TUR/GOV", "GRC/GOV", False, A, N, True)],
      "Turkey (2002); 'Our resolve to further improve our relations with' = a fragment cut by the splitter at a "
      "page break; the following text completes it as 'Greece through the current process of constructive dialogue "
      "remains intact' (README 44/45 and held-out 77 row 48: a part cut off by the splitter is taken from the "
      "context) -> an intent to cooperate stated as a fact, nominal 030 asserted (guideline: explicit intent 03x "
      "asserted) to GRC/GOV; borderline not coded as a fragment (README 62-73)"),
 45: ([], "Saudi Arabia (1992): 'it is incumbent upon us to bring about a fundamental change in our understanding of "
          "the role of the United Nations' = 'us' meaning all states (README 42/43), a position on the UN's role, "
          "not coded"),
 46: ([("his contributions", "050", "VNM/GOV", "org:ASEAN", False, A, N, True)],
      "Thailand (2018); 'His dedication to Viet Nam and his contributions to ASEAN will always be remembered with "
      "respect' = of the late President Tran Dai Quang (preceding sentence); his contributions to ASEAN = his "
      "government's cooperation with the organisation (README 24/25: a late president's support is his "
      "government's, 050) -> nominal 050 VNM/GOV -> org:ASEAN (borderline not coded as vague, or 070); 'will "
      "always be remembered with respect' = a tribute in an impersonal passive, part of the condolences (README "
      "46/47: condolences not coded; README 52/53: impersonal-passive welcomes not coded), not coded (borderline "
      "051 THA/GOV -> VNM/GOV); his dedication to his own country is no act between actors"),
 47: ([], "Mali (2008): 'The conference will provide a useful opportunity for the States of the region to jointly "
          "reaffirm our commitment to turn our shared space into a zone of peace' = a future reaffirmation by all the "
          "region's states, an uncoded collective that includes the speaker's (held-out 77 row 33: the CSCE states' "
          "undertaking not coded), with no counterpart; the hosting of the Bamako conference lies in the preceding "
          "sentence; borderline a future 030 MLI/GOV -> null"),
 48: ([], "Bangladesh (2015): the Government's emphasis on education and health care = domestic policy"),
 49: ([], "Antigua and Barbuda (2011): declines in tourism, investment and remittances = economic effects, no actor"),
 50: ([], "Iran (1999): the sentence starts at 'Millennium Summit' (the splitter cut after 'the success of next "
          "year's'); an innovative approach to prepare the UN system = a reform position (README 54-61), no act"),
 51: ([], "Algeria (2017): 'it understands the complex nature of the issue' = a cognitive state, no act"),
 52: ([], "Chad (2001): 'nothing can justify terrorism' = a general norm; 'would like to share with the Assembly some "
          "thoughts' = a speech act about the speech itself (01x), not coded"),
}
