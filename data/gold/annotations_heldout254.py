"""Hand annotations for the TWO-HUNDRED-AND-FIFTY-FOURTH held-out event gold set (source of events-heldout254.jsonl).

Keyed by the row index of selection-heldout254.jsonl (output of select_statement_sentence_heldout.py 254; rows 0-21
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
    python3 data/gold/build_events.py --selection selection-heldout254.jsonl \\
        --annotations annotations_heldout254 --output events-heldout254.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will underscore enduring U.S. support", "032", "USA/GOV", "AFG", False, F, N, False)],
     "Release on Special Representative Khalilzad's travel (5 June 2021); 'The delegation' = the U.S. inter-agency "
     "delegation of the sentence before -> USA/GOV; 'will underscore enduring U.S. support for Afghanistan's "
     "development and a political settlement that will end the war' = an announced expression of support, the "
     "underscoring being the act ('underscored U.S. support for ...' a 051 in earlier sets) and its future form "
     "taking the intent code -> 032 future (README choices: 'will reiterate appreciation' 032 future; set 247: 'We "
     "will stand with you' a future 032; set 249: 'will thank' a future 032), one event for the compound object, "
     "both halves being support for Afghanistan as a whole -> bare AFG (set 219: support for 'a political solution "
     "acceptable to all parties' a 051 to bare ESH; set 237: support for 'a peaceful resolution of the conflict' a "
     "051 to bare ETH) (borderline a future 051; a nominal asserted 070 for the enduring development support; or a "
     "second 032 to each side of the peace process, AFG/GOV and AFG/REB, the Taliban before 15 Aug 2021, named "
     "only as 'both sides' in the sentence after); 'a political settlement that will end the war' is a hoped-for "
     "outcome with no party named in the sentence and 'the war' has no agent, neither coded"),
 1: ([("we intend to approach resolutely and cooperatively", "0311", "USA/GOV", N, False, A, N, False)],
     "Joint Statement on Cooperation on Global Supply Chains (20 July 2022), released by the United States and 17 "
     "partner economies; the collapsed joint-statement 'we' -> USA/GOV (guideline: 'we' in joint statements -> "
     "USA/GOV; set 243: a seven-signatory 'We are united' one event USA/GOV, not split; set 250: the Media Freedom "
     "Coalition not split because the sentence names no government); 'This is a global challenge we intend to "
     "approach resolutely and cooperatively' = an explicit intent stated as a fact -> 03x asserted (guideline: 'we "
     "pledged to continue' 03x asserted), cooperation on supply chains being economic -> 0311 (set 222: 'to "
     "cooperate on ... clean hydrogen' an asserted 0311), the partners (named only in the next paragraph) folded "
     "into the collapsed 'we' -> target null (set 236: the U.S.-Europe communiqué's 'agreed to set the date' an "
     "asserted 036 from USA/GOV with no target; set 241: one 030 with no target) (borderline one 0311 to each of "
     "the 17 partners named in the text after, 030, or uncoded as a stance on a global challenge)"),
 # --- State Dept random: demand
 2: ([("the United States supports", "051", "USA/GOV", "org:OAS", False, A, N, False)],
     "Blinken's interview with SinEmbargo at the Summit of the Americas (10 June 2022), the turn headed SECRETARY "
     "BLINKEN -> USA/GOV; 'this is an organization that we - the United States supports' = standing political "
     "support for the OAS -> habitual 051 asserted (set 112: 'Norway has been a consistent supporter of the United "
     "Nations' a 051 to org:UN; README choices: org:OAS in use) (borderline 070); 'its mission ... is to try to "
     "uphold the principles' describes the OAS's remit, no act; 'a charter that really was launched at a Summit of "
     "the Americas in 2001' is an agentless historic adoption at a venue, left uncoded (set 130: the agentless 1945 "
     "Charter signing uncoded; set 238's 'When the United States launched the Summit' named its agent) "
     "(borderline a historic 057 with no source); 'should be a common document for all of us to be held accountable "
     "to' is a deontic with 'us' meaning all the hemisphere's states and no codable act"),
 3: ([("must be allowed to continue without interference", "0863", "RUS/GOV", "UKR/CVL", False, D, N, False)],
     "Blinken on additional humanitarian assistance for Ukraine (15 Mar 2022); 'Humanitarian aid deliveries must "
     "be allowed to continue without interference' = an agentless deontic whose content is allowing humanitarian "
     "access -> demanded 0863 (guideline: 'X should / must do Y' codes Y, demanded; set 161: 'All parties must ... "
     "allow aid to reach those in need' a demanded 0863; set 236: humanitarian access 'urgently required' a "
     "demanded 0863), the party that must allow it taken from the sentence before, 'for Russia to facilitate "
     "unhindered humanitarian access in Ukraine' (guideline: a missing participant is taken from the context when "
     "the document makes it plain; set 217: an agentless passive takes its source from the sentence before) -> "
     "RUS/GOV (borderline source null, as set 161 and set 236 for agentless deontics); 'those in need' = the "
     "civilians in Ukraine -> UKR/CVL; 'and humanitarian workers must have safe passage to deliver aid and "
     "assistance' is the same demand for access, folded in (borderline a second demanded 0863); the aid "
     "deliveries themselves are agentless and not coded"),
 4: ([("We urge the Palestinian Authority", "100", "USA/GOV", "PSE/GOV", False, A, N, False)],
     "Price on the death of Nizar Banat (24 June 2021); 'We urge the Palestinian Authority to conduct a thorough "
     "and transparent investigation and to ensure full accountability in this case' = one asserted request "
     "(guideline), Palestinian Authority -> PSE/GOV, Y = an investigation, which has no 10x sub-code -> generic 100, "
     "exactly as held-out 22 coded 'We urge authorities' to pursue 'a full, credible, transparent "
     "investigation' in Karakalpakstan (borderline 1043 for accountability, or 1013); Y not coded separately; the "
     "death in custody ('deeply disturbed by the death', sentence before) is not in this sentence"),
 # --- State Dept random: cue
 5: ([], "Blinken on Kiribati's National Day (9 July 2021): 'We support sustainable practices in entrepreneurship, "
         "fisheries, and ecotourism beneficial to both our countries' = support for a kind of practice, an abstract "
         "policy position with no counterpart acting or receiving (guideline: 'we support the allocation of "
         "resources' not coded) (borderline a 061 USA/GOV -> KIR/GOV for joint economic work, or a 070 to bare KIR); "
         "the partnership and 'our work with Kiribati' are in the sentences before and after"),
 6: ([("The Secretary thanked the Prime Minister", "051", "USA/GOV", "MAR/GOV", False, A, N, False),
      ("his and his government’s hospitality", "042", "USA/GOV", "MAR", False, A, N, True),
      ("they engaged in a wide-ranging discussion", "040", "USA/GOV", "MAR/GOV", False, A, N, False)],
     "Readout of Blinken's meeting with Moroccan Prime Minister Akhannouch in Rabat (29 Mar 2022); 'The Secretary "
     "thanked the Prime Minister' -> 051 (guideline: thank 051), Akhannouch -> MAR/GOV; 'for his and his "
     "government's hospitality' = the hospitality shows the Secretary's visit to Morocco -> nominal 042 USA/GOV -> "
     "bare MAR (held-out 15: 'the warm welcome and the hospitality' a nominal 042 from the visitor to the "
     "country; README choices: a welcome of a visiting official codes the visit it shows) (borderline a nominal "
     "043 MAR/GOV -> USA/GOV, as README choices' 'for receiving us' is hosting, 043); 'they engaged in a "
     "wide-ranging discussion' -> 040 (guideline: discuss 040), symmetric, coded from the document's government; "
     "'the effort to combat the COVID-19 pandemic and the climate crisis' is a topic of the discussion, no pair "
     "named"),
 7: ([("strongly condemns", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("the Russian missile attack", "194", "RUS/MIL", "UKR", False, A, N, True)],
     "Blinken on the strike on Odesa (23 July 2022); 'The United States strongly condemns' -> 111 (guideline: "
     "condemn 111), aimed at the attacker -> RUS/GOV (set 240: 'The Iranian missile attacks near Erbil' beside a "
     "111 to IRN/GOV); 'the Russian missile attack on the Ukrainian port of Odesa' = an event noun with its agent "
     "-> nominal 194, the code earlier sets gave missile attacks (set 227: 'Armenian missile attack' a nominal 194 "
     "ARM/MIL -> AZE; set 240: a nominal 194 IRN/MIL -> IRQ) (borderline 195 or 190), the armed forces -> RUS/MIL, "
     "the port a place in Ukraine -> bare UKR"),
 8: ([("steadfast solidarity with the brave people of Ukraine", "051", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("continue to resist", "190", "UKR/CVL", "RUS/MIL", False, A, N, False),
      ("Russia’s premeditated and unprovoked attacks", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Ukrainian FM Kuleba (8 Mar 2022); 'The Secretary reiterated the United States' "
     "steadfast solidarity with the brave people of Ukraine' -> 051 to UKR/CVL (set 240: 'expressed solidarity with "
     "the Iraqi people' a 051 to IRQ/CVL; README choices: 'stand with' is 051), 'reiterated' being the speech "
     "verb; 'as they continue to resist Russia's premeditated and unprovoked attacks' = armed resistance to a "
     "military attack, which PETRARCH's CAMEO dictionary codes as fighting (RESIST * {&WEAPON ATTACK} [190:194]) -> "
     "habitual 190 from the people of Ukraine -> UKR/CVL, to the attacking forces -> RUS/MIL (borderline 120, as "
     "set 135 coded 'we resist its acts of aggression' and set 193 'continues to resist' an embargo, both "
     "non-military; or UKR/MIL as source); 'Russia's premeditated and unprovoked attacks' = an event noun with its "
     "agent -> nominal 190 (guideline: generic military attack 190), Russia read as its forces -> RUS/MIL, as the "
     "state sets read 'Russia's invasion' (set 233) (borderline RUS/GOV), the attacks on Ukrainian cities of the "
     "sentence before -> bare UKR"),
 9: ([("pledged continued support", "033", "USA/GOV", "UKR", False, A, N, False),
      ("President Putin’s full-scale invasion", "192", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's and Austin's meeting with Kuleba and Reznikov in Warsaw (26 Mar 2022); Secretary of "
     "Defense Austin is a civilian office holder -> USA/GOV like Blinken, so the compound source gives one event "
     "(guideline: a repeated mention of the same pair coded once); 'pledged continued support to meet Ukraine's "
     "humanitarian, security, and economic needs' = an explicit intent stated as a fact -> 03x asserted "
     "(guideline: 'we pledged to continue' 03x asserted), the support being material -> 033 (set 246: 'continue "
     "surging security, economic, and humanitarian support to the people of Ukraine' an asserted 033), one event "
     "for the three kinds of need (README choices: one aid noun covering several kinds is one 070) (borderline 032 "
     "as README choices' 'a pledge of continued support', or one 0333, 0332 and 0331 each, as set 197), 'Ukraine's "
     "needs' -> bare UKR; 'President Putin's full-scale invasion' = an event noun with its agent -> nominal 192 "
     "(guideline: invade 192), Putin -> RUS/GOV (set 247: 'President Putin's war of choice' a nominal 190 RUS/GOV) "
     "-> bare UKR (guideline: bare country as the target of an invasion)"),
 10: ([("discussed", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("deepening U.S.-Japan economic cooperation", "0311", "USA/GOV", "JPN/GOV", False, F, N, True),
       ("plans for a ministerial-level Economic Policy Consultative Committee (EPCC) meeting", "036", "USA/GOV",
        "JPN/GOV", False, F, N, True)],
      "Readout of Deputy Secretary Sherman's meeting with Japanese Vice FM Mori in Seoul (8 June 2022); 'The Deputy "
      "Secretary and Vice Foreign Minister discussed' -> 040 (guideline), symmetric, coded from the document's "
      "government, Mori -> JPN/GOV; 'deepening U.S.-Japan economic cooperation' = a planned expansion of cooperation "
      "discussed, its parties named -> future nominal 0311 (README choices: plans discussed to expand cooperation "
      "are a nominal 030 future per partner; set 246: 'looking ways of deepening cooperation in the sphere of "
      "defense' a future nominal 0312), economic -> 0311 (borderline 030, or uncoded as a topic, as set 242); "
      "'plans for a ministerial-level Economic Policy Consultative Committee (EPCC) meeting in July' = a planned "
      "meeting of the two governments -> future nominal 036 (guideline: future meetings 036; README choices: a "
      "planned roundtable 036 future) (borderline folded into the cooperation, as an 'including' item); 'the "
      "importance of strengthening supply chain resiliency in high-tech sectors' is a topic with no actor pair"),
 11: ([("they discussed", "040", "USA/GOV", "QAT/GOV", False, A, N, False)],
      "Readout of Blinken's meeting with Qatari Deputy PM and FM Al Thani (7 June 2022); 'they' = the Secretary and "
      "the Foreign Minister (sentences before) -> 040 (guideline: discuss 040), symmetric, from the document's "
      "government, Al Thani -> QAT/GOV; 'the importance of human rights and continuing labor reforms' is the topic: "
      "Qatar's labour reforms are a domestic programme named with no agent in the sentence, left uncoded (README "
      "choices: domestic programmes uncoded) (borderline a nominal 0833 QAT/GOV -> QAT/LAB); the other topics are "
      "in the sentences before"),
 12: ([("working together", "050", "USA/GOV", "FRA/GOV", False, D, N, False)],
      "Blinken's remarks with French FM Le Drian before their meeting in Paris (25 June 2021), the turn headed "
      "SECRETARY BLINKEN -> USA/GOV; 'we bring exactly the same perspective to bear' = a shared view of the two "
      "governments, a sentiment with no act, not coded (borderline a 051 each way, as README choices' 'I agree "
      "with Merkel that ...'); 'there is a very imperative message in working together to meet the challenges of "
      "this moment' = a deontic for the two countries ('Neither of us can do this alone', text after) -> demanded "
      "050 (set 232: 'Big things that we can and should be working on as countries' a demanded 050 USA/GOV -> "
      "RUS/GOV; set 174: 'It is essential that ... work together' a demanded 050), symmetric, from the document's "
      "government to FRA/GOV (borderline asserted, the two already working together, or uncoded with 'we' read as "
      "all democracies)"),
 13: ([("We have also invested", "061", "USA/GOV", N, False, A, N, False),
       ("supported the expansion of regional COVID-19 vaccine manufacturing", "070", "USA/GOV", N, False, A, N,
        False)],
      "Blinken on 500 million vaccine doses shared (17 Mar 2022), 'we' = the United States -> USA/GOV; 'We have also "
      "invested and supported the expansion of regional COVID-19 vaccine manufacturing in Africa and Asia' = two "
      "verbs on one object, investment as economic cooperation -> 061 and the support as material aid -> 070, one "
      "event per verb (README choices: 'participates in and supports' is 061 and 051) (borderline one 070, README "
      "choices: one aid noun covering several kinds is one 070; or 071 for the investment); Africa and Asia are "
      "regions with no code -> target null (guideline: collectives without a code -> null)"),
 14: ([], "Notice of an ACPD meeting (14 Feb 2022): 'please visit this link' = an instruction to readers, and the "
          "Commission's 'upcoming public meeting' is a domestic advisory body's session (held-out 4 row 22: advice "
          "to attendees uncoded; set 234: renewing a U.S. advisory committee's charter uncoded)"),
 # --- State Dept random: nocue
 15: ([], "Blinken's town hall with Embassy Kyiv personnel in Rzeszow (5 Mar 2022): 'this is not only professional - "
          "this is personal' = a remark on the staff's feelings, internal Department business and no act (held-out 4 "
          "and 13: internal Department business not coded)"),
 16: ([], "Rewards for Justice offer on three FSB officers (25 Mar 2022): 'Access to such systems would have provided "
          "the Russian government the ability to ... disrupt and damage such computer systems at a future date of "
          "its choosing' = a counterfactual about a capability, not an act (README choices: a growing capability is "
          "a risk, uncoded; a statement of capacity uncoded); the intrusions themselves ('conspired to commit "
          "computer intrusions', 'targeted the software') are in the sentences before (borderline a hypothetical "
          "170 RUS/GOV with no target for the disruption, README choices: cyber attacks are 170, or a nominal 170 "
          "for 'Access to such systems')"),
 17: ([], "Blinken at a meet and greet with Mission Fiji personnel (12 Feb 2022): 'it's not lost on any of us ... what "
          "you've done, how you're doing it' = appreciation of the embassy's own staff, internal (set 235 and set "
          "239: thanks to embassy staff uncoded)"),
 18: ([("I congratulate the people of Guyana", "051", "USA/GOV", "GUY/CVL", False, A, N, False)],
      "Blinken on Guyana's National Day (26 May 2022); 'On behalf of the Government of the United States, I "
      "congratulate the people of Guyana on your 56th anniversary of independence' -> 051 (README choices: "
      "congratulating a people on a national day is 051), the people -> GUY/CVL, the government on whose behalf "
      "he speaks -> USA/GOV"),
 19: ([], "Notice of the 2021 TIP Report launch (30 June 2021): instructions for embargoed press access, operator "
          "logistics with no act (held-out 20 row 41: the time and place of the same launch uncoded; set 230: "
          "operator instructions uncoded)"),
 20: ([("The Secretary thanked the Foreign Minister", "051", "USA/GOV", "OMN/GOV", False, A, N, False),
       ("Oman’s efforts to strengthen and extend the truce in Yemen", "045", "OMN/GOV", "YEM", False, A, N, True)],
      "Readout of Blinken's call with Omani FM Al Busaidi (3 June 2022); 'The Secretary thanked the Foreign "
      "Minister' -> 051 (guideline: thank 051), Al Busaidi -> OMN/GOV; 'Oman's efforts to strengthen and extend "
      "the truce in Yemen' = Oman's good offices between the Yemeni parties, an event noun with its agent -> "
      "nominal 045 (guideline: mediate 045; set 250: the efforts of three brokers on Sudan one nominal 045 each to "
      "bare SDN), the parties to the truce never named in the document -> bare YEM (set 147: mediation whose "
      "parties the speech never names goes to the bare country) (borderline 039, or one 045 each to YEM/GOV and "
      "YEM/REB from outside knowledge); 'the truce' itself is left uncoded, its parties unnamed (set 224: the "
      "Yemen truce's 'parties', never named in the briefing, uncoded)"),
 21: ([], "Price on transitions in the Office of the Spokesperson (31 May 2022): two spokespersons 'will transition out "
          "of their respective roles' = internal Department staffing (set 231: internal Department staffing "
          "uncoded), not a resignation under political demand (guideline's 0831)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("reach a solution", "057", "SRB/GOV", "XKX/GOV", False, H, N, False),
       ("Serbia will never agree to humiliations", "120", "SRB/GOV", N, False, A, N, False)],
      "Serbia (2020), on Kosovo and Metohija; 'We believe that it will be possible to reach a solution after the "
      "long and difficult dialogue' = a settlement to which the speaker's government is a party -> 057, coded as "
      "sets 188 and 189 coded a speaker-party's trusted or hoped-for agreement ('We hope that the agreement will be "
      "signed' a future 057), hypothetical for 'it will be possible' (guideline: could/possible -> hypothetical), "
      "the other party from the text around it ('both Serbs and Albanians', 'the Belgrade-Pristina dialogue' in "
      "the text after) -> Pristina as XKX/GOV (set 128: Pristina in 1998 XKX/GOV; held-out 5 row 64 on this "
      "speech) (borderline uncoded as a belief about a possibility, set 123's confident prediction; or the "
      "dialogue a nominal 040 SRB/GOV -> XKX/GOV, as held-out 5 row 64 coded 'Dialogue' in this speech); 'but "
      "rest assured that Serbia will never agree to humiliations' = a performative non-acceptance by the speaker "
      "-> REJECT 120 asserted, not negated (guideline: 'we will never accept it' a 120; held-out 28: 'will "
      "never agree to the legalization' a 120 asserted), the source of the humiliations (the 'numerous pressures' "
      "of unnamed 'different political interests', sentence before) never named -> target null (borderline "
      "uncoded as resolve, as set 116's 'We have never cowered')"),
 23: ([], "Argentina (2022): 'We Argentinians adopted the \"never again\" agreement on State terrorism and political "
          "violence' = the society-wide 'Nunca Más' consensus after 1983, a national commitment and not a formal "
          "agreement between political actors (set 121: agreements among unnamed domestic parties uncoded; set 135: "
          "a regional resolve to consensus uncoded) (borderline a 057 from ARG/CVL with no target); 'State terrorism' "
          "is named only as the subject matter of the consensus, with no act in this sentence (borderline a "
          "nominal 175 ARG/GOV -> ARG/CVL for the dictatorship of 1976-83)"),
 24: ([("It can no longer be allowed", "111", "AGO/GOV", N, False, A, N, False),
       ("nearly 43,000 people are killed", "202", "ISR/GOV", "PSE/CVL", False, A, N, False)],
      "Angola (2024), on Gaza; 'It can no longer be allowed that ... nearly 43,000 people are killed and that the "
      "perpetrators are not held accountable by the international community' = the speaker's condemnation of a "
      "situation it states -> 111 with no target, following set 179's 'It is no longer tolerable that the Blue "
      "Helmets be mistreated' (the speaker's 111 with no target, the acts asserted through the factive frame), "
      "the condemnation bearing as much on the international community's inaction as on the killers (borderline "
      "110, or target ISR/GOV); 'in just 11 months ... nearly 43,000 people are killed' = killings of many "
      "civilians, asserted through the factive frame (guideline: a fact presupposed by a factive frame is "
      "asserted) -> 202 (guideline: killings of many civilians 202), the agentless passive taking Israel from the "
      "text before ('Israel ... should do everything it can to prevent the genocide ... in the Gaza Strip') -> "
      "ISR/GOV (set 238: Indonesia's 'when one hundred thousand Palestinians are killed' a 202 ISR/GOV -> PSE/CVL, "
      "the agent from the sentence before) (borderline source null, the sentence naming only 'the perpetrators'), "
      "the people of Gaza -> PSE/CVL; 'not held accountable' names no CAMEO act (set 231: 'hold to account' "
      "uncoded)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("Australia’s pledge", "0333", "AUS/GOV", N, False, A, N, True)],
      "Australia (2020), on a COVID-19 vaccine; 'Australia's pledge is clear: if we find the vaccine we will share "
      "it' = an explicit pledge stated as a fact -> 03x asserted (guideline: an intent stated as a fact, 'we "
      "pledged to continue', 03x asserted), sharing a vaccine being health aid -> 0333 (set 229: vaccine doses "
      "allocated to support COVAX a 073), the pledge noun with its agent -> nominal, shared 'far and wide' (sentence "
      "before) with no recipient named -> target null; the conditional content 'if we find the vaccine we will "
      "share it' is folded into the pledge (borderline a separate hypothetical 073 for 'we will share it', as the "
      "threatened act inside a threat is hypothetical, or 033)"),
 # --- UNGDC 2020-2024 random: demand
 26: ([], "Mali (2022): advice to 'those that are nostalgic for domination', never named: 'They should have a sense of "
          "empathy by treating others as they would like to be treated' = a deontic whose content, empathy and the "
          "golden rule, is no codable behaviour (guideline: if Y is not a codable behaviour nothing is coded) "
          "(borderline a demanded negated 170 with no source to MLI/GOV for 'not doing to others what they would not "
          "want done to them')"),
 27: ([("We are encouraged by the recent adoption", "051", "NRU/GOV", N, False, A, N, False),
       ("we further call upon the World Bank, IMF", "1042", "NRU/GOV", "org:WB", False, A, N, False),
       ("we further call upon the World Bank, IMF", "1042", "NRU/GOV", "org:IMF", False, A, N, False)],
      "Nauru (2024); 'We are encouraged by the recent adoption of the multidimensional vulnerability index (MVI)' -> "
      "051 (README choices: 'we are encouraged by' is 051), the adoption agentless in the sentence -> target null, "
      "the adoption itself uncoded (set 175: a welcome of the adoption of the TPNW has no target, the adoption "
      "uncoded) (borderline org:UNGA, which adopted the index); 'we further call upon the World Bank, IMF, IFI and "
      "MDBs to integrate the MVI, into their frameworks' = one asserted request (guideline), Y = a change in the "
      "institutions' lending criteria -> 1042 (borderline 1031, the aim being access to concessional finance), one "
      "event per coded addressee (guideline: compound split), the IFIs and MDBs uncoded collectives, dropped "
      "(README choices: a group without a code is dropped from a compound); Y not coded separately"),
 # --- UNGDC 2020-2024 random: cue
 28: ([("I welcome the leadership and commitment of Secretary-General Antonio Guterres", "051", "NER/GOV", "org:UN",
        False, A, N, False),
       ("his sustained efforts to find solutions", "045", "org:UN", N, False, A, N, True)],
      "Niger (2022); 'I welcome the leadership and commitment of Secretary-General Antonio Guterres' -> 051 "
      "(guideline: welcome 051), the Secretary-General -> org:UN (README choices: supporting the Secretary-General "
      "is 051 to org:UN); 'his sustained efforts to find solutions to the various sources of tension throughout "
      "the world' = his good offices, an event noun with its agent -> nominal 045 with no party named -> target null "
      "(set 191: 'Its role in solving problems that threaten peace' a nominal 045 with no target; set 203: 'The "
      "United Nations has proposed solutions and agreements to resolve the conflicts' a habitual 045 with no "
      "target) (borderline uncoded as part of the praise); his commitment to climate action and the pandemic "
      "response names no counterpart"),
 29: ([], "Netherlands (2021): 'the SDGs are our guide towards a sustainable recovery' = a statement about goals, no "
          "act"),
 30: ([("Iraq has acceded", "057", "IRQ/GOV", N, False, A, N, False)],
      "Iraq (2021); 'Iraq has acceded to the 1992 United Nations Framework Convention on Climate Change as well as "
      "the 2015 Paris Agreement' -> 057 with no target (README choices: joining the NPT is 057 with no target), two "
      "treaties under one verb coded once (set 210: Bangladesh's ratification of two treaties with one verb one 057 "
      "with no target) (borderline one per treaty, or org:UN); 'we are working on a strategy aimed at preserving "
      "the environment' is a domestic programme, uncoded"),
 31: ([("Cambodia highly appreciates", "051", "KHM/GOV", "org:UN", False, A, N, False),
       ("its ambitious recommendations", "100", "org:UN", N, False, A, N, True)],
      "Cambodia (2023); 'Cambodia highly appreciates the Secretary-General's New Agenda for Peace ... and his "
      "vision ... in his report entitled Our Common Agenda' -> 051 to org:UN (README choices: supporting a UN plan "
      "or the Secretary-General is 051 to org:UN), one event for the two documents of the same author; 'with its "
      "ambitious recommendations for global stability' = the Secretary-General's recommendations in the policy "
      "brief -> nominal 100 from org:UN with no target (set 143: 'Recommendations made by the Secretary-General' a "
      "nominal 100 from org:UN; set 202: support for the High-level Panel's recommendations a 051 plus a nominal "
      "100 from it) (borderline uncoded, as set 235 left 'these proposals' uncoded, or folded into the 051)"),
 32: ([], "Canada (2021): 'Over successive generations, we have worked together to make multilateralism evolve' = "
          "'we' meaning all States (held-out 42/43), no codable pair"),
 33: ([("which hosted one of the largest United Nations peacekeeping operations", "0861", "CIV/GOV", "org:UN",
        False, A, N, False),
       ("fully appreciates", "051", "CIV/GOV", N, False, A, N, False),
       ("the sacrifices made by troop-contributing countries", "074", N, "CIV", False, A, N, True)],
      "Cote d'Ivoire (2022); 'which hosted one of the largest United Nations peacekeeping operations in Africa' "
      "(UNOCI) -> 0861 to org:UN (README choices: 'has hosted five separate peacekeeping operations' 0861 to "
      "org:UN; set 184: 'Hosted two large-scale United Nations peace operations' one 0861 to org:UN), not nominal "
      "as a finite verb; 'fully appreciates the sacrifices made by troop-contributing countries' -> 051 (guideline: "
      "praise 051), the troop contributors an uncoded collective -> target null (guideline); 'the sacrifices made "
      "by troop-contributing countries to enable the restoration of peace' = the contingents' service in the "
      "country -> nominal 074 with no source (README choices: peacekeepers who 'put their lives on the line' are "
      "074; set 152: Eritrea's 'we applaud those valuable contributions' a 051 with no target plus a nominal 074 "
      "with no source to bare ERI), the host country -> bare CIV; the restoration of peace and reconstruction are "
      "purposes, not coded"),
 34: ([("extend its full support to Cuba", "051", "PRK/GOV", "CUB/GOV", False, A, N, False),
       ("the heinous sanctions and blockade", "163", "USA/GOV", "CUB", False, A, N, True)],
      "DPRK (2023); 'The delegation of the DPRK avails itself of this opportunity to extend its full support to "
      "Cuba' -> 051 (guideline: express support 051), Cuba as the state 'which unwaveringly bears aloft the banner "
      "of socialism' -> CUB/GOV; 'the heinous sanctions and blockade ... of the United States' = the US embargo, "
      "an event noun with its agent -> nominal 163 (README choices: a US 'blockade' of Cuba 163; set 159: 'the "
      "economic blockade of Cuba' a nominal 163 USA/GOV -> bare CUB), sanctions and blockade being one embargo, "
      "coded once (README choices: one sanctions action of several parts is coded once) (borderline two 163s, or "
      "191 for the blockade); 'the subversive schemes of the United States' name no specific CAMEO act and are "
      "left uncoded (borderline a nominal 170 USA/GOV -> CUB/GOV, or a 070 to CUB/OPP as set 225's 'created "
      "seditious movements')"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Tanzania (2024), quoting Nyerere in 1961: 'The basis of our actions ... will be an attempt ... to honour "
          "the dignity of man' = a statement of foreign-policy principle, no act (set 237: Sudan's foreign-policy "
          "principle uncoded)"),
 36: ([], "Canada (2024): the land acknowledgement ('This acknowledgement is important') is anaphoric, and 'we mark "
          "the National Day for Truth and Reconciliation, a day on which we recognise and commemorate the Indigenous "
          "Peoples' = a commemoration (set 191 and set 249: commemorations uncoded) (borderline a 051 CAN/GOV -> "
          "CAN/CVL, as set 242 coded Payne's acknowledgement of the Wurundjeri people's stewardship)"),
 37: ([], "Vanuatu (2022): 'We believe in the norms and rules of international law ... already contain critical "
          "protections' = beliefs about international law, no act"),
 38: ([], "Mongolia (2024): the impact of information and communication technologies, no actor and no act"),
 39: ([], "Egypt (2020): 'it is imperative to address the issue of equitable geographical representation in the "
          "Security Council' = a Security Council reform position (README choices: UN reform positions not coded)"),
}
