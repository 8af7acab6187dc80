"""Hand annotations for the SEVENTY-THIRD held-out event gold set (source of events-heldout73.jsonl).

Keyed by the row index of selection-heldout73.jsonl (output of select_bulk_heldout.py 73; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout73.jsonl \
        --annotations annotations_heldout73 --output events-heldout73.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("I call on the Umma", "100", "MYS/GOV", N, False, A, N, False)],
     "Malaysia (2015); 'I call on the Umma to rise with one voice' = a request (guideline: call on -> 10x) to the "
     "worldwide Muslim community, an uncoded collective -> target null (held-out 63 row 2: a call on uncoded States "
     "102 with target null); Y = speaking out together, no specific sub-code -> 100; 'when we say to the so-called "
     "Islamic State that it does not represent us' = a statement (01x), not coded (borderline 120 rejection of "
     "ISIL's claim, with the Islamic State uncoded anyway); 'does not represent us' negates a status, not an event"),
 1: ([], "Guinea (2019): the AREI Board of Directors 'confirmed that our target of funding 10 gigawatts ... has been "
         "achieved' = a report on an African initiative's funding target (AREI and its funders uncoded, no named "
         "recipient), not coded; 'never fulfilling the goals we set' is a general remark; 'announce to the Assembly' "
         "is a speech act (01x)"),
 2: ([], "Chile (2005): 'If we do not implement the agreements achieved' = 'we' meaning all Member States (an uncoded "
         "collective), hypothetical and negated, with no codable counterpart; 'failing to respond to the feelings and "
         "expectations of millions' is figurative; not coded"),
 3: ([("support the United Nations", "032", "TUV/GOV", "org:UN", False, F, N, False)],
     "Tuvalu (2009); 'We will continue to support the United Nations' = future diplomatic support -> intent code 032 "
     "future (guideline: future cooperative acts get 03x; held-out 50/51: 'will give our full support to the world "
     "conference' 032 future to org:UN; borderline 051 asserted as an ongoing stance); 'sincerely hope that it will "
     "not abandon the concerns of ... Tuvalu' = a hope about another actor's act, optative, not coded (held-out 5)"),
 4: ([], "Indonesia (2010): 'Such a decision [the Israeli Government's decision not to extend the settlement "
         "moratorium, preceding sentence] does not in any way contribute to a climate conducive for the direct "
         "negotiations' = an evaluation of a decision; 'does not contribute' negates an effect; the decision concerns "
         "settlement building, which has no specific CAMEO code (earlier sets), and the negotiations noun has no "
         "agent in the sentence; not coded"),
 5: ([("call upon", "102", "KOR/GOV", "PRK/GOV", False, A, N, False),
      ("have not acceded", "057", "PRK/GOV", N, True, A, N, False)],
     "Republic of Korea (2013); calling upon 'all countries that have not acceded to the Chemical Weapons Convention, "
     "including the Democratic People's Republic of Korea, to do so' = a request to join a treaty -> 102 (held-out "
     "63 row 2: calling on States to ratify conventions 102); a collective naming one member is coded for that "
     "member (held-out 26/27; held-out 2: a compound of a coded and an uncoded party is coded for the coded party "
     "only) -> PRK/GOV; the relative clause states the DPRK's non-accession -> a negated 057 with no target "
     "(held-out 48/49: joining the NPT 057 with no target; held-out 63 row 2 left the same clause uncoded because "
     "its collective had no named member; borderline not coded)"),
 6: ([("impose such restrictions", "163", "org:UNSC", "IRQ", False, A, N, False)],
     "Iraq (1991); 'This resolution' = Security Council resolution 706 (1991), preceding sentence; an inanimate subject "
     "standing for its author's act (held-out 9: 'modernized infrastructure' as the government's act) -> org:UNSC; "
     "'it tries to exploit the needs ... in order to impose such restrictions upon the Iraqi economy' = economic "
     "restrictions = sanctions -> 163 (guideline) to the country as a whole, bare IRQ (held-out 62 row 3: sanctions "
     "on Iraq org:UNSC -> IRQ); the speaker presents the restrictions as the resolution's effect -> asserted "
     "(borderline hypothetical for 'tries to'); 'does not seek to alleviate the suffering ... by meeting their "
     "humanitarian needs' negates an aim, not an aid act, and is not coded (borderline negated 073 org:UNSC -> "
     "IRQ/CVL); 'exploit' has no CAMEO code"),
 7: ([("have not come to threaten", "130", "BOL/GOV", N, True, A, N, False),
      ("set \nconditions", "100", "BOL/GOV", N, True, A, N, False)],
     "Bolivia (Morales, 2006); 'I have not come to threaten a country or to start to set conditions for a country' = "
     "plain negation of a threat and of a demand (guideline: negation of an event verb keeps its code, negated true; "
     "held-out 20/21: 'Uruguay is not here to beg' a negated 103) -> negated 130 and negated 100; 'a country' is "
     "generic, no named state -> target null; the President speaks for his government -> BOL/GOV"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("I appeal", "1031", "GNB/GOV", N, False, A, N, False)],
     "Guinea-Bissau (2015); 'I appeal to the partners and friends of Guinea-Bissau to honour the commitments "
     "undertaken in Brussels' = a request (guideline: appeal -> 10x) to uncoded donors -> target null; Y = honouring "
     "the pledges of the March 2015 Brussels donor round table for the development strategy (preceding text) -> "
     "request economic aid 1031 (borderline generic 100); Brussels is a venue, not a metonym; the pledges themselves "
     "are a nominal 0331 of uncoded donors, null source, not coded separately (inside the request); the people's "
     "mobilization around the strategy is domestic"),
 9: ([], "Afghanistan (2012): the splitter cut 'The Mutual Accountability Framework adopted in' into the preceding "
         "text, so the sentence starts 'Tokyo sets in place a clear structure ...'; 'Tokyo' is the venue of the "
         "framework's adoption, not a metonym for the Japanese Government (capital stratum only), and 'sets in place "
         "a structure for ... partnership and cooperation' is an agreement's content, with no named parties in the "
         "sentence; not coded (borderline nominal 050 AFG/GOV with target null)"),
 10: ([("Washington agreements", "057", "PSE/GOV", "ISR/GOV", False, A, N, True)],
      "Comoros (1994); 'the Washington agreements between the Palestinians and the Israelis' = an agreement noun naming "
      "its parties -> nominal 057, from the first-named party (held-out 28/29: 'the Israeli-Jordan Accords' nominal "
      "057 from the first-named); the PLO as the Palestinians' negotiating authority -> PSE/GOV and the Israelis "
      "-> ISR/GOV (earlier sets' coding of the Oslo/Washington accords); 'Washington' names the place of signature, "
      "not a metonym; 'the concretization of the peace process' is a development without an act; 'felicitous' is an "
      "evaluation, not a welcome verb"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("discussions we held", "040", "CIV/GOV", N, False, A, N, False)],
      "Côte d'Ivoire (2017); 'the discussions we held with all countries as we sought to promote our candidacy for "
      "the Security Council' = consultations (guideline: discuss -> 040) held by the speaker's government -> CIV/GOV; "
      "'all countries' is an uncoded collective -> target null; 'held' is the verb (light verb + event noun) -> not "
      "nominal (borderline nominal); 'we noted that there is an urgent need to respond to new global threats' is "
      "the speaker's own observation, not reported speech, and abstract; promoting a candidacy is not coded"),
 12: ([("we convened an international donor conference", "043", "MOZ/GOV", N, False, A, N, False),
       ("commitments", "071", N, "MOZ/GOV", False, A, N, True)],
      "Mozambique (2019); convening the international donor conference in Beira after cyclones Idai and Kenneth -> "
      "host/convene 043 (guideline), participants uncoded -> target null (held-out 28/29: conferences hosted by one "
      "government 043 with no target); 'which resulted in commitments in the amount of $1.2 billion' = committed aid "
      "sums are aid (held-out 20/21) -> nominal 071 economic aid, the donors uncoded ('cooperation partners') -> "
      "source null, to the speaker's government (borderline 0331 pledge, or 073 humanitarian aid for a post-disaster "
      "appeal); 'in coordination with cooperation partners' is an uncoded collective, not coded separately; "
      "'according to the estimates of the post-disaster needs assessment' attributes a figure, not an event"),
 13: ([], "Andorra (2012): the speaker's own past statement ('we stated in our speech') that Andorra's economy 'posed "
          "significant barriers to foreign investment' = a description of the country's own former economic regime "
          "toward uncoded foreigners; no act between coded actors; not coded"),
 14: ([("shares most of the concerns", "051", "CRI/GOV", "org:UN", False, A, N, False),
       ("urges all Member States", "100", "CRI/GOV", N, False, A, N, False)],
      "Costa Rica (1992); sharing the concerns stated in 'An Agenda for Peace', the Secretary-General's report "
      "(preceding sentence) = agreeing with the Secretary-General -> 051 (held-out 10/11: 'I agree with Merkel that' "
      "051; held-out 44/45: supporting the Secretary-General 051 to org:UN; borderline not coded as a view); 'urges "
      "all Member States to begin a vigorous effort for institutional renewal' = a request with an uncoded addressee "
      "-> target null, Y = UN reform, generic 100 (borderline not coded: held-out 52/53 left urging Council reform "
      "with no addressee uncoded, and held-out 54-61 left reform positions uncoded; here the request verb has an "
      "addressee); 'wishes today to declare' is the speech frame, not reported speech"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Luxembourg (2004): 'I would venture to hope that the High-level Panel on Threats, Challenges and Change will "
          "be able to put before us proposals' = a hope about another actor's act, optative (held-out 5), not coded; "
          "the threats, terrorism and proliferation are risks, agentless (guideline: figurative 'threat')"),
 16: ([("condemn", "111", "BGR/GOV", N, False, F, N, False)],
      "Bulgaria (2009); 'Bulgaria will continue to clearly condemn all such violations of human rights as torture, "
      "slavery, sexual abuse and female genital mutilation' = a future condemnation (guideline: conflictual future acts "
      "keep their own code) -> 111 future; the violations have no named perpetrator -> target null (held-out 44/45: "
      "condemning attacks by unnamed perpetrators is the speaker's 111 with no target); torture etc. agentless, not "
      "coded"),
 17: ([], "Norway (1992): 'increased contributions from the industrialized countries will be needed, in the form of "
          "better market access ..., more investment, increased development aid and debt relief for the poorest "
          "countries' = a deontic over uncoded collectives (donors and recipients), null-null, not coded (guideline: "
          "'developed countries' -> null)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Jamaica (2012): 'We must ensure that the United Nations remains relevant ... through a process of reform of "
          "its organs, including the Security Council' = a UN reform position (held-out 54-61: reform positions left "
          "uncoded), 'we' the membership; not coded"),
 19: ([], "Viet Nam (2003): 'We must be resolute in solving global problems' = a deontic over all states, abstract; "
          "no act between actors"),
 20: ([], "Nauru (2019): 'Ensuring the security of our oceans is another problem that we must all tackle' = an abstract "
          "deontic over all states, no codable act"),
 21: ([], "Norway (2012): 'Those actions [the expansion of Israeli settlements, preceding sentence] remain the main "
          "obstacle to peace and they must stop' = a deontic over settlement building, which has no specific CAMEO "
          "code (earlier sets: building settlements not coded), so nothing is coded (borderline demanded 0874 or "
          "generic demanded 087 ISR/GOV -> PSE, as held-out 24/25's 'such atrocities must stop' 087)"),
 22: ([], "Holy See (2012): 'the pre-eminence of the values affirmed by the Charter should lead to the adoption of all "
          "means possible to guarantee the protection of the most vulnerable ...' = an abstract deontic, no actor"),
 23: ([], "Austria (2001): 'As we design our programmes for reconstructing a post-terrorist Afghanistan, we must "
          "conceive of programmes by which women ... are enabled to contribute' = 'we' the donor community (an "
          "uncoded collective), designing aid programmes; the deontic bears on the programmes' design, not on a "
          "codable act toward a named actor (borderline demanded 070 null -> AFG); not coded"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("We are encouraged", "051", "MOZ/GOV", "IDN/GOV", False, A, N, False),
       ("We are encouraged", "051", "MOZ/GOV", "PRT/GOV", False, A, N, False),
       ("meeting", "040", "IDN/GOV", "PRT/GOV", False, A, N, True),
       ("under the auspices of the Secretary-General", "045", "org:UN", "IDN/GOV", False, A, N, True),
       ("under the auspices of the Secretary-General", "045", "org:UN", "PRT/GOV", False, A, N, True)],
      "Mozambique (1998); 'We are encouraged by the recent developments concerning East Timor, as illustrated by the "
      "outcome of the most recent meeting' = a positive reaction like a welcome (held-out 48/49: 'We are satisfied to "
      "see that' is a welcome 051; borderline 01x as an attitude), aimed at a process -> to its named parties, one per "
      "party (held-out 8); 'the most recent meeting, held in New York, between the Ministers for Foreign Affairs of "
      "Indonesia and of Portugal' = a meeting noun naming its participants -> nominal 040, symmetric, coded once from "
      "the first-named (guideline); 'under the auspices of the Secretary-General' = UN mediation of the tripartite "
      "talks -> nominal 045 org:UN to each party (held-out 54-61: a facilitation or mediation of an organisation is a "
      "nominal 045 to each party); New York is a venue"),
 25: ([], "Chad (1991): 'the good neighbourliness policy practised by the new authorities in Chad are based on a spirit "
          "of dialogue and agreement' = a description of a policy toward neighbours the sentence does not name; "
          "'we believe that a policy of continuing confrontation ... is not in our best interests' is a view; not coded "
          "(borderline 050 TCD/GOV with target null)"),
 26: ([], "Colombia (1997): 'Unilateralism and conditions imposed by the powerful upon others' = acts of uncoded "
          "collectives ('the powerful', 'others'; the preceding sentence's 'certain industrialized nations' are "
          "unnamed), null-null, not coded"),
 27: ([("blockade", "163", "USA/GOV", "CUB", False, A, N, True),
       ("introducing the draft resolution", "1054", "CUB/GOV", "USA/GOV", False, F, N, False)],
      "Cuba (2015); 'the blockade' = the US economic, commercial and financial embargo (named in the sentence's "
      "resolution title and the preceding sentence) -> nominal 163 (held-out 18/19: a US 'blockade' of Cuba 163) "
      "USA/GOV -> the country as a whole, bare CUB (held-out 62 row 3, row 5: sanctions on a country to the bare "
      "country; borderline CUB/GOV); the embargo in the title is the same act, coded once; 'we shall continue "
      "introducing the draft resolution entitled \"Necessity of ending the ... embargo\"' = submitting a resolution "
      "that demands the lifting of the embargo -> request to ease economic sanctions 1054 to the imposer USA/GOV "
      "(borderline 100 to org:UNGA, or not coded as a procedural submission as held-out 50/51's national report); "
      "'shall continue' -> future; 'remains in force' is the same blockade"),
 28: ([("pledge to cooperate", "030", "SDN/GOV", N, False, A, N, False)],
      "Sudan (2001); 'reaffirm the Sudan's commitment and pledge to cooperate with the international community' = an "
      "intent to cooperate stated as a fact -> 030 asserted (guideline: explicit intent verbs stated as a fact; "
      "held-out 46/47: commitments stated as facts are asserted 03x), 'the international community' -> null; "
      "commitment and pledge are one act, coded once"),
 29: ([], "Cameroon (2019): 'the Government is controlling that internal and localized crisis' = the handling of a "
          "domestic crisis (the Anglophone regions, Boko Haram in the preceding text) with no named counterpart; "
          "'poses no threat' is a risk (guideline: figurative 'threat'); not coded (borderline 175 CMR/GOV -> "
          "CMR/REB)"),
 30: ([("rejection", "120", "IRQ/GOV", "org:UNSC", False, A, N, True)],
      "Oman (1995); 'Iraq is required ... to reconsider its rejection of Security Council resolution 986 (1995)' = "
      "Iraq's rejection of the oil-for-food resolution, an explicit refusal noun with its agent -> nominal REJECT, "
      "negated false (guideline), generic 120 to the Council as its author (borderline 125 reject proposal, or 127 as "
      "held-out 52/53's rejected Plan); 'is required to reconsider' = a deontic whose Y (reconsidering) is not a "
      "codable behaviour, so no demanded event and no request for Oman (guideline: demanded); 'provides Iraq with a "
      "good opportunity' is an evaluation"),
 31: ([("assistance", "070", "org:UN", "NAM/GOV", False, A, N, True)],
      "Namibia (1992); 'the assistance received from the United Nations system, intergovernmental and "
      "non-governmental organizations and individuals' = aid received by Namibia for the drought (preceding text) -> "
      "nominal 070 from org:UN (held-out 28/29: 'with the support of our United Nations partners' nominal 070 from "
      "org:UN; borderline 073 humanitarian aid), the other donors uncoded and dropped (held-out 2 compound rule), to "
      "the speaker's government NAM/GOV; 'A regional effort ... involves the sharing of data and the coordinating of "
      "programmes' = cooperation among unnamed southern African states (uncoded), not coded"),
 32: ([("invasion", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "Lebanon (2000); 'the Iraqi invasion of Kuwait' = an invasion noun with its agent -> nominal 192 (guideline), "
      "IRQ/GOV -> bare KWT (earlier sets: 'the invasion and annexation' IRQ/GOV -> KWT); historic, asserted"),
 33: ([("offers its full cooperation", "030", "BRB/GOV", "org:UNGA", False, A, N, False)],
      "Barbados (1999); offering full cooperation to the President of the General Assembly -> 030 to org:UNGA "
      "(held-out 48/49 and 50/51: assuring the Assembly President of cooperation 030 to org:UNGA); 'shares the "
      "confidence expressed in his leadership' = joining others' confidence, an attitude, not coded separately "
      "(borderline 051 to org:UNGA as a congratulation)"),
 34: ([("visited", "042", "KOR/NGO", "PRK", False, A, N, False),
       ("imprisoned", "173", "KOR/GOV", "KOR/NGO", False, A, N, False)],
      "DPRK (1999); 'delegates of patriotic organizations for reunification in South Korea who visited Pyongyang last "
      "August' = a visit (guideline 042) by South Korean civic organisations -> KOR/NGO (borderline KOR/CVL), "
      "Pyongyang a destination -> bare PRK (held-out 3-5: visits to capitals coded to the bare country); 'were "
      "imprisoned' = an agentless passive whose agent the sentence names ('South Korean authorities wielding the "
      "national security law') -> 173 KOR/GOV -> KOR/NGO; 'anti-reunification acts and human rights violations by "
      "South Korean authorities' = the speaker's characterisation of the same imprisonment, coded once (borderline "
      "a nominal 175)"),
 35: ([("attack", "180", N, "USA", False, A, N, True)],
      "Brazil (2001); 'an odious and treacherous attack against the United States of America' = the 11 September "
      "attacks, whose perpetrators the sentence does not name -> an agentless terrorist attack 180 with no source, to "
      "the victim country (held-out 54-61: an agentless terrorist attack is 180 with no source, one per victim "
      "country; held-out 63 row 6 left 'the attacks on the World Trade Center' uncoded, with no victim country "
      "named); 'all peace- and freedom-loving peoples' uncoded, dropped; 'the very denial of this dialogue' is "
      "figurative; New York and Washington are places"),
 36: ([("welcomed", "051", "MLI/GOV", N, False, A, N, False)],
      "Mali (1996); 'We likewise welcomed the adoption on 11 April 1996 of the Pelindaba Treaty' = the speaker's own "
      "past welcome (guideline 051), asserted; the adopting and signing African States are not named in the sentence "
      "-> target null (held-out 54-61: welcoming a decision of an uncoded body 051 with no target; borderline org:AU, "
      "under whose auspices the treaty was opened for signature); the treaty's adoption is agentless, not coded"),
 37: ([("visit", "042", "BRA/GOV", "ISR", False, A, N, True),
       ("visit", "042", "BRA/GOV", "PSE", False, A, N, True),
       ("visit", "042", "BRA/GOV", "JOR", False, A, N, True)],
      "Brazil (2010); a fragment cut by the splitter ('In his visit to Israel, Palestine and Jordan in' [March, "
      "President Lula spoke with government leaders ...]); 'his' = President Lula (following text; held-out 44/45: a "
      "subject cut off by the splitter is taken from the context) -> BRA/GOV; a visit noun with its agent -> nominal "
      "042, one per destination, to the bare countries (held-out 3-5: visit destinations coded to the bare country); "
      "asserted (March 2010, past)"),
 38: ([("resumption of negotiations", "046", "SYR/GOV", "ISR/GOV", False, D, N, True),
       ("resumption of negotiations", "046", "LBN/GOV", "ISR/GOV", False, D, N, True)],
      "Syria (1998); peace as 'a strategic option that requires the resumption of negotiations from the point at "
      "which they stopped on the Syrian and Lebanese tracks' = negotiations that are necessary -> a demanded nominal "
      "046 (held-out 63 row 43: 'the necessity of ... direct negotiations' demanded nominal 046), one per track, the "
      "Israeli counterpart plain from the preceding text ('the Israeli Government') -> SYR/GOV -> ISR/GOV and LBN/GOV "
      "-> ISR/GOV; 'Syria has been and continues to be committed to peace' is a general stance with no named "
      "counterpart (borderline 030 asserted); 'the commitments and undertakings reached' have no agent in the "
      "sentence, not coded"),
 39: ([("thank", "051", "NGA/GOV", "org:UN", False, A, N, False),
       ("assistance and support", "070", "org:UN", "NGA/GOV", False, A, N, True)],
      "Nigeria (2006); the passage is in quotation marks in the speech (the President's statement on the Bakassi "
      "handover, read by the delegation), treated as the document's own government, reported_by null (held-out 7: "
      "the President quoted is the document's own government); 'recognize the positive contributions of Mr. Kofi "
      "Annan ... and to thank them' = one praise act (guideline 051; a repeated mention coded once), Kofi Annan the "
      "Secretary-General -> org:UN (held-out 44/45), 'members of the international community' uncoded and dropped; "
      "'for their assistance and support' = thanks that give the support its agent (held-out 24/25) -> nominal 070 "
      "org:UN -> NGA/GOV (borderline 045 for the Greentree mediation with Cameroon, which the sentence does not "
      "name)"),
 40: ([], "DPRK (2006): 'the vicious, hostile policy of the United States towards the Democratic People's Republic of "
          "Korea' = an evaluative description of a policy without a behaviour verb (guideline), not coded (borderline "
          "a nominal 110/138; held-out 50/51 coded 'the threats from the United States' 138 because 'threats' names an "
          "act)"),
 41: ([("reject", "120", "MRT/GOV", "org:ICC", False, A, N, False),
       ("the request of the Prosecutor", "1124", "org:ICC", "SDN/GOV", False, A, N, True)],
      "Mauritania (2008); 'we totally and categorically reject the most recent developments, in particular the "
      "request of the Prosecutor of the International Criminal Court to issue an arrest warrant for the President of "
      "the Sudan' = an explicit rejection (REJECT, negated false; guideline) aimed at the Prosecutor's request -> 120 "
      "MRT/GOV -> org:ICC; the Prosecutor's application for an arrest warrant against President al-Bashir = charging "
      "him (guideline: 'the ICC has charged' 1124; held-out 63 row 41: 'indictees sought by the Court' 1124) -> "
      "nominal 1124 org:ICC -> SDN/GOV (borderline a nominal 10x within the Court, Prosecutor to judges); the "
      "warrant itself was not yet issued, not coded"),
 42: ([], "Bosnia and Herzegovina (2019): 'explicitly opposes providing any support to non-State actors ... seeking to "
          "develop ... nuclear, chemical or biological weapons' = a policy position (resolution 1540) on support to "
          "an uncoded class of actors, abstract (guideline: abstract policy positions), not coded (borderline 120 "
          "with target null)"),
 43: ([("deserves our highest praise", "051", "PHL/GOV", "org:UN", False, A, N, False)],
      "Philippines (2008); 'He [Secretary-General Ban Ki-moon, preceding sentence] deserves our highest praise for his "
      "quick and decisive action on the global food crisis' = the speaker's praise (guideline 051; held-out 8/9: "
      "praise verbs) to org:UN (held-out 44/45: the Secretary-General -> org:UN); his action on the food crisis has "
      "no named recipient, not coded"),
 44: ([], "Pakistan (2004): 'the terrorist threat is very close and may be very personal' = a risk (guideline: "
          "figurative 'threat'), agentless, not coded"),
 45: ([("support", "070", "org:UN", "MDA/GOV", False, A, N, True)],
      "Republic of Moldova (2009); 'The liberal democratic Government relies on the support of United Nations "
      "institutions and all international structures in promoting the rule of law ...' = UN support for the "
      "Government's reforms -> nominal 070 from org:UN (held-out 50/51: 'We have always counted on United Nations "
      "support' nominal 070 from org:UN, asserted; borderline future or 051), 'all international structures' "
      "uncoded and dropped, to MDA/GOV"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "El Salvador (2003): economic growth in the 1990s, no act between actors"),
 47: ([], "Philippines (Cayetano, 2017): 'the message we receive is that the best way to prevent abuse in the anti-drug "
          "campaign is to stop the campaign' = the speaker's paraphrase of the demands of unnamed critics ('partisan "
          "accusers', preceding text), with no request verb and no coded author, not coded (borderline 100 null -> "
          "PHL/GOV); the drug trade penetrating law enforcement is crime without a coded actor"),
 48: ([], "Egypt (1997): 'the end of the cold war in no way sufficiently guarantees the non-eruption of conflicts, "
          "tragedies and wars' = an agentless reflection; 'in no way' negates an effect; not coded"),
 49: ([], "Belgium (2003): 'It [the road map, preceding sentences] has not yet been implemented seriously' = an "
          "agentless passive (the parties are not named in the sentence) whose Y, implementing a plan, is compliance "
          "rather than a codable behaviour (guideline: 'comply with obligations' not coded); not coded"),
 50: ([], "Guyana (2003): 'We are concerned at that double standard' = expressed concern (01x, not coded); the "
          "participation of all States in global affairs is abstract"),
 51: ([("pay high tribute", "051", "JPN/GOV", "org:UNGA", False, A, N, False)],
      "Japan (2002); 'I pay high tribute to Mr. Han Seung-soo, former President of the General Assembly, for his "
      "leadership' = praise (held-out 52/53: 'pay tribute to' is 051), for his leadership as Assembly President "
      "(held-out 54-61: an official's act while President of the General Assembly is org:UNGA's) -> org:UNGA "
      "(borderline KOR/CVL as a former official on the document date)"),
 52: ([], "Panama (2012): 'Panama reaffirms that it is a country that favours peaceful and respectful coexistence among "
          "all the peoples and Governments of the world' = a self-description and a general position, no act with a "
          "named counterpart"),
 53: ([], "Comoros (2016): 'the success of the Conference [COP22 in Morocco] will be reflected in improvements in our "
          "daily life' = a forecast of effects, no act"),
 54: ([], "Togo (2004): a fragment cut by the splitter ('Annan on his dynamic and unequivocal work at the head of our "
          "Organization'); the verb 'We also congratulate Secretary-General Kofi' lies in the preceding text, so the "
          "sentence holds no trigger for the 051 (held-out 63 row 0: an event whose verb lies outside the sentence is "
          "not coded)"),
 55: ([], "Egypt (1994): the speaker's plan for his own exposition ('I am going to deal with each of those "
          "underpinnings'), no act between actors"),
 56: ([], "Pakistan (2005): domestic economic results of the Government's policies, no act between actors"),
 57: ([], "Equatorial Guinea (1995): a fragment cut by the splitter ('In this context my country, the Republic of'), no "
          "verb"),
 58: ([], "Central African Republic (1997): 'long known, owing to its long-standing commitment to peace, as the "
          "Switzerland of Africa' = a reputation, no act"),
 59: ([], "Belgium (2016): 'Belgium is an active, stable and loyal member of the international community' = a "
          "self-description, no act"),
}
