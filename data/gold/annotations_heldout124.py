"""Hand annotations for the HUNDRED-AND-TWENTY-FOURTH held-out event gold set (source of events-heldout124.jsonl).

Keyed by the row index of selection-heldout124.jsonl (output of select_bulk_sentence_heldout.py 124; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, each a speech in which one other
sentence was annotated for an earlier set; only the bytes of the selected sentence are annotated here).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout124.jsonl \\
        --annotations annotations_heldout124 --output events-heldout124.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("negotiations", "046", "AZE/GOV", "ARM/GOV", False, A, N, True),
      ("rejects", "125", "ARM/GOV", "AZE/GOV", False, A, N, False),
      ("refuses", "120", "ARM/GOV", "AZE/GOV", False, A, N, False)],
     "Azerbaijan (2006); 'It is difficult to hope for a breakthrough in the negotiations' = the Nagorno-Karabakh "
     "negotiations between Azerbaijan and Armenia, whose parties are plain from the same sentence and the speech "
     "(held-out 48/49: an event noun whose agent is plain from the text around it is coded; set 117: 'the "
     "resumption of negotiations between the parties concerned' a nominal 046) -> nominal 046, symmetric, from the "
     "document's own government (guideline); the hope for a breakthrough is optative, not coded (borderline the "
     "negotiations uncoded too, as an event noun with no agent in the sentence); 'Armenia rejects face-to-face "
     "meetings' = an explicit refusal (guideline: REJECT, negated false) of meetings -> 125 to AZE/GOV; 'refuses to "
     "take a constructive approach to solving existing problems' = a second explicit refusal, its content too "
     "vague for a sub-code -> 120 (borderline folded into the 125 as one refusal, or 125 itself)"),
 1: ([("refuses to review", "125", "ISR/GOV", "PSE/GOV", False, A, N, False)],
     "Palestine (2015); 'Israel refuses to review the economic agreements that control the ability of the "
     "Palestinian economy to develop' = an explicit refusal (guideline: REJECT, negated false) that takes the code "
     "of what was refused (held-out 34/35): reviewing, i.e. renegotiating, the Paris Protocol economic agreements "
     "-> reject proposal to negotiate 125 (borderline 1211 reject economic cooperation, or 127), to the other "
     "party -> PSE/GOV; the agreements themselves are only the object of the refusal, not coded (borderline a "
     "nominal 057 ISR/GOV -> PSE/GOV)"),
 2: ([("Our demands", "1056", "PSE/GOV", "ISR/GOV", False, A, N, True),
      ("the blockade", "191", "ISR/GOV", "PSE", False, A, N, True)],
     "Palestine (2010); 'Our demands for the freezing of settlement activities, the lifting of the blockade and an "
     "end to all other illegal Israeli practices' = a request noun of the speaker's government (preceding sentence: "
     "'the Government of Israel must cease all settlement activities ... and put an end to the policy of "
     "blockade') -> nominal request to ISR/GOV, several demands -> the most specific sub-code (held-out 9), the "
     "lifting of the blockade -> 1056 (README: 'urges Israel to lift its blockade' 1056); 'do not constitute "
     "preconditions' bears on the characterisation of the demands, not on the demands (guideline: negation that "
     "bears on something other than the event) -> asserted; the blockade itself = a realised act named inside a "
     "request, coded too (README: the blockade a nominal 191), its agent in the same phrase ('other "
     "illegal Israeli practices') -> ISR/GOV, to the territory -> bare PSE (held-out 61 row 28); settlement "
     "activity has no CAMEO code, not coded (held-out 115 row 9; borderline 192)"),
 3: ([("express regret", "110", "SUR/GOV", "SOM/REB", False, A, N, False),
      ("signing", "057", "SOM/REB", "SOM/REB", False, A, N, True),
      ("have not abided by", "0871", "SOM/REB", "SOM/REB", True, A, N, False),
      ("have thus not permitted", "0863", "SOM/REB", "SOM/CVL", True, A, N, False)],
     "Suriname (1992); 'the parties involved' = the warring Somali factions of the conflict in Somalia that the "
     "preceding sentence names (Ali Mahdi's and Aidid's, the factions themselves never named) -> SOM/REB (README: unnamed Somali factions of "
     "1993 SOM/REB); 'We express regret that' -> 110 (README: 'notes with regret' 110) to the factions; 'the "
     "signing of a cease-fire agreement' -> nominal 057 between the factions, coded once, both sides SOM/REB "
     "(borderline 0871 for the ceasefire itself, or target null); 'have not abided by their commitments' = the "
     "ceasefire commitments not respected -> plain negation (guideline: 'has yet to fulfill' negated) of observing "
     "the ceasefire 0871 (held-out 114: a ceasefire 'respected' 0871; earlier set: 'abide by the ceasefire' 0871) "
     "(borderline an asserted 128 defying the agreement); 'have thus not permitted the unimpeded distribution of "
     "humanitarian assistance to those in need' -> negated 0863 (allow delivery of humanitarian aid), to the "
     "people in need -> SOM/CVL (README: agentless denial of humanitarian access 1623 to the civilians; "
     "borderline an asserted 1623, or target org:UN for the unnamed relief agencies)"),
 4: ([], "Saint Kitts and Nevis (2014): 'Goal 17, which calls for the strengthening of the means of implementation' = "
         "an inanimate subject (a development goal) calling for an abstract partnership, not coded (set 121: "
         "Angola's 'calls for a global coalition' with an inanimate subject left uncoded); 'can never "
         "overemphasize' is no negated event"),
 5: ([("occupied in 1967", "192", "ISR/GOV", "PSE", False, A, N, False),
      ("are returned", "0874", "ISR/GOV", N, False, H, N, False)],
     "Jordan (2007); 'the Palestinian territories occupied in 1967' = Israel's occupation, its agent named in the "
     "same sentence -> 192 (guideline: occupy 192; README: 'Israeli-occupied Golan' 192) to the occupied "
     "territory -> bare PSE, a participle -> not nominal (set 116: a participle not nominal); 'unless other Arab "
     "occupied territories are returned' = a condition (guideline: if/unless -> hypothetical) -> return of occupied "
     "territory 0874 (sets 102-109: occupied territories 'have not been returned' 0874 from the occupier) from "
     "ISR/GOV, the occupier named in the sentence; the speech never names those territories' countries (Syria's "
     "Golan, Lebanon's Shebaa Farms) -> target null (held-out 114: Georgia's and Moldova's occupied territories "
     "with no source because the speech never names the occupier; borderline SYR and LBN from outside knowledge); "
     "the adjective 'occupied' before 'territories' is the same occupation, not coded separately; the Palestinian "
     "people recovering their rights through a state is a hypothetical outcome with no counterpart, not coded; "
     "'Israel will never enjoy the security' is no event"),
 6: ([("sanctions regime", "163", "org:UNSC", "LBR", False, A, N, True)],
     "Liberia (1998); 'to do so' = to accede to the wishes of the Security Council (preceding sentence); 'a "
     "sanctions regime that no longer has validity' = the Council's 1992 arms embargo on Liberia, still in force "
     "(preceding text: 'the arms embargo currently in force against Liberia'), its imposer plain from the text "
     "before (README: sanctions with no agent in the sentence are the Security Council's, from the text "
     "before) -> nominal 163 org:UNSC, to the country -> bare LBR (set 115: sanctions to the bare country; "
     "borderline LBR/GOV); 'no longer has validity' is the speaker's evaluation, not a negated event; acceding 'under "
     "a sanctions regime' is a hypothetical yielding that the speaker calls unwarranted, not coded (borderline a "
     "hypothetical 080 LBR/GOV -> org:UNSC, or a 120 rejection); 'unwarranted and inimical' is an evaluation "
     "(borderline 111 to org:UNSC)"),
 7: ([], "Bolivia (1993): the end of the cold war 'has not engendered an increase in international cooperation and "
         "solidarity' = an agentless outcome with an inanimate subject, no actor; 'we are surprised' is a "
         "sentiment"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("Tests are also being conducted", "150", "USA/GOV", N, False, A, N, False),
      ("Tests are also being conducted", "150", "ISR/GOV", N, False, A, N, False),
      ("strategic cooperation", "062", "USA/GOV", "ISR/GOV", False, A, N, True)],
     "Libya (1997); capital metonyms: Washington -> USA/GOV, Tel Aviv -> ISR/GOV (guideline: capital-city "
     "metonyms -> GOV; Tel Aviv used here as the metonym for Israel's government); 'the strategic cooperation "
     "between Washington and Tel Aviv' = a cooperation noun naming its parties (README: a cooperation named by "
     "its parties a nominal 050) in the military field (the US-Israeli anti-missile programme) -> nominal 062 "
     "(README: security cooperation 062; borderline 050), symmetric, from the first-named; 'Tests are also "
     "being conducted on anti-missile missiles, as part of' that cooperation = weapons tests (guideline: missile "
     "launches and weapons tests 150), a passive whose agents the same sentence gives as the cooperating pair "
     "(guideline: a missing participant taken from the context) -> one 150 per agent, no target (borderline source "
     "null as an agentless passive, or ISR/GOV alone as the tester)"),
 9: ([], "Pakistan (1996): 'The New York Times ... reported that while India hopes that the elections will blunt the "
         "guerrillas' appeal, there are many in Srinagar who say New Delhi is chasing an illusion' = a hope and an "
         "evaluation; New Delhi is a capital metonym (-> IND/GOV) with no codable event ('chasing an illusion' is "
         "figurative), Srinagar a place; the elections are domestic, not coded"),
 10: ([("restricts the rights", "1721", "IRN/GOV", "IRN/CVL", False, A, N, False),
       ("prop up", "070", "IRN/GOV", "SYR/GOV", False, A, N, False),
       ("supports terrorist", "070", "IRN/GOV", N, False, A, N, False)],
      "United States (Obama, 2012); 'it restricts the rights of its own people' = the Iranian Government's "
      "restriction of political freedoms -> 1721 IRN/GOV -> IRN/CVL (held-out 111: 'a dictatorship that denied "
      "freedoms' 1721; borderline 175); 'continues to prop up a dictator in Damascus' = Iran's support for the Assad "
      "regime (preceding text: 'the regime of Bashar Al-Assad must come to an end') -> material support 070 "
      "(README: 'Belgrade supports the Bosnian Serb aggression' 070) to SYR/GOV; 'a dictator in Damascus' "
      "names the ruler and his seat, Damascus a place and not a metonym (borderline a metonym -> SYR/GOV, the "
      "same code); 'supports terrorist groups abroad' -> 070 (README: support for terrorism 070), the groups "
      "unnamed in the sentence and the speech -> target null (borderline LBN/REB for Hizballah from outside "
      "knowledge)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Cameroon (2002): 'we have seldom adequately met the tremendous expectations of millions of women and "
          "children' = 'we' meaning all states (README), an evaluation of a collective performance, not "
          "coded; 'it must be noted' is the speaker's own statement"),
 12: ([("settled by arrangement between the parties", "057", "BOL/GOV", "CHL/GOV", True, A, "org:ICJ", False)],
      "Bolivia (2019); 'it stated' = the International Court of Justice (the Court of the preceding sentence), the "
      "speech verb not coded (guideline); inside the quotation from the 2015 judgment, 'the matters in dispute are "
      "matters neither settled by arrangement between the parties ... nor governed by agreements or treaties in "
      "force' = the Court's finding that Bolivia and Chile (the parties of 'Bolivia v. Chile', preceding sentence) "
      "have reached no settlement on sovereign access to the sea -> negated 057 (set 118: 'agreed solutions remain "
      "to be found' a negated 057; README: 'have never agreed' one negated 057), symmetric, from the "
      "document's own government, reported_by org:ICJ (set 110: org:ICJ); borderline not coded as a legal "
      "characterisation of the dispute quoting the Pact of Bogota; the arbitral award and court decision are "
      "alternatives of the same negated settlement, and 'governed by agreements or treaties in force' is a legal "
      "state, not an act"),
 13: ([("were killed", "202", N, "USA/CVL", False, A, N, False)],
      "Iran (Ahmadinejad, 2010); 'It was said that some 3,000 people were killed on 11 September' = an agentless "
      "attribution ('reportedly' with no named source -> reported_by null, guideline) of the killings of 11 "
      "September 2001; killings of many civilians -> 202 (guideline; held-out 77 row 25: thousands killed 202; "
      "borderline 180 as the terrorist attack, following set 115's nominal 180 for the 11 September attacks), the "
      "perpetrators unnamed in the sentence and disputed in the speech -> source null, the victims -> USA/CVL "
      "(borderline bare USA, as sets 115 and 116 coded the attacks); 'I ask the Assembly please to take note' is "
      "the speaker's own request about his speech, not coded; 'we are all very saddened' is a sentiment"),
 14: ([("the call for the regime to be dropped", "1042", N, "org:EU", False, A, "org:EU", True)],
      "Antigua and Barbuda (1999); Glenys Kinnock, 'a member of the European Parliament', stated that 'the banana "
      "trade provided a ladder out of poverty' (no act) 'and that the call for the regime to be dropped and direct "
      "aid to be substituted was unrealistic' = the speech verb is not coded (guideline), and calling it "
      "unrealistic is an evaluation (borderline a 111 of hers); inside the complement, 'the call for the regime to be "
      "dropped' = the demand, pressed in the WTO banana dispute, that the European Union drop its banana import "
      "regime for ACP producers -> a request noun with no source (README: 'the worldwide demand for a "
      "moratorium' a request noun with no source to each target), its author not named in the sentence or plainly "
      "in the speech (the text before names only Chiquita's WTO challenges), to the regime's owner -> org:EU, Y = a "
      "change of trade policy -> 1042 demand policy change; reported_by Kinnock as an MEP -> org:EU (borderline "
      "GBR/LEG); borderline not coded, as an event noun with no agent in the sentence; the direct aid is part of "
      "the call's Y, not coded separately"),
 # --- UNGDC 1990-2019 random: future
 15: ([("will welcome", "032", "CAN/GOV", N, False, F, N, False)],
      "Canada (2009); 'Canada will welcome the efforts deemed necessary to remove what is clearly a threat to "
      "international peace and security' = an announced future endorsement of measures against Iran's nuclear "
      "programme (preceding text: the P5+1 talks, Harper's discussions with Obama, Brown and Sarkozy) -> future "
      "verbal support 032 future (README: 'will reiterate appreciation' 032 future; guideline: future "
      "cooperative acts 03x), the efforts' authors unnamed -> target null (borderline 051 future, or one 032 each "
      "to USA/GOV, GBR/GOV and FRA/GOV, whose leaders the sentence before names); 'a threat to international peace' "
      "is a threat as risk (guideline), not coded"),
 16: ([], "Morocco (1999): 'We do hope that the deep historical ties ..., the solid and privileged relations that "
          "exist between them, and the ambitions of both peoples to achieve further rapprochement and cooperation, "
          "will be a strong incentive towards reaching a final solution' (Ceuta and Melilla) = an optative hope "
          "(README: a hope about another actor's act not coded); the existing relations and ambitions are states, "
          "not acts (borderline a hypothetical 057 MAR/GOV -> ESP/GOV, or a nominal 050 between the two countries)"),
 17: ([], "Mauritania (1992): 1992 as 'a landmark on the road to' dialogue-oriented international relations = an "
          "evaluation of a year, no actor"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Lebanon (2004): 'the United Nations should assume greater responsibility in resolving the violent "
          "conflict in Iraq and in restoring peace, stability and unity to the Iraqis' = a deontic whose Y, "
          "assuming responsibility, is not a codable behaviour (guideline: nothing coded), and the conflict has no "
          "agent in the sentence (set 118: the international community's obligation to redouble peace efforts left "
          "uncoded; borderline a demanded 045 org:UN -> IRQ, or a demanded 074)"),
 19: ([], "China (2010): 'I wish to ... share with the Assembly my observations' = a speech act about the speech "
          "itself, not coded"),
 20: ([], "Sweden (1998): 'politics must be global as well' = an abstract norm, no actor"),
 21: ([], "Finland (1999): 'The United Nations conference on the illicit arms trade ... should establish a strong "
          "programme of action for international cooperation' = a deontic about the outcome of a conference of "
          "states (an uncoded collective), the programme a document with no counterpart, not coded (README: "
          "acts between uncoded collectives; borderline a demanded 057 with no target, or org:UN as source, as set "
          "120 gave the welcome of the Programme of Action to org:UN)"),
 22: ([], "Andorra (2012): 'on the path of compromise ..., we cannot and must not abandon the defence of human "
          "rights' = 'we' meaning all states and leaders ('in every one of our States', preceding text; held-out "
          "42/43), an abstract commitment to values, not coded"),
 23: ([], "Viet Nam (1998): 'such cooperation and mutual assistance must be based on mutual interest and respect' = "
          "an abstract norm about cooperation between uncoded classes of countries, not coded"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("appeal", "108", "SEN/GOV", N, False, A, N, False)],
      "Senegal (2004); 'I solemnly appeal to the international community and, in particular, to the members of the "
      "Quartet, asking them to persevere in their efforts for an immediate resumption of dialogue' (Israel and "
      "Palestine) = a request (guideline: appeal -> 10x) to the third parties to keep mediating -> demand mediation "
      "108 (README: asking the ASEAN envoy to seek a plan's implementation 108; borderline 106 for the "
      "resumption of dialogue); the international community is uncoded and the Quartet has no code and its members "
      "are not named in the speech -> dropped, target null (held-out 76 row 36: the Quartet's members not named -> "
      "dropped); 'asking them' is the same act; the dialogue and the solution are Y, not coded (guideline)"),
 25: ([], "Saint Kitts and Nevis (1994): 'I appeal for this to be implemented' = more equitable geographical "
          "representation within the UN Secretariat, a UN reform position with no addressee (README: urging "
          "Council reform with no addressee not coded; borderline a 1044 to org:UN)"),
 26: ([("deserve the support", "070", N, "CUB/CVL", False, D, N, True),
       ("deserve the support", "070", N, "CUB/GOV", False, D, N, True)],
      "Gambia (1997); 'the people of Cuba and their Government deserve the support and assistance of the "
      "international community' = a statement of what they deserve (held-out 76 row 24: 'deserves the trust and "
      "assistance of the international community' a demanded nominal 070 with no source) -> demanded nominal 070, "
      "'support and assistance' one aid noun (README), the international community -> null, one event per "
      "recipient (guideline: compound split; README: 'our support for Iraq' one per beneficiary) -> CUB/CVL "
      "and CUB/GOV (borderline 051 for 'support'); Cuba's 'efforts to engage in more meaningful national "
      "development' are domestic, not coded; 'international cooperation and reconciliation' is a climate, no actor"),
 27: ([("provide its political support", "051", N, "YEM/GOV", False, D, N, False),
       ("economic assistance", "071", N, "YEM/GOV", False, D, N, False)],
      "Yemen (2014); 'the international community needs to continue to provide its political support and economic "
      "assistance to Yemen' = a deontic with no request verb (guideline: demanded), the source an uncoded collective "
      "-> null (README: 'it is essential that we continue to support' source null; README: 'it has "
      "become imperative to continue to support' a demanded 051 and 050 with no source); political support -> 051, "
      "economic assistance -> 071, both objects of 'provide' -> not nominal; Yemen = the transitional Government "
      "the speech is about -> YEM/GOV (README: statements of need are aid to the speaker's government; "
      "borderline bare YEM)"),
 28: ([], "Portugal (2013): 'different modalities of assistance, new sources of financing and ... shared "
          "responsibility ... are the main guiding principles for the post-2015 development agenda' = abstract "
          "policy principles, no actor"),
 29: ([("offer praise and support", "051", "PRT/GOV", "org:UN", False, A, N, False)],
      "Portugal (2012); 'We also offer praise and support to our Secretary-General for his commendable work' = a "
      "performative praise and verbal support, one 051 (same code, same pair) -> to the Secretary-General -> org:UN "
      "(README); 'his efforts made to promote peace' are too vague to code (borderline a nominal 045 "
      "org:UN with no target)"),
 30: ([("We support", "051", "GRC/GOV", "UKR/GOV", False, A, N, False),
       ("Minsk agreement", "057", "UKR/GOV", N, False, A, N, True)],
      "Greece (2014); 'We support the 5 September Minsk agreement' = verbal support (guideline: 051) for an "
      "agreement; support aimed at a process goes to its named parties (held-out 8), and the speech names only "
      "Ukraine among the Minsk Protocol's signatories (Russia, the OSCE and the separatist leaders are never named) "
      "-> 051 to UKR/GOV only (set 123: San Marino's 051 to ISR/GOV only, the Arab side never named); the agreement "
      "-> nominal 057 from its one named party, target null (set 123: the negotiations from the named party; "
      "borderline uncoded, since the sentence names no party, or one 057 each to RUS/GOV, org:OSCE and UKR/REB from "
      "outside knowledge); 'the full implementation of which can contribute to the resolution' is hypothetical and "
      "agentless, not coded"),
 31: ([], "Serbia (2014): 'Serbia supports the reform of the Security Council' = a UN reform position (held-out "
          "54-61: UN reform positions uncoded; borderline 051 to org:UNSC)"),
 32: ([("invasion", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "Iceland (1990); 'The invasion and annexation of Kuwait by Iraq' = event nouns with their agent in the "
      "sentence -> nominal 192 (guideline: invade/occupy 192; the annexation, also 192, same pair, coded once; "
      "set 119: Iraq's armed attack 190 and annexation 192 coded separately because their codes differ; borderline "
      "a second 192 on 'annexation'), IRQ/GOV -> bare KWT (guideline: target of an invasion); 'a flagrant violation "
      "of international law' and 'a frontal attack on the very ideals' are the speaker's evaluative descriptions of "
      "the same act (guideline: evaluative descriptions not coded; 'attack on' ideals figurative), no separate 128 "
      "or 111 (borderline a 111 IRQ/GOV as an implicit condemnation)"),
 33: ([("We also support", "051", "LBY/GOV", N, False, A, N, False)],
      "Libya (1991); 'We also support all international efforts aimed at prohibiting all forms of weapons of mass "
      "destruction' = verbal support for efforts whose authors are unnamed -> 051 with target null (held-out 76 "
      "row 27: 'We commend and support all efforts ... aimed at putting an end to these rifts' 051 null); "
      "borderline not coded as an abstract disarmament position (guideline: abstract policy positions without an "
      "actor)"),
 34: ([("disappointed", "110", "TUV/GOV", N, False, A, N, False)],
      "Tuvalu (2010); 'we were deeply concerned and disappointed at the outcomes of the Climate Change Conference in "
      "Copenhagen' -> 'disappointed' 110 (guideline), 'deeply concerned' 01x not coded; the outcomes are those of "
      "the conference's parties, an uncoded collective -> target null (borderline org:UN for the UNFCCC "
      "conference, as set 112 'laments the adoption by the United Nations' 110 to org:UN); 'our high expectations "
      "of concrete and timely support from the international community' is an unfulfilled hope about uncoded "
      "donors, not coded (held-out 42/43; borderline a negated 070 null -> TUV/GOV); Copenhagen is a place"),
 35: ([("terrorist attacks", "180", N, "USA", False, A, N, True)],
      "Singapore (2001); 'the recent terrorist attacks' = the 11 September attacks (the speech: 'the terrorist "
      "attacks of 11 September') -> nominal 180 with no source (set 115: the 11 September attacks with no victim "
      "in the sentence a nominal 180 with no source to USA from the context; set 116 the same) -> bare USA; the "
      "airlines cutting flight schedules are commercial acts of uncoded companies, not coded; 'the fear of flying' "
      "is a sentiment"),
 36: ([("express our appreciation", "051", "QAT/GOV", "IRQ/GOV", False, A, N, False),
       ("cooperating", "050", "IRQ/GOV", "IRQ/CVL", False, A, N, False)],
      "Qatar (2018); 'we once again express our appreciation for the efforts of the Iraqi Government' -> 051 to "
      "IRQ/GOV (guideline: thank/praise 051); 'by cooperating with all political parties and components of the "
      "Iraqi society' = the Government's cooperation with domestic partners -> 050 (README: partnerships "
      "with civil society 050), one event to IRQ/CVL for the parties and components of society together "
      "(borderline a second 050 to IRQ/OPP for the political parties, which include the governing ones); "
      "'restoring stability and achieving national reconciliation' are outcomes, not coded"),
 37: ([("We welcome", "051", "GRC/GOV", "USA/GOV", False, A, N, False)],
      "Greece (2002); 'We welcome the statement by President Bush' -> 051 to USA/GOV (guideline: welcome 051); "
      "Bush's statement itself (his speech to the Assembly on Iraq) is 01x, not coded"),
 38: ([], "Namibia (2001): a fragment cut by the splitter, 'Similarly, the fourth Ministerial Meeting of the "
          "World' [Trade Organization]; the meeting's verb lies after the cut (sets 102-109: a fragment whose verb "
          "was cut away is left uncoded), and a meeting noun with no agent is not coded (guideline)"),
 39: ([("negotiations", "046", "SLV/GOV", "SLV/REB", False, A, N, True)],
      "El Salvador (1990); 'the climate of negotiations now prevailing in the country' = the UN-sponsored "
      "negotiations between the Government and the FMLN, named in the speech ('the negotiations between the "
      "Government of the Republic and the Farabundo Marti National Liberation Front') -> nominal 046 from the "
      "document's own government (held-out 48/49: an event noun whose agent is plain from the text around it is "
      "coded), the FMLN of 1990 -> SLV/REB (held-out 76 row 29); 'all the political parties ... are working "
      "together' in the inter-party machinery = cooperation among unnamed domestic parties, not coded (set 121: "
      "agreements among unnamed domestic parties uncoded; borderline 050 SLV/OPP among themselves); 'proud to "
      "inform the international community' is a speech act"),
 40: ([("appeal", "108", "GMB/GOV", N, False, A, N, False)],
      "Gambia (1992); 'We want to appeal to all those who exercise some influence over the various warring factions "
      "to use their influence now in support of Security Council resolution 767' = a request (guideline: appeal -> "
      "10x), 'We want to' performative -> asserted, to an uncoded class of third parties -> target null (held-out "
      "76 row 9: an appeal to donor countries 1031 target null), Y = bringing their influence to bear on the "
      "Somali factions for the resolution's cease-fire and humanitarian access -> demand that third parties "
      "intervene, 108 (borderline 1056 for the resolution's cessation of hostilities, or generic 100); the factions "
      "are only the object of the influence, not coded"),
 41: ([("hosted", "043", "MUS/GOV", N, False, A, N, False),
       ("with the support of the World Bank", "070", "org:WB", "MUS/GOV", False, A, N, True)],
      "Mauritius (2016); 'Mauritius, with the support of the World Bank, hosted the African Ministerial Conference "
      "on Ocean Economies and Climate Change' -> host 043 (guideline), the participating African ministers' "
      "countries unnamed -> target null (README: conferences hosted with no target; borderline org:WB as "
      "co-organiser); 'with the support of the World Bank' -> nominal 070 org:WB -> MUS/GOV (README: 'with the "
      "support of our United Nations partners' a nominal 070 from org:UN; guideline: org:WB); 'I am pleased to "
      "inform the Assembly' is a speech act"),
 42: ([("gratitude", "051", "ZMB/GOV", N, False, A, N, False)],
      "Zambia (2006); 'our gratitude goes to the other cooperating partners' -> thanks 051 (guideline), the partners "
      "an uncoded collective distinct from the G8 leaders thanked in the sentences before ('other') -> target null "
      "(README: thanks that include a group without a code have target null); 'for agreeing to expand aid to "
      "developing countries by approximately $50 billion' = an aid pledge between uncoded collectives (uncoded "
      "partners to developing countries in general), null-null, not coded (held-out 54-61; borderline a 0331 with no "
      "source and no target, or to ZMB/GOV as one of the developing countries)"),
 43: ([("attacks", "180", N, "SAU", False, A, N, True)],
      "Kuwait (2019); 'the recent attacks on 14 September on the sisterly Kingdom of Saudi Arabia' (Abqaiq and "
      "Khurais) = among the 'acts of terrorism and subversion' of the sentence before and 'those terrorist attacks' "
      "of the sentence after, their perpetrators never named -> nominal 180 with no source (README: an "
      "agentless terrorist attack is 180 with no source, one per victim country) -> bare SAU (borderline SAU/GOV, "
      "or 190/195 for a drone and missile strike; borderline YEM/REB, who claimed them, from outside knowledge); "
      "'those that targeted its vital installations' are the same attacks, coded once"),
 44: ([], "Chile (2016): 'We need more multilateralism, cooperation and dialogue' = 'we' meaning all states (held-out "
          "42/43), an abstract need, not coded"),
 45: ([("That assistance", "070", "VEN/GOV", N, False, A, N, True)],
      "Venezuela (2004); 'That assistance from OPEC members' = the OPEC fund to combat desertification and drought "
      "that 'we recently helped establish' (preceding sentence) -> nominal 070 (README: one aid noun covering "
      "several kinds is one 070; borderline 071 or 073); OPEC has no code in these sets and its members are a group "
      "whose only member the speech names is the speaker ('our solidarity') -> VEN/GOV (README: a group "
      "without a code is each member the document names; borderline a new org:OPEC); 'our brothers and sisters in "
      "Africa' = the continent's peoples, an uncoded collective -> target null; 'reflects our solidarity' is a "
      "sentiment, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Denmark (2006): 'no denying that nation-States remain the constituent part of the international system' "
          "= a description, no act"),
 47: ([], "India (2005): 'Our experience in India from the freedom movement to present times shows that diversity is "
          "a source of strength' = a description; 'the freedom movement' marks a period, not coded (borderline a "
          "nominal 140 IND/CVL -> GBR/GOV, as set 101 coded the ANC's struggle)"),
 48: ([], "Lesotho (1997): 'the recalcitrance of the UNITA leadership continues to unravel the gains that had been "
          "made in the search for peace' = an evaluative description of an attitude (earlier sets: 'intransigence' "
          "an evaluative description, not coded; borderline a nominal 120 or 1246 AGO/REB -> AGO/GOV for UNITA's "
          "non-implementation of the Lusaka Protocol); 'unravel the gains' is figurative and 'the search for peace' "
          "agentless"),
 49: ([("congratulate", "051", "BFA/GOV", "MAR/GOV", False, A, N, False),
       ("initiated direct talks", "046", "MAR/GOV", "ESH/REB", False, A, N, False)],
      "Burkina Faso (2007); 'We also congratulate the Moroccan Government' -> 051 to MAR/GOV (README: "
      "'congratulated' 051); 'for having initiated direct talks with the Polisario Front on the future of the "
      "Western Sahara' = the Manhasset negotiations of 2007 -> negotiate 046 (guideline), asserted, MAR/GOV -> the "
      "POLISARIO Front ESH/REB (sets 102-109: the POLISARIO Front ESH/REB); borderline 036 for 'initiated'"),
 50: ([], "Guyana (2012): the Caribbean economies facing challenges from indebtedness and falling export revenues = a "
          "description, no act"),
 51: ([("greatly values", "051", "ZMB/GOV", "org:UN", False, A, N, False)],
      "Zambia (1996); 'Zambia greatly values the contribution of the Secretary-General to the reform process of the "
      "United Nations' = appreciation of the Secretary-General's work -> 051 to org:UN (set 122: 'Japan respects the "
      "activities of UN-Women' 051; README: supporting the Secretary-General 051 to org:UN; borderline an "
      "uncoded sentiment or UN reform position); 'can only hope that the entire membership will give him a second "
      "term' = an optative hope about the Member States' reappointment, not coded (borderline a future 051 with no "
      "source)"),
 52: ([("were forced", "1721", "SUN/GOV", "LTU/CVL", False, A, N, False)],
      "Lithuania (1991); 'they were forced to bury history hooks [books] and hide any remembrance of our independent past' "
      "= the Lithuanian people under Soviet rule (the preceding sentences: 'foreign rule', 'foreign occupation'; "
      "the speech: 'the illegal incorporation of the Baltic States into the Soviet Union', 'the nations ruled by "
      "the Soviet Union'), a passive whose agent the document makes plain (guideline: missing participant from "
      "context) -> SUN/GOV (README: the USSR of the speech's date), the suppression of national memory -> "
      "impose restrictions on political freedoms 1721 (held-out 111: 'a dictatorship that denied freedoms' 1721; "
      "borderline 175 repression, or source null as an agentless passive) -> LTU/CVL; 'parents never stopped "
      "quietly telling their children' is no act between actors ('never stopped' bears on family memory)"),
 53: ([], "Grenada (2012): 'extend once again its heartfelt condolences to the Government and people of the United "
          "States' = condolences, not coded (README); the killing of Ambassador Stevens and his colleagues "
          "is not stated in the sentence (only 'bereaved families'), not coded (borderline an agentless 1823 to "
          "USA/GOV from the text before)"),
 54: ([], "Andorra (2000): 'We need a democratic nationalism' = 'we' meaning all peoples, an abstract need"),
 55: ([], "Luxembourg (1999): 'My country hopes that this historic breakthrough at century's end will be further "
          "consolidated' = an optative hope about the post-1989 changes, agentless, not coded"),
 56: ([], "Mexico (2004): 'The year 2005 will be decisive for the future of multilateralism' = an evaluation, no act"),
 57: ([], "Honduras (2019): 'brave, highly effective men and women who have given up everything, including, for "
          "some, their lives' = the justice and security officials of the sentence before, some killed in the fight "
          "against organized crime; 'given up their lives' is a description of sacrifice whose killers are uncoded "
          "and unnamed, not coded (README: agentless killings of uncoded victims left uncoded; borderline a "
          "1823 with no source to HND/COP)"),
 58: ([("operation carried out", "074", "org:NATO", "BIH", False, A, N, False),
       ("operation carried out", "074", "UKR/GOV", "BIH", False, A, N, False)],
      "Ukraine (1996); a fragment cut by the splitter: '[the Implementation Force (IFOR)] operation carried out, "
      "under the mandate of the Security [Council], by the North Atlantic Treaty Organization (NATO), its partners "
      "- including Ukraine - and other countries'; its verb 'carried out' is in the sentence, so the agents after "
      "the cut are taken from the context (sets 102-109: a fragment whose object the splitter cut off is coded from "
      "the text after the cut when its verb is in the sentence) -> peacekeeping 074 (README: troops in ISAF or "
      "UNIFIL 074 to the host country) from org:NATO (README: ISAF org:NATO) and from the one partner the "
      "document names, UKR/GOV (README: a collective naming one member coded for that member; borderline "
      "UKR/MIL, as set 114 coded AMISOM's contributors' forces), to Bosnia and Herzegovina -> bare BIH; the Security "
      "Council's mandate is not coded separately (borderline a 0861 BIH/GOV -> org:UN, or an authorisation by "
      "org:UNSC); borderline not coded at all as a fragment"),
 59: ([], "United States (Bush, 2007): a sentence starting at 'Hall' after the splitter's cut; 'we can build a world "
          "where people are free to speak, assemble and worship' = 'we' meaning all those in the Hall (held-out "
          "42/43), a hypothetical aspiration, no act"),
}
