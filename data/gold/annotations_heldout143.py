"""Hand annotations for the HUNDRED-AND-FORTY-THIRD held-out event gold set (source of events-heldout143.jsonl).

Keyed by the row index of selection-heldout143.jsonl (output of select_bulk_sentence_heldout.py 143; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout143.jsonl \
        --annotations annotations_heldout143 --output events-heldout143.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Belize (2004): 'But cooperation does not substitute for resolution of this age-old threat to the security and "
         "prosperity of our people' = a general statement about the Belize-Guatemala cooperation that President Berger "
         "advocated (sentence before), proposed and not realised, and a negated relation ('does not substitute'), not a "
         "negated event; 'this age-old threat' = Guatemala's territorial claim described as a risk (guideline: threat as "
         "risk); not coded (borderline a hypothetical nominal 050 BLZ/GOV -> GTM/GOV, or a nominal 130 GTM/GOV -> BLZ)"),
 1: ([], "Moldova (2006): 'We believe that bringing the matter to the international community through the General "
         "Assembly will facilitate the resolution of conflicts ... and will not ... undermine the existing mechanisms to "
         "negotiate settlement' = a belief about the effect of the GUAM agenda item, whose inclusion lies in the sentence "
         "before; the resolution and the negotiating mechanisms are agentless; 'will not undermine' negates an effect, "
         "not an event; 'as some fear' = unnamed Member States' sentiment; not coded (borderline a 108 MDA/GOV -> "
         "org:UNGA for bringing the matter to the Assembly, as a sponsor's draft resolution is its own request)"),
 2: ([], "Philippines (1995): the Security Council's structure 'no longer adequate' and 'no longer reflects' the "
         "membership = a description within a UN reform position (README: UN reform positions uncoded); 'no longer' "
         "bears on a state, not an event"),
 3: ([], "France (Sarkozy, 2009): 'we must now invent a new world where the follies of yesterday are no longer "
         "possible' = 'we' meaning all states (README: not coded), no act between actors; 'the threat a global "
         "ecological disaster' is a risk (guideline)"),
 4: ([], "Tunisia (1994, as acting OAU President): 'We would have hoped, however, that material and logistical support "
         "for the African States involved had not been delayed' = a counterfactual wish presupposing that the support "
         "for the African troop contributors to UNAMIR II was delayed; the providers are unnamed (the international "
         "community) and the African States involved are not named in the sentence or the sentence before, an uncoded "
         "collective -> null to null, not coded (README: acts between uncoded collectives left uncoded; borderline a "
         "nominal 070 null -> null, or a 110 TUN/GOV with no target for the regret); 'had not been delayed' inside the "
         "wish is no negated event"),
 5: ([("I urge", "102", "ATG/GOV", N, False, A, N, False)],
     "Antigua and Barbuda (2016); 'I urge the countries that have not yet signed or ratified the Agreement to do so "
     "without delay' = a request (guideline: urge -> 10x) to join a treaty (the Paris Agreement) -> 102, addressed to an "
     "uncoded class that names no member -> target null (set 117: 'We call on all countries that have not yet done so "
     "to join the Rome Statute' a 102 with no target, its negated accession uncoded); 'to do so' is Y, not coded "
     "separately (guideline); the relative clause's non-signing is the class's description, uncoded (borderline a "
     "negated 057 null -> null)"),
 6: ([("appeal no longer", "1054", "NRU/GOV", N, False, A, N, True),
      ("countermeasures", "163", N, "NRU/GOV", False, A, N, True),
      ("has not been successful", "085", N, "NRU/GOV", True, A, N, False)],
     "Nauru (2004); 'Nauru has not been successful in its appeal no longer to be the subject of countermeasures' = "
     "Nauru's appeal to the Financial Action Task Force (sentence before: 'subjected to countermeasures and "
     "blacklisting by the Financial Action Task Force (FATF)') -> a request noun whose Y is the lifting of sanctions -> "
     "nominal 1054 (README: a request to lift sanctions 1054), the FATF having no code (held-out 43: the FATF 'has no "
     "code') -> target null (borderline a new org:FATF); the countermeasures presupposed by the appeal = realised "
     "financial sanctions, a realised act named inside a request (README: coded too) -> nominal 163 with no source "
     "(the FATF uncoded) to NRU/GOV; 'has not been successful' = the countermeasures were not lifted -> a negated 085 "
     "of the imposer (README: 'a blockade's not being lifted is a negated 085 of its imposer'; borderline a negated "
     "030, as 'the appeal has not met with the reaction ... we had hoped for' in set 126); 'the outlawing of the "
     "registration of foreign banks' is domestic legislation, not coded"),
 7: ([("had not fully complied", "0842", "IRQ/GOV", "KWT/GOV", True, A, "org:UNSC", False),
      ("demands", "1053", "org:UNSC", "IRQ/GOV", False, A, N, False),
      ("stolen", "1711", "IRQ/GOV", "KWT", False, A, N, True)],
     "Kuwait (1999); 'the panel concluded that Iraq had not fully complied with paragraph 2 of Security Council "
     "resolution 686 (1991), which demands that Iraq return all stolen property to Kuwait' = the humanitarian/POW-"
     "property panel established by the Security Council (sentences before) -> reported_by org:UNSC for its "
     "conclusion (guideline: 'concluded that' attribution; borderline org:UN); compliance with a return obligation "
     "codes the return (README: Iraq's obligations to release and return are 0841 and 0842) -> a negated 0842 "
     "IRQ/GOV -> KWT/GOV, the Government receiving the returns ('not fully' = not done in full; borderline bare "
     "KWT, an asserted 128 defiance, or not coded as compliance); "
     "'resolution 686 (1991), which demands that Iraq return' = an inanimate resolution standing for the "
     "Council (README) -> 1053 demand return of property to IRQ/GOV, in the speaker's own description (reported_by "
     "null); 'stolen property' = the 1990-91 looting of Kuwait, a realised act named inside the request (README: coded "
     "too) -> nominal 1711 confiscate property IRQ/GOV -> bare KWT (borderline KWT/CVL, or not coded as an "
     "adjective)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("realizes", "080", "ARM/GOV", "AZE/GOV", False, H, N, False)],
     "Azerbaijan (2019); 'The sooner Yerevan realizes the lack of any prospects for its destructive political agenda' "
     "= Yerevan a capital metonym -> ARM/GOV (guideline); Armenia giving up its position on Nagorno-Karabakh, on the "
     "model of held-out 77 row 12's 'The sooner Armenia reconciles with this reality' (080 yield, hypothetical as a "
     "conditional comparative) -> 080 hypothetical to AZE/GOV (borderline not coded as a change of mind); 'its "
     "aggressive and hostile policies in the region' and 'destructive political agenda' are evaluative descriptions "
     "of policies, not event nouns (borderline a nominal 190 ARM/GOV -> AZE); the peoples' benefit is an expected "
     "effect"),
 9: ([("proposing to host", "036", "AZE/GOV", N, False, A, N, False)],
     "Azerbaijan (2018); 'a country ... proposing to host an event of the scale of World Expo' = Azerbaijan's bid to "
     "host World Expo 2025 in Baku (sentence before: 'decided to nominate its capital, the city of Baku') -> an offer to "
     "host, 036 (README: 'offered to host' 036), the realised proposal asserted; the International Exhibitions Bureau, "
     "which decides, has no code -> target null (borderline a 102 bid to the Bureau, as a candidature is 102 in set "
     "118); 'World Expo 2025 Baku' is the event's name and Baku a place, not a capital metonym; 'will be truly "
     "universal' is a description"),
 10: ([("Washington negotiations", "046", "PSE/GOV", "ISR/GOV", False, A, N, True),
       ("we signed", "057", "PSE/GOV", "ISR/GOV", False, A, N, False),
       ("mutual recognition@1", "054", "PSE/GOV", "ISR/GOV", False, A, N, True),
       ("dealt", "030", "PSE/GOV", N, False, A, N, False)],
      "Palestine (Abbas, 2011); the sentence starts at 'Conference' (the splitter cut after 'from the Madrid'), so the "
      "Madrid Conference itself is not coded; 'the Washington negotiations leading to the Oslo agreement' = the 1991-93 "
      "bilateral talks, a negotiation noun whose parties the same sentence names ('between the PLO and Israel') -> "
      "nominal 046 from the first-named PLO -> PSE/GOV (README: the PLO as the Palestinians' negotiating authority "
      "PSE/GOV) to ISR/GOV; 'the Oslo agreement, which we signed 18 years ago' -> 057 PSE/GOV -> ISR/GOV (guideline: "
      "agreements concluded 057); 'the letters of mutual recognition — mutual recognition — between the PLO and "
      "Israel' -> one nominal 054 from the first-named (README: the PLO-Israel mutual recognition a nominal 054; the "
      "repetition coded once); 'we persevered and dealt positively and responsibly with all efforts aimed at the "
      "achievement of a lasting peace agreement' = a favourable response to peace efforts whose authors are unnamed -> "
      "030 with no target (README: 'responded to the ... Call to Action' 030; borderline not coded as self-praise); "
      "Washington and the White House garden are places, not metonyms"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Syria (2011): 'the President announced that a timeline had been set to agree on and implement the proposed "
          "reforms in no more than six months' = the speaker's own President (reported_by would be null) announcing a "
          "domestic reform timetable; domestic programmes are uncoded (README, sets 131/134) and the parties to 'agree "
          "on' are not named; not coded (borderline a future 083 SYR/GOV -> SYR/CVL, 'respond to popular demands' in "
          "the text before)"),
 12: ([], "Tajikistan (2003): 'According to estimates of the United Nations Food and Agriculture Organization, meeting "
          "the food needs ... will require a 60 per cent increase in food production' = a statistic attributed to the "
          "FAO, no act between actors"),
 13: ([("welcoming", "051", "CPV/GOV", N, False, A, N, False)],
      "Cabo Verde (1999); 'While welcoming recent steps taken and announced by countries and groups of creditors that "
      "have a particular solidarity with Africa' = a welcome (guideline: 051) of debt-relief steps whose authors are "
      "uncoded creditors -> target null (README: welcoming a decision of an uncoded body 051 with no target); the "
      "steps themselves run between uncoded creditors and Africa, not coded (borderline a nominal 0331/071 null -> "
      "null); 'this question has for too long been dealt with too ungenerously, too late and too slowly' = an "
      "agentless evaluation, not coded (borderline a 110 with no target)"),
 14: ([], "Barbados (2004): 'The Secretary-General recently stated that the global security agenda should reflect a "
          "global consensus' = a statement (01x, not coded) whose content is an abstract norm with no actor"),
 # --- UNGDC 1990-2019 random: future
 15: ([("signed", "057", "COM/GOV", N, False, A, N, False),
       ("will submit it for ratification", "030", "COM/GOV", N, False, F, N, False)],
      "Comoros (2016); 'My country signed the agreement' = the Paris Agreement (the COP21 text before) -> 057 with no "
      "target, a multilateral treaty (README: joining the NPT 057 with no target); 'will submit it for ratification by "
      "the Parliament during its session in October' = the government's announced step towards ratification -> 030 "
      "future with no target (README: 'will be ratified' a future 030; set 119: 'intends to sign the Statute' a "
      "future 030), from the submitting government (borderline the ratification as a future 030 of COM/LEG, or a "
      "request COM/GOV -> COM/LEG)"),
 16: ([], "Antigua and Barbuda (2015): 'International principles ... should not be overturned by bigger countries that "
          "seek to impose their will on smaller ones' = a norm about uncoded collectives (the countries whose banks "
          "threaten de-risking are not named here), null to null, not coded (README: acts between uncoded "
          "collectives; borderline a 170 null -> ATG/GOV)"),
 17: ([("We support", "051", "NER/GOV", "org:UN", False, A, N, False),
       ("recommendations made", "100", "org:UN", N, False, A, N, True),
       ("massive support to the relevant resolution", "051", N, "org:UNGA", False, A, N, False)],
      "Niger (1995); 'We support the recommendations made by the Secretary-General following that mission' (the UN "
      "advisory mission on small arms to West Africa, on Mali's initiative) -> 051 to org:UN (README: supporting a UN "
      "plan or the Secretary-General 051 to org:UN); the recommendations, named with their author -> nominal 100 from "
      "org:UN with no target (set 129: 'As recommended by the Secretary-General' a 100 from org:UN; borderline not "
      "coded, as 'measures recommended by this Organization' in set 128); 'the international community, which gave "
      "massive support to the relevant resolution' = past support of an uncoded collective for a General Assembly "
      "resolution -> 051 with no source to org:UNGA (set 139: past support for a text 051 with no source); 'we retain "
      "the hope that the international community ... will give the backing' = an optative hope about an uncoded "
      "collective's act, not coded (set 123: a confident prediction of another's aid is a hope)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Senegal (1999): 'We must therefore continue our efforts because our only salvation lies in peace and in "
          "reconciliation' = 'we' meaning all states or Africa, no codable behaviour"),
 19: ([("We urge", "1056", "SWZ/GOV", N, False, A, N, False)],
      "Eswatini (Swaziland, 2018); 'We urge these nations to avoid the use of force in an attempt to impose change' = a "
      "request (guideline: urge -> 10x); 'these nations' = 'the countries experiencing conflict situations' of the "
      "sentence before, an uncoded class naming no member -> target null (set 117: a request to an unnamed class 102 "
      "with no target); Y = refraining from force -> de-escalation 1056 (borderline generic 100, or not coded as a "
      "general appeal with no addressee)"),
 20: ([], "Sierra Leone (2017, as coordinator of the AU Committee of Ten): 'We must also reflect on the continent's "
          "numerical strength ...' = a Security Council reform position, 'we' the membership (README: uncoded)"),
 21: ([("We call on", "1043", "VCT/GOV", N, False, A, N, False),
       ("stripped of their citizenship", "170", "DOM/JUD", "DOM/CVL", False, A, N, False)],
      "Saint Vincent and the Grenadines (2014); 'We call on the international community to assist our brothers in the "
      "Dominican Republic in reinstating the constitutional and human rights of those Dominicans' = a request "
      "(guideline: call on -> 10x) to an uncoded collective -> target null, Y = restoring rights -> 1043 (borderline "
      "103 for the assistance); 'who have been so wrongly stripped of their citizenship' = an agentless passive whose "
      "agent is the Dominican Constitutional Court's 2013 decision named in the text before -> DOM/JUD (README: a "
      "court ruling 172 from the court's JUD; borderline DOM/GOV), a realised act named inside a request (README: "
      "coded too) -> 170, as PETRARCH's CAMEO dictionary codes STRIP (OF CITIZENSHIP) [170] (borderline 1721, or not "
      "coded, as set 138 left a mass grant of citizenship uncoded), the Dominican-born victims -> DOM/CVL; 'wrongly' "
      "is evaluative, not a separate 111"),
 22: ([], "Rwanda (1997): 'The hope of the peoples of Africa ... is first of all for an understanding of their real "
          "problems' = a sentiment and a deontic with no actor"),
 23: ([], "Russian Federation (1996): 'I should like to draw the attention of the Treaty's opponents to the fact that it "
          "will ... contribute to ... non-proliferation' = a statement (01x) to unnamed opponents of the CTBT (an agent "
          "noun, the opposition itself not an act in the sentence); the Treaty's effects are predictions; not coded "
          "(borderline a nominal 120 with no source to the CTBT's parties)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "China (1996): regional economic organizations 'expanding their role in promoting regional cooperation' = "
          "uncoded organisations, none named, no counterpart; a description"),
 25: ([("arrested", "173", N, "SLB/REB", False, A, N, False),
       ("arrested", "173", N, "SLB/COP", False, A, N, False),
       ("arrested", "173", N, "SLB/GOV", False, A, N, False),
       ("charged", "1121", N, "SLB/REB", False, A, N, False),
       ("charged", "1121", N, "SLB/COP", False, A, N, False),
       ("charged", "1121", N, "SLB/GOV", False, A, N, False)],
      "New Zealand (2004); the agentless passives take their agent from the sentence before ('the intervention of the "
      "Regional Assistance Mission'), RAMSI having no code and the speech naming none of its contributors (held-out 40, "
      "86: RAMSI uncoded, contributors coded only where named) -> source null (borderline AUS/GOV, its lead, or "
      "SLB/GOV with whose police the arrests were made); 'militiamen and corrupt elements from the police and "
      "Government arrested and charged' = detentions 173 (guideline) and criminal charges 1121 (guideline: charge -> "
      "1121; README: prosecutions 1121), one event per code and target (guideline compound split): the militias -> "
      "SLB/REB, the police -> SLB/COP, Government officials -> SLB/GOV; 'More than 3,500 weapons have been collected "
      "and destroyed' = an agentless disarmament, not coded (set 118: a completed agentless disarmament uncoded; "
      "borderline 0873 SLB/REB); restoring social services and the budget is domestic"),
 26: ([("welcomes and supports", "051", "EST/GOV", "org:UN", False, A, N, False),
       ("cooperation of the United Nations", "050", "org:UN", N, False, A, N, True)],
      "Estonia (1998); the sentence starts at the page number '31' and 'prevention measure' (the splitter cut inside 'As "
      "a conflict prevention measure'); 'it' = Estonia; 'welcomes and supports the enhanced cooperation of the United "
      "Nations with regional organizations or arrangements' = one welcome and support act (same code and pair, coded "
      "once) -> 051 to org:UN, the regional organisations unnamed in the sentence; the cooperation = a cooperation noun "
      "naming one coded party -> nominal 050 org:UN with no target (README: cooperation nouns a nominal 050; the OSCE "
      "and the OAU appear only in the next sentence, as potential) (borderline not coded as a UN policy position, or "
      "targets org:OSCE and org:AU from the next sentence)"),
 27: ([("The Cairo Accord", "057", "ISR/GOV", "PSE/GOV", False, A, N, True),
       ("Israeli-Jordanian", "057", "ISR/GOV", "JOR/GOV", False, A, N, True),
       ("welcome steps", "051", "BRB/GOV", "ISR/GOV", False, A, N, False),
       ("welcome steps", "051", "BRB/GOV", "PSE/GOV", False, A, N, False),
       ("welcome steps", "051", "BRB/GOV", "JOR/GOV", False, A, N, False)],
      "Barbados (1994); 'The Cairo Accord' (May 1994, Gaza-Jericho) = an agreement whose parties the sentence before "
      "names ('Israel and the Palestine Liberation Organization') -> nominal 057 ISR/GOV -> PSE/GOV (README: an "
      "agentless peace settlement takes its parties from the sentence before; the PLO PSE/GOV); 'the Israeli-Jordanian "
      "Declaration, signed in Washington' -> an agreement named after its parties, nominal 057 from the first-named "
      "(README), Washington a place; 'are welcome steps on the difficult path towards ... peace' = the speaker's "
      "welcome (sets 116, 134, 135: 'is very welcome', 'is welcome' the speaker's 051; borderline not coded as an "
      "impersonal welcome) -> 051 to each party (README: the welcome of an agreement goes to its signatories); the "
      "commencement of Palestinian self-rule is an agentless transfer of authority, not coded (set 128; borderline a "
      "nominal 0874 ISR/GOV -> PSE)"),
 28: ([], "Bahrain (1995): regional cooperation 'a complementary part of ... international cooperation' = an "
          "evaluation, no actor"),
 29: ([("Sweden welcomes", "051", "SWE/GOV", "org:UN", False, A, N, False),
       ("United Nations peacekeeping", "074", "org:UN", "LBR", False, A, N, True)],
      "Sweden (2003); 'Sweden welcomes the large and broadly based United Nations peacekeeping Mission in Liberia' "
      "(UNMIL) -> 051 to org:UN (borderline org:UNSC, which established it); the mission = a UN mission's presence -> "
      "nominal 074 org:UN -> bare LBR (README: a UN mission's presence a nominal 074; set 125: a UN mission's support "
      "074 to bare HTI)"),
 30: ([], "Mali (2016): 'the Government of Mali has briefed the Security Council on its progress in the execution of the "
          "plan of action for implementing the Peace Agreement' = a briefing, a statement to a body (PETRARCH's CAMEO "
          "dictionary leaves BRIEF uncoded [---]; README: submitting a national report not coded; borderline 040 "
          "MLI/GOV -> org:UNSC); implementing the Peace Agreement is compliance and the Agreement has no agent in the "
          "sentence; the Secretary-General's reports are documents"),
 31: ([("contributing", "071", N, "PSE/CVL", False, D, N, False)],
      "Botswana (1993); 'we, the international community, have a duty to support and nurture the peace process by "
      "contributing generously to the economic reconstruction of the area to enable the Palestinians to taste the fruits "
      "of peace' = a duty with 'we' meaning all states and a named beneficiary -> demanded economic aid 071 with no "
      "source (set 113: 'Our duty to provide all possible assistance' a demanded 073 with no source; README: 'Now is "
      "the time to scale up our support' with 'our' meaning all countries a demanded 071 with no source), to the "
      "Palestinians -> PSE/CVL (borderline bare PSE for 'the area'); 'support and nurture the peace process' is the "
      "same act by its means, coded once (borderline a demanded 051 to ISR/GOV and PSE/GOV); 'the occupied "
      "territories' has no agent in its phrase or sentence, not coded (earlier sets: 'the occupied territories' with no agent in its phrase "
      "left uncoded; borderline a nominal 192 "
      "ISR/GOV -> PSE, Israel being named in the sentence before)"),
 32: ([], "Ethiopia (2006): the objective of the national poverty plan = a domestic programme, no act between actors"),
 33: ([("Romania welcomes and supports", "051", "ROU/GOV", "org:UN", False, A, N, False)],
      "Romania (2013); 'welcomes and supports the efforts to coordinate, at the United Nations level, the ... rule-of-law "
      "approach' = one welcome/support act (coded once) of the UN's own coordination efforts -> 051 to org:UN (set 121: "
      "welcoming UN reforms a 051 to org:UN; borderline target null, or not coded as a UN policy position)"),
 34: ([("is under threat", "130", N, "GNQ", False, A, N, False)],
      "Equatorial Guinea (2004); 'We have come to the United Nations to state publicly that Equatorial Guinea is under "
      "threat' = the speaker's own statement (reported_by null) of a real threat, the 2004 mercenary coup plot and the "
      "'conspiracy' of the following sentences, whose authors the sentence does not name -> 130 with no source to the "
      "bare country (set 129: 'the threat of the use of force by external forces against the country' a nominal 138 "
      "with no source to VEN; set 116: 'repeated threats to our security' a 130 to bare BLZ) (borderline not coded as a "
      "risk or an agentless state, guideline: threat as risk; or target GNQ/GOV)"),
 35: ([("its full cooperation", "050", "SVN/GOV", "SVN/NGO", False, A, N, True)],
      "Slovenia (2007); 'Slovenia takes particular pride in its full cooperation with the non-governmental sector' = a "
      "cooperation noun naming its parties -> nominal 050 (README: partnerships with civil society one 050 each), the "
      "NGO sector -> SVN/NGO (the following sentence names Slovenian foundations; README: a think tank BEL/NGO) "
      "(borderline target null for an international NGO sector, or not coded as domestic policy); 'takes particular "
      "pride' is a sentiment"),
 36: ([("I wish to propose", "036", "JPN/GOV", N, False, A, N, False)],
      "Japan (1994); 'I wish to propose that, once the negotiations on the treaty are concluded, a ceremony for its "
      "signing by Heads of State or Government be held in Japan' = an offer to host the CTBT signing ceremony -> 036 "
      "(README: 'offered to host' 036), the proposal made now -> asserted, addressed to the negotiating states, an "
      "uncoded collective -> target null (borderline org:UN); the negotiations at the Conference on Disarmament and the "
      "signing are conditional acts of the uncoded parties, not coded; Hiroshima is a place"),
 37: ([], "Burkina Faso (1992): 'capital needs are first met among the industrialized countries before they turn to "
          "so-called transitional economies' = a description of capital flows among uncoded collectives"),
 38: ([("We express gratitude", "051", "TCD/GOV", "CAF/GOV", False, A, N, False),
       ("the decisive role he has played", "045", "CAF/GOV", "TCD/GOV", False, A, N, False),
       ("the decisive role he has played", "045", "CAF/GOV", "TCD/REB", False, A, N, False),
       ("negotiations", "046", "TCD/GOV", "TCD/REB", False, A, N, True)],
      "Chad (1994); 'We express gratitude to ... Ange Félix Patassé, President of the Central African Republic' -> 051 "
      "to CAF/GOV (guideline: thank 051); 'for the decisive role he has played throughout the negotiations' = his "
      "mediation of the Bangui II Agreement (sentence before) -> 045 per party (set 133: 'played a key role in "
      "drafting' the Minsk agreements a 045; README: mediation 045 per mediator and party): the Government's national "
      "reconciliation committee -> TCD/GOV and the politico-military 'organizations' it signed with (the CSNPD; "
      "next sentence 'other political and military groups') -> TCD/REB (README: unnamed armed groups the country's "
      "REB); the negotiations themselves, their parties plain from the sentence before -> nominal 046 TCD/GOV -> "
      "TCD/REB (README: UN mediation of talks codes the talks too; borderline not coded as an event noun without an "
      "agent in the sentence)"),
 39: ([], "Guinea (2008): 'the inadequate quality and inconsistency of official development assistance' = aid between "
          "uncoded donors and uncoded 'poor countries', null to null, and an evaluation, not coded"),
 40: ([("have also welcomed", "051", "AFG/CVL", N, False, A, N, False)],
      "Afghanistan (2003); 'The Afghan people have also welcomed the provincial reconstruction teams' -> 051 from "
      "AFG/CVL (README: a people welcoming is a CVL event), the teams run by the coalition whose members the "
      "speech does not name here (the United States and Germany are thanked later for army and police reform, not "
      "for the PRTs) -> target null (README: welcoming a decision of an uncoded body 051 with no target; borderline "
      "USA/GOV as the coalition's leader); 'that are supported by the coalition member States' = support from an "
      "uncoded collective to the teams, not an actor, not coded (borderline a 070 null -> bare AFG)"),
 41: ([("criticisms levelled against the United", "111", N, "org:UN", False, A, N, True)],
      "Maldives (2008); a fragment cut by the splitter, 'Despite the criticisms levelled against the United' [Nations, "
      "after the cut] (README: a fragment whose object the splitter cut off is coded from the text after the cut when "
      "its verb is in the sentence) -> agentless criticism noun with a named target, nominal 111 with no source to "
      "org:UN (README: agentless criticism nouns 111 with no source; set 115: criticism drawn to the United Nations)"),
 42: ([], "Kyrgyzstan (1999): a list fragment, 'The continuing threat of the proliferation of weapons of mass "
          "destruction; ... disasters;' = threats as risks (guideline), no actor"),
 43: ([("pledged to participate", "030", "GUY/GOV", "HTI", False, A, N, False)],
      "Guyana (1994); 'Guyana is pledged to participate in the process leading to the prompt return of peace and "
      "stability in Haiti' = a commitment stated as a fact (README: asserted 03x), to take part in the restoration "
      "process (Guyana being part of the multinational operation, sentence before) -> 030 (borderline 0334 for a "
      "peacekeeping contribution), to the country whose peace is restored -> bare HTI (borderline target null, as "
      "an intent to take part in a UN process, or HTI/GOV)"),
 44: ([("always believed in", "033", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Eswatini (Swaziland, 1996); 'has always believed in the principle of meeting our financial responsibilities in "
      "full and on time' = the speaker's standing commitment to pay its UN assessments (the paragraph on the "
      "Organization's finances) -> 033 to org:UN, following the README's 'remains committed to its financial "
      "obligations to the Organization' 033 (borderline not coded as a belief in a principle, or a habitual 071)"),
 45: ([], "Australia (2001): 'Transit countries and countries of destination need to cooperate more effectively' = a "
          "deontic about uncoded collectives cooperating among themselves, null to null, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("the credit for that belongs to the United", "051", "USA/GOV", "org:UN", False, A, N, False)],
      "United States (Clinton, 1998); 'a great deal of the credit for that belongs to the United Nations' = the "
      "speaker crediting the Organization -> praise 051 USA/GOV -> org:UN (README: 'has already received credit' 051 "
      "with no source, here the speaker gives it) (borderline an uncoded evaluation)"),
 47: ([], "Singapore (1992): 'Yugoslavia has demonstrated that these problems can explode at their doorsteps' = a "
          "figurative lesson, no act between actors"),
 48: ([("Its violence", "145", "MWI/OPP", "MWI/GOV", False, A, N, True)],
      "Malawi (Mutharika, 2019); 'Its violence' = the opposition led by the Malawi Congress Party, which 'waged a "
      "vicious campaign of violence in the guise of demonstrations' after the 2019 election (sentences before) -> "
      "MWI/OPP; violent protests -> nominal 145 (held-out 76 row 31: Burundi's insurrection 145; "
      "borderline 180 or 1451) against "
      "the re-elected Government -> MWI/GOV (borderline bare MWI); 'betrayed a desire for ethnic cleansing and civil "
      "war, and an attempt to destroy the economy' = imputed intentions, evaluative, not coded (borderline a "
      "hypothetical 203)"),
 49: ([], "United Kingdom (1997): 'that measure will only be accepted as equitable if it is updated regularly' = a "
          "conditional about the UN scale of assessments, a financing reform position"),
 50: ([], "Saint Vincent and the Grenadines (2010): 'no justification for the continued exclusion of the entire African "
          "continent ... from permanent membership in the Security Council' = a Council reform and membership "
          "position (README: uncoded; 'There can never be any justification for' an evaluation)"),
 51: ([], "Fiji (1990): 'those in my country appear miniscule by comparison' = a description"),
 52: ([], "Turkey (2004): 'it is high time to start taking concrete steps towards eliminating the existing frozen "
          "conflicts' = an agentless deontic, the conflicts named only by place (set 131: conflicts named only by "
          "place uncoded) (borderline a demanded nominal 190 with no source per conflict)"),
 53: ([], "Syria (2008): 'Each and every one has made constructive contributions, despite differing perspectives and "
          "positions' = the four leaders of the Damascus Quartet Summit (sentence before); an evaluation of their "
          "participation in a meeting that lies outside the sentence (README: fragments whose act lies outside the "
          "sentence uncoded; borderline one 040 each from FRA/GOV, QAT/GOV and TUR/GOV to SYR/GOV)"),
 54: ([], "Antigua and Barbuda (2002): 'the success or failure of the United Nations will enhance or compromise the "
          "credibility of the current international system' = an evaluation"),
 55: ([], "Iceland (1991): 'recent events in Europe have been of global political and economic importance' = an "
          "evaluation"),
 56: ([], "Netherlands (2006): 'Let us work to make the United Nations operate in a less antagonistic way' = a hortative "
          "with 'us' meaning all Members, a UN reform position, not coded"),
 57: ([("we will not present", "127", "CYP/GOV", N, False, A, N, False),
       ("nor can \nwe accept arbitration", "126", "CYP/GOV", N, False, A, N, False)],
      "Cyprus (Christofias, 2009); 'we will not present to the people a solution that originates from outside' = a "
      "performative non-acceptance of an imposed settlement plan (guideline: 'Latvia will not recognize' 12x, negated "
      "false) -> reject plan 127 (borderline a negated future act not coded as domestic), the outside authors unnamed "
      "-> target null (borderline TUR/GOV, whose positions the sentence before names); 'nor can we accept arbitration or "
      "pressure being exercised through artificial timetables' = a second performative non-acceptance -> reject "
      "mediation 126, arbitration being third-party settlement, with the pressure folded in (borderline 120, or a "
      "separate hypothetical 170 with no source); no arbitrator named (the Secretary-General is thanked in the next "
      "sentence for his good offices) -> target null"),
 58: ([("expressed our solidarity", "051", "SAU/GOV", "USA/GOV", False, A, N, False)],
      "Saudi Arabia (2016); 'We have expressed our solidarity with the United States' after the 11 September attacks "
      "(sentence before) -> 051 (set 139: solidarity with Kenya after an attack a 051; README: solidarity after a "
      "natural disaster is condolence, not coded) to USA/GOV (borderline USA/CVL or bare USA); 'we have sought to "
      "uproot terrorism' = counter-terrorism with no named target, not coded (borderline a 190 with no target)"),
 59: ([], "DR Congo (2002): 'I would like to make several specific points' = a speech act about the speech itself"),
}
