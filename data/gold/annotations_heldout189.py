"""Hand annotations for the HUNDRED-AND-EIGHTY-NINTH held-out event gold set (source of events-heldout189.jsonl).

Keyed by the row index of selection-heldout189.jsonl (output of select_bulk_sentence_heldout.py 189; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout189.jsonl \
        --annotations annotations_heldout189 --output events-heldout189.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("failed to counter", "190", "org:UN", "IRQ/GOV", True, H, N, False),
      ("flagrant aggression", "190", "IRQ/GOV", "KWT", False, A, N, True)],
     "Norway (1991); 'What kind of credibility would any discussion ... have had if we had failed to counter such "
     "flagrant aggression?' = a counterfactual inside a rhetorical question (guideline: events inside an if-clause of "
     "a question are hypothetical; README: a counterfactual 'would not have attacked' is negated and "
     "hypothetical) -> the countering of the aggression, negated and hypothetical; 'we' = the Organization, as the "
     "next sentence makes plain ('But the United Nations rose to the challenge'; held-out 134: 'We send military "
     "observers', the paragraph making 'we' the Organization) -> org:UN (borderline org:UNSC, which authorised the "
     "use of force, or not coded as 'we' meaning all states); countering the invasion of Kuwait by force (Desert "
     "Storm) -> 190 (guideline: generic military action; borderline 170) to IRQ/GOV; 'such flagrant aggression' = "
     "the Iraqi invasion of Kuwait, its agent and victim from the sentence before ('Iraqi occupation forces ... in "
     "Kuwait'; held-out 186: the anaphoric 'that aggression against a Member State' a nominal 190 IRQ/GOV -> KWT) "
     "-> nominal 190 IRQ/GOV -> bare KWT, asserted, the aggression itself being presupposed as real (borderline "
     "IRQ/MIL, or not coded as an anaphoric event noun); 'any discussion of peace-making' is agentless"),
 1: ([], "Gambia (2011): 'Africa certainly needs to be adequately and properly represented' = a Security Council "
         "reform position (held-out 52/53, 54-61: UN reform positions not coded); 'we will not give up on what is a "
         "legitimate demand' = Africa's resolve on its demand for Council seats, left uncoded following set 131 "
         "('Africa will not renounce its demands') and set 178 ('Africa will not relent in demanding reform'); "
         "borderline an asserted 1044 GMB/GOV -> org:UN"),
 2: ([("violence from armed groups", "180", "CAF/REB", "CAF", False, A, N, True)],
     "Central African Republic (2017); 'violence from armed groups' = an event noun with its agent in the sentence "
     "(guideline: nominal events), the unnamed armed groups of the Central African Republic (ex-Seleka and anti-balaka "
     "militias) -> CAF/REB (README: unnamed outlaw groups are the country's REB), unspecified violence by non-state "
     "armed groups -> 180 (guideline), nominal, to the country as a whole -> bare CAF (held-out 162: 'terrorist "
     "activities orchestrated by ALIR' a nominal 180 RWA/REB -> RWA; borderline CAF/CVL from 'protecting our "
     "civilians' in the sentence before); 'security threats' is a risk, not a threat act (guideline); 'more must be "
     "done to ensure that the crisis does not spread' is an agentless deontic with no codable behaviour"),
 3: ([("We welcome", "051", "PHL/GOV", "PHL/CVL", False, A, N, False)],
     "Philippines (2007); 'We welcome their contribution' = the Government's welcome of the contribution of overseas "
     "Filipino workers, named in the sentence before -> 051 (guideline: welcome/praise 051; held-out 171: thanks to "
     "migrants a 051) to PHL/CVL (borderline not coded as a domestic sentiment); 'we are working towards the day when "
     "Filipinos no longer need to go abroad for a job' is a domestic policy aim, and 'no longer' bears on a need, not "
     "an event"),
 4: ([], "Switzerland (2003): 'Member States perceive threats differently, and they do not share the same "
         "priorities' = a description of perceptions of an uncoded collective; 'threats' are risks (guideline) and "
         "'do not share' negates an attitude, not an event"),
 5: ([("never accepted", "120", "BOL/GOV", "CHL/GOV", False, A, N, False)],
     "Bolivia (1998); 'my country never accepted this status of isolation imposed upon us' = a standing non-"
     "acceptance by the speaker (guideline: 'we will never accept it' is a REJECT with negated false) -> 120; its "
     "counterpart is the state that holds the lost coast, named in the text after ('We sought bilateral negotiations "
     "with Chile') -> CHL/GOV (guideline: missing participant from context; borderline target null, since the "
     "sentence names no one); 'imposed upon us' = the outcome of the nineteenth-century war and treaty, an agentless "
     "participle with no act of its own, not coded (borderline a 191 CHL/GOV -> BOL)"),
 6: ([], "Lithuania (1992): the sentence is the quoted 'hope' on which, in the speaker's reading, the Russian "
         "periodical Diplomatic Bulletin bases its diplomacy: 'Russia will not be condemned, at least by those nations "
         "which at that moment will be directing their planes towards a Libya or an Iraq' = an optative hope about "
         "other actors' acts (README: a hope about another actor's act is optative and not coded), by nations the text never "
         "names, 'a Libya or an Iraq' being generic examples; not coded (borderline a negated future 111 with no source "
         "to RUS/GOV reported_by RUS/MED, and hypothetical 190s to LBY and IRQ)"),
 7: ([], "Netherlands (2010): 'the building no longer meets the requirements of the new century' = the UN "
         "Headquarters building, a description; 'no longer' bears on a state, no event"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Denmark (2004): 'That meeting will provide a unique opportunity to ... follow up the recommendations of the "
         "High-level Panel' = the 2005 World Summit of all world leaders ('we' meaning all states, held-out 42/43), "
         "an anaphoric meeting noun whose participants are an uncoded collective; the High-level Panel's report was "
         "still to come (December 2004) and concerns UN reform, so its recommendations are not coded (borderline a "
         "future nominal 100 from org:UN with no target, following set 143's 'Recommendations made by the "
         "Secretary-General')"),
 9: ([], "Iran (2005): 'We are concerned that' = 01x concern, not coded; 'once certain powerful States completely "
         "control ... they will deny access to other States' = a predicted act of unnamed states against an uncoded "
         "class of states, null-null, not coded (borderline a hypothetical 1213 null -> null)"),
 10: ([("will be signed", "057", "TJK/GOV", "AFG/GOV", False, F, N, False),
       ("will be signed", "057", "TJK/GOV", "org:UNHCR", False, F, N, False)],
      "Tajikistan (1993); 'We hope that the agreement will be signed as soon as possible' = the trilateral agreement "
      "on refugee return between Tajikistan, Afghanistan and UNHCR, its parties named in the sentence before "
      "('We have already completed our preparation for signing'), so the hope bears on the speaker's own act and is "
      "coded (README: 'hope that we can work together' is 030 future), unlike a hope about another actor's act; "
      "a signing still to come -> 057 future (held-out 181: a memorandum 'to be signed' with the UN a future 057; set "
      "130: a future nominal 057), from the document's own government to each other party (guideline: one event per "
      "actor pair), the Afghan authorities of 1993 -> AFG/GOV, the High Commissioner -> org:UNHCR (borderline 030 "
      "future under the guideline's intent codes, or not coded as optative)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Guinea (2017): 'Our new approach should place more emphasis on human beings' = 'our' meaning all states or "
          "Africa, a deontic about an approach, no codable behaviour"),
 12: ([], "Netherlands (2014): 'The Security Council must be able to act in a crisis' = a Security Council reform "
          "position (held-out 52/53, 54-61: not coded), no codable behaviour"),
 13: ([], "China (2014): 'in conducting international counter-terrorism cooperation, we should take a multipronged "
          "approach' = 'we' meaning the international community (held-out 42/43), and 'the United Nations and the "
          "Security Council should fully play leading roles' = a deontic with no codable behaviour; not coded "
          "(borderline a demanded 062 null -> null)"),
 14: ([], "Thailand (2005): 'We must work together to ensure that we can build strength from diversity' = 'we' "
          "meaning all states (held-out 42/43), not coded"),
 15: ([], "Guinea-Bissau (2006): 'International solidarity towards vulnerable populations must not be delayed' = an "
          "agentless deontic from the uncoded international community to uncoded populations, null-null, not coded "
          "(borderline a demanded 073 null -> null)"),
 16: ([("the provision", "071", N, "ZWE/GOV", False, D, N, True)],
      "Zimbabwe (1993); 'we must once again reiterate the imperative need for ... the provision of adequate financial "
      "resources' = a statement of need for the African countries' reform programmes ('Our sacrifices alone are not "
      "enough', sentence before) -> demanded nominal 071 with no source (held-out 46/47: statements of need are "
      "demanded aid with no source to the speaker's government), coded for the speaker only (held-out 133: 'We "
      "nations of South America' coded for the speaker only; set 145); 'an open and equitable international trading "
      "system' is an abstract policy position (guideline), not coded; borderline the reiteration read as the "
      "speaker's own appeal, a 1031 ZWE/GOV with no target"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("committed", "0331", "org:EU", N, False, A, N, False)],
      "Slovenia (2005); 'Twenty-five European Union (EU) member States committed themselves to the target of "
      "allocating 0.7 per cent of their gross domestic product ... to official development assistance by 2015' = "
      "the EU's May 2005 aid pledge -> an aid target 0331 (README: an aid target of 0.7 per cent is 0331), a "
      "commitment stated as a fact -> asserted; all 25 members of 2005, acting through the EU Council -> org:EU "
      "(held-out 158: 'The Foreign Ministers of the Twelve' are org:EU; borderline source null as an uncoded "
      "collective, or SVN/GOV for the speaker's part, which the next sentence codes separately); recipients unnamed "
      "-> target null"),
 18: ([], "Ecuador (1996): the quoted ICJ Advisory Opinion, 'There exists an obligation to pursue in good faith and "
          "bring to a conclusion negotiations leading to nuclear disarmament' = a legal norm for all states, no "
          "actor; not coded (borderline a demanded 046 null -> null reported_by org:ICJ)"),
 19: ([("we agree with", "051", "MNE/GOV", "org:UN", False, A, N, False)],
      "Montenegro (2008); a fragment cut by the splitter: 'In the light of that, we agree with the proposed' "
      "[United Nations action in the multilateral framework] = the verb is inside the sentence and the object lies "
      "after the cut (held-out 102-109: coded from the text after the cut when the verb is in the sentence) -> "
      "'agree with' 051 (README: 'I agree with Merkel that' 051; set 122: 'We agree with the findings of the "
      "High-level Panel' 051 to org:UN) to org:UN; the proposal itself is not coded, its noun lying after the cut "
      "(borderline a nominal 100 from org:UN)"),
 20: ([("blockade of Gaza", "191", "ISR/GOV", "PSE", False, A, N, True)],
      "Malaysia (2017); 'We remain extremely concerned about' = 01x concern, not coded; 'the ongoing blockade of "
      "Gaza' = an event noun whose agent is Israel, named in the same sentence and the one before (held-out 48/49: "
      "an event noun whose agent is plain from the text around it is coded) -> blockade 191 (guideline), nominal, to "
      "the Palestinian territory -> bare PSE (held-out 182: 'Imposed a siege on Gaza' a 191 to bare PSE; set 124); "
      "'the Israeli occupying forces' is an agent noun with an adjective, no separate 192 (held-out 147: 'occupation "
      "forces' gets no separate 192; set 125: 'the occupiers' uncoded); 'the lack of accountability' is no act "
      "(borderline ISR/MIL as the blockade's source)"),
 21: ([("welcome", "051", "TUN/GOV", "USA/GOV", False, A, N, False),
       ("efforts", "045", "USA/GOV", "PSE/GOV", False, A, N, True),
       ("efforts", "045", "USA/GOV", "ISR/GOV", False, A, N, True)],
      "Tunisia (1997); 'We also welcome the efforts being made to restore confidence among the parties concerned' = "
      "a welcome (guideline: 051) of agentless efforts whose author the sentence before names: 'We note with "
      "satisfaction the United States' resumption of efforts to save the peace process, notably the meeting held "
      "yesterday in New York between the parties concerned' (guideline: missing participant from context) -> 051 to "
      "USA/GOV (borderline target null, the 'also' possibly adding other efforts); the efforts = a third party's work "
      "to restore confidence between the two sides -> nominal mediation 045 (held-out 177: support for ASEAN's "
      "efforts plus a nominal 045; set 180: 'The efforts of the Secretary-General' on Cyprus a nominal 045) from "
      "USA/GOV to each party, the Palestinian Authority -> PSE/GOV and Israel -> ISR/GOV; the settlement and "
      "'the Arab-Israeli conflict' are the purpose's objects, not coded (borderline a nominal 190 with no source to "
      "ISR/GOV, following set 123, the first-named party having no code)"),
 22: ([("thank", "051", "KGZ/GOV", N, False, A, N, False),
       ("their support", "051", N, "KGZ/GOV", False, A, N, True)],
      "Kyrgyzstan (2019); 'we would like to thank to all States Members of the United Nations for their support in "
      "the Assembly's adoption of resolution 73/334 ... and resolution 73/331' = a performative thanks to an uncoded "
      "collective -> 051 with no target, plus the support thanked for as a nominal 051 with no source to the speaker "
      "(held-out 183: 'Thank Member States for that support' gives a 051 with no target plus a nominal 051 with no "
      "source to GAB/GOV; set 186), Kyrgyzstan chairing the SCO and the CSTO in 2019 (sentence before) and promoting "
      "the two resolutions (borderline target null for the support); the Assembly's adoption of a resolution is not "
      "an event, and 'cooperation between the United Nations and the SCO/CSTO' are resolution titles, not coded "
      "(held-out 136: resolutions named only by their aim; borderline two nominal 050s org:UN -> new org:SCO and "
      "org:CSTO codes)"),
 23: ([], "Madagascar (2000): 'The Antananarivo Agreement of April 1999 remains the viable solution' = an agreement "
          "named by place whose parties (the Comorian Government and the Anjouan separatists) the sentence and the "
          "speech do not name, not coded (held-out 141: agreements with no party named; borderline a nominal 057 "
          "COM/GOV -> COM/REB); 'the separatist crisis in Anjouan' has no CAMEO code (secession, held-out 120), and "
          "'the unconstitutionality of the regime currently in power' is an evaluation of the Comorian junta "
          "(borderline a 111 MDG/GOV -> COM/MIL)"),
 24: ([("intensifying its engagement", "050", "SVK/GOV", "org:UN", False, A, N, False)],
      "Slovakia (1998); 'is consistently intensifying its engagement in all areas of the United Nations system' = "
      "diplomatic cooperation with the Organization -> 050 to org:UN (held-out 156: 'played an active role in the "
      "work of the United Nations' a 050 to org:UN; borderline 030 as an intent, or not coded as a status); 'meets all "
      "its commitments under the United Nations Charter in full' = compliance with general obligations, not coded "
      "(held-out 150, 152: compliance uncoded; borderline a 071 or 033 to org:UN as set 185's financial "
      "obligations)"),
 25: ([("grateful", "051", "LVA/GOV", "org:UNDP", False, A, N, False),
       ("has provided", "070", "org:UNDP", "LVA/GOV", False, A, N, False),
       ("extended its mandate", "070", "org:UNDP", "LVA/GOV", False, A, N, False)],
      "Latvia (2004); 'We are grateful for the valuable assistance that the United Nations Development Programme "
      "(UNDP) has provided to our country since 1993' = thanks -> 051 to org:UNDP (README: org:UNDP; set 180: "
      "expressed gratitude 051), and 'we are pleased that' is a second welcome of the same party, coded once "
      "(held-out 76 row 28: welcome and thanks to one party coded once); the assistance 'has provided' -> 070 "
      "org:UNDP -> LVA/GOV (borderline 071 for development assistance); 'UNDP has extended its mandate until the end "
      "of 2005' = the continuation of UNDP's country assistance, coded as the act it extends (held-out 135 and "
      "144: the extension of a mission's mandate a 074 from the mission's organisation) -> a second 070, a distinct "
      "act from the past assistance (borderline 033 as a commitment to continue, or folded into the first 070)"),
 26: ([("reiterates its appeal", "1054", "org:SADC", N, False, A, N, False),
       ("economic sanctions", "163", N, "ZWE", False, A, N, True)],
      "Mozambique (2012), speaking as SADC Chair; 'SADC reiterates its appeal for the complete lifting of the economic "
      "sanctions imposed on Zimbabwe' = a request (guideline: appeal -> 10x) whose Y is lifting economic sanctions "
      "-> 1054, from the organisation the sentence names -> org:SADC (README: a head of state speaking as chair of "
      "an organisation is the organisation); the imposers are never named in the speech -> target null (held-out "
      "122: the speaker's 1054 with no target because the speech never names the United States); the sanctions -> a "
      "nominal 163 with no source to bare ZWE (held-out 185: Zimbabwe's sanctions with no source to bare ZWE; "
      "borderline USA/GOV and org:EU as imposers, as set 177 did from its own speech); 'Zimbabwe maintains close "
      "economic ties' with unnamed countries of the region is a description (borderline a 061 with no target)"),
 27: ([("We pledge to continue to work", "030", "NGA/GOV", N, False, A, N, False)],
      "Nigeria (2011); 'We pledge to continue to work with all stakeholders as we enlarge and intensify our "
      "partnerships' = an intent stated as a fact (guideline: 'we pledged to continue' gives a 03x asserted) -> 030 "
      "(borderline 0312, the context being counter-terrorism), the stakeholders an uncoded collective -> target null; "
      "'enlarge and intensify our partnerships' is the same intent, coded once"),
 28: ([("congratulations", "051", "MOZ/GOV", "org:UNWOMEN", False, A, N, False),
       ("pledge our full support", "030", "MOZ/GOV", "org:UNWOMEN", False, A, N, False)],
      "Mozambique (2010); 'reiterate our congratulations to ... Michelle Bachelet on her appointment as Under-"
      "Secretary-General of the new entity' = a performative congratulation -> 051 (README: welcoming an appointment "
      "is 051 to the appointee), Bachelet as head of UN Women -> org:UNWOMEN (borderline org:UN, as set 122's "
      "Voronkov); 'pledge our full support for and readiness to collaborate on' her task = an assurance of support "
      "and cooperation -> one 030 (README: an assurance of 'support and cooperation' is one 030; borderline 032) to "
      "org:UNWOMEN; the appointment itself is an agentless administrative act, not coded"),
 29: ([("joins the call", "100", "BTN/GOV", N, False, A, N, False)],
      "Bhutan (2017); 'Bhutan joins the call for united action to combat those extremists' = joining an unattributed "
      "call is the speaker's own request with no target (held-out 117: joining an unattributed call for a reduction "
      "in tension the speaker's 1056 with no target), Y = collective action against terrorists -> generic 100 "
      "(held-out 186: 'We call for the mustering of ... efforts' against terrorism a generic 100 with no target; "
      "borderline 1012); 'The horrific acts committed by terrorist groups' = violence by uncoded groups with no victim "
      "named ('in nearly every part of the world'), not coded (held-out 176: agentless terrorist attacks throughout "
      "the world uncoded; borderline a nominal 180 null -> null)"),
 30: ([("very good relations", "050", "MNE/GOV", N, False, A, N, False)],
      "Montenegro (2012); 'We have very good relations with all our neighbours' = standing diplomatic cooperation "
      "-> 050 (held-out 182: 'maintains long-standing friendly relations' an asserted 050), the neighbours never "
      "named in the speech -> target null (borderline one 050 per neighbour, SRB, HRV, BIH, ALB, XKX, from outside "
      "knowledge, or not coded as a description of a state); 'the region as a whole stands before a unique challenge "
      "to demonstrate that it is capable of reinforcing overall cooperation' = an uncoded collective's prospective "
      "cooperation, not coded"),
 31: ([], "Iran (1996): 'The evident behavioural characteristics of this menace ... unilateralism, which means a total "
          "lack of commitment to mutual cooperation ... and complete reliance on unilateral measures' = a definition "
          "of a trend the speech attributes to no named state in the sentence, an evaluation; 'lack of commitment' is "
          "no negated event (borderline a 111 IRN/GOV -> USA/GOV from outside knowledge)"),
 32: ([("participation", "040", "DEU/GOV", "MKD/GOV", False, A, N, True)],
      "The former Yugoslav Republic of Macedonia (2014); 'The Brdo-Brijuni Process Meeting was recently held with the "
      "participation of the German Chancellor, Her Excellency Mrs. Merkel' = a meeting of the region's presidents, "
      "the speaker among them (the next sentence's 'the joint declaration'), attended by Merkel -> a participation "
      "noun naming its agent -> nominal 040 DEU/GOV (held-out 119: the Captains Regent's 'participation' a nominal "
      "040; set 122: the Secretary-General's attendance at our regional meeting a nominal 040 to the speaker's "
      "government) -> MKD/GOV, the Brdo-Brijuni Process having no code (borderline target null; or not coded as a "
      "meeting only 'held', held-out 153); the venue is not named"),
 33: ([("actively supported", "051", "DNK/GOV", "org:UN", False, A, N, False)],
      "Denmark (2005); 'we have actively supported the establishment of the Peacebuilding Commission' = realised "
      "diplomatic support for a decision taken at the 2005 World Summit -> 051 to org:UN (held-out 123: 'We welcome "
      "the creation of a Peacebuilding Commission' a 051 to org:UN, a welcome and not a reform position; borderline "
      "not coded as a UN reform position, as set 118's Lesotho support for the proposed Commission, or org:UNGA)"),
 34: ([("We welcome", "051", "OMN/GOV", "SOM/GOV", False, A, N, False)],
      "Oman (2013); 'We welcome the positive developments taking place in Somalia thanks to the efforts of President "
      "Hassan Sheikh Mohamud to rebuild the Somali State' = a welcome (guideline: 051) of a development credited to a "
      "named leader -> SOM/GOV (held-out 76 row 13: 'We welcome the formation of the Government of National "
      "Accord' 051 to LBY/GOV; borderline bare SOM for a development inside the country); rebuilding the State is a domestic effort, not coded"),
 35: ([], "Tajikistan (2011): 'the fifth Regional Economic Cooperation Conference on Afghanistan, to be held next "
          "spring in Dushanbe' = a conference only 'to be held' in a place (held-out 153, 163: a meeting only "
          "'held in' a venue uncoded; 'Dakar will host' read as a venue); not coded (borderline a future 036 TJK/GOV "
          "-> AFG/GOV for hosting RECCA V); Afghanistan's development is an agenda item"),
 36: ([], "Mali (1997): the paradigm of sustainable development 'on which the international community now agrees' = "
          "an agreement of an uncoded collective on an idea, no act between actors"),
 37: ([], "Mauritania (2018): 'They are also trying to build a cohesive and integrated international system' = 'our "
          "peoples' in general, an uncoded collective; 'challenges that threaten' is a figurative threat (guideline)"),
 38: ([("welcomes", "051", "CAF/GOV", N, False, A, N, False)],
      "Central African Republic (2011); 'welcomes the renewed interest in disarmament on the part of the international "
      "community' = a welcome (guideline: 051) of an uncoded collective's attitude -> 051 with no target (held-out "
      "54-61: welcoming a decision of an uncoded body is 051 with no target; set 178: 'We welcome this advancement' a "
      "051 with no target; borderline not coded as the welcome of an interest, not an act)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("state our commitment", "034", "MDG/GOV", "MDG/CVL", False, A, N, False)],
      "Madagascar (2009), the High Transitional Authority coded MDG/GOV under the UN-speech rule (README: Sudan's "
      "2023-24 speeches; not a military junta); 'We would like to state our commitment to the holding of free, fair, "
      "transparent and regular elections as early as possible' = an intent stated as a fact (guideline: 03x asserted) "
      "to bring political reform -> 034 (held-out 184: a Government that 'seeks to reverse the exclusion' of native "
      "peoples a 0343 to its CVL) to the Malagasy electorate -> MDG/CVL (borderline 0341 or 0344; MDG/OPP for the "
      "ousted camp; or not coded as a domestic commitment); 'monitored by international observers' = future "
      "monitoring by an uncoded collective, not coded (borderline a future 090)"),
 40: ([], "Australia (2003): 'They are a negation of civilization' = new forms of nihilism (terrorism), an evaluation"),
 41: ([("manoeuvring to free", "0841", "USA/GOV", "CUB/REB", False, A, N, False),
       ("refuse to extradite", "1213", "USA/GOV", "VEN/GOV", False, A, N, False),
       ("keeping five courageous", "173", "USA/GOV", "CUB/CVL", False, A, N, False)],
      "Cuba (2006); the subject 'the United States Government' is in the sentence; 'manoeuvring to free the murderers "
      "... such as ... Luis Posada Carriles' = an attempted release of persons held in US custody (Posada was in US "
      "immigration detention) -> 0841 (guideline: release person(s)), the attempt coded as asserted (held-out 118: "
      "'Attempted to impose 750 amendments' an asserted 100; borderline hypothetical, the release not having "
      "happened); the freed 'international terrorist' and his fellow anti-Castro militants -> CUB/REB (borderline "
      "target null, or USA/CVL given 'CIA agent'); 'whom they refuse to extradite to Venezuela' = an explicit refusal "
      "(guideline: REJECT, negated false) that takes the code of what was refused (held-out 34/35), extradition "
      "being judicial cooperation (PETRARCH's CAMEO dictionary: EXTRADITE [063]) -> 1213 to VEN/GOV (borderline 1243 "
      "decline to release persons); 'is illegally and unjustly keeping five ... Cuban activists in prison' = an "
      "ongoing detention -> 173 to CUB/CVL, coded as the speaker describes them (borderline CUB/GOV, the Cuban Five "
      "being intelligence agents); 'the murderers responsible for monstrous crimes' is an agent description, not "
      "coded (held-out 77 row 3; borderline a nominal 180 CUB/REB -> CUB/CVL)"),
 42: ([], "Turkmenistan (2009): 'We believe that the establishment of such a group could be the first step' = a "
          "belief about an agentless, hypothetical UN expert group and document, no act between actors (borderline a "
          "hypothetical 1044 TKM/GOV -> org:UN)"),
 43: ([], "Peru (1994): 'It also provides an example of democratic change' = the new South Africa, a description"),
 44: ([], "Lithuania (2006): 'this Group, too, deserves better representation on the future Security Council' = a "
          "Security Council reform position (held-out 52/53, 54-61: not coded)"),
 45: ([], "France (1997): a fragment cut by the splitter, 'We are all still mobilized by the situation in the' "
          "[Middle East] = 'we' meaning all states, an attitude, no act"),
 46: ([], "Panama (2010): 'We are on the threshold of an era of economic growth and opportunity in Latin America' = "
          "a description, no act"),
 47: ([], "Indonesia (2005): 'Aceh saw three decades of armed conflict caused by perceived economic injustices' = a "
          "conflict named only by place (held-out 131, 155, 187: conflicts named only by place uncoded), its "
          "parties named later only as 'both sides' and 'the central Government'; not coded (borderline a nominal 190 "
          "IDN/GOV -> IDN/REB for the Free Aceh Movement, or one with no source to bare IDN as set 147)"),
 48: ([], "Dominica (2019): national resilience targets and plans articulated in sector strategies = domestic "
          "planning, no act between actors"),
 49: ([], "Norway (1996): 'every country represented here has a stake in our success or our failure' = a description; "
          "'we' meaning all states"),
 50: ([], "Ghana (1996): 'The financial situation of our Organization remains precarious and a source of concern to my "
          "delegation' = 01x concern about a situation; the unpaid contributions lie in the next sentence"),
 51: ([], "Philippines (1992): 'the Movement had turned more of its attention to problems of trade' = the Non-Aligned "
          "Movement (no code) shifting its agenda, no act between actors"),
 52: ([], "Guatemala (2005): 'Considerable advances have been made this year in regional integration' = an agentless "
          "passive about an uncoded collective's progress, no act"),
}
