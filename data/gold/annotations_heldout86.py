"""Hand annotations for the EIGHTY-SIXTH held-out event gold set (source of events-heldout86.jsonl).

Keyed by the row index of selection-heldout86.jsonl (output of select_bulk_heldout.py 86; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout86.jsonl \
        --annotations annotations_heldout86 --output events-heldout86.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We fully support", "051", "GRC/GOV", "org:UN", False, A, N, False),
      ("under United Nations auspices", "045", "org:UN", N, False, A, N, True)],
     "Greece (2019); 'We fully support the inclusive political dialogue in Geneva under United Nations auspices' = "
     "verbal support (guideline: 051) for the UN-facilitated Syrian talks; their parties (the Syrian Government and "
     "the opposition) are named neither in the sentence nor in the document, so the support goes to the facilitator "
     "-> org:UN (held-out 44/45: supporting a UN plan or the Secretary-General 051 to org:UN; borderline target null, "
     "as support for efforts whose authors are unnamed); 'under United Nations auspices' = UN facilitation -> nominal "
     "045 from org:UN (held-out 32/33: UN mediation of talks a nominal 045), the parties unnamed -> target null (as an "
     "earlier set's brokering with the parties unnamed; borderline SYR/GOV and SYR/OPP from world knowledge); 'will "
     "produce a framework agreement' is an expected outcome between unnamed parties, not coded (borderline a future "
     "057 null -> null); the refugees' return and the reconstruction are purposes; Geneva is a place"),
 1: ([("we call on all States", "102", "HRV/GOV", N, False, A, N, False)],
     "Croatia (2003); 'we call on all States that have not acceded to the Treaty [the CTBT] to do so as soon as "
     "possible' = a request (guideline: call on -> 10x) whose Y is joining a treaty -> 102 (held-out 76 row 2: calls "
     "to join a treaty 102), addressed to an uncoded class naming no member -> target null (held-out 77 row 10); 'to "
     "do so' is Y, not coded separately (guideline); the relative clause 'that have not acceded' is a negated 057 of "
     "an uncoded collective with no target, null-null, not coded (held-out 54-61: acts between uncoded collectives "
     "left uncoded; borderline a negated 057 null -> null as held-out 38/39's non-recognition with no source)"),
 2: ([], "Angola (2003): 'The Congolese patriots have shown signs of great maturity in guaranteeing the success of the "
         "peace process' = the speaker's evaluation of the DRC parties, no act between named actors (borderline a "
         "051 AGO/GOV -> COD as praise); 'does not constitute a threat' is a figurative threat (guideline: threat as "
         "risk), not a negated event"),
 3: ([], "Madagascar (2003): 'the refusal to implement obligations ... and the violation of the provisions of the "
         "Charter' = agentless event nouns stated as general concerns (guideline: event nouns without an agent not "
         "coded); 'are two areas of grave concern to us' is 01x"),
 4: ([], "Liechtenstein (2017): 'Never before have the needs for humanitarian assistance been as great' = a need with "
         "no provider or recipient named; 'never' bears on the size of the need, not on an event"),
 5: ([("I renew my call", "1056", "JPN/GOV", "PRK/GOV", False, A, N, False),
      ("such an act", "150", "PRK/GOV", N, False, A, N, True)],
     "Japan (1998); 'I renew my call for North Korea to consider seriously the 15 September statement by the "
     "President of the Security Council ... and to never repeat such an act' = a request (guideline: call for -> "
     "10x) to PRK/GOV; of its two demands the most specific is refraining from further missile launches -> "
     "de-escalation 1056 (held-out 9: a request with several demands takes the most specific sub-code; borderline "
     "102 for heeding the Council's statement); Y is not coded separately (guideline); 'such an act' = the August "
     "1998 missile launch of the preceding sentence, a realised act named inside the request (held-out 12/13: "
     "'end its repression of Mr. Navalny' codes the repression too), its agent the request's addressee -> missile "
     "launch 150 (guideline) PRK/GOV, nominal, no target (earlier sets' DPRK launches and tests 150 with target "
     "null; borderline JPN, whose airspace it crossed, or not coded as an anaphoric noun, guideline's first rule); "
     "the Council President's statement is 01x"),
 6: ([("assistance", "070", N, "CIV/GOV", False, D, N, True)],
     "Cote d'Ivoire (1992); 'the assistance and cooperation of our northern partners should no longer restrict us "
     "indefinitely to the role of providers of raw materials but rather enable us ... to also become consumer "
     "countries' = a deontic about the aid of the developed countries (an uncoded collective -> source null) to "
     "the speaker's country ('us' -> CIV/GOV): what is demanded is aid that enables processing -> demanded nominal "
     "070 (held-out 42/43: 'Countries such as mine require assistance' demanded 070 with no source; borderline "
     "asserted, the aid itself being presupposed); 'assistance and cooperation' one development-aid noun pair, coded "
     "once (held-out 20/21: one aid noun covering several kinds is one 070; borderline a second nominal 061 for "
     "'cooperation')"),
 7: ([("committed itself to", "030", "ISR/GOV", "PSE/GOV", False, A, N, False)],
     "Palestine (2000); 'The current Government [Barak's] did not implement any of the provisions of these "
     "agreements' = implementing an agreement is compliance, not a codable behaviour (held-out 72 row 9: 'has still "
     "not implemented a single word' not coded; borderline a negated 030 ISR/GOV -> PSE/GOV); 'those provisions that "
     "the former Government had explicitly committed itself to in implementation of the Wye River Memorandum' = a "
     "commitment of the Netanyahu Government of 1998 stated as a fact -> 030 asserted (held-out 46/47: commitments "
     "stated as facts asserted 03x), the government of its time -> ISR/GOV, to the other party of the agreements "
     "-> PSE/GOV (the Palestinian Authority, as the PLO in earlier sets; borderline not coded as compliance); the "
     "Wye River Memorandum, named only by its title, is not coded separately (borderline a nominal 057 ISR/GOV -> "
     "PSE/GOV)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("I will go to Copenhagen", "036", "GBR/GOV", N, False, F, N, False)],
     "United Kingdom (Brown, 2009); 'I have said that ...' = the speaker's own past statement -> reported_by null "
     "(guideline); 'I will go to Copenhagen to conclude the deal' = attending the UN climate conference (COP15) -> "
     "future meeting 036 (guideline: future cooperative acts 03x, 036 for meetings; held-out 32/33: an intent to take "
     "part in a UN process is 036 future with no target), target null (borderline org:UN); 'to conclude the deal' is "
     "the purpose, a multilateral agreement with no named counterpart, not coded separately (borderline a future "
     "057 GBR/GOV -> null, as held-out 44/45's 'would sign' a multilateral treaty 030 with no target); Copenhagen is "
     "a place, not a metonym"),
 9: ([("talking with internally displaced women", "040", "EST/GOV", "UKR/CVL", False, A, N, False),
      ("or with Georgian politicians", "040", "EST/GOV", "GEO/GOV", False, A, N, False)],
     "Estonia (Kaljulaid, 2018); 'as I am when talking with internally displaced women and children in occupied "
     "eastern Ukraine or with Georgian politicians' = the President's (habitual) conversations during visits -> "
     "040 (guideline: meet/discuss 040), asserted, one per counterpart (guideline: compound split): the displaced "
     "civilians -> UKR/CVL, the Georgian politicians -> GEO/GOV (borderline GEO/OPP, or not coded as a "
     "circumstantial clause); 'occupied eastern Ukraine' and 'because of the occupation' have no agent in the "
     "sentence and Russia is never named in the document -> not coded (guideline: event nouns without an agent; "
     "held-out 30/31 codes an unnamed agent only where the document names the state; borderline nominal 192 "
     "RUS/GOV -> UKR and -> GEO); 'who are told that ... their country will forever be denied full participation' "
     "= an agentless, future denial reported by unnamed speakers, not coded; 'talking about Africa or Europe' is a "
     "speech act"),
 10: ([], "Seychelles (2006): 'according to a United Nations report, even the level of violence facing humanitarian aid "
          "teams is unprecedented' = agentless violence against uncoded aid workers, null-null, not coded (held-out "
          "54-61; borderline a nominal 180 null -> null, reported_by org:UN)"),
 11: ([], "Ecuador (2015): 'the liberal French philosopher Frederic Bastiat said as much when he denounced the fact "
          "that \"When plunder becomes a way of life for a group of men ...\"' = a historic writer's denunciation of a "
          "general social phenomenon with no actor (held-out 76 row 8: a general maxim attributed to a philosopher "
          "not coded; borderline 111 FRA/CVL -> null); the quoted plunder has no named agent"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Belize (1996): 'Belize has proposed that we should establish an annual special session of this Assembly ... "
          "at which we would discuss development policy' = a proposal on the Assembly's own working arrangements, a UN "
          "reform position (held-out 54-61: reform positions left uncoded), the session's participants being 'we', all "
          "Member States (held-out 42/43: not coded); borderline a request 1044 BLZ/GOV -> org:UNGA (held-out 9: a "
          "call for Council seats 1044)"),
 13: ([("will continue to give full support", "032", "GMB/GOV", N, False, F, N, False)],
      "Gambia (1994); 'Gambia will continue to give full support to the international effort to address the social, "
      "economic and environmental problems facing mankind' = future support -> 032 future (held-out 50/51: 'will give "
      "our full support to the world conference' 032 future), the effort of an uncoded collective -> target null "
      "(held-out 76 row 27: support for efforts whose authors are unnamed, target null); borderline not coded as an "
      "abstract policy position (guideline)"),
 14: ([("welcomed", "051", "ALB/GOV", "MKD/GOV", False, A, N, False),
       ("welcomed", "051", "ALB/GOV", "MKD/OPP", False, A, N, False),
       ("framework Agreement between the Macedonian", "057", "MKD/GOV", "MKD/OPP", False, A, N, True)],
      "Albania (2001); 'The Albanian Government welcomed the Ochrid framework Agreement between the Macedonian "
      "authorities and the Albanian political forces' = the speaker's government's own past welcome -> 051 asserted "
      "(guideline), one per signatory (held-out 48/49: 'noted with satisfaction the signing' 051 to the signatories), "
      "the Macedonian authorities -> MKD/GOV and the ethnic Albanian parties (DPA, PDP) -> MKD/OPP (borderline "
      "MKD/GOV, the two parties then sitting in the unity coalition, or MKD/CVL); the agreement itself = an agreement "
      "named by its parties -> nominal 057 from the first-named (held-out 38/39; held-out 36/37: welcoming codes the "
      "welcomed agreement too); 'we hope that it will soon be implemented' is an optative hope about compliance, not "
      "coded"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Sierra Leone (2016): 'The reforms must start here' = Security Council reform (preceding sentence), a UN reform "
          "position (held-out 54-61), no act between actors"),
 16: ([], "Namibia (2015): 'the General Assembly has charted the course for the future with the adoption ... of the new "
          "Sustainable Development Goals, which urge us all to join hands' = the adoption of a development agenda by "
          "all Member States and its exhortation to 'us all' (held-out 42/43: 'we' meaning all states, not coded); a "
          "document's call, no coded addressee; borderline a nominal 057 org:UNGA with no target; the page header "
          "inside the sentence is PDF residue"),
 17: ([], "Sri Lanka (2012): 'the selective application of principles and double standards must be scrupulously "
          "avoided' = an agentless norm in the 'collective quest' of all states, no actor"),
 18: ([], "Finland (2016): 'we must work together to ensure that it [the UN] functions better' = 'we' meaning all "
          "states and a UN reform goal (held-out 42/43, 54-61), not coded"),
 19: ([("their bid", "102", "TWN/GOV", "org:UN", False, A, N, True)],
      "Swaziland (2000); 'Those 23 million people rightly consider it unacceptable that they are not represented in "
      "the one Organization' = an attitude of the Taiwanese people, not an act (borderline 110 TWN/CVL -> org:UN); "
      "'they are not represented' is a state, not a negated event; 'they deserve a review of the special "
      "circumstances surrounding their bid' = an agentless deontic review by the UN, no codable behaviour (borderline "
      "a demanded 030 null -> TWN/GOV); 'their bid' = Taiwan's bid for participation in the United Nations -> a "
      "request for diplomatic cooperation, nominal 102 (earlier sets: calls for Taiwan's inclusion 102; held-out "
      "20/21: an application to join NATO a nominal 1012 of the applicant), made by the Republic of China "
      "government -> TWN/GOV (earlier sets' code; borderline TWN/CVL, 'their' being the people), to org:UN"),
 20: ([("It must immediately accept", "030", "org:UN", "TWN/GOV", False, D, N, False),
       ("Taiwan’s application", "102", "TWN/GOV", "org:UN", False, A, N, True)],
      "Nauru (2007); 'It' = the Office of the Secretary-General (preceding sentence) -> org:UN; 'must immediately "
      "accept and submit to the Security Council Taiwan's application for membership' = a deontic with no request "
      "verb (guideline: demanded, Y coded with source X) -> accepting a request 030 (PETRARCH's CAMEO dictionary: "
      "ACCEPT REQUEST 030) org:UN -> TWN/GOV, demanded; submitting it to the Council is the same acceptance's "
      "procedural step, not coded separately (borderline a demanded 030 org:UN -> org:UNSC); 'Taiwan's application "
      "for membership' = Taiwan's realised 2007 application -> nominal 102 (held-out 20/21: an application to join "
      "NATO a nominal 1012 per applicant; here diplomatic, not military) TWN/GOV -> org:UN; borderline both left "
      "uncoded as a UN membership position (held-out 54-61)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("dispatched an evaluation mission", "073", "org:UN", "SYC/GOV", False, A, N, False)],
      "Seychelles (1997); the sentence starts at 'Department of Humanitarian Affairs' (the splitter cut after 'I "
      "should like to take this opportunity to thank the'), so the thanks lies outside it; 'for having quickly "
      "dispatched an evaluation mission to take stock ... of the damage done' = the UN Department of Humanitarian "
      "Affairs' disaster-assessment mission after the 1997 floods (preceding text) -> org:UN (a UN department as "
      "subject stands for the UN, held-out 34/35: a UN programme as subject), to the speaker's country -> SYC/GOV; "
      "a disaster response -> humanitarian aid 073 (borderline 042 visit, or 090 investigate); taking stock is the "
      "purpose"),
 22: ([("we fully support the implementation", "051", "MNE/GOV", "org:UNSC", False, A, N, False)],
      "Montenegro (2012); 'we fully support the implementation of Security Council resolution 1325 (2000)' = verbal "
      "support (guideline: 051) for a named body's resolution -> org:UNSC (held-out 26/27: welcoming a UN resolution "
      "051 to its organ; held-out 44/45: supporting a UN plan 051 to org:UN); borderline not coded as an abstract "
      "policy position (guideline: 'we support the allocation of resources'); 'strengthening the role of women' is "
      "an abstract goal"),
 23: ([("international development support", "070", N, "BWA/GOV", False, A, N, True)],
      "Botswana (2016); 'international development support has enabled us to achieve what we have achieved' = "
      "realised aid from unnamed donors -> nominal 070 with no source (held-out 34/35: 'reliant on the assistance of "
      "others' a nominal 070 with no source), to the speaker's country ('us') -> BWA/GOV (borderline 071 economic "
      "aid); adherence to principles and exploitation of resources are domestic"),
 24: ([("We also welcome the steps", "051", "FIN/GOV", "org:UNSC", False, A, N, False)],
      "Finland (1995); 'We also welcome the steps the Council has taken to improve its working methods and the "
      "transparency of its deliberations' -> 051 (guideline: welcome) to the Security Council -> org:UNSC (held-out "
      "38/39: welcoming a General Assembly decision 051 to org:UNGA); the steps themselves are the Council's internal "
      "reform, not an act between actors, not coded"),
 25: ([], "Oman (2013): 'That goal deserves the support of all countries, especially the major Powers' = a deontic about "
          "support for a Middle East zone free of weapons of mass destruction from uncoded collectives, no named "
          "target; null-null, not coded (borderline a demanded 051 null -> null)"),
 26: ([("warm welcome", "051", "ITA/GOV", "SMR/GOV", False, A, N, False)],
      "Italy (1992); 'May I be permitted to extend a particularly warm welcome to the delegation of San Marino' = a "
      "performative welcome of a newly admitted state -> 051 asserted to SMR/GOV (as held-out welcomes of named "
      "states); the admission itself is a membership act, not coded (held-out 54-61); 'a State with which Italy has "
      "close ties of very long standing' is a relation, not an act (borderline a nominal 050 ITA/GOV -> SMR/GOV)"),
 27: ([("We condemn", "111", "VNM/GOV", N, False, A, N, False)],
      "Viet Nam (2007); 'We condemn ... international terrorism in all its forms and manifestations' -> 111 "
      "(guideline: condemn), the perpetrators unnamed -> target null (held-out 44/45: condemning attacks by unnamed "
      "perpetrators is the speaker's 111 with no target); 'are also committed to the elimination of' terrorism is an "
      "abstract commitment against an uncoded phenomenon, not coded (borderline 030 with no target)"),
 28: ([], "Guinea (1997): 'the decline in official development assistance in spite of the Rio commitments' = an agentless "
          "reduction of aid from uncoded donors to uncoded recipients, null-null, not coded (borderline a nominal 1621 "
          "null -> GIN/GOV); the Rio commitments are the donors' (uncoded)"),
 29: ([("are prepared to negotiate", "036", "BIH/REB", "BIH/GOV", False, A, N, False)],
      "Bosnia and Herzegovina (1995); 'it is expected that hate mongers on one side are prepared to negotiate the "
      "establishment of institutions that in fact ensure respect for basic human rights' = an assumption of the "
      "negotiation's sponsors that the speaker disputes (held-out 52/53: a claim quoted in order to dispute it is "
      "still coded, reported by its author; the author unnamed -> reported_by null); readiness to negotiate -> 036 "
      "asserted (held-out 26/27: 'are prepared to engage in dialogue' 036 asserted); 'hate mongers on one side' = "
      "the Bosnian Serb leadership, with indicted war criminals on its team (preceding text) -> BIH/REB (held-out "
      "26/27: Bosnian Serb forces BIH/REB; borderline YUG/GOV, Milosevic leading the joint delegation), the other "
      "side = the speaker's government -> BIH/GOV; borderline hypothetical (an expectation), or not coded"),
 30: ([("hesitantly accepted", "030", "ISR/GOV", N, False, A, N, False),
       ("it rejected 14 of its provisions", "127", "ISR/GOV", N, False, A, N, False)],
      "Palestine (2003); 'when Israel hesitantly accepted the road map' -> accepting a plan 030 (PETRARCH's CAMEO "
      "dictionary: ACCEPT PLAN 030; borderline 037, as held-out 44/45's 'ready to accept a fair compromise'); 'it "
      "rejected 14 of its provisions' -> reject a plan 127 (held-out 52/53: 'they rejected this particular Plan' "
      "127); the road map's authors, the Quartet, have no code and its members are not named as such in the speech "
      "-> target null for both (held-out 12/13: a group without a code is each member the document names; "
      "borderline USA/GOV, the document naming the US as 'a sponsor of peace', or PSE/GOV as the other party)"),
 31: ([("regular contact", "040", "org:OSCE", "org:UN", False, A, N, True),
       ("increased cooperation", "050", "org:OSCE", "org:UN", False, A, N, True)],
      "Malta (1998); 'the two organizations' = the OSCE and the United Nations (preceding sentence, guideline: "
      "participants from the context); 'regular contact between the two organizations' -> nominal 040 (guideline: "
      "consult 040), symmetric, from the first-named in the preceding sentence; 'the increased cooperation on the "
      "ground in the various parts of the OSCE area' = a cooperation noun whose parties are plain from the text "
      "around it (held-out 48/49) -> nominal 050 with the same pair (held-out 10/11: cooperation nouns 050; "
      "borderline the same relation coded once); the 'institutional benefits' are an effect"),
 32: ([("is working closely", "050", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (2012); 'The Government is working closely with the Regional Assistance Mission to Solomon "
      "Islands to ensure a smooth transition' -> cooperation 050 (held-out 12/13: 'worked with' 050); RAMSI has no "
      "code and its contributors are not named as such in the speech ('all our regional neighbours') -> target null "
      "(held-out 40: RAMSI's contributors coded only where named; borderline AUS/GOV, its lead contributor); the "
      "handover of responsibility is an agentless passive, not coded"),
 33: ([("United Nations interventions", "074", "org:UN", N, False, A, N, True)],
      "Solomon Islands (1994); 'Despite United Nations interventions to restore intra-State and international peace "
      "and security' = UN peace operations in general -> nominal 074 (guideline: peacekeeping; borderline 190 as "
      "'military intervention' in held-out 10/11), org:UN, the places unnamed -> target null; 'the world is still "
      "riddled with trouble spots and endangered by human-induced threats' = figurative threats (guideline: risk)"),
 34: ([("inhuman attack", "190", "ISR/MIL", N, False, A, N, True)],
      "Malaysia (2010); 'That inhuman attack' = the Israeli raid on the Gaza flotilla of May 2010, an event noun "
      "whose agent is plain from the preceding sentence ('the conduct of the Israeli military and other personnel "
      "towards the flotilla passengers'; held-out 48/49: coded) -> armed forces ISR/MIL (guideline), military "
      "attack 190 (borderline 182 physical assault, or 1823 for the nine killed), the passengers of many "
      "nationalities -> target null (borderline TUR/CVL); 'constituted a grave violation of human rights law' is an "
      "evaluation, not a separate 128 (no party named); borderline not coded, as the guideline's anaphoric 'this "
      "aggression'"),
 35: ([("imposed war", "190", N, "ERI", False, A, N, True),
       ("sanctions", "163", N, "ERI/GOV", False, A, N, True)],
      "Eritrea (2019); 'crippling external adversity, including imposed war and sanctions' = the 1998-2000 war and "
      "the 2009-2018 Security Council sanctions, whose agents (Ethiopia, the Council) the speech never names -> "
      "agentless nominal events with no source (guideline: agentless passives null; held-out 30/31 codes an unnamed "
      "agent only where the document names it; borderline ETH/GOV and org:UNSC from world knowledge), both suffered "
      "by the speaker's country: the war -> bare ERI (guideline: the country as target of a war), the sanctions -> "
      "163 to ERI/GOV (borderline bare ERI); 'we have already achieved significant results' is domestic"),
 36: ([], "Saint Vincent and the Grenadines (1991): 'These phenomena threaten the very existence of our planet' = a "
          "figurative threat (guideline), no actor; 'require an energetic global response' is agentless"),
 37: ([], "El Salvador (2000): 'the special case which has been discussed in the Assembly each of the last eight years "
          "regarding the need to examine the exceptional international situation of the Republic of China in "
          "Taiwan' = the Assembly's deliberation of an agenda question, an agentless passive within one body, no "
          "counterpart (borderline a 040 org:UNGA -> null); 'May I refer to' is a speech act; 'guaranteeing full "
          "respect for the fundamental rights ... to participate' is a purpose, agentless"),
 38: ([], "Nigeria (2010): 'The urgency of the action needed ... has been clearly and unambiguously underscored in the "
          "intervening discussions' = an agentless statement (01x) about the MDG meetings, no act; the page number "
          "inside the sentence is PDF residue"),
 39: ([], "Central African Republic (2010): 'assistance to agriculture continues to decrease, having dropped "
          "significantly in the past 20 years' = an agentless global trend in aid from uncoded donors to agriculture "
          "in general, no named recipient, not coded (borderline a 1621 null -> CAF/GOV)"),
 40: ([], "Republic of Korea (2008): 'That issue [the North Korean nuclear issue] has remained ... a threat to the "
          "security of North-East Asia while seriously undermining the very foundations of the NPT regime' = a "
          "figurative threat (guideline: risk) with an issue, not an actor, as subject; not coded (borderline a "
          "nominal 128 PRK/GOV -> null)"),
 41: ([("let me welcome Switzerland", "051", "WSM/GOV", "CHE/GOV", False, A, N, False)],
      "Samoa (2002); 'let me welcome Switzerland upon its having taken up full membership of the United Nations' = a "
      "performative welcome -> 051 asserted to the named state -> CHE/GOV; the accession itself is a UN membership "
      "act, not coded (held-out 54-61: UN admissions uncoded)"),
 42: ([("we welcome an increasing Afghan", "051", "LTU/GOV", "AFG", False, A, N, False),
       ("we are encouraged", "051", "LTU/GOV", "org:NATO", False, A, N, False),
       ("expansion of the International Security", "074", "org:NATO", "AFG", False, A, N, True)],
      "Lithuania (2006); 'we welcome an increasing Afghan capacity to rebuild the country' -> 051 (guideline), a "
      "development inside a named country whose agents are not named -> bare AFG (held-out 62-73: such a welcome goes "
      "to the bare country; borderline AFG/GOV); 'we are encouraged by the expansion of the International Security "
      "Assistance Force area of responsibility' -> 051 (held-out 62-73: 'we are encouraged by' 051), ISAF being "
      "NATO-led since 2003 -> org:NATO (borderline target null, ISAF as a coalition); the welcomed development is "
      "coded too (held-out 30/31): ISAF's expansion to southern and eastern Afghanistan in 2006 -> nominal 074 "
      "(held-out 44/45: troops in ISAF 074 to the host country, bare AFG), from org:NATO"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Monaco (2008): 'the situation was very alarming; we could not have imagined that things were to get worse' "
          "= an evaluation, no act"),
 44: ([], "Croatia (2005): 'As a signatory of the Warsaw Declaration: Towards a Community of Democracies' = an agent "
          "noun for a past signing of a multilateral declaration (held-out 58 row 39: an agent noun for a past act "
          "not coded; borderline a nominal 057 HRV/GOV with no target); 'recognizes the importance of strengthening "
          "democracy' is an attitude"),
 45: ([("I congratulate him", "051", "NAM/GOV", "org:UN", False, A, N, False)],
      "Namibia (1998); 'him' = Secretary-General Kofi Annan (preceding sentences) -> org:UN (held-out 44/45: the "
      "Secretary-General as target -> org:UN); 'I congratulate him for his vision and initiatives' -> 051 "
      "(README: 'congratulated' is 051), asserted"),
 46: ([("Together with her African", "050", "AUT/GOV", N, False, A, N, False)],
      "Austria (2008); 'Together with her African partners, Austria works for real progress on the destruction of "
      "small arms as well as on the fight against the illicit arms trade' = habitual cooperation -> 050 asserted "
      "(held-out 8: 'works actively, in cooperation with several countries' 050 with no target), the African "
      "partners an uncoded collective -> target null (borderline not coded as an abstract policy position); the "
      "destruction of small arms and the fight against illicit trade are purposes"),
 47: ([], "Argentina (2010): 'the need to adapt the Security Council to our times' = a UN reform position (held-out "
          "54-61), not coded"),
 48: ([], "Peru (2006): 'Initial action is aimed at restoring confidence in our society' = domestic policy, no act "
          "between actors"),
 49: ([], "Brunei Darussalam (1995): 'I am sure he will guide us well during what we hope will be a most successful "
          "year' = confidence and well-wishing towards the President of the Assembly (README: well-wishing not "
          "coded); the congratulations lie in the preceding sentence"),
 50: ([], "Jordan (2006): 'Those are vital measures; but in the Middle East they are only partial measures' = an "
          "evaluation of the measures named in the preceding sentences, no act"),
 51: ([], "DR Congo (2003): 'the Transition Government is working to conclude successfully the reform advocated here' = "
          "a domestic judicial reform; 'advocated here' is an agentless reference to the Assembly's advocacy, not "
          "coded"),
 52: ([], "Greece (1992): 'this development ... does seem to justify the judgement that the chances for peace are "
          "better' = an evaluation of the Arab-Israeli developments of the preceding sentence, no act"),
 53: ([], "Nigeria (2009): 'the need for global efforts to boost food security' = an agentless need, no actor"),
 54: ([], "Suriname (1992): 'I can assure this Assembly ... that in implementing the adjustment programme our view is "
          "that a well-balanced ... approach ... is indispensable' = an assurance about a view (01x) on a domestic "
          "programme, no act between actors"),
 55: ([], "Chad (2019): 'That reflects the paramount importance of its implementation' = an evaluation of the SDGs, no "
          "act"),
 56: ([("They withheld their", "140", "EGY/CVL", "EGY/GOV", False, A, N, False)],
      "United Kingdom (Cameron, 2012); 'They' = the Egyptian people of Tahrir Square (preceding sentence); 'They "
      "withheld their consent from a Government that had lost all legitimacy' = the 2011 popular revolt against the "
      "Mubarak Government -> political dissent 140 (held-out 16/17: political dissent 140; borderline 141 "
      "demonstrate, or 1411 for leadership change), EGY/CVL -> the government of the time EGY/GOV; 'chose instead "
      "the road to a more open and fair society' is figurative, not coded"),
}
