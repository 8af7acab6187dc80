"""Hand annotations for the FORTY-FOURTH held-out event gold set (source of events-heldout44.jsonl).

Keyed by the row index of selection-heldout44.jsonl (output of select_bulk_heldout.py 44; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout44.jsonl \
        --annotations annotations_heldout44 --output events-heldout44.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Madagascar (1998): 'which has never deviated from its commitment to disarmament' = 'never' bears on "
         "deviating from a commitment, an attitude, not an event negation (guideline 'never ceased to demand'); "
         "'a signatory of a number of international Conventions' = a standing status, the conventions unnamed "
         "(borderline 057 MDG/GOV -> null, held-out 26 row 29's signing with no named counterpart); 'is gratified at "
         "the prospects of the negotiation of a cut-off treaty' = an attitude toward a future negotiation of the "
         "Conference on Disarmament's members (an uncoded collective), not coded; Geneva is a venue; the welcome of "
         "the Non-Aligned Movement's call lies in the following text"),
 1: ([("has flooded the streets", "1414", "GTM/CVL", "GTM/GOV", False, A, N, False)],
     "Guatemala (2015), quoting its own statement at the 2030 Agenda Summit ('As we stated', preceding text) = the "
     "speaker's own past words -> reported_by null (guideline); 'The invisible Guatemala, made up of indigenous "
     "peoples and peasants' -> GTM/CVL (held-out 42/43: 'The people of Luxembourg' LUX/CVL); 'it has flooded the "
     "streets to warn that the amendment of a few laws is not enough' = the 2015 street protests, a real "
     "demonstration (held-out 38/39: demonstrations a nominal 141), aimed at 'their leaders' -> GTM/GOV, for "
     "reform of the State (following sentence: 'They demand reforms of the State') -> demonstrate for change in "
     "institutions 1414 (borderline 141 or 1411, the protests having also sought the President's resignation); "
     "'has not been satisfied with the resigned approach taken by their leaders' negates an attitude, not an "
     "event; 'marginalized by the system' has no actor"),
 2: ([("have recognized our constitutional name", "054", N, "MKD/GOV", False, A, N, False)],
     "The former Yugoslav Republic of Macedonia (2013); 'the overwhelming majority of countries have recognized our "
     "constitutional name - the Republic of Macedonia - with more than 135 of them being United Nations Members' = "
     "recognition of the state under its constitutional name by an uncoded collective -> 054 with source null "
     "(held-out 38/39: countries that have not recognized Palestine a negated 054 with no source; borderline not "
     "coded as recognition of a name rather than of a state), to the speaker's government; 'most of countries do "
     "not believe that the dispute has a justified basis' = a belief, and 'or if it does they denounce it' a "
     "garbled hypothetical of the same uncoded collective over the dispute that Greece raised (preceding text), "
     "not coded (borderline hypothetical 111 null -> GRC/GOV)"),
 3: ([], "Morocco (1993): the Organization's Charter and structure 'have not evolved sufficiently' and it 'lacks the "
         "financial resources' = descriptions of the UN, no act; 'have not' negates no event"),
 4: ([("did not commit aggression", "190", "PSE/CVL", N, True, A, N, False),
      ("nor did they occupy", "192", "PSE/CVL", N, True, A, N, False)],
     "Palestine (1998); 'This great people' = the Palestinian people (preceding sentence: 'our Palestinian people') "
     "-> PSE/CVL (held-out 42/43: a people -> CVL; borderline bare PSE); 'they did not commit aggression against "
     "anyone' = plain negation of a military act -> 190 negated (guideline: aggression 190), 'anyone' -> target "
     "null; 'nor did they occupy the land of any other people' -> 192 negated (guideline: occupy 192), 'any other "
     "people' -> null; 'did not commit a crime' names no CAMEO act; the aggression and occupation the Palestinians "
     "suffered lie in the following sentences"),
 5: ([("continues to occupy", "192", "ISR/GOV", "PSE", False, A, N, False)],
     "Libya (2016); 'so long as Israel continues to occupy Palestinian territories' = an ongoing occupation "
     "presupposed by 'continues to' -> 192 asserted (guideline), the territories -> bare PSE (held-out 29: the "
     "Gaza Strip -> PSE; held-out 26 row 26); 'establishing settlements' has no specific CAMEO code (held-out 29 "
     "row 18: building settlements not coded; borderline 192) and 'Judaizing the city of Jerusalem' none either "
     "(borderline 175), neither coded; 'Peace ... will not be possible' negates no event"),
 6: ([], "Czech Republic (2014): expectations about the sustainable development goals' impact on policy = abstract, "
         "no actor; 'will not compromise the ability of future generations' negates no event"),
 7: ([], "China (1995): 'China's nuclear weapons therefore do not constitute a threat to any country' = threat as risk "
         "(guideline: 'threat to all of us' not coded), a denial about a capability, not a negated threat act "
         "(borderline negated 138 CHN/GOV -> null); the no-first-use pledge lies in the preceding sentence and the "
         "urging of other nuclear-weapon States in the following one"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("warmly welcomes", "051", "KHM/GOV", "ISR/GOV", False, A, N, False),
      ("warmly welcomes", "051", "KHM/GOV", "PSE/GOV", False, A, N, False),
      ("peace talks", "046", "ISR/GOV", "PSE/GOV", False, A, N, True)],
     "Cambodia (2010); welcoming 'the recent direct peace talks between the Israeli Prime Minister and the Palestinian "
     "President' = praise of a development, 051 to each named party (held-out 8, 30/31; held-out 41 row 8: "
     "welcoming talks), and the talks coded too: a realised negotiation noun naming its parties -> nominal 046 "
     "(held-out 26 row 8), symmetric, from the first-named -> ISR/GOV (Netanyahu) -> PSE/GOV (Abbas); Washington "
     "and Egypt are venues, not metonyms; 'bolstering an atmosphere of trust' is the hoped-for effect"),
 9: ([], "Belgium (1994): 'implementation of the Washington and Cairo agreements' = agreement nouns whose parties are not "
         "named in the sentence (held-out 26 row 30, 27 row 9: Washington part of the agreements' name, not a "
         "metonym); their implementation is agentless; no act"),
 10: ([], "Turkey (2006): 'We are actively engaged in efforts to resolve the problems of the African continent' = an "
          "abstract commitment toward an uncoded region (held-out 43 row 56); 'having established local offices of "
          "the Turkish International Cooperation Agency in Addis Ababa and Khartoum to help coordinate this larger "
          "effort across the African continent' = setting up Turkey's own aid agency's offices, an organisational "
          "step whose beneficiary is the continent (borderline 070 TUR/GOV -> ETH and SDN); Addis Ababa and Khartoum "
          "are places, not metonyms; the WFP's recognition of Turkey as a donor lies in the following text"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Marshall Islands (2017): the late Minister Zackhras 'said that when the Amendment was adopted he would be "
          "proud to call on all Marshallese children' = a reported personal sentiment, no act between actors; the "
          "Kigali Amendment's adoption is agentless, and 'a long night of negotiations' names no parties; the speech "
          "verb is not coded"),
 12: ([], "Greece (1999): Uri Savir (Israeli negotiator) 'has said that peacemaking is a gradual revolution' = a "
          "reported opinion, abstract; Oslo is a place; the page number '33' inside the sentence is an extraction "
          "artefact"),
 13: ([], "Côte d'Ivoire (2006): Kofi Annan 'said that we now face a world whose divisions threaten the very notion of "
          "an international community' = a reported assessment, figurative threat (guideline), no act"),
 14: ([], "Russia (1994): 'according to the Charter, the Security Council bears primary responsibility for supporting "
          "and maintaining world peace' = the Charter's rule, no act ('according to' attributes a rule, held-out 43 "
          "row 12)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Bolivia (2002): efforts against corruption 'will make it possible for Bolivia to overcome' an impediment = "
          "domestic; 'threatens to destroy' is figurative (guideline); the page number '24' inside the sentence is an "
          "extraction artefact"),
 16: ([("will shut down", "163", "ESP/GOV", N, False, F, N, False)],
      "Spain (2003); 'We' in a UN speech -> the speech's government (guideline; the preceding 'We will continue to "
      "work on preparing a list of terrorist organizations'); 'We will shut down the sources of financial support to "
      "terrorists and will prevent their access to weapons of mass destruction' = announced restrictive measures "
      "against terrorists (an uncoded group -> target null; held-out 24/25: entities designated with no nationality "
      "163 with no target) -> sanctions 163 (borderline 170), a conflictual future act keeps its code with modality "
      "future (guideline); cutting financing and barring access to weapons = two measures of the same code and "
      "pair, coded once (held-out 14/15: one sanctions action of several parts coded once; held-out 42 row 27)"),
 17: ([], "Sri Lanka (2000), quoting the Special Representative for Children and Armed Conflict: 'the fighting groups "
          "will tend to reach out to children ... the adults may be killed off' = a generic explanation of child "
          "recruitment by unnamed armed groups (no code), with agentless killings, null-null, not coded; the "
          "Tamil Tigers' recruitment lies in the preceding text"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Congo (2006): 'The international community must not lose patience' = an attitude of an uncoded collective, no "
          "codable Y; the search for peace in African conflicts is agentless"),
 19: ([], "Madagascar (2015): 'The SDGs must not simply be a reference point' = abstract, no actor"),
 20: ([], "Maldives (1992): 'Such pressure should be extended sooner rather than later' = the international community's "
          "'putting its foot down harder in regions where' proliferation exists (preceding sentence), an agentless "
          "deontic over an uncoded collective toward unnamed regions, null-null (borderline demanded 170 null -> "
          "null); 'the recent Gulf crisis' is a noun without an agent"),
 21: ([], "Iceland (2002): 'All measures taken must be in accordance with international law' = an agentless deontic "
          "over counter-terrorism measures, no codable Y"),
 22: ([], "Mongolia (1998): 'It believes that acts of terrorism should be condemned wherever, by whomever and against "
          "whomever they are carried out' = a universal norm that everyone condemn terrorism ('by whomever'), an "
          "agentless deontic over all states with no named target, not coded (borderline 111 MNG/GOV -> null as the "
          "speaker's own disapproval, held-out 37 row 23, where specific bombings were named); Mongolia's "
          "condemnation of the bombings in Kenya, Tanzania and Northern Ireland lies in the preceding sentence"),
 23: ([("should in no way be tolerated", "111", "PRK/GOV", N, False, A, N, False)],
      "DPRK (2001); 'We are strongly of the view that imposing the label of terrorist on countries that advocate "
      "sovereign equality, while violating their sovereignty and inflicting immeasurable pain ... by resorting to "
      "arbitrary armed intervention, sanctions ... should in no way be tolerated' = the speaker's own disapproval in "
      "an agentless passive (held-out 42 row 27: 'cannot be condoned' the speaker's 111; held-out 37 row 23: "
      "'should be ... condemned' 111) -> 111 asserted; the practice's agents are not named in the sentence (the "
      "United States is named earlier in the speech, but not as the agent here) -> target null (borderline "
      "USA/GOV; borderline not coded as a stated view); the labelling, intervention and sanctions are generic, "
      "agentless and targetless ('countries that advocate sovereign equality'), not coded"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "China (2017): 'We see major threats' = risk (guideline); 'an increasing backlash against globalization' has no "
          "agent; no act"),
 25: ([], "Austria (2002): 'Austria looks forward to welcoming new members by 2004' = the enlargement of the European "
          "Union, an admission of members with no CAMEO act (held-out 26 row 40: admission to the UN not coded), "
          "the candidates not named in the sentence (borderline 030 future AUT/GOV -> null); 'the ongoing "
          "negotiating process' lies in the preceding sentence"),
 26: ([("I make an appeal", "1031", "org:OIC", N, False, A, N, False)],
      "Senegal (Wade, 2008); 'as Vice-President of NEPAD and President-in-Office of the Organization of Islamic "
      "Conference (OIC) that I make an appeal' = a head of state speaking in an organisation's role (held-out 36 row "
      "27: Norway as OSCE Chair-in-Office -> org:OSCE; held-out 41 row 8: 'As IGAD' -> org:IGAD) -> org:OIC "
      "(held-out 10/11 code); NEPAD, an AU programme with no code of its own, dropped (held-out 2: a compound of a "
      "coded and an uncoded party) (borderline SEN/GOV, since the appeal concerns Africa rather than the OIC); "
      "appealing 'to all countries' (uncoded -> target null) 'to continue supporting efforts for peace and continue "
      "supporting investment efforts in Africa' = a request (guideline: appeal -> 10x) with several demands, the "
      "most specific taken (held-out 9): investment support -> demand economic aid 1031 (held-out 26 row 31; "
      "borderline 1011 economic cooperation)"),
 27: ([("meeting", "040", "ETH/GOV", "DJI/GOV", False, A, N, True),
       ("meeting", "040", "ETH/GOV", "KEN/GOV", False, A, N, True),
       ("meeting", "040", "ETH/GOV", "SOM/GOV", False, A, N, True),
       ("meeting", "040", "ETH/GOV", "SDN/GOV", False, A, N, True),
       ("meeting", "040", "ETH/GOV", "UGA/GOV", False, A, N, True),
       ("adopted", "057", "ETH/GOV", "DJI/GOV", False, A, N, False),
       ("adopted", "057", "ETH/GOV", "KEN/GOV", False, A, N, False),
       ("adopted", "057", "ETH/GOV", "SOM/GOV", False, A, N, False),
       ("adopted", "057", "ETH/GOV", "SDN/GOV", False, A, N, False),
       ("adopted", "057", "ETH/GOV", "UGA/GOV", False, A, N, False)],
      "Ethiopia (1990); 'the Heads of State and government of the six countries' = Djibouti, Ethiopia, Kenya, Somalia, "
      "Sudan and Uganda, named in the preceding sentence (guideline: a participant from the context); 'In their July "
      "1990 meeting in Addis Ababa' = a meeting noun with its participants named ('their') -> nominal 040, and "
      "'adopted the historic Declaration of Peace, Stability and Development' = a joint declaration concluded -> "
      "057 (held-out 38/39: the two Koreas' summit and joint declaration coded once each); both symmetric among six "
      "parties, coded from the document's own government to each other party (guideline; held-out 24/25: 'the "
      "parties agreed to meet' from the document's government to each other party) -> ETH/GOV -> DJI, KEN, SOM, "
      "SDN, UGA; Addis Ababa is the venue (hosting not stated, borderline 043); the 'thorough analysis' is no act; "
      "the Declaration's commitments lie in the following sentence"),
 28: ([], "Canada (2003): 'multilateral cooperation remains indispensable' = abstract, no actor"),
 29: ([], "Guinea (2005): 'Guinea supports a negotiated and mutually acceptable solution' for Western Sahara = support "
          "for a solution whose parties are named neither in the sentence nor in the document ('the parties "
          "concerned', following sentence), an abstract policy position (held-out 7: support for 'the start of "
          "negotiations' not coded; borderline 051 GIN/GOV -> null)"),
 30: ([("I reiterate our appeal", "1032", "org:AU", N, False, A, N, False)],
      "Guinea (Condé, 2017), speaking 'as the current Chairman of the African Union' (opening of the speech) and in "
      "the AU's voice around this sentence ('The African Union will spare no effort', following sentence) -> 'our "
      "appeal' = the AU's (held-out 41 row 8: a head of state speaking as IGAD -> org:IGAD; borderline GIN/GOV); "
      "'for the effective mobilization of the resources necessary to operationalize that force' = the joint force "
      "of the G5 Sahel (preceding sentence) -> a request for funding a military force -> demand military aid 1032 "
      "(borderline 1034 peacekeeping, or 103), addressees unnamed -> target null; 'reiterate' = the call made now "
      "-> asserted"),
 31: ([("fully supports the implementation", "051", "GMB/GOV", "org:UN", False, A, N, False)],
      "Gambia (2018); supporting 'the implementation of the new United Nations Support Plan for the Sahel' = support "
      "for a named UN plan -> 051 to its author org:UN (held-out 26 row 38: welcoming a UN reform 051 to the UN "
      "body; borderline not coded as an abstract policy position, held-out 7); the Sahel states are not named"),
 32: ([], "Cape Verde (1993): 'attaches utmost importance to the ongoing negotiations on the draft convention on "
          "desertification' = an attitude toward negotiations of all states (held-out 43 row 10: 'attaches "
          "particular importance' not coded); the Rio Conference decision is agentless"),
 33: ([("has demanded firmly", "1042", "SAU/GOV", "QAT/GOV", False, A, N, False)],
      "Saudi Arabia (2017); 'Our group of four States' = the Anti-Terrorist Quartet, whose other members the document "
      "does not name -> the speaker's government only (held-out 26/27: a collective naming one member is coded for "
      "that member; held-out 43 row 3: 'countries such as mine'); 'demanded firmly that Qatar adhere to the "
      "principles of international law where the fight against terrorism is concerned, including by honouring its "
      "obligations under the 2013 Riyadh Agreement' = a request whose Y is ending Doha's financing of terrorism "
      "(preceding sentences) and compliance with the agreement -> demand policy change 1042 (borderline 100, as "
      "held-out 27 row 9's call to respect agreements); Y not coded separately; 'which are all legitimate demands' "
      "repeats the same demands, coded once"),
 34: ([("we condemned", "111", "BRB/GOV", N, False, A, N, False)],
      "Barbados (1990); condemning 'the recent violent assault on the democratically elected Government of our sister "
      "republic of Trinidad and Tobago' (the July 1990 coup attempt) -> 111; the assailants are not named in the "
      "sentence or the document -> target null (held-out 27 row 45: 'condemns the use of force' 111 null; held-out "
      "37 row 23; borderline TTO/REB, held-out 34/35: unnamed outlaw groups the country's REB); the assault noun "
      "has no agent in the sentence and is not coded (guideline; borderline nominal 180 null -> TTO/GOV)"),
 35: ([], "Turkmenistan (2014): 'we note the institutionalization of the work of the international group of experts "
          "on energy cooperation and nominating representatives of Member States to that group' = noting, a "
          "statement (01x), of an internal UN process; the call on Member States lies in the preceding sentence and "
          "the invitation in the following text"),
 36: ([("commend", "051", "ECU/GOV", "org:UNGA", False, A, N, False)],
      "Ecuador (2010); the splitter cut the sentence after 'the election of His'; its object is in the following text "
      "(held-out 27 row 35, 43 row 27: a participant taken from the following text): 'Excellency Mr. Joseph Deiss as "
      "President of the General Assembly' -> commending his election = congratulation of the President of the "
      "General Assembly -> 051 to org:UNGA (held-out 26 row 58); 'would like to' = the performative -> asserted"),
 37: ([("We propose to organize", "030", "RUS/GOV", "org:UNSC", False, A, N, False)],
      "Russia (2014); 'We propose to organize, under the auspices of the Security Council, an in-depth study of the "
      "threat of extremism and terrorism' in the Middle East and North Africa = a proposal to cooperate, an "
      "explicit intent stated as a fact -> 03x asserted (guideline 'proposed shipping'), addressed to the Council "
      "under whose auspices it would run -> 030 to org:UNSC (borderline 100 request to org:UNSC, or not coded as "
      "an internal UN process of a permanent member); the threat is risk (guideline)"),
 38: ([], "Spain for the European Union (1995): 'All these achievements have been realized with the invaluable help of "
          "the various Groups of Friends and the support of the international community' = help from groups whose "
          "members the document does not name and from an uncoded collective, for the peace processes of several "
          "countries (Nicaragua, El Salvador, Haiti, Guatemala, preceding sentences) none of which the sentence names, "
          "null-null, not coded (borderline nominal 070 null -> each of the four countries, held-out 21 row 61)"),
 39: ([], "South Africa (2018): 'the people of Palestine have endured occupation and suffering' = an occupation noun "
          "without an agent in the sentence (guideline: event nouns without an agent are not coded; borderline "
          "nominal 192 ISR/GOV -> PSE); the rest is an evaluation"),
 40: ([], "Guatemala (1990): victims of armed conflicts and natural disasters and migrants fleeing poverty = "
          "descriptions with no named actor; the armed conflicts have no agent"),
 41: ([("We fully support", "051", "BEL/GOV", "org:UN", False, A, N, False)],
      "Belgium (2004); 'We fully support the Secretary-General's efforts in this difficult task' (improving and "
      "strengthening the UN apparatus, preceding sentence) = support for a named actor's efforts -> 051 to org:UN "
      "(held-out 26 row 14: agreeing with the Secretary-General 051 org:UN; borderline not coded as support for UN "
      "reform, an abstract position, held-out 7)"),
 42: ([("Armenia strongly supports", "051", "ARM/GOV", "org:UN", False, A, N, False)],
      "Armenia (1996); the splitter cut the sentence after 'the High Commissioner for'; its object is in the following "
      "text (held-out 27 row 35, 43 row 27): 'Human Rights in his efforts to restructure the Centre for Human "
      "Rights' = support for the UN High Commissioner for Human Rights (José Ayala Lasso), a UN official -> 051 to "
      "org:UN (no separate code for the High Commissioner, held-out 35 row 32; org:UNHCR is the refugee agency; "
      "borderline not coded as support for internal UN restructuring)"),
 43: ([("a flagrant violation", "128", "ETH/GOV", "ERI/GOV", False, A, N, True),
       ("a flagrant violation", "128", "ETH/GOV", "org:UNSC", False, A, N, True)],
      "Eritrea (2003); 'Ethiopia's ludicrous suggestion of recognizing the southern boundary of the Temporary Security "
      "Zone as the boundary ... represents a flagrant violation of the Algiers Peace Agreements and relevant Security "
      "Council resolutions' = a violation noun whose agent is Ethiopia (through 'Ethiopia's suggestion') -> nominal "
      "defy norms, law 128 (held-out 34 row 31: 'flouting of the resolutions' a nominal 128), in the speaker's own "
      "voice -> asserted; one event per target (guideline): the Algiers Agreements' other party -> ERI/GOV, the "
      "resolutions' author -> org:UNSC (borderline target null, as held-out 34 row 31 for the resolutions of the "
      "international community; borderline not coded as an evaluation of a proposal); 'ludicrous' is an "
      "evaluation, not a separate 111; the suggestion itself (a boundary claim) has no CAMEO code"),
 44: ([("adds its voice to the condemnation", "111", "WSM/GOV", N, False, A, N, False)],
      "Samoa (2003); joining the condemnation of 'the atrocious terrorist attack on United Nations offices in Baghdad' "
      "(the Canal Hotel bombing of August 2003) -> the speaker's 111; the attackers are not named -> target null "
      "(held-out 27 row 45, 37 row 23); the attack noun has no agent in the sentence (held-out 26 row 43: 'the 9/11 "
      "terrorist attack' not coded; held-out 43 row 46), and 'which took the lives of many United Nations "
      "personnel' has the same agentless attack as subject, not coded (borderline nominal 183 null -> org:UN); "
      "Baghdad is a place; the condolences lie in the following sentence"),
 45: ([("doubled its participation", "074", "BGR/GOV", "AFG", False, A, N, False)],
      "Bulgaria (2006); 'my country doubled its participation in the International Security Assistance Force' = a "
      "contribution to a multinational security force in Afghanistan -> military protection or peacekeeping 074 "
      "(held-out 36 row 47: a contributor of military and police to missions 074 per country; held-out 27 row 27: "
      "AMISOM 074 -> SOM), 'my country' -> BGR/GOV, the country where ISAF operates -> bare AFG (borderline "
      "AFG/GOV); realised -> asserted"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Brunei (2001): 'The award of this year's Nobel Peace Prize is a fine tribute to his [Kofi Annan's] work and to "
          "the United Nations agencies' = an award noun without its agent (the Norwegian Nobel Committee is not "
          "named), an evaluation (borderline 051 null -> org:UN); 'who have served us all' is no act between named "
          "actors"),
 47: ([("Kazakhstan has called", "101", "KAZ/GOV", N, False, A, N, False)],
      "Kazakhstan (2001); 'Kazakhstan has called, and will continue to call, for an integrated approach to solving "
      "the problems of the Aral Sea and for wider participation in the effort being made by the programmes of the "
      "United Nations system' = a request (guideline: 'calls for Y' is one asserted 10x event), habitual and "
      "repeated ('will continue to call' is the same act, coded once), no named addressee -> target null (held-out "
      "9); Y = joining the UN programmes' effort on the Aral Sea -> demand material cooperation 101 (held-out 27 row "
      "5: 'join us in creating a SIDS foundation' 101; borderline 100); the UN programmes' effort is the request's "
      "object, its beneficiaries unnamed, not coded separately (borderline nominal 070 org:UN -> null)"),
 48: ([], "Trinidad and Tobago (2015): the importance of international peace and security for small States = abstract"),
 49: ([], "Malta (2016): a foreign policy 'oriented towards dialogue and mutual understanding' = an abstract vocation, no "
          "named counterpart"),
 50: ([], "Thailand (2014): 'they [many countries] have succeeded in reducing poverty' = domestic development of an "
          "uncoded collective, no act between actors"),
 51: ([], "Tanzania (2019): the Government's power-generation projects, including the Nyerere hydropower project = "
          "domestic policy"),
 52: ([], "Republic of Korea (1998): the sentence is the fragment 'Fifty years after the adoption of the Universal' (the "
          "following text: 'Declaration of Human Rights, and despite strenuous efforts by the United Nations ... "
          "serious human rights violations'); the adoption is agentless and historic, no event inside it; the "
          "Headquarters Agreement with the IVI lies in the preceding text"),
 53: ([("are currently serving", "074", "ESP/MIL", "LBN", False, A, N, False)],
      "Spain (2013); 'Spanish troops are currently serving under the blue flag of the United Nations in the United "
      "Nations Interim Force in Lebanon, where since 2006 they have helped to ensure peace and stability' = "
      "peacekeeping by named armed forces -> 074 (held-out 38/39: peacekeepers 074; held-out 38 row 51: CAN/MIL 074), "
      "'Spanish troops' -> ESP/MIL (guideline: armed forces /MIL), the country protected -> bare LBN (held-out 36 row "
      "47); 'have helped to ensure peace' restates the same service, coded once"),
 54: ([], "Panama (1995): the sentence starts at 'Members of the United Nations to adhere to the Treaty concerning the "
          "Permanent Neutrality and Operation of the Panama Canal'; the request verb ('From this rostrum we reiterate "
          "the invitation to States') closes the preceding text and lies outside the sentence, so the act is left "
          "uncoded (held-out 38/39: what only the context before the sentence holds is not coded; borderline 102 "
          "PAN/GOV -> null); adhering to the treaty is the request's Y and is not coded separately (guideline)"),
 55: ([], "Kiribati (2004): 'we would like to see greater returns from that resource' = optative about fishing licence "
          "revenue, no act toward a named actor; the distant-water fishing nations lie in the preceding text"),
 56: ([], "Norway (2009): 'Every country ... can make a difference' = abstract"),
 57: ([], "Egypt (2018): strides in the empowerment of women and young people = domestic, agentless"),
 58: ([], "Cambodia (2009): the sentence starts at 'I have mentioned' (the splitter cut after 'In parallel to all the "
          "serious global challenges that'); 'there remain political and security problems causing great concern' = "
          "01x, no actor; the welcome of the G-8 outcome lies in the preceding text, not this one"),
 59: ([], "Slovenia (2004): 'We need change that will break through the inertia of established systems of operation' = "
          "abstract, 'we' = all"),
}
