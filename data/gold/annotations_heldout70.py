"""Hand annotations for the SEVENTIETH held-out event gold set (source of events-heldout70.jsonl).

Keyed by the row index of selection-heldout70.jsonl (output of select_bulk_heldout.py 70; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout70.jsonl \
        --annotations annotations_heldout70 --output events-heldout70.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("did not negotiate", "046", N, "AFG/REB", True, A, N, False),
      ("shall not negotiate", "125", "IND/GOV", N, False, A, N, False)],
     "India (2003); 'the world did not negotiate with al Qaeda or the Taliban' = a negated 046 (guideline: plain "
     "negation keeps the event's code) from an uncoded collective -> source null (held-out 40/41: a call that 'has "
     "not elicited the expected response' is a negated 030 with no source), to the Taliban, out of power since 2001 "
     "-> AFG/REB; al Qaeda has no country code and is dropped (compound rule); 'we shall not negotiate with "
     "terrorism' = a performative refusal by the speaker (guideline: 'we will never accept it') -> 125 reject "
     "proposal to negotiate, negated false; its target 'terrorism' is abstract -> null (borderline PAK/GOV, whose "
     "offer of a cessation of violence 'in return for reciprocal obligations' the preceding text rejects)"),
 1: ([("urge", "102", "BIH/GOV", N, False, A, N, False)],
     "Bosnia and Herzegovina (2007); urging 'all Member States that have not yet done so' (an uncoded collective -> "
     "target null) to ratify the UN Framework Convention on Climate Change = a request whose Y is joining a treaty -> "
     "102 (held-out 63 row 2, 37 row 2, 43 row 18); the relative clause's negated ratification is null-null, not "
     "coded (held-out 45 row 3)"),
 2: ([("providing economic assistance", "071", "BLR/GOV", N, False, A, N, False)],
     "Belarus (2004); 'have not stopped us from providing economic assistance to developing countries' = an asserted "
     "071 (the negation bears on 'stopped', not on the aid; guideline: 'never ceased to demand' is asserted), "
     "recipients an uncoded collective -> target null"),
 3: ([("does not reject dialogue", "125", "PAK/GOV", "IND/GOV", True, A, N, False)],
     "Pakistan (1994); 'Pakistan does not reject dialogue' = plain negation of a reject verb -> negated 125 (guideline: "
     "plain negation keeps the event's own code), the dialogue is with India (preceding sentences: talks with India "
     "on Kashmir) -> IND/GOV (borderline: a stance, not coded); 'it must not be a dialogue of the deaf' is an "
     "evaluation, not coded"),
 4: ([("deploying nuclear weapons", "154", "USA/GOV", "PRK/GOV", True, H, N, False),
      ("threatening", "1385", "USA/GOV", "PRK/GOV", True, H, N, False)],
     "Democratic People's Republic of Korea (2011); the counterfactual 'if the United States had refrained from "
     "deploying nuclear weapons in the Korean peninsula and threatening the DPRK with nuclear arms' -> both acts "
     "negated and hypothetical (guideline: 'if that deal has not been signed' is negated and hypothetical; "
     "borderline: the frame presupposes that the US did deploy and threaten, i.e. asserted non-negated); deploying "
     "weapons = 154 (guideline: troop build-ups 154), aimed at the DPRK in the speaker's framing -> PRK/GOV "
     "(borderline KOR, where they stood); threatening with nuclear arms = 1385 threaten attack with WMD; 'the "
     "nuclear issue would never have been raised' is no act"),
 5: ([], "Thailand (2008): 'the gathering threats posed by climate change' = a risk (guideline: figurative 'threat'); "
         "'turn our eyes away' is an attitude; not coded"),
 6: ([], "Antigua and Barbuda for the G-77 and China (2008): 'We have not provided the resources ... and the "
         "cooperation' -- 'we' is 'we, as an international community' (preceding sentence), i.e. all states "
         "(held-out 44/45: 'we' meaning all states is not coded); the recipients, 'all developing countries', are "
         "an uncoded collective; not coded (borderline negated 070 null-null)"),
 7: ([], "Luxembourg (2018): the warnings from the Secretary-General and the scientific community are about climate "
         "risk (held-out 48/49: 'issues a warning' about harm is not a threat), and 'we' in the if-clause is all "
         "states; not coded"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("We commend", "051", "WSM/GOV", "USA/GOV", False, A, N, False),
      ("initiating", "043", "USA/GOV", N, False, A, N, False),
      ("we urge", "107", "WSM/GOV", "ISR/GOV", False, A, N, False),
      ("we urge", "107", "WSM/GOV", "PSE/GOV", False, A, N, False)],
     "Samoa (1996); commending President Clinton -> 051 to USA/GOV; 'initiating the recent Washington meetings' = "
     "convening a summit -> 043 (guideline: host/convene), its invitees not named in the sentence -> target null "
     "(held-out 28/29: several conferences hosted by one government are one 043 with no target); 'Washington' is "
     "the venue here, not a metonym (guideline); urging 'all sides, in the renewed negotiations now taking place in "
     "the region' (the Middle East peace process of 1996, preceding sentence) to restore the peace process = "
     "advocacy of a settlement -> 107 (held-out 54-61), one per party: Israel and the Palestinian Authority -> "
     "ISR/GOV, PSE/GOV (borderline: 'all sides' left uncoded -> target null); the negotiations noun has no agent "
     "in the sentence and is not coded separately"),
 9: ([("We reject", "120", "CUB/GOV", "USA/GOV", False, A, N, False),
      ("reaffirm our unwavering support", "051", "CUB/GOV", "NIC/GOV", False, A, N, False)],
     "Cuba (2019); 'Washington's attempts' -> capital metonym -> USA/GOV (guideline); rejecting another's acts -> "
     "120 (held-out 46/47: 'We utterly reject attacks' is 120); 'attempts to destabilize the Government of "
     "Nicaragua' has no CAMEO code of its own (no specific coercive act named) and is not coded as a separate "
     "nominal event (borderline nominal 170 USA/GOV -> NIC/GOV); reaffirming support for President Ortega -> "
     "verbal support 051 to NIC/GOV"),
 10: ([("dialogue", "046", "AFG/GOV", "AFG/REB", False, D, N, True)],
      "Pakistan (2016); 'the only road to a lasting peace ... is through a dialogue between the Government in Kabul "
      "and the Afghan Taliban' = talks that should occur -> demanded nominal 046 (held-out 42/43: direct talks that "
      "'should occur' are a demanded nominal 046), coded once from the first-named party (guideline: symmetric); "
      "'the Government in Kabul' -> AFG/GOV, the Taliban in 2016 -> AFG/REB (guideline); the attributing 'the "
      "international community agrees that' is an uncoded collective -> reported_by null; 'the current war in "
      "Afghanistan' has no agent in the sentence, not coded"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("warmly welcomed", "051", N, "MDG", False, A, N, False)],
      "Madagascar (2018); Madagascar's democratic success 'has been warmly welcomed by many observers' = praise by an "
      "uncoded collective -> 051 with no source (held-out 50/51: 'has already received credit' is 051 with no "
      "source), to the country as a whole -> MDG (borderline MDG/GOV); the quoted 'real democratic progress' is the "
      "same praise, not coded twice"),
 12: ([], "Syria (2009): President Assad's saying 'that peace is antithetical to occupation' = a maxim with no actor "
          "(the speech verb is not coded; the occupation noun has no agent in the sentence); not coded"),
 13: ([], "Argentina (2014): 'there will always be a Judge Griesa somewhere in the world who says that they are "
          "meaningless, and who will end up applying usurious taxes to bleed some poor country' = a generic, "
          "figurative forecast about any such judge and any poor country; no specific act between actors; the "
          "treaty 'approved by this Assembly' is hypothetical and its absence is no act; not coded (borderline: a "
          "hypothetical 1124/163 USA/JUD -> null)"),
 14: ([], "Israel (1995): the President of Syria 'has said that ... only through military negotiations and making "
          "security the major agenda item can one achieve peace' = a quoted general view, no act between named "
          "actors (the speech verb is not coded); not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Peru (1992): an abstract statement about multilateral cooperation and 'manoeuvring to preserve or increase "
          "international influence' with no actor; not coded"),
 16: ([("support", "070", "org:WB", "BDI/GOV", False, F, N, True),
       ("support", "070", "org:IMF", "BDI/GOV", False, F, N, True)],
      "Burundi (1993); pursuing the structural adjustment programme is a domestic policy, not coded; 'with the "
      "support of the World Bank and the International Monetary Fund' -> nominal 070 from each organisation "
      "(held-out 28/29: 'with the support of our United Nations partners' is a nominal 070 from org:UN; compound "
      "rule), future with the programme it goes with (held-out 50/51: aid tied to expected progress is future)"),
 17: ([("support", "032", "org:EU", "org:UN", False, F, N, False)],
      "Netherlands for the European Union presidency (2004); 'It' = the European Union (preceding sentences: 'The "
      "European Union will closely cooperate with ...') -> org:EU; 'will continue to support the efforts of the "
      "United Nations, in particular by the Special Representative of the Secretary-General' = future verbal "
      "support -> 032 future (held-out 50/51: 'will give our full support to the world conference' is 032 future) "
      "to org:UN (borderline 070 future, as held-out 44/45 'we will continue support')"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Djibouti (2001): 'we must substantially increase Official Development Assistance, alleviate the debt burden "
          "... and dismantle the protectionist barriers of developed countries' = a deontic over 'we' meaning all "
          "states (held-out 44/45), beneficiaries uncoded; 'as called for in the Millennium Declaration' is a "
          "target, not an act; not coded"),
 19: ([("completely unacceptable", "111", "NRU/GOV", "PRK/GOV", False, A, N, False),
       ("stop such threats", "087", "PRK/GOV", "KOR/GOV", False, D, N, False),
       ("stop such threats", "087", "PRK/GOV", "JPN/GOV", False, D, N, False),
       ("stop such threats", "087", "PRK/GOV", "USA/GOV", False, D, N, False),
       ("threats", "138", "PRK/GOV", "KOR/GOV", False, A, N, True),
       ("threats", "138", "PRK/GOV", "JPN/GOV", False, A, N, True),
       ("threats", "138", "PRK/GOV", "USA/GOV", False, A, N, True),
       ("launching of rockets", "150", "PRK/GOV", N, False, A, N, True)],
      "Nauru (2017); 'That is completely unacceptable' refers to the DPRK's threats (preceding sentence) -> the "
      "speaker's disapproval 111 to PRK/GOV (held-out 44/45: 'cannot be condoned' is the speaker's 111); 'the DPRK "
      "must stop such threats' = a deontic with no request verb -> demanded Y; stopping threats and rocket launches "
      "= de-escalation -> 087 (as held-out 38/39 'sanctions should be lifted' -> demanded 085), one per party "
      "threatened in the preceding sentence ('the Republic of Korea, Japan, Guam and cities of the United States'); "
      "the threats themselves, with their agent named in the sentence -> nominal 138 per party (held-out 28/29: "
      "'urges Israel to lift its blockade' is 1056, and the blockade itself a nominal 191; held-out 50/51: 'the "
      "threats from the United States' a nominal 138); the launching of rockets into the Pacific -> nominal 150 "
      "(guideline: missile launches 150), no target"),
 20: ([], "India (2006): 'we must acknowledge that significant unfulfilled tasks ... lie ahead', including the reform "
          "of multilateral bodies = UN reform positions (held-out 54-61: left uncoded); not coded"),
 21: ([], "Kenya (2001): 'We the Member States of the United Nations must work very closely ... to disable the "
          "terrorist machinery' = a deontic over all states (held-out 44/45: 'we' meaning all states is not coded) "
          "against an uncoded group; not coded"),
 22: ([("reunification process", "050", "PRK/GOV", "KOR/GOV", False, D, N, True)],
      "Central African Republic (1990); 'the effects of international détente should lead to a quickening by the two "
      "States of an independent and peaceful reunification process' = a deontic over the two Korean states' "
      "cooperation -> demanded nominal 050 (held-out 50/51: conditional inter-Korean cooperation is a hypothetical "
      "nominal 050; held-out 42/43: talks that 'should occur' are a demanded nominal 046), symmetric, coded once, "
      "from PRK/GOV to KOR/GOV since neither is named first (borderline 037 settle dispute, or not coded as a "
      "reunification stance)"),
 23: ([], "Norway (2002): 'We must all help to bring the conflict out of its deadlock' = a deontic over all states "
          "(held-out 44/45) about the Middle East conflict, whose parties the sentence does not name; not coded"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("I recommend", "105", "CYP/GOV", "TUR/GOV", False, A, N, False),
       ("threats to annex", "1382", "TUR/GOV", "CYP", False, A, N, True)],
      "Cyprus (2001); 'I recommend to the leadership of Turkey that it abandon its threats to annex the occupied "
      "part of Cyprus' = a request S->X (guideline: requests are one asserted 10x), Y = giving up a coercive stance "
      "-> 105 demand that target yields (borderline 1056); the threats to annex, with their agent ('its' = Turkey) "
      "in the sentence -> nominal 1382 threaten occupation (as held-out 28/29: the blockade itself coded beside the "
      "call to lift it), to the country whose territory it is -> bare CYP (guideline: target of an invasion); "
      "'the occupied part' is an adjectival participle with no agent in the sentence and is not coded separately "
      "(borderline nominal 192 TUR/GOV -> CYP)"),
 25: ([], "Sudan (1993): the Arab League Council of Ministers' own 100th meeting is an internal session (no other "
          "party), and issuing a communiqué is a public statement (CAMEO 01x, not coded); 'this agreement' (the "
          "PLO-Israel Declaration of Principles) has no agent in the sentence; not coded"),
 26: ([("rejection", "127", "CYP/CVL", "org:UN", False, A, N, True)],
      "Cyprus (2005); 'the most recent plan, which essentially led to its rejection' = the rejection of the UN "
      "(Annan) plan by the Greek Cypriot voters in the referendum of April 2004, plain from the document (held-out "
      "48/49: an event noun whose agent is plain only from the text around it is coded) -> nominal 127 to org:UN "
      "(held-out 52/53: 'they rejected this particular Plan' is 127 to org:UN), source the voters -> CYP/CVL "
      "(borderline CYP/GOV, or not coded as agentless); 'divisive character' and 'remoteness' are evaluations"),
 27: ([], "Afghanistan (2016): a rhetorical question about whether Islam can 'permit terrorism and suicide attacks' = "
          "a general statement about religion with no named actor; not coded"),
 28: ([("fully supports the efforts", "051", "ECU/GOV", "COL/GOV", False, A, N, False),
       ("negotiating", "046", "COL/GOV", "COL/REB", False, A, N, False)],
      "Ecuador (1999); 'it' = Ecuador (preceding sentence) -> ECU/GOV; supporting the Pastrana Government's efforts -> "
      "verbal support 051 to COL/GOV; 'to reach peace by negotiating with the rebel groups in that country' = "
      "ongoing talks of 1999 -> 046 from COL/GOV to the country's rebels -> COL/REB (held-out 30/31: negotiating "
      "with unnamed armed groups is 046 to the country's REB)"),
 29: ([("condemns", "111", "ARG/GOV", "IRQ/GOV", False, A, N, False),
       ("aggression", "190", "IRQ/GOV", "KWT", False, A, N, True),
       ("demands", "1056", "ARG/GOV", "IRQ/GOV", False, A, N, False)],
      "Argentina (1990); condemning Iraq's aggression -> 111 to IRQ/GOV; 'Iraq's aggression' = an event noun with its "
      "agent -> nominal 190 (guideline: 'aggression' 190), against Kuwait as a whole -> bare KWT (guideline: target "
      "of an invasion); demanding 'the immediate and unconditional withdrawal of Iraqi troops from Kuwait and the "
      "restoration of the authority of the legitimate Government' = one request (guideline: Y not coded "
      "separately) -> 1056 de-escalation; 'in conformity with Security Council resolutions' is not attribution"),
 30: ([("welcome", "051", "ISL/GOV", "org:UNGA", False, A, N, False)],
      "Iceland (2006); welcoming 'the agreement on the Global Counter-Terrorism Strategy' (adopted by the General "
      "Assembly in September 2006, as the preceding text of the document discusses UN reform) -> 051 to org:UNGA "
      "(held-out 38/39: welcoming a General Assembly decision is 051 to org:UNGA); 'the crippling effects of "
      "terrorism' has no actor"),
 31: ([], "Solomon Islands (1999): a general statement about what accelerates reforms in small economies (access to "
          "capital, grant aid, technical assistance) with no named donor or recipient; not coded"),
 32: ([], "Nicaragua (1997): 'The Summit meeting wished to emphasize that ...' = a public statement (CAMEO 01x, not "
          "coded); the exclusion of women is a social condition, not an act between actors; not coded"),
 33: ([("welcome", "051", "DEU/GOV", "USA/GOV", False, A, N, False)],
      "Germany (1995); a fragment cut by the splitter: 'I very much welcome the confirmation by the' [American "
      "Secretary of State that the United States stands by the obligations arising from its membership] (the text "
      "after the sentence); the welcome verb is in the sentence and its object's author is taken from the context "
      "(held-out 44/45: a subject cut off by the splitter is taken from the context) -> 051 to USA/GOV (borderline: "
      "not coded, as held-out 63 row 0, where the event itself lay outside the sentence)"),
 34: ([], "Ireland (2001): 'war and its mutation, terrorism, continue to threaten mankind' = figurative threat "
          "(guideline), no actor; the proliferation of WMD has no agent; not coded"),
 35: ([], "Thailand (1993): a fragment cut by the splitter, 'The ASEAN Treaty of Amity and Cooperation in South-East' "
          "[Asia forms the basis for a new code of conduct]; a treaty name with no act in the sentence; not coded"),
 36: ([], "Sierra Leone (2001): 'the international consensus is that sustainable development also requires greater "
          "cooperation between developing and developed countries' = a general position between uncoded "
          "collectives; not coded"),
 37: ([("asked to host", "1013", N, "NLD/GOV", False, A, N, False)],
      "Netherlands (1993); 'is proud to have been asked to host the Tribunal in The Hague' = an agentless passive "
      "request for judicial cooperation -> 1013 (held-out 40/41: the Secretary-General's request to host a "
      "tribunal is a nominal 1013) with no source (guideline: agentless passives -> null; borderline org:UNSC, "
      "whose resolution set up the Tribunal); the hosting itself is not asserted in the sentence and is not coded "
      "(borderline 043 NLD/GOV -> org:ICTY)"),
 38: ([], "Kazakhstan (1998): 'Globalization ... has radically altered the accustomed assumptions' = a general trend, "
          "no actor; not coded"),
 39: ([], "Marshall Islands (2004): support 'for the expansion of the Security Council in both categories of "
          "membership' = a UN reform position (held-out 54-61: UN reform positions left uncoded); not coded"),
 40: ([("snuffed out", "202", "GBR/REB", "GBR/CVL", False, A, N, False)],
      "United States (Clinton, 1998); the Omagh bombing of August 1998: 'their future was snuffed out by a fringe "
      "group clinging to the past' = the killing of many civilians (29 dead) -> 202 (guideline: killings of many "
      "civilians / massacres 202; borderline 1832 car bombing, which the sentence does not name), the unnamed "
      "dissident republican group -> the country's REB (held-out 34/35: unnamed outlaw groups are the country's "
      "REB), Northern Ireland in 1998 -> GBR; victims, Catholics and Protestants, mostly women and children -> "
      "GBR/CVL; 'the wounded and killed' is the same act, coded once"),
 41: ([("support", "070", N, "NIC/GOV", False, A, N, True)],
      "Nicaragua (2005); 'with support from the rest of our continent' = support from an uncoded collective -> "
      "nominal 070 with no source (held-out 34/35: 'reliant on the assistance of others' a nominal 070 with no "
      "source; held-out 28/29: 'with the support of our United Nations partners' a nominal 070), to the speaker's "
      "government; 'a frontal attack on corruption and impunity' is figurative (guideline) and domestic, not coded"),
 42: ([("cooperation", "050", "GEO/GOV", "org:UN", False, A, N, True)],
      "Georgia (1997); 'our full-fledged participation in and active cooperation with the United Nations' = an event "
      "noun with its agent ('our') -> nominal 050 (held-out 34/35: partnerships are 050; held-out 40/41: a "
      "cooperation named by its parties is a nominal 050) to org:UN; participation = UN membership, not coded "
      "(held-out 54-61: UN admissions left uncoded); assessing statehood is no act"),
 43: ([], "Slovenia (2018): the 2030 Agenda and the Paris Agreement 'provide a clear path and vision' = an evaluation "
          "of documents, no act; not coded"),
 44: ([], "Romania (1992): 'the set of major agreements that were signed or that entered into force this year at the "
          "European level' (CFE Treaty, Vienna Document, Open Skies Treaty) = agentless passives whose signatories "
          "the sentence does not name (guideline: agentless passives; null-null not coded); 'laid the foundation' "
          "is an evaluation; not coded"),
 45: ([], "Norway (2008): 'we left on the table the unfinished business of the Doha Round of trade negotiations' -- "
          "'we' is the membership of the trade talks, i.e. all states (held-out 44/45); the negotiations noun has "
          "no coded agent; not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("assassinate", "186", "ISR/MIL", "PSE/CVL", False, A, N, False),
       ("assassinate", "186", "ISR/MIL", "PSE/COP", False, A, N, False)],
      "Palestine (2002); 'The Israeli army is continuing to assassinate civilians and police and security officers' -> "
      "186 assassinate (CAMEO 186; borderline 1823 killing by physical assault), the armed forces named -> ISR/MIL "
      "(guideline), ongoing -> asserted; one event per target: Palestinian civilians -> PSE/CVL, and the Palestinian "
      "police and security officers -> PSE/COP (borderline: a separate PSE/MIL for the security officers)"),
 47: ([], "Democratic People's Republic of Korea (2009): a task of the Assembly ('to conduct an impartial review of "
          "this first decade') is an agenda item, no act between actors; not coded"),
 48: ([], "San Marino (2019): 'No country can face migration alone' = a general statement; not coded"),
 49: ([], "Indonesia (2014): the international community's concern about 'the old Cold War returning' = an attitude "
          "of an uncoded collective (CAMEO 01x), no act; not coded"),
 50: ([], "Maldives (2016): establishing a National Counter-Terrorism Centre = a domestic institutional act with no "
          "other party; not coded"),
 51: ([], "Croatia (2010): 'any attempt to go back to the old and failed ways of the past would be extremely harmful' = "
          "an evaluation with no actor; not coded"),
 52: ([], "Austria (2015): 'We need a comprehensive approach covering all the refugee routes' = a policy position "
          "without a coded act or addressee; not coded"),
 53: ([("serving", "074", "PHL/MIL", N, False, A, N, False)],
      "Philippines (2009); 'More than 600 of our peacekeepers are serving with distinction around the world' = "
      "provision of peacekeeping -> 074 (held-out 40/41: peacekeepers who 'put their lives on the line' are 074), "
      "the country's peacekeepers -> PHL/MIL (guideline: /MIL for armed forces; borderline PHL/GOV, since many are "
      "police officers, preceding sentence); no host country named -> target null (held-out 44/45: troops in "
      "ISAF or UNIFIL are 074 to the host; borderline org:UN)"),
 54: ([], "Guinea-Bissau (2005): 'the gesture of solidarity desired with regard to financing for development of the "
          "poor is needed more than ever' = a need with no named donor or recipient; not coded"),
 55: ([("listening", "030", "org:UNSC", "KEN/GOV", False, A, N, False),
       ("pleas", "103", "KEN/GOV", "org:UNSC", False, A, N, True)],
      "Kenya (2007); a fragment cut by the splitter: the sentence is 'Security Council for listening to our pleas "
      "from the region' (the 'Let me thank the General Assembly and the' lies in the preceding text, so the thanks "
      "are not coded); the Council 'listening to our pleas' = responding to a call -> 030 (held-out 54-61: 'did not "
      "hesitate to respond to the appeal' is an asserted 030; borderline: not coded as a mere attitude); 'our "
      "pleas' = Kenya's (and the region's uncoded states') requests about Somalia -> nominal 103 demand aid "
      "(borderline 100), to org:UNSC"),
 56: ([], "Denmark (2003): 'Only then can the tide be turned on a continent that has been lagging behind' = a "
          "conditional forecast with no act between actors; not coded"),
 57: ([], "Germany (2005): the World Summit's decision to establish the Peacebuilding Commission = a UN reform "
          "decision internal to the UN (held-out 54-61: UN reform positions left uncoded); no act between actors; "
          "not coded"),
 58: ([], "Morocco (1999): 'Many important events have marked this century' = a general remark; not coded"),
 59: ([], "Saint Kitts and Nevis (1993): a fragment cut by the splitter, 'Conference on the Sustainable Development "
          "of Small Island' [Developing States]; the welcome of 'the call for a Global' conference lies in the "
          "preceding text, outside the sentence; no act in the sentence; not coded"),
}
