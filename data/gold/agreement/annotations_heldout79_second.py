"""Hand annotations: the SECOND, independent annotation of the SEVENTY-NINTH held-out set's sentences, for the
agreement study (source of agreement/events-heldout79-second.jsonl).

Keyed by the row index of selection-heldout79.jsonl (all rows come from bulk_ungdc_1990_2019.jsonl, UN General
Debate speeches of 1990-2019). Written blind to the first annotation of the same sentences and to any coder output.
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
        --annotations agreement.annotations_heldout79_second --output agreement/events-heldout79-second.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("intensive negotiations", "046", "IRL/GOV", "GBR/GOV", False, A, N, True)],
     "Ireland (2003); 'Following intensive negotiations, we came tantalizingly close in April to making the required "
     "breakthrough' = the April 2003 Northern Ireland negotiations (the Joint Declaration talks); an event noun whose "
     "agent is the 'we' of the same sentence (the Irish Government) and whose counterpart is plain from the text "
     "around it ('Prime Minister Blair and I - and our two Governments', 'all the pro-Agreement parties') -> nominal "
     "046 IRL/GOV -> GBR/GOV (README: Northern Ireland's leaders are GBR/GOV, so the British Government and the "
     "Northern Ireland parties are one counterpart; held-out 48/49: event nouns whose agent is plain from the text "
     "around it are coded); 'came close to making the required breakthrough but ... did not get matters fully "
     "resolved' = an outcome not reached, not a negated event (borderline a negated 057 IRL/GOV -> GBR/GOV); "
     "borderline not coded, the negotiations being a backdrop"),
 1: ([("demanded the disarmament", "1056", "LBR/GOV", "LBR/REB", False, A, N, False)],
     "Liberia (1993); the sentence starts at 'Agreement,' (the splitter cut after 'During the process of negotiating "
     "the Cotonou'), so the negotiation lies outside it; 'the Interim Government ... demanded the disarmament of all "
     "combatants as a sine qua non for the restoration of peace' = the Interim Government of National Unity, the "
     "government of the time -> LBR/GOV; a demand whose Y is disarmament -> de-escalation of military engagement "
     "1056 (guideline: sub-code from Y), to the armed factions (NPFL, ULIMO; the following sentence: 'The armed "
     "factions conceded') -> LBR/REB; 'our citizenry who do not bear arms' describes a population, not a negated "
     "event"),
 2: ([], "Burkina Faso (1991): 'We are told that we are no longer in an era of outspoken demands' = a description of "
         "the times relayed from unnamed speakers; no act between actors ('no longer' bears on an era)"),
 3: ([("we urge", "102", "TTO/GOV", N, False, A, N, False),
      ("have not yet submitted", "057", N, "org:ICC", True, A, N, False)],
     "Trinidad and Tobago (2016); 'we urge those countries that have not yet submitted to the jurisdiction of the "
     "Court to do so' = a request (guideline: urge -> 10x) whose Y is accepting the ICC's jurisdiction (joining the "
     "Rome Statute) -> demand policy support 102 (held-out 76 row 2: calls to join a treaty 102), the addressees an "
     "uncoded class -> target null; the relative clause = the non-accession of those countries, a realised "
     "non-event (held-out 18/19: a demand and the denial of the same act are two events; held-out 38/39: countries "
     "that have not recognized Palestine a negated 054 with no source) -> negated 057 with no source, to the Court "
     "-> org:ICC (borderline target null, as held-out 76 row 2's Convention; borderline not coded, the source "
     "being an uncoded class); 'to do so' is Y, not coded separately (guideline)"),
 4: ([], "Bolivia (1997): 'Without a far-reaching revolution in the area of education, we will not be able to achieve "
         "these goals or meet the challenges of our time' = a domestic conditional about development; 'meet the "
         "challenges' is not a meeting; no act between actors"),
 5: ([], "Lao PDR (2010): the results of the 2010 NPT Review Conference 'did not ... meet our expectations' = an "
         "evaluation of a conference's outcome; 'meet our expectations' is not a meeting, and the negation bears on "
         "an evaluation, not an event"),
 6: ([("pay tribute", "051", "PRT/GOV", "ISR/GOV", False, A, N, False),
      ("pay tribute", "051", "PRT/GOV", "PSE/GOV", False, A, N, False)],
     "Portugal (1995); 'We must pay tribute here to the courage with which both sides have pursued the path of "
     "peace' = a performative tribute of the speaker ('We must' hortative of the speaker's own act, like 'let me') "
     "-> 051 asserted (held-out 52/53: 'pay tribute to' is 051; borderline demanded), 'both sides' = the Israelis and "
     "Palestinians of the preceding sentence (guideline: missing participant from context) -> one per side (the "
     "PLO/Palestinian Authority -> PSE/GOV); 'pursued the path of peace' is figurative for the Oslo process "
     "(borderline a 046 ISR/GOV -> PSE/GOV); 'encountered obstacles' is agentless and 'have not remained hostage "
     "to them' is figurative, not a negated event"),
 7: ([("accept the peace", "127", N, "ISR/GOV", False, A, N, False)],
     "Qatar (2010); 'everyone should realize that the Arab countries will not accept the peace that Israel wants to "
     "impose as it pleases and outside international legitimacy' = a performative non-acceptance (guideline: 'we "
     "will never accept it' is REJECT with negated false) of a settlement -> reject plan/agreement to settle "
     "dispute 127, asserted (the speaker's statement of the group's resolve), to Israel, the author of the imposed "
     "peace -> ISR/GOV; 'the Arab countries' = an uncoded collective -> source null (guideline; borderline QAT/GOV "
     "as the speaking member, or org:LAS); 'the peace that Israel wants to impose' = a wish, not coded (borderline "
     "a nominal 170 ISR/GOV -> PSE/GOV); 'everyone should realize' is not an act"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("welcomed the road map", "051", "QAT/GOV", "USA/GOV", False, A, N, False)],
     "Qatar (2003); 'It must be noted that we in the State of Qatar have welcomed the road map' = the speaker's own "
     "past welcome (guideline: a speaker's own past statements are its own assertion, reported_by null; 'It must "
     "be noted' is the speaker's own statement) -> 051 asserted; the road map is the Quartet's plan (following "
     "sentence), the Quartet has no code and the document names only the United States among its members ('the "
     "members of the Quartet - particularly the United States of America') -> USA/GOV (held-out 12/13: a group "
     "without a code is each member the document names; held-out 44/45: supporting a UN plan 051 to its author, "
     "org:UN); borderline target null, or ISR/GOV and PSE/GOV as the parties that are to implement it"),
 9: ([], "India (2017): 'India has already said that it is deeply committed to the Paris Climate Change Agreement' = "
         "the speaker's own past statement of adherence to a multilateral treaty, a policy position with no "
         "counterpart (held-out 76 row 45: commitment to conferences' goals not coded); borderline 030 IND/GOV with "
         "no target as a commitment stated as a fact"),
 10: ([("the unjust bombing", "195", "USA/GOV", "SDN", False, A, N, True),
       ("claimed", "112", "USA/GOV", "SDN", False, A, N, False)],
      "Sudan (2003); 'the unjust bombing of the Al-Shifa pharmaceutical and veterinary factory by the former United "
      "States Administration' = the August 1998 cruise-missile strike, a nominal event with its agent named -> "
      "bombardment 195 (guideline), the Clinton Administration of the time -> USA/GOV (held-out 5: office at the "
      "time; borderline USA/MIL), the factory in Khartoum -> the country as a whole, SDN (borderline SDN/BUS, the "
      "privately owned plant); 'which claimed that it was used to manufacture weapons' = an accusation (the following "
      "sentence: 'It was a baseless accusation') -> 112, a speech verb that is itself the event (guideline; held-out "
      "6: a government's own rhetoric as the event, reported_by null), to SDN (borderline not coded as a speech "
      "verb); the weapons production inside the claim is an agentless passive with no actor, not coded (borderline "
      "a 154 reported_by USA/GOV)"),
 11: ([("attacking", "190", "ERI/GOV", "ETH", False, A, N, False),
       ("occupying", "192", "ERI/GOV", "ETH", False, A, N, False)],
      "Ethiopia (2006); 'The Commission stated that Eritrea violated Article 2, paragraph 4, of the Charter ... when "
      "it resorted to armed force in attacking and occupying areas peacefully administered by Ethiopia' = the "
      "Eritrea-Ethiopia Claims Commission's finding; the speech verb is not coded (guideline); inside it, the May "
      "1998 attack -> 190 (guideline: generic military attack; 'resorted to armed force' and 'attacking' one act) "
      "and the occupation -> 192 (guideline), ERI/GOV (the text names the state; borderline ERI/MIL), target of an "
      "invasion -> bare ETH (guideline); reported_by: the Claims Commission has no code -> null (an earlier held-out Eritrea (2004) row: the Eritrea-Ethiopia Boundary Commission has no code; borderline a new code "
      "org:EECC); 'violated Article 2, paragraph 4' is the legal description of the same attack, not coded "
      "separately (borderline a 128 ERI/GOV -> org:UN)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("supports the political", "051", "ARE/GOV", "IRQ/GOV", False, A, N, False)],
      "United Arab Emirates (2006); 'supports the political process in Iraq and efforts for its reconstruction' = "
      "verbal support (guideline: 051; borderline 070 for the reconstruction), one act to one pair, to the Iraqi "
      "Government named in the same sentence as the author of the efforts (held-out 8: support aimed at a process "
      "goes to its named parties; borderline bare IRQ, held-out 62-73: a welcome of a development inside a named "
      "country whose parties are not named goes to the bare country); 'hopes that the efforts of the Iraqi "
      "Government will lead to ... implementing the recommendations' is optative, not coded"),
 13: ([("convene a summit", "036", "KAZ/GOV", N, False, F, N, False)],
      "Kazakhstan (2017); 'The first [of President Nazarbayev's initiatives] will be to convene a summit of all the "
      "States that possess nuclear weapons to collectively discuss further steps towards their nuclear disarmament' "
      "= a proposed future meeting -> 036 future (guideline: future meetings and hosting 036), the nuclear-weapon "
      "States an uncoded class not named in the document -> target null; 'collectively discuss' is the purpose of "
      "the summit, not coded separately; borderline a request 106 to the nuclear-weapon States (the initiative's "
      "convener not being stated)"),
 14: ([], "Cameroon (2003): 'We will fully support any reform that will bring the Organization closer to our peoples' "
          "= a UN reform position (README: support for UN reform not coded); 'the measures for strengthened "
          "cooperation between the United Nations and Central African organizations' are envisaged measures with an "
          "unnamed organisation (borderline a nominal 050 org:UN -> org:ECCAS)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([("should be left in no doubt", "130", N, "COD/REB", False, D, N, False)],
      "Botswana (2007); 'The marauding lawless militias that continue to undermine the peace process should be left "
      "in no doubt that anarchy will not be tolerated' = a deontic passive whose Y is a warning to the militias of "
      "the Democratic Republic of the Congo (preceding and following sentences) -> threaten 130 (guideline: a "
      "warning or statement of resolve is 130), demanded with an agentless source -> null (guideline: 'X should do "
      "Y' codes Y demanded; held-out 46/47: agentless demanded passives), the militias -> COD/REB; borderline an "
      "asserted 130 BWA/GOV -> COD/REB as the speaker's own warning; 'continue to undermine the peace process' is a "
      "figurative description, not coded (borderline 128)"),
 16: ([], "El Salvador (2012): 'we must modify the conditions for millions of young people' = 'we' meaning all "
          "governments of the region, a domestic policy goal (held-out 42/43), no act between actors"),
 17: ([("we urge the parties", "100", "GNB/GOV", "YUG", False, A, N, False)],
      "Guinea-Bissau (1991); 'As for Yugoslavia, we urge the parties to the conflict to display good sense and "
      "wisdom' = a request (guideline: urge -> 10x) whose Y is no specific behaviour -> generic 100 (borderline 1056 "
      "restraint, or 107), the parties to the 1991 Yugoslav conflict are not named in the document -> the bare "
      "country YUG (held-out 62-73: a development inside a named country whose parties are not named goes to the bare "
      "country; held-out 26/27: YUG as of the speech date; borderline target null, or YUG/GOV and HRV/GOV)"),
 18: ([], "Trinidad and Tobago (1996): 'one must be eternally vigilant ... to enhance the democratic tradition' = a "
          "generic norm about democracy, no actor"),
 19: ([], "Djibouti (1992): 'I should like to express to the former Permanent Representative ... our best wishes for "
          "the future' = well-wishing to Ambassador Shihabi, the former President of the General Assembly "
          "(README: well-wishing not coded; borderline 051 to org:UNGA)"),
 20: ([], "Luxembourg (2014): 'The Iraqi people must regain trust in their country's democratic institutions' = a "
          "sentiment, domestic; no codable behaviour (guideline: deontic Y not a behaviour, nothing coded)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("welcomes", "051", "GMB/GOV", "org:UN", False, A, N, False)],
      "Gambia (2019); 'My delegation welcomes the Secretary-General's reform proposals on restructuring the peace "
      "and security pillar ...' = a welcome (guideline: 051) of the Secretary-General's proposals -> org:UN (held-out "
      "44/45: supporting the Secretary-General 051 to org:UN); borderline not coded as a UN reform position "
      "(README: support for UN reform not coded), but the welcome names an actor's proposals"),
 22: ([], "Malaysia (2011): 'The World Bank has warned that we are about to enter a danger zone' = a warning about "
          "economic harm (held-out 48/49: 'issues a warning' about economic harm is not a threat), a statement (01x), "
          "not coded"),
 23: ([], "Moldova (2008): a fragment cut by the splitter, 'Union Border Assistance Mission to Moldova and'; the "
          "mission's cooperation lies after the cut (held-out 62-73: fragments whose act lies outside the sentence)"),
 24: ([("struggle", "140", "PSE/CVL", "ISR/GOV", False, A, N, True),
       ("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("oppression", "175", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Sudan (1990); 'requires the international community to respect that struggle against occupation, injustice "
      "and oppression' = a deontic on an uncoded collective whose Y (respect) is an attitude, not coded; 'that "
      "struggle' = the Palestinian intifada of the preceding sentence (the Palestinian people) -> nominal political "
      "dissent 140 (held-out 16/17: political dissent 140; borderline 141, or not coded as anaphoric), PSE/CVL -> "
      "ISR/GOV; 'occupation' and 'oppression' = Israel's occupation and repression, agent plain from the text around "
      "it ('the defence of Israel' before, 'oppressive Israeli practices' after; held-out 48/49: event nouns whose "
      "agent is plain from the surrounding text are coded) -> nominal 192 ISR/GOV -> PSE (the occupied territory) "
      "and nominal repression 175 ISR/GOV -> PSE/CVL; 'injustice' is no act"),
 25: ([], "Norway (1993): 'science and knowledge can be the only basis for sound and lasting cooperation in this "
          "field' = an evaluation, no actor"),
 26: ([("a determination to further", "030", "TUN/GOV", "org:EU", False, A, N, True)],
      "Tunisia (2005); 'Tunisia is entering a new phase in its relations with the European Union, a phase marked by a "
      "determination to further promote, develop and enlarge the scope of partnership with that Union' = an intent "
      "stated as a fact (guideline: 03x asserted; held-out 46/47: commitments stated as facts asserted 03x) -> intent "
      "to cooperate 030, nominal, to org:EU; the existing partnership is the object of the intent, not coded "
      "separately (borderline a nominal 050 TUN/GOV -> org:EU); the Barcelona principles 'adopted' are agentless"),
 27: ([("in its efforts to", "036", "PRK/GOV", "USA/GOV", False, A, N, True)],
      "DPRK (2013); 'remains consistent in its stance and in its efforts to put an end to the tensions on the Korean "
      "peninsula by peaceful means through dialogue and negotiations' = a commitment to negotiate stated as a fact "
      "(guideline: 03x asserted) -> intent to meet or negotiate 036, nominal ('efforts'), the counterpart the United "
      "States, whose 'hostile policy' is the subject of the preceding sentences -> USA/GOV (borderline KOR/GOV as "
      "well, or target null); borderline not coded as a stance; 'contribute to ensuring peace' is the purpose"),
 28: ([("condemnation", "111", "LBR/GOV", N, False, A, N, False),
       ("barbaric killings", "1823", N, "org:AU", False, A, N, True)],
      "Liberia (2009); 'Liberia ... registers its strong condemnation of the recent barbaric killings of 17 African "
      "Union peacekeepers in Somalia' = the speaker's condemnation (guideline: 111), a noun inside a performative "
      "('registers its ... condemnation', a light verb with the act noun) -> not nominal (as held-out 76 row 54's 'extend my sincere congratulations'), the perpetrators unnamed in the document -> target null (held-out "
      "44/45: condemning attacks by unnamed perpetrators 111 with no target); the killings = the 17 September 2009 "
      "attack on the AMISOM base, an agentless event noun -> 1823 with no source (guideline: killings of individuals "
      "1823; borderline 1831 for the suicide car bombs, not named here, or SOM/REB as source), the AU peacekeepers -> "
      "org:AU (held-out 28/29: ECOMOG's peacekeeping is org:ECOWAS); 'as a beneficiary of peacekeeping operations' "
      "is a status (borderline a nominal 074 org:UN -> LBR/GOV)"),
 29: ([], "Lao PDR (1999): 'here in the United Nations, we extol the principles of the non-use or threat of use of "
          "force ... and of non-interference' = 'we' meaning all Member States (held-out 42/43), abstract principles; "
          "no act"),
 30: ([("we appeal to", "103", "SWZ/GOV", N, False, A, N, False)],
      "Swaziland (2005); 'we appeal to the international community to increase its support for the African Union, "
      "so as to enhance its capacity and response mechanism' = a request (guideline: appeal -> 10x) whose Y is "
      "support for the AU's capacity -> demand aid 103 (borderline 1034 for peacekeeping capacity, or 1031), the "
      "addressee an uncoded collective -> target null; Y is not coded separately (guideline)"),
 31: ([("illegal occupation of Palestine", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("savage repression", "175", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Comoros (2019); 'Let me say that the illegal occupation of Palestine and the savage repression of the "
      "Palestinian people are fuelling extremism' = event nouns whose agent is plain from the text around it (the "
      "following sentence: Israel; held-out 48/49) -> nominal 192 ISR/GOV -> PSE (guideline: occupy 192) and nominal "
      "repression 175 ISR/GOV -> PSE/CVL; 'Let me say' is the speaker's own statement; 'fuelling extremism' is an "
      "effect, not an act"),
 32: ([], "Malaysia (1992): 'There are opportunities to develop a new era of international cooperation' = an "
          "evaluation, no actor"),
 33: ([("reiterates its support", "051", "SWZ/GOV", "org:UN", False, A, N, False),
       ("under the auspices of the United Nations", "045", "org:UN", "MAR/GOV", False, A, N, True)],
      "Swaziland (2009); 'reiterates its support for the efforts deployed by the international community under the "
      "auspices of the United Nations towards a political solution to the issue of Western Sahara' = verbal support "
      "(guideline: 051) for UN-led efforts -> org:UN (held-out 44/45: supporting a UN plan 051 to org:UN; borderline "
      "to the parties); 'under the auspices of the United Nations' = UN mediation of the Western Sahara talks -> "
      "nominal 045 (held-out 76 row 29; held-out 32/33: UN mediation of talks a nominal 045 to each party), to the "
      "parties the document names -> Morocco only (following sentence; the Polisario Front is not named) -> "
      "MAR/GOV; borderline not coded, the parties not being named in the sentence"),
 34: ([], "Belarus (2007): the sentence starts at 'Organization, the United Nations, to begin looking for ways' (the "
          "splitter cut after 'it is time for our common'); an abstract deontic on the UN's approach to the energy "
          "problem, no act between actors"),
 35: ([], "Lithuania (2002): 'We wish you, Sir, as incoming President, a year of constructive dialogue and fruitful "
          "cooperation' = well-wishing to the President of the General Assembly (README: well-wishing not coded)"),
 36: ([("sincere congratulations", "051", "TUV/GOV", "org:UNGA", False, A, N, False),
       ("assure you of our full cooperation", "030", "TUV/GOV", "org:UNGA", False, A, N, False)],
      "Tuvalu (2004); 'We also extend our sincere congratulations to you, Mr. President, on your election' = a "
      "congratulation of the President of the General Assembly -> 051 to org:UNGA (held-out 44/45: commending the "
      "Assembly President's election 051 to org:UNGA), the noun inside the performative light verb 'extend' -> "
      "not nominal (as held-out 76 row 54; borderline nominal); 'and assure you of our full cooperation' -> 030 to org:UNGA (held-out 48/49: "
      "assuring the Assembly President of cooperation 030 to org:UNGA)"),
 37: ([("we once again appeal", "1054", "LBR/GOV", "org:UNSC", False, A, N, False),
       ("the sanctions", "163", "org:UNSC", "LBR/GOV", False, A, N, True)],
      "Liberia (2004); 'we once again appeal to the Security Council to lift the sanctions' = a request (guideline: "
      "appeal -> 10x) whose Y is lifting the UN sanctions (timber, diamonds) -> demand easing of economic sanctions "
      "1054, to org:UNSC; the sanctions themselves, whose agent is the addressee -> nominal 163 org:UNSC -> LBR/GOV "
      "(held-out 28/29: 'urges Israel to lift its blockade' 1056 and the blockade a nominal 191; borderline bare LBR); "
      "creating jobs is the purpose"),
 38: ([("hosted one of the largest gatherings", "043", "BLZ/GOV", N, False, A, N, False)],
      "Belize (2014); 'our Special Envoy who, just a few days ago, hosted one of the largest gatherings of First "
      "Ladies and Spouses of Heads of State and Government ... here at the United Nations' = the Prime Minister's "
      "wife as the Government's Special Envoy for Women and Children -> BLZ/GOV (borderline BLZ/CVL), hosting -> 043 "
      "(guideline), the spouses an uncoded group -> target null (held-out 28/29: conferences hosted with no target); "
      "'We take this opportunity also to applaud the efforts of our Special Envoy' = praise of the speaker's own "
      "official, no distinct counterpart, not coded (borderline 051 BLZ/GOV -> BLZ/GOV)"),
 39: ([("shown a spirit of cooperation", "030", "IDN/GOV", "org:UN", False, A, N, False)],
      "Portugal (2000); 'The new democratic Government of Indonesia has, in general, shown a spirit of cooperation' = "
      "an expressed willingness to cooperate on East Timor and the West Timor militias -> 030 asserted, the "
      "counterpart the United Nations (the Security Council mission and UNTAET of the preceding and following text) "
      "-> org:UN (borderline target null, or PRT/GOV; borderline not coded as an evaluation)"),
 40: ([("welcomes and supports", "051", "BFA/GOV", "DZA/GOV", False, A, N, False),
       ("the efforts", "045", "DZA/GOV", "MLI/GOV", False, A, N, True),
       ("the efforts", "045", "DZA/GOV", "MLI/REB", False, A, N, True),
       ("signed in Ouagadougou", "057", "MLI/GOV", "MLI/REB", False, A, N, False)],
      "Burkina Faso (2014); 'Burkina Faso welcomes and supports the efforts of ... Algeria in the search for a lasting "
      "peace solution' = one 051 (welcome and support one act) to DZA/GOV; Algeria's efforts = its mediation of the "
      "inter-Malian talks (the Algiers process) -> nominal 045 to each party (held-out 54-61: a facilitation or "
      "mediation a nominal 045 to each party), the Malian Government and the armed groups, not named in the document "
      "-> MLI/REB (held-out 34/35: unnamed outlaw groups are the country's REB); 'the Preliminary Agreement signed in "
      "Ouagadougou on 18 June 2013' = an agreement concluded between the same parties -> 057 (guideline), from the "
      "first party MLI/GOV, a participle -> not nominal; Ouagadougou is a place (Burkina Faso's own mediation is "
      "not stated here); borderline the 045s not coded, 'efforts' not naming mediation"),
 41: ([("chemical attacks", "2041", N, "SYR", False, A, N, True)],
      "Finland (2014); 'The international community showed determination last autumn after the chemical attacks in "
      "Syria' = the August 2013 Ghouta attacks, an agentless event noun (the document does not name the agent) -> "
      "use of chemical weapons 2041 with no source (held-out 54-61: an agentless attack coded with no source per victim "
      "country), the country -> bare SYR (borderline SYR/CVL); 'The international community showed determination' "
      "is an uncoded collective's attitude, not coded"),
 42: ([], "Benin (2001): the goals of the Zone of Peace and Cooperation of the South Atlantic, to protect coastal "
          "States from the dangers of nuclear weapons and create a zone of peace = purposes of an uncoded body; "
          "'dangers' are a figurative threat; no act"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Ethiopia (2005): 'We in Ethiopia have been doing our level best in that regard' = domestic efforts, no "
          "counterpart"),
 44: ([], "Costa Rica (2000): the programme 'Communications without frontiers' providing free e-mail to the "
          "population = a domestic programme, no act between actors"),
 45: ([], "Romania (2006): 'it can also be a sin if all we do is generate additional meetings and documents' = a "
          "generic conditional about UN bodies, 'we' meaning all Member States; no act"),
 46: ([], "Barbados (2003): a fragment cut by the splitter, 'Despite a commitment made by all States at' [Monterrey]; "
          "a commitment of all States, the speaker's included (held-out 42/43: 'we' meaning all states), no "
          "counterpart; not coded"),
 47: ([], "Bulgaria (1994): 'It is desirable that this division be overcome' = an optative about Europe's security "
          "zones, no actor"),
 48: ([], "Gambia (2017): 'let me take this opportunity to reaffirm The Gambia's firm commitment to the Charter of "
          "the United Nations' = a commitment to the Charter, an abstract policy position (held-out 76 row 45; "
          "borderline 030 GMB/GOV -> org:UN)"),
 49: ([], "Azerbaijan (2009): 'the United Nations has to be stronger and capable of engaging' = a belief about UN "
          "reform (README: UN reform positions uncoded), no act"),
 50: ([("interaction with the European Union", "050", "RUS/GOV", "org:EU", False, A, N, True)],
      "Russian Federation (2003); 'We consider the development of our interaction with the European Union ... to be "
      "important' = a cooperation noun naming its parties -> nominal 050 RUS/GOV -> org:EU (held-out 10/11: 'the "
      "importance of continuing cooperation with X' a nominal 050); borderline 030 future for the development, or "
      "not coded as an evaluation"),
 51: ([], "Peru (1993): the Peruvian people asking themselves why they had not reached a dignified level of "
          "existence = a description; 'the consequences of colonialism' names no actor; no act"),
 52: ([], "Japan (1999): a fragment cut by the splitter, 'The promotion of the implementation of the' [Copenhagen "
          "Declaration]; no act"),
 53: ([], "Vanuatu (1990): 'our concerns ... are often neglected or even forgotten' = agentless, a description"),
 54: ([], "San Marino (2012): the sentence starts at 'Assembly's agenda' (the splitter cut inside 'the General "
          "Assembly's agenda'); the outgoing President's work, 'laying foundations for solutions' and 'working to "
          "strengthen the global governance architecture', are no acts between actors; the gratitude lies before "
          "the cut (held-out 62-73: fragments whose act lies outside the sentence)"),
 55: ([], "Lithuania (2013): 'power games still exist' = an evaluation, no actor"),
 56: ([], "El Salvador (2002): a fragment cut by the splitter, 'Rights of All Migrant Workers and Members of Their'; "
          "the ratification lies before the cut (held-out 62-73: fragments whose act lies outside the sentence)"),
}
