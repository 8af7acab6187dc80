"""Hand annotations for the SEVENTY-NINTH held-out event gold set (source of events-heldout79.jsonl).

Keyed by the row index of selection-heldout79.jsonl (output of select_bulk_heldout.py 79; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout79.jsonl \
        --annotations annotations_heldout79 --output events-heldout79.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("negotiations", "046", "IRL/GOV", N, False, A, N, True),
      ("did not get", "057", "IRL/GOV", N, True, A, N, False)],
     "Ireland (2003); 'Following intensive negotiations, we came tantalizingly close in April to making the required "
     "breakthrough' = the April 2003 Northern Ireland talks, 'we' = the Irish Government, in the sentence -> a "
     "negotiation noun whose agent is plain from the sentence and the text around it (held-out 48/49) -> nominal "
     "046; the counterparts (the Northern Ireland parties of the preceding sentences, an uncoded collective, and "
     "the British Government, which the document does not name) -> target null (borderline GBR/GOV); 'but "
     "unfortunately did not get matters fully resolved at that time' = the agreement not reached -> negated 057 "
     "with the same pair (held-out 46/47: 'have never agreed' one negated 057; borderline not coded, the negation "
     "bearing on an outcome rather than an act); the unmade breakthrough is the same non-event, coded once"),
 1: ([("demanded", "1056", "LBR/GOV", "LBR/REB", False, A, N, False)],
     "Liberia (1993); the sentence starts at 'Agreement, the Interim Government' (the splitter cut inside 'During the "
     "process of negotiating the Cotonou Agreement'), so the negotiation verb lies outside it and is not coded "
     "(held-out 54-61: fragments whose act lies outside the sentence); 'the Interim Government ... demanded the "
     "disarmament of all combatants as a sine qua non for the restoration of peace' = the speaker's own government "
     "(IGNU) -> LBR/GOV, a request (guideline: demand -> 10x) whose Y is disarmament (0873) -> demand de-escalation "
     "1056; 'all combatants' = 'the armed factions' of the following sentence (NPFL, ULIMO) -> LBR/REB (held-out "
     "26/27: unnamed outlaw groups the country's REB; borderline a second event to LBR/MIL for the AFL); "
     "'citizenry who do not bear arms' is a description, not a negated event"),
 2: ([], "Burkina Faso (1991): 'We are told that we are no longer in an era of outspoken demands' = a remark about the "
         "times attributed to unnamed speakers; 'no longer' bears on an era, not on an event; no act"),
 3: ([("we urge", "102", "TTO/GOV", N, False, A, N, False),
      ("have not yet submitted", "057", N, "org:ICC", True, A, N, False)],
     "Trinidad and Tobago (2016); 'we urge those countries that have not yet submitted to the jurisdiction of the "
     "Court to do so' = a request (guideline: urge -> 10x) to join the Rome Statute -> 102 (held-out 76 row 2: a call "
     "to join a treaty 102), addressed to an uncoded class of countries, none named -> target null; the relative "
     "clause = the countries' non-accession, a realised non-event (held-out 24/25: a demand and the denial of the "
     "same act are two events; held-out 38/39: countries that have not recognized Palestine a negated 054 with no "
     "source) -> negated 057 with no source, to the Court -> org:ICC (borderline target null, as held-out 44/45's "
     "joining the NPT); 'to do so' is the request's Y, not coded separately (guideline)"),
 4: ([], "Bolivia (1997): 'we will not be able to achieve these goals or meet the challenges of our time' = domestic "
         "development goals; 'meet the challenges' is figurative, not a meeting; no act between actors"),
 5: ([], "Lao PDR (2010): the results of the 2010 NPT Review Conference 'did not ... meet our expectations' = an "
         "evaluation of an outcome; 'meet' is figurative; no act between actors"),
 6: ([("pay tribute", "051", "PRT/GOV", "ISR/GOV", False, A, N, False),
      ("pay tribute", "051", "PRT/GOV", "PSE/GOV", False, A, N, False)],
     "Portugal (1995); 'We must pay tribute here to the courage with which both sides have pursued the path of "
     "peace' = a performative tribute by the speaker ('must' = the speaker's own act, as held-out 48/49's 'it "
     "should be deplored that' is the speaker's 110) -> 051 (held-out 50/51: 'pay tribute to' 051), one per side "
     "(guideline: compound split); 'both sides' = the Israelis and Palestinians of the preceding sentence -> "
     "ISR/GOV and PSE/GOV (held-out 31: the Palestinian negotiating authority PSE/GOV); 'have pursued the path of "
     "peace' is figurative for the peace process (borderline a 030 between them); 'have not remained hostage to "
     "them' is figurative, not a negated event"),
 7: ([("accept", "120", N, "ISR/GOV", False, A, N, False)],
     "Qatar (2010); 'everyone should realize that the Arab countries will not accept the peace that Israel wants to "
     "impose' = a performative non-acceptance (guideline: 'we will never accept it' is REJECT, negated false; "
     "held-out: 'will not accept such actions' 120 asserted) -> 120 to ISR/GOV; the Arab countries are an uncoded "
     "collective -> source null (borderline org:LAS, or QAT/GOV as one of them); 'the peace that Israel wants to "
     "impose' = a wish, not coded (borderline a hypothetical 170 ISR/GOV -> PSE); 'everyone should realize' is not "
     "a codable behaviour; trigger 'accept' alone because 'will not' and 'accept' are split by a line break"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("welcomed", "051", "QAT/GOV", N, False, A, N, False)],
     "Qatar (2003); 'It must be noted that we in the State of Qatar have welcomed the road map' = the speaker's own "
     "(past) welcome, 'It must be noted' the speaker's own framing, not attribution (reported_by null) -> 051 "
     "(guideline: welcome 051); the road map is a document of the Quartet, a group without a code whose members the "
     "document does not name -> target null (held-out 54-61: welcoming a decision of an uncoded body 051 with no "
     "target; borderline ISR/GOV and PSE/GOV, the parties to implement it); trigger 'welcomed' alone, 'have' being split "
     "from it by a line break"),
 9: ([], "India (2017): 'India has already said that it is deeply committed to the Paris Climate Change Agreement' = "
         "the speaker's own past statement (guideline: reported_by null) of commitment to a multilateral agreement, "
         "an abstract policy position (earlier sets: committed to implementing the Paris Agreement, not coded; "
         "borderline 030 with no target)"),
 10: ([("bombing", "195", "USA/GOV", "SDN", False, A, N, True),
       ("claimed", "112", "USA/GOV", "SDN/GOV", False, A, N, False)],
      "Sudan (2003); 'the unjust bombing of the Al-Shifa pharmaceutical and veterinary factory by the former United "
      "States Administration' = the August 1998 cruise-missile strike, an event noun with its agent in the sentence "
      "-> nominal, the government of the time -> USA/GOV (held-out 5: office at the time); air/missile strike -> "
      "195 aerial weapons (guideline: bombardment 195; borderline 190), the factory in Khartoum -> bare SDN "
      "(borderline SDN/BUS, the factory being private); 'which claimed that it was used to manufacture weapons' = "
      "the US claim, which the following sentence calls 'a baseless accusation' -> the speech verb is itself an "
      "accusation (guideline: a statement-type speech verb is coded) -> 112 to SDN/GOV (borderline SDN/BUS); the "
      "agentless manufacturing inside the claim is not coded (borderline a nominal 154 with no source, reported_by "
      "USA/GOV); 'we recall' is the speaker's own statement"),
 11: ([("attacking", "190", "ERI/GOV", "ETH", False, A, "org:EECC", False),
       ("occupying", "192", "ERI/GOV", "ETH", False, A, "org:EECC", False)],
      "Ethiopia (2006); 'The Commission stated that Eritrea violated Article 2, paragraph 4, of the Charter ... when "
      "it resorted to armed force in attacking and occupying areas peacefully administered by Ethiopia' = the "
      "Eritrea-Ethiopia Claims Commission's finding (preceding sentence), the speech verb not coded (guideline; "
      "borderline 112 from the Commission, a judicial finding of liability); inside it, Eritrea's May 1998 attack "
      "-> 190 and the occupation -> 192 (guideline: invade/occupy 192), ERI/GOV -> the country as a whole, bare ETH "
      "(guideline: target of an invasion), reported_by the Commission -> new organisation code org:EECC (borderline "
      "org:PCA, its registry); 'violated Article 2, paragraph 4' = the same use of force, coded once through "
      "'attacking' (borderline 'resorted to armed force' as trigger)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("supports", "051", "ARE/GOV", "IRQ/GOV", False, A, N, False)],
      "United Arab Emirates (2006); 'supports the political process in Iraq and efforts for its reconstruction' = "
      "verbal support aimed at a process, to its named party (held-out 8: support aimed at a process goes to its "
      "named parties), the Iraqi Government named in the same sentence -> 051 ARE/GOV -> IRQ/GOV, one event for both "
      "objects (borderline 070 for the reconstruction); 'hopes that the efforts of the Iraqi Government will lead "
      "to ... implementing the recommendations of the Abu Dhabi Declaration' = optative (held-out 5), not coded"),
 13: ([("convene", "036", "KAZ/GOV", N, False, F, N, False)],
      "Kazakhstan (2017); 'The first will be to convene a summit of all the States that possess nuclear weapons' = "
      "the first of President Nazarbayev's initiatives (preceding sentence), a future convening of a meeting -> 036 "
      "future (guideline: future meetings and hosting 036; held-out 76 row 12), the nuclear-weapon States an "
      "uncoded class -> target null; 'to collectively discuss' is the summit's purpose, not coded separately "
      "(borderline a request 106 KAZ/GOV -> null, the initiative being a proposal)"),
 14: ([], "Cameroon (2003): 'We will fully support any reform that will bring the Organization closer to our "
          "peoples' = support for UN reform, an abstract policy position (held-out 7, 54-61; borderline 032 future to "
          "org:UN); 'the measures for strengthened cooperation between the United Nations and Central African "
          "organizations' = envisaged measures with an uncoded class of organisations (borderline a nominal 050 "
          "org:UN -> org:ECCAS, named in the preceding sentence)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([("should be left in no doubt", "130", N, "COD/REB", False, D, N, False)],
      "Botswana (2007); 'The marauding lawless militias that continue to undermine the peace process should be left "
      "in no doubt that anarchy will not be tolerated' = the militias of the Democratic Republic of the Congo "
      "(preceding and following sentences) -> unnamed armed groups, the country's REB (held-out 30/31: unnamed "
      "outlaw groups are the country's REB); an agentless deontic warning -> demanded 130 with no source (held-out "
      "44/45: agentless demanded acts; guideline: a warning or statement of resolve is 130) (borderline Botswana's "
      "own asserted 130, or not coded); 'continue to undermine the peace process' has no specific behaviour, not "
      "coded"),
 16: ([], "El Salvador (2012): 'we must modify the conditions for millions of young people' = domestic social policy, "
          "'we' meaning the countries of the region; no act between actors"),
 17: ([("we urge", "100", "GNB/GOV", N, False, A, N, False)],
      "Guinea-Bissau (1991); 'we urge the parties to the conflict to display good sense and wisdom' = a request "
      "(guideline: urge -> 10x) about the 1991 Yugoslav conflict; Y = good sense, no specific behaviour -> generic "
      "100 (borderline 1056 de-escalation or 107 settlement); the parties are not named in the document -> target "
      "null (held-out 77 row 10: requests to uncoded addressees target null; borderline YUG/GOV, the federal "
      "authorities of the time)"),
 18: ([], "Trinidad and Tobago (1996): 'one must be eternally vigilant' = a generic norm about democracy, no actor"),
 19: ([], "Djibouti (1992): 'express to the former Permanent Representative ... our best wishes for the future' = "
          "well-wishing (held-out 7: not coded)"),
 20: ([], "Luxembourg (2014): 'The Iraqi people must regain trust in their country's democratic institutions' = a "
          "deontic whose Y (regaining trust) is not a codable behaviour (guideline)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("welcomes", "051", "GMB/GOV", "org:UN", False, A, N, False)],
      "Gambia (2019); 'My delegation welcomes the Secretary-General's reform proposals' = a welcome of a named actor's "
      "proposals -> 051 to the Secretary-General -> org:UN (held-out 48/49: supporting the Secretary-General 051 to "
      "org:UN; earlier set: 'Azerbaijan supports the well-known reform proposals of Secretary-General Kofi Annan' "
      "051 to org:UN); borderline not coded as support for UN reform, an abstract policy position (held-out 7)"),
 22: ([], "Malaysia (2011): 'The World Bank has warned that we are about to enter a danger zone' = a warning about "
          "economic harm, not a threat (held-out 48/49: 'issues a warning' about economic harm not coded); no act"),
 23: ([("Border Assistance Mission", "070", "org:EU", "MDA/GOV", False, A, N, True),
       ("Border Assistance Mission", "070", "org:EU", "UKR/GOV", False, A, N, True)],
      "Moldova (2008); a fragment cut by the splitter: 'Union Border Assistance Mission to Moldova and' [Ukraine "
      "(EUBAM)], the name of the EU mission helping both states with border management; a mission name naming its "
      "agent and recipients -> nominal aid 070 (borderline 062 security cooperation), the European Union (its first "
      "word and 'Ukraine' cut off, taken from the context, held-out 44/45: a part cut off by the splitter is taken "
      "from the context) -> org:EU, one event per recipient government (guideline: compound split); borderline not "
      "coded as a fragment whose verb ('have contributed') lies outside the sentence"),
 24: ([], "Sudan (1990): 'requires the international community to respect that struggle against occupation, "
          "injustice and oppression' = a norm for an uncoded collective whose Y (respect) is not a codable behaviour; "
          "the occupation has no agent in the sentence (the Palestinian struggle of the preceding text; borderline a "
          "nominal 192 ISR/GOV -> PSE)"),
 25: ([], "Norway (1993): science as a basis for cooperation = an abstract statement, no actor"),
 26: ([("determination to further", "030", "TUN/GOV", "org:EU", False, A, N, True)],
      "Tunisia (2005); 'a phase marked by a determination to further promote, develop and enlarge the scope of "
      "partnership with that Union' = an intent to cooperate stated as a fact (guideline: explicit intent stated as "
      "a fact is 03x asserted; held-out 46/47: commitments stated as facts asserted 03x) -> 030, nominal (an intent "
      "noun), to the European Union -> org:EU; the existing partnership is not coded separately (borderline a "
      "nominal 050 TUN/GOV -> org:EU); the principles 'adopted at the Barcelona Conference' are agentless, and "
      "celebrating the Declaration's anniversary is not an act"),
 27: ([("efforts", "036", "PRK/GOV", "USA/GOV", False, A, N, True)],
      "DPRK (2013); 'remains consistent in its stance and in its efforts to put an end to the tensions on the Korean "
      "peninsula by peaceful means through dialogue and negotiations' = a willingness to negotiate stated as a fact "
      "-> 036 asserted (guideline: 03x for intent, 036 for meetings and negotiations), nominal ('efforts'); the "
      "counterpart, unnamed in the sentence, is the United States of the preceding sentences ('bring the hostile "
      "United States policy to an end') -> USA/GOV (guideline: missing participant from the context; borderline "
      "KOR/GOV, or target null); borderline not coded as a stance"),
 28: ([("registers its strong", "111", "LBR/GOV", N, False, A, N, False),
       ("killings", "1823", N, "org:AU", False, A, N, True)],
      "Liberia (2009); 'registers its strong condemnation of the recent barbaric killings of 17 African Union "
      "peacekeepers in Somalia' -> 111 (guideline: condemn 111); the perpetrators (the September 2009 attack on "
      "AMISOM in Mogadishu) are not named in the sentence or the document -> the speaker's 111 with no target "
      "(held-out 48/49: condemning attacks by unnamed perpetrators); the killings themselves -> agentless nominal "
      "1823 (guideline: killings of individuals; held-out 76 row 10: an agentless killing 1823 with no source) to "
      "the AU peacekeepers -> org:AU (borderline 183 for the suicide bombing, unnamed in the text); 'as a beneficiary "
      "of peacekeeping operations' = a status presupposing UN peacekeeping in Liberia, not coded (borderline a "
      "nominal 074 org:UN -> LBR/GOV)"),
 29: ([], "Lao PDR (1999): 'here in the United Nations, we extol the principles of the non-use or threat of use of "
          "force ...' = 'we' meaning all states (held-out 42/43), principles, not acts; 'threat of use of force' is "
          "part of a principle's name"),
 30: ([("we appeal", "103", "SWZ/GOV", N, False, A, N, False)],
      "Swaziland (2005); 'we appeal to the international community to increase its support for the African Union' = "
      "a request (guideline: appeal -> 10x) whose Y is aid to the AU's capacity and response mechanism -> demand aid "
      "103 (borderline 1031 or 1034), the international community uncoded -> target null; Y (support to org:AU) is "
      "not coded separately (guideline)"),
 31: ([("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("repression", "175", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Comoros (2019); 'the illegal occupation of Palestine and the savage repression of the Palestinian people' = "
      "event nouns whose agent is plain from the text around it (held-out 48/49; held-out 54-61: an occupation coded "
      "as a nominal 192 whose agent comes from the surrounding text; held-out 20/21: 'Israeli-occupied Golan' a "
      "nominal 192), Israel named in the following sentence -> ISR/GOV; occupation 192 to the country as a whole -> "
      "bare PSE (guideline: target of an invasion), repression -> 175 (held-out 28/29: 'responded with violence' to "
      "protests 175; borderline 1724) to PSE/CVL; 'are fuelling extremism' is an effect, not an act"),
 32: ([], "Malaysia (1992): 'There are opportunities to develop a new era of international cooperation' = an "
          "abstract statement, no actor"),
 33: ([("reiterates its support", "051", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Swaziland (2009); 'reiterates its support for the efforts deployed by the international community under the "
      "auspices of the United Nations towards a political solution to the issue of Western Sahara' -> verbal "
      "support 051 (guideline) to the UN-led effort -> org:UN (held-out 48/49: supporting a UN plan 051 to org:UN); "
      "the UN's facilitation is not coded, its parties not named in the sentence (borderline a nominal 045 org:UN -> "
      "MAR/GOV, Morocco being named in the following sentence)"),
 34: ([], "Belarus (2007): a fragment starting at 'Organization, the United Nations, to begin looking for ways' (the "
          "splitter cut inside 'it is time for our common Organization'); a demanded search for solutions to the "
          "energy problem, not a codable behaviour (guideline: 'now is the time for X to' codes Y only if Y is a "
          "behaviour)"),
 35: ([], "Lithuania (2002): 'We wish you, Sir, as incoming President, a year of constructive dialogue and fruitful "
          "cooperation' = well-wishing to the President of the General Assembly (held-out 7: not coded; borderline "
          "051 to org:UNGA)"),
 36: ([("sincere congratulations", "051", "TUV/GOV", "org:UNGA", False, A, N, False),
       ("assure you of our full cooperation", "030", "TUV/GOV", "org:UNGA", False, A, N, False)],
      "Tuvalu (2004); 'We also extend our sincere congratulations to you, Mr. President, on your election' = a "
      "performative congratulation to the President of the General Assembly -> 051 to org:UNGA (held-out 48/49); "
      "'and assure you of our full cooperation' -> 030 to org:UNGA (held-out 38/39, 50/51: assurances of "
      "cooperation to the Assembly President)"),
 37: ([("appeal", "1054", "LBR/GOV", "org:UNSC", False, A, N, False),
       ("sanctions", "163", "org:UNSC", "LBR/GOV", False, A, N, True)],
      "Liberia (2004); 'we once again appeal to the Security Council to lift the sanctions' = a request (guideline: "
      "appeal -> 10x) whose Y is lifting the UN timber and diamond sanctions -> demand easing of economic sanctions "
      "1054 to org:UNSC; the sanctions themselves = a realised act named inside a request (held-out 12/13: coded "
      "too; held-out 28/29: 'urges Israel to lift its blockade' 1056 plus the blockade a nominal 191), their agent "
      "the addressee -> nominal 163 org:UNSC -> LBR/GOV (the speaker's 'us'; borderline bare LBR); creating jobs "
      "is the purpose"),
 38: ([("hosted", "043", "BLZ/GOV", N, False, A, N, False)],
      "Belize (2014); 'our Special Envoy who, just a few days ago, hosted one of the largest gatherings of First "
      "Ladies and Spouses of Heads of State and Government ... here at the United Nations' = the Prime Minister's "
      "wife in her official role as Special Envoy for Women and Children -> BLZ/GOV (borderline BLZ/CVL), hosting "
      "-> 043 (guideline), the participants an uncoded collective -> target null (held-out 28/29: conferences "
      "hosted with no target); 'We take this opportunity also to applaud the efforts of our Special Envoy' = praise "
      "of the speaker's own official, a domestic self-directed act, not coded (borderline 051 BLZ/GOV -> BLZ/GOV)"),
 39: ([("shown a spirit of cooperation", "030", "IDN/GOV", "org:UN", False, A, N, False)],
      "Portugal (2000); 'The new democratic Government of Indonesia has, in general, shown a spirit of cooperation' "
      "= Indonesia's cooperative stance on East Timor and the West Timor militias, towards the United Nations "
      "(preceding text: the UN administration of East Timor, the Council's evaluation mission to West Timor) -> 030 "
      "IDN/GOV -> org:UN (borderline PRT/GOV, or not coded as Portugal's evaluation of a stance)"),
 40: ([("welcomes and supports", "051", "BFA/GOV", "DZA/GOV", False, A, N, False),
       ("efforts", "045", "DZA/GOV", "MLI/GOV", False, A, N, True),
       ("efforts", "045", "DZA/GOV", "MLI/REB", False, A, N, True),
       ("signed", "057", "MLI/GOV", "MLI/REB", False, A, N, False)],
      "Burkina Faso (2014); 'Burkina Faso welcomes and supports the efforts of the People's Democratic Republic of "
      "Algeria in the search for a lasting peace solution' -> one 051 to DZA/GOV (welcome and support, same code "
      "and pair, coded once); Algeria's efforts for the Mali peace process = the Algiers mediation -> nominal 045 "
      "to each party (held-out 8: mediation 045 per mediator and party; held-out 54-61: a mediation of an "
      "organisation a nominal 045 to each party), the Malian Government and the northern armed movements, unnamed "
      "in the document -> MLI/REB (held-out 30/31: unnamed armed groups the country's REB); 'the Preliminary "
      "Agreement signed in Ouagadougou on 18 June 2013' = agreement concluded -> 057 (guideline), MLI/GOV -> "
      "MLI/REB from the first-named, a participle -> not nominal (held-out 76 row 29); Ouagadougou is a place "
      "(borderline a 045 BFA/GOV for Burkina Faso's own mediation of that agreement, unnamed in the sentence; "
      "borderline the 045 and 057 targets left null, the parties unnamed)"),
 41: ([("chemical attacks", "2041", N, "SYR", False, A, N, True)],
      "Finland (2014); 'after the chemical attacks in Syria' = the 2013 Ghouta attacks, agent not named in the "
      "sentence (the next sentence names only 'the Chemical Weapons Programme of the Syrian Arab Republic') -> "
      "nominal 2041 (use of chemical weapons) with no source (held-out 54-61: an agentless attack with no source, "
      "one per victim country) -> bare SYR (borderline SYR/GOV as source, SYR/CVL as target); 'The international "
      "community showed determination' = resolve of an uncoded collective, not coded (borderline a 130 null -> "
      "SYR/GOV)"),
 42: ([], "Benin (2001): the goal of the South Atlantic Zone of Peace and Cooperation, 'to protect the coastal States "
          "... from the dangers of nuclear weapons and to create there a zone of peace and strengthening of "
          "cooperation' = the aims of a zone (an uncoded body), abstract, no act between actors"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Ethiopia (2005): 'We in Ethiopia have been doing our level best in that regard' = domestic efforts to meet "
          "the domestic conditions for the Millennium Development Goals; no act between actors"),
 44: ([], "Costa Rica (2000): 'Costa Rica recently initiated the programme \"Communications without frontiers\", "
          "becoming the first nation to provide free e-mail to all its population' = a domestic public service, not "
          "an act between political actors (borderline 070 CRI/GOV -> CRI/CVL)"),
 45: ([], "Romania (2006): 'it can also be a sin if all we do is generate additional meetings and documents' = a "
          "generic conditional about UN work, 'we' meaning all states; no act"),
 46: ([], "Barbados (2003): a fragment cut by the splitter, 'Despite a commitment made by all States at' [Monterrey] = "
          "a commitment of all states (held-out 42/43: 'we' meaning all states), not coded"),
 47: ([], "Bulgaria (1994): 'It is desirable that this division be overcome' = an abstract evaluation about security "
          "zones in Europe, no actor"),
 48: ([], "Gambia (2017): 'reaffirm The Gambia's firm commitment to the Charter of the United Nations' = commitment "
          "to the Charter, an abstract position (earlier sets: commitment to the Charter not coded; borderline 030 to "
          "org:UN)"),
 49: ([], "Azerbaijan (2009): 'the United Nations has to be stronger and capable of engaging' = a UN reform position "
          "(held-out 52/53, 54-61), not coded"),
 50: ([("interaction", "050", "RUS/GOV", "org:EU", False, A, N, True)],
      "Russian Federation (2003); 'We consider the development of our interaction with the European Union ... to be "
      "important' = a cooperation noun naming its parties (held-out 10/11: 'the importance of continuing cooperation "
      "with X' a nominal 050) -> nominal 050 RUS/GOV -> org:EU (borderline not coded as an evaluation)"),
 51: ([], "Peru (1993): 'the Peruvian people ... began to ask themselves ... why they had not reached a truly dignified "
          "level of existence' = a domestic reflection; 'had not reached' bears on living standards, not an event"),
 52: ([], "Japan (1999): a fragment cut by the splitter, 'The promotion of the implementation of the' [Copenhagen "
          "Declaration]; the discussion at a future special session lies after the cut, agentless; no event"),
 53: ([], "Vanuatu (1990): 'our concerns ... are often neglected or even forgotten' = an agentless complaint, no "
          "codable behaviour"),
 54: ([], "San Marino (2012): a fragment starting at 'Assembly's agenda' (the splitter cut inside 'He promoted the most "
          "important themes on the General Assembly's agenda'); the outgoing President of the General Assembly's "
          "work, 'laying foundations for solutions' and 'working to strengthen the global governance architecture' = "
          "an evaluation of his presidency with no counterpart; the speaker's thanks lie in the preceding sentence"),
 55: ([], "Lithuania (2013): 'But, regrettably, power games still exist' = an evaluation, no actor"),
 56: ([], "El Salvador (2002): a fragment cut by the splitter, 'Rights of All Migrant Workers and Members of Their' "
          "[Families]; the ratification ('El Salvador ratified the International Convention on the Protection of the') "
          "lies before the cut (held-out 54-61: fragments whose act lies outside the sentence)"),
}
