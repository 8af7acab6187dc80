"""Hand annotations for the THIRTY-NINTH held-out event gold set (source of events-heldout39.jsonl).

Keyed by the row index of selection-heldout39.jsonl (output of select_bulk_heldout.py 39; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout39.jsonl \
        --annotations annotations_heldout39 --output events-heldout39.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("I also call on", "102", "EGY/GOV", N, False, A, N, False),
      ("have not yet recognized", "054", N, "PSE/GOV", True, A, N, False)],
     "Egypt (2011), speaking also as chair of the Non-Aligned Movement (earlier text; the Movement has no code) "
     "-> 'I' in a UN speech -> EGY/GOV; the sentence starts at 'I also call on' (the NAM's support for "
     "Palestine is the preceding sentence), and a page header '11-51360 54' lies inside it (an extraction "
     "artefact); calling on 'the countries that have not yet recognized the State of Palestine' (an uncoded "
     "collective -> target null, held-out 37 row 2) to do so = a request whose Y is recognition -> demand "
     "diplomatic cooperation 102 (Y not coded separately); the relative clause states that they have not "
     "recognized Palestine = a negated 054 of the uncoded collective toward a coded target -> source null, "
     "PSE/GOV (held-out 18/19: 'the need for Serbia to recognize Kosovo, which it has not yet done' = two events; "
     "held-out 37 row 4: an uncoded source with a coded target is coded; borderline not coded, as held-out 37 row "
     "2's 'which have not yet done so', whose act had no target)"),
 1: ([], "Cuba (1992): 'That that war never occurred' = the super-Powers' military confrontation of the preceding "
         "sentence, an anaphoric event noun without an agent in the sentence (guideline: 'this aggression' is not "
         "coded; held-out 36 row 4), so no negated 190; 'the new conquerors' is a description"),
 2: ([], "United Kingdom (2003): 'We do not have the luxury simply of rejecting unilateralism, while proposing no "
         "multilateral means' = 'we' = all Member States, an abstract attitude; 'rejecting unilateralism' is an "
         "abstract position (held-out 34 row 37), no act between named actors"),
 3: ([], "Madagascar (1999): 'We therefore say \"no\" to selective globalization' = rejection of an abstract policy, "
         "no named counterpart (held-out 34 row 37); 'we are being called on to liberalize our trade' = an agentless "
         "passive request to the developing countries ('our countries', a collective), no named requester; 'has not "
         "been nearly so strong' negates an impulse, not an event"),
 4: ([], "Palestine (2018): 'We will reject every type of weapon and will not accept the use of arms anywhere' = "
         "rejection of a practice in general, no named party (held-out 34 row 37, 36 row 41: 'rejection of all forms "
         "of violence' not a separate 12x); the settlers' violence is in the preceding sentences"),
 5: ([("have not signed", "057", "SDN/REB", "SDN/GOV", True, A, N, False)],
     "United Kingdom (2006); the splitter cut the sentence after 'the Darfur Peace' (the following text: 'Agreement "
     "must do so'), so the deontic 'must do so' lies outside it and only the negated signing is coded; 'Those who "
     "have not signed the Darfur Peace Agreement' = the Darfur rebel movements that stayed out of the DPA, unnamed "
     "in the document -> SDN/REB (held-out 30/31: groups that did not endorse a peace agreement are a negated 057 "
     "of the country's REB, held-out 31 row 7, the same agreement), the agreement's other party -> SDN/GOV; plain "
     "negation -> negated 057, asserted"),
 6: ([], "Colombia (1990): 'We do not want even to think about the consequences ... of a demand for drugs, such as "
         "that of the United States' = an attitude; the demand for drugs is consumption, no act between actors"),
 7: ([], "Equatorial Guinea (2019): 'Our perpetual detractors and enemies do not welcome the signs of economic "
         "recovery' = an attitude (being displeased) of unnamed, uncoded adversaries, not a verbal welcome act "
         "withheld (borderline a negated 051 null -> GNQ/GOV)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("I ask the world community", "100", "BIH/GOV", N, False, A, N, False)],
     "Bosnia and Herzegovina (1992); 'I ask the world community to do three things' = a performative request "
     "(guideline: 'ask' -> 10x), the world community -> null; the three things follow in the next sentences "
     "(implementing Security Council resolutions and more), so Y in this sentence is vague -> generic 100; the "
     "if-clauses frame the request rhetorically, it is made (borderline hypothetical); 'the offer of pain and "
     "division made by Belgrade and its proxies' = Belgrade a capital metonym (1992 -> YUG/GOV, held-out 26/27), "
     "but the 'offer' is a figure for its policy of partition ('they offer an expanding Serbia', preceding text), "
     "not a CAMEO proposal, and the world's accepting or rejecting the offers is a hypothetical act of an uncoded "
     "collective toward figurative offers, not coded (borderline 12x hypothetical null -> YUG/GOV)"),
 9: ([("We welcome", "051", "NIC/GOV", "KOR/GOV", False, A, N, False),
      ("We welcome", "051", "NIC/GOV", "PRK/GOV", False, A, N, False),
      ("rapprochement", "050", "KOR/GOV", "PRK/GOV", False, A, N, True),
      ("third inter-Korean summit", "040", "KOR/GOV", "PRK/GOV", False, A, N, True),
      ("agreed on", "057", "KOR/GOV", "PRK/GOV", False, A, N, False)],
     "Nicaragua (2018); welcoming the rapprochement, the summit and the Joint Declaration = praise of developments, "
     "051 to each named party, the developments coded too (held-out 30/31; held-out 37 row 41): 'the rapprochement "
     "between the two Koreas' = a realised normalization naming its parties -> nominal 050 (held-out 7), 'the holding "
     "of the third inter-Korean summit' = a meeting noun naming its participants -> nominal 040 (held-out 4, 30 row "
     "30), 'the Joint Declaration that the two Korean leaders agreed on' (Moon Jae-in and Kim Jong Un, September "
     "2018) = a realised agreement, verb -> 057; symmetric acts of 'the two Koreas', neither named first -> coded "
     "once each from KOR/GOV (the visiting side in Pyongyang) to PRK/GOV (borderline the reverse direction); "
     "Pyongyang is the venue, not a metonym; 'obviating the danger of war' is risk"),
 10: ([("reaffirmed their determination", "037", "org:AU", N, False, A, N, False)],
      "Cameroon (1990); 'the African Heads of State and Government at the last summit meeting of the OAU in Addis "
      "Ababa' = the OAU's members acting together -> org:AU (held-out 34/35: the OAU is org:AU); 'reaffirmed their "
      "determination to work together towards a rapid solution of all these conflicts by African efforts' = an "
      "explicit intent stated as a fact -> 03x asserted (guideline 'we pledged to continue'), to settle the "
      "conflicts of the preceding sentence (the Horn of Africa, Chad-Libya, Senegal-Mauritania) -> intent to settle "
      "dispute 037 (borderline 039 intent to mediate, or 030), the conflicts' several parties -> target null; the "
      "summit meeting is the frame, a meeting noun without a named counterpart, not coded separately; Addis Ababa "
      "is a venue, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("was grateful", "051", "ZAF/GOV", "org:UN", False, A, N, False),
       ("supported the end of apartheid", "051", "org:UN", "ZAF/CVL", False, A, N, False)],
      "Palestine (2017); 'Nelson Mandela said that he was grateful to the whole world and the United Nations' = "
      "thanks (guideline: thank -> 051; held-out 22 'is immensely grateful' 051), a statement-type act that is "
      "itself the event -> reported_by null (guideline: 'he criticized' -> 111; held-out 37 row 0), Mandela as "
      "President of liberated South Africa (a historic act by the office held at the time, held-out 5) -> ZAF/GOV "
      "(borderline reported_by ZAF/GOV); 'the whole world' = uncoded, dropped; 'the United Nations, which "
      "contributed to and supported the end of apartheid in South Africa' = the UN's political support for the "
      "anti-apartheid struggle, read as the speaker's relative clause -> 051 org:UN, the people of South Africa -> "
      "ZAF/CVL ('contributed to and supported' one act, coded once; borderline 070, or not coded as support for an "
      "outcome); 'South Africa was liberated from the apartheid regime' is agentless"),
 12: ([], "Egypt (1993): 'suspicions ... could have been dispelled if the Bosnian problem had been dealt with according "
          "to the established principles ... relating to aggression, occupation, war crimes' = an agentless "
          "counterfactual; the principles' nouns name no agent"),
 13: ([], "Mali (2016): 'the effective implementation of the Peace Agreement requires us to mobilize external resources "
          "to support national efforts' = a need of the speaker's government to raise funds from unnamed partners, "
          "no act toward a named actor (borderline 103 MLI/GOV -> null)"),
 14: ([("Our support of European recovery", "070", "USA/GOV", N, False, A, N, True),
       ("our support of the United Nations", "070", "USA/GOV", "org:UN", False, A, N, True)],
      "United States (Trump, 2017); quoting President Truman's 1947 message to Congress on the Marshall Plan: a US "
      "President quoted by the US speech is the document's own government (held-out 7: the President quoted in his "
      "own government's text -> reported_by null; borderline reported_by USA/GOV), Truman -> USA/GOV by the office "
      "held at the time (held-out 5); the speech verb is not coded; 'Our support of European recovery' = the "
      "Marshall Plan aid, an aid noun with its agent -> nominal 070 (borderline 071 economic aid), Europe a region "
      "without a code -> target null; 'our support of the United Nations' -> nominal 070 to org:UN (held-out 37 row "
      "17: 'our support for Iraq' 070; borderline 051 policy support); 'is in full accord with' is an evaluation"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Maldives (2001): 'Unless swift and concrete action is forthcoming, global environmental degradation will "
          "continue to threaten' = agentless, risk (guideline)"),
 16: ([], "Equatorial Guinea (1996): 'Foreign investment is increasing', 'cooperation with friendly countries and "
          "international economic institutions is growing' = trend statements; the cooperation noun names only "
          "uncoded partners and no agent in the sentence (guideline: event nouns without an agent are not coded; "
          "borderline nominal 061 GNQ/GOV -> null, as held-out 10/11's 'cooperation with X' 050)"),
 17: ([("need the assistance", "070", N, "BLZ/GOV", False, D, N, False)],
      "Belize (2008); 'We will most certainly need the assistance of the international community' = the international "
      "community (null) needs to assist us -> a deontic without a request verb (held-out 22 row 60: 'we need the "
      "support of the international community' demanded, null source, the speaker's government), the resources to "
      "develop the people (preceding sentence) -> generic aid 070 (borderline 071), 'will' need -> still demanded; "
      "borderline not coded as a need statement"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Swaziland (2004): 'Its [the Security Council's] composition must reflect the plurality ... of the "
          "membership' = internal UN reform, an agentless deontic, no codable Y (held-out 27 row 21)"),
 19: ([], "Comoros (2000): the sentence starts at 'Charter of the United Nations' (the 'The' before it closes the "
          "previous line); 'the United Nations must enhance its efforts to prevent and resolve conflicts by peaceful "
          "means' = a deontic over conflict prevention in general, no named parties (unlike held-out 27 row 18's "
          "envoy for Syria), not coded (borderline 045 org:UN demanded, target null)"),
 20: ([("must assist potential troop contributors", "070", "org:UN", N, False, D, N, False)],
      "Norway (1995); 'Both the United Nations and the traditional troop-contributing countries must assist potential "
      "troop contributors with competence-building measures' = a deontic without a request verb -> Y = assistance, "
      "demanded, one event per coded source: org:UN; the traditional troop contributors and the potential ones are "
      "uncoded collectives (dropped; target null) -> generic aid 070 (borderline 072, training for peacekeeping); "
      "'just as the Nordic countries are now assisting the Baltic States' = a realised aid act between two groups "
      "without a code whose members the document does not name (held-out 26 row 40; the Quint rule needs named "
      "members) -> null-null, not coded (borderline one 070 per Nordic-Baltic pair, NOR/GOV among them)"),
 21: ([], "Kuwait (1994): 'human resources development should be accorded a higher priority on the international "
          "agenda' = an agentless deontic, abstract"),
 22: ([("I call upon the international", "108", "PSE/GOV", N, False, A, N, False)],
      "Palestine (2001); calling upon the international community (collective -> target null) to redouble its efforts "
      "to end the current situation and the escalating crisis (the Israeli-Palestinian confrontation of 2001) = a "
      "request whose Y is third-party action to stop an escalation -> demand mediation 108 (held-out 29 row 37: "
      "asking guarantors to stop escalation 108; borderline generic 100); Y is not coded separately"),
 23: ([("has sent a clear message", "1056", "org:UNSC", N, False, A, N, False)],
      "Ireland for the European Union presidency (1996); 'The international community, through Security Council "
      "resolution 1072 (1996), has sent a clear message to the parties involved that there must be an end to all "
      "violence and an early beginning of ... national dialogue in Burundi' = a resolution's demand, and a Security "
      "Council resolution stands for the Council (held-out 30/31) -> org:UNSC; a message whose content is a demand "
      "addressed to named addressees is a request, not a mere 01x statement (borderline 01x, guideline 'sent a "
      "message'); of the two demands, end of violence -> 1056 and dialogue -> 106, the more specific taken (held-out "
      "9: a request verb with several demands takes the most specific sub-code; borderline 106); 'the parties "
      "involved' are not named in the document -> target null (held-out 36 row 35)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("I discussed these issues", "040", "TUR/GOV", "org:UN", False, A, N, False)],
      "Turkey (Erdoğan, 2017); discussing the Rohingya situation and Turkey's aid with Secretary-General Guterres -> "
      "040 to org:UN; 'we are now preparing to take further steps' = future acts too vague to code (the preceding "
      "sentence: continuing assistance activities; borderline 073 future TUR/GOV -> MMR/CVL)"),
 25: ([("Jordan has for so long called for", "100", "JOR/GOV", N, False, A, N, False)],
      "Jordan (1998); a habitual call, with no named addressee, for rooting out terrorism by eliminating its causes and "
      "establishing justice and political solutions -> generic 100, target null (held-out 37 row 30: a call for "
      "implementing resolutions 100 null; held-out 26 row 10), habitual -> asserted; Y not coded separately"),
 26: ([("appreciation", "051", "SLB/GOV", "AUS/GOV", False, A, N, False),
       ("appreciation", "051", "SLB/GOV", "NZL/GOV", False, A, N, False),
       ("continued support and contribution", "074", "AUS/GOV", "SLB", False, A, N, True),
       ("continued support and contribution", "074", "NZL/GOV", "SLB", False, A, N, True)],
      "Solomon Islands (2005); expressing deep appreciation (thanks -> 051) to Australia, New Zealand and 'the Pacific "
      "Island countries' (not named in the document as RAMSI contributors -> dropped, held-out 2 compound rule) -> "
      "one 051 per named government; 'their continued support and contribution to Regional Assistance Mission' (RAMSI, "
      "named earlier in the speech) = thanks for the ongoing support give the support its agents (held-out 24/25), a "
      "regional intervention mission -> nominal peacekeeping 074 per contributor to the country (held-out 27 row 27: "
      "AMISOM 074 to SOM; held-out 36 row 47), support and contribution one act (borderline 070 -> SLB/GOV)"),
 27: ([("agreed", "0862", "IRQ/GOV", "org:UN", False, A, N, False)],
      "Philippines (2002); 'Iraq ... agreed yesterday to the unconditional return of United Nations weapons "
      "inspectors' = accepting inspectors -> receive inspectors 0862 (RETREAT), to org:UN; 'We believe that Iraq took "
      "a step in the right direction' = an evaluation, not a praise act (held-out 6: 'continues to view as serious' "
      "is not a praise act; borderline 051 PHL/GOV -> IRQ/GOV)"),
 28: ([], "Germany (2017): 'North Korea's current irresponsible actions, which pose a serious threat to world peace' = "
          "a generic 'actions' noun, not an event type, and 'threat to world peace' is risk (guideline; held-out 36 "
          "row 38; borderline nominal 150 PRK/GOV, the nuclear provocations of the following sentence); 'the urgent "
          "need for us to work together' = all states, abstract"),
 29: ([("We commend that step", "051", "URY/GOV", "USA/GOV", False, A, N, False),
       ("We commend that step", "051", "URY/GOV", "CUB/GOV", False, A, N, False),
       ("imposed on Cuba", "163", "USA/GOV", "CUB", False, A, N, False)],
      "Uruguay (2015); 'that step' = the restoration of diplomatic relations between the United States and Cuba "
      "(preceding sentence) -> commend = 051 to each party of the step, taken from the context (guideline: a missing "
      "participant from the context; held-out 8: praise aimed at a process goes to its named parties); the "
      "restoration itself is an anaphoric noun, not coded here; 'ending the ... embargo' is a hoped-for agentless "
      "future ('we are confident with regard to its future', optative), not coded; 'the economic, trade and "
      "financial embargo imposed on Cuba ... by the Government of the United States' = sanctions -> 163, a passive "
      "with its agent named (not nominal), target the country (held-out 27 row 30, same wording)"),
 30: ([("support from the United Nations", "070", "org:UN", "CPV/GOV", False, D, N, True)],
      "Cape Verde (2006); 'the success of this pioneering step [graduation from LDC status] largely depends on support "
      "from the United Nations system and the broader international community' = the UN system needs to support the "
      "transition -> a need over a named provider, coded like 'we need the support of' (held-out 22 row 60) -> "
      "nominal 070 demanded from org:UN (a UN programme or system stands for org:UN, held-out 34/35) to the speaker's "
      "government; the international community dropped (uncoded); borderline not coded as a dependency statement"),
 31: ([("The parties agree", "057", "ERI/GOV", "ETH/GOV", False, A, N, False)],
      "Eritrea (2005); quoting article 4.15 of the Algiers Agreement (December 2000), whose parties are Eritrea and "
      "Ethiopia (document context): 'The parties agree that the delimitation and demarcation determinations of the "
      "Commission shall be final and binding' = the treaty's own agreeing clause = a concluded agreement -> 057, "
      "symmetric, coded once from the document's own government (guideline) -> ERI/GOV -> ETH/GOV; the quoted text "
      "is the parties' own, the speaker's government among them -> reported_by null (held-out 32/33: a quoted "
      "resolution's acts are reported by its author; here the authors are the parties themselves); borderline not "
      "coded as a quotation of a clause"),
 32: ([], "Lithuania (2011): 'It is not enough to rely only on recommendations, proposals and encouragement for "
          "cooperation when we deal with nuclear safety issues' = abstract, no actor"),
 33: ([("has helped many countries", "071", "TWN/GOV", "TUV/GOV", False, A, N, False)],
      "Tuvalu (2007); 'Taiwan ... has helped many countries in the world including my own country, Tuvalu with "
      "development assistance' -> economic aid 071 (development assistance), Taiwan -> TWN/GOV (held-out 23, 24); "
      "'many countries' = an uncoded collective, dropped, and the named member Tuvalu coded (held-out 26/27: a "
      "collective naming one member is coded for that member) -> TUV/GOV; 'has shown international responsibility' "
      "is an evaluation"),
 34: ([], "Paraguay (2002): 'the democratic system is threatened by heightened poverty and the serious economic "
          "situation' = risk, no actor"),
 35: ([], "Guatemala (1997), in a joint Central American presentation: 'this new stage is being constructed with the "
          "respectful participation and responsible support of the international community' = the support of an "
          "uncoded collective for 'our region' (Central America, preceding text: 'Our region is leaving behind years "
          "of internal war'), a region without a code -> null-null, not coded (held-out 37 row 28 coded such support "
          "only for a named recipient)"),
 36: ([], "Turkmenistan (2017): 'The conditions ... dictate the need to reform the United Nations and to review its "
          "working methods' = internal UN reform, an agentless need"),
 37: ([("given recognition", "054", N, "SLE/MIL", True, A, N, False),
       ("support", "070", N, "SLE/MIL", True, A, N, False)],
      "Nigeria (1997); 'no foreign Government or organization has to date given recognition or support to the regime "
      "in Freetown' = plain negation of recognition (054) and support (070, borderline 051 political support) by "
      "every foreign government or organisation, an uncoded collective -> source null (held-out 37 row 4: an uncoded "
      "source with a coded target is coded), negated; 'the regime in Freetown' = the military junta of the May 1997 "
      "coup (preceding text: 'a section of that country's military') -> SLE/MIL (guideline: junta rule, MMR/MIL; "
      "Freetown names the seat of the regime, like held-out 4's 'the government in Beijing', coded by the regime's "
      "own code); two acts with two codes, split (held-out 27 row 34); 'It is encouraging' is an evaluation, and "
      "the condemnation by the OAU and the UN is in the preceding sentence"),
 38: ([("welcomed that development", "051", "BWA/GOV", N, False, A, N, False)],
      "Botswana (2008); the sentence starts at 'We welcomed'; 'that development' = the signing of an agreement by "
      "'representatives of political parties in Zimbabwe' on 15 September 2008 (preceding sentence) -> welcome 051; "
      "the parties are not named in the document (it never names ZANU-PF or the MDC) -> target null (held-out 36 row "
      "35: parties not named -> null; borderline ZWE/GOV and ZWE/OPP); 'augurs well' is an evaluation"),
 39: ([], "Fiji (1993): 'taxpayers in the industrialized countries pay both for aid and for imports', 'the poorest "
          "developing countries lose more in trade than they gain in aid' = general statements about uncoded "
          "collectives, null-null"),
 40: ([("We also repudiate", "111", "NIC/GOV", N, False, A, N, False)],
      "Nicaragua (2004); the splitter cut the sentence after 'the attack against the Australian' (the following text: "
      "'Embassy in Jakarta'); repudiating the attack (the September 2004 bombing of the Australian Embassy) = "
      "condemnation -> 111, the perpetrators not named -> target null (held-out 36 row 41); 'the attack' = an event "
      "noun without an agent, not coded; Jakarta is a place"),
 41: ([("we fully support the call", "1044", "ZWE/GOV", N, False, A, N, False)],
      "Zimbabwe (2015); supporting 'the call for inclusivity and transparency in selecting our Organization's "
      "Secretary-General by ensuring that the General Assembly plays a more significant role' = joining a call is the "
      "speaker's own request (held-out 32/33: 'we must support the call for' the speaker's request; held-out 14/15: "
      "echoing a call), Y = a change in how the UN's institutions select the Secretary-General -> demand institutional "
      "change 1044 (held-out 9: 'calls for' seats for Africa on the Security Council 1044 target null), no named "
      "addressee -> target null; the call's original authors are unnamed, so no nominal request of its author; "
      "borderline not coded as internal UN reform (held-out 27 row 21)"),
 42: ([("Saturating Israel", "072", N, "ISR/GOV", False, A, N, False),
       ("continues to occupy", "192", "ISR/GOV", N, False, A, N, False)],
      "Syria (1992); 'Saturating Israel with destructive and sophisticated weaponry' = arms supplies to Israel by "
      "unnamed suppliers, a gerund with a named recipient and no agent -> military aid 072, source null (held-out 21 "
      "row 60: an agentless act with a named target is coded; borderline not coded as a generic proposition); 'as "
      "long as it continues to occupy the territories of others by force' = a presupposed ongoing occupation -> 192 "
      "asserted, ISR/GOV, 'others' unnamed -> target null (borderline SYR/PSE/LBN from the speaker's frame); 'to "
      "violate the rights of the Palestinian people' has no specific CAMEO act (borderline 175 -> PSE/CVL), not "
      "coded; 'lacks the human compass' is an evaluation"),
 43: ([("point an accusing finger at Turkey", "112", "CYP/GOV", "TUR/GOV", False, H, N, False),
       ("ethnic cleansing it practised", "203", "TUR", "CYP/CVL", False, A, N, False)],
      "Cyprus (1999); 'I could today ... point an accusing finger at Turkey and talk at length about ...' = a "
      "paralipsis: the accusation is framed with 'could' -> 112 hypothetical (guideline: could -> hypothetical; "
      "borderline asserted, since the sentence makes the accusation it says it could make), to the present Turkish "
      "government -> TUR/GOV; 'the ethnic cleansing it practised against the Greek Cypriots' = a realised historic act "
      "(1974, presupposed in the speaker's voice) with its agent 'it' = Turkey -> 203 asserted, a historic war act of "
      "the country as a whole -> bare TUR (guideline: historic wars; borderline TUR/GOV or TUR/MIL), the Greek "
      "Cypriots -> CYP/CVL; 'which resulted in 180,000 Greek Cypriots becoming refugees' is its effect, not coded "
      "separately"),
 44: ([("I welcome", "051", "KNA/GOV", "MHL/GOV", False, A, N, False),
       ("I welcome", "051", "KNA/GOV", "FSM/GOV", False, A, N, False),
       ("I welcome", "051", "KNA/GOV", "EST/GOV", False, A, N, False),
       ("I welcome", "051", "KNA/GOV", "LVA/GOV", False, A, N, False),
       ("I welcome", "051", "KNA/GOV", "LTU/GOV", False, A, N, False)],
      "Saint Kitts and Nevis (1991); the sentence starts at 'I welcome the Marshall Islands' (the welcome of the two "
      "Koreas is the preceding sentence); welcoming new UN Members -> 051 to each government (held-out 35 row 31, 37 "
      "row 43), one event per state (guideline compound split); '33' for 'as' is an OCR artefact; the admission is "
      "the UN's act on membership, not coded"),
 45: ([("assistance to Lesotho", "073", N, "LSO/GOV", False, D, N, True)],
      "Lesotho (2003); 'We therefore stress the need for urgent assistance to Lesotho and the southern African region "
      "and increased supplies of the anti-retroviral and other related HIV and AIDS drugs' = a need for an act of "
      "unnamed providers (held-out 21 row 39: 'the need for ...' = a deontic without a request verb, Y coded "
      "demanded; held-out 22 row 60) -> Y = HIV/AIDS relief -> humanitarian aid 073 (borderline 070), source null, "
      "an aid noun -> nominal, to the speaker's government; the region is uncoded (dropped) and the drug supplies "
      "are the same aid, coded once (one aid noun covering several kinds, held-out 20/21); 'stress' is a statement, "
      "not a request verb (borderline 103 LSO/GOV -> null, asserted)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("I also pay tribute", "051", "RWA/GOV", "org:UNGA", False, A, N, False),
       ("I also pay tribute", "051", "RWA/GOV", "org:UN", False, A, N, False)],
      "Rwanda (1999); paying tribute (praise -> 051, held-out 36 row 36) to Didier Opertti, the outgoing President of "
      "the General Assembly -> org:UNGA (held-out 30/31), and to Secretary-General Kofi Annan for his report and "
      "statement -> org:UN; one event per addressee; the report and the statement themselves are 01x"),
 47: ([], "Thailand (2013): 'It means reaching out beyond our borders' = abstract, no counterpart"),
 48: ([], "France (Macron, 2018): 'I would like to have a major reconsideration of its [the G-7's] format in order to "
          "improve its association with various other Powers and devise new ways to coordinate' = a wish about the "
          "internal format of a forum, the other Powers unnamed (borderline 030 future org:G7 -> null)"),
 49: ([], "Burundi (1994): 'we wish for the voluntary and peaceful reunification of Korea' = optative (held-out 5, "
          "32/33)"),
 50: ([], "Saint Kitts and Nevis (1999): the UN 'was an Organization dedicated to the ending of war' = a description"),
 51: ([], "Georgia (2012): Georgians 'will collectively decide their future in an unoccupied part of our territory' = "
          "a domestic election; 'unoccupied' is an adjective with no agent"),
 52: ([], "Slovakia (2019): presenting a plan to close coal mines at the Climate Action Summit = a statement about "
          "domestic policy (01x), no act toward an actor"),
 53: ([], "Burkina Faso (2001): 'the manufacture, sale and circulation of arms and anti-personnel mines' = agentless "
          "event nouns, no named actors"),
 54: ([], "Georgia (2013): 'The current rise of a modernized, dynamic Azerbaijan is a nightmare for Russian leaders' = "
          "an attitude, no act"),
 55: ([("to congratulate", "051", "PRK/GOV", "org:UNGA", False, A, N, False)],
      "DPRK (2017); congratulating Miroslav Lajčák on his election as President of the General Assembly -> 051 to "
      "org:UNGA (held-out 26 row 58, 34 row 44); 'allow me to' = performative -> asserted; the election has no agent"),
 56: ([], "Jordan (1999): 'the peoples of the region look forward to real progress in the peace process' = optative "
          "(held-out 32/33), uncoded collectives"),
 57: ([], "Samoa (2015): 'Achieving some Goals at the expense of others is not a preferred option' = abstract"),
 58: ([], "Switzerland (2002): 'Switzerland will therefore pursue its efforts in favour of human security' = an "
          "abstract commitment with no counterpart (held-out 37 row 37)"),
 59: ([], "Andorra (1998): a rhetorical question about respecting rights 'if the proliferation of armed conflicts, "
          "racism, xenophobia and the marginalization of others continues' = agentless, no named actors"),
}
