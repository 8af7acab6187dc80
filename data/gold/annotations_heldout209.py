"""Hand annotations for the TWO-HUNDRED-AND-NINTH held-out event gold set (source of events-heldout209.jsonl).

Keyed by the row index of selection-heldout209.jsonl (output of select_bulk_sentence_heldout.py 209; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout209.jsonl \\
        --annotations annotations_heldout209 --output events-heldout209.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Sri Lanka (1994): 'Unless its actions are based on the widest possible support, Council decisions will not "
         "be universally respected nor be truly effective' = a conditional generalisation about the Security "
         "Council's legitimacy, the supporters and the respecting states being the whole membership (held-out "
         "42/43: 'we' meaning all states); no act between named actors, and 'will not be ... respected' is a "
         "predicted state under a condition, no negated event (borderline a hypothetical 051 null -> org:UNSC)"),
 1: ([], "Burkina Faso (1998): 'This quest for independence does not deny the importance of solidarity among "
         "peoples' = an abstract statement about Africa's self-reliance; 'does not deny' bears on an importance, "
         "no act and no negated event"),
 2: ([], "Monaco (2013): 'It is no longer a question of agreeing on development plans for agricultural, artisanal "
         "and industrial capacities' = an impersonal statement about the development agenda, the agreeing parties "
         "being all states (held-out 42/43); 'no longer' bears on the question, no negated 057"),
 3: ([("condemn", "111", N, N, True, A, N, False),
      ("genocide of Armenians", "202", N, "ARM/CVL", False, A, N, True)],
     "Armenia (1998); 'It is well known that the international community did not, at the time, duly condemn the "
     "genocide of Armenians in the Ottoman Empire in 1915' = a factive frame ('It is well known that', guideline: "
     "presupposed fact asserted) over a plain negation of a condemnation -> negated 111 (guideline: 'has not "
     "condemned' negated; README: 'Why has there not been any condemnation of ...' a negated 111 with no source), "
     "from an uncoded collective -> source null, the perpetrators not named as such ('in the Ottoman Empire' is a "
     "place) -> target null (set 128: the recognition and condemnation of the Armenian genocide nominal 111s "
     "with no target); 'duly' could make the negation bear on the degree (set 182: 'did not respond more "
     "vigorously' uncoded), but 'that failure' in the same sentence shows a failure to condemn at all "
     "(borderline an asserted 110 or uncoded); 'the genocide of Armenians' -> nominal 202 with no source to "
     "ARM/CVL, following set 128 (borderline TUR/GOV as the Ottoman state's successor, or bare ARM); 'that "
     "failure' restates the same negated condemnation, coded once (guideline: a repeated mention coded once); "
     "'encouraged certain regimes to commit new crimes of genocide' = unnamed regimes and generic crimes, not "
     "coded (set 142: 'the atrocities in the former Yugoslavia and Rwanda' uncoded)"),
 4: ([("killed", "1823", N, "PSE/CVL", False, A, N, False),
      ("denounce", "111", "ISR/GOV", N, True, A, N, False),
      ("establish", "040", "ISR/GOV", "PSE/GOV", True, A, N, False)],
     "Palestine (2003); 'The Israelis do not express condolences when our sons are killed' -> condolences are "
     "not coded (README: condolences not coded), and the negated condolence is no event; 'when our sons are "
     "killed' = habitual killings of Palestinians, agentless, in a temporal clause that presupposes them -> "
     "1823 (guideline: killings of individuals 1823) with no source to PSE/CVL, asserted (set 134: killings "
     "with no agent 1823s with no source; set 124: 'some 3,000 people were killed' a 202 with no source; "
     "borderline 202 for repeated killings, or ISR/MIL as agent from the speech's context, which the sentence "
     "before does not name); 'they do not denounce such killings' = plain negation of a criticism (guideline) "
     "-> negated 111, 'The Israelis' read as the Israeli side whose Government the paragraph discusses ('the "
     "Israeli Government has refused', sentence before) -> ISR/GOV (borderline ISR/CVL), the killers unnamed "
     "-> target null; 'nor do they even establish any contacts' = a negated meeting -> 040 negated ISR/GOV -> "
     "PSE/GOV, the speaker's side (borderline a negated 050, or 036)"),
 5: ([("must realize", "080", "ARM/GOV", "AZE/GOV", False, D, N, False),
      ("military occupation", "192", "ARM/GOV", "AZE", False, A, N, True)],
     "Azerbaijan (2014); 'The Government of Armenia must realize that the military occupation of the territory "
     "of another State does not represent a solution' = a deontic with no request verb that Armenia accept "
     "Azerbaijan's position -> demanded yield 080 ARM/GOV -> AZE/GOV, following set 194's 'Armenia must finally "
     "realize' and set 143's 'Yerevan realizes' (borderline not coded, realising being no behaviour); 'the "
     "military occupation of the territory of another State', presupposed by 'realize' and attributed to "
     "Armenia by 'its reliance on the status quo' -> nominal 192 (guideline: occupy 192) ARM/GOV -> bare AZE "
     "(set 146: 'all the occupied territories' a nominal 192 ARM/MIL -> bare AZE; borderline ARM/MIL, since "
     "'military' names the forces, or uncoded as a generic phrase); 'its reliance on the status quo is a grave "
     "miscalculation' is an evaluation"),
 6: ([], "Iceland (2002): 'It is imperative that both the Convention and the Agreement be ratified by those States "
         "that have not done so' = a deontic ratification by an unnamed class of states, with no target (the Law of "
         "the Sea Convention and the Fish Stocks Agreement) -> null -> null, not coded (set 117: 'We call on all "
         "countries that have not yet done so to join the Rome Statute' left the negated accession uncoded; "
         "held-out 54-61: acts between uncoded collectives uncoded; borderline a demanded 057 with no source and "
         "no target); 'be fully implemented' and 'integrity be preserved' are compliance, not coded"),
 7: ([("provided", "073", N, "HTI/CVL", True, F, N, False)],
     "Haiti (1998); 'We fear that once emergency aid is no longer being provided in the coming months' = the "
     "relief after Hurricane Georges that 'all the friendly Governments, international institutions and "
     "non-governmental organizations' have given (sentence before), uncoded collectives -> source null "
     "(README: aid expected from uncoded parties is coded with no source); 'no longer being provided in the "
     "coming months' = the text says the aid will stop -> negated (guideline: 'no longer'), future; emergency "
     "relief to the disaster's victims -> 073 to HTI/CVL (set 200: flood relief to MDA/CVL; set 149: assistance "
     "to flood victims HTI/CVL; borderline bare HTI); 'We fear' is expressed concern (01x, not coded); borderline "
     "the whole clause uncoded as a prediction about others' acts (set 123: a confident prediction of another "
     "actor's aid is a hope), or an asserted 073 for the aid still being given, which 'no longer' presupposes; "
     "the shortage is a situation, not an act"),
 # --- UNGDC 1990-2019 random: future
 8: ([("We seek the cooperation", "101", "ATG/GOV", "org:UN", False, A, N, False)],
     "Antigua and Barbuda (2007); 'We seek the cooperation of the United Nations and our international partners "
     "in the development of initiatives for the screening and management of chronic diseases' = a request "
     "(guideline: 10x; set 160: 'We seek the support of the international community' a 102; set 163: 'seek the "
     "support of the United Nations' a 102), performative present -> asserted; Y = joint work on health "
     "initiatives, material rather than political cooperation -> demand material cooperation 101 (borderline "
     "102, following sets 122, 160 and 163, or 1033 as health aid), to org:UN; 'our international partners' are "
     "unnamed and dropped as part of a compound (README: 'Ankara and the Turkish-Cypriot leadership' coded for "
     "Ankara only); the 2012 care target is a purpose, not coded; Y not coded separately (guideline)"),
 9: ([], "Ethiopia (2003): 'It is Ethiopia's hope that NEPAD will be taken more seriously as a framework for "
         "expanding the cooperation between Africa and the developed countries' = a hope about others' acts, "
         "optative and not coded (README: optative hopes), and the cooperation runs between uncoded collectives "
         "(held-out 54-61; borderline a future nominal 050 null -> null)"),
 10: ([], "Lao PDR (2010): 'The First Meeting of States Parties will offer us an excellent occasion to chart a clear "
          "vision and adopt appropriate mechanisms' = a meeting noun as inanimate subject whose host, Laos, lies in "
          "the sentence before, and 'us' the States Parties as a whole (held-out 42/43: 'we' meaning all states); "
          "not coded (borderline a future nominal 043 LAO/GOV with no target, the hosting taken from the sentence "
          "before)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Suriname (2014): 'we must also address the challenges of dealing with all forms of transnational "
          "organized crime in the Latin American and Caribbean region' = 'we' the region's states, and the crime "
          "unnamed groups with no code (README: unnamed transnational crime groups have no code); no codable Y "
          "(guideline: deontic whose Y is no codable behaviour is not coded)"),
 12: ([("extending help", "073", N, "PHL", False, A, N, False)],
      "Philippines (2014); 'Just as the international community mobilized as one in extending help to the "
      "Philippines in the aftermath of Haiyan' = realised relief after Typhoon Haiyan (the text before thanks the "
      "international community's 'response and solidarity') -> humanitarian aid 073, asserted, from an uncoded "
      "collective -> source null (README: 'we had a lot of help' a 070 with no source), to the country as a "
      "whole as the sentence names it -> bare PHL (borderline PHL/CVL, the victims and survivors of the text "
      "before, as set 200's flood relief to MDA/CVL); 'it should also do so in the case of' ISIS and Ebola = a "
      "demanded mobilisation by the same uncoded collective against ISIS, which has no code (set 163: 'ISIL, no "
      "code'), and against a disease outbreak with no named recipient -> null -> null, not coded (held-out "
      "54-61; borderline a demanded 073 null -> null for Ebola)"),
 13: ([], "Iceland (2019): 'the Security Council, and not least its permanent members, must take a more active role "
          "in preventing and resolving these crises and live up to its responsibilities' = a deontic about the "
          "Council's role in unnamed climate-linked crises (text before), no party named (set 124: 'the United "
          "Nations should assume greater responsibility in resolving the violent conflict in Iraq' left uncoded; "
          "borderline a demanded 045 org:UNSC -> null); 'live up to its responsibilities' is compliance, not coded"),
 14: ([], "Argentina (2019): 'we must be better integrated into the world and deploy all of our labour and talent to "
          "that end' = a domestic aim with no counterpart (borderline a demanded 030 ARG/GOV with no target); no "
          "act between actors"),
 15: ([("call upon", "108", "OMN/GOV", "org:UN", False, A, N, False)],
      "Oman (2015); 'We also call upon the United Nations and the parties sponsoring the peace process in the "
      "Middle East to make greater efforts to reach an agreement for the settlement of the crisis' = a request "
      "(guideline: call on -> 10x), asserted, whose Y is third-party efforts to broker a settlement -> demand "
      "mediation 108 (set 124: appeals to the Quartet 'to persevere in their efforts' 108s; borderline 107, as "
      "the previous sentence's call on the parties themselves), to org:UN; 'the parties sponsoring the peace "
      "process' are never named in the speech and are dropped as uncoded (borderline one 108 each to USA/GOV, "
      "RUS/GOV and org:EU as the other Quartet members, from outside knowledge); 'instead of merely to "
      "managing it' is a contrast, no negated event; Y not coded separately (guideline)"),
 16: ([], "Viet Nam (1992): 'the composition of the Security Council and the balance between the Council, the General "
          "Assembly and the Secretary-General ... must reflect the realities of a world which has radically "
          "changed' = a UN reform position (held-out 54-61: not coded)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("welcome", "051", "EGY/GOV", "CHE/GOV", False, A, N, False)],
      "Egypt (2002); 'On behalf of Egypt, I would also like to welcome' = a fragment cut by the splitter whose "
      "verb lies inside it; its object after the cut is 'Switzerland as the most recent member of the United "
      "Nations family' -> coded from the text after (README: a fragment whose object the splitter cut off is "
      "coded from the text after when its verb is in the sentence); a welcome (guideline: 051), performative -> "
      "asserted, to the new Member's government -> CHE/GOV (set 116: congratulating Switzerland on joining the UN "
      "a 051 to CHE/GOV, the joining not coded; borderline bare CHE); the admission itself is not coded (README: "
      "UN admissions uncoded)"),
 18: ([], "Hungary (1994): a fragment '[This autumn Hungary is honoured to act as host in] Budapest of the next Review "
          "Conference and summit meeting of the Conference on Security and Cooperation in Europe (CSCE)' whose verb "
          "('act as host') lies before the splitter's cut -> not coded (README: a fragment whose verb was cut away "
          "is left uncoded; borderline a future 043 HUN/GOV -> org:OSCE, as set 142 coded a support noun whose "
          "verb fell before the cut); 'Budapest' is a place, not a metonym"),
 19: ([("welcomes all the newest Members", "051", "NAM/GOV", N, False, A, N, False)],
      "Namibia (1993); 'Namibia welcomes all the newest Members of the [Organization]' = a welcome (guideline: "
      "051), asserted, of the states admitted in 1992-93, none of which the speech names (searched: no Eritrea, "
      "Czech Republic, Slovakia, Monaco, Andorra or Macedonia) -> 051 with no target (set 203: Lebanon's welcome "
      "of unnamed 'new Member States' a 051 with no target; set 166: Bhutan's welcome of new Members; "
      "borderline one 051 per 1993 Member from outside knowledge, or org:UNGA as the admitting body); 'assures "
      "them of its readiness to interact with them' lies after the cut and is not coded; the admissions are not "
      "coded (README: UN admissions uncoded)"),
 20: ([("We welcome", "051", "SOM/GOV", "org:UN", False, A, N, False)],
      "Somalia (2013); 'We welcome the new United Nations Assistance [Mission in Somalia (UNSOM)]' = a fragment "
      "whose verb lies inside it, the object completed after the cut (README: coded from the text after) -> a "
      "welcome (guideline: 051) of the UN's new political mission -> 051 to org:UN (README: a UN programme as "
      "subject stands for org:UN; borderline org:UNSC, which established UNSOM, or an added nominal 074/070 "
      "org:UN -> SOM for the mission's presence, as set 122's 'continued presence of the international "
      "community'); 'with which we are now working' lies after the cut"),
 21: ([("gratified to see", "051", "SEN/GOV", "ZAF/GOV", False, A, N, False)],
      "Senegal (1994); 'we are gratified to see South Africa now occupying its rightful place in the family of "
      "nations' = a welcome of post-apartheid South Africa's return to the Assembly (README: 'We are satisfied to "
      "see that' is a welcome, 051; 'we are pleased with' 051), asserted, to the new democratic government -> "
      "ZAF/GOV (set 116: congratulating Switzerland on joining the UN a 051 to CHE/GOV; borderline bare ZAF); "
      "'occupying its rightful place' is figurative, no 192; the readmission itself is not coded (README: UN "
      "admissions uncoded)"),
 22: ([("terrorist attacks", "180", N, "GBR", False, A, N, True),
       ("terrorist attacks", "180", N, "ESP", False, A, N, True)],
      "Andorra (2006); 'the terrorist attacks in London and Madrid' = the 7 July 2005 and 11 March 2004 bombings, "
      "agentless attack nouns naming their places -> one nominal 180 with no source per victim country, bare GBR "
      "and ESP (set 156: France's 'terrorism has continued to strike: ... in Madrid ... in Bali and Jakarta' one "
      "agentless 180 per victim country; README: an agentless terrorist attack is 180 with no source, one per "
      "victim country; borderline 1831/1832 for the bombings, GBR/CVL and ESP/CVL, or uncoded as attacks named "
      "only by place); 'The fall of the Twin Towers' names the outcome, not an act, and is not coded (set 188: "
      "'the tragic events of 11 September' uncoded; borderline a nominal 180 with no source to bare USA, as set "
      "115); 'the wars in Afghanistan, Iraq and Lebanon' are conflicts named only by place, not coded (sets 187, "
      "192; borderline nominal 190s from USA/GOV and ISR/GOV from outside knowledge); 'have shaken the "
      "foundations of the secular State' is an effect"),
 23: ([("histories of cooperation", "050", "RUS", "UKR", False, A, N, True)],
      "New Zealand (2014); 'the strong shared histories of cooperation and achievement between Russia and "
      "Ukraine' = a cooperation noun naming its parties (README: cooperation nouns a nominal 050; an agreement "
      "or cooperation named by its parties a nominal 050), historic -> asserted, from the first-named; the two "
      "countries' long shared history as wholes -> bare RUS -> bare UKR (guideline: bare country for the country "
      "as a whole, e.g. historic wars; borderline RUS/GOV -> UKR/GOV, or uncoded as background description); "
      "'there is no excuse for leaders allowing matters to unravel' is an evaluation, not a condemnation (README: "
      "'There can never be any justification for' is an evaluation; borderline a 111 NZL/GOV to RUS/GOV and "
      "UKR/GOV), and 'allowing matters to unravel' has no codable act; the risk to peace is a risk"),
 24: ([], "Cabo Verde (2018): 'The existence of the death penalty ... demands profound, careful and responsible "
          "reflection from all of us' = 'demands' meaning 'requires', 'us' meaning all states (held-out 42/43); no "
          "request event"),
 25: ([], "Nepal (2001): 'No sooner had we put the wars, and the cold war, of the last century behind us ... than "
          "terrorism emerged as a grave threat' = 'we' meaning all states, wars named only by time (set 189: "
          "conflicts named only by time or place uncoded), terrorism as a risk (guideline: figurative threat)"),
 26: ([], "Liechtenstein (2008): 'Others have yet to be the subject of extremely difficult negotiations' = UN reform "
          "processes from the 2005 World Summit (sentence before) not yet negotiated among the membership as a "
          "whole -> a UN reform position with 'we' meaning all states (held-out 54-61; borderline a negated "
          "nominal 046 null -> null)"),
 27: ([], "Niger (1996): 'The signing of the Treaty of Pelindaba ... was a source of legitimate pride' = an event noun "
          "whose signatories are named neither in the sentence nor in the text around it (guideline: event nouns "
          "without an agent not coded; borderline a nominal 057 NER/GOV with no target, Niger having signed in "
          "April 1996, as set 140 coded Gabon's 'African countries signed' the Treaty for the speaker only); 'was a "
          "source of legitimate pride' is an impersonal evaluation (set 186: 'It is gratifying that' uncoded; "
          "borderline a 051 with no target, as set 140's 'we are proud of the fact that')"),
 28: ([("bringing", "050", "GRC/GOV", N, False, A, N, False)],
      "Greece (2011); 'Regional cooperation platforms, the South-East European Cooperation Process, the Black Sea "
      "Economic Coordination Organization, the regional Cooperation Council and others are bringing us closer "
      "together as partners' = inanimate subjects standing for their members' cooperation (README: an inanimate "
      "subject standing for a government's act), 'us' the South-East European neighbourhood of the sentence "
      "before, coded for the speaker only (set 133: 'We nations of South America') -> diplomatic cooperation 050 "
      "GRC/GOV, asserted, the partners unnamed -> target null (set 189: 'Very good relations with all our "
      "neighbours' a 050 with no target; set 142: 'The most active countries in all of the regional "
      "initiatives' a 050 with no target); borderline a 050 to org:BSEC, the one platform with a code (set 184: "
      "'pursues an active policy in' the CIS, the CSCE and BSEC one 050 each), or uncoded as a description of "
      "institutions"),
 29: ([], "Slovenia (2009): 'Therefore, clear responses are called for' = an agentless passive about global "
          "challenges, no author or addressee (set 133: 'The United Nations is called upon to continue' uncoded), "
          "no request event"),
 30: ([], "Netherlands (2008): 'The challenge for every Government is to affirm its people's cultural and religious "
          "values ... and ... to build bridges with the rest of the world' = a general norm for all states, no act "
          "between named actors"),
 31: ([("welcome the initiative", "051", "GHA/GOV", "GBR/GOV", False, A, N, False)],
      "Ghana (2004); 'We, therefore, welcome the initiative of British Prime [Minister Tony Blair in setting up "
      "the African Commission]' = a fragment whose verb lies inside it, completed after the cut (README: coded "
      "from the text after) -> a welcome (guideline: 051), asserted, to Blair's government -> GBR/GOV (guideline: "
      "persons -> their country/sector on the document date); setting up the Commission for Africa is a "
      "government's own act with no counterpart and is not coded (borderline a nominal 030 GBR/GOV with no "
      "target)"),
 32: ([], "Andorra (2010): 'It is an opportunity to come up with solutions that meet the needs of those worst off' = "
          "an abstract statement with 'we' meaning all states, no act"),
 33: ([], "Turkey (2012): 'we have time and again declared our support for a two-State solution to the question of "
          "Palestine and adopted numerous resolutions to that end' = 'we' the whole UN membership (the paragraph: "
          "'We exchange views ...', 'we speak as one, yet we often fail to act in unity') -> not coded (held-out "
          "42/43: 'we' meaning all states; set 201: support for a two-State solution uncoded, following set 145; "
          "borderline a 051 from org:UNGA to ISR/GOV and PSE/GOV for the resolutions)"),
 34: ([("deplores", "110", "TTO/GOV", N, False, A, N, False),
       ("vicious attacks", "180", N, "org:UN", False, A, N, True)],
      "Trinidad and Tobago (1993); 'Trinidad and Tobago deplores the vicious attacks on the peace-keeping forces "
      "of the United Nations Operation in Somalia (UNOSOM II)' -> 'deplores' is 110 (set 162), the attackers "
      "unnamed in the sentence and the text around it -> target null (README: condemning attacks by unnamed "
      "perpetrators is the speaker's 111 with no target); the attacks -> nominal 180 with no source to org:UN "
      "(set 195: 'condemn the violence directed against United Nations personnel' a 111 with no target plus a "
      "nominal 180 with no source to org:UN; borderline SOM/REB as source and as the 110's target, README's "
      "unnamed Somali factions of 1993, or 190 for the Mogadishu 'military engagements' of the sentence before); "
      "'which could ultimately derail efforts to restore peace' and 'frustrate the attainment by the Somali "
      "people of their goals' are hypothetical effects, not coded"),
 35: ([("the agreement", "057", "IRN/GOV", N, False, A, N, True)],
      "Belgium (2017); 'the agreement is nonetheless a channel for dialogue' = the anaphoric JCPOA, named in the "
      "sentence before ('The agreement concluded after several years of intense negotiations with Iran on the "
      "nuclear issue') -> nominal 057 from IRN/GOV with no target, no P5+1 member being named in the speech "
      "(set 113: the Iran nuclear agreement a nominal 057 from Iran with no target; set 198: Cambodia's "
      "anaphoric 'this agreement' a nominal 057 from IRN/GOV to the members named; set 194: an anaphoric "
      "agreement named in the sentence before coded); 'My country has many major differences with Iran' is a "
      "state of relations, not coded (borderline a 110 BEL/GOV -> IRN/GOV); 'a channel for dialogue aimed at "
      "reducing tensions' describes the agreement's function (borderline a nominal 040 BEL/GOV -> IRN/GOV)"),
 36: ([], "Tanzania (2003): 'The subsequent meetings in Monterrey and Johannesburg, as well as the successive G-8 "
          "summits, have been unable to meet the requirement' = the unmet $50-100 billion a year for the MDGs "
          "(sentence before) between uncoded parties: conferences of all states, the G-8 (no code: set 195's "
          "'that group of States', set 186's G-8 pledge) and the developing countries (held-out 54-61; borderline "
          "a negated 071 null -> null)"),
 37: ([("assure you", "030", "ATG/GOV", "org:UNGA", False, A, N, False)],
      "Antigua and Barbuda (2006); 'Madam President, we wish you success in all your efforts' is well-wishing, "
      "not coded; 'assure you of our full cooperation' = an assurance to the Assembly's President -> 030 to "
      "org:UNGA (README: assuring the Assembly President of cooperation is 030 to org:UNGA; set 192), asserted"),
 38: ([], "Botswana (2007): 'Today we meet in this Hall as neighbours and residents of this one planet earth' = 'we' "
          "meaning all states (set 139: 'we met in Beijing', 'we' all states, uncoded), no meeting between named "
          "actors"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("general recognition", "051", N, "DOM/GOV", False, A, N, True)],
      "Dominican Republic (1990); 'His Government enjoys general recognition and gratitude for the striking "
      "results of the creation of new free trade zones' = the Government of the Head of State (Balaguer) -> "
      "DOM/GOV, praised and thanked by unnamed others -> nominal 051 with no source (README: praise from uncoded "
      "collectives is a 051 with no source; set 172: 'Popular support that the new Somali Government enjoyed' a "
      "nominal 051; set 145: 'enjoying the ... support of many of the peoples they serve' a nominal 051 with no "
      "source), 'recognition and gratitude' one praise event; borderline source DOM/CVL, or uncoded as a "
      "sentiment, as set 120 left 'the esteem of the international community'; the free trade zones are a "
      "domestic policy, not coded"),
 40: ([("generally accepted", "051", N, "ISR/GOV", False, A, N, False),
       ("generally accepted", "051", N, "PSE/GOV", False, A, N, False)],
      "Greece (2006); 'basic elements of it [the Road Map] are well known and generally accepted by the "
      "international community' = endorsement of the peace plan by an uncoded collective -> 051 with no source "
      "to each party of the Israeli-Palestinian conflict named in the sentence before, ISR/GOV and PSE/GOV "
      "(set 175: a road map 'supported by the international community' a 051 with no source to each of ISR/GOV "
      "and PSE/GOV), present -> asserted; borderline 030 (README: accepting a plan is 030), or one 051 to "
      "org:UN for the Quartet's plan; 'The Road Map offers the strategic plan' is an inanimate subject, not "
      "coded"),
 41: ([], "Cote d'Ivoire (2015): 'Boko Haram ... continues to sow desolation and terror' = violence by a group with no "
          "code (README: AQIM and Boko Haram have no code) against unnamed victims in 'West Africa' -> null -> null, "
          "not coded (held-out 107: Boko Haram's atrocities 180 with no source to each country named; no country is "
          "named here; borderline a 180 with no source and no target, or bare NGA from outside knowledge); 'what "
          "amounts to the Islamic State in West Africa' is a description"),
 42: ([], "Afghanistan (2000): a list item '[A breakdown of Pakistani nationals fighting in Afghanistan include the "
          "following: ...] paramilitary members of extremist terrorist groups affiliated with the ISI, such as the "
          "Sipah-e-Sahaaba ... and the so-called volunteers from Pakistani madrassas' = a fragment whose verb lies "
          "before the splitter's cut (README: fragments whose act lies outside the sentence uncoded); 'affiliated "
          "with the ISI' is a relation, not an act (borderline a 070 PAK/GOV -> PAK/REB)"),
 43: ([], "Kyrgyzstan (1994): 'we have inherited many long-standing issues of conflict that had previously been "
          "hidden and suppressed by a regime of terror' = the Soviet regime holding down conflicts, figurative "
          "'suppressed' with issues, not people, as object (borderline a historic 175 SUN/GOV -> KGZ/CVL); 'the "
          "fall of totalitarianism' is agentless and 'our countries' the post-Soviet states as a class"),
 44: ([], "Georgia (1997): 'We have stressed on numerous occasions ... that the global confrontation between two "
          "systems has given way to equally dangerous local and intra-State conflicts' = the speaker's own "
          "statements (01x), the Cold War between uncoded blocs and unnamed conflicts (set 197: the agentless end "
          "of East-West confrontation uncoded); no act"),
 45: ([("congratulate", "051", "ZMB/GOV", "IDN/GOV", False, A, N, False),
       ("congratulate", "051", "ZMB/GOV", "LBR/GOV", False, A, N, False),
       ("congratulate", "051", "ZMB/GOV", "GBR/GOV", False, A, N, False)],
      "Zambia (2012); 'We therefore would like to congratulate' Yudhoyono, Johnson-Sirleaf and Cameron on their "
      "appointment as co-Chairs of the Secretary-General's post-2015 panel (sentence before) -> 051 (guideline: "
      "congratulated 051; README: welcoming an appointment is 051 to the appointee), performative -> asserted, "
      "one per person (guideline: compound split), each coded by the office held on the document date -> "
      "IDN/GOV, LBR/GOV, GBR/GOV (guideline: persons -> their country/sector); borderline org:UN for all three, "
      "the appointment being to a UN panel (README: a national minister acting as ASEAN Special Envoy is "
      "org:ASEAN), though the sentence names them by their national offices"),
 46: ([("ready to contribute", "0334", "FJI/GOV", "org:UN", False, A, N, False)],
      "Fiji (2004); 'where there are internal crises and disorder and the United Nations mandates intervention "
      "for peace, we are ready to contribute' = a readiness stated as a fact (README: 'stands ready to "
      "engage/assist' is 03x asserted) to contribute to UN-mandated peace operations -> express intent to "
      "provide peacekeeping 0334, asserted, to org:UN (set 180: 'Nepal's continued response to any call for a "
      "contribution to the peace efforts of the United Nations' an asserted 0334 to org:UN; set 153; borderline "
      "target null, no host country being named, or hypothetical for the 'where' condition); 'the United "
      "Nations mandates intervention' is a generic condition, not coded (borderline a hypothetical 1034 org:UN "
      "with no target)"),
 47: ([], "Micronesia (2006): 'the Pacific island countries lost one of its leaders' = a death (the sentence after "
          "names the late leader), no act between actors; the condolences that follow are not coded"),
 48: ([], "China (2004): 'Science and technology are advancing at a dizzying speed' = a description, no actor"),
 49: ([], "Honduras (2008): 'They believe themselves infallible gods' = an evaluation of the few who profit from the "
          "market (sentence before), no act"),
 50: ([], "Lithuania (1999): 'There are so many inhabitants on Earth who need our help yet sometimes cannot even ask "
          "for it' = a statement of need of unnamed people, 'our' meaning the international community (held-out "
          "42/43), null -> null; 'cannot even ask for it' is an inability of an uncoded class, no negated 103"),
 51: ([], "Panama (2014): 'We are working to ensure that Panamanian families have adequate housing with access to "
          "drinking water, basic sanitation ...' = a domestic programme (set 174: 'We have to provide them with "
          "agricultural assistance' a domestic programme, uncoded; borderline a 073 PAN/GOV -> PAN/CVL)"),
 52: ([], "Bosnia and Herzegovina (2015): 'The determination and unity that we have demonstrated in creating and "
          "adopting the new Agenda' = 'we' meaning all states (held-out 42/43); the Organization that 'continues to "
          "bring us all together' and 'has never ceased to be a beacon of hope' is an evaluation, no negated event; "
          "the anniversary is not coded"),
}
