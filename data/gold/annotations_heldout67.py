"""Hand annotations for the SIXTY-SEVENTH held-out event gold set (source of events-heldout67.jsonl).

Keyed by the row index of selection-heldout67.jsonl (output of select_bulk_heldout.py 67; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout67.jsonl \
        --annotations annotations_heldout67 --output events-heldout67.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Venezuela (1997): 'None of us can refuse to honour a freely accepted obligation, nor make payment "
         "conditional' = 'us' meaning all Member States paying their UN contributions (held-out 42/43: 'we' meaning "
         "all states not coded), a norm, not an explicit refusal by a coded actor; 'a threat to the equality of "
         "States' is figurative (guideline)"),
 1: ([("signed the NPT", "057", "ARG/GOV", N, False, A, N, False)],
     "Argentina (2013); 'We have not only signed the NPT' = 'not only ... but' is additive, not negation -> asserted; "
     "signing a multilateral treaty -> 057 with no target (held-out 48/49: joining the NPT 057 with no target); "
     "'are also parties to the Rome Statute of the International Criminal Court' = a status, not an act reported "
     "here, not coded (borderline a second 057 with no target, or to org:ICC); 'as was also mentioned by the "
     "Secretary-General' corroborates the speaker's own assertion, so reported_by null (borderline reported_by "
     "org:UN)"),
 2: ([], "Bhutan (1990): 'the international community has made a strong commitment' to the least developed countries = "
         "an intent of an uncoded collective towards an uncoded class, null-null, not coded; 'the Programme of "
         "Action adopted' is agentless, and 'has not fully met the expectations' is an evaluation, not a negated "
         "event"),
 3: ([], "Syria (2016): 'terrorism would not have spread through my country if it had not been for the external "
         "support of certain countries' = the support of unnamed countries (uncoded) to terrorists (no code, held-out "
         "3/6), null-null, not coded (borderline a nominal 070 null -> SYR/REB, held-out 34/35: unnamed outlaw "
         "groups are the country's REB); the counterfactual concerns the spread of terrorism, not an act"),
 4: ([], "Saint Lucia (2009): 'it is no longer pragmatic to utilize attenuated financial and technical assistance "
         "schemes' = an evaluation of aid schemes with no actor; 'no longer' bears on the evaluation"),
 5: ([], "Australia (2015): 'We do not believe any transition option should be rejected' = a position on the Syrian "
         "transition with an agentless deontic passive and no named parties; not coded (borderline a negated "
         "demanded 120 with no source, the Assad question implied only by world knowledge)"),
 6: ([("with whom it is cooperating", "050", "HTI/GOV", N, False, A, N, False),
      ("refuses to be", "120", "HTI/GOV", "HTI/JUD", False, A, N, False)],
     "Haiti (2004); 'its friends and partners with whom it is cooperating in all fields of political, economic and "
     "social governance' = ongoing cooperation of the Government -> 050 (held-out 10/11: cooperation 050), the "
     "partners unnamed -> target null (borderline not coded as a state of relations, held-out 58 row 28); 'it "
     "refuses to be associated with or connected to decisions that involve only one organ of the State, which "
     "acted completely independently' = an explicit refusal -> REJECT with negated false (guideline: 'refuses to'; "
     "held-out 58 row 1: 'refuses to allow the term' 120), aimed at the court verdict of the preceding text ('a "
     "verdict in which no member of the executive branch had any role', 'interference in judiciary proceedings') "
     "-> the Haitian judiciary HTI/JUD (held-out 10/11) (borderline not coded as a denial of responsibility, 016, "
     "01x, as the seventh set's 'Washington denies involvement'); 'is extremely sensitive to the comments' is an "
     "attitude"),
 7: ([("will not hesitate", "138", "IRQ/GOV", "USA/GOV", False, A, N, False),
      ("will not hesitate", "138", "IRQ/GOV", "GBR/GOV", False, A, N, False),
      ("counter", "190", "IRQ/GOV", "USA/GOV", False, H, N, False),
      ("counter", "190", "IRQ/GOV", "GBR/GOV", False, H, N, False),
      ("acts of aggression", "190", "USA/GOV", "IRQ", False, A, N, True),
      ("acts of aggression", "190", "GBR/GOV", "IRQ", False, A, N, True)],
     "Iraq (1999); 'Iraq will not hesitate to counter all American and British acts of aggression' = a statement of "
     "resolve to respond by force, itself asserted -> threaten with military force 138 (guideline: a threat or "
     "statement of resolve is asserted, 130/138; held-out 8: 'we will not hesitate to target' a threat, 1312), one "
     "per threatened party (guideline: compound split); 'not hesitate' bears on hesitating, not an event negation "
     "(held-out 26 row 0); the threatened act 'counter' = military response -> 190 hypothetical (guideline: the "
     "threatened act inside a threat is hypothetical); 'American and British acts of aggression' = the no-fly-zone "
     "air strikes of 1999, ongoing (preceding text: 'The acts carried out by the United States Administration "
     "represent a declared war') -> nominal 190 (guideline: 'aggression' 190) from USA/GOV and GBR/GOV (the "
     "preceding text names the US Administration), against the country as a whole -> bare IRQ (guideline: target "
     "of an invasion); 'that aim at violating the integrity of its airspace and territory' is the same acts "
     "(borderline a separate 150, held-out 46/47: violating airspace 150), coded once; 'threaten its security' is "
     "figurative"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("hosted today", "036", "USA/GOV", N, False, F, N, False)],
     "Oman (1996); 'the summit to be hosted today by President Clinton in Washington' = the Washington summit of 1-2 "
     "October 1996, scheduled for that day -> a future cooperative act, hosting -> 036 future (guideline; held-out "
     "14/15: a meeting on a day's schedule 036 future), Clinton -> USA/GOV; the participants are not named in the "
     "sentence or the preceding text (which speaks of Israel and the Palestinians only as the parties of the peace "
     "process) -> target null (held-out 28/29: conferences hosted by one government with no target; borderline "
     "ISR/GOV and PSE/GOV, and JOR/GOV, by world knowledge); 'we hope ... will be successful' is optative, not "
     "coded; Washington is the venue, not a metonym"),
 9: ([("we welcome the results", "051", "ROU/GOV", N, False, A, N, False)],
     "Romania (2010); 'we welcome the results of the latest conferences in London and Kabul' = a welcome of the "
     "outcomes of the international conferences on Afghanistan -> 051 (guideline), the conferences' many "
     "participants uncoded -> target null (held-out 54-61: welcoming a decision of an uncoded body 051 with no "
     "target; borderline AFG/GOV, host of the Kabul conference, and GBR/GOV, host of the London one); 'note the "
     "progress' is an observation; 'we look forward to the moment when the Afghan authorities will be ready to "
     "assume ... responsibilities' = a hoped-for domestic transfer of security responsibility, no act between "
     "actors; London and Kabul are venues, not metonyms"),
 10: ([("came back", "042", N, "TUR", False, A, N, False)],
      "Greece (1998); 'Special envoys from several countries, including members of the Security Council ... came back "
      "frustrated from Ankara and the occupied part of Cyprus' = visits to Turkey and to northern Cyprus by envoys of "
      "unnamed countries (uncoded; 'members of the Security Council' are states, not the Council) -> 042 with source "
      "null, the visit to Ankara coded to the bare country (as the third to seventh sets' visits; Ankara is the place "
      "visited, borderline TUR/GOV as a metonym); the visit to 'the occupied part of Cyprus' = to the Turkish "
      "Cypriot administration, which has no code (held-out: the Turkish Cypriot leader -> target null), so not "
      "coded as a separate null-null visit (borderline bare CYP); 'hoping to unblock the situation' is the purpose "
      "(borderline 045 mediation); 'occupied' is an adjective without an agent in its phrase (held-out 27 row 3), not "
      "coded (borderline nominal 192 TUR -> CYP)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Angola (1990): 'According to present estimates about 3.5 million people are in need of emergency food aid' = "
          "a need with no actor; 'according to' estimates attributes a figure, no event"),
 12: ([], "Gabon (1997): 'It is often said that ... the fields of activity of the States ... are being subjected to "
          "attacks on all sides as science and technology progress' = figurative attacks (guideline), no actor"),
 13: ([], "Togo (2003): 'the use of sanctions, if not properly measured and without time limits, will only increase "
          "people's poverty' = a general view on sanctions, an event noun without an agent in the sentence "
          "(guideline); not coded (borderline a nominal 163 org:EU -> TGO from the preceding text's appeal to the "
          "European Union to reconsider its position)"),
 14: ([], "Vanuatu (1996): 'I reaffirm here my Government's support for the principle by which ... Africa has a right "
          "to a second mandate' = support for a principle of Secretary-General selection, an abstract position "
          "(guideline; held-out 54-61: UN reform positions uncoded); not coded (borderline 051 VUT/GOV -> org:UN as "
          "support for Boutros-Ghali's second term, praised in the preceding sentence)"),
 # --- UNGDC 1990-2019 random: future
 15: ([("will host", "036", "ZAF/GOV", "org:UNCTAD", False, F, N, False)],
      "South Africa (1995); the sentence is cut by the splitter at 'South Africa will host the ninth United Nations'; "
      "the following text completes it as 'Conference on Trade and Development (UNCTAD IX) from 26 April to 11 May "
      "1996' (held-out 44/45: a part cut off by the splitter is taken from the context) -> future hosting of a UN "
      "conference -> 036 future (guideline: future cooperative acts, host included; held-out 30/31: hosting a "
      "session of a UN regional commission 036 future to org:UN), to org:UNCTAD (sixth set; borderline org:UN, as "
      "the sentence itself names only the 'United Nations')"),
 16: ([("reached unanimous", "057", "UGA/GOV", "COD/GOV", False, A, N, False),
       ("reached unanimous", "057", "UGA/GOV", "BDI/GOV", False, A, N, False),
       ("reached unanimous", "057", "UGA/GOV", "TZA/GOV", False, A, N, False),
       ("reached unanimous", "057", "UGA/GOV", "RWA/GOV", False, A, N, False),
       ("reached unanimous", "057", "UGA/GOV", "org:AU", False, A, N, False)],
      "Uganda (1991); 'The meeting reached unanimous ... agreement on an action plan to resolve the armed conflict' = "
      "the Gbadolite regional summit on Rwanda of 7 September 1991 (preceding sentence: chaired by President "
      "Babangida as OAU Chairman, attended by the OAU Secretary General and by Zaire, Burundi, Tanzania, Rwanda and "
      "Uganda) -> an agreement concluded -> 057 (guideline; borderline 03x for a plan not yet implemented); 'the "
      "meeting' stands for its participants (held-out 9: an inanimate subject standing for the actors); a "
      "multilateral act is coded from the document's own government to each other party (guideline: symmetric "
      "acts; held-out 48/49: commitments of five presidents from the speaker's government to each of the others); "
      "Zaire -> COD/GOV (held-out: a renamed state keeps its current code), the OAU Chairman and Secretary General "
      "-> org:AU (held-out 34/35: the OAU is org:AU); 'the armed conflict' (the RPF war in Rwanda) is an event noun "
      "without an agent in the sentence, not coded"),
 17: ([], "Antigua and Barbuda (2001): 'Anything less would simply be the imposition of the will of the powerful upon "
          "the pusillanimous' = a figurative, hypothetical imposition between uncoded classes, not coded"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Belarus (2009): 'Members of the international community, especially the world's power centres and leading "
          "political groups, should give practical effect to their good intentions by developing global partnerships' "
          "= a deontic whose subject is uncoded collectives (the EU, the US and Russia are named only in the "
          "preceding sentence, as addressees of a call that lies outside this one) and whose partnerships have no "
          "named counterpart; not coded (borderline a demanded 050 from each of those three)"),
 19: ([], "Cameroon (2012): 'progress towards the green economy must be gradual and enjoy the support of the "
          "international community' = a general view on the green economy for all countries; the support is of an "
          "uncoded collective for an unnamed beneficiary, not coded (borderline a demanded 070 null -> CMR/GOV, "
          "held-out 46/47: statements of need are demanded aid to the speaker's government)"),
 20: ([("congratulating", "051", "CHL/GOV", "CUB/GOV", False, A, N, False),
       ("congratulating", "051", "CHL/GOV", "USA/GOV", False, A, N, False),
       ("resumed diplomatic relations", "050", "CUB/GOV", "USA/GOV", False, A, N, False)],
      "Chile (2015); 'congratulating two Governments of our region that have resumed diplomatic relations recently, "
      "namely, Cuba and the United States of America' = congratulations -> 051 (held-out 6: 'congratulated' 051), "
      "one per Government (guideline: compound split), 'I should like to conclude ... by congratulating' "
      "performative -> asserted; the restoration of diplomatic relations (July 2015) = a realised normalization "
      "naming its parties -> 050 (held-out 7: a realised normalization a nominal 050; here a verb, so not nominal; "
      "borderline 054 recognition), symmetric, from the first-named, Cuba (guideline)"),
 21: ([("Syria calls on all the warring factions", "1056", "SYR/GOV", "SOM/REB", False, A, N, False),
       ("infighting", "190", "SOM/REB", "SOM/REB", False, A, N, True)],
      "Syria (1995); 'Syria calls on all the warring factions in Somalia to end the infighting and to overcome their "
      "differences' = a request (guideline: call on -> 10x), Y = end the fighting -> de-escalation 1056 (guideline; "
      "held-out 9: a request with several demands takes the most specific sub-code; borderline 107 for overcoming "
      "differences), the unnamed Somali factions -> SOM/REB (held-out 36/37); Y not coded separately (guideline); "
      "'the infighting' = the realised fighting among the factions, named inside the request (held-out 12/13: a "
      "realised act named inside a request is coded too) -> nominal 190 between the factions, SOM/REB -> SOM/REB "
      "(borderline not coded, one code on both sides); national reconciliation and reconstruction are the purpose"),
 22: ([], "France (2001): 'Fourth, we must help refugees and fully respect the right of asylum' = 'we' meaning all "
          "states in a list of global priorities (held-out 42/43: 'we' meaning all states not coded), refugees "
          "uncoded; not coded"),
 23: ([], "Djibouti (2012): 'the media and social networks have responsibilities and must be on the side of those who "
          "contribute to understanding' = a norm for uncoded media in general, no codable act"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("encourage all States", "102", "FIN/GOV", N, False, A, N, False)],
      "Finland (2000); 'Finland would like to encourage all States to sign and ratify the Convention in order to "
      "bring it into force' = a request (held-out 49 row 4: 'encourage countries' 102) to an uncoded collective -> "
      "target null, Y = sign and ratify the Tampere Convention -> demand diplomatic cooperation 102 (held-out 43/45: "
      "calls to ratify or join a treaty 102), 'would like to' performative -> asserted; 'As the host country of the "
      "relevant conference' = an agent noun for the past hosting of the 1998 Tampere conference, not coded "
      "(held-out 58 row 39: an agent noun for a past initiative not coded; borderline a nominal 043 FIN/GOV)"),
 25: ([], "Grenada (2008): 'These issues underscore an urgent need for new platforms to address the issue of support "
          "for the developmental needs of States' = an agentless need, no actor"),
 26: ([], "Papua New Guinea (2003): 'The Pacific Islands Forum Leaders Meeting held in Auckland last month once again "
          "reaffirmed its support for that principle' (self-determination) = support for an abstract principle "
          "(guideline: abstract policy positions not coded) by a group without a code; 'held in Auckland' is an "
          "agentless meeting among uncoded members, Auckland a venue"),
 27: ([], "Congo (1993): 'The end of East-West confrontation, by reducing ... tensions and by promoting the settlement "
          "of certain conflicts, has engendered great hopes' = an inanimate subject with no coded actor; not coded"),
 28: ([], "Libya (1999): 'This is a legitimate cause, not support for terrorism' = a characterization of Libya's "
          "standing by liberation movements (preceding sentence) as a legitimate cause; 'not support for terrorism' "
          "denies a description, not an event (borderline a negated nominal 070 LBY/GOV with no target)"),
 29: ([("called for", "106", "org:UNSC", N, False, A, N, False)],
      "Morocco (2013); 'The most recent resolutions called for a new round of negotiations among the parties' = the "
      "Security Council's Western Sahara resolutions (preceding sentence: 'Morocco complies with all Security "
      "Council resolutions') -> a resolution stands for the Council (held-out 30/31, 36/37) -> a request "
      "(guideline: call for -> 10x), Y = negotiations -> 106; 'the parties' are not named in the sentence or the "
      "preceding text -> target null (held-out 17, 36, 65: the Sahara parties not named -> null; borderline MAR/GOV "
      "and the Polisario); the request is the speaker's account of the resolutions' content, a speech-type event "
      "itself, so reported_by null; the 'political solution accepted by all' is the purpose"),
 30: ([], "Japan (Noda, 2012): 'I pledged to change all that and staked my political life on implementing a "
          "comprehensive reform of our social security and taxation systems' = a domestic reform pledge, no "
          "counterpart"),
 31: ([("welcome", "051", "CMR/GOV", "org:UN", False, A, N, False)],
      "Cameroon (1995); 'we would like to welcome progress by the United Nations in the fight against the scourge of "
      "drugs' = a welcome (guideline: welcome -> 051) of the Organization's progress -> 051 to org:UN (held-out "
      "44/45: supporting a UN plan or the Secretary-General 051 to org:UN), 'would like to' performative -> "
      "asserted; the fight against drugs is not an act against a coded actor"),
 32: ([("remain committed", "0334", "VUT/GOV", "org:UN", False, A, N, False)],
      "Vanuatu (2008); 'We also remain committed to supporting United Nations peacekeeping missions as our modest "
      "contribution' = a commitment stated as a fact -> 03x asserted (held-out 46/47: 'remain committed to "
      "supporting' asserted 03x), to contribute to peacekeeping -> intent to provide military protection or "
      "peacekeeping 0334 (held-out 16/17: 0334), to org:UN (the missions are the UN's; borderline target null as "
      "the host countries are unnamed, or 032)"),
 33: ([("welcome", "051", "VCT/GOV", "SUR/GOV", False, A, N, False),
       ("welcome", "051", "VCT/GOV", "HTI/GOV", False, A, N, False)],
      "Saint Vincent and the Grenadines (1997); 'We take this opportunity to welcome them once again' = 'them' = "
      "Suriname and Haiti, new full members of CARICOM (preceding sentence; guideline: a participant from the "
      "context) -> a welcome 051, one per new member (held-out: 'we welcome the simultaneous admission' of the two "
      "Koreas, 051 to each); the admission itself (CARICOM's act) lies in the preceding sentence and is not coded"),
 34: ([("we support", "051", "MAR/GOV", N, False, A, N, False)],
      "Morocco (2011); 'we support the small and island countries of the Caribbean Sea and the Pacific and Indian "
      "Oceans in their efforts under the Mauritius Strategy' = expressed support (guideline: 051) for an uncoded "
      "class of states -> target null (held-out 58 row 26: 'stand ready to support' the Africans, target null; "
      "borderline not coded as an abstract position, or 070 as material support)"),
 35: ([], "Micronesia (2000): 'By supporting education, the United Nations can help overcome one of the major "
          "obstacles to economic growth' = a general statement of what the UN could do, support for a sector "
          "(education) with no named beneficiary; not coded (borderline a hypothetical 070 org:UN with no target)"),
 36: ([("firmly committed", "0331", "KWT/GOV", N, False, A, N, False)],
      "Kuwait (2013); 'The Kuwait Fund for Arab Economic Development is a central Kuwaiti institution firmly committed "
      "to implementing its promises and policies on international cooperation and assistance to needy people' = a "
      "state development fund -> the speech's Government (held-out 9: an inanimate subject standing for a "
      "government's act; borderline KWT/BUS), a commitment stated as a fact -> 03x asserted (held-out 46/47), to "
      "economic assistance -> 0331 (borderline a habitual 070), 'needy people' uncoded -> target null"),
 37: ([], "Italy (2015): political life 'tied to discussions shaped by 24/7 news stations, the Internet and social "
          "media' = a description, no act"),
 38: ([], "Togo (2015): 'the repeated threats to human rights during times of war' = figurative threats (guideline) and "
          "an agentless war noun, no actor; 'we cannot conceal' is an attitude"),
 39: ([("hosted", "043", "MAR/GOV", "org:LAS", False, A, N, False)],
      "Morocco (1992); 'Morocco took several initiatives towards that end, both at the Arab summit meetings it hosted "
      "and at other international forums' = hosting Arab League summits (Fez, Casablanca) -> 043 (guideline: host "
      "-> 043; held-out 36/37: historic acts in speeches are coded, hosting 043), the summits are the League's -> "
      "org:LAS (held-out 50/51; held-out 28/29: a summit a government hosted -> the summit's organisation; "
      "borderline target null, as held-out 28/29's several conferences hosted by one government); 'took several "
      "initiatives towards that end' (dialogue between Arabs and Israelis) is too vague for a CAMEO code, not coded "
      "(borderline 036 or 045)"),
 40: ([("Our support", "070", "LUX/GOV", "org:AU", False, A, N, True)],
      "Luxembourg (2012); 'Our support in that area also benefits regional organizations, such as the African Union' "
      "= Luxembourg's support for preventive diplomacy and mediation (preceding sentence) reaching the AU -> a "
      "nominal aid noun 070 (held-out 42/43: 'our support for Iraq' a nominal 070 per beneficiary; borderline 051 "
      "verbal support), coded for the one organisation named (held-out 2: a compound of coded and uncoded parties), "
      "the AU -> org:AU; 'benefits' describes the support's reach"),
 41: ([("add our voice", "1031", "BOL/GOV", N, False, A, N, False)],
      "Bolivia (1991); 'we have the obligation to add our voice to the continuing appeal for a prompt and effective "
      "increase of financial and technical resources' = joining an appeal is the speaker's own request, asserted "
      "(held-out 14/15: echoing a call is the speaker's own request; held-out 32/33: hortative 'we must support the "
      "call for' asserted), Y = more financial resources for the alternative-development and anti-drug programmes "
      "-> demand economic aid 1031 (borderline 103), the addressees (the consumer States and donors of the "
      "preceding sentences) uncoded -> target null; the 'continuing appeal' has no named author, not coded "
      "separately"),
 42: ([], "Gambia (2016): 'the impasse in Darfur and the frequent outbreaks of fighting in the Central African Republic "
          "and Burundi pose a serious threat to the civilian population' = agentless fighting nouns (guideline: event "
          "nouns without an agent not coded) and a figurative threat"),
 43: ([("appealed", "100", "CMR/GOV", N, False, A, N, False)],
      "Cameroon (2002); 'President Paul Biya appealed to the community of nations \"to calm the international "
      "situation by doing away with injustice\"' = a request (guideline: appeal -> 10x) by the President (CMR/GOV on "
      "the speech date) to an uncoded collective -> target null, Y = calming the international situation by ending "
      "injustice, no specific behaviour -> generic 100 (borderline 1056 de-escalation); the quoted words are the "
      "content of the appeal, not a separate event"),
 44: ([], "Slovakia (2014): 'the direct threat on the part of larger countries to use force against smaller ones' = "
          "a threat noun between uncoded classes of countries (the Second World War era), null-null, not coded; "
          "'the failure of the international community to maintain world peace' is an uncoded collective and an "
          "evaluation"),
 45: ([], "Nicaragua (1995): 'It is impossible to imagine today's world without this universal institution' = an "
          "evaluation of the UN; the page number '18' cut into the sentence is an artefact"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Solomon Islands (1995): the sentence is cut by the splitter and holds only 'Member State — our sister in "
          "the South Pacific region'; the welcome of Palau ('I embrace the representatives of Palau, the newest') lies "
          "before the cut and is not coded (held-out 58 row 25: an act before the cut not coded); what remains is a "
          "description"),
 47: ([], "Ghana (2018): 'that invariably meant peacekeeping and poverty-related issues' = a description of the "
          "Council's agenda, no act"),
 48: ([("will continue to strengthen", "030", "GBR/GOV", "org:UN", False, F, N, False),
       ("will continue to strengthen", "030", "GBR/GOV", "org:NATO", False, F, N, False)],
      "United Kingdom (May, 2016); 'we will continue to strengthen our existing partnerships, from the United Nations "
      "to the Commonwealth and to NATO' = a future cooperative act -> intent to cooperate 030 future (guideline: "
      "future cooperative acts get 03x; held-out 22/23: a mechanism that 'will deepen' cooperation 030 future), one "
      "per partner (guideline: compound split); the Commonwealth has no code in this project, dropped (held-out 2: "
      "coded party only); 'seeking to resolve conflict in countries across the world, from Colombia and Cyprus to "
      "Somalia and Yemen' = the purpose, places, not coded (borderline 039 or 045 to each country)"),
 49: ([], "Jordan (2005): 'We stand together on the front lines, in word and deed, to eradicate that scourge' "
          "(terrorism) = 'we' standing together with unnamed others against terrorism, which has no code (held-out "
          "3); no act between coded actors"),
 50: ([], "Denmark (2005): the sentence is cut by the splitter and starts at 'Millennium Development Goals through "
          "considerable donor commitments'; 'The summit confirmed our dedication to fulfil the' lies before the cut, "
          "and 'our' there means all states at the 2005 World Summit (held-out 42/43: 'we' meaning all states not "
          "coded); donor commitments of uncoded donors and attention to an uncoded class of African countries; not "
          "coded"),
 51: ([("regrettably", "110", "IRN/GOV", "org:UNSC", False, A, N, False),
       ("adopted", "163", "org:UNSC", "BIH/REB", True, A, N, False)],
      "Iran (1994); 'regrettably ... no measure to encourage compliance and punish intransigence and non-compliance "
      "has been adopted by the Council' = the speaker's regret at the Council's inaction -> 110 to org:UNSC "
      "(guideline: 'laments'/'disappointed' 110; held-out 6: 'it is regrettable' 110; held-out 50/51: regret at "
      "the Council 110 to org:UNSC; borderline not coded as an adverb); the measures not adopted = punitive "
      "measures against the side blamed in the preceding sentence ('the aggressors and their supporters ... "
      "mocking all the decisions of the Council') -> negated 163 (held-out 54-61: 'Why have they not been "
      "imposed?' negated 163; borderline generic 170), the aggressors = the Bosnian Serbs (1994) -> BIH/REB "
      "(held-out 26/27), their supporters unnamed, dropped; 'in spite of previous commitments' = the Council's "
      "earlier undertakings, too vague to code"),
 52: ([("homicides", "1823", N, "COL/CVL", False, A, N, True),
       ("perpetrated", "1823", N, "COL/LAB", False, A, N, False)],
      "Colombia (Uribe, 2007); 'In 2002, Colombia suffered 29,000 homicides' = killings with no agent in the "
      "sentence or the text around it -> an agentless nominal 1823 (guideline: killings of individuals 1823; "
      "held-out 22/23: a historic murder an agentless 1823), the victims Colombians -> COL/CVL (borderline not coded "
      "as a crime statistic); 'of which 196 were perpetrated against trade unionists' = the killings of union "
      "members, an agentless passive -> 1823 with source null, trade unionists -> COL/LAB (held-out 18/19: the LAB "
      "sector); 'we closed 2006 with a 40 per cent reduction in general violence' is a statistic, not an act"),
 53: ([], "United Kingdom (1992): 'there may be difficulties about timing the dispatch of such a force in a given crisis, "
          "but we believe this is essentially a sound idea' = preventive deployment as a general proposal, an agentless "
          "hypothetical with no named parties; an evaluation, not coded"),
 54: ([], "Luxembourg (2009): 'The Economic and Social Council ... will have a particularly important role to play' = "
          "a role within UN reform, no act between actors (held-out 54-61: UN reform positions uncoded)"),
 55: ([], "Portugal (1990): 'Portugal has alerted its partners to the importance of proper and sympathetic handling of "
          "North-South relations' = drawing its (European Community) partners' attention to an issue = a statement, "
          "01x, not coded (borderline a request 100 to org:EU)"),
 56: ([], "Singapore (2005): 'at that time, it was widely felt to be a necessary precaution' = an evaluation of the "
          "internment of Japanese Americans named in the preceding sentences, no act in this sentence"),
 57: ([], "Malaysia (Mahathir, 1999): 'The true ugliness of Western capitalism revealed itself, backed by the military "
          "might of capitalism's greatest proponent' = an evaluation; 'backed by the military might' describes power, "
          "the proponent unnamed (guideline: evaluative descriptions not coded)"),
 58: ([], "Slovenia (1997): a fragment cut by the splitter, 'Almost two years have passed since we, Heads of'; the "
          "reaffirmed commitment to UN reform lies in the following text, and 'we' there means all Heads of State "
          "and Government (not coded either way)"),
 59: ([], "Sierra Leone (1992): 'We are concerned over the situation in Bosnia and Herzegovina' = expressed concern, "
          "01x, not coded (guideline)"),
}
