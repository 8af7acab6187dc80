"""Hand annotations for the HUNDRED-AND-NINETY-EIGHTH held-out event gold set (source of events-heldout198.jsonl).

Keyed by the row index of selection-heldout198.jsonl (output of select_bulk_sentence_heldout.py 198; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout198.jsonl \\
        --annotations annotations_heldout198 --output events-heldout198.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Yemen (2007): 'it is incumbent on rich States to consider how to deal with inflation in international "
         "markets' = a deontic for an uncoded collective ('rich States'), and considering how to deal with inflation "
         "is no codable behaviour (guideline: demanded Y not a codable behaviour -> nothing coded); 'will not be "
         "jeopardized' is an agentless outcome in a purpose clause, no negated event"),
 1: ([], "Russian Federation (2008): 'With regard to expansion of the membership of the Security Council, we will, of "
         "course, welcome proposals that do not divide United Nations Member States' = a conditional future welcome of "
         "hypothetical, unauthored proposals on Council enlargement, a UN reform position (held-out 54-61; sets 118, "
         "181, 184: not coded; borderline a future 051 RUS/GOV with no target); 'do not divide' describes the "
         "proposals, no negated event"),
 2: ([], "Syria (1994): 'Putting on the peace process a greater burden than it can bear does not help to achieve peace; "
         "rather, it poses a threat to the process' = a generic gerund with no actor named in the sentence or the "
         "text before (Israel's conditions only implied); 'poses a threat' is figurative (guideline: risk), not coded "
         "(borderline a 1042 or 120 ISR/GOV inferred from outside the text)"),
 3: ([("have not gone unnoticed", "051", "MHL/GOV", "org:UN", False, A, N, False),
      ("His call for", "100", "org:UN", N, False, A, N, True)],
     "Marshall Islands (2009); 'His' = the Secretary-General, whose 'personal commitment' the sentence before "
     "acknowledges; 'His call ... and his recognition ... have not gone unnoticed by us small island States' = "
     "litotes for 'we have taken note with appreciation', continuing the acknowledgement of the sentence before -> "
     "asserted 051 (README set 7: acknowledging an actor's work is 051; litotes is not negation, sets 157 and 176), to "
     "org:UN, from the speaker only, the small island States being an uncoded collective (set 133: 'We nations of "
     "South America' coded for the speaker only); borderline an uncoded 01x noting, as 'is well noted' in the "
     "sentence before; 'His call for a clear moral imperative for bold and decisive urgent action' on climate change "
     "= the Secretary-General's own request, a nominal request of its author (README: an echoed call is the "
     "speaker's request and the call itself a nominal request of its author) -> generic 100 from org:UN, the "
     "addressees (world leaders before Copenhagen) unnamed -> target null (set 154: a call for a test moratorium "
     "with no target; borderline uncoded as a call with no addressee, set 110); 'his recognition of the duty of the "
     "larger economies' is a statement (01x), not coded"),
 4: ([("attack", "180", N, "org:UN", False, A, N, False)],
     "Madagascar (2003); 'the struggle against terrorism, which no longer hesitates to attack our Organization' = "
     "terrorist attacks on the United Nations, the text after paying tribute to the late Sergio Vieira de Mello "
     "(killed in the August 2003 Canal Hotel bombing in Baghdad) -> unconventional violence 180 (README 54-61: an "
     "agentless terrorist attack 180 with no source), 'terrorism' being no actor -> source null, to org:UN ('our "
     "Organization'); 'no longer hesitates to' is litotes, not negation (set 180: 'no longer' is no negation) -> "
     "asserted; borderline 183 (set 111: the Canal Hotel bombing an agentless nominal 183 to org:UN), or uncoded as "
     "a personified figure of speech; 'the struggle against terrorism' has no named actor"),
 5: ([("killed", "202", N, "PSE/CVL", False, A, N, False)],
     "Turkey (2014); 'The United Nations failed to find a solution' = a failure to resolve a conflict, left uncoded "
     "(set 128: 'has failed to resolve the issues' uncoded; borderline a negated 045 org:UN with no target); 'as more "
     "than 2,000 innocent people were killed within only two months in Palestine' = the 2014 Gaza war's civilian "
     "deaths, an agentless passive whose agent the speech never names (Israel appears only as the neighbour of a "
     "future Palestinian State) -> mass killing 202 (guideline: killings of many civilians 202) with no source "
     "(set 124: 'some 3,000 people were killed on 11 September' a 202 with no source to USA/CVL), the innocent "
     "people -> PSE/CVL; borderline ISR/GOV from outside knowledge, or 1823"),
 6: ([("remain baffled", "110", "VCT/GOV", N, False, A, N, False)],
     "Saint Vincent and the Grenadines (2011); 'I remain baffled by the intransigence of major emitters and developed "
     "nations' -> disapproval 110 (set 138: 'We are still baffled over the attitude of our traditional ally' a 110), "
     "the major emitters and developed nations being uncoded collectives -> target null (README: collectives without "
     "a code -> null; borderline an uncoded sentiment); 'that refuse to shoulder the burden for arresting the climate "
     "changes' = a refusal (guideline: REJECT) by the same uncoded collectives with no named counterpart, null-null, "
     "not coded (held-out 54-61: acts between uncoded collectives uncoded; borderline a nominal 124 or 1211 "
     "null -> null); 'intransigence' is the same refusal, folded in"),
 7: ([("this agreement", "057", "IRN/GOV", "USA/GOV", False, A, N, True),
      ("this agreement", "057", "IRN/GOV", "DEU/GOV", False, A, N, True)],
     "Cambodia (2015); 'this agreement' = the Joint Comprehensive Plan of Action 'between Iran and the P5 plus "
     "Germany' that Cambodia welcomes in the sentence before, an anaphoric event noun whose parties are plain from "
     "the text around it (held-out 48/49; set 194: Greece's anaphoric 'the agreement' a nominal 057) -> nominal 057 "
     "(guideline: agreements concluded), from the first-named party IRN/GOV (sets 113 and 179: the Iran nuclear "
     "agreement a nominal 057 from IRN/GOV); the P5 has no code, so it is coded per member the speech names (set 164: "
     "P5 and Germany per member named; set 151), the United States named in this sentence ('Iran-United States "
     "relations') and Germany in the sentence before -> one event each to USA/GOV and DEU/GOV (borderline target "
     "null as sets 113/179, or the row uncoded as an anaphoric noun, set 182's 'that agreement'); 'It shares the view "
     "that ... will become a turning point' is the speaker's evaluation and prediction, not coded"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Lao PDR (1997): 'If we do so [reform the Organization], the United Nations will be able effectively to meet "
         "the new challenges' = 'we' meaning all Member States (held-out 42/43) and UN reform (sets 118, 181), a "
         "hypothetical outcome, not coded"),
 9: ([("trade negotiations", "036", "THA/GOV", N, False, F, N, True),
      ("free trade agreements", "0311", "THA/GOV", N, False, F, N, True)],
     "Thailand (2006); 'Thailand's international economic policy, including multilateral trade negotiations and free "
     "trade agreements, will be continued' = Thailand's own continued participation in the WTO round and pursuit of "
     "FTAs, event nouns whose agent is Thailand ('Thailand's ... policy'); future cooperative acts take the intent "
     "codes (guideline) -> the negotiations a future nominal 036 (express intent to meet or negotiate) and the free "
     "trade agreements a future nominal 0311 (set 146: Australia's 'aims to build a network of ... free-trade "
     "agreements' a future 0311), no partner named -> target null (borderline org:WTO for the multilateral "
     "negotiations; or the row uncoded as a policy description with no partner named, as set 195's row 39 and set "
     "193's partnership policy with unnamed countries)"),
 10: ([("direct support", "070", "USA/GOV", "SLV/GOV", False, A, N, True),
       ("direct support", "070", "BRA/GOV", "SLV/GOV", False, A, N, True),
       ("direct support", "070", "COL/GOV", "SLV/GOV", False, A, N, True)],
      "El Salvador (2007); 'we are beginning technical and financial feasibility studies to promote the production of "
      "biodiesel ..., relying for this on the direct support of the United States, Brazil and Colombia' = aid for a "
      "domestic programme from three named governments -> one nominal 070 per donor (guideline: compound split; set "
      "167: 'receiving such assistance from Japan, the United States' one 070 per donor; set 129: 'we have relied on "
      "... China and ... Venezuela' a 070 from each), to the speaker's government; 'relying on' states a present "
      "reliance, not the optative 'we count on' (sets 48/49) -> asserted (borderline future, the studies only "
      "beginning; or 061 for technical cooperation); the feasibility studies themselves are domestic, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("express to the Secretary-General", "051", "ZAF/GOV", "org:UN", False, A, N, False)],
      "South Africa (1996); 'I should also like to express to the Secretary-General,' = a fragment whose object the "
      "splitter cut off; the text after completes it ('Mr. Boutros Boutros-Ghali, our continued confidence in his "
      "guidance of the Organization') and the verb is in the sentence, so it is coded from the text after (README: a "
      "fragment whose object was cut off is coded when its verb is in the sentence) -> an expression of confidence "
      "in the Secretary-General's leadership = praise/support (guideline: 'express support' 051), 'should like to' "
      "performative -> asserted, to org:UN; borderline an uncoded 01x statement, or uncoded as a fragment"),
 12: ([("pleased with the decision", "051", "BEL/GOV", "org:UNGA", False, A, N, False),
       ("decision of the General Assembly", "036", "org:UNGA", N, False, F, N, True)],
      "Belgium (2003); 'I am pleased with the decision of the General Assembly' -> 051 (README: 'we are pleased with' "
      "051; welcoming a General Assembly decision 051 to org:UNGA); the decision 'to make the five-year review of the "
      "Millennium Summit in 2005 into an important event' = the Assembly's decision to convene the 2005 high-level "
      "event -> a future nominal 036 from org:UNGA with no target (set 130: the Secretary-General's 'initiative in "
      "convening' a summit a future nominal 036; borderline uncoded as a UN working-methods decision); 'which I think "
      "should be a summit of heads of State and Government' is the speaker's view on the meeting's level, folded in "
      "(no separate demanded event)"),
 13: ([], "Cote d'Ivoire (2019): 'African countries can reduce social inequalities ... only if they have well-trained "
          "and well-nourished men and women' = a general statement about domestic development, no act between "
          "actors; 'It should be stressed' is the speaker's statement"),
 14: ([], "Guatemala (2003): 'Those efforts are well under way and should be fully implemented' = Guatemala's domestic "
          "security-sector reforms (defence policy, access-to-information laws), an agentless deontic on domestic "
          "programmes, not coded"),
 15: ([], "China (2006): 'More should be done to promote development and facilitate the realization of the Millennium "
          "Development Goals' = an agentless deontic with no actor, not coded (borderline a demanded 070 null -> null)"),
 16: ([], "Finland (1993): 'It must be undertaken in an integrated manner' = the reform of the United Nations (sentence "
          "before), 'our responsibility' meaning all Member States; a UN reform position, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("acts of terrorism", "180", "AFG/REB", "AFG", False, A, N, True),
       ("with support from terrorists", "070", N, "AFG/REB", False, A, N, True)],
      "Afghanistan (2014); 'despite increasing acts of terrorism inside Afghanistan' -> nominal 180 (guideline: "
      "unspecified violence by non-state armed groups), the perpetrators unnamed insurgents -> AFG/REB (README: "
      "unnamed outlaw groups are the country's REB; borderline source null for an agentless noun), 'inside "
      "Afghanistan' -> bare AFG; 'which are being committed with support from terrorists from beyond our borders' "
      "-> nominal 070 (README: harbouring and support for terrorists 070; set 184: 'Terrorist movements, often "
      "supported from abroad' a 070 with no source to IND/REB), the foreign terrorists unnamed and of no stated "
      "country -> source null (borderline PAK/REB, Pakistan being named later in the speech only for its forces' "
      "rocket attacks), to the perpetrators -> AFG/REB; 'Afghan forces are providing security independently across "
      "the country' is domestic security provision, not coded"),
 18: ([], "Bosnia and Herzegovina (2002): 'we support the further democratization and modernization of the United "
          "Nations' = a UN reform position (held-out 54-61; sets 118, 181, 184), not coded (borderline 051 BIH/GOV -> "
          "org:UN)"),
 19: ([("decided to adopt a Statement", "051", "TKM/LEG", N, False, A, N, False)],
      "Turkmenistan (2007); 'In 2005, the People's Council of Turkmenistan decided to adopt a Statement on Supporting "
      "the Initiatives of International Organizations to Combat the Proliferation of Weapons of Mass Destruction' = "
      "a formal declaration of support by the Halk Maslahaty, then the supreme representative assembly -> TKM/LEG "
      "(borderline TKM/GOV), a historic act coded (README: historic acts in speeches are coded) as the support it "
      "declares -> 051 (set 174: ratifying a treaty 'to manifest its support for the initiative' a realised 051), "
      "the international organisations unnamed -> target null (set 112: a welcome of conferences whose convenors "
      "are not named 051 with no target; borderline org:UN or org:IAEA, or uncoded as an abstract non-proliferation "
      "position)"),
 20: ([("I hosted a summit", "043", "PLW/GOV", N, False, A, N, False)],
      "Palau (2010); 'This past year, I hosted a summit of the parties to the' = a fragment whose object the splitter "
      "cut off; the text after completes it ('Nauru Agreement to take steps to ensure that tuna remains plentiful') "
      "and the verb is in the sentence, so it is coded (README: fragment rule) -> host 043 (guideline), from the "
      "President -> PLW/GOV; the Parties to the Nauru Agreement have no code and the speech names no other member "
      "('Along with other leaders of countries parties to the Naura Agreement') -> target null (README: a group "
      "without a code is each member the document names; set 120: Fiji's hosting of the uncoded Pacific Islands "
      "Forum with target null; borderline a new org:PNA)"),
 21: ([], "Argentina (2005): 'A vast majority has called for enhancing the transparency and the effectiveness of the "
          "Security Council' = a call by an uncoded collective of Member States on Council reform (held-out 54-61: "
          "UN reform positions and acts of uncoded collectives not coded; borderline a 1044 with no source to "
          "org:UNSC)"),
 22: ([], "Tuvalu (2018): 'We welcome the critical theme of the current general debate' = the welcome of a session "
          "theme with no chooser named, not coded (set 120: 'welcomes the theme that the President has chosen' "
          "uncoded; sets 142, 188, 195: a session theme uncoded; borderline 051 to org:UNGA, as set 129's praise of "
          "a theme the President 'has chosen')"),
 23: ([("multilateral cooperation", "050", "TLS/GOV", "org:CPLP", False, A, N, True)],
      "Timor-Leste (2017); food security 'has been the target of several Government measures, including within the "
      "scope of multilateral cooperation in the Community of Portuguese-speaking Countries' = Timor-Leste's "
      "cooperation within the CPLP -> nominal 050 (README: cooperation nouns a nominal 050; set 169: Indonesia's "
      "ASEAN participation a nominal 050) to org:CPLP (borderline uncoded, the measures being domestic); 'which we "
      "recently had the honour of presiding over' = chairing an organisation, left uncoded (set 183: chairing two UN "
      "bodies uncoded; borderline 043 with no target, as set 114's chairing of an AHLC meeting); 'the target of' is "
      "figurative"),
 24: ([], "Palestine (2009): 'Everyone agrees on the need to achieve peace in the Middle East, to counter extremism "
          "...' = 'everyone' meaning all states (held-out 42/43), an abstract consensus, not coded"),
 25: ([("seeks to promote effective", "030", "MLI/GOV", N, False, A, N, False),
       ("support of the international community", "070", N, "MLI/GOV", False, F, N, True)],
      "Mali (2010); 'this new strategy ... seeks to promote effective regional cooperation with the unified commitment "
      "of States of the Sahelo-Saharan region' = Mali's counter-terrorism strategy as an inanimate subject standing "
      "for the Government's act (README set 9: an inanimate subject standing for a government's act is that "
      "government's) -> an intent stated as a fact, 030 asserted (set 111: 'Seeks to participate ... in initiatives "
      "for regional cooperation' a 030 asserted with no target), the Sahelo-Saharan States an uncoded collective -> "
      "target null (borderline 062 for security cooperation); 'and with the support of the international community' "
      "= support from an uncoded collective that the strategy aims to draw on -> a nominal 070 with no source to "
      "MLI/GOV, future as hoped-for support (sets 52/65: hoped-for support from uncoded parties a nominal future 070 "
      "with no source; borderline asserted, as set 145's 'with the support of international partners'); 'strengthen "
      "national capacities' is domestic, not coded"),
 26: ([], "Saint Vincent and the Grenadines (2019): 'it is crucial that the enforcers and interpreters of those "
          "international agreements [the cannabis treaties] refrain from a brand of hard-line orthodoxy' = a deontic "
          "for uncoded treaty bodies (the INCB has no code) whose Y, avoiding orthodoxy, is no codable behaviour; 'a "
          "disdainful disregard for the law on the part of more powerful nations' is a 128 between uncoded "
          "collectives (held-out 54-61), not coded (borderline a demanded negated 170 from org:UN to VCT/GOV, or a "
          "nominal 128 with no source)"),
 27: ([("process of dialogue and discussion", "040", "SOM/GOV", N, False, A, N, True)],
      "Somalia (2016); 'The document is the result of a rigorous and inclusive process of dialogue and discussion with "
      "all the key stakeholders that lasted up to the point of its adoption by the Somali Government' = the "
      "Government's consultations on its national strategy against violent extremism -> nominal 040 (guideline: "
      "discuss/consult 040), agent SOM/GOV from the same sentence; the 'key stakeholders' are unnamed -> target null "
      "(borderline SOM/CVL, as set 121's consultative process 'with the full involvement of civil society' a nominal "
      "040 ECU/GOV -> ECU/CVL; or uncoded as domestic policy-making); the adoption of its own document by the "
      "Government is domestic, not coded"),
 28: ([("begun a process of structured cooperation", "062", "AFG/GOV", "org:UN", False, A, N, False),
       ("we are supportive of regional initiatives", "051", "AFG/GOV", N, False, A, N, False)],
      "Afghanistan (2018); 'My country has also begun a process of structured cooperation with the United Nations "
      "Office of Counter-Terrorism' -> counter-terrorism cooperation = security cooperation 062 (README: security "
      "cooperation 062; set 140: a counter-terrorism contribution 'in close cooperation with third countries' 062), "
      "realised -> asserted, the UN Office -> org:UN (borderline 050); 'we are supportive of regional initiatives "
      "through forums that focus on such priority concerns' -> 051 (guideline: express support), the initiatives' "
      "authors unnamed -> target null (set 112: a welcome of conferences whose convenors are not named 051 with no "
      "target; borderline uncoded as an abstract position)"),
 29: ([("I welcome", "051", "org:EU", "org:ICC", False, A, N, False),
       ("is investigating", "094", "org:ICC", N, False, A, N, False)],
      "European Union (Tusk, 2017); 'I welcome that the International Criminal Court Prosecutor is investigating the "
      "smugglers in Libya for crimes against humanity' -> the President of the European Council's welcome (guideline: "
      "051) from org:EU to the Prosecutor -> org:ICC; the investigation, asserted through the factive welcome -> "
      "investigate war crimes 094 (README: an investigation of war crimes 094; set 167: the ICC 'under investigation' "
      "a 094; borderline 091 for crime), the smugglers being unnamed criminal networks with no code -> target null "
      "(README set 6: unnamed transnational crime groups have no code; borderline LBY/REB under the outlaw-groups "
      "rule)"),
 30: ([("strongly supports", "051", N, "org:AU", False, A, N, False)],
      "Moldova (2002); 'The recent debates in the General Assembly on ... NEPAD demonstrate that the world strongly "
      "supports the unprecedented integration processes taking place on the African continent' -> support from an "
      "uncoded collective ('the world') -> 051 with no source (README: praise from uncoded collectives is a 051 with "
      "no source), the integration processes being the African Union's, whose creation Moldova welcomes in the next "
      "sentence, NEPAD being an AU programme (set 158: NEPAD needs to org:AU) -> org:AU (borderline uncoded as "
      "null to an uncoded continent); the Assembly's debates are a meeting with no counterpart, not coded; "
      "'demonstrate' is a statement"),
 31: ([], "Armenia (2000): 'The major task of Governments around the world today is the pursuit of sound policies ...' "
          "= a generalisation about all Governments (held-out 42/43), no act; 'the hazards it threatens' is figurative"),
 32: ([("stand ready to host", "036", "AUT/GOV", N, False, A, N, False),
       ("we did most recently", "043", "AUT/GOV", "ESH", False, A, N, False)],
      "Austria (2009); 'We stand ready to host international negotiations and provide our services' -> readiness "
      "stated as a fact, 03x asserted (README set 9: 'stands ready to engage/assist' is 03x asserted) = intent to "
      "meet or negotiate 036 (set 116: 'Will continue to offer Vienna as a platform for dialogue' a 036 with no "
      "target), no party named -> target null; 'provide our services' is the same hosting offer, folded in "
      "(borderline a separate 039 with no target, as set 132's 'use their good offices'); 'as we did most recently "
      "for the informal talks on Western Sahara' = the realised hosting of the 2009 informal talks (Durnstein), a "
      "pro-verb standing for 'hosted' (set 164: the pro-verb 'We have done that' coded) -> 043 (README: hosting "
      "peace talks 043 to each party), the parties never named in the speech -> bare ESH (set 147: mediation in "
      "Guinea-Bissau with unnamed parties to bare GNB; set 149: the Djibouti process to bare SOM; borderline MAR/GOV "
      "and ESH/REB from outside knowledge, or target null)"),
 33: ([("recognize the work", "051", "HND/GOV", "ESP/GOV", False, A, N, False),
       ("has reached immigration agreements", "057", "ESP/GOV", N, False, A, N, False)],
      "Honduras (2007); 'We also recognize the work of various Governments, in particular the efforts of President "
      "Rodriguez Zapatero of Spain' = acknowledgement of another government's work (README set 7: acknowledging a "
      "government's progress 051) -> 051 to ESP/GOV (Zapatero, President of the Government of Spain), the 'various "
      "Governments' an uncoded collective dropped (set 120: uncoded parts of a compound dropped; borderline a second "
      "051 with no target); 'who has reached immigration agreements and quotas with various countries' -> "
      "agreements concluded 057 (guideline) from ESP/GOV, the countries unnamed -> target null "
      "(set 172: an agreement whose counterpart the speech never names a 057 with no target); the quotas are "
      "part of the agreements, folded in"),
 34: ([("reconstruction support", "070", "JPN/GOV", "AFG", False, A, N, True),
       ("reconstruction support", "070", "JPN/GOV", "LKA", False, A, N, True),
       ("reconstruction support", "070", "JPN/GOV", "TLS", False, A, N, True)],
      "Japan (2004); 'Japan is making efforts to realize a seamless transition from humanitarian assistance to "
      "reconstruction support in countries such as Afghanistan, Sri Lanka and Timor-Leste' = Japan's ongoing aid, "
      "one programme moving from relief to reconstruction -> one nominal 070 per named country (README: one aid noun "
      "covering several kinds is one 070; set 128: assistance to countries one 070 per bare country), 'in countries' "
      "-> bare AFG, LKA and TLS (borderline a separate 073 per country for the humanitarian assistance, or the "
      "governments as targets)"),
 35: ([("carried out various assistance programmes", "070", "AZE/GOV", N, False, A, N, False)],
      "Azerbaijan (2013); 'the Azerbaijan International Development Agency ... has already carried out various "
      "assistance programmes in more than 20 countries' = the government aid agency's programmes -> AZE/GOV, aid 070 "
      "(borderline 071 for development aid, the sentence before calling Azerbaijan 'a donor country'), the countries "
      "unnamed -> target null (set 127: New Zealand's 073 with no target)"),
 36: ([], "Bosnia and Herzegovina (2011): 'Completing negotiations and adopting a United Nations comprehensive "
          "convention against terrorism would be an important contribution' = agentless gerunds for all Member States "
          "(held-out 42/43), a hypothetical evaluation, not coded (borderline a hypothetical 057 with no source)"),
 37: ([], "Philippines (2017): 'We, the peoples of the United Nations, battle new threats that undermine the success' "
          "= 'we' meaning all peoples (held-out 42/43), threats as risks (guideline: figurative), not coded"),
 38: ([("cannot remain silent", "111", "CZE/GOV", "CUB/GOV", False, A, N, False),
       ("calling for national dialogue", "106", "CUB/OPP", "CUB/GOV", False, A, N, False),
       ("jailed", "173", "CUB/GOV", "CUB/OPP", False, A, N, False)],
      "Czech Republic (2006); 'We cannot remain silent when members of peaceful democratic opposition in Cuba ... are "
      "still jailed and harassed' = litotes for speaking out against the jailing -> an asserted 111 (set 163: 'One "
      "cannot expect Portugal to refrain from strongly denouncing' an asserted 111; README: a body 'silent on "
      "repression' is a negated 111, of which this is the positive counterpart; borderline uncoded as resolve), to "
      "the jailing State -> CUB/GOV; 'who are calling for national dialogue and reconciliation' -> a request by the "
      "opposition (README: ousted/opposition figures OPP) to their government, Y = a national dialogue -> 106 (set "
      "181: Assad's call for a national dialogue a 106), asserted as an ongoing call; 'are still jailed ... as "
      "alleged enemies of the State' = a passive whose agent is plain from 'the State' -> arrest/detain 173 "
      "CUB/GOV -> CUB/OPP (set 183: agentless 'arrested' with the agent from the text around it); 'harassed' is "
      "folded into the same persecution (borderline a separate 175 or 1721), and 'alleged enemies' into the "
      "detention's charge (borderline a nominal 112 CUB/GOV -> CUB/OPP)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Slovenia (2011): 'The concept of the right to development is gaining in substance and recognition' = an "
          "abstract development, no actor"),
 40: ([("abandoned its nuclear", "087", "UKR/GOV", N, False, A, N, False)],
      "Ukraine (2014); 'Twenty years ago, Ukraine abandoned its nuclear weapons' = Ukraine's 1994 denuclearisation "
      "-> de-escalate military engagement 087 (README: the superpowers' destruction of weapons 087; the DPRK's "
      "dismantling 087), a historic act of the state's government -> UKR/GOV (borderline bare UKR), asserted; no "
      "counterpart in the sentence -> target null (borderline RUS/GOV, the Budapest Memorandum co-signer named in "
      "the text after, or one per guarantor)"),
 41: ([], "Kazakhstan (2005): 'The lack of an effective and comprehensive mechanism to address the root causes of "
          "destructive conflicts is a serious problem of peacekeeping' = an evaluation, no actor"),
 42: ([], "Benin (1997): the session's focus 'devoted to structural reform' = an evaluation of the session and UN "
          "reform, no act between actors"),
 43: ([], "Barbados (2009): 'we have committed to reducing our dependence on imported oil and have significantly "
          "increased our use of renewable energy' = domestic energy policy, no counterpart, not coded"),
 44: ([], "Burundi (2011): 'We can all note with satisfaction, then, that a new chapter has been opened in the history "
          "of Burundi' = the speaker's own evaluation of its domestic situation, 'we all' meaning the whole "
          "Assembly (held-out 52: welcomes by an impersonal passive or by a 'we' that is the whole Assembly not coded); the opening of a chapter is figurative"),
 45: ([("convey my gratitude", "051", "LKA/GOV", "org:UNGA", False, A, N, False)],
      "Sri Lanka (2015); 'Let me also convey my gratitude to the former President, His Excellency Mr. Sam Kutesa' -> "
      "thanks 051 (guideline), 'Let me' performative -> asserted, to the outgoing President of the General Assembly "
      "-> org:UNGA (README: tributes to a former President of the Assembly go to org:UNGA); 'who contributed "
      "immensely to the achievements of the previous session' is the reason for the thanks, not a separate act"),
 46: ([("We congratulate him", "051", "SYC/GOV", "org:UN", False, A, N, False)],
      "Seychelles (1991); 'him' = the Secretary-General (Perez de Cuellar, named in the sentence before) -> "
      "congratulate 051 (README: 'congratulated' 051) to org:UN; 'the timely and judicious initiatives he has "
      "constantly taken to make the Organization so credible' are internal UN leadership with no counterpart, not "
      "coded (set 145: the Secretary-General's internal changes uncoded; borderline a nominal 030 org:UN)"),
 47: ([("blockade", "163", N, "CUB", False, A, N, True)],
      "Namibia (2008); 'the blockade' = 'the economic, commercial and financial blockade against Cuba' of the sentence "
      "before (README: a US 'blockade' of Cuba is 163; the missing participant taken from the context), its imposer "
      "never named in the speech -> nominal 163 with no source to bare CUB (set 127: an embargo whose imposer the "
      "speech never names a nominal 163 with no source to the bare country; set 154: the unattributed blockade of "
      "Cuba; borderline uncoded as an anaphoric event noun, sets 178/182); 'is against international law' and "
      "'impedes free trade' are evaluations, not coded"),
 48: ([("encourage the two Korean States", "107", "GIN/GOV", "PRK/GOV", False, F, N, False),
       ("encourage the two Korean States", "107", "GIN/GOV", "KOR/GOV", False, F, N, False)],
      "Guinea (1996); 'The Republic of Guinea ... will continue to encourage the two Korean States to persevere in "
      "their efforts towards independent and peaceful reunification' = a request (encourage -> 10x; set 124: appeals "
      "'to persevere in their efforts') to each Korean State (guideline: one event per actor), Y = a peaceful "
      "settlement on the peninsula -> demand settling of dispute 107 (README: advocacy of a settlement is a "
      "request, 107; borderline 106 for the dialogue the sentence names); 'will continue to' -> future (set 173: "
      "'we shall never stop calling for an end to such practices' a future 1056; borderline asserted as habitual); "
      "the reunification efforts themselves are not coded separately (guideline)"),
 49: ([], "Mongolia (1994): 'we see the special significance of this session ..., which is to lay a sound foundation "
          "for the anniversary' = an evaluation of the session, no act"),
 50: ([], "Ireland (2013): 'When the United Nations fails, or delays action, we are all the poorer' = a generic "
          "conditional about unspecified UN action, 'we' meaning all states (held-out 42/43), not coded"),
 51: ([("in conjunction with private-sector players", "050", "KEN/GOV", "KEN/BUS", False, A, N, False)],
      "Kenya (2019); 'the Government of Kenya, in conjunction with private-sector players, launched a mobile-based "
      "Government bond, M-Akiba' = a joint launch by the Government and private firms -> cooperation 050 KEN/GOV -> "
      "KEN/BUS (README: partnerships with civil society and the private sector are one 050 each; set 121: a programme "
      "'developed by the Government, in conjunction with the United Nations Office' a 050; README: a corporation is "
      "BUS), asserted; borderline uncoded as a domestic programme (set 144: a domestic focus 'with the support of the "
      "private sector' uncoded); the bond issue itself is domestic, not coded"),
 52: ([], "Latvia (2001): 'Council resolutions 1368 (2001) and 1373 (2001).' = a fragment whose verb ('Latvia strongly "
          "welcomes and supports Security') lies before the splitter's cut, with no event noun inside it -> not coded "
          "(README: fragments whose verb was cut away; borderline a 051 LVA/GOV -> org:UNSC, as set 142's support noun "
          "after a cut)"),
}
