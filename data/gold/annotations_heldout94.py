"""Hand annotations for the NINETY-FOURTH held-out event gold set (source of events-heldout94.jsonl).

Keyed by the row index of selection-heldout94.jsonl (output of select_bulk_heldout.py 94; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout94.jsonl \
        --annotations annotations_heldout94 --output events-heldout94.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Serbia (2008): 'Under such circumstances, a negotiated solution was never a realistic option' = an evaluation "
         "of the Kosovo status talks under an imposed deadline; 'never' bears on the realism of an option, not on an "
         "event (guideline: negation that bears on something other than the event); borderline a negated 046 "
         "SRB/GOV -> XKX, rejected since no act is stated"),
 1: ([], "Australia (2001): 'The need for international cooperation has never been greater' = an evaluation with no "
         "actor; 'never' bears on the need"),
 2: ([], "Saint Lucia (2017): 'we must never forget that we share a common future ... only if we meet the threats ... "
         "together, with greater cooperation' = 'we' meaning all states (held-out 42/43: not coded), an abstract "
         "exhortation; 'threats' are risks (guideline: figurative)"),
 3: ([], "Guyana (2016): 'The Agreement obligates Member States to take action to limit the temperature increase' = "
         "a treaty norm (the Paris Agreement) for all Member States, a domestic climate policy with no counterpart; "
         "'does not threaten food production' is figurative (risk), not a negated event"),
 4: ([("dismantling", "081", "ZAF/GOV", "ZAF/CVL", False, A, N, True)],
     "Cameroon (1991); 'The dismantling of the legal pillars of apartheid' = the 1991 repeal of the Land Acts, the "
     "Group Areas Act and the Population Registration Act, an event noun whose agent is plain from the text around "
     "it (README: an event noun whose agent is plain only from the context is coded; 'the Pretoria regime' in "
     "the same sentence) -> ease administrative sanctions 081 (held-out 77 row 56: the same repeal 081 ZAF/GOV -> "
     "ZAF/CVL; borderline 0833), nominal, to the population subject to those laws -> ZAF/CVL; 'has not ... "
     "eliminated tensions' negates an effect, not the event; the inter-ethnic violence has no named agent; 'doubts "
     "about the will of the Pretoria regime to conclude an agreement' = capital metonym Pretoria -> ZAF/GOV, but "
     "the intent is doubted, not stated, and the doubts are expressed concern (01x), so not coded (borderline a "
     "hypothetical nominal 037 ZAF/GOV -> null, the other negotiating parties unnamed)"),
 5: ([("We endorse", "051", "AND/GOV", "FRA/GOV", False, A, N, False),
      ("urging", "100", "FRA/GOV", N, False, A, N, False)],
     "Andorra (2015); 'We endorse the statement made by President Hollande' = the speaker's endorsement of another "
     "leader's statement (README: 'I agree with Merkel that ...' 051; held-out 26 row 14) -> 051 to FRA/GOV "
     "(borderline the speaker's own request by the README's echo rule); 'in urging countries that have not yet "
     "submitted their contribution to the Conference of the Parties to do so by December' = Hollande's request, "
     "stated by the speaker (not reported speech) -> FRA/GOV to an uncoded class -> target null, Y = submitting "
     "national climate contributions, no specific sub-code -> generic 100 (held-out 49 row 5: urging countries to "
     "strengthen their nationally determined contributions 100 null; borderline 102), a gerund used as a verb -> "
     "not nominal (annotations.py row 10 'urging'); 'have not yet submitted' = a negated act of an uncoded class "
     "(README: submitting a national report not coded), not coded"),
 6: ([("has not usually got credit", "051", N, "org:UN", True, A, N, False),
      ("attract criticism", "111", N, "org:UN", False, A, N, False)],
     "Singapore (2000); the sentence starts at 'Nations has not' (the splitter cut after 'an unfortunate fact that the "
     "United'), the subject taken from the context (README: a subject cut off by the splitter is taken from "
     "the context) -> org:UN; 'has not usually got credit for what it has done successfully' = recognition withheld "
     "by unnamed observers -> negated 051 with no source (README: 'has not yet received adequate "
     "recognition by the international community' a negated 051 with no source; held-out 50 row 52: 'has already "
     "received credit' 051, a verb of receiving, not nominal); 'not usually' read as negation (borderline asserted, "
     "occasional credit being allowed); 'while continuing to attract criticism' = criticism of the UN by unnamed "
     "critics -> 111 with no source (README: agentless criticism nouns with a named target 111 with no "
     "source), habitual -> asserted, a verb of receiving -> not nominal (borderline nominal); 'what it has not yet "
     "done' names no act"),
 7: ([("commend", "051", "MRT/GOV", "org:UN", False, A, N, False)],
     "Mauritania (2018); 'I would be remiss if I did not also commend Secretary-General António Guterres' = the "
     "speaker performs the praise (README: 'I would be remiss if I did not ... without condemning' is an "
     "asserted 111; README) -> 051 asserted, not negated and not hypothetical, the Secretary-General -> "
     "org:UN (held-out 77 row 29); his efforts to reform the Organization are the object of praise, not coded"),
 # --- UNGDC 1990-2019 random: future
 8: ([("welcome", "051", "MNE/GOV", "org:UNGA", False, A, N, False)],
     "Montenegro (2006); 'Allow me first to welcome your election, Madam, to the presidency of the General Assembly' "
     "= a performative welcome of the Assembly President's election -> 051 asserted (README: commending the "
     "Assembly President's election 051 to org:UNGA); the election itself is agentless; 'confident that it will "
     "result in important decisions' is an expectation about the Assembly's work, not coded"),
 9: ([], "Indonesia (2009): 'As the host country to the United Nations Climate Change Conference in Bali' = an agent "
         "noun for the past hosting of COP 13 (2007) (held-out 67 row 24: 'As the host country of the relevant "
         "conference' not coded; borderline a nominal 043 IDN/GOV -> org:UN, held-out 56 row 34 'As a host "
         "country' to UNEP's seat); 'which adopted the Bali Road Map by consensus' = an agreement of the whole "
         "conference, an uncoded collective; 'Indonesia fervently desires that the Copenhagen meeting will yield a "
         "new commitment' = an optative hope (README: a hope about another actor's act not coded)"),
 10: ([], "Bahamas (2006): 'with the will of the Haitian community and the support of the world community, we believe "
          "that it [a migration crisis from Haiti] can and should be avoided' = a conditional, hoped-for support from "
          "an uncoded collective with no recipient named in the sentence (borderline a hypothetical nominal 070 null "
          "-> HTI/GOV, README: hoped-for support from uncoded parties a nominal 070 with no source, one per "
          "recipient named); the avoidance of the crisis is agentless"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Bangladesh (2014): 'I should like to reaffirm ... the appeal by the father of our nation, Bangabandhu Sheikh "
          "Mujibur Rahman, ... in 1974: Let us together create a world that can eradicate poverty, hunger, war' = an "
          "echoed appeal whose 'us' means all states and whose Y is an abstract goal with no addressee (README: "
          "urging with no addressee not coded; held-out 42/43: 'we' meaning all states), not coded (borderline "
          "the speaker's 100 BGD/GOV -> null and a nominal 100 of BGD/GOV of 1974, the README's echo rule)"),
 12: ([("we urge donors", "1031", "GIN/GOV", N, False, A, N, False)],
      "Guinea (2009); 'we urge donors to work to strengthen resources and national and international capacities to "
      "support the strategies' for the HIPC completion point = a request (guideline: urge -> 10x) to an uncoded "
      "collective -> target null, Y = more resources for debt relief and capacity -> demand economic aid 1031 "
      "(held-out 77 row 10: a call on donors to increase funding 1031 null; borderline 1011); Y not coded "
      "separately (guideline)"),
 13: ([], "Comoros (2008): 'We must become increasingly concerned about the fate of our world' = 'we who govern our "
          "respective countries' (preceding sentence), all leaders, an exhortation to concern (01x), not coded"),
 14: ([("is once again called upon", "108", N, "org:UN", False, A, N, False)],
      "Mozambique (2011); 'the Organization is once again called upon to assume the responsibility ... as a "
      "facilitator of mediation within the concert of nations' = an agentless passive request (guideline: agentless "
      "passives -> null source) to the UN, 'once again' marking a repeated call, Y = mediation -> demand mediation "
      "108 (README: asking an envoy to seek a plan's implementation 108) to org:UN; the organs named are "
      "channels, not separate addressees (borderline one 108 each to org:UNSC and org:UNGA); borderline not coded, "
      "as held-out 50 row 19's generic 'is called upon to shoulder ever-expanding responsibilities', or source "
      "MOZ/GOV, the speaker's own appeal of the preceding sentence"),
 15: ([], "The former Yugoslav Republic of Macedonia (1995): 'The efforts of the United Nations against terrorism ... "
          "must continue with a strong determination to wipe this scourge out' = a deontic about the UN's "
          "counter-terrorism efforts in general, aimed at an abstraction with no named target, not coded (borderline a "
          "demanded 190 org:UN -> null)"),
 16: ([], "Myanmar (2000): 'appropriate and pragmatic national attempts at finding lasting solutions should be "
          "encouraged and supported' = an agentless deontic about any state's own efforts, a general norm (the "
          "following text pleads for Myanmar, but the sentence names no state), null-null, not coded (borderline a "
          "demanded 051 null -> MMR/GOV)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("deplore", "110", "MRT/GOV", N, False, A, N, False)],
      "Mauritania (2011); 'we note and deplore the fact that the populations of most States continue to live in dire "
      "economic conditions' = deploring a state of affairs with no actor named -> 110, target null (held-out 4 row "
      "60, 42 row 6, 51 row 33: 'deplores' 110 with target null); 'note' is 01x, not coded; borderline not coded as "
      "an evaluation of a development"),
 18: ([("fully supports", "1013", "SLE/GOV", N, False, A, N, False)],
      "Sierra Leone (1994); 'my delegation fully supports the establishment of a special tribunal to bring to justice "
      "those responsible for ... genocide' = support for an act others are to take (README: support for a "
      "release is 1053, a request) -> demand judicial cooperation 1013 (held-out 40/41: the request to host a tribunal "
      "a nominal 1013), the tribunal for Rwanda being established later by the Security Council, not named here -> "
      "target null (borderline 051 to org:UNSC, or not coded as an abstract position); bringing to justice is the "
      "purpose; 'genocide' and 'those responsible' have no named agent in the sentence or the text before (guideline: "
      "event nouns without an agent not coded; borderline a nominal 202 null -> RWA/CVL)"),
 19: ([], "Solomon Islands (1996): 'Calls for reducing the length of the agenda continue to echo through these halls' = "
          "agentless calls about the Assembly's agenda, a UN reform position (README), not coded"),
 20: ([], "Burkina Faso (1996): 'From the discussions in the Uruguay Round to the creation of the World Trade "
          "Organization, this point is constantly being borne out' = the trade negotiations and the WTO's creation "
          "as agentless nouns of an uncoded collective, an evaluation; not coded"),
 21: ([("signed", "057", "CRI/GOV", N, False, A, N, False)],
      "Costa Rica (1997); 'This initiative, signed in 1994' = 'our Alliance for Sustainable Development' (preceding "
      "sentence), the Central American agreement of 1994, an agentless passive whose parties the context makes plain "
      "as 'our countries', Costa Rica among them (guideline: a missing participant from the context) -> 057 from the "
      "speaker's government (held-out 76 row 6: a regional meeting coded from the document's own government, the "
      "others unnamed -> target null), the other Central American states not named in the document -> target null; "
      "'was the first in the world to be adopted' is the same act, coded once; borderline not coded, as an act of "
      "an uncoded regional collective"),
 22: ([("We declare our support", "051", "NRU/GOV", "org:UN", False, A, N, False)],
      "Nauru (2008); 'We declare our support for the Organization's efforts to resolve the multiple ... challenges' = "
      "verbal support (guideline: 'express support' 051) for the UN's work -> 051 to org:UN (README: "
      "supporting a UN plan 051 to org:UN); the challenges are abstract"),
 23: ([], "Dominican Republic (1999): 'The United Nations has made a significant contribution to preventing armed "
          "conflict, reducing tension, resolving differences, promoting negotiation' = an evaluation of the UN's "
          "record in general, no conflict or party named (borderline a nominal 045 org:UN -> null)"),
 24: ([("Israeli occupation", "192", "ISR/GOV", N, False, A, N, True)],
      "Syria (1991); 'the Arabs reaped nothing ... but more Israeli occupation of their land' = an occupation noun "
      "with its agent (guideline: occupy 192; nominal) -> ISR/GOV, the land of 'the Arabs', an uncoded collective -> "
      "target null (held-out 40 row 40: 'Israel's occupation of Arab lands' 192 ISR/GOV null; borderline SYR and PSE); "
      "'the establishment of Jewish settlements' has no specific CAMEO code (held-out 29 row 18: building "
      "settlements not coded; borderline 192); 'without any international deterrence' = a negated act of an "
      "uncoded collective, not coded (borderline a negated 130 null -> ISR/GOV); the cold war is no act"),
 25: ([], "Central African Republic (2018): 'We have also dedicated ourselves to the fight against impunity through "
          "substantial support for the rehabilitation of the national judicial system, which ... has enabled our "
          "criminal court to hold two sessions this year to try common law cases' = domestic justice policy; the "
          "support's provider is ambiguous (the Government or the partners of the preceding sentence) and the trials "
          "name no defendant; not coded (borderline 070 CAF/GOV -> CAF/JUD, and 1121 CAF/JUD -> CAF/CVL)"),
 26: ([("I appeal to everyone", "102", "LIE/GOV", N, False, A, N, False)],
      "Liechtenstein (2016); 'I appeal to everyone to join the 32 States who have ratified these Amendments [the "
      "Kampala Amendments to the Rome Statute] - and to do so soon' = a request (guideline: appeal -> 10x) to all "
      "states, an uncoded collective -> target null, Y = ratifying a treaty -> 102 (held-out 49 row 4, 67 row 24: "
      "calls to ratify 102); 'the 32 States who have ratified' = an uncoded class, null-null, not coded"),
 27: ([("support", "051", "ISL/GOV", "org:UNWOMEN", False, A, N, True)],
      "Iceland (2015); 'I saw it also as support for the He For She campaign run by UN-Women' = 'it' = the Barbershop "
      "Conference the speaker co-hosted with Suriname (preceding sentence), construed as support for a named "
      "organisation's campaign -> verbal support 051 (held-out 31 row 32: supporting UN-Women's Planet 50-50 campaign 051), "
      "a support noun -> nominal, to org:UNWOMEN (README); the speaker's government only (borderline a "
      "second 051 from SUR/GOV as co-host); 'run by UN-Women' is no act between actors"),
 28: ([("in cooperation with", "050", "GEO/GOV", "USA/GOV", False, A, N, True)],
      "Georgia (2015); 'we recently inaugurated a new programme in cooperation with the Millennium Challenge "
      "Corporation of the United States' = a cooperation noun naming its parties (README: cooperation nouns "
      "a nominal 050; held-out 76 row 9: 'in collaboration with the United Nations' nominal 050) -> GEO/GOV -> the "
      "MCC, a US government agency -> USA/GOV (borderline 070 USA/GOV -> GEO/GOV, the MCC's funding being aid, "
      "or 061); the inauguration itself is domestic"),
 29: ([("welcome", "051", "ARE/GOV", "org:EU", False, A, N, False),
       ("non-recognition", "120", "org:EU", "ISR/GOV", False, A, N, True),
       ("to cease its dealings", "160", "org:EU", "ISR/CVL", False, A, N, False)],
      "United Arab Emirates (2013); 'We also welcome the European Union's constructive position' -> 051 to org:EU; "
      "'consisting of non-recognition of the legitimacy of the Israeli settlements' = a standing refusal to recognize "
      "(guideline: 'will not recognize the referendums' is a REJECT, negated false) -> nominal 120 org:EU -> ISR/GOV "
      "(borderline a negated 054); 'the decision to cease its dealings with them' = the EU's 2013 guidelines ending "
      "funding and dealings with entities in the settlements -> reduce relations 160 (README: a withdrawal "
      "inside 'the decision taken by' is 160, not nominal; borderline 162 reduce aid), 'them' = the settlements, "
      "i.e. the settler entities -> ISR/CVL (README: settlers ISR/CVL; borderline ISR/GOV); the settlements "
      "themselves are not coded (held-out 29 row 18)"),
 30: ([("We call for", "100", "IRQ/GOV", N, False, A, N, False),
       ("genuine support", "070", N, "LBN/GOV", False, D, N, True)],
      "Iraq (2006); 'We call for implementation of Security Council resolution 1701 (2006) concerning ... Lebanon' = "
      "a call with no named addressee -> target null, implementing a resolution has no specific sub-code -> generic "
      "100 (held-out 37 row 30: 'call for the full implementation of United Nations resolutions' 100 null; "
      "borderline 1056, the resolution being the 2006 cessation of hostilities, or targets ISR/GOV and LBN/GOV); "
      "'which deserves sympathy and genuine support through funding and technology from all civilized nations' = a "
      "statement of what Lebanon deserves (held-out 76 row 24: 'deserves the trust and assistance of the "
      "international community' demanded nominal 070 with no source) -> demanded 070, nominal, source an uncoded "
      "collective -> null, 'the brotherly State of Lebanon' -> LBN/GOV (borderline bare LBN); sympathy is a "
      "sentiment; 'not solely from its Arab brethren' presupposes support from an uncoded collective, not coded "
      "separately"),
 31: ([], "Albania (2002): 'We look forward to the early creation of a stable, long-term government' in the former "
          "Yugoslav Republic of Macedonia = an optative hope about another state's domestic act (README: a "
          "hope about another actor's act not coded; README: hopes about others' acts), its objective the "
          "implementation of the Ohrid Agreement; not coded (borderline a future 051 ALB/GOV -> MKD/GOV)"),
 32: ([], "Rwanda (2010): conditions under which 'the United Nations cannot be seen as credible' = an evaluation; no "
          "avenues for appeal and an accountability deficit are descriptions; 'cannot deal adequately' is a "
          "perception, not a negated event"),
 33: ([("stationed in Guatemala", "074", "org:UN", "GTM", False, A, N, False)],
      "Guatemala (1998); the sentence starts at 'Palacios' (the splitter cut inside the list of victims' names); 'all "
      "of them United Nations personnel stationed in Guatemala to collaborate in the verification of the peace "
      "agreements' = the MINUGUA mission's deployment -> provision of peacekeeping/observers 074 (README: "
      "peacekeepers who put their lives on the line 074), org:UN, to the host country -> bare GTM (README: "
      "troops in ISAF or UNIFIL 074 to the host country); borderline 050 for 'collaborate in the verification' or "
      "not coded, MINUGUA being largely a civilian verification mission; dying in an air accident is no act between "
      "actors; the peace agreements are named without their parties"),
 34: ([], "Venezuela (2010): 'These novel forms of solidarity and supportive cooperation' = Petrocaribe and ALBA-TCP "
          "(preceding sentence), cooperation nouns whose parties are not named in the sentence (guideline: event "
          "nouns without an agent not coded; borderline a nominal 061 VEN/GOV -> null); their contribution to "
          "development is an effect"),
 35: ([], "United Kingdom (2002): 'We have to confront those threats' = terrorism and weapons of mass destruction "
          "(preceding sentences) faced by 'the Organization', 'we' meaning the Member States in general (held-out "
          "42/43), no named target; the threats are risks (guideline: figurative); not coded"),
 36: ([], "Switzerland (2014): 'The memory of those cataclysmic events imposes a duty on humankind to work towards "
          "greater security' = an abstract norm for humankind; the world wars of the preceding sentence are not in "
          "this one"),
 37: ([("signed", "057", "MDG/GOV", N, False, A, N, False)],
      "Madagascar (2000); 'on 1 October 1999, Madagascar signed the International Convention for the Suppression of "
      "Terrorist Bombings' = signing a multilateral treaty -> 057 with no target (README: joining the NPT "
      "057 with no target; README: signing a ratification instrument 057 with no target)"),
 38: ([], "Algeria (2001): the sentence starts at 'Ceasefire Agreement' (the splitter cut after 'the implementation "
          "of the Lusaka'); the implementation noun lies before the cut and the agreement is named without its parties "
          "(README: an agreement that names no party not coded); 'plagued by numerous difficulties' is "
          "agentless; not coded (borderline a nominal 057 COD/GOV -> null)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Greece (1997): 'has a specific interest in promoting the management of coastal zones ... and policies to "
          "combat desertification' = a domestic and environmental policy interest, no act between actors"),
 40: ([], "Iceland (2003): 'Iceland has, for the first time, put forward its candidacy for membership of the Security "
          "Council for the years 2009 and 2010' = a candidacy for a UN organ, a membership position (held-out 89 row "
          "48, 91 row 9: candidacies not coded; borderline 102 ISL/GOV -> org:UNGA)"),
 41: ([], "Lesotho (2002): orphans and child-headed households because of HIV/AIDS = a description, no act"),
 42: ([("continues to play", "074", "ESP/GOV", "BIH", False, A, N, False),
       ("played a particularly", "074", "ESP/GOV", "ALB", False, A, N, False)],
      "Spain (1998); the sentence starts at 'and Operation Alba' (the splitter cut after 'in addition to the "
      "Stabilization Force (SFOR)'); 'two cases in which Spain respectively continues to play and played a "
      "particularly prominent role' = Spain's part in SFOR (the first case, taken from the context: README, "
      "a part cut off by the splitter is taken from the context; the following text: '2,000 Spaniards are currently "
      "serving ... participating in SFOR') and in Operation Alba (the 1997 multinational protection force in Albania) "
      "-> provision of peacekeeping 074 per operation, to the host country -> bare BIH and ALB (README: "
      "troops in ISAF or UNIFIL 074 to the host country), Spain -> ESP/GOV (borderline ESP/MIL); 'continues to play' "
      "habitual -> asserted; 'SHIRBRIG, which can speed up United Nations intervention' is a hypothetical capacity "
      "with no target, and 'in which Spain is also beginning to participate' = joining a multinational standby "
      "brigade with no coded counterpart, not coded (borderline 062 ESP/GOV -> null or 0334 -> org:UN)"),
 43: ([("express our sincerest", "051", "DOM/GOV", "org:UNGA", False, A, N, False)],
      "Dominican Republic (1995); the sentence starts at 'President, Mr. Joaquín Balaguer' (the splitter cut after "
      "'on behalf of its Constitutional'); 'express our sincerest congratulations to the President of the fiftieth "
      "session of the General Assembly' = a performative congratulation (held-out 76 row 54) -> 051 to org:UNGA, on "
      "behalf of the speaker's government and President -> DOM/GOV, coded once"),
 44: ([], "Niger (2013): 'It [our Government] is determined ... to pursue a bold, consciousness-raising policy aimed "
          "at controlling population growth' = a domestic policy with no counterpart, not coded"),
 45: ([], "Cote d'Ivoire (2000): a fragment cut by the splitter, 'Nations, the European Union, the OAU and the'; the "
          "verb ('We welcome the efforts made by the United') lies before the cut and the efforts' purpose after it "
          "(README: a verb that falls outside the selected sentence is left uncoded; README: "
          "fragments whose act lies outside the sentence); not coded"),
 46: ([], "Lithuania (2018): 'To prevent such a war from ever happening again, multilateral institutions were created' = "
          "an agentless historic creation of institutions, the First World War being the preceding sentence's; no "
          "act between actors"),
 47: ([], "Estonia (1993): Adam Michnik's metaphor about fish soup and an aquarium = a figure of speech, no act"),
 48: ([], "El Salvador (2009): 'the ongoing waves of immigration by Salvadoran men and women' = migration, a social "
          "movement with no act between political actors (CAMEO has no code for emigration)"),
 49: ([], "Uzbekistan (2008): 'we will widely observe the sixtieth anniversary of the Universal Declaration of Human "
          "Rights, and a programme of action ... has been approved' = a domestic commemoration and an agentless "
          "domestic programme, no act between actors"),
 50: ([], "Colombia (2010): 'Only united and only with respect, solidarity and tolerance will humankind be able to "
          "know a better tomorrow' = an abstract maxim about humankind, no act"),
 51: ([], "Kiribati (2014): limited capacity, lack of infrastructure and distance 'stands in the way of our progress' = "
          "a description of constraints, no act"),
 52: ([("approves of the", "051", "AGO/GOV", "org:IGAD", False, A, N, False)],
      "Angola (1997); 'The Angolan Government approves of the efforts made by member countries of the "
      "Intergovernmental Authority on Development (IGAD)' = a fragment cut by the splitter before 'and, in "
      "particular, the most recent initiatives of Ethiopia in bringing the representatives of the Somali factions "
      "together'; approval of a named body's efforts -> 051 (README: support aimed at a process goes to its "
      "named parties; README: org:IGAD), the member countries not named in the sentence -> org:IGAD "
      "(borderline ETH/GOV, named only after the cut); the efforts noun names no act in the sentence (borderline a "
      "nominal 045 org:IGAD -> SOM/REB, from the following text)"),
}
