"""Hand annotations for the HUNDRED-AND-FORTY-FOURTH held-out event gold set (source of events-heldout144.jsonl).

Keyed by the row index of selection-heldout144.jsonl (output of select_bulk_sentence_heldout.py 144; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout144.jsonl \
        --annotations annotations_heldout144 --output events-heldout144.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("has not adopted any instrument", "163", "org:UN", N, True, A, N, False)],
     "Lesotho (2007); 'our Organization, the United Nations, has not adopted any instrument to carry out sanctions "
     "against defaulting Member States' = the UN's non-establishment of a sanctions regime against governments that "
     "take power unconstitutionally (preceding text: the OAU/AU and Commonwealth instruments) -> plain negation of a "
     "sanctions act (guideline: negated, own code; set 116: a resolution establishing the legal framework for a "
     "sanctions regime is a 163) -> negated 163 from org:UN (borderline org:UNSC, which would impose them), the "
     "defaulting Member States an uncoded class -> target null; borderline not coded as a policy gap; 'That is what "
     "the United Nations must now do' lies after the sentence"),
 1: ([("is welcome", "051", "TZA/GOV", "USA/GOV", False, A, N, False),
      ("initiative to bring the parties to negotiations", "045", "USA/GOV", N, False, A, N, True),
      ("notes with regret", "110", "TZA/GOV", "USA/GOV", False, A, N, False)],
     "Tanzania (1991); 'Although the present United States initiative to bring the parties to negotiations is "
     "welcome' = the speaker's welcome by an impersonal predicate (set 116: 'President Clinton's decision ... is very "
     "welcome' is the speaker's 051) -> 051 to USA/GOV, concessive but asserted; the initiative itself (the Madrid "
     "peace conference of 1991) = a brokering of negotiations -> nominal 045 USA/GOV, the parties not named in the "
     "speech except 'the Palestinians' of the next sentence -> target null (borderline PSE/GOV, or also ISR/GOV from "
     "outside knowledge); 'Tanzania notes with regret that the proposed conference will not fully involve the United "
     "Nations' -> 110 (README: 'notes with regret' 110), aimed at the conference's proposer -> USA/GOV (borderline "
     "target null); 'will not fully involve' bears on the degree of UN involvement, not coded as a negated event "
     "(borderline a negated future 043 USA/GOV -> org:UN)"),
 2: ([], "Qatar (1999): 'Have we at least begun to draft guidelines and comprehensive universal plans to confront these "
         "global threats' = a rhetorical question with 'we' meaning all states (README: not coded), and the 'global "
         "threats' are figurative (environmental and other dangers, guideline: threat as risk); no actor pair"),
 3: ([], "Fiji (2016): 'I make a solemn pledge to my own people and to the wider global community that ... Fiji will "
         "never be among the ranks of those nations that have compromised their futures for short-term financial "
         "gain' = a pledge about the country's own environmental policy, an abstract position with no act towards "
         "another actor (borderline a 030 FJI/GOV -> FJI/CVL); 'will never be among the ranks' negates a status, not "
         "an event"),
 4: ([("like paragraph 2", "030", "BIH/REB", N, False, A, N, False),
      ("do not like Annex 7", "127", "BIH/REB", N, False, A, N, False),
      ("have been expelled", "174", N, "BIH/CVL", False, A, N, False)],
     "Bosnia and Herzegovina (1996); 'The Serbs ... like paragraph 2 of Annex 4, which mentions the Republika Srpska, "
     "yet they do not like Annex 7' = the Bosnian Serb leadership's selective acceptance of the Dayton Agreement, "
     "which the next sentence spells out ('They accept the first provision and reject the second one') -> accepting "
     "a plan is 030 and rejecting some of its provisions 127 (README, an earlier held-out set: the CAMEO verb dictionary's "
     "practice); 'do not like' is a performative non-acceptance, a REJECT with negated false (guideline); the Bosnian "
     "Serbs -> BIH/REB (README: Bosnian Serb forces of 1993 BIH/REB; borderline BIH/GOV for the Republika Srpska "
     "entity under the sub-national-government rule, or BIH/CVL for 'the Serbs' as a people); the agreement's "
     "parties are not named in the sentence -> target null (borderline BIH/GOV); 'Annex 7, which demands the return' "
     "is a treaty clause's content, not coded; 'people who have been expelled' = the Bosniaks and Croats of the "
     "sentence before, an agentless passive -> deportation 174 (guideline) with no source to BIH/CVL (borderline "
     "BIH/REB as source, since the speech blames the Serbs, but no sentence names the expellers); borderline: the "
     "'like' clauses left uncoded as attitudes"),
 5: ([("respond unconditionally", "030", "NGA/GOV", N, False, A, N, False)],
     "Nigeria (2008); 'we never hesitated to respond unconditionally to demands for sacrifices whenever and wherever "
     "duty called, whether in the Congo, Sierra Leone, Liberia or now in Darfur, and in the next few months, in "
     "Somalia' -> 'did not hesitate to respond to the appeal' is an asserted 030 (README, an earlier held-out set), 'never' bearing "
     "on the hesitation (guideline: negation that bears on something other than the event); the demands' authors "
     "are not named (the UN, AU and ECOWAS in the speech) -> target null (borderline org:UN, from 'its commitments "
     "everywhere' in the sentence before); the 'sacrifices' are the peacekeeping contributions of the speech "
     "('maintained peacekeeping troops in the region'), not coded separately (borderline one 074 per country named, "
     "the Somali one future)"),
 6: ([], "Fiji (1993): the UN conferences that 'will bring together the world community' and 'will ... discuss issues' "
         "= meetings of all states (an uncoded collective, README: 'we' meaning all states), no actor pair; "
         "borderline a future 043 org:UN with no target for the convening of the preceding sentence"),
 7: ([], "Australia (2016): 'I do not need to reiterate the significance ... of the threat of climate change' = a "
         "figurative threat (guideline) and a remark on the speech itself; no event"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("call on", "102", "AFG/GOV", N, False, A, N, False)],
     "Afghanistan (2017); 'We now call on all of our neighbours, near and far, to join us through the Kabul process "
     "in our comprehensive quest for peace and regional stability' = a request (guideline: call on -> 10x), Y = "
     "joining a regional peace and security cooperation framework -> demand diplomatic cooperation 102 (borderline "
     "106 for the Kabul Process conferences, or 107); the neighbours 'near and far' are an uncoded collective -> "
     "target null (borderline PAK/GOV, the one neighbour the preceding text names, under the rule that a group "
     "without a code is each member the document names; but 'near and far' reaches well beyond it); Kabul is the "
     "name of the process, a place, not a capital metonym"),
 9: ([("welcomed", "051", "BEN/GOV", "ARM/GOV", False, A, N, False),
      ("welcomed", "051", "BEN/GOV", "AZE/GOV", False, A, N, False),
      ("welcomed", "051", "BEN/GOV", "GEO/GOV", False, A, N, False),
      ("welcomed", "051", "BEN/GOV", "KAZ/GOV", False, A, N, False),
      ("welcomed", "051", "BEN/GOV", "KGZ/GOV", False, A, N, False),
      ("welcomed", "051", "BEN/GOV", "MDA/GOV", False, A, N, False),
      ("welcomed", "051", "BEN/GOV", "TJK/GOV", False, A, N, False),
      ("welcomed", "051", "BEN/GOV", "TKM/GOV", False, A, N, False),
      ("welcomed", "051", "BEN/GOV", "UZB/GOV", False, A, N, False)],
     "Benin (1992); 'Benin also welcomed the advent and the admission to membership in the United Nations of the "
     "independent States that emerged from the former Soviet Union' = the speaker's own past welcome (README: the "
     "speaker's own past thanks are 051) of new Members (set 131: a past welcome of new Members goes to those the "
     "speech names; set 116: congratulating a state on joining is 051 to it, the joining not coded) -> one 051 per "
     "former Soviet state named among the new Members in the sentence before (Armenia, Azerbaijan, Georgia, "
     "Kazakhstan, Kyrgyzstan, Moldova, Tajikistan, Turkmenistan, Uzbekistan; README: a group without a code is each "
     "member the document names); borderline one 051 with target null, since the sentence itself names none; the "
     "admissions are UN membership acts (not coded); 'following the signing of the Minsk Agreements' = an agentless "
     "nominal with no party named in the speech, a time marker, not coded (borderline 057 RUS/GOV -> UKR/GOV, "
     "BLR/GOV); Minsk is a place, not a metonym"),
 10: ([("vicious attack", "180", N, "IRL/CVL", False, A, N, True)],
      "Ireland (2002); 'Their vicious attack' = the 11 September attacks of 'the perpetrators of 11 September' "
      "(sentence before), an uncoded group -> nominal 180 with no source (README: an agentless terrorist attack 180 "
      "with no source; set 115: the 11 September attacks 180 no source); victims: 'the innocent people of many "
      "nationalities, including my own' -> the Irish victims IRL/CVL, the only coded victim in the sentence "
      "(borderline a second 180 to USA from 'not just on the United States' after the cut, as set 115 did when the "
      "sentence named no victim); 'not just on' bears on the scope, not a negation; New York and Washington are "
      "places, not metonyms"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Egypt (1993): peace as 'the expression of the active and conscious will of all countries and peoples ... to "
          "manage the common life on this planet' = a definition, all states an uncoded collective; no event"),
 12: ([("yoke of occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Palestine (2017); 'For 50 years we have languished under the yoke of occupation' = the Israeli occupation, "
      "an event noun whose agent is plain from the text around it ('Israel's continuation of the occupation' in the "
      "next sentence; README: an event noun whose agent is plain from the text around it is coded) -> nominal 192 ISR/GOV -> bare PSE (guideline: occupied territory); "
      "'now someone who is responsible says that this is an alleged occupation' = an unnamed speaker's statement "
      "(01x, not coded), whose complement disputes the occupation rather than asserting an act, so no reported "
      "event; the second 'occupation' is the same act (guideline: coded once)"),
 13: ([("we agreed with", "051", "NZL/GOV", "TTO/GOV", False, A, N, False),
       ("we agreed with", "051", "NZL/GOV", "CPV/GOV", False, A, N, False)],
      "New Zealand (2011); 'we agreed with the Minister for Foreign Affairs of Trinidad and Tobago ... and with the "
      "Prime Minister of Cape Verde' -> 051 per person's government (README: 'I agree with Merkel that ...' 051; "
      "'I agree with President Roosevelt' 051); the speech verbs 'said' and 'told us' are not coded (guideline), and "
      "their contents ('smallness ... is not a deterrent', 'small States must have a greater voice in international "
      "decision-making') are an evaluation and a UN reform position, not coded"),
 14: ([], "Afghanistan (1996): eyewitnesses 'have reported that they saw most of the corpses of the Government troops "
          "laying on the ground without any sign of injury' = a description of the dead (implying chemical weapons, "
          "as the speech goes on to argue), with no event verb and no agent in the sentence; not coded (borderline a "
          "nominal 1823 or 200-series use of unconventional weapons AFG/REB -> AFG/MIL, reported by uncoded "
          "eyewitnesses)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Samoa (2001): 'The clear affirmation of these principles ... will help deny to the perpetrators of these "
          "crimes whatever they seek to gain from violence' = an agentless affirmation of norms and an effect on "
          "uncoded terrorists; no act between actors"),
 16: ([("rewards", "085", "org:UNSC", "YUG/GOV", False, A, N, False),
       ("support that aggression", "070", "YUG/GOV", "BIH/REB", False, A, N, False),
       ("aggression@2", "190", "BIH/REB", "BIH/CVL", False, A, N, True),
       ("massacres", "202", "BIH/REB", "BIH/CVL", False, A, N, True),
       ("ethnic crimes", "203", "BIH/REB", "BIH/CVL", False, A, N, True)],
      "Qatar (1994); 'the said resolution ... rewards the aggressor and the forces that support that aggression' = "
      "the Security Council resolution (sentence before) 'which included a relaxation of the sanctions imposed on "
      "Serbia and Montenegro' -> an inanimate resolution stands for the Council (README), its easing of sanctions -> "
      "085 org:UNSC -> YUG/GOV, the state whose sanctions were relaxed (borderline a second 085 to BIH/REB for 'the "
      "aggressor', or uncoded as an evaluation of the resolution); 'constitutes a retreat' is the same act evaluated "
      "again (coded once); 'the forces that support that aggression' = Serbia and Montenegro, 'the State that stands "
      "beside the Serbian militias' -> 070 YUG/GOV -> BIH/REB (README: 'Belgrade supports the Bosnian Serb "
      "aggression' 070); the aggression, massacres and ethnic crimes = event nouns whose agent is plain from the "
      "sentence before ('the Serbian militias in their continuing aggression against the Muslims in Bosnia and "
      "Herzegovina') -> nominal 190, 202 (guideline: massacres) and 203 (ethnic cleansing; borderline 180 or 200) "
      "from BIH/REB (README: Bosnian Serb forces) to the Bosnian Muslims -> BIH/CVL (borderline bare BIH); 'will "
      "have grave consequences' is a predicted effect, not an event"),
 17: ([("plans to sign", "030", "LIE/GOV", N, False, F, N, False)],
      "Liechtenstein (1997); 'Liechtenstein plans to sign the Convention on the' = a fragment cut by the splitter, "
      "its verb in the sentence and its object (the Ottawa anti-personnel mine ban Convention) after the cut (README: "
      "a fragment whose object the splitter cut off is coded from the text after the cut) -> a future signing of a multilateral treaty -> 030 future with "
      "no target (set 119: 'Ukraine intends to sign the Statute' 030 future; guideline: future cooperative acts get "
      "03x; borderline a future 057)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Algeria (1990): 'the international community has all too often let flagrant violations of international law "
          "go unpunished' = the uncoded international community's inaction, and violations whose agent is named only "
          "in the next sentence (Israel) in a generic plural; not coded (borderline a nominal 128 ISR/GOV with no "
          "target, or a negated 163 with no source)"),
 19: ([], "United States (2005): 'The Human Rights Council must have the moral authority to condemn all violators of "
          "human rights' = a position on the design of the new Council, a UN reform position (README: not coded); "
          "borderline a demanded 111 org:UN -> null"),
 20: ([], "Luxembourg (2007): 'we must redouble our efforts to meet our commitments' = the ODA commitments of the "
          "donors in general ('we' the EU members and developed countries, the speaker's own Luxembourg already above "
          "them, next sentence), to uncoded recipients -> null-null, not coded (borderline a demanded 071 org:EU with "
          "no target)"),
 21: ([], "Cabo Verde (1996): 'solutions for the problems of development in Africa should be designed and managed on "
          "our own continent' = an abstract position, no actor pair"),
 22: ([], "Venezuela (2006): 'there must be effective methods to address and resolve world conflicts' = the second of "
          "Venezuela's UN reform proposals (README: reform positions not coded), no actor"),
 23: ([], "Dominican Republic (2012): 'that is how we must approach human development' = an abstract norm, 'we' all "
          "states; no event"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("we highly appreciate", "051", "LBY/GOV", "LBY/MIL", False, A, N, False),
       ("help save the lives", "073", "LBY/MIL", N, False, A, N, False),
       ("the embargo imposed on us", "163", "org:UNSC", "LBY/GOV", False, A, N, True)],
      "Libya (2019); 'we highly appreciate the efforts by the Coast Guards' = praise (guideline: 051) of the Libyan "
      "Coast Guard, part of the navy -> LBY/MIL (borderline LBY/COP), a domestic pair as set 133's people's support "
      "for their government; 'who continue to help save the lives of thousands of migrants at sea' = habitual rescue "
      "-> humanitarian aid 073 from LBY/MIL, the migrants of many nationalities uncoded -> target null; 'the embargo "
      "imposed on us' = the arms embargo of the 'Security Council resolutions banning the importation of arms into "
      "Libya' named earlier in the speech (README: sanctions imposed with no agent in the sentence are the "
      "Council's, from the text) -> nominal 163 org:UNSC, 'us' -> LBY/GOV (guideline: 'we' in a UN speech; "
      "borderline bare LBY, as other embargoes on a country)"),
 25: ([("siege", "191", "ISR/GOV", "PSE", False, A, N, True),
       ("the detention of thousands", "173", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Kuwait (2013); 'Israel's continued policy of building illegal settlements on occupied Palestinian lands' = "
      "settlement building, no CAMEO code (earlier sets: not coded; borderline a nominal 192), and 'occupied "
      "Palestinian lands' an adjective (held-out 27 row 3: not a separate 192); 'its continued siege of the Gaza "
      "Strip' = the blockade -> nominal 191 (guideline: blockade 191) ISR/GOV -> bare PSE (the territory); 'the "
      "detention of thousands of Palestinians and their imprisonment in subhuman conditions' -> nominal 173 "
      "(guideline: detentions) to PSE/CVL, detention and imprisonment one act (coded once; borderline a second "
      "event, 1822 for the conditions); 'the lack of confidence created by' and 'in contravention of' are "
      "evaluations"),
 26: ([], "Poland (2007): 'an issue that has been discussed in the past few days in the course of the high-level event "
          "on climate change' = an agentless discussion among all states at a UN event; not coded (borderline 040 "
          "with no source and no target)"),
 27: ([], "Iran (2013): 'Unjust sanctions ... are intrinsically inhumane and against peace' = a generalisation about "
          "sanctions (set 129: left uncoded), no imposer or target named in the sentence (borderline a nominal 163 "
          "with no source to IRN from the speech's context)"),
 28: ([("has consistently supported", "051", "PAK/GOV", N, False, A, N, False)],
      "Pakistan (1990); 'Pakistan has consistently supported efforts to achieve that shared objective' (preserving "
      "the global environment) = habitual verbal support (guideline: 051; borderline 070) of efforts whose authors "
      "are not named -> target null (held-out 76 row 27: 'We commend and support all efforts' 051 with target null); "
      "borderline not coded as an abstract policy position"),
 29: ([("striving to obtain", "102", "org:OSCE", "org:UNGA", False, A, N, False),
       ("fully\nsupports", "051", "ARM/GOV", "org:OSCE", False, A, N, False)],
      "Armenia (1993); 'The CSCE is also striving to obtain United Nations observer status' = the CSCE's bid for "
      "observer status in the General Assembly (the CSCE -> org:OSCE, README) -> a bid for UN membership is a 102 to "
      "org:UN (README, an earlier held-out set), a candidature to a body the Assembly decides on goes to org:UNGA (set 118) -> 102 "
      "asserted (borderline org:UN, or not coded as a UN membership position); 'an initiative which Armenia fully "
      "supports' -> 051 ARM/GOV -> org:OSCE (set 115: support for Palestine's full membership is a 051 to it)"),
 30: ([("pledge our support", "032", "SUR/GOV", "org:UN", False, A, N, False)],
      "Suriname (2007); the splitter cut after 'To the newly appointed Secretary-General of the', so the sentence "
      "starts at 'Organization, His Excellency Mr. Ban Ki-moon, we pledge our support in furthering the ideals of the "
      "Charter', the addressee named inside it = a pledge of support stated as a fact -> 032 asserted (README: a pledge "
      "of continued support is 032 asserted; set 137: 'Pledges ... to continue its strong support' 032 to org:UN), "
      "the Secretary-General -> org:UN (borderline 030, or 051)"),
 31: ([], "Denmark (1991): 'There has proved to be an urgent need for improved coordination and cooperation between "
          "organisations of the United Nations system, other humanitarian agencies and Member States' = a UN reform "
          "position (the next sentence: structural reform), its other parties uncoded collectives; not coded "
          "(borderline a demanded nominal 050 org:UN with no target)"),
 32: ([("a willingness to", "030", "ARG/GOV", "PER/GOV", False, A, N, True)],
      "Argentina (1992); 'We are awaiting with close attention and a willingness to cooperate the constituent "
      "elections of 22 November' = Peru's Democratic Constituent Congress elections (sentence before) -> an intent "
      "to cooperate stated as a fact -> nominal 030 asserted (README: 'the willingness of our partners to assist' a "
      "nominal 033; 'stands ready to' 03x asserted) to PER/GOV (borderline PER/CVL, or target null); 'awaiting "
      "with close attention' is an attitude, not coded"),
 33: ([("wrested", "190", N, "AFG/REB", False, A, N, False),
       ("the assistance", "070", N, "AFG/GOV", False, A, N, True)],
      "Austria (2002); 'Afghanistan, which has been wrested from Taliban and Al Qaeda rule' = the 2001 military "
      "ouster, an agentless passive -> 190 with no source (guideline: agentless passives null; the coalition is not "
      "named), to the Taliban of 2001 -> AFG/REB (guideline: up to 15 Aug 2021), Al Qaeda has no code and is dropped "
      "(borderline uncoded as a description of an outcome, or source USA/MIL); 'has had a promising new start with "
      "the assistance of the international community' -> nominal 070 with no source (README: 'reliant on the "
      "assistance of others' nominal 070 with no source) to AFG/GOV, 'the new Government of Afghanistan' of the "
      "next sentence (borderline bare AFG); 'has yet to achieve a lasting peace' negates a state, not an event"),
 34: ([("International assistance", "070", N, "org:ECOWAS", False, D, N, True),
       ("International assistance", "070", N, "LBR", False, D, N, True)],
      "Ghana (1995); 'International assistance is greatly needed to meet these objectives' = a statement of need "
      "(README: statements of need are demanded aid with no source; set 129: 'calls for urgent international relief' "
      "a demanded nominal 070 with no source) -> demanded nominal 070; 'these objectives' (sentence before) = more "
      "troops and logistics for ECOMOG and the encampment, disarmament and resettlement of Liberia's rival forces -> "
      "one per recipient (README: one per recipient named): ECOMOG -> org:ECOWAS and the Liberian peace process -> bare LBR "
      "(borderline LBR/GOV, or one event); the donors of the pledging conference are uncoded"),
 35: ([("gratitude", "051", "MLI/GOV", N, False, A, N, False),
       ("invaluable support", "070", N, "MLI/GOV", False, A, N, True)],
      "Mali (2013); 'I come here before the Assembly to express the gratitude of my people to the whole of the "
      "international community' = thanks (guideline: 051) from the government on the people's behalf (README: "
      "'reiterate to the United Nations the gratitude of' the people is 051 from the government), to the uncoded "
      "international community -> target null (README: thanks to a group without a code has target null); 'for the "
      "invaluable support it showed to my country, Mali' -> nominal 070 with no source to MLI/GOV (set 121: Mali's "
      "thanks to uncoded partners for their contribution, a nominal 070 with no source to MLI/GOV); 'has recovered "
      "its sovereignty over the whole of its territory' is an outcome, not coded (borderline a 190 MLI/GOV -> "
      "MLI/REB)"),
 36: ([], "Djibouti (1990): 'Your inaugural address set the tone ... when you said: \"The international community's "
          "commitment to the principle of the sovereign equality ... is ... the guarantee against the threat or use "
          "of force\"' = the Assembly President's statement (01x) quoting a general principle; the threat or use of "
          "force is a norm, no actor; not coded"),
 37: ([("acceptance", "030", N, "org:UN", False, A, N, True),
       ("praise", "051", N, "org:UN", False, A, N, True),
       ("criticized", "111", N, "org:UN", False, A, N, False)],
      "Algeria (1992); 'Whether the United Nations initiatives and plans are met by acceptance and praise as is "
      "often the case, or criticized, as sometimes happens' = habitual reactions by unnamed states, asserted by 'as "
      "is often the case' and 'as sometimes happens' despite the 'whether ... or' frame (borderline hypothetical) -> "
      "accepting a plan 030 (README, an earlier held-out set) and praise 051, both nominal, and criticism 111 (set 115: criticism "
      "drawn to the United Nations a nominal 111 with no source; set 139: 'Many accuse the Organization' 112 with no "
      "source), all with no source, to org:UN; 'this more assertive presence of the United Nations' is an "
      "evaluation; borderline the whole sentence uncoded as a generalisation"),
 38: ([], "Philippines (1996): a fragment cut by the splitter, 'A few weeks after the APEC meeting, the first' [WTO "
          "Ministerial Meeting ... will review]; the verb lies after the cut (README: left uncoded)"),
 39: ([], "Eswatini (2013): 'there is a need to focus, with the support of the private sector, on the quality of "
          "education' = a domestic programme (set 134: left uncoded); borderline a demanded nominal 070 SWZ/BUS -> "
          "SWZ/GOV"),
 40: ([], "Canada (2001): terrorism 'globalizes outrage and condemnation, just as it does compassion and the cry for "
          "justice' = figurative, condemnation by no named actor of no named target; not coded (borderline a nominal "
          "111 with no source and no target)"),
 41: ([], "Mauritius (1996): 'In all these noble and commendable aims we are united' = 'we' meaning all states, a "
          "shared position; no event"),
 42: ([("developing relations of", "050", "org:EU", N, False, A, N, False)],
      "Luxembourg (1997); 'the European Union is developing relations of partnership with all the countries of the "
      "world' -> diplomatic cooperation 050 from org:EU (set 134: a 'European Union-Africa partnership' a 050 from "
      "the EU), 'all the countries of the world' an uncoded collective -> target null (borderline not coded as an "
      "act towards an uncoded collective); 'in order to strengthen cooperation' is the purpose, not coded separately"),
 43: ([], "Nicaragua (2016): 'It has pained us to witness the proliferation of terrorist attacks against peoples and "
          "Governments' = a sentiment of distress (README: sentiments and condolences not coded; borderline a 110 "
          "with no target, as set 126's 'We are outraged by the attacks'), and attacks by unnamed perpetrators on "
          "uncoded victims -> null-null, not coded"),
 44: ([], "Comoros (1999): a fragment after a splitter cut inside '(A/50/864/Annex II, res. 1)': '... and the Permanent "
          "Council of French-speaking Countries, meeting in Paris' is the last object of 'The Comorian Government "
          "welcomed the relevant resolutions', a verb that lies before the cut (README: left uncoded when the verb was cut away); the "
          "Council's own meeting is a session of one body (La Francophonie, no code), and Paris is a place"),
 45: ([("the support of", "070", "org:UNDP", "RWA/GOV", False, A, N, True)],
      "Rwanda (1996); 'The recently concluded round table conference, which was organized with the support of the "
      "United Nations Development Programme' = the Rwanda donors' round table -> UNDP's support a nominal 070 "
      "(README: 'with the support of our United Nations partners' a nominal 070 from org:UN) from org:UNDP (README: "
      "code added) to the Government, the conference's beneficiary ('assisting Rwanda', next sentence) -> RWA/GOV "
      "(borderline 050, or target null); the organizing itself is an agentless passive with no named convenor, not "
      "coded (borderline 043 RWA/GOV with no target); 'has been helpful' is an evaluation"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("working to undermine", "128", N, "org:UNSC", False, A, N, False)],
      "Russian Federation (2019); 'the West ... is openly working to undermine Security Council resolutions on the "
      "settlements in Kosovo and Bosnia and Herzegovina' = defiance of the Council's resolutions (README: "
      "'Washington repudiated its obligations under the resolution' 128 to org:UNSC; 'flouting of the resolutions' "
      "128), asserted in the speaker's voice, 'the West' an uncoded collective -> source null (guideline); 'applies "
      "its own rules with regard to the Balkans' is an evaluation; borderline 1042 or not coded as an accusation "
      "without a coded agent"),
 47: ([], "Belize (1992): deaths and suffering from poverty during the cold war = no actor, no act"),
 48: ([], "France (2000): 'The elections to be held on 24 September could be decisive' = a domestic election in the "
          "Federal Republic of Yugoslavia, no act between actors"),
 49: ([("is also pleased", "051", "org:AU", "org:UNSC", False, A, N, False),
       ("six-month extension", "074", "org:UN", "SLE", False, A, N, True)],
      "Nigeria (Obasanjo as AU Chairperson, 2005); 'The AU is also pleased about the six-month extension of the "
      "mandate of the United Nations Mission in Sierra Leone (UNAMSIL)' -> 'is pleased' a welcome 051 (set 116: 'is "
      "delighted at' 051; README: a head of state speaking as AU chair is the organisation, here named outright) "
      "from org:AU to the Council that extended the mandate -> org:UNSC (borderline org:UN); the extension = "
      "continued peacekeeping -> nominal 074 org:UN -> bare SLE (set 135: 'The decision to extend the mandate of the "
      "African Union forces ... is welcome' a 051 plus a nominal 074 to the country); the sentence ends without its "
      "full stop (the splitter cut at the line break)"),
 50: ([], "Kuwait (2017): 'That would constitute a real start towards reaching the Sustainable Development Goals' = a "
          "hypothetical effect of enhanced development partnerships ('we' all states), no act"),
 51: ([("endorsed", "051", "org:UNSC", "SDN/GOV", False, A, N, False),
       ("endorsed", "051", "org:UNSC", "org:UN", False, A, N, False),
       ("endorsed", "051", "org:UNSC", "org:AU", False, A, N, False)],
      "Sudan (2008); 'The road map was further reiterated and endorsed by the Security Council in its resolution 1769 "
      "(2007)' = a passive with its agent named -> endorsement 051 (guideline) from org:UNSC, 'reiterated and "
      "endorsed' one act; the road map 'agreed upon by the Sudan, the United Nations and the African Union' (sentence "
      "before) -> support for an agreement goes to its named parties (README: welcoming several developments 051 to "
      "each named party; 'noted with satisfaction the signing' 051 to the signatories) -> one 051 each to "
      "SDN/GOV, org:UN and org:AU (borderline target null, the road map being a document, or SDN/GOV alone); the "
      "agreement itself lies in the sentence before, not coded"),
 52: ([], "Burkina Faso (2010): 'We trust that other aspects of the reform, particularly of the Security Council, will "
          "be achieved' = an optative hope about UN reform (README: reform positions and hopes not coded)"),
 53: ([], "Saint Vincent and the Grenadines (2002): 'My country is a small island developing State' = a description"),
 54: ([], "Uganda (2006): 'the New Partnership for Africa's Development — NEPAD — is the key framework for action' = a "
          "description of a programme; the splitter cut after 'the New' and the sentence holds no act"),
 55: ([], "Senegal (2008): 'Many heads of State have referred to the dizzying increase in the price of oil, including "
          "... the President of the Dominican Republic' = statements (01x, not coded); the price increase has no "
          "actor in the sentence (OPEC is named only after it)"),
 56: ([], "China (1994): 'there is unevenness in the world as a whole' = a description"),
 57: ([], "Sri Lanka (2016): 'draw the attention of this gathering to ... the menace of drugs and intoxicants' = a "
          "speech act about the speech itself (01x) and a figurative menace (guideline), no actor"),
 58: ([], "Armenia (2008): 'we have seen that outcome [secession] become the solution to conflicts more often than "
          "not' = a generalisation about self-determination conflicts, no actor"),
 59: ([], "Fiji (1999): 'let us remind ourselves that peace is more than the absence of war or conflict' = a hortative "
          "with 'us' meaning all states, a definition; no event"),
}
