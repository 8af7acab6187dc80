"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-THIRD held-out event gold set (source of events-heldout223.jsonl).

Keyed by the row index of selection-heldout223.jsonl (output of select_statement_sentence_heldout.py 223; rows 0-30
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 31-50
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each document's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout223.jsonl \\
        --annotations annotations_heldout223 --output events-heldout223.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("does not come to the table of negotiation", "046", "PRK/GOV", "USA/GOV", True, H, N, False)],
     "Briefing with Special Representative Sung Kim (2022-04-06), question turn of Janne Pak (USA Journal Korea); "
     "'If North Korea does not come to the table of negotiation' = the DPRK's (non-)engagement in negotiations "
     "(guideline: negotiations -> 046; Antigua and Barbuda's 'come to the table' read as negotiations in an "
     "earlier set) with the United States, the counterpart of 'having dialogue with the United States' in the "
     "same turn -> PRK/GOV -> USA/GOV; plain negation of the event verb inside an if-clause of a question -> "
     "negated and hypothetical (guideline: conditional negations carry the modality; events inside an if-clause "
     "of a question are hypothetical); the journalist's own question -> reported_by null (earlier sets: a "
     "journalist's question is the journalist's own voice); 'how will the United States diplomatic solution "
     "proceed?' asks about a process, not a codable act (borderline a question-modality 036 USA/GOV -> "
     "PRK/GOV); 'North Korea has declared long-term confrontation' lies in the text before the sentence"),
 1: ([("the support of an ally", "070", "USA/GOV", "COL/GOV", False, A, N, True)],
     "Blinken with President Duque (2022-06-15), Duque's turn; 'none of the things that we have achieved – would "
     "have not been achieved without the support of an ally such as the United States of America' = a "
     "counterfactual that presupposes the realised support (set 201: 'could not have accomplished all of that "
     "without the Organization' presupposes asserted UN acts; earlier sets: 'Short of the selfless assistance ...' "
     "presupposes the aid) -> an asserted nominal event with its agent named in the sentence; the double negative "
     "bears on the achievements, not on the support, so the support is not negated; the support is Plan "
     "Colombia's security and development aid praised in the text before -> 070 (borderline 051 as verbal "
     "support), from the United States to Duque's administration ('we' = my administration) -> COL/GOV; the "
     "speaker is the Colombian President in a State Department transcript, but the event's source is the US "
     "government named in the sentence, reported_by null"),
 2: ([("providing more than $360 million of urgent support", "070", "USA/GOV", "PSE/CVL", False, A, N, False),
      ("we will work with partners", "030", "USA/GOV", N, False, F, N, False),
      ("Hamas does not benefit", "070", "USA/GOV", "PSE/REB", True, F, N, False)],
     "Blinken with President Abbas (2021-05-25), Blinken's turn; 'we are in the process of providing more than $360 "
     "million of urgent support for the Palestinian people' = ongoing aid -> asserted; the sum covers development, "
     "economic, disaster and UNRWA humanitarian assistance (text before) -> one aid noun covering several kinds is "
     "one 070 (earlier sets; borderline 071 for a sum, or 073), to 'the Palestinian people' -> PSE/CVL; 'we will "
     "work with partners' = a future cooperative act -> intent code 030 future (README; earlier sets: 'hope that "
     "we can work together' 030 future), the partners unnamed -> target null; 'to ensure that Hamas does not "
     "benefit from these reconstruction efforts' = the commitment that no US-led reconstruction aid reach Hamas "
     "-> negated future 070 -> PSE/REB (Hamas -> PSE/REB, earlier sets), following set 193's 'We will not let "
     "Pakistan's territory be used by terrorists' (negated future 070) and set 200's 'priority to prevent those "
     "who finance ... terrorist acts from using Grenada' (borderline uncoded as a purpose clause, as set 179's "
     "'does not provide support' to terrorist financers; or source null)"),
 3: ([("give a commitment", "030", "USA/GOV", "RUS/GOV", False, H, N, False),
      ("the security demands", "100", "RUS/GOV", "USA/GOV", False, A, N, True)],
     "Department Press Briefing (2022-06-01), question turn of Said Arikat (Al-Quds); 'Would you, let's say, give a "
     "commitment that Ukraine could never become a member of NATO, that you will look at the Russian points of "
     "concern ...' = a would-question about a promise by 'you' (Price, the US government, 'you and those in "
     "coalition' in the text before) to Russia ('what are you willing to give the Russians in exchange') -> "
     "express intent to cooperate 030 (borderline 035 as an intent to yield, or 0342 as a policy change on NATO's "
     "open door), one commitment with several contents coded once (earlier sets); modality hypothetical, "
     "reading the would-question as the guideline's 'would clause of a question' (borderline question, since "
     "the event itself is what is asked); NATO membership and 'look at' the concerns are the commitment's "
     "contents, not coded separately; 'the security demands ... that were made back in December' = Russia's "
     "December 2021 draft treaties, a realised request noun whose agent 'the Russian' the sentence names -> "
     "nominal 100 asserted (earlier sets: 'Israel's insistence on a peace' and the Bolivian sectors' 'demands' "
     "nominal 100s), addressed to the US ('you') -> USA/GOV (borderline a second one to org:NATO, the other "
     "addressee of the December drafts; or 1042); the journalist's own question -> reported_by null"),
 4: ([("torn to shreds the Minsk Agreements", "127", "RUS/GOV", "UKR/GOV", False, A, N, False)],
     "Blinken with FM Kuleba (2022-02-23), Blinken's turn; 'U.S. Ambassador Linda Thomas-Greenfield underscored "
     "that' = the document's own government (README choice: the President quoted in a State Dept release is the "
     "document's own government) -> reported_by null, the speech verb not coded; 'President Putin has now torn "
     "to shreds the Minsk Agreements' = Putin's recognition of the separatist 'republics', which 'essentially "
     "declared those agreements null and void' (text after) -> a renunciation of an agreement to settle a "
     "dispute, 127 (set 128: 'renunciation of the Oslo declaration' a nominal 127; borderline 128 as a violation "
     "of an agreement, or 160 as set 207's 'reneged on all the commitments'), Putin -> RUS/GOV, the agreements' "
     "other state party -> UKR/GOV (borderline org:OSCE too); 'which sought to end the conflict in the Donbas' is "
     "an inanimate subject, and 'the conflict in the Donbas region' a conflict named only by place, not coded"),
 # --- State Dept random: capital
 5: ([("Beijing is undermining them", "128", "CHN/GOV", N, False, A, N, False)],
     "Blinken's China policy speech (2022-05-26); 'Beijing is undermining them' = capital metonym -> CHN/GOV "
     "(README), undermining 'the laws, the agreements, the principles, the institutions' of the international "
     "order -> defy norms, law 128, following set 144's 'The West ... working to undermine Security Council "
     "resolutions' a 128 (borderline 160, PETRARCH's UNDERMINE), with no named counterpart -> target null; 'rather "
     "than using its power to reinforce' is a contrast, not a negated event (earlier sets: 'instead of "
     "implementing' contrasts not coded); 'enabled its success' has an inanimate subject"),
 # --- State Dept random: reported
 6: ([("prepared to provide more than $1 billion", "0333", "USA/GOV", "UKR/CVL", False, A, N, False),
      ("the Kremlin’s war in Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Department Press Briefing (2022-05-05), Price; 'President Biden announced that we would be prepared to provide "
     "more than $1 billion in new funding towards humanitarian assistance' = an announced contribution -> 0333 "
     "asserted (earlier sets: an announced contribution 0333; 'Clegg's announced $160 million an asserted 0333'), "
     "the President being the document's own government -> reported_by null; the beneficiaries 'those affected by "
     "the Kremlin's war in Ukraine and its severe impacts around the world' -> UKR/CVL (borderline target null, as "
     "the impacts reach 'around the world'); 'the Kremlin's war in Ukraine' -> capital metonym RUS/GOV (set 154; "
     "earlier sets coded 'the Kremlin's war against Ukraine' a nominal 190 RUS/GOV -> UKR), war -> 190"),
 7: ([], "World Press Freedom Day (2022-05-03), Blinken; 'the exercise of freedom of expression ... faces profound "
         "threats' = a risk with no agent (README: figurative 'threat' = risk, not coded); 'we meet a time' is no "
         "act"),
 8: ([], "Blinken with CNN en Español (2022-06-08); 'One of my colleagues in the hemisphere I remember at a meeting "
         "said that there should be a right to remain' = an unnamed foreign counterpart's statement (speech verb not "
         "coded) of an abstract position with no actor (README: abstract policy positions not coded); 'at a meeting' "
         "is a meeting noun with no agent (README), not coded"),
 # --- State Dept random: future
 9: ([("his meeting with the Finnish president", "040", "USA/GOV", "FIN/GOV", False, A, N, True),
      ("we will work together to deter", "0312", "USA/GOV", "FIN/GOV", False, F, N, False)],
     "Blinken with FM Haavisto (2022-05-27), Blinken's turn; 'As President Biden made clear last week in his meeting "
     "with the Finnish president' = the speaker's own government's statement (reported_by null), and the meeting a "
     "realised meeting noun with its agent 'his' -> nominal 040 Biden (USA/GOV) -> Niinistö (FIN/GOV); 'the United "
     "States and our Finnish partners will remain vigilant against threats' is a posture toward unnamed risks, not "
     "coded; 'we will work together to deter and confront any aggression' = future joint defence cooperation -> "
     "intent code 0312 future (README: future cooperative acts get 03x), symmetric, coded once from the document's "
     "government (README); 'any aggression' has no agent, not coded; 'during the accession process' is a time "
     "marker (earlier sets: time markers not coded; borderline a nominal 1012 FIN/GOV -> org:NATO)"),
 10: ([("Convened by the United States", "036", "USA/GOV", N, False, F, N, False)],
      "Readout of Blinken's and Austin's travel to Ukraine (2022-04-25); 'Convened by the United States, the "
      "Consultative Meeting will examine ...' = this week's Defense Consultative Meeting in Germany (text before), "
      "still to be held -> a future convening, coded as intent 036 future (README: future meetings and hosting get "
      "036; earlier sets: 'Tanzania's hosting a future 036', 'The FAO that will host ... a future 036 with no "
      "target'; borderline an asserted 043), not nominal as a participle (set 187); the attendees are not named "
      "-> target null (borderline UKR/GOV, whose defence needs the meeting reviews); the meeting's examining and "
      "reviewing are acts of an inanimate subject, not coded separately"),
 # --- State Dept random: demand
 11: ([("We urge our allies", "1056", "USA/GOV", "GRC/GOV", False, A, N, False),
       ("We urge our allies", "1056", "USA/GOV", "TUR/GOV", False, A, N, False)],
      "Department Press Briefing (2022-06-16), Price; 'We urge our allies to avoid rhetoric that could further raise "
      "tensions' = a request (README: urge -> 10x), asserted; 'our allies' = 'our NATO Allies – Greece and Turkey in "
      "this case' of the sentence before (README: missing participant from the context) -> one request per "
      "addressee; Y = refraining from escalatory rhetoric over the islands' militarisation -> de-escalation 1056 "
      "(set 117: a call 'for an immediate reduction in tension' a 1056; the text after: 'urge both of them to "
      "de-escalate tensions'; borderline generic 100), Y not coded separately; 'rhetoric that could further raise "
      "tensions' is hypothetical inside the request"),
 12: ([], "Blinken with FM Le Drian (2021-06-25), Blinken's turn; 'Together, we must and we will demonstrate that "
          "democracies can deliver for their citizens' = a resolve whose content (democracies delivering) is no "
          "behaviour between actors (guideline: a demanded Y that is not codable is not coded; borderline a future "
          "030 USA/GOV -> FRA/GOV for 'together')"),
 13: ([], "Department Press Briefing (2022-02-09), question turn of Christina (CBS News); 'should Kyiv become unsafe' = "
          "Kyiv as a place, not a metonym (README); relocating, closing and evacuating the U.S. embassy are "
          "contingency questions, and suspending embassy operations for security is not a reduction of relations "
          "with the host (held-out precedent: suspending embassy operations and relocating staff not coded; "
          "borderline a hypothetical 161 or 166 USA/GOV -> UKR/GOV)"),
 # --- State Dept random: cue
 14: ([("reaffirmed the U.S. commitment", "032", "USA/GOV", N, False, A, N, False)],
      "Joint State-DHS roundtable on transnational repression (2022-03-09); Under Secretary Zeya (State) and Under "
      "Secretary Silvers (DHS) are both USA/GOV -> one event (earlier sets: two US officials, one event per actor "
      "pair); 'reaffirmed the U.S. commitment to stand with and support the human rights defenders, journalists, "
      "activists, and others targeted by transnational repression' = a commitment stated as a fact -> asserted 03x "
      "(earlier sets: 'remain committed to supporting' asserted 03x), diplomatic support -> 032 (borderline 051, "
      "'stand with' being 051 elsewhere, or 033); the beneficiaries have no nationality in the sentence -> target "
      "null; 'to continue to promote accountability for perpetrators' names no perpetrator (borderline 0313), and "
      "'transnational repression' has no agent in the sentence (README), not coded"),
 15: ([], "Blinken with FM Lapid (2022-03-27), Blinken's turn; 'I had a very good briefing from the senior official in "
          "charge of sanctions and export control implementation' = the Israeli official ('the senior official here "
          "in Israel', earlier in the briefing) briefing the Secretary, left uncoded following set 143 ('The "
          "Government of Mali has briefed the Security Council' uncoded, as PETRARCH leaves BRIEF uncoded; "
          "borderline a 040 ISR/GOV -> USA/GOV, or 064); 'very good' is an evaluation, no praise act; 'as I mentioned' "
          "is the speaker's own past statement"),
 16: ([("committed to supporting the Government of Mozambique", "033", "USA/GOV", "MOZ/GOV", False, A, N, False)],
      "Department Press Briefing (2021-06-24), Porter; 'The United States is also committed to supporting the "
      "Government of Mozambique to counter terrorism ... with a holistic strategy that also includes socio-economic "
      "development, community resilience programs, and security assistance, as well as humanitarian aid' = a "
      "commitment stated as a fact -> asserted 03x (earlier sets: 'remain committed to supporting'), of material "
      "aid of several kinds -> one 033 (earlier sets: one commitment with several purposes coded once; borderline "
      "0332 for the security assistance, or one intent per kind of aid); the terrorists (ISIS in Mozambique) are "
      "named only in the sentence before, and countering them is the purpose, not coded"),
 17: ([("Our meeting", "040", "USA/GOV", "AUS/GOV", False, A, N, True),
       ("Our meeting", "040", "USA/GOV", "IND/GOV", False, A, N, True),
       ("Our meeting", "040", "USA/GOV", "JPN/GOV", False, A, N, True)],
      "Joint Statement on Quad Cooperation (2022-02-11); 'Our meeting advanced the Quad's positive and ambitious "
      "agenda' = the fourth Quad Foreign Ministers' Meeting in Melbourne of the sentence before, a realised meeting "
      "noun with its agent 'Our' -> nominal 040; the joint statement is coded from USA/GOV (README: joint "
      "statements -> USA/GOV) to each other participant the document names (earlier sets: a meeting noun one 040 "
      "per participant; a joint statement naming its governments one event per government), Australia, India and "
      "Japan (borderline one 040 to org:QUAD); 'advanced the agenda' is no further act"),
 18: ([], "Blinken with The Times of India (2021-07-29); 'since the first virtual leaders meeting' = the Quad leaders' "
          "meeting as a time marker (earlier sets: time markers such as German reunification not coded; borderline a "
          "nominal 040 between the four governments); 'COVID-19 remains a huge challenge' and 'the second wave hit "
          "India' are no acts between actors"),
 19: ([("to meet with our Australian partners", "036", "USA/GOV", "AUS/GOV", False, F, N, False),
       ("meetings as well with Japanese and Indian counterparts", "036", "USA/GOV", "JPN/GOV", False, F, N, True),
       ("meetings as well with Japanese and Indian counterparts", "036", "USA/GOV", "IND/GOV", False, F, N, True)],
      "Blinken's remarks en route to Melbourne (2022-02-09); 'it's an opportunity to meet with our Australian "
      "partners, meetings as well with Japanese and Indian counterparts' = the meetings planned on the trip -> "
      "intent code 036 future (README; earlier sets: an announced trip 036 future), one per counterpart, the "
      "second and third as meeting nouns -> nominal; 'all critical partners' is an evaluation"),
 20: ([("join with Estonia, Latvia, and Lithuania", "050", "USA/GOV", "EST/GOV", False, A, N, False),
       ("join with Estonia, Latvia, and Lithuania", "050", "USA/GOV", "LVA/GOV", False, A, N, False),
       ("join with Estonia, Latvia, and Lithuania", "050", "USA/GOV", "LTU/GOV", False, A, N, False),
       ("stand with the Baltic nations", "051", "USA/GOV", "EST/GOV", False, A, N, False),
       ("stand with the Baltic nations", "051", "USA/GOV", "LVA/GOV", False, A, N, False),
       ("stand with the Baltic nations", "051", "USA/GOV", "LTU/GOV", False, A, N, False),
       ("in support for Ukraine", "051", "USA/GOV", "UKR", False, A, N, True),
       ("in support for Ukraine", "051", "EST/GOV", "UKR", False, A, N, True),
       ("in support for Ukraine", "051", "LVA/GOV", "UKR", False, A, N, True),
       ("in support for Ukraine", "051", "LTU/GOV", "UKR", False, A, N, True),
       ("Russia’s brutal invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Department Press Briefing (2022-07-28), Price on the centennial of US-Baltic relations; 'The United States is "
      "proud to join with Estonia, Latvia, and Lithuania as we work together' = ongoing cooperation -> 050 per "
      "partner (README: compound target split); 'to support the democratic aspirations of their European neighbors "
      "and others around the world' = support named only as the purpose of the joint work, its beneficiaries "
      "unnamed, not coded (set 182: support named only as a purpose uncoded; borderline a 051 with no target from "
      "each of the four); 'stand with the Baltic nations' -> 051 per nation (earlier sets: 'stand with' is 051 "
      "throughout); 'in support for Ukraine' = the support the US and the Baltic states give together -> one "
      "nominal 051 per supporter (README: compound source split), Ukraine as a whole -> bare UKR (earlier sets: "
      "'support Ukraine' 051 -> UKR; borderline 070); 'Russia's brutal invasion' -> nominal 192 RUS/MIL -> UKR "
      "(README: invade -> 192; earlier sets: 'Russia's brutal and unprovoked invasion' 192 RUS/MIL -> UKR)"),
 21: ([("U.S.-Japan-ROK cooperation", "050", "USA/GOV", "JPN/GOV", False, A, N, True),
       ("U.S.-Japan-ROK cooperation", "050", "USA/GOV", "KOR/GOV", False, A, N, True)],
      "Readout of Blinken's meeting with FM Hayashi (2022-05-23); 'underscored the importance of' is a statement, not "
      "coded; 'U.S.-Japan-ROK cooperation, which reinforces ...' = a cooperation noun naming its parties -> nominal "
      "050 (earlier sets: 'U.S.-EU coordination' a nominal 050; cooperation nouns in 'the importance of continuing "
      "cooperation with X' a nominal 050), ongoing -> asserted, from the first-named party to each other party "
      "(README: symmetric acts from the first-named)"),
 22: ([("visited Rohingya refugee camps", "042", "USA/GOV", "MMR/CVL", False, A, N, False),
       ("brutal violence and persecution", "175", "MMR/MIL", "MMR/CVL", False, A, N, True)],
      "Readout of Ambassador at Large Hussain's trip to Bangladesh (2022-04-22); 'Ambassador Hussain visited Rohingya "
      "refugee camps to learn first-hand about the challenges Rohingya have faced' = a visit (README: visit -> 042) "
      "to the refugees in their camps, Rohingya -> MMR/CVL (earlier sets: Rohingya MMR/CVL, host communities "
      "BGD/CVL; borderline bare BGD, the country visited, or BGD/GOV); 'fleeing brutal violence and persecution in "
      "Burma' = the realised repression of the Rohingya, whose agent the text after names ('members of Burma's "
      "military have committed crimes against humanity and genocide against Rohingya') -> nominal 175 MMR/MIL -> "
      "MMR/CVL (earlier sets: an event noun whose agent is plain only from the text around it is coded; borderline "
      "uncoded as an event noun with no agent in the sentence, or 202); 'how the United States can support them' is "
      "part of the visit's purpose, not coded (borderline a hypothetical 070 USA/GOV -> MMR/CVL)"),
 23: ([], "G7 Media Ministers' communiqué (2022-06-22); 'Space for open, democratic debate ... has to be maintained' = "
          "an agentless deontic stating a norm with no actor and no codable behaviour (README: abstract positions "
          "not coded)"),
 # --- State Dept random: nocue
 24: ([], "Blinken press availability (2022-03-30); 'that'll happen at different paces for different countries' = a "
          "prediction that unnamed countries will join the investment initiative, a hope about other actors' acts "
          "(earlier sets: optative predictions not coded)"),
 25: ([], "Department Press Briefing (2021-07-12); the sentence spans Price's cut-off turn ('I can assure you that we are "
          "going about this —') and the next question ('You're doing the same thing as the previous administration "
          "did, right?') = a pro-verb for the Cuba policy with no act named (set 213: a summary pro-verb left "
          "uncoded; borderline a 163 USA/GOV -> CUB/GOV for the embargo kept in place)"),
 26: ([], "Statement on Afghan SIV applicants (2022-07-18); a fragment of the byline ('Blinken and Secretary of Homeland "
          "Security Alejandro N.'), no event"),
 27: ([("aggression by Russia against Ukraine", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Blinken with Stephen Colbert (2022-05-19), Blinken's turn; 'day 82 of what was an unprovoked, unjustified "
      "aggression by Russia against Ukraine' = nominal aggression with its agent in the sentence -> 190 (README: "
      "'aggression' -> 190), Russia's war acts -> RUS/MIL -> UKR (earlier sets: 'military aggression by Russia "
      "against Ukraine' and 'Russia's aggression' 190 RUS/MIL -> UKR)"),
 28: ([("remains in non-compliance with the CWC", "128", "SYR/GOV", N, False, A, N, False),
       ("its repeated use of chemical weapons", "2041", "SYR/GOV", "SYR/CVL", False, A, N, True)],
      "Press statement on the CWC's 25th anniversary (2022-04-29); 'Syria remains in non-compliance with the CWC' = "
      "a standing violation of a treaty -> defy norms, law 128 (earlier sets: 'continues to refuse to ratify the "
      "NPT' a 128 with no target), the convention not being an actor -> target null (borderline org:OPCW, the "
      "treaty's organisation, or uncoded as a compliance status); 'we will continue to work to hold the Assad regime "
      "accountable' left uncoded, as earlier sets left 'hold accountable' (an unspecified measure); 'its repeated "
      "use of chemical weapons against its own people' = a realised act named inside that frame, with its agent -> "
      "nominal 2041 (set 140: the Syrian regime's chemical rockets a 2041 SYR/GOV -> SYR/CVL), the Assad regime -> "
      "SYR/GOV, its own people -> SYR/CVL"),
 29: ([], "Department Press Briefing (2021-06-11), question turn; 'I wanted to turn ... to Myanmar' = a change of "
          "topic, no event"),
 30: ([], "Strategy to Prevent Conflict and Promote Stability (2022-04-01); 'Each collaboration presents a unique "
          "opportunity to leverage lessons learned ..., to enhance the way the U.S. Government engages ..., and to "
          "jointly build resilience' = an anaphoric cooperation noun whose parties (the US and the partner "
          "countries) are named only in the sentence before, left uncoded (README: 'this aggression' as an event "
          "noun without an agent in the sentence is not coded; sets 178 and 182: anaphoric 'That attack' and 'that "
          "agreement' uncoded; borderline nine nominal 050s USA/GOV -> HTI, LBY, MOZ, PNG, BEN, CIV, GHA, TGO (GOV) "
          "and GIN/MIL, as sets 194 and 198 coded anaphoric agreements); the opportunities are purposes"),
 # --- UNGDC 2020-2024 random: neg
 31: ([("harassment", "170", N, "PAN/GOV", False, A, N, True),
       ("the conditions they impose on us", "170", N, "PAN/GOV", False, A, N, False)],
      "Panama (2024); 'this unnecessary and discriminatory harassment by nations that would never accept for "
      "themselves the conditions they impose on us' = Panama's inclusion on the tax and financial 'lists' of the "
      "text before, by listing countries the speech never names -> source null (README: collectives without a "
      "code); the harassment -> nominal coercion 170 (borderline 172 as administrative sanctions, or 163), to the "
      "listed state -> PAN/GOV; 'the conditions they impose on us' = the policies 'imposed under the false promise "
      "of delisting' (text before) -> 170, not nominal as a verb, following set 200's 'Liberalization of trade "
      "imposed by those institutions' (borderline a generic 100, as set 191's IMF 'conditionalities'); 'would "
      "never accept for themselves' is a hypothetical attitude of the uncoded nations, not coded; 'We will "
      "continue to fight—peacefully and persistently—to end' this harassment is the speaker's resolve, not coded "
      "(set 130: resolve not coded; borderline a future 120 or 1042 PAN/GOV with no target)"),
 32: ([("We will not stop demanding", "1043", "LTU/GOV", "RUS/GOV", False, F, N, False),
       ("grave violations of human rights", "175", "RUS/GOV", "UKR/CVL", False, A, N, True),
       ("the occupied territories of Ukraine", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Lithuania (2024); 'We will not stop demanding that Russia ends grave violations of human rights' = litotes, "
      "a future request, not negated (set 173: 'we shall never stop calling for an end to such practices' a future "
      "1056, not negated) -> 10x future LTU/GOV -> RUS/GOV, Y = ending human rights violations -> demand rights "
      "1043 (set 190: resolution 688 requiring Baghdad 'to end the repression' a 1043), Y not coded separately; "
      "the realised violations named inside the request are coded (earlier sets: 'end its repression of Mr. "
      "Navalny' coded 175) -> nominal 175 RUS/GOV -> UKR/CVL (set 206: agentless 'human rights violations' a "
      "nominal 175; borderline 1721 for the 'fundamental freedoms', or RUS/MIL as occupier); 'the occupied "
      "territories of Ukraine', with Russia named in the same sentence -> nominal 192 -> bare UKR (set 179), "
      "Russia's occupying forces -> RUS/MIL as for the invasion (borderline RUS/GOV)"),
 33: ([], "Iran (2022): 'The region has not previously had such an occupying Power as savage as the Zionist regime' = "
          "an evaluative comparison whose 'occupying Power' is an agent noun for Israel, left uncoded (set 125: 'the "
          "occupiers' as an agent noun uncoded; set 147: 'occupation forces' no separate 192; borderline a nominal "
          "192 ISR/GOV -> PSE); the negation bears on the region's past, no negated event; the occupation's acts "
          "follow in the next sentence"),
 # --- UNGDC 2020-2024 random: capital
 34: ([("Ankara raised tensions", "124", "TUR/GOV", "GRC/GOV", False, A, N, False),
       ("must not be repeated", "124", "TUR/GOV", "GRC/GOV", True, D, N, False)],
      "Greece (2021); 'when Ankara raised tensions unnecessarily and without provocation' = capital metonym -> "
      "TUR/GOV (README), the 2020 escalation against Greece -> PETRARCH's CAMEO dictionary codes HEIGHTEN TENSIONS "
      "as 124 (decline to yield), followed here as earlier sets followed it for RENEGE (160) and STRIP OF "
      "CITIZENSHIP (170) (borderline 150 for the naval deployments the speech does not name, or 130); 'threatening "
      "confrontation between two NATO allies' = the risk the escalation created (README: a threat as risk is not "
      "coded; borderline a 138 TUR/GOV -> GRC/GOV); 'without provocation' negates Greece's provocation, no event; "
      "'What happened last year ... must not be repeated' = a deontic that Turkey not escalate again -> the same "
      "act negated and demanded (set 217: 'This assistance must not be sacrificed' a negated, demanded 1621; earlier "
      "sets: a demand and the denial of the same act are two events), Turkey taken from the same sentence"),
 # --- UNGDC 2020-2024 random: reported
 35: ([("requests US mediation", "108", "LBN/GOV", "USA/GOV", False, A, N, False)],
      "Lebanon (2020); 'It specifically requests US mediation for the necessary negotiations to define and delineate "
      "its maritime borders' = a request (README), performative -> asserted, from Lebanon ('It' = Lebanon, text "
      "before) to the United States -> demand mediation 108; the negotiations (with Israel, not named in the "
      "sentence) are what the mediation is for, Y not coded separately (guideline)"),
 # --- UNGDC 2020-2024 random: future
 36: ([], "France (2024): 'some are tempted to disregard rules or impose their will by force' = unnamed agents "
          "('some') and a temptation, not a realised act, null to null (earlier sets: acts between uncoded "
          "collectives not coded; set 145: 'the few who seek to impose their hegemony' uncoded)"),
 # --- UNGDC 2020-2024 random: demand
 37: ([], "Philippines (2021): 'fairness, equality and respect should always be the basis of our engagement with one "
          "another' = 'our' meaning all governments (held-out 42/43: not coded), a norm with no codable behaviour"),
 38: ([], "Botswana (2023): 'The gravity of the challenges faced by the SDGs demands that we transcend the "
          "business-as-usual approach' = an inanimate subject and 'we' meaning all states (held-out 42/43), no "
          "codable behaviour"),
 # --- UNGDC 2020-2024 random: cue
 39: ([("participates in regional and international initiatives", "062", "BIH/GOV", N, False, A, N, False),
       ("international assistance", "074", N, "BIH", False, A, N, True),
       ("partake in peace missions", "074", "BIH/MIL", N, False, A, N, False),
       ("partake in peace missions", "074", "BIH/COP", N, False, A, N, False)],
      "Bosnia and Herzegovina (2020); 'participates in regional and international initiatives that contribute to "
      "international security' = ongoing security cooperation with unnamed partners -> 062 with no target (set "
      "114: 'Joined other States in the region to combat' trafficking 062 with no target; borderline 050); 'a "
      "country that had required international assistance in the sense of military missions' = the past "
      "international military missions in the country (IFOR/SFOR/EUFOR), realised, their contributors unnamed -> "
      "a historic nominal 074 with no source to bare BIH (earlier sets: a UN mission's presence a nominal 074; "
      "borderline a demanded 074 as a statement of need, or org:NATO and org:EU from outside knowledge); 'whose "
      "soldiers and police officers partake in peace missions throughout the world' -> 074 with no target (set "
      "145: 'Spanish troops have served in United Nations peacekeeping operations' a 074 from ESP/MIL with no "
      "target), one per actor (README: compound split), soldiers -> BIH/MIL, police officers -> BIH/COP"),
 40: ([("supported the recent 2022 United Nations Ocean Conference", "051", "MHL/GOV", "org:UN", False, A, N, False),
       ("congratulate Portugal and Kenya", "051", "MHL/GOV", "PRT/GOV", False, A, N, False),
       ("congratulate Portugal and Kenya", "051", "MHL/GOV", "KEN/GOV", False, A, N, False),
       ("co-chairing that meeting", "043", "PRT/GOV", "org:UN", False, A, N, False),
       ("co-chairing that meeting", "043", "KEN/GOV", "org:UN", False, A, N, False)],
      "Marshall Islands (2022); 'We also supported the recent 2022 United Nations Ocean Conference' = support for a "
      "UN conference -> 051 to org:UN (earlier sets: support for a proposed UN conference a 051 to org:UN); 'held "
      "in Lisbon' is a venue, not coded; 'congratulate Portugal and Kenya' -> 051 per government (README: "
      "congratulated -> 051); 'on co-chairing that meeting' = the co-hosts' convening of the UN conference -> 043 "
      "(README: host/convene -> 043) from each co-chair to org:UN (set 118: Tunisia hosting the WSIS phase a 043 to "
      "org:UN; set 211: Poland's coming chairing of COP19 a future 036 to org:UN, here realised -> 043; borderline "
      "target null as set 114's chairing of an AHLC meeting), a gerund, not nominal"),
 41: ([], "Armenia (2021): 'Through dialogue, overcoming incrementally the atmosphere of painful hostility in our "
          "region' = a verbless answer to the speaker's own question about the means of peace, no actor pair named "
          "(borderline a future 036 ARM/GOV -> AZE/GOV from the context)"),
 42: ([("I call for a speedy resumption of dialogue", "106", "KOR/GOV", "PRK/GOV", False, A, N, False),
       ("I call for a speedy resumption of dialogue", "106", "KOR/GOV", "USA/GOV", False, A, N, False)],
      "Republic of Korea (2021); 'I call for a speedy resumption of dialogue between the two Koreas and between the "
      "United States and North Korea' = a request (README: call for -> 10x), performative -> asserted, for talks "
      "-> 106 (demand meeting, negotiation), addressed to the parties of the dialogues (set 128: 'in favour of ... "
      "negotiations between Belgrade and Priština' a request to each party): the speaker's own government is "
      "itself a party to the inter-Korean dialogue, so the parties asked are the DPRK (once, though named in both "
      "pairs) and the United States (README: one event per actor pair); the dialogue is Y, not coded separately"),
 43: ([], "Holy See (2020): 'All this calls for a change of direction' = an inanimate subject, a change of economic "
          "paradigm with no actor (set 121: Angola's 'calls for a global coalition' with an inanimate subject "
          "uncoded)"),
 44: ([], "Guyana (2023): 'That is being undermined by threats and naked acts of aggression against sovereign States "
          "and by the perpetuation of old conflicts' = generic threats and aggression with no agent and no victim "
          "named (set 194: 'indiscriminate attacks' whose agent is never named uncoded; the Russian invasion is "
          "named only in the sentence after; borderline a nominal 130 and 190 null -> null)"),
 45: ([], "Japan (2023): 'Japan supports increased representation of Africa and the need to expand ... the membership "
          "of the Council' = a Security Council reform position (held-out 54-61: UN reform positions not coded)"),
 # --- UNGDC 2020-2024 random: nocue
 46: ([], "Italy (2021): advanced economies' domestic stimulus spending, no act between actors"),
 47: ([], "Malaysia (2020): a heading joined to 'governments are implementing lockdowns and rolling out initiatives' = "
          "domestic pandemic measures of governments in general (borderline a 1723 null -> null), not coded"),
 48: ([], "Brunei Darussalam (2023): 'presented its second voluntary national review report' = submitting a national "
          "report is not coded (earlier sets)"),
 49: ([], "Rwanda (2024): 'insecurity in our region has reached unprecedented levels' = a situation, no act; the "
          "militias and insurgencies follow in the sentence after"),
 50: ([], "Chile (2021): 'climate change has not been under quarantine' = figurative, no act and no negated event"),
}
