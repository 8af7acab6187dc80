"""Hand annotations for the SEVENTY-SECOND held-out event gold set (source of events-heldout72.jsonl).

Keyed by the row index of selection-heldout72.jsonl (output of select_bulk_heldout.py 72; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout72.jsonl \
        --annotations annotations_heldout72 --output events-heldout72.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("has not\nfully met", "030", N, "SUR/GOV", True, A, N, False)],
     "Suriname (1995); 'the response to our appeal has not fully met our expectations' = the developed countries "
     "(preceding sentence: 'an appeal has been made to the developed countries to fulfil their obligations') have "
     "not (fully) responded to the call -> negated 030 (guideline: 'not respond to a call' = negated 030; held-out "
     "36/37: a call that 'has not elicited the expected response' is a negated 030 with no source), the responders "
     "an uncoded collective -> source null, the appeal's authors include the speaker's government -> SUR/GOV "
     "(borderline not coded, since 'not fully' admits a partial response)"),
 1: ([("deployed", "154", "USA/MIL", N, False, A, N, False)],
     "Iran (2011); rhetorical question 'Do not the bombs deployed in the United States bases undermine the security "
     "of other nations?': the question bears on the undermining (an effect, not coded); the deployment of bombs at "
     "US military bases is presupposed -> asserted (guideline: a fact presupposed by the frame is asserted), a "
     "weapons deployment = force posture 154 (held-out 38/39: build-up / stockpiling of weapons a nominal 154), the "
     "bases named as the United States' military -> USA/MIL, no target named ('other nations' uncoded) -> null "
     "(borderline not coded, the reduced passive naming the deployment only as a description of the bombs)"),
 2: ([("We urge", "107", "SWE/GOV", "SDN/REB", False, A, N, False),
      ("have failed to sign up", "057", "SDN/REB", "SDN/GOV", True, A, N, False)],
     "Sweden (2006); urging the rebel groups to sign up to the Darfur Peace Agreement = one asserted REQUEST "
     "(guideline), Y = joining a peace settlement -> 107 (held-out 54-61: advocacy of a settlement is a request "
     "107; borderline 102 as for ratifying conventions), the Darfur rebel movements -> SDN/REB; the relative "
     "clause 'that have failed to sign up to the Darfur Peace Agreement' = plain negation -> negated 057 SDN/REB "
     "-> SDN/GOV (held-out 31 row 7 and 39: groups that did not endorse / have not signed the DPA, the same "
     "agreement)"),
 3: ([("we are calling on those countries", "102", "HRV/GOV", N, False, A, N, False)],
     "Croatia (2013); calling on 'those countries that have not yet decided to adopt the Rome Statute' (an uncoded "
     "collective -> target null) to do so = a request to join a treaty -> 102 (held-out 63 row 2: calling upon "
     "states to sign and ratify conventions 102); the relative clause is a negated act of the same uncoded "
     "collective with no target, null-null, not coded (held-out 63 row 2)"),
 4: ([], "Brunei Darussalam (1992): 'peace-building does not necessarily end when an agreement is signed' = a generic "
         "reflection on the Cambodian example, the agentless passive 'is signed' is generic, not coded"),
 5: ([], "European Union (Tusk, 2019): 'our life can become hell if we do not find ... adequate solutions to global "
         "threats, such as armed conflict, terrorism, nuclear proliferation' = a conditional about finding solutions "
         "(no act between actors; 'we' = all of us at the UN), the threats are risks and the conflict and terrorism "
         "nouns have no agent (guideline: figurative 'threat'), not coded"),
 6: ([("We will not agree", "120", "SCG/GOV", N, False, A, N, False)],
     "Serbia and Montenegro (2004, document code YUG); 'We will not agree to the violation of the rights of our "
     "State and its citizens' = a performative non-acceptance by the speaker -> REJECT, negated false (guideline: "
     "'we will never accept it'), generic 120; the speaker's state in 2004 -> SCG/GOV (held-out 32/33: Belgrade in "
     "2004 SCG/GOV); the rejected demand is 'the insistence by some on the creation of a sovereign State of "
     "Kosovo' (preceding text), 'some' an uncoded collective -> target null (borderline XKX); the violation noun "
     "has no agent in the sentence, not coded"),
 7: ([], "Slovenia (1994): 'This war ... is threatening to continue into a third winter' = the Bosnian war as a "
         "demonstrative noun without an agent in the sentence (guideline: 'this aggression' not coded; borderline a "
         "nominal 190 of the Bosnian Serbs from the preceding text), 'threatening to continue' is figurative; 'if the "
         "international community does not prove able to bring about an end to hostilities' = a conditional over an "
         "uncoded collective, not coded; the lifting of the arms embargo lies in the preceding text"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("We also welcome", "051", "MNE/GOV", "SRB/GOV", False, A, N, False),
      ("We also welcome", "051", "MNE/GOV", "XKX/GOV", False, A, N, False),
      ("negotiations", "046", "SRB/GOV", "XKX/GOV", False, A, N, True)],
     "Montenegro (2018); capital metonyms Belgrade -> SRB/GOV and Pristina -> XKX/GOV (held-out 63 row 9); welcoming "
     "the negotiations = 051 to each named party, and the welcomed development is coded too (held-out 30/31), the "
     "negotiations between them -> nominal 046, symmetric, coded once from the first-named (guideline)"),
 9: ([("signed", "057", "XKX/GOV", "SRB/GOV", False, A, N, False)],
     "Serbia (2018); capital metonym Pristina -> XKX/GOV; 'Pristina signed it' = the Brussels Agreement (preceding "
     "sentence: 'We signed the Brussels Agreement'), its other party the speaker's government -> 057 XKX/GOV -> "
     "SRB/GOV; 'has still not implemented a single word' = implementing an agreement is compliance, not a codable "
     "behaviour (held-out 54 row 8: implementing the Minsk agreements not coded; held-out 40 row 8), so no negated "
     "event (borderline a negated 030)"),
 10: ([("peace accord", "057", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Republic of Korea (1993); 'the peace accord between Israel and the Palestine Liberation Organization signed "
      "in Washington this month' = the Oslo Declaration of Principles, an agreement named by its parties -> nominal "
      "057 (held-out 38/39), symmetric, from the first-named (guideline); the PLO as the Palestinians' negotiating "
      "authority -> PSE/GOV (held-out 31 row 52; borderline PSE/OPP); Washington is only the place of signing, not "
      "a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "New Zealand (1999): 'we are told that the Security Council cannot reach an agreement on collective action' "
          "= disagreement inside one body, no counterpart (borderline a negated 057 with org:UNSC as source and no "
          "target); 'place a very good deal of faith in' and 'trust in the Security Council' are attitudes; the "
          "violence and inhumanity seen on television have no agent"),
 12: ([], "Cameroon (2013): 'According to the International Maritime Bureau, the number of acts of piracy ... exceeded "
          "... the number of attacks in the Gulf of Aden' = statistics on piracy, an uncoded group with unnamed "
          "victims, null-null, not coded; the attribution bears on no codable event"),
 13: ([], "Central African Republic (1996): 'It has been said ... that the world has become a global village' = a "
          "commonplace about globalization, no act; 'the barriers imposed by frontiers' is figurative"),
 14: ([("helped open discussions", "045", "org:UN", N, False, A, N, False),
       ("delivering hostages back", "045", "org:UN", N, False, A, N, False)],
      "Zimbabwe (1991); Secretary-General Perez de Cuellar, in office at the speech's date -> org:UN; his efforts "
      "that 'have helped open discussions on issues that had held nations hostage' = good offices opening talks "
      "-> mediate 045, the parties unnamed -> target null; 'he has had a part in delivering hostages back to their "
      "families' = his part in the 1991 hostage releases (Lebanon) -> mediation 045 too, the captors unnamed -> "
      "target null (borderline 0841 release, which is the captors' act); 'deserves the accolades' is an "
      "evaluation, not a welcome (held-out 48/49: 'it is commendable' an evaluation); 'it can be said in all truth "
      "that' is the speaker's own voice, not attribution"),
 # --- UNGDC 1990-2019 random: future
 15: ([("strengthen", "030", "GNB/GOV", N, False, F, N, False)],
      "Guinea-Bissau (2007); 'That step [the financial-sector programme] will certainly allow us to re-establish and "
      "strengthen the framework for interaction and external partnerships of cooperation for development' = a "
      "future strengthening of cooperation -> intent 030 future (guideline: future cooperative acts get 03x; "
      "held-out 22/23: a mechanism that 'will deepen' cooperation 030 future), the partners ('international "
      "financial institutions' in the preceding sentence, 'external partnerships') an uncoded collective -> target "
      "null (borderline not coded as an enabling effect)"),
 16: ([], "Mali (1990): 'That Conference, which the international community is so urgently calling for' = a request "
          "by an uncoded collective with no addressee, null-null, not coded; 'will enable the peoples of the region "
          "at last to know peace' is an effect"),
 17: ([], "Malawi (2016): investments that 'will also reduce the risk of our youth being lured into radicalism' = "
          "an effect of policy, the 'threat to ... peace and security' a risk (guideline: figurative 'threat'), no "
          "act between actors"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("We strongly condemn", "111", "BDI/GOV", N, False, A, N, False),
       ("have called for an inquiry", "100", "BDI/GOV", N, False, A, N, False)],
      "Burundi (2011); condemning 'that heinous attack' (the September 2011 killing of about 40 people, preceding "
      "text; the perpetrators unnamed) -> speaker's 111 with no target (held-out 44/45: condemning attacks by "
      "unnamed perpetrators 111 with no target); 'have called for an inquiry' = 'S calls for Y' -> one asserted "
      "REQUEST (guideline), CAMEO has no sub-code for an investigation -> 100, no addressee -> target null; 'which "
      "should be concluded within a month' = a deontic over the agentless inquiry, not coded; the attack noun has no "
      "agent, not coded"),
 19: ([], "Belarus (1998): 'Any enforcement measures should only be applied following the adoption of a Security "
          "Council resolution' = a norm on agentless enforcement (a position on the use of force), not coded"),
 20: ([], "Dominica (2018): 'that insurance mechanism must be funded by those that have contributed most to climate "
          "change' = a deontic aid act (071) by an uncoded collective (the main emitters) to a mechanism for "
          "vulnerable countries in general, null-null, not coded (borderline a demanded 071 null -> DMA/GOV, as "
          "held-out 42/43 'Countries such as mine require assistance')"),
 21: ([("negotiations", "046", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Niger (2010); 'the launch of direct bilateral negotiations' in the Middle East = the direct talks between "
      "Israel and the Palestinians launched in September 2010, whose parties the sentence makes plain ('Palestine "
      "living side by side ... with Israel') -> nominal 046 (held-out 48/49: an event noun whose agent is plain from "
      "the text around it is coded), symmetric, from Israel as first-named in the usual order (borderline "
      "PSE/GOV -> ISR/GOV); launched -> asserted; 'should, we hope, lead to comprehensive peace' is a hope about an "
      "outcome, not coded"),
 22: ([], "Senegal (1999): welcoming 'the new international climate for finding a solution to the African debt crisis' "
          "= a welcome of a development with no actor (held-out 54-61: evaluations of developments left uncoded), the "
          "debt figures are facts, not acts"),
 23: ([], "Poland (2007): 'We must therefore consider the best way to achieve progress' = 'we' meaning all states "
          "(held-out 42/43: not coded), deliberation, no act"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("assure him of the support", "030", "MLT/GOV", "org:UNGA", False, A, N, False)],
      "Malta (1991); 'him' = Ambassador Shihabi, President of the General Assembly (preceding sentence) -> "
      "org:UNGA; assuring him of the delegation's support for his endeavours = assurance of cooperation to the "
      "Assembly President -> 030 (held-out 38/39, 48/49: assurances of cooperation to the President of the "
      "General Assembly 030 to org:UNGA); 'I wish him all success' is well-wishing, not coded (held-out 54-61)"),
 25: ([("We strongly condemn", "111", "KWT/GOV", N, False, A, N, False)],
      "Kuwait (2016); condemning the targeting of residential areas, indiscriminate bombing and barrel bombs in Syria "
      "(preceding sentences) -> speaker's 111; the perpetrators are not named in the sentence or the preceding "
      "text -> target null (held-out 44/45: condemning attacks by unnamed perpetrators 111 with no target; "
      "borderline SYR/GOV, to whom barrel bombs are usually attributed); the condemned acts are agentless nouns, not "
      "coded separately (borderline 195 null -> SYR/CVL)"),
 26: ([("I call", "102", "JPN/GOV", N, False, A, N, False)],
      "Japan (2007); calling upon every State (an uncoded collective -> target null) to exercise flexibility for an "
      "early conclusion of the negotiations on the comprehensive convention on international terrorism = one "
      "asserted REQUEST (guideline), Y = cooperation toward concluding a treaty -> 102 (held-out 63 row 2 and row 3 "
      "here: calls to adopt conventions 102; borderline 106 negotiation); the negotiations noun has no coded agent"),
 27: ([], "Thailand (2010): 'We also believe in greater regional cooperation' = an attitude, no partner, not coded"),
 28: ([("We also welcome", "051", "IRN/GOV", "org:UN", False, A, N, False)],
      "Iran (2004); the splitter cut the sentence after 'the position of the United' (the following text: 'Nations "
      "Secretary-General on the important role that the neighbouring countries to Iraq can play'); the welcome is "
      "inside the sentence and its object is plain from the document -> 051 to the Secretary-General -> org:UN "
      "(held-out 44/45: supporting the Secretary-General is 051 to org:UN; borderline not coded as a fragment whose "
      "object lies mostly outside it)"),
 29: ([], "Guinea-Bissau (2008): 'The present international situation demands serious reflection' = an inanimate "
          "subject's need, no act"),
 30: ([], "Guinea-Bissau (2006): stressing 'the importance of the High-level Meeting on International Migration and "
          "Development, which ... met here at the Headquarters of the United Nations' = an evaluation; the meeting "
          "has no coded participants (borderline 043 from org:UN), not coded"),
 31: ([("Slovakia actively participates", "040", "SVK/GOV", N, False, A, N, False)],
      "Slovakia (1998); participating in the Preparatory Committee for the 2000 NPT Review Conference = taking part "
      "in a multilateral forum -> 040 (held-out 50/51: participating in forums together with a named state is 040 "
      "to it), no state named ('the Parties to the NPT' uncoded) -> target null (borderline org:UN); 'fully supports "
      "the universality of the NPT and the CTBT' = an abstract policy position without an actor (guideline), not "
      "coded"),
 32: ([], "Malaysia (2014): 'the threat to world peace and security is not Islam but extremism' = a risk (guideline: "
          "figurative 'threat'), no act"),
 33: ([("lent each other mutual support", "070", "CHN/CVL", N, False, A, N, False)],
      "China (2019); 'The Chinese people and the peoples of other countries have always ... lent each other mutual "
      "support' = habitual mutual support between peoples -> asserted; symmetric, coded once from the first-named "
      "(guideline), the Chinese people -> CHN/CVL (held-out 24/25: a partnership between two peoples between their "
      "CVLs), 'the peoples of other countries' uncoded -> target null; 'lent support' read as material -> 070 "
      "(borderline verbal 051 or 050); 'treated each other with sincerity' is an attitude, not coded"),
 34: ([("condones", "111", "DJI/GOV", N, False, A, N, False)],
      "Djibouti (1997); 'No one, of course, condones the bombings' = a disavowal that includes the speaker, read as "
      "the speaker's disapproval -> 111 (held-out 42/43: 'cannot be condoned' is the speaker's 111; borderline not "
      "coded, since 'no one' is a universal collective); the suicide bombings' authors are unnamed in the sentence "
      "and the preceding text -> target null (borderline PSE/REB); the bombing noun has no agent, not coded"),
 35: ([], "Egypt (2007): 'We agreed to work earnestly' = 'we, the representatives of the international community' "
          "(preceding text), 'we' meaning all states (held-out 42/43: not coded)"),
 36: ([("imposed concepts", "100", "USA/GOV", N, False, A, N, False),
       ("guarantees", "030", "USA/GOV", "ISR/GOV", False, A, N, True)],
      "Lebanon (1996); 'the United States imposed concepts ... to consolidate the peace process' on the Arab parties = "
      "pressing terms on the negotiators -> demand 100 (held-out 50/51: 'Israel's insistence on a peace' a nominal "
      "100; borderline not coded), the parties the concepts were imposed on unnamed -> target null; 'guarantees "
      "given to Israel' = US assurances to Israel (preceding sentence: 'sought to reassure Israel') -> nominal 030 "
      "USA/GOV -> ISR/GOV (borderline 0334 protection); 'to increase' is the purpose; 'were provisionally accepted' is "
      "an agentless passive, not coded"),
 37: ([], "United States (Bush, 1991): 'Some nations still deny their basic rights to the people' = repression by an "
          "uncoded collective of its own peoples, null-null, not coded; 'too many voices cry out for freedom' is "
          "figurative"),
 38: ([], "Micronesia (2003): 'They [our people] are asking whether repetitious discussion ... offers the most "
          "productive avenue' = public questioning, no act between actors; the discussion noun has no agent"),
 39: ([], "Republic of Moldova (2001): the United Nations' peacekeeping capacity 'needs significant improvement' = an "
          "evaluation, no act"),
 40: ([], "Dominica (2004): the focus on terrorism and compliance costs 'are challenging our commitment' = an effect, "
          "no act between actors; 'terrorist attacks' generic"),
 41: ([], "Netherlands (2000): 'It [the Charter] covers all aspects of life' = a description, no act"),
 42: ([("We welcome", "051", "RUS/GOV", "org:UN", False, A, N, False)],
      "Russian Federation (2000); welcoming the completion of the international convention against organized crime, "
      "elaborated under United Nations auspices (preceding text) -> 051 to org:UN (held-out 26/27: welcoming a UN "
      "resolution 051 to org:UNGA; borderline org:UNGA, or no target as a welcome of a development); the "
      "completion noun is the UN's, coded through the welcome only"),
 43: ([("supports", "1054", "BEN/GOV", N, False, A, N, False),
       ("appeal", "1054", "ZAF/OPP", N, False, A, N, True)],
      "Benin (1993); the appeal by Nelson Mandela as Chairman of the ANC before the Special Committee against "
      "Apartheid on 24 September 1993 = his call on the international community to lift all economic sanctions "
      "against South Africa (following sentence) -> a nominal request of its author, 1054 (demand easing of "
      "economic sanctions), the ANC of 1993 -> ZAF/OPP (held-out 26/27: the ANC of 1990 OPP), addressee 'the "
      "international community' -> target null; 'The Government of Benin supports the ... appeal' = joining / "
      "echoing the call -> the speaker's own 1054 with no target (held-out 14/15, 22/23: an echoed appeal is the "
      "speaker's request and a nominal request of its author; borderline 051 BEN/GOV -> ZAF/OPP)"),
 44: ([("are ready to provide all of the facilitation", "0355", "YEM/GOV", N, False, A, N, False)],
      "Yemen (2017); 'we in the Yemeni Government are ready to provide all of the facilitation needed so that "
      "humanitarian assistance can have access everywhere in Yemen ... as well as in the areas under Houthi control' "
      "= a stated readiness to allow humanitarian access -> intent 0355 (allow international involvement), asserted "
      "(held-out 26/27: 'are prepared to engage' 036 asserted; 44/45: 'is ready to accept' 037 asserted), the aid "
      "providers unnamed -> target null (borderline org:UN, addressed in the preceding sentence); 'under Houthi "
      "control' is a state, not an act"),
 45: ([], "Georgia (2006): 'I would like to ask all of you ... if any Members ... would welcome — or tolerate — such "
          "interference by another Power on their own soil' = a rhetorical question about hypothetical reactions of "
          "uncoded Members to a hypothetical interference on their own soil; the interference meant is Russia's in "
          "Georgia (preceding text), but as phrased it is imagined on others' soil (borderline a nominal 170 RUS/GOV "
          "-> GEO); the question itself is not a request; not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Sudan (2005): 'The international community has recognized that development, peace and security are closely "
          "interconnected' = a shared view of an uncoded collective, no act"),
 47: ([("launched open, immoral aggression", "170", "USA/GOV", "VEN/GOV", False, A, N, False)],
      "Venezuela (2006); 'The United States Government launched open, immoral aggression throughout the world to try "
      "to prevent Venezuela being freely elected to a seat on the Security Council' = a diplomatic pressure campaign "
      "against Venezuela's candidacy, not military -> coerce 170 (held-out 22/23: a 'pressure campaign against "
      "Taiwan' a nominal 170; borderline not coded as figurative 'aggression'), the target the candidate state -> "
      "VEN/GOV; 'to try to prevent' is the purpose, not coded separately"),
 48: ([], "China (2005): 'As long as Member States respect one another's interests ... we will be able to find a reform "
          "path' = a conditional over all Member States (uncoded) about UN reform (held-out 54-61: reform positions "
          "left uncoded)"),
 49: ([], "Chad (2007): 'This prompts us to underscore the importance of another event' = discourse, no act"),
 50: ([], "China (1997): 'China resumed its exercise of sovereignty over Hong Kong' = the 1997 handover, an agreed "
          "transfer stated as a change of status, with no counterpart acting in the sentence (borderline 0 8x yield "
          "from GBR/GOV, not stated, or a 057 under the 1984 Joint Declaration); 'wiped out our national "
          "humiliation' is an effect; not coded"),
 51: ([], "Nicaragua (2006): 'We are developing a State policy for our emigrants' with legal advice and protection = a "
          "domestic policy of the government toward its own nationals (held-out 63: domestic reforms no act between "
          "actors; borderline 070 NIC/GOV -> NIC/CVL), not coded"),
 52: ([], "Honduras (1990): 'One of the most tragic consequences of the Second World War has thus been finally removed' "
          "= German reunification as an agentless outcome, no act"),
 53: ([], "San Marino (2003): 'We are confident its [the International Criminal Court's] work will be fruitful and that "
          "it will always act independently' = confidence about the Court's conduct, no act between actors"),
 54: ([("We thank", "051", "ZMB/GOV", "USA/GOV", False, A, N, False),
       ("practical step", "061", "USA/GOV", N, False, A, N, True)],
      "Zambia (2001); thanking the Government of the United States -> 051 (guideline: thank 051); 'the practical step it "
      "has taken through the African Growth and Opportunity Act' = US trade preferences for Africa, the step's agent "
      "named in the sentence ('it') -> nominal 061 cooperate economically (held-out 24/25: thanks 'for the ongoing "
      "support' gives the support its agent), the beneficiaries 'Africa' (preceding text) an uncoded collective -> "
      "target null (borderline 070 aid)"),
 55: ([], "Brazil (2017): 'here our nations shall become more united' = 'our nations' meaning all states (held-out "
          "42/43: not coded), an aspiration"),
 56: ([], "El Salvador (2016): 'It [migration] is as old as the history of humankind' = a description, no act"),
 57: ([("will always remember their generosity", "051", "NRU/CVL", "AUS/GOV", False, A, N, False),
       ("will always remember their generosity", "051", "NRU/CVL", "NZL/GOV", False, A, N, False),
       ("will always remember their generosity", "051", "NRU/CVL", "TWN/GOV", False, A, N, False),
       ("will always remember their generosity", "051", "NRU/CVL", "JPN/GOV", False, A, N, False)],
      "Nauru (2009); 'The people of Nauru will always remember their generosity during our time of need' = an "
      "expression of gratitude -> 051 (guideline: thank 051), its subject the people -> NRU/CVL (held-out 42/43: 'The "
      "people of Luxembourg joined in condemning' LUX/CVL); 'their' = the donors of the preceding sentence, one event "
      "per named party (guideline: one event per actor): Australia, New Zealand, Taiwan -> TWN/GOV (held-out 22/23), "
      "Japan; 'Forum island countries, our own regional organizations and others' are uncoded and left out; a "
      "present expression of lasting gratitude -> asserted (borderline future); the generosity (their funding, "
      "preceding sentence) is a quality, not coded as aid (borderline nominal 071 from each donor)"),
 58: ([], "Venezuela (2003): the sentence starts at 'Organization at the very difficult time' (the splitter cut after "
          "'his balanced and firm guidance of the', which lies in the preceding text), so the congratulation verb is "
          "outside it; 'his wise and heartfelt message to this democratic Assembly' is a public statement (01x, not "
          "coded)"),
 59: ([], "Latvia (2006): 'Mr. Annan has exhibited outstanding leadership in setting the agenda' = an evaluation of the "
          "Secretary-General's tenure, no act toward a counterpart"),
}
