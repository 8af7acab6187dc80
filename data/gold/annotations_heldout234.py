"""Hand annotations for the TWO-HUNDRED-AND-THIRTY-FOURTH held-out event gold set (source of events-heldout234.jsonl).

Keyed by the row index of selection-heldout234.jsonl (output of select_statement_sentence_heldout.py 234; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-40
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
    python3 data/gold/build_events.py --selection selection-heldout234.jsonl \\
        --annotations annotations_heldout234 --output events-heldout234.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([], "Release on the IDEAS study-abroad grants to 44 U.S. colleges and universities (July 2022): 'the Department's "
         "IDEAS grants will support such activities as: developing new international partnerships and programs, "
         "training faculty ..., and developing virtual and hybrid exchanges' = the Department funding domestic "
         "institutions for their own programmes (held-out rule: domestic programmes not coded; set 227 row 30; "
         "borderline a future 070 USA/GOV -> USA/EDU, README: universities are EDU, as an inanimate 'grants' standing "
         "for the Department's act); 'developing new international partnerships' is an activity of the grantees with "
         "no partner named (borderline a future 030 USA/EDU with no target)"),
 1: ([("we launch this initiative", "030", "USA/GOV", "UKR/JUD", False, A, N, False),
      ("will continue to work closely with", "030", "USA/GOV", N, False, F, N, False)],
     "Blinken's statement on the Atrocity Crimes Advisory Group for Ukraine (25 May 2022); 'As we launch this "
     "initiative' = the ACA, which the sentence before calls 'This joint initiative' to 'directly support the efforts "
     "of the War Crimes Units of the Office of the Prosecutor General of Ukraine' -> launching an initiative is a "
     "realised intent to cooperate, 030 asserted (set 208: the UNITAID initiative 'launched by the French "
     "Government' a non-nominal 030; set 220: the Baku Process 'launched by Azerbaijan' a 030), 'we' -> USA/GOV "
     "(guideline, also for a joint initiative with the EU and the UK, who are not in the sentence); its beneficiary, "
     "the Prosecutor General's office, is taken from the sentence before (guideline: a missing participant from the "
     "context) -> UKR/JUD (README: prosecutors are JUD; borderline UKR/GOV, target null as set 208, or 070 for the "
     "advice and assistance the ACA will give); 'the Department of State will continue to work closely with the "
     "Department of Justice and other partners' = future cooperation -> 030 future (guideline: future cooperative "
     "acts get 03x; set 220: 'working with all of you' a future 030 with no target), the Department of Justice being "
     "the same government (internal, set 221) and 'other partners' an uncoded collective -> target null (borderline "
     "org:EU and GBR/GOV from the sentence before); 'to support the pursuit of justice and accountability' is the "
     "purpose, not coded"),
 # --- State Dept random: demand
 2: ([], "Release on the COVID-19 Global Action Plan ministerial (July 2022): 'all governments and stakeholders must "
         "play a central role in bringing the acute phase of this pandemic to an end' = a deontic for all States and "
         "an uncoded collective, whose Y (ending a pandemic) is no behaviour between actors (held-out 42/43: 'we' "
         "meaning all States not coded; guideline: Y not a codable behaviour)"),
 3: ([], "Blinken on the BTWC's 50th anniversary (April 2022): 'We must recognize that other biological risks are "
         "growing and take action to address them' = 'we' the States Parties and the world at large (held-out 42/43: "
         "'we' meaning all States not coded), recognising a risk and acting against risks being no act between actors "
         "(guideline: 'threat' as a risk is figurative)"),
 4: ([("We urge regional states and institutions", "108", "USA/GOV", "org:IGAD", False, A, N, False)],
     "Price's statement on South Sudan (29 Mar 2022); 'We urge regional states and institutions, namely the "
     "Intergovernmental Authority on Development, that are guarantors of the revitalized peace agreement to take "
     "swift action to lower tensions and put the peace process back on track' = one asserted request (guideline), "
     "addressed to the agreement's guarantors to restore the process -> demand mediation 108 (held-out 28/29: asking a "
     "truce's guarantors to stop escalation is 108 per addressee; set 116), 'namely' naming the one coded addressee -> "
     "org:IGAD (README code), the unnamed 'regional states' dropped as an uncoded collective (borderline a second 108 "
     "with no target, or 1056 for 'lower tensions'); Y is not coded separately"),
 # --- State Dept random: cue
 5: ([("welcomed Pope Francis", "042", "VAT/GOV", "IRQ", False, A, N, False)],
     "Blinken presenting the 2021 International Religious Freedom Report (2 Jun 2022); 'in Iraq, national leaders "
     "welcomed Pope Francis for the first ever papal visit to the country' = a welcome of a visiting leader codes the "
     "visit it shows, 042 to the country, not the welcome (held-out 12 row 2; held-out 15), Pope Francis -> VAT/GOV "
     "(held-out 9; held-out 10 row 52: 'his recent visit to Slovakia' a 042 VAT/GOV -> bare SVK); 'the first ever "
     "papal visit' is the same visit, coded once (guideline: a repeated mention is coded once; borderline a 043 "
     "IRQ/GOV -> VAT/GOV for the hosting, or the nominal 'papal visit' as trigger); 'he conducted Christian and "
     "interfaith ceremonies in Baghdad, in Mosul ...' = religious services, no act between political actors; Baghdad "
     "is a place, not a metonym"),
 6: ([("looks forward to working with", "030", "USA/GOV", "LBY", False, F, N, False)],
     "Release 'The United States and Libya' before the Second Berlin Conference (23 Jun 2021); 'The United States "
     "looks forward to working with the international community and Libyan partners' = look forward to + a "
     "cooperative act -> intent 030 with modality future (guideline; held-out rule: 'hope that we can work together' "
     "030 future), the international community uncoded and dropped (guideline: collectives -> null), 'Libyan "
     "partners' an unspecified set of Libyan actors -> bare LBY (set 220: 'other meetings with Libyan ... "
     "representatives' a 040 to bare LBY; borderline LBY/GOV, the Government of National Unity of the sentence "
     "before); 'to ensure robust support as national elections are organized' is the purpose, and the elections are "
     "agentless, not coded (borderline a future 070 to LBY/GOV)"),
 7: ([("we are committing over $5 billion", "0331", "USA/GOV", N, False, A, N, False),
      ("humanitarian assistance funding", "073", "USA/GOV", "UKR", False, A, N, True)],
     "Release on the U.S.-led Days of Action on Global Food Security (18 May 2022), 'we' -> USA/GOV (guideline); "
     "'Through Feed the Future and our nutrition commitments, we are committing over $5 billion over the next five "
     "years to address food security threats and nutrition across the globe' = a pledge of economic support stated "
     "as a fact -> 0331 asserted (held-out rule: pledges of economic support are 0331 asserted; set 149: Canada's "
     "announced contribution an asserted 0331), 'across the globe' naming no recipient -> target null (borderline "
     "0333 humanitarian, or a future 071); 'the over $4 billion in humanitarian assistance funding, recently signed "
     "into law, for Ukraine and its neighbors' = appropriated humanitarian aid, committed (held-out rule: committed "
     "aid sums are aid) -> nominal 073, its agent the US government plain from 'our' and the signing (README: an "
     "event noun whose agent is plain only from the text around it is coded), to bare UKR (set 220: support to "
     "Ukraine to bare UKR; borderline UKR/CVL); 'its neighbors' are not named and are dropped; the signing into law "
     "is a domestic legislative act, not coded"),
 8: ([("continued support to Syrian refugees", "070", N, "SYR/CVL", False, D, N, True)],
     "Joint statement of the Ministerial Meeting on Syria (28 Jun 2021), 'We' the ministers -> USA/GOV under the "
     "guideline for joint statements, though no event of the 'we' is coded: 'underlined the importance of' is a "
     "statement (01x); 'the importance of continued support to Syrian refugees and host countries' = a deontic "
     "('it is important to help X', guideline) -> the support itself with modality demanded, its providers the "
     "donors in general -> source null (set 216: Oman's 'stress the importance of increasing the provision of "
     "humanitarian assistance' a demanded nominal 073 with no source; held-out rule: 'it is essential that we "
     "continue to support', member states in general, has source null), generic support 070 to the refugees -> "
     "SYR/CVL; 'host countries' are not named in the statement (Turkey, Lebanon and Jordan appear only as signatories) "
     "and are dropped (borderline a second 070 to each, or source USA/GOV); 'until Syrians can voluntarily return "
     "home' is the refugees' own movement, no act between actors"),
 9: ([("discussed", "040", "USA/GOV", "GRC/GOV", False, A, N, False)],
     "Readout of Blinken's meeting with FM Dendias (17 May 2022); 'The Secretary and Foreign Minister discussed' -> "
     "040, symmetric, coded once from the document's government (guideline); 'the importance of working together to "
     "promote peace and stability' is a topic of the discussion, not coded (held-out 10 row 26: coordinating a "
     "response is a topic; borderline a demanded 050 USA/GOV -> GRC/GOV); 'developments in the Eastern "
     "Mediterranean' names no act"),
 10: ([("attack on the MINUSMA base", "180", "MLI/REB", "org:UN", False, A, N, True)],
      "Designations of ISIS-Mozambique, JNIM and al-Shabaab leaders (7 Aug 2021); 'Hitta was among the group "
      "responsible for the January 20, 2019, attack on the MINUSMA base in Aguelhoc' = a designation list item codes "
      "the acts of its 'for' clause (held-out rule) -> the attack noun with its agent in the sentence ('the group "
      "responsible', Hitta) -> nominal 180 (guideline: unspecified violence by non-state armed groups), Hitta a JNIM "
      "commander (sentence before), a Mali-based armed group -> MLI/REB (held-out rule: unnamed or uncoded armed "
      "groups are the country's REB; set 227 row 40), the UN mission's base -> org:UN (set 208: the attack on the UN "
      "offices in Baghdad a nominal 180 to org:UN; borderline 190 for a complex armed assault, or 183); the "
      "Department's own finding -> asserted, reported_by null"),
 11: ([("meets with", "036", "USA/GOV", "ARE/GOV", False, F, N, False)],
      "Public Schedule of 15 July 2021; 'Deputy Secretary Sherman meets with United Arab Emirates Diplomatic Advisor "
      "to the President Dr. Anwar Gargash' = a meeting on the day's public schedule -> 036 future (held-out 14 row 9, "
      "held-out 18 row 39: scheduled meetings in the schedule's present tense are 036 future; borderline 040 "
      "asserted), a verb -> not nominal (held-out 18 row 39), Sherman -> USA/GOV, Gargash, adviser to the UAE "
      "President -> ARE/GOV; the Department of State is the venue"),
 12: ([("We were attacked", "180", N, "USA", False, A, N, False),
       ("we went to Afghanistan", "190", "USA/GOV", N, False, A, N, False)],
      "Blinken to MSNBC's Morning Joe (23 Jul 2021); 'We were attacked on 9/11' = the 11 September attacks, an "
      "agentless passive whose attackers, 'the folks who attacked us' (al Qaeda, uncoded), have no code -> 180 with "
      "no source to bare USA (set 116 and set 183: the 11 September attack a 180 with no source to USA; set 157); "
      "'the folks who attacked us' is the same attack, coded once (guideline); 'we went to Afghanistan to get the "
      "folks who attacked us' = the 2001 military intervention, which the text before calls 'why we went there in the "
      "first place' -> 190 (README: 'military intervention' 190; set 183: the 2001 campaign's 190s from USA/GOV), "
      "'we' -> USA/GOV (guideline), its object al Qaeda uncoded -> target null (set 183: the incapacitation of al "
      "Qaeda a 190 with no target; borderline bare AFG, or AFG/REB for the Taliban it toppled, whom this sentence does "
      "not name); 'to bring them to justice' is the purpose, not coded (borderline a hypothetical 173)"),
 13: ([("continue our sincere efforts to reach a diplomatic solution", "037", "USA/GOV", "RUS/GOV", False, A, N,
        False),
       ("remain engaged with the Russian government", "040", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("President Biden’s call with President Putin", "040", "USA/GOV", "RUS/GOV", False, A, N, True),
       ("my discussion with Foreign Minister Lavrov", "040", "USA/GOV", "RUS/GOV", False, A, N, True)],
      "Blinken's statement on operations at Embassy Kyiv (14 Feb 2022); 'We also continue our sincere efforts to "
      "reach a diplomatic solution' = ongoing efforts to settle the crisis with Russia, named in the same sentence -> "
      "intent to settle 037 asserted (set 222: Russia's 'goodwill in pursuing negotiated agreements' a 037; set 128: "
      "'strongly advocates a peaceful resolution' a 037; borderline folded into the engagement, or 036); 'we remain "
      "engaged with the Russian government' = ongoing diplomatic contact -> 040 asserted (borderline 050, or 036); "
      "'President Biden's call with President Putin' -> realised call, a meeting noun naming its participants -> "
      "nominal 040 (held-out 4 row 43; held-out 15: calls are meetings); 'my discussion with Foreign Minister Lavrov' "
      "-> a second, distinct realised call -> nominal 040, the same pair but a different event, so not merged "
      "(guideline: only a repeated mention of the same event is coded once); all from the document's government "
      "(guideline: symmetric meetings)"),
 14: ([("We pledge to continue our close cooperation", "030", "USA/GOV", "COL/GOV", False, A, N, False)],
      "Blinken's Colombian Independence Day message (19 Jul 2021); 'We pledge to continue our close cooperation to "
      "support lasting peace in Colombia' = an explicit intent verb stated as a fact -> 03x asserted (guideline: 'we "
      "pledged to continue'), general cooperation -> 030 (borderline 032, as 'a pledge of continued support is 032 "
      "asserted'), to the Colombian government, the partner of the paragraph ('our partnership with Colombia') -> "
      "COL/GOV; 'to support lasting peace' is the purpose, not coded"),
 # --- State Dept random: nocue
 15: ([("1.25 billion to the Green Climate Fund", "071", "USA/GOV", "org:GCF", False, F, N, False)],
      "Blinken's opening remarks to the Senate Appropriations Committee on the FY2022 budget (8 Jun 2021); 'The "
      "budget will accelerate the global response ... by providing $2.5 billion for international climate programs, "
      "including 1.25 billion to the Green Climate Fund' = an inanimate 'budget' standing for the government's act "
      "(set 224 on the same budget: 'fully funding our commitments' future aid to each named recipient; README: "
      "'This funding') -> climate finance as economic aid 071 with modality future, to the one named recipient -> "
      "org:GCF (README code; set 107: pledges to the Green Climate Fund go to org:GCF), the unnamed 'international "
      "climate programs' of which it is part dropped, as set 224 dropped the unnamed 'key countries' (borderline a "
      "second 071 with no target for the $2.5 billion, hypothetical as a request still to be appropriated, or "
      "uncoded as a domestic budget request); 'to help developing countries implement climate adaptation' is the "
      "Fund's purpose for an uncoded collective, not coded"),
 16: ([], "FY2023 budget request (28 Mar 2022): 'This includes $200 million for the Gender Equity and Equality Action "
          "(GEEA) Fund to advance the economic security of women and girls' = an allocation to a U.S. fund with no "
          "foreign recipient named (set 224: budget requests with no foreign recipient uncoded, held-out 11 row 31 "
          "and 17 row 33; borderline a future 071 USA/GOV with no target)"),
 17: ([("have announced a joint Migration Arrangement", "057", "USA/GOV", "CRI/GOV", False, A, N, False)],
      "Blinken's statement (16 Mar 2022); 'The United States and Costa Rica have announced a joint Migration "
      "Arrangement' = a bilateral arrangement concluded and announced jointly by the two governments (the text after "
      "names President Alvarado and his ministers announcing it with US officials) -> agreement 057 (guideline: "
      "agreements concluded), symmetric, coded once from the document's government (guideline); the speech verb is "
      "not coded apart from the agreement it conveys; 'outlining our mutual commitments to work collaboratively on "
      "migration and protection issues' is the arrangement's content, folded in (set 148: working groups 'to draft "
      "an agreement', the signing folded in; borderline a separate 030 each way, as commitments stated as facts)"),
 18: ([("the military’s atrocities", "200", "MMR/MIL", "MMR/CVL", False, A, N, True)],
      "Readout of Blinken's meeting with pro-democracy activists from Burma (3 Feb 2022); 'The Secretary noted the "
      "military's atrocities' = an atrocity noun with its agent -> nominal 200 (held-out 15 row 3: atrocities 200; "
      "held-out 18), the Burmese military regime of the sentence before -> MMR/MIL (guideline: military juntas "
      "MMR/MIL), its victims the people of Burma -> MMR/CVL; 'noted' is the Secretary's own statement, the "
      "document's government, reported_by null (held-out 1); 'underscored the urgency of holding those responsible "
      "accountable' names no act with an agent (set 133: unnamed perpetrators to 'be brought to justice' uncoded; "
      "borderline a demanded 1121 with no source to MMR/MIL)"),
 19: ([("look forward to continuing to advance our bilateral relationship", "030", "USA/GOV", "SVN/GOV", False, F, N,
        False)],
      "Blinken's message for Slovenia's Statehood Day (25 Jun 2022); 'We look forward to continuing to advance our "
      "bilateral relationship in the years ahead' = look forward to + a cooperative act -> intent 030 with modality "
      "future (guideline; held-out rule: 'hope that we can work together' 030 future), to the Slovenian government -> "
      "SVN/GOV"),
 20: ([], "Office of the Spokesperson (7 Jun 2022): 'The U.S. Department of State renewed the Charter of the Cultural "
          "Property Advisory Committee' = an internal administrative act on a U.S. advisory committee, no "
          "counterpart (held-out rule: domestic programmes and internal Department business not coded)"),
 21: ([("thank you", "051", "USA/GOV", N, False, A, N, False)],
      "Blinken closing the virtual COVID-19 Global Action Plan Foreign Ministerial (19 Jul 2022); 'to everyone here "
      "today, thank you' = thanks -> 051 (guideline), 'everyone here' the participating ministers of many countries, "
      "none named in the sentence -> target null (held-out rule: thanks that include a group without a code have "
      "target null); 'for being part of what really is a worthy enterprise' = the participants' share in the Global "
      "Action Plan, an act of an uncoded collective with no coded counterpart -> not coded (borderline a 050 with no "
      "source to USA/GOV, as 'thanks for the ongoing support' gives the support its agent)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([("do not involve ourselves in conflicts", "190", "CHE/GOV", N, True, A, N, False),
       ("provide military support", "072", "CHE/GOV", N, True, A, N, False)],
      "Switzerland (2022); 'We do not involve ourselves in conflicts or provide military support to either side of a "
      "conflict' = the neutrality rule of the sentence before, stated as a standing practice: plain negation of a "
      "conflictual and a material act -> negated 190 (taking part in a war; set 174: 'have never ... provoked any "
      "aggressive war' a negated 190) and negated 072 (military support = provide military aid), habitual -> "
      "asserted, 'we' -> CHE/GOV (guideline), 'either side of a conflict' generic -> target null for both (set 225: "
      "Guyana's 'does not promote the use of violence or threats' a negated 190 and 130 with no target; set 150: 'does "
      "not and will not support any kind of militancy' a negated 070 with no target; borderline uncoded as a "
      "statement of principle, or 070 for the support)"),
 23: ([], "Antigua and Barbuda (2023): 'many major greenhouse gas-emitting countries have not met their commitments' = "
          "unmet climate commitments between uncoded collectives (set 225: unfulfilled climate-finance pledges "
          "between uncoded groups of countries uncoded; held-out 54-61: aid between uncoded collectives uncoded; "
          "borderline a negated 0331 with no source and no target)"),
 24: ([], "Sierra Leone (2020): 'we believe that it will be impossible to make the necessary progress on global agendas "
          "... if we do not reduce inequality, violence, injustice, and corruption' = a belief about domestic and "
          "global aims with no counterpart (held-out rule: domestic programmes not coded); the 'if' clause is no "
          "negated event between actors"),
 # --- UNGDC 2020-2024 random: reported
 25: ([("people killed", "202", "AZE/MIL", N, False, A, N, False),
       ("400 wounded", "182", "AZE/MIL", N, False, A, N, False)],
      "Armenia (Pashinyan, 2023), on Azerbaijan's September 2023 offensive in Nagorno-Karabakh; 'According to recent "
      "information, there are confirmed reports of more than 200 people killed and 400 wounded, including ... women "
      "and children' = agentless killings and woundings that take their agent from the text before (held-out rule: "
      "agentless killings take their agent from the sentence before; set 205: Azerbaijan's agentless 'six Azerbaijani "
      "civilians were killed ... and 26 were wounded' a 1823 and a 182 from the side named before), 'that atrocious "
      "large-scale offensive', 'a military attack by tens of thousands of troops' of Azerbaijan -> AZE/MIL (guideline: "
      "/MIL for the armed forces and their acts; borderline AZE/GOV, as set 205); more than 200 killed including "
      "civilians -> killings of many -> 202 (guideline; borderline 1823 as set 205, or folded into a 190), the "
      "wounding -> 182 (set 205); the victims are the people of Nagorno-Karabakh -> target null (held-out rule: "
      "Nagorno-Karabakh's victims target null, a breakaway administration with no code; set 180; borderline ARM/CVL); "
      "'According to recent information' names no source -> reported_by null (guideline: 'reportedly' with no named "
      "source); 'a figure that is also accepted by the Azerbaijani Ministry of Foreign Affairs' = acknowledging a "
      "figure is a statement (01x), not coded"),
 # --- UNGDC 2020-2024 random: future
 26: ([("will provide comprehensive economic and humanitarian aid", "070", "TKM/GOV", "AFG", False, F, N, False)],
      "Turkmenistan (2021); 'Turkmenistan, for its part, will provide comprehensive economic and humanitarian aid to "
      "Afghanistan as before' = a future material act keeps its code (held-out rule: 'we will continue support' 070 "
      "future), one aid noun covering two kinds -> one 070 (held-out rule: one aid noun covering several kinds is one "
      "070; borderline a 071 and a 073), to the country -> bare AFG (the speech's 'fraternal Afghan people', the de "
      "facto authorities being unnamed; borderline AFG/CVL)"),
 # --- UNGDC 2020-2024 random: demand
 27: ([("The brutal Israeli war on the Palestinian people", "190", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("must stop immediately", "087", "ISR/GOV", "PSE/CVL", False, D, N, False)],
      "Yemen (2024); 'The brutal Israeli war on the Palestinian people' = a realised war noun with its agent as "
      "adjective -> nominal 190 (guideline: 'war' 190) ISR/GOV -> PSE/CVL, asserted (held-out rule: 'coercive "
      "measures imposed by the US ... must cease' codes the measures asserted plus their end demanded); 'must stop "
      "immediately' = a deontic with no request verb -> the cessation itself, demanded, from the war's agent "
      "(held-out rule: 'such atrocities must stop' a demanded 087; borderline 0871 ceasefire, or a request 1056 if "
      "read as the speaker's call)"),
 28: ([], "Nigeria (2022): 'Financial development institutions must prioritize de-risking energy projects to improve "
          "renewable projects' access to credit facilities' = a deontic for unnamed financial institutions, an "
          "uncoded collective, about lending policy with no named recipient (null to null; set 150: Kenya's "
          "'investments' demanded of the international community uncoded; borderline a demanded 071 with no source "
          "and no target)"),
 # --- UNGDC 2020-2024 random: cue
 29: ([("remains under military occupation", "192", "TUR/GOV", "CYP", False, Q, N, True)],
      "Cyprus (2022); 'Is it the truth that 37 per cent of the territory of the Republic of Cyprus ... remains under "
      "military occupation?' = the occupation noun whose agent is plain from the text around it (Erdogan in the "
      "sentences before, 'after the Turkish invasion' in the next) -> nominal 192 TUR/GOV -> bare CYP (README: an "
      "event noun whose agent is plain only from the text around it is coded; set 176: 'the invasion and occupation' "
      "two nominal 192s TUR/GOV -> CYP; borderline TUR/MIL, 'military occupation'); the rhetorical 'Is it the truth "
      "that ...?' asks about the event itself, the guideline's model for question modality ('Is it not a fact that "
      "Turkey refuses to ratify ...') -> question (borderline asserted, as the presupposing 'Why ...?' questions of "
      "later sets, since the speaker plainly holds the occupation true)"),
 30: ([("continues to strengthen the capacities of its defence and security forces", "154", "BFA/GOV", N, False, A, N,
        False)],
      "Burkina Faso (2021); 'the Government ... continues to strengthen the capacities of its defence and security "
      "forces so as to ensure satisfactory operational effectiveness' against the terrorist attacks of the sentences "
      "before = increasing armed forces -> 154 (guideline: troop build-ups 154; set 136: 'Increased our security "
      "forces' a 154 with no target), ongoing -> asserted, the unnamed terrorists having no code -> target null "
      "(borderline BFA/REB, or uncoded as a domestic security programme); 'the Government has adopted measures to "
      "guide national security policy' is domestic policy, not coded"),
 31: ([], "Andorra (2024): 'Nothing can justify attacks on civilians' = an evaluation of agentless, generic attacks "
          "(README: 'There can never be any justification for' is an evaluation, not a condemnation; attacks whose "
          "agent is never named uncoded, set 194)"),
 32: ([], "Mexico (2023): 'Our peoples are facing grave threats to international peace and security' = a risk "
          "(guideline: 'threat to all of us' is figurative), no actor"),
 33: ([("convey Zambia’s appreciation", "051", "ZMB/GOV", "org:UNGA", False, A, N, False)],
      "Zambia (2021); 'To the outgoing President, His Excellency Mr. Volkan Bozkir, I wish to convey Zambia's "
      "appreciation for his commendable service' = appreciation of an outgoing President of the General Assembly -> "
      "051 to org:UNGA (README: appreciation of an outgoing President of the General Assembly goes to org:UNGA; "
      "tributes to a former President of the Assembly go to org:UNGA), 'I wish to convey' the performative of the "
      "speaker for his government -> ZMB/GOV, asserted; his 'service to the United Nations family' is no act between "
      "actors"),
 34: ([], "Belarus (2023): 'those discussions had little effect' = the anaphoric discussions of 'many' at the League "
          "of Nations, with no named party (guideline: event nouns without an agent in the sentence), and 'the world "
          "... slipped into the abyss' is figurative"),
 35: ([("sanctions against the aggressor", "163", N, "RUS", False, D, N, True)],
      "Ukraine (Zelenskyy, 2022); 'sanctions against the aggressor are a part of the peace formula' = the first item "
      "of the formula, 'Punishment ... that must be in place until ... the aggression stops' (text before) -> "
      "sanctions 163 (guideline) with modality demanded, a statement of what must be done (guideline: 'it is important "
      "to help X'), the imposers unnamed -> source null, 'the aggressor' = Russia, named throughout the speech -> bare "
      "RUS as the country punished (set 221: the UK's 'unprecedented sanctions' a nominal 163 with no source to RUS; "
      "borderline RUS/GOV, or asserted for the sanctions already imposed); 'the aggressor' is an agent noun and its "
      "aggression is not coded here (set 125: 'the occupiers' as an agent noun uncoded)"),
 # --- UNGDC 2020-2024 random: nocue
 36: ([], "Equatorial Guinea (2021): 'the pandemic has exacerbated the economic crisis caused by the fall in "
          "hydrocarbon prices' = economic conditions, no actor"),
 37: ([], "Turkmenistan (2024): 'Turkmenistan's efforts at the current session will be aimed at strengthening peace and "
          "trust, enhancing the role of preventive diplomacy mechanisms, and furthering peacebuilding processes' = "
          "abstract policy aims with no counterpart (guideline: abstract policy positions; set 215: a doctrine of "
          "engagement uncoded as borderline; borderline a future 030 with no target)"),
 38: ([], "Turkey (2021): 'We hope that the conciliatory approach displayed on the issue will also be emulated' = an "
          "optative hope about others' acts (held-out rule: hopes about other actors' acts not coded); 'the "
          "conciliatory approach displayed' on extending the UN cross-border mechanism names no agent and no CAMEO act "
          "(borderline a nominal 050 among the Security Council members, as set 179's 'when Council members work "
          "together'); 'return of asylum seekers' is the refugees' own movement"),
 39: ([], "Mozambique (2020): life expectancy, mortality and 'the number of Member States almost quadrupled' = "
          "statistics of development and UN membership (held-out 54-61: UN admissions not coded)"),
 40: ([], "Nepal (2022): 'Nepal reiterates its long-standing view for a two-State solution' = an abstract policy "
          "position with no counterpart act (set 145 and set 201: support for a two-State solution uncoded; "
          "borderline a 051 with no target)"),
}
