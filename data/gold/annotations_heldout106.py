"""Hand annotations for the HUNDRED-AND-SIXTH held-out event gold set (source of events-heldout106.jsonl).

Keyed by the row index of selection-heldout106.jsonl (output of select_bulk_heldout.py 106; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout106.jsonl \
        --annotations annotations_heldout106 --output events-heldout106.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("remind the United Nations", "1056", "ERI/GOV", "org:UN", False, A, N, False),
      ("occupation", "192", "ETH/GOV", "ERI", False, A, N, True)],
     "Eritrea (2011); 'I would be remiss in my duty if I did not remind the United Nations of its responsibility to "
     "... take urgent action to end Ethiopia's occupation of sovereign Eritrean territory' = the speaker's own "
     "request, asserted (README: 'I would be remiss if I did not ... without condemning' an asserted 111; held-out "
     "54-61: 'I would be remiss if I failed to echo the call' an asserted request; the 'if I did not' is no "
     "negation of the act), addressed to org:UN (borderline org:UNSC, whose resolutions are named), Y = ending the "
     "occupation, a military withdrawal -> demand de-escalation 1056 (README: 'urges Israel to lift its blockade' "
     "1056; borderline 105); borderline not coded as a reminder (01x); upholding the Charter and resolutions is "
     "compliance, not coded; 'Ethiopia's occupation' = an event noun with its agent in the sentence -> nominal 192 "
     "(guideline: occupy 192) ETH/GOV -> bare ERI (guideline: the country as target of an invasion)"),
 1: ([], "Romania (2005): 'They will not be able to do so without close cooperation' = 'they' are the States of the "
         "region of the preceding sentence (the Black Sea and frozen-conflict areas, an uncoded collective), "
         "cooperation among themselves with no coded party, null-null, not coded (README: acts between uncoded "
         "collectives left uncoded); 'will not be able' negates a capacity, not an event"),
 2: ([], "Guyana (1998): 'It is impossible to guarantee ... that nuclear weapons will not be used' = an agentless, "
         "generic risk with no actor (borderline a negated hypothetical nuclear attack with no source and no "
         "target, not coded as it names nobody)"),
 3: ([("warmly welcomed", "051", "TLS/OPP", "TLS/GOV", False, A, N, False),
      ("did not happen", "051", "TLS/OPP", "TLS/GOV", True, A, N, False)],
     "Timor-Leste (2007; the speaker is President Ramos-Horta, the election's winner); 'the result of the "
     "presidential election was warmly welcomed by all, including the defeated candidate' = a passive welcome with "
     "its agent named -> 051 (guideline: welcome 051), 'all' an uncoded collective dropped (guideline compound "
     "rule), the defeated candidate Lu-Olo of FRETILIN, 'the former ruling party' in opposition on the speech's "
     "date (following text) -> TLS/OPP (borderline TLS/LEG, the outgoing Speaker of Parliament); the result = the "
     "president-elect, the incoming government (README: a president-elect is the incoming government) -> TLS/GOV "
     "(borderline bare TLS, a development inside the country); 'the same did not happen when a new Government was "
     "announced' = the new (AMP) Government was not welcomed by all, the party that did not welcome it being "
     "FRETILIN, excluded from the coalition (following text) -> a negated 051 TLS/OPP -> TLS/GOV (guideline: "
     "plain negation keeps the event's code; borderline source null for 'all', or a 120 rejection); the "
     "announcement itself is an agentless passive, not coded"),
 4: ([("his decisive support", "070", "org:UN", "TLS/CVL", False, A, N, True),
      ("whom we honour", "051", "TLS/GOV", "SWE/CVL", False, A, N, False)],
     "Timor-Leste (2006); 'Our people will never forget his decisive support' = Kofi Annan's support for the "
     "independence of Timor-Leste (preceding sentence: 'his decisive contribution to the independence and liberation "
     "of my country') -> a support noun with its agent in the sentence, nominal 070 (borderline 051 verbal "
     "support), the Secretary-General -> org:UN (README: office held at the time), given in 1999 to the people of "
     "East Timor before statehood -> TLS/CVL (borderline bare TLS); 'will never forget' is gratitude, not a negated "
     "event, and a sentiment, not coded (README: sentiments not coded); 'we wish much success to him and to Mrs. "
     "Nane Annan' is well-wishing, not coded; 'whom we honour for her contribution ... and for the compassion' = "
     "praise, as 'pay tribute to' -> 051 (README) TLS/GOV -> Nane Annan, a private person of Swedish nationality -> "
     "SWE/CVL (borderline not coded as well-wishing)"),
 5: ([("supported", "070", "IRQ/GOV", "IRQ/MIL", False, A, N, False),
      ("kill", "1823", N, "IRQ/CVL", False, A, N, False)],
     "Iraq (2015); 'the popular mobilization forces in Iraq are a legitimate organization that is supported by the "
     "Iraqi State' = a passive with its agent named -> support 070 (README: 'Belgrade supports' 070; borderline 051), "
     "the state-backed paramilitary Popular Mobilization Forces -> IRQ/MIL (guideline: pro-government militia, as "
     "the Janjaweed SDN/MIL; borderline IRQ/REB); 'ISIS and associated entities ... kill anyone who happens to think "
     "differently' = habitual killings by a group with no code (README: ISIS has no code) -> source null, killings "
     "of individuals 1823 (guideline; borderline 202 mass killing, or 180 unspecified violence), the victims in "
     "Iraq's speech -> IRQ/CVL (borderline target null, 'anyone'); 'do not respect the State or the law' is an "
     "evaluation, not a negated event"),
 6: ([("never wavered", "051", "org:EU", "LSO/GOV", False, A, N, False),
      ("never wavered", "051", "org:SADC", "LSO/GOV", False, A, N, False)],
     "Lesotho (1994); 'The member States of the European Union and the Southern African Development Community "
     "(SADC) never wavered in their support for democracy in Lesotho' = 'never wavered in our support' is an "
     "asserted 051 (README), not a negation; the member States of the two bodies -> org:EU and org:SADC, one event "
     "per actor (guideline compound rule; borderline each member state, but the document names only some of "
     "them); support for democracy during the August 1994 constitutional crisis = support of the elected "
     "government ('supporting my Government and my people in their struggle', preceding text) -> LSO/GOV "
     "(borderline 070 material support)"),
 7: ([], "Syria (2014): 'the regional States that continue to provide all kinds of support to those terrorist "
         "groups' = support by States the speech does not name to ISIL, the Nusra Front and other Al-Qaida affiliates "
         "(groups with no code, README) -> null-null, not coded (README: acts between uncoded groups; borderline a "
         "070 null -> null); 'we have not seen any real sense of fear' is a perception, not a negated event; 'to "
         "work for the implementation of the resolution' is compliance, not coded"),
 # --- UNGDC 1990-2019 random: future
 8: ([("will continue to support", "070", N, "COM/GOV", False, F, N, False)],
     "Comoros (2006); 'I remain convinced that the entire international community will continue to support the "
     "Comoros to help it complete national reconciliation' = support expected from an uncoded collective -> 070 "
     "future with no source to the speaker's government (README 54-61: a support or aid expected from uncoded "
     "parties is a future 070 with no source, one per recipient named); borderline not coded as an optative hope "
     "about others' aid (README: 'we count on' not coded), but 'remain convinced' states a confident expectation; "
     "'continue' presupposes the past support, not coded separately"),
 9: ([], "Greece (2009): 'Copenhagen will be the litmus test of our commitment to an ambitious ... climate change "
         "agreement' = Copenhagen is the conference's place (not a metonym), 'our' meaning all states (README: not "
         "coded), an evaluation"),
 10: ([], "Palau (2018): visitors to the islands being treated to a sustainable way of life = a description, no act"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Kyrgyzstan (2008): 'Particular attention should consistently be given to issues of law and order' = an "
          "agentless deontic about domestic policy, no codable behaviour"),
 12: ([], "Dominica (2009): 'What has long been pointed out by the scientists has now been confirmed by those whose "
          "unsustainable production has precipitated an Earth crisis' = statements (01x, not coded) by uncoded "
          "scientists and industrialized countries; the crisis 'must be addressed' is an agentless deontic"),
 13: ([], "Bahamas (1992): the world economy improved through international cooperation, 'a principal objective of "
          "the United Nations' = an abstract policy position with no actor (guideline), not coded"),
 14: ([], "Guyana (2002): the situation in the Middle East 'threatens to become a wider conflict' = a figurative "
          "threat, a risk (guideline), no actor"),
 15: ([], "Costa Rica (2003): a fragment cut by the splitter, 'Caribbean country should hold so high a position'; "
          "the welcome ('We particularly welcome the fact that a fraternal') lies before the cut (README: fragments "
          "whose act lies outside the sentence left uncoded); Saint Lucia's holding the presidency is a state, no act"),
 16: ([], "Australia (2002): 'the United Nations must be focused and responsive, and its key organs must function "
          "efficiently' = a UN reform position (README: not coded)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("reiterated", "106", "org:UN", "GBR/GOV", False, A, N, False),
       ("reiterated", "106", "org:UN", "ARG/GOV", False, A, N, False),
       ("That appeal", "106", "ARG/GOV", "GBR/GOV", False, A, N, True)],
      "Ecuador (2012); 'That appeal' = Argentina's call for 'renewed direct negotiations with the United Kingdom' "
      "over the Malvinas (preceding sentence) -> a request noun whose author is plain from the sentence before "
      "(README 48/49: event nouns with the agent from the text around coded; echoed appeals: a nominal request of "
      "its author) -> nominal 106 ARG/GOV -> GBR/GOV; 'has been reiterated in several resolutions of the relevant "
      "United Nations bodies' = the echoing bodies' own request (README: an echoed appeal is the echoer's request) "
      "-> 106 (guideline: negotiations 106) from the unnamed UN bodies -> org:UN (borderline org:UNGA, the "
      "Assembly and its Special Committee on Decolonization), one per party the resolutions address (both "
      "governments; borderline GBR/GOV only, the party Argentina's call is aimed at)"),
 18: ([("appealed", "1032", "LSO/GOV", "BWA/GOV", False, A, N, False),
       ("appealed", "1032", "LSO/GOV", "MOZ/GOV", False, A, N, False),
       ("appealed", "1032", "LSO/GOV", "ZAF/GOV", False, A, N, False),
       ("appealed", "1032", "LSO/GOV", "ZWE/GOV", False, A, N, False)],
      "Lesotho (1998); 'the Lesotho Prime Minister appealed to the Presidents of' = a fragment cut by the splitter; "
      "the object is completed by the following text, 'Botswana, Mozambique, South Africa and Zimbabwe for military "
      "assistance to restore law and order' (README 44/45: a part cut off by the splitter is taken from the "
      "context) -> a request (guideline: appeal -> 10x) for military aid 1032, one per addressee (guideline "
      "compound rule), the Prime Minister (Mosisili) -> LSO/GOV, the Presidents -> their governments; the military "
      "assistance itself is Y, not coded separately (guideline); borderline not coded, the addressees lying "
      "outside the sentence's bytes"),
 19: ([("We reject", "120", "IRQ/GOV", N, False, A, N, False)],
      "Iraq (2017); 'We reject all international policies that run counter to the two-State solution or undermine "
      "initiatives' = an explicit rejection (guideline: REJECT 12x) of policies whose authors the speech does not "
      "name -> 120 with no target (README 46/47: 'We utterly reject attacks' by unnamed agents 120 with no target; "
      "borderline ISR/GOV or USA/GOV from world knowledge); 'initiatives that could resolve the question' are "
      "agentless and hypothetical"),
 20: ([("occupation", "192", N, "ERI", False, A, N, True)],
      "Eritrea (2009); 'I have therefore chosen not to address ... Eritrea's specific problem of the illegal "
      "occupation of sovereign Eritrean territory' = choosing not to speak about it is a speech act, not a negated "
      "event; the occupation = an event noun whose occupier this speech never names (Ethiopia appears nowhere in "
      "the document) -> nominal 192 with no source (README 62-73: wars whose agent the speech never names have no "
      "source; borderline ETH/GOV from world knowledge, as the 2011 speech names it, or not coded as an agentless "
      "noun), target the country -> bare ERI (guideline); 'awaiting responsible and urgent action' is an agentless "
      "hope about UN action, not coded"),
 21: ([], "Rwanda (2017): 'Those are signs of an Organization that is both relevant and ... effective' = an "
          "evaluation of the United Nations; the UN's aid lies in the preceding sentences, not in this one"),
 22: ([("participated", "040", "WSM/GOV", N, False, A, N, False)],
      "Samoa (2008); 'Samoa participated in the recent Accra meeting on aid effectiveness' = taking part in the "
      "Third High Level Forum on Aid Effectiveness -> 040 (guideline: meet 040; README: participating in forums "
      "together with a named state is 040 to it), no participant or host named (Accra is a place) -> target null "
      "(held-out 76 row 6: a regional meeting with unnamed partners 040 null; borderline GHA/GOV as host or "
      "org:OECD as organiser); the meeting 'further refined the pathways' is its result, not coded; the Doha "
      "conference is a future meeting of uncoded states, not coded"),
 23: ([("attack", "180", N, "org:UN", False, A, N, True)],
      "Bahrain (2003); 'the evil attack on the United Nations headquarters in Baghdad' = the August 2003 bombing of the "
      "Canal Hotel, whose perpetrators the sentence and the document do not name -> an agentless terrorist attack, "
      "nominal 180 with no source (README 54-61: an agentless terrorist attack is 180 with no source, one per "
      "victim; borderline 1832 vehicular bombing from world knowledge), target the Organization -> org:UN; Baghdad "
      "is a place; 'lost their lives' (Sergio Vieira de Mello and others) is the attack's result, coded once with "
      "the attack (borderline a separate agentless 1823 to org:UN); 'we have witnessed' is no act"),
 24: ([], "Kenya (1996): armed conflicts in Africa 'resulting in a serious threat to security' = a threat as a risk "
          "(guideline), agentless conflicts in unnamed countries; not coded"),
 25: ([("Tunisia’s determination to continue working", "030", "TUN/GOV", N, False, A, N, True)],
      "Tunisia (2019); 'we emphasize Tunisia's determination to continue working, in cooperation and coordination with "
      "all fraternal and friendly countries' = a commitment stated as a fact -> 03x asserted (README 46/47: "
      "commitments stated as facts asserted 03x), cooperation in general -> 030, nominal, the partners an uncoded "
      "collective -> target null (borderline not coded as an abstract policy position, or org:UN for 'the "
      "objectives of the United Nations')"),
 26: ([], "Ghana (2003): 'How can sub-Saharan Africa ... be condemned to such a fate?' = 'condemned' is figurative "
          "(fated), not a disapproval act; a rhetorical question with no actor"),
 27: ([], "Sao Tome and Principe (2006): 'successes in aid programmes ... victories over smallpox' = agentless aid "
          "programmes described generically, no named donor or recipient (borderline a nominal 073 null -> null)"),
 28: ([("we proposed to establish and host", "036", "DJI/GOV", N, False, A, N, False)],
      "Djibouti (2015); 'we proposed to establish and host in Djibouti a regional environmental observatory' = an "
      "offer to host stated as a fact -> 036 asserted (README 52/53: 'offered to host' 036; guideline: an intent "
      "verb stated as a fact gives 03x asserted), the regional partners unnamed -> target null (borderline 030 "
      "for a cooperation offer, or 043 as hosting an institution)"),
 29: ([], "Lao PDR (2008): 'As widely expressed at the high-level event' = statements (01x) by uncoded speakers; "
          "'the lack of effective implementation ... remains of deep concern' = concern (01x), agentless; not coded"),
 30: ([], "Guinea (2011): 'I wish to reaffirm the joint African position agreed at Ezulwini for fairer "
          "representation on the Security Council' = a Security Council reform position (README: UN reform "
          "positions left uncoded); the Ezulwini Consensus agreed among the AU's members is not coded separately "
          "(borderline a nominal 057 org:AU with no target)"),
 31: ([], "Slovenia (2019): 'We sincerely hope to obtain further support' = an optative hope about support from "
          "uncoded states (README 32/33: hopes about others' aid are optative, not coded); 'the treaty negotiations, "
          "which begin next spring' = an agentless future negotiation among the initiative's uncoded supporters "
          "(borderline a nominal 036 future SVN/GOV -> null)"),
 32: ([], "El Salvador (2017): 'agreements are urgently needed' in the fiscal area = an agentless deontic about "
          "domestic political agreements whose parties are not named (borderline a demanded 057 among the "
          "Salvadoran parties)"),
 33: ([("We condemn", "111", "LBY/GOV", N, False, A, N, False),
       ("terrorist acts", "180", N, "SYR/CVL", False, A, N, True),
       ("support", "051", "LBY/GOV", N, False, A, N, False)],
      "Libya (2018); 'We condemn all brutal terrorist acts committed against the Syrian people' = condemnation of "
      "attacks by unnamed perpetrators -> the speaker's 111 with no target (README 48/49); the acts themselves = "
      "agentless terrorist violence -> nominal 180 with no source to the victims -> SYR/CVL (README 54-61: an "
      "agentless terrorist attack 180 with no source, one per victim); 'support all international efforts aimed at "
      "finding a peaceful solution' = verbal support of efforts whose authors are unnamed -> 051 with target null "
      "(held-out 76 row 27: 'We commend and support all efforts' 051 null; borderline not coded as an abstract "
      "position); 'would avoid dismantling and partitioning the country' is hypothetical and agentless"),
 34: ([], "Montenegro (2007): 'Good-neighbourly relations and regional cooperation ... form the basis of "
          "Montenegro's foreign policy' = a description of policy with no named partner (guideline: abstract policy "
          "positions not coded; borderline a nominal 050 MNE/GOV -> null)"),
 35: ([], "Nigeria (2007): 'African leaders at the Assembly ... of the African Union, which met in Addis Ababa last "
          "January, decided to integrate climate change issues into all sustainable development initiatives' = a "
          "summit of one organisation's members, all African states including the speaker's, with no counterpart "
          "(held-out 77 row 33: the Paris CSCE summit of all participating States left uncoded; borderline 040 "
          "org:AU with no target), and a decision on their own domestic and regional policy, no act between actors"),
 36: ([], "Kyrgyzstan (1996): 'regional alliances ... are actively cooperating with one another' = cooperation among "
          "unnamed, uncoded groups (README: acts between uncoded groups left uncoded)"),
 37: ([("appreciation", "051", "ETH/GOV", N, False, A, N, False),
       ("responded", "073", N, "ETH/CVL", False, A, N, False)],
      "Ethiopia (2003); 'sincere appreciation for all those who have responded with generous support' = thanks "
      "(guideline: thank 051) to an uncoded collective of donors -> 051 with target null (README: thanks that "
      "include a group without a code has target null); the donors' support 'to assist the people of Ethiopia to "
      "overcome the consequences of a devastating ... drought' -> drought relief, humanitarian aid 073 (borderline "
      "070), source null (uncoded donors), to the people -> ETH/CVL; 'responded' to the appeal is the aid itself, "
      "coded once (borderline a separate 030)"),
 38: ([("express our solidarity", "051", "STP/GOV", "MOZ/CVL", False, A, N, False),
       ("our encouragement", "107", "STP/GOV", "MOZ/GOV", False, A, N, False),
       ("our encouragement", "107", "STP/GOV", "MOZ/REB", False, A, N, False)],
      "Sao Tome and Principe (1992); 'We would like to express our solidarity with the Peoples of Mozambique' = an "
      "expression of support in wartime -> 051 (guideline: 'express support' 051; README: 'stand with' 051; "
      "borderline 01x, as solidarity after a natural disaster is condolence) -> MOZ/CVL; 'would like to' "
      "performative -> asserted; 'our encouragement to the parties involved to persevere on the path of a peaceful "
      "solution' = an appeal to the parties -> a request 10x (guideline), Y = settling the conflict -> 107 "
      "(borderline 1056 for the cease-fire, or 051 as praise), the parties = the Government of Mozambique and "
      "RENAMO, named in the sentence before (guideline: missing participant from context), RENAMO an armed "
      "insurgency in 1992 -> MOZ/REB, one event per party"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Panama (2009): 'I was elected to the presidency with an unprecedented mandate' = a domestic election, an "
          "agentless passive, no act between actors"),
 40: ([], "Italy (1995): a fragment cut by the splitter, 'Minister for Foreign Affairs of Spain in his capacity as'; "
          "the support verb ('Italy fully supports the statement made by the') lies before the cut (README: "
          "fragments whose act lies outside the sentence left uncoded)"),
 41: ([], "Lao PDR (2015): 'the First Review Conference to the Convention on Cluster Munitions was held in Croatia' = "
          "an agentless passive, Croatia the venue (a place), the States Parties uncoded (borderline 043 HRV/GOV as "
          "host with no target); taking stock of implementation is no act between actors"),
 42: ([], "Swaziland (2001): 'Our position on this important issue remains unchanged' = the position on the Republic "
          "of China's readmittance to the UN (preceding sentence), a UN membership position (README: not coded)"),
 43: ([], "Switzerland (2015): 'What we require is a strong United Nations' = a reform position, no act"),
 44: ([], "Algeria (2010): 'Your character ... will surely contribute to the management and success of our work' = an "
          "evaluation of the President of the Assembly (README: evaluations are not praise acts); the congratulation "
          "lies in the preceding sentence"),
 45: ([], "New Zealand (1997): a fragment cut by the splitter after 'at the fiftieth anniversary of the'; 'world "
          "leaders undertook to give the twenty-first century an Organization equipped, financed and structured' = a "
          "commitment of all states (an uncoded collective including the speaker's) on UN reform (README: reform "
          "positions and 'we' meaning all states not coded; borderline 030 null -> org:UN)"),
 46: ([], "Poland (2003): development 'thwarted by bad governance and violent internal conflicts' that result in "
          "'massive abuses of human rights' = generic descriptions of unnamed regions, no actor"),
 47: ([("congratulations", "051", "MDV/GOV", "org:UNGA", False, A, N, False)],
      "Maldives (2018); 'I wish to convey my delegation's congratulations to you, Madam President, on your election as "
      "President of the General Assembly' = a performative congratulation (README 6: 'congratulated' 051) -> 051 "
      "asserted to org:UNGA (README 48/49: commending the Assembly President's election 051 to org:UNGA); the "
      "election itself is agentless"),
 48: ([("offers the use of its territory", "030", "KGZ/GOV", N, False, A, N, False)],
      "Kyrgyzstan (2005); 'Kyrgyzstan offers the use of its territory as a pilot area for the prevention and "
      "mitigation of such natural disasters' = an offer of cooperation stated as a fact -> 03x asserted (guideline; "
      "README 52/53: 'offered to host' 036), general cooperation -> 030 (borderline 036), for the disaster-"
      "preparedness initiatives of the international community with a UN coordinating role (preceding text), no "
      "named counterpart -> target null (borderline org:UN)"),
 49: ([], "El Salvador (2006): a fragment cut by the splitter, 'Foreign Minister of El Salvador at the High-level'; "
          "the reaffirming verb lies before the cut and the statement is a speech act (01x); not coded"),
 50: ([], "Yugoslavia (2001): 'the victory of democratic forces in Yugoslavia last year' = the 2000 electoral victory "
          "over Milosevic, a domestic election, not an act between actors (borderline a nominal 1411 of YUG/OPP "
          "against YUG/GOV for the October 2000 uprising)"),
 51: ([], "Italy (2008): market instability widening the gap between rich and poor = a description, no actor"),
 52: ([], "Central African Republic (1991): 'it is imperative to give higher priority to the search for a compromise "
          "on the question of debt ... of creditors and debtors' = an agentless deontic between uncoded collectives, "
          "null-null, not coded (borderline a demanded 107 null -> null)"),
}
