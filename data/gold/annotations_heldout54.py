"""Hand annotations for the FIFTY-FOURTH held-out event gold set (source of events-heldout54.jsonl).

Keyed by the row index of selection-heldout54.jsonl (output of select_bulk_heldout.py 54; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout54.jsonl \
        --annotations annotations_heldout54 --output events-heldout54.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Bhutan (1992): 'The long established target of 0.7 per cent of gross national product for official "
         "development assistance has not been reached by most donor countries' = a negated aid act (071) of an "
         "uncoded collective ('most donor countries') toward uncoded recipients, null-null, not coded (held-out 27 "
         "row 14: 'have still to meet that United Nations requirement', same target, not coded)"),
 1: ([], "Estonia (2001): 'We must ensure that our cooperative efforts ... do not become entangled in the "
         "deficiencies of ... the Security Council' = 'we' meaning all Member States (held-out 42/43), a deontic "
         "about UN working methods, no codable behaviour between actors"),
 2: ([("to withdraw from the Iranian nuclear agreement", "160", "USA/GOV", "IRN/GOV", False, A, N, False),
      ("to reimpose sanctions on Iran", "163", "USA/GOV", "IRN", False, A, N, False)],
     "United Arab Emirates (2018); 'the decision taken by the United States to withdraw from the Iranian nuclear "
     "agreement and to reimpose sanctions on Iran' = two realised acts (May 2018) inside a decision whose agent is "
     "named by 'taken by' -> not nominal (held-out 34 row 27); withdrawing from the JCPOA = reduce relations -> "
     "generic 160 (held-out 10/11: a withdrawal from monitoring mechanisms 160), to the deal's named party -> "
     "IRN/GOV (borderline 128 to org:UNSC, as held-out 49 row 8's 'repudiated its obligations under the "
     "resolution', where the wording named the resolution); reimposing sanctions -> 163 (guideline), sanctions on a "
     "country -> the bare country IRN (held-out 26 row 4); 'has never ceased its aggressive behaviour in the "
     "region' = 'never' bears on ceasing (guideline: asserted), but 'aggressive behaviour' is an evaluative "
     "description with no named target, not coded (borderline 190 IRN/GOV -> null); 'abandoned its intention to "
     "develop weapons of mass destruction' = an intention, not a realised build-up (borderline 154 IRN/GOV, held-out "
     "38/39); 'the international community granted it the opportunity' = an uncoded source and no codable act"),
 3: ([], "Poland (2005): 'Finding workable forms and mechanisms for cooperation has never proved easy' = agentless, "
         "abstract; 'never' negates an assessment, not an event"),
 4: ([("we praise", "051", "SRB/GOV", "CHN/GOV", False, A, N, False),
      ("we praise", "051", "SRB/GOV", "RUS/GOV", False, A, N, False),
      ("we praise", "051", "SRB/GOV", "USA/GOV", False, A, N, False)],
     "Serbia (2019); 'we praise the good and friendly relations that we have with the People's Republic of China and "
     "the Russian Federation and the better and better relations with the United States of America' = a performed "
     "praise (guideline: praise -> 051) aimed at the relations with named partners -> one event per partner "
     "(held-out 8: support or welcome aimed at a process goes to its named parties); the relations themselves are a "
     "state, not a cooperation event (borderline a nominal 050 per partner, as held-out 10/11 cooperation nouns; "
     "borderline not coded, as an attitude like held-out 6's 'we greatly respect'); 'we do not hide anywhere' is no "
     "event"),
 5: ([], "Germany (2002): 'Without a just and lasting solution to regional conflicts, we will not be able to eliminate "
         "the recruitment base for terrorists and thus successfully counter the asymmetrical threat' = 'we' meaning "
         "all states, an abstract conditional with no named counterpart; 'threat' as risk (guideline: figurative)"),
 6: ([("demands", "1056", "org:UNSC", "ARM/MIL", False, A, N, True),
      ("withdrawal", "0874", "ARM/MIL", "AZE", True, A, N, True),
      ("mediation efforts", "045", "org:OSCE", "AZE/GOV", False, A, N, True),
      ("mediation efforts", "045", "org:OSCE", "ARM/GOV", False, A, N, True)],
     "Azerbaijan (2013); 'the Security Council's principled demands, including, in the first place, the withdrawal of "
     "occupying forces from the occupied territories of Azerbaijan, have still not been implemented' = a demand "
     "noun with its author named -> nominal request of org:UNSC (resolutions 822, 853, 874 and 884 of 1993, "
     "preceding text: the Council 'demanded the immediate, full and unconditional withdrawal of the occupying "
     "forces'), Y = withdrawal -> de-escalation 1056 (guideline), and the denial of the same act is a second event "
     "(held-out 18/19: 'the need for Serbia to recognize Kosovo, which it has not yet done' two events): the "
     "withdrawal not implemented -> negated nominal 0874 (held-out 52/53: 'the withdrawal of Israel from the Gaza "
     "Strip' 0874); the occupying forces are Armenia's, plain from the following sentence ('its continuing "
     "aggression against Azerbaijan, Armenia'; held-out 48/49: an event noun's agent plain from the text around it) "
     "-> ARM/MIL (guideline: /MIL for armed forces; borderline ARM/GOV), the occupied territories -> bare AZE "
     "(guideline: target of an invasion); 'occupying forces' and 'occupied territories' are descriptions, not a "
     "separate 192 (held-out 27 row 3); 'the mediation efforts conducted for more than 20 years within the framework "
     "of the OSCE' = the Minsk Group mediation -> nominal 045 from org:OSCE to each party, Azerbaijan and Armenia "
     "(held-out 8: mediation 045 per mediator and party); 'have yet to yield results' negates the results, not the "
     "mediation, which was conducted -> asserted"),
 7: ([], "Antigua and Barbuda (1996), quoting Michel Camdessus of the IMF: 'Too many refusals to grant development "
         "assistance have the alibi that such funds are wasted' = refusals of unnamed donors toward unnamed "
         "recipients, null-null, not coded (borderline a 1221-type rejection reported by org:IMF); the alibi is an "
         "evaluation"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("finding mutually acceptable ways", "030", "RUS/GOV", "UKR/GOV", False, A, N, False)],
     "Russia (Lavrov, 2017); 'Russia has been focused on constructive effort and on finding mutually acceptable ways "
     "to implement the Minsk agreements' = an ongoing effort to cooperate on a settlement, stated as a fact -> 030 "
     "asserted (held-out 52 row 25: 'remains committed to extending to others ... cooperation' 030 asserted), the "
     "counterpart the authorities in Kyiv of the preceding sentence (guideline: a participant from the context; "
     "'in Kyiv' there is a metonym for the Government) -> UKR/GOV (borderline target null, or not coded as an "
     "abstract stance); implementing the agreements itself is compliance, not a codable behaviour (held-out 40 row 8)"),
 9: ([("Ukraine supports", "051", "UKR/GOV", "SRB/GOV", False, A, N, False),
      ("Ukraine supports", "051", "UKR/GOV", "XKX/GOV", False, A, N, False),
      ("negotiations", "046", "SRB/GOV", "XKX/GOV", False, D, N, True)],
     "Ukraine (2006); 'Ukraine supports the need for negotiations between Belgrade and Pristina' = support aimed at "
     "a process goes to its named parties (held-out 8; held-out 32/33: support for a dialogue -> 051 to each named "
     "party); capital metonyms Belgrade -> SRB/GOV (2006) and Pristina -> XKX/GOV (held-out 26 row 8, 52 row 9); "
     "'the need for negotiations between' them = a deontic noun without a request verb over a negotiation noun "
     "naming its parties -> nominal 046 demanded (held-out 40/41: direct talks that 'should occur' a demanded "
     "nominal 046; held-out 49 row 27: 'is required' demanded), symmetric, from the first-named; borderline "
     "asserted, the Vienna status talks being under way in 2006"),
 10: ([("we are working hard", "050", "DEU/GOV", "FRA/GOV", False, A, N, False),
       ("we are working hard", "050", "DEU/GOV", "RUS/GOV", False, A, N, False),
       ("we are working hard", "050", "DEU/GOV", "UKR/GOV", False, A, N, False)],
      "Germany (Maas, 2018); 'Along with France, Russia and Ukraine, we are working hard to implement the Minsk "
      "agreements' = ongoing joint work in the Normandy format with named partners -> cooperation 050 (held-out "
      "12/13: 'worked with every Israeli prime minister' 050), one event per partner (guideline: compound split); "
      "implementing the agreements is its purpose (held-out 40 row 8: compliance not codable); borderline 040 as "
      "Normandy-format consultations"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Montenegro (2017): 'confirmed by the High Commissioner for Human Rights, who said that Montenegro was one of "
          "33 United Nations Members to send regular reports on the implementation of international agreements' = "
          "submitting national reports (held-out 50/51: submitting a national report is not coded); the High "
          "Commissioner's confirmation is a statement (01x)"),
 12: ([], "Rwanda (2000): 'We venture to hope that the reforms under way at UNDP will lead to the provision of "
          "assistance based on a sincere and enthusiastic partnership' = the hoped-for effect of UNDP's internal "
          "reforms (held-out 27 row 15: an effect the talks 'will facilitate' is not coded; held-out 7: UN reform), "
          "assistance to recipients in general; not coded (borderline a nominal future 070 org:UNDP -> RWA/GOV, as "
          "held-out 52 row 40's 'we count on the support of our partners', the preceding sentence saying Rwanda "
          "awaits special assistance from UNDP); the British model 'outlined by Prime Minister Tony Blair' is a "
          "statement (01x)"),
 13: ([], "Dominican Republic (2005): 'many have said that they believe that the electoral process in Haiti should not "
          "have been given top priority; rather, top priority should have gone to humanitarian assistance and job "
          "creation' = the views of an uncoded 'many' about agentless priorities and aid, null-null, not coded"),
 14: ([("adopted measures", "163", N, "AGO/REB", True, A, "org:UN", False),
       ("called for by the sanctions", "102", "org:UNSC", N, False, A, "org:UN", False)],
      "Angola (2001); 'United Nations reports, according to which not all countries have fully adopted measures "
      "called for by the sanctions resolutions' = the Security Council sanctions on UNITA (preceding sentences: "
      "Savimbi's capacity to wage war, 'my Government favours keeping and tightening them') -> UNITA under Savimbi "
      "-> AGO/REB; the countries' not adopting the sanctions measures = a negated 163 of an uncoded collective -> "
      "source null, negated (held-out 42/43: calls that 'have never heeded' a negated 030 with no source); the "
      "measures 'called for by the sanctions resolutions' = a resolution's call stands for its body (held-out 36/37: "
      "a General Assembly resolution's 'calling for' stands for org:UNGA) -> org:UNSC, addressed to all states "
      "(uncoded) -> target null, Y = supporting the sanctions policy -> 102 (held-out 29 row 0: 'we call upon States' "
      "102); both inside the complement of 'according to which' -> reported_by the UN reports -> org:UN (held-out "
      "46/47: an act inside 'The Secretary-General has stated that' reported by org:UN); 'my Government is still "
      "concerned' is 01x"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Oman (2011): 'the establishment of a Palestinian State ... and the recognition of that State as a Member of "
          "the Organization will undoubtedly lead to serious negotiations' = event nouns without an agent in the "
          "sentence (guideline), and the negotiations their expected effect (held-out 27 row 15), not coded "
          "(borderline a future 054 with no source to PSE/GOV)"),
 16: ([("negotiations between the United States and the Soviet Union", "046", "USA/GOV", "SUN/GOV", False, A, N, True)],
      "Iceland (1990); 'It is to be hoped that negotiations between the United States and the Soviet Union to reduce "
      "and limit their strategic nuclear forces will also lead to the substantial diminishing of the nuclear threat' "
      "= the START negotiations, under way in 1990 -> a realised negotiation noun naming its parties -> nominal 046 "
      "(held-out 26 row 8: 'Direct negotiations between Belgrade and Pristina' nominal 046), symmetric, from the "
      "first-named; USSR -> SUN (guideline); the hope bears on the talks' effect, not on the talks -> asserted; "
      "reducing the forces is their content, not a separate event"),
 17: ([], "Saint Kitts and Nevis (1998): 'the new millennium will demand greater moral strength' = figurative demand, "
          "no actor"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Estonia (2009): 'By consolidating the efforts of the new Government and the international community, "
          "lasting progress can and should be achieved' = an agentless deontic about progress in Afghanistan, no "
          "codable behaviour between named actors"),
 19: ([], "Belarus (2008): 'The top five jobs in each department should be distributed among the five regional "
          "groups' = internal reform of the UN Secretariat (held-out 7: UN reform not coded), agentless"),
 20: ([("negotiations between France and the Comoros", "046", "COM/GOV", "FRA/GOV", False, D, N, True)],
      "Comoros (2009); 'these new proposals, which should become part of the negotiations between France and the "
      "Comoros, would lead to a happy outcome' = the speaker's proposal on Mayotte ('one country, two "
      "administrations', preceding sentences) that should be negotiated between the two governments -> a deontic "
      "without a request verb over a negotiation noun naming its parties -> nominal 046 demanded (held-out 40/41: "
      "direct talks that 'should occur' a demanded nominal 046), symmetric, from the speech's own government to the "
      "other (guideline; held-out 52 row 48); borderline asserted, the negotiations being presupposed by 'the'; "
      "the proposals themselves were made in the preceding sentences; 'with the active participation of the whole "
      "of the international community' is an uncoded collective, and the 'happy outcome' a hoped-for effect"),
 21: ([], "Algeria (1995): 'the ambition of the world Organization should be to give true content to collective "
          "security' = a deontic about the UN's role, no codable behaviour"),
 22: ([], "Estonia (1995): 'reform of the Economic and Social Council is crucial and should be addressed in earnest' = "
          "UN reform (held-out 7), agentless, not coded"),
 23: ([], "Andorra (2011): 'The search for an inclusive and sustainable balance must necessarily involve addressing "
          "factors' = abstract, no actor"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("have been welcomed by every sector", "051", N, "HTI/GOV", False, A, N, False)],
      "Haiti (2016); 'These [the fixes the Provisional Electoral Council made to the electoral machinery, preceding "
      "sentence] have been welcomed by every sector, including the candidates themselves and the national and "
      "international observers' = a welcome (guideline 051) in a passive with its agents named, but 'every sector' "
      "with its candidates and observers is an uncoded collective -> source null (held-out 50/51: 'has already "
      "received credit' 051 with no source; borderline HTI/OPP for the candidates), the Council a state electoral "
      "body -> HTI/GOV (borderline not coded as a domestic matter); not an impersonal passive, so coded (held-out "
      "52/53: welcomes by an impersonal passive are not coded)"),
 25: ([], "Indonesia (1991): 'a global cooperative framework needs to be developed' = an agentless deontic, no "
          "counterpart"),
 26: ([("has unambiguously condemned", "111", "QAT/GOV", N, False, A, N, False)],
      "Qatar (2005); 'My country has unambiguously condemned terrorism in all its forms and manifestations' = the "
      "speaker's condemnation -> 111 (guideline), no named perpetrator -> target null (held-out 53 row 28: 'Saint "
      "Lucia condemns terrorism in all its forms' 111 null)"),
 27: ([("I therefore call for the implementation", "100", "GAB/GOV", N, False, A, N, False)],
      "Gabon (2017); 'I therefore call for the implementation of the relevant provisions of resolution 2199 (2015) "
      "in order to reduce the sources of financing for these criminal networks' = a request (guideline: call for -> "
      "10x) with no named addressee (all states) -> target null, Y = implementing a resolution, no more specific "
      "sub-code -> 100 (held-out 26 row 10: 'We therefore call for the full and timely implementation' of Minsk 100 "
      "null); the terrorist networks have no code"),
 28: ([], "Tonga (2017): 'The system relies on the timely provision of disaster-risk information' = a description of "
          "an early-warning system, no actor"),
 29: ([], "Suriname (2006): 'The world order continues to deny the vast majority of the members of the international "
          "community the opportunity to escape poverty' = figurative (an inanimate order), no actor"),
 30: ([("went to Iran", "042", "TKM/GOV", "IRN", False, A, N, False),
       ("went to Iran", "042", "TKM/GOV", "AFG", False, A, N, False),
       ("went to Iran", "042", "TKM/GOV", "PAK", False, A, N, False),
       ("held talks and consultations", "040", "TKM/GOV", "IRN/GOV", False, A, N, False),
       ("held talks and consultations", "040", "TKM/GOV", "PAK/GOV", False, A, N, False),
       ("held talks and consultations", "040", "TKM/GOV", "AFG/REB", False, A, N, False),
       ("held talks and consultations", "040", "TKM/GOV", "AFG/GOV", False, A, N, False),
       ("meeting between the Secretary-General", "040", "org:UN", N, False, A, N, True)],
      "Turkmenistan (2000); 'the Turkmenistan mission which went to Iran, Afghanistan and Pakistan' = a government "
      "mission's visit -> 042, one per destination, to the bare country (held-out 53 row 1; held-out 16/17: a trip "
      "042 per destination); 'held talks and consultations with top leaders of these countries and with the leaders "
      "of the Taliban movement and the Northern Alliance' = 040 (guideline: consult), one per party: Iran and "
      "Pakistan -> GOV; Afghanistan's leaders are the two sides named: the Taliban -> AFG/REB (guideline: before "
      "15 Aug 2021), the Northern Alliance = the forces of the UN-recognised Islamic State of Afghanistan (Rabbani) "
      "-> AFG/GOV (borderline AFG/REB or AFG/OPP, being out of Kabul in 2000); talks and consultations one act per "
      "pair; 'the recent meeting between the Secretary-General of the United Nations and the Afghanistan six plus "
      "two group' = a meeting noun naming its participants -> nominal 040 from org:UN, the six-plus-two group has no "
      "code and the document names none of its members as such -> target null (held-out 44/45: a group whose "
      "members the document does not name; borderline TKM/GOV, a member); 'proposals to settle the conflict were "
      "made' is an agentless passive, not coded"),
 31: ([], "Chile (1994): 'We therefore attach the greatest importance to the Agenda for Development that is under "
          "discussion in the United Nations' = an attitude toward a UN document under discussion (held-out 7: "
          "abstract positions on UN matters), not coded (borderline 051 CHL/GOV -> org:UN, as held-out 44/45's "
          "support for a UN plan)"),
 32: ([("imposing sanctions", "163", N, "SYR", False, A, N, True)],
      "Syria (2012); 'How can imposing sanctions on the banking, health, transport and other sectors be consistent "
      "with caring for Syrians'' (the sentence is cut before 'best interests?') = a rhetorical question that "
      "presupposes the act -> that act, asserted (held-out 28/29: 'Why is the United States the only country that "
      "sows military bases'); sanctions -> 163 (guideline), their imposers 'those imposing the sanctions' of the "
      "preceding sentence are not named -> source null, sanctions on the country's sectors -> bare SYR (held-out "
      "26 row 4); gerund -> nominal (held-out 52 row 18: 'hailing')"),
 33: ([], "Turkmenistan (2006): 'Turkmenistan also welcomes expansion of the number of States represented in United "
          "Nations structures and institutions' = a position on UN reform (held-out 7; held-out 52/53: urging "
          "Council reform with no addressee not coded), the expansion agentless; not coded (borderline 051 TKM/GOV "
          "-> org:UN)"),
 34: ([("Belarus has signed", "057", "BLR/GOV", N, False, A, N, False)],
      "Belarus (2001); 'Belarus has signed the United Nations Convention against Transnational Organized Crime and "
      "its supplementary Protocol ... as well as the Protocol against the Smuggling of Migrants' = signing "
      "multilateral treaties -> 057 with no target (held-out 28/29: signing a ratification instrument 057 with no "
      "target; held-out 48/49: joining the NPT 057 with no target), one signing act of several instruments coded "
      "once (held-out 16/17: one commitment with several purposes coded once)"),
 35: ([("rose to demand", "1043", "IND/CVL", "IND/GOV", False, A, N, False)],
      "Pakistan (1996); 'In 1989, ... a new generation of Kashmiris rose to demand their right to "
      "self-determination' = the 1989 uprising in Indian-administered Kashmir: a demand for a right -> 1043 "
      "(guideline: 1043 rights), the rising and the demand one act (borderline a separate 140 dissent); the "
      "Kashmiris of Jammu and Kashmir -> IND/CVL (held-out 6/7: Hong Kong residents HKG/CVL, the Tibetan community "
      "CHN/CVL; borderline null, the territory being disputed and Pakistan not counting them Indian), addressed to "
      "India, plain from the following sentence ('To suppress the brave Kashmiri youth, India sent in 600,000 "
      "military and paramilitary forces'; guideline: a participant from the context) -> IND/GOV; the 'winds of "
      "freedom ... blowing away dictatorship, domination and occupation' are figurative"),
 36: ([("organize a special", "043", "TZA/GOV", "org:UNSC", False, A, N, False)],
      "Tanzania (2006); 'we are gratified that we were able to organize a special Council meeting to discuss the "
      "situation in the Great Lakes region' = convening a meeting -> 043 (guideline: host/convene), Tanzania as a "
      "Council member (presiding in January 2006) convening the Security Council -> org:UNSC; 'gratified' is an "
      "attitude that presupposes the act -> asserted; the 'useful conclusions and decisions' are agentless"),
 37: ([], "Bangladesh (2001): 'It [the electoral mandate] also imposes a huge burden of responsibility on the "
          "Government' = figurative, an inanimate subject, domestic"),
 38: ([], "Benin (2011): the sentence starts at 'Benin, my Government has been working to consolidate cooperative "
          "governance at both the national and local levels' (the splitter cut after 'Based on the success of our "
          "young democracy in') = domestic governance, no counterpart"),
 39: ([], "Benin (1994): the Declaration and Programme of Action of the Vienna World Conference 'prove that the "
          "international community is determined to face up to these non-military threats' = an uncoded collective's "
          "resolve against figurative threats (guideline), no act"),
 40: ([("signed", "057", "COD/GOV", N, False, A, N, False)],
      "Zambia (1999); 'heads of State of all the six States parties to the conflict signed the Ceasefire Agreement in "
      "Lusaka' = an agreement concluded -> 057 (guideline); the six States (the DRC, Angola, Namibia, Zimbabwe, "
      "Rwanda, Uganda) are not named as parties in the document, which names only the Democratic Republic of the "
      "Congo, the country of the conflict -> coded for the one it names (held-out 44/45: a group of four States "
      "whose members the document does not name is coded for the one it names), target null (held-out 5: "
      "'the Government of Somalia and Somaliland agreed' once with target null; borderline not coded, as held-out "
      "52 row 43's unnamed Nuuk signatories); 'our perseverance on the regional and Pan-African levels finally paid "
      "off' = Zambia's mediation named only as perseverance, not coded (borderline a nominal 045 ZMB/GOV); Lusaka "
      "is the venue, not a metonym"),
 41: ([("We reached an agreement", "057", "COL/GOV", "COL/REB", False, A, N, False)],
      "Colombia (Santos, 2015); 'We reached an agreement on the most difficult element of any peace process — a "
      "system of transitional justice' = the Havana agreement of 23 September 2015 between the Government and the "
      "FARC (preceding sentence: 'in Havana, after almost three years of negotiations'; the document names the "
      "FARC guerrilla forces) -> 057 (guideline: agreements concluded), COL/GOV -> COL/REB (guideline: a "
      "participant from the context); the system's ensuring no impunity is the agreement's content"),
 42: ([("I appeal for a prompt finalization", "106", "BGR/GOV", N, False, A, N, False)],
      "Bulgaria (2010); 'I appeal for a prompt finalization of the negotiations to reach a comprehensive convention "
      "on counter-terrorism' = a request (guideline: appeal -> 10x) with Y = concluding negotiations -> 106, the "
      "negotiating Member States an uncoded collective -> target null; the negotiations noun has no named parties, "
      "not coded separately (guideline: Y not coded); borderline not coded, as held-out 49 row 26's 'the completion "
      "of negotiations ... would be salutary', which had no request verb"),
 43: ([("terrorist attack", "180", N, "KEN/CVL", False, A, N, True)],
      "Liberia (2013); 'the ghastly and cowardly murder of innocent persons in a terrorist attack on a shopping mall in "
      "Kenya' = the Westgate attack of September 2013, whose perpetrators (al-Shabaab) the sentence names only as "
      "'terrorist' (an uncoded class) -> source null, unspecified violence by non-state armed groups -> 180 "
      "(guideline; held-out 52 row 10: 'the wave of attacks perpetrated on 11 September' 180 null -> USA; held-out "
      "53 row 8), the victims shoppers in Kenya -> KEN/CVL; the murder is the same act, coded once (guideline: "
      "repeated mention; borderline 202); nominal; 'We are deeply concerned' is 01x; borderline not coded as an "
      "event noun without an agent (held-out 53 row 9)"),
 44: ([], "Papua New Guinea (2018): domestic economic and structural reforms and fiscal policies, no counterpart"),
 45: ([("were signed with", "057", "AGO/GOV", "AGO/REB", False, A, N, False),
       ("mediation of the Government of Portugal", "045", "PRT/GOV", "AGO/GOV", False, A, N, True),
       ("mediation of the Government of Portugal", "045", "PRT/GOV", "AGO/REB", False, A, N, True)],
      "Angola (1995); 'the Bicesse Accords, which were signed with the mediation of the Government of Portugal' = the "
      "1991 peace accords between the Angolan Government and UNITA: an agentless passive whose signatories are plain "
      "from the document (the speaker's own Government, and UNITA, named in the following paragraphs: 'a direct "
      "dialogue has begun between the Government and UNITA'; held-out 52/53: an agentless act takes its agent from "
      "the context) -> 057 AGO/GOV -> AGO/REB (UNITA under Savimbi, an armed movement; held-out 26/27: only its "
      "Renovation Committee is OPP), from the speech's own government; 'the mediation of the Government of "
      "Portugal' = a mediation noun naming its broker -> nominal 045 from PRT/GOV to each party (held-out 8: "
      "mediation 045 per mediator and party; held-out 9: a mediation noun naming its broker); 'It is an agreement' "
      "= the Lusaka Protocol of the preceding sentence, an anaphoric noun, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("our admiration", "051", "SEN/GOV", "org:UN", False, A, N, True)],
      "Senegal (2002); the sentence starts at 'Secretary-General Kofi Annan our admiration for his steadfast "
      "determination' (the splitter cut after 'I should like also like to express once again to'); the verb lies "
      "before the cut, and a participant cut off by the splitter is taken from the context (held-out 44/45) -> "
      "expressing admiration = praise -> 051 (guideline), the Secretary-General -> org:UN (held-out 44/45: "
      "supporting the Secretary-General 051 to org:UN), the trigger a noun -> nominal (borderline not nominal, "
      "the verb 'express' being outside the span)"),
 47: ([], "Fiji (2008): 'This is a critical issue for the very small island and atoll nations' = an assessment, no act"),
 48: ([], "Eritrea (2008): 'The strong misgivings that I have expressed are attested to by the multiple situations of "
          "turbulence' = the speaker's own statement (01x) and agentless turbulence"),
 49: ([], "Ireland (1991): 'To be a victim of hunger, illness, illiteracy is to be deprived of basic economic and "
          "social rights' = a definition, no actor"),
 50: ([], "Somalia (2008): 'It is unconscionable that ... piracy on such a scale has been left unchecked for so long' = "
          "piracy with no named agent (pirates off Somalia, an uncoded class) and an agentless passive 'left "
          "unchecked' (the failure of uncoded 'the world' of the preceding sentence), null-null, not coded "
          "(borderline 181 null -> null)"),
 51: ([], "Afghanistan (2019): 'Afghans have created a bit more certainty in our corner of the world' = figurative, "
          "no counterpart"),
 52: ([], "Sri Lanka (1994): 'The former Prime Minister of Sri Lanka took the initiative, at the Commonwealth summit in "
          "Cyprus, to focus special attention on youth issues' = agenda setting at a summit, no codable behaviour "
          "toward another actor (borderline 030 LKA/GOV -> the Commonwealth, which has no code here); Cyprus is the "
          "venue"),
 53: ([], "Azerbaijan (2014): GDP growth, a domestic economic fact"),
 54: ([], "Micronesia (2018): 'those who wield tremendous power fail to take bold and decisive actions to end such "
          "serious atrocities' = unnamed powerful states (uncoded) and agentless atrocities, null-null, not coded"),
 55: ([], "Chad (2006): 'The Darfur conflict has caused enormous harm to Chad and the Chadian people' = a conflict noun "
          "without an agent in the sentence (guideline; the Sudanese 'subversive plotting' lies in the preceding "
          "text), its harms are effects; not coded"),
 56: ([], "Japan (1991): 'a comprehensive settlement may be achieved in Cambodia' = an agentless hoped-for settlement, "
          "not coded"),
 57: ([], "Mongolia (2016): the President's parents 'never dreamed' that their son would speak here = personal, no "
          "event"),
 58: ([], "San Marino (2000): the sentence starts at 'Members of the United Nations drew inspiration from this "
          "important document for the Millennium Summit' (the splitter cut after 'The heads of State or Government "
          "of the States'); the heads of State of all Member States = an uncoded collective (held-out 42/43: 'we' "
          "meaning all states), whose 'collective commitment and determination to adopt policies in favour of a "
          "globalization process' has no named counterpart, not coded; drawing inspiration from the "
          "Secretary-General's report is an attitude"),
 59: ([], "New Zealand (2010): 'helping ensure peace and stability in our region alone is not enough' = an agentless "
          "gerund about a general aim, no act (the preceding sentences' Timor-Leste missions lie outside the "
          "sentence)"),
}
