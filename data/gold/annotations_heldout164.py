"""Hand annotations for the HUNDRED-AND-SIXTY-FOURTH held-out event gold set (source of events-heldout164.jsonl).

Keyed by the row index of selection-heldout164.jsonl (output of select_bulk_sentence_heldout.py 164; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout164.jsonl \\
        --annotations annotations_heldout164 --output events-heldout164.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Uruguay (2015): 'We rely on the support of those here to help us do that' = a hope about the Member "
         "States' support for Uruguay's 2016-2017 Security Council term, optative (held-out 32/33: 'we count on', "
         "'look forward to the support of' not coded; borderline a demanded 051 with no source to URY/GOV as a "
         "statement of need); 'we will not disappoint them' is an assurance of good conduct, not coded (set 121: "
         "Chad's 'we shall do our utmost to deserve that trust' uncoded; borderline a future 030 to org:UNGA), and "
         "'will not' bears on disappointing, no negated event"),
 1: ([], "Hungary (2007): the Millennium Development Goals 'will not have been met by 2015 if we do not intensify "
         "our efforts' = a conditional about goals, 'we' meaning all states (held-out 42/43: not coded); no act "
         "between actors"),
 2: ([], "Qatar (2014): 'the use of violence and political action from a factional or sectarian perspective does "
         "not lead to a change ... but poses a threat to the political entity itself' = a generalisation about "
         "Yemen with no named agent; 'poses a threat' is figurative (guideline: threat as risk); 'does not lead' "
         "negates an outcome, not an event"),
 3: ([], "Namibia (2000): 'ensure that the corporations do not entangle the Organization in their unsavoury "
         "dealings' = a deontic purpose with no codable behaviour and no coded agent (transnational corporations "
         "in general have no code); 'as some of them are already being accused of doing' = an agentless accusation "
         "of uncoded corporations, null-null, not coded (held-out 54-61: acts between uncoded parties uncoded; "
         "borderline a 112 with no source and no target, or a nominal act of the corporations to org:UN)"),
 4: ([], "Maldives (2010): 'If the international community does not increase its efforts' = a conditional about an "
         "uncoded collective's unspecified efforts; 'piracy may end up turning into an uncontrolled threat' is a "
         "risk (guideline: figurative threat), the pirates unnamed; not coded"),
 5: ([], "Micronesia (2003): environmental and development challenges 'have not gone away' = a description, no actor; "
         "'occupied so much of our attention' is not an occupation"),
 6: ([("We agreed", "0311", "SRB/GOV", "MKD/GOV", False, A, N, False),
      ("We agreed", "0311", "SRB/GOV", "ALB/GOV", False, A, N, False)],
     "Serbia (Vucic, 2019); 'We' = the speaker and the Prime Ministers of North Macedonia and Albania of the "
     "sentence before (guideline: missing participants from context); 'We agreed to start working for ourselves, "
     "for our region ... to enable the free flow of goods, capital and services and to start creating a common "
     "market' = an explicit intent verb stated as a fact (guideline: 'EU leaders agreed to open negotiations' 03x "
     "asserted) whose content is economic integration -> intent to cooperate economically 0311 (borderline 030, or "
     "057 as an agreement concluded), a joint commitment of several partners one per partner (README 1257: one "
     "0311 per partner), from the document's own government (guideline: symmetric acts from the document's "
     "government; set 146's Central American 'we agreed to begin' had no named partner, here both are named); "
     "'not to unite' is a contrast, not a negated event (uniting has no CAMEO code); 'nations in the Balkans do "
     "not have to serve only others' is a generalisation"),
 7: ([], "Jamaica (2010): 'the Copenhagen Accord did not deliver the comprehensive agreement we had hoped for' and "
         "'provided political impetus for negotiations towards a binding agreement' = an agreement and negotiations "
         "among all UNFCCC parties (an uncoded collective, 'we' meaning all states), null-null, not coded "
         "(borderline a negated 057 and a nominal 046 with no source and no target; set 149 left the Conference on "
         "Disarmament's failed consensus and negotiations uncoded)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Cambodia (1999): 'We cherish the strong hope that the multinational peacekeeping forces of the United "
         "Nations will effectively cooperate with the Indonesian Government' = an optative hope about another "
         "actor's act (held-out 7: a hope about another actor's act not coded; set 123: a confident prediction of "
         "another actor's act is a hope; borderline a future 050 org:UN -> IDN/GOV); creating a peaceful situation "
         "for the people of East Timor is the hoped-for purpose"),
 9: ([("we welcome", "051", "DNK/GOV", "SYR/GOV", False, A, N, False),
      ("we welcome", "051", "DNK/GOV", "ISR/GOV", False, A, N, False),
      ("we welcome", "051", "DNK/GOV", "LBN/GOV", False, A, N, False)],
     "Denmark (1995); 'But we welcome the clear political will to engage in efforts that may bring progress' = a "
     "welcome (guideline: 051); the will is that of the parties on the tracks where the sentence before sees 'less "
     "progress', 'between Syria and Israel and between Lebanon and Israel' (guideline: missing participant from "
     "context; README 1625: welcoming several developments is 051 to each named party) -> one 051 each to "
     "SYR/GOV, ISR/GOV and LBN/GOV (borderline target null, the sentence itself naming no holder of the will, or "
     "SYR/GOV and ISR/GOV only); the political will itself is not coded (set 121: Haiti's welcome of a "
     "'dialogue-based approach' codes the welcome only; borderline a nominal 030 from each party), and 'efforts "
     "that may bring progress' is hypothetical and agentless"),
 10: ([], "Colombia (2015): 'Achieving peace will enable us to meet the Sustainable Development Goals' = a hoped-for "
          "domestic peace whose parties the sentence does not name, a condition for a domestic goal, not coded "
          "(set 126: a hoped-for reconciliation uncoded; borderline a hypothetical nominal 057 COL/GOV -> COL/REB); "
          "'which we adopted in 2030 Agenda' = the Assembly's adoption of resolution 70/1, 'we' meaning all states "
          "(held-out 42/43), not coded; enshrining the Goals in Colombian law is domestic"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "El Salvador (1996): 'At this session, we must adopt very important decisions designed to strengthen the "
          "Organization' = 'we' meaning all Member States at the Assembly (held-out 42/43), a UN reform position "
          "(held-out 54-61), not coded"),
 12: ([], "Somalia (2019): 'We, in this Assembly, ... must realize, and work towards ensuring, that no one and no "
          "nation is left behind' = 'we' meaning all states, a development goal, no act between actors"),
 13: ([], "Bolivia (2016): 'Humankind's main goals ... should be to eradicate capitalism and imperialism as the "
          "prevailing societal model' = an ideological deontic with no actor and no codable behaviour"),
 14: ([], "Hungary (1998): 'The difficulties encountered along the way should not discourage us from the quest to "
          "identify what is possible' = a deontic about UN reform, 'us' meaning all states; not coded"),
 15: ([], "Jordan (1994): 'It is often said that one should not try to treat a mass of symptoms, but to seek out root "
          "causes' = a maxim attributed to no one, no actor"),
 16: ([], "Chad (2016): 'All of us, as in a marriage, must be faithful to humankind' = a figurative deontic for all "
          "states, no act"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Turkmenistan (2014): 'Upon its conclusion, the Conference adopted a declaration' = the International "
          "Conference on Migration and Statelessness, organised in Ashgabat by Turkmenistan with the IOM and UNHCR "
          "(sentence before), whose participants are not named; a declaration of an uncoded gathering is not coded "
          "(set 135: declarations of uncoded groupings; borderline a 057 from TKM/GOV with no target, as the host); "
          "the tasks it 'spells out' (improve cooperation, reform legislation, material support) are its content"),
 18: ([], "Singapore (2012): 'Singapore has consistently called for improvement in the Security Council's working "
          "methods' = a UN-reform call (held-out 52/53: urging Council reform with no addressee not coded; set 150: "
          "Qatar's call for a uniform UN sanctions regime uncoded as a UN-reform call; borderline a habitual 1044 "
          "SGP/GOV -> org:UNSC)"),
 19: ([], "Burkina Faso (1995): 'what good are all these instruments without the resources needed to fight the "
          "evils they are meant to attack?' = a rhetorical question about treaties and resources with no named "
          "provider; 'attack' is figurative (guideline); not coded"),
 20: ([], "Jamaica (2019): climate change as 'the single most visible threat to the global environment' = a "
          "figurative threat (guideline), no actor"),
 21: ([("We support whatever steps", "051", "DOM/GOV", N, False, A, N, False),
       ("we are submitting", "102", "DOM/GOV", "DOM/LEG", False, A, N, False),
       ("with a view to accession", "030", "DOM/GOV", N, False, F, N, False)],
      "Dominican Republic (1992); 'We support whatever steps the international community may take along these "
      "lines' = verbal support (guideline: 051) for environmental steps of an uncoded collective -> target null "
      "(held-out 76 row 27: 'We commend and support all efforts' 051 null), asserted as a standing position though "
      "the steps themselves are hypothetical and uncoded (borderline not coded as an abstract policy position); "
      "'we are submitting to the Congress of our Republic ... the 1985 Vienna Convention ... along with its "
      "Protocol' = the executive asking the legislature to approve accession -> demand policy support 102 (held-out "
      "43/45, 63: calls to ratify or join a treaty 102), DOM/GOV -> DOM/LEG (README 667: a request from the "
      "executive to Congress is coded, USA/GOV -> USA/LEG; borderline uncoded as a domestic procedure), the "
      "Convention and its Montreal Protocol one act (one submission); 'with a view to accession' = the intended "
      "accession -> future 030 with no target (set 121: the Dominican Republic's 'final phase of preparations "
      "leading to our accession' to a UN convention a future 030 with no target; borderline 057 future, or folded "
      "into the 102 as its purpose)"),
 22: ([], "Cambodia (2018): 'The fundamentals for action on climate change are ... contained in the Paris Agreement' "
          "= an evaluation of a treaty's content, no act"),
 23: ([("had a very interesting debate", "040", "LIE/GOV", N, False, A, N, False),
       ("agreeing", "036", N, "LIE/GOV", False, A, N, False),
       ("preferred not", "125", N, "LIE/GOV", False, A, N, False)],
      "Liechtenstein (1994); 'We had a very interesting debate in the Third Committee' = the 1993 debate on the "
      "sub-item that Liechtenstein had put on the agenda (sentence before), Liechtenstein taking part -> 040 "
      "(guideline: discuss 040) from LIE/GOV with no target (set 118: Halonen's 'We have ... discussed' a 040 from "
      "FIN/GOV with no target; set 127: taking part in discussions a 040 with no target; borderline org:UNGA as "
      "target, or uncoded as 'we' meaning the whole Committee); 'Member States, while agreeing to consider the "
      "matter further at a later stage' = acceptance of further discussion of Liechtenstein's initiative, an "
      "explicit intent stated as a fact -> 036 asserted (guideline), source the uncoded Member States -> null "
      "(README 2854: praise from uncoded collectives 051 with no source; borderline org:UNGA for the Committee's "
      "decision), target the initiative's author LIE/GOV; 'preferred not to do so during this present, "
      "forty-ninth, session' = declining to take the item up now -> reject proposal to discuss 125, null -> "
      "LIE/GOV (set 144: accepting and rejecting parts of a plan give a 030 and a 127; borderline the deferral "
      "left uncoded as an Assembly working-methods decision, or a negated 040)"),
 24: ([], "Portugal (2017): 'as was evident a week ago in Lisbon in another oceans meeting' = a meeting named only "
          "by place and date in the sentence, its promoter (Portugal) only in the sentence after; not coded (set "
          "154: the APEC meeting 'held' in Shanghai; set 142: a Paris meeting only 'held' there; borderline a "
          "nominal 043 PRT/GOV with no target, the event noun's agent taken from the text after)"),
 25: ([("reluctance", "1211", N, "PNG/GOV", False, A, N, True)],
      "Papua New Guinea (2006); 'Our efforts to develop a more equitable trading order are hampered by the "
      "reluctance of our developed partners to open their economies and engage in genuine development "
      "discussions' = a refusal noun (guideline: 'refusal', 'unwillingness to negotiate' are REJECT) with two "
      "refused acts, coded once with the first act's code (README 2620: a refusal noun with two refused acts is "
      "coded once) -> reject economic cooperation 1211 (borderline 125 for the discussions), nominal, from the "
      "uncoded 'developed partners' -> source null (set 136: donors' 'reservations ... in terms of providing "
      "assistance' a nominal 122 with no source; set 150: the international community's 'lack of interest' a "
      "nominal 122 with no source), to 'our' efforts, the developing countries coded for the speaker only (set "
      "133: 'We nations of South America' coded for the speaker only) -> PNG/GOV (borderline target null, or "
      "uncoded as acts between uncoded collectives); 'hampered' is the effect, not a separate event"),
 26: ([("commend", "051", "FJI/GOV", N, False, A, N, False)],
      "Fiji (2000); 'I commend the efforts of all those involved in the Middle East peace process' = praise "
      "(guideline: commend 051); the speech names no party to the process (neither Israel nor the Palestinians "
      "appear in the document; Lebanon only as UNIFIL's host) -> target null (held-out 76 row 27: 'We commend and "
      "support all efforts' 051 null; set 131: the commended G5 Sahel gets no target; borderline ISR/GOV and "
      "PSE/GOV from outside knowledge)"),
 27: ([], "France (1992): 'A new principle of humanitarian law is taking shape' = a development with no actor; the "
          "UN agencies' cooperation lies in the sentence before"),
 28: ([("we stand ready to support", "032", "SLB/GOV", "org:UN", False, A, N, False)],
      "Solomon Islands (2017); 'we stand ready to support the Secretary-General's noble efforts to transform the "
      "Organization, including the Security Council' = readiness stated as a fact (README 1054: 'stands ready to "
      "engage/assist' 03x asserted; held-out 48/49: 'stand ready to support ... the parties' 032) -> intent of "
      "diplomatic support 032, the Secretary-General -> org:UN (held-out 48/49: supporting the Secretary-General "
      "051 to org:UN; set 121: welcoming Guterres's UN reforms a 051 to org:UN; borderline an uncoded UN-reform "
      "position); 'We nevertheless remain steadfast in our support and encouragement of action for a strong and "
      "effective United Nations' = support for unattributed action to strengthen the UN, a UN-reform position, "
      "not coded (borderline a nominal 051 to org:UN, as set 112's 'consistent supporter of the United Nations')"),
 29: ([("we support the efforts", "051", "BHR/GOV", "USA/GOV", False, A, N, False),
       ("we support the efforts", "051", "BHR/GOV", "GBR/GOV", False, A, N, False),
       ("we support the efforts", "051", "BHR/GOV", "RUS/GOV", False, A, N, False),
       ("we support the efforts", "051", "BHR/GOV", "CHN/GOV", False, A, N, False),
       ("we support the efforts", "051", "BHR/GOV", "DEU/GOV", False, A, N, False),
       ("to work with the", "046", "USA/GOV", "IRN/GOV", False, A, N, False),
       ("to work with the", "046", "GBR/GOV", "IRN/GOV", False, A, N, False),
       ("to work with the", "046", "RUS/GOV", "IRN/GOV", False, A, N, False),
       ("to work with the", "046", "CHN/GOV", "IRN/GOV", False, A, N, False),
       ("to work with the", "046", "DEU/GOV", "IRN/GOV", False, A, N, False)],
      "Bahrain (2013); 'we support the efforts of the five permanent members of the Security Council and Germany "
      "to work with the Islamic Republic of Iran to reach a swift settlement of the ... Iranian nuclear programme "
      "issue' = verbal support (guideline: 051) of the P5+1, a group without a code, coded per member the document "
      "names (README 1159: the Quint is each member the document names): Germany in the sentence, and the United "
      "States, the United Kingdom, the Russian Federation and China, which the speech names among its partners; "
      "France is never named in the speech and is dropped (borderline Germany only, as set 151's P5+1 fragment, or "
      "France added from outside knowledge); the efforts 'to work with' Iran = the 2013 nuclear negotiations "
      "under way -> 046 asserted from each named member to IRN/GOV (README 1811: welcoming talks codes the "
      "negotiations too; set 139: support for ongoing nuclear negotiations a 051 plus a nominal 046; borderline "
      "050, or no 051 to the members but one to IRN/GOV as a party to the process); the 'swift settlement' is "
      "the purpose, and the NPT and 'guaranteeing the right of all States' are norms, not coded"),
 30: ([("declining aid", "162", N, "DMA/GOV", False, A, N, True)],
      "Dominica (2006); 'Trade ... can ... reduce our dependence on declining aid' = the fall in aid received by "
      "Dominica (and other small island developing States) from unnamed donors -> a nominal reduction of aid 162 "
      "with no source to the speaker's government (set 129: a 'decline in bilateral assistance' a nominal 162 with "
      "no source to ATG/GOV; set 156: Gabon's 'dizzying decline in official development assistance' a nominal 162 "
      "with no source; borderline a nominal 070 for the aid itself, or uncoded as a general description); what "
      "trade 'can' do is a hypothetical evaluation, not coded"),
 31: ([], "Venezuela (1992): 'We are meeting at a time of particular instability and uncertainty' = 'we' meaning all "
          "delegations at the Assembly (held-out 42/43; set 139: 'we met in Beijing' with 'we' meaning all states "
          "uncoded), a time marker; not coded"),
 32: ([("I extend my warm congratulations", "051", "VUT/GOV", "org:UNGA", False, A, N, False),
       ("assure you of our full confidence", "030", "VUT/GOV", "org:UNGA", False, A, N, False)],
      "Vanuatu (2010); 'Vanuatu is very pleased that we are meeting under your presidency, Sir, and ... I extend my "
      "warm congratulations to you' = pleasure and congratulations to the President of the Assembly, the same code "
      "and pair coded once (held-out 76 row 28: welcome and thanks to the same party coded once; borderline two "
      "051s) -> 051 to org:UNGA (held-out 48/49: commending the Assembly President's election 051 to org:UNGA); "
      "'on behalf of my Government and of the Pacific Islands Forum' = the Forum has no code (set 120) and is "
      "dropped, the congratulation coded from the speaker only (set 145: Samoa speaking as AOSIS Chairman coded "
      "for the speaker only); 'we wish to assure you of our full confidence and cooperation' -> 030 to org:UNGA "
      "(held-out 38/39, 48/49: assurances of cooperation to the President of the Assembly 030 to org:UNGA), "
      "'confidence' being a sentiment folded in"),
 33: ([("appeal", "1042", "MAR/GOV", N, False, A, N, True)],
      "Morocco (2014); 'It' = the speech's own reference to the negative impact of colonialism (the King's statement "
      "delivered on his behalf; the opening quotation mark is the record's mark for the speaker's text, as "
      "set 149) -> the speaker's government; 'It is simply an earnest appeal for justice for the countries of the "
      "South and a reconsideration of the way they are dealt with and supported' = the speaker's own request, "
      "named as a noun -> nominal, Y a change in the partners' and rating bodies' treatment of developing "
      "countries -> demand policy change 1042 (borderline generic 100, or 1031 for the support), addressees the "
      "uncoded donors and rating institutions -> target null (held-out 77 row 8: a call with no addressee and a "
      "specific Y coded with target null; borderline uncoded as a call with no addressee on a general matter); "
      "the countries of the South being 'dealt with and supported' by unnamed parties is null-null, not coded"),
 34: ([("have been detained", "173", N, "org:UN", False, A, N, False),
       ("held hostage", "181", N, "org:UN", False, A, N, False)],
      "Papua New Guinea (1991); 'Many have been detained and held hostage during the course of their duties' = "
      "'Many' = the United Nations' international civil servants of the sentence before -> target org:UN, the "
      "Organization's own staff (set 134: the destruction of UN facilities a 1712 to org:UN); "
      "agentless passives whose agents the speech never names ('We call on those responsible to release' in the "
      "sentence after) -> source null (guideline: agentless passives); detention -> 173 (guideline), hostage-taking "
      "-> 181 (guideline: hijack 181; README 2096: an agentless 'was kidnapped' 181), two acts with two codes "
      "(borderline one 181, the "
      "detention folded into the hostage-taking)"),
 35: ([], "Guinea (2007): the agenda items 'are part of man's long attempt to meet the principal challenge ... his "
          "survival' = a description, no actor"),
 36: ([], "Myanmar (1994): 'the threat of illicit drugs can be overcome only with effective international "
          "cooperation' = a figurative threat (guideline) and a generic conditional about cooperation among uncoded "
          "parties; not coded"),
 37: ([("threatened", "138", "TUR/GOV", "GRC/GOV", False, A, N, False),
       ("use force", "190", "TUR/GOV", "GRC", False, H, N, False),
       ("signed", "057", "TUR/GOV", N, True, A, N, False)],
      "Greece (1996); 'the one that made it clear that it would not hesitate to use force' = Turkey, plain from the "
      "document (the Turkish Parliament's 8 June 1995 resolution empowering the Government to use military force if "
      "Greece extends its territorial waters under the Law of the Sea Convention, 'adopted' by the Turkish "
      "Government) -> TUR/GOV (guideline: missing participant from context); 'Greece is threatened with war in the "
      "event it applies the provisions of the Convention' = a threat of military force -> 138 asserted (guideline: "
      "a threat is itself asserted) TUR/GOV -> GRC/GOV, and 'made it clear that it would not hesitate to use force' "
      "is the same threat, coded once (guideline: repeated mention); the threatened act -> 190 hypothetical "
      "(guideline: the threatened act inside a threat), to the country as a whole, bare GRC; 'would not hesitate' "
      "is litotes, not negation (README 2279: 'will never give up working with' not negated); 'which has been signed "
      "by all Member States, except for the one' = Turkey's non-signature of the Convention -> negated 057 with no "
      "target (held-out 76 row 2: 'have not yet joined' a negated 057 with no target), the other Member States' "
      "signatures an uncoded collective's acts, not coded; Greece's applying the Convention is hypothetical "
      "compliance, not coded"),
 38: ([("we are grateful", "051", "TKM/GOV", "IRN/GOV", False, A, N, False),
       ("we are grateful", "051", "TKM/GOV", "RUS/GOV", False, A, N, False),
       ("we are grateful", "051", "TKM/GOV", "TUR/GOV", False, A, N, False),
       ("we are grateful", "051", "TKM/GOV", "PAK/GOV", False, A, N, False),
       ("we are grateful", "051", "TKM/GOV", "CHN/GOV", False, A, N, False),
       ("we are grateful", "051", "TKM/GOV", "IND/GOV", False, A, N, False),
       ("we are grateful", "051", "TKM/GOV", "org:OSCE", False, A, N, False)],
      "Turkmenistan (1999); 'we are grateful to our close neighbours - Iran, Russia, Turkey, Pakistan, China and "
      "India - and our partners in the Organization for Security and Cooperation in Europe' = thanks (guideline: "
      "051), one per named party (guideline: compound split); 'our partners in the OSCE' -> org:OSCE (borderline "
      "dropped as the uncoded collective of the OSCE's participating States); the 'active support of our friends' "
      "thanked for lies in the sentence before, not coded here"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Monaco (1999): 'The conflict in Kosovo, with the thousands of refugees and the massive suffering that it "
          "caused' = a conflict named only by place (set 155: the Kosovo conflict named only by place uncoded; "
          "borderline a nominal 190 with no source to bare YUG and a 201 to XKX/CVL)"),
 40: ([], "Papua New Guinea (2018): 'International trade is an important engine for inclusive economic growth' = an "
          "evaluation, no actor"),
 41: ([], "Cameroon (1993): 'we cannot leave the African countries at the mercy of market forces' = 'we' meaning the "
          "international community (the sentence after: 'The international community must therefore undertake'), "
          "a norm for all states, not coded (held-out 42/43)"),
 42: ([], "New Zealand (1996): 'Painstaking efforts have gone into that process' = agentless efforts in the Middle "
          "East peace process, whose parties the sentence does not name; 'it offers a real hope' is an evaluation; "
          "not coded"),
 43: ([], "Mozambique (2011): the session's critical context (financial crisis, prices, 'hotbeds of tension and "
          "political instability' in North Africa and the Middle East, pandemics, disasters) = a description, no "
          "named actor (borderline a nominal 190 with no source for the 'hotbeds of tension', uncoded as conflicts "
          "named only by region)"),
 44: ([("We are ready to put", "033", "MAR/GOV", N, False, A, N, False)],
      "Morocco (2015); 'We are ready to put our experience in this field at the service of our partners, in "
      "particular in Africa' = readiness to assist stated as a fact (held-out 76 row 32: 'Canada is prepared to "
      "support those States' 033 asserted; README 1054: 'stands ready to assist' 03x asserted), the experience of "
      "its human development initiative offered as technical assistance -> intent to provide aid 033 (borderline "
      "030, or 0331), the partners an uncoded class -> target null (set 121: Mexico's 'put its experience ... at "
      "the service of the United Nations' a realised 070)"),
 45: ([], "China (2012): 'The Asia-Pacific region has maintained general stability ... making important "
          "contributions to global stability' = a description of a region, no act between actors"),
 46: ([("We have done that", "051", "BGD/GOV", "org:UN", False, A, N, False)],
      "Bangladesh (2003); 'We have done that' = the pro-verb for 'We have consistently supported the efforts of the "
      "United Nations' in the sentence before, the act itself being asserted in this sentence (guideline: missing "
      "participant from context; README 2923: a fragment is coded from the context when its verb is in the "
      "sentence) -> verbal support 051 (guideline) to org:UN (borderline uncoded, the act's content lying in the "
      "sentence before; or 070); 'as a matter of our commitment to the purposes and principles of the United Nations "
      "and its Charter' = an abstract commitment, not coded (set 137: reaffirmed commitments to the Charter "
      "uncoded)"),
 47: ([], "Bulgaria (1998): 'The question we have to address now is whether the next millennium will be one of "
          "continued unrest and confrontation or one of peace' = 'we' meaning all states, a question about the "
          "future, no act"),
 48: ([("we are heartened", "051", "MDV/GOV", N, False, A, N, False)],
      "Maldives (1992); 'we are heartened at the progress being made in the field of disarmament' = a welcome "
      "(README 2493: 'we are encouraged by' and 'we are pleased with' are 051) of agentless progress (the chemical "
      "weapons convention of the sentence before has no named party) -> 051 with no target (set 112: 'I am all the "
      "more pleased' with no target; borderline an uncoded evaluation of a development); 'we have yet to see a very "
      "tangible return in the form of a peace dividend' = an unrealised benefit from unnamed developed countries, "
      "not an act between named actors (borderline a negated 071 with no source to MDV/GOV)"),
 49: ([], "Colombia (1998): 'We have restored confidence in our country' = a domestic achievement, no act between "
          "actors"),
 50: ([], "Romania (1995): 'a special programme has been adopted to increase our capacity to react adequately to any "
          "request from the United Nations' = a domestic programme (set 134: domestic programmes uncoded) whose aim "
          "is readiness for future, hypothetical UN requests for peacekeeping contributions; not coded (borderline "
          "an asserted 0334 ROU/GOV -> org:UN, as set 145's RAMSI 'ability ... to respond ... to requests', or a "
          "hypothetical nominal 1034 org:UN -> ROU/GOV)"),
 51: ([], "Netherlands (2016): 'Will we be able to strengthen our positive forces, or will we let the negative forces "
          "tear the world apart?' = a rhetorical question with 'we' meaning all peoples, figurative; no act"),
 52: ([], "Ecuador (2003): 'These poor but serious countries are making profound structural reforms' = domestic "
          "reforms of an uncoded class of countries, no act between actors"),
}
