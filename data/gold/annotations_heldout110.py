"""Hand annotations for the HUNDRED-AND-TENTH held-out event gold set (source of events-heldout110.jsonl).

Keyed by the row index of selection-heldout110.jsonl (output of select_bulk_heldout.py 110; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout110.jsonl \
        --annotations annotations_heldout110 --output events-heldout110.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("has not been implemented", "071", N, "SDN/GOV", True, A, N, False)],
     "Sudan (2014); 'that agreement' = the international consensus, reached after South Sudan's referendum, 'to "
     "cancel the Sudan's debts', which 'A number of States were assigned to do' (preceding sentences) = an "
     "unfulfilled undertaking whose content the document names takes the content's code, negated (README: "
     "unfulfilled pledges whose content is named take the content's code, negated; held-out 98-101: debt written "
     "off is a 071) -> negated 071, the assigned States unnamed -> source null (README: 'the occupied territories "
     "have not been returned' a negated 0874 whose participants come from the previous sentence), to the Sudanese "
     "Government -> SDN/GOV; borderline not coded, the agreement noun being anaphoric and the debt relief lying "
     "only in the preceding sentence, or a negated 057"),
 1: ([("to impose certain concepts", "1044", "MDA/REB", "MDA/GOV", False, A, N, False)],
     "Republic of Moldova (1999); 'these leaders' = 'the Transnistrian leaders' (preceding sentence) -> MDA/REB "
     "(held-out 85 row 18, 95 row 15: the Tiraspol authorities MDA/REB); 'are trying to impose certain concepts' = "
     "pressing in the settlement talks the concept of a 'common State' to define relations between the central and "
     "local authorities (following sentence) = insisting on a change in the state's institutions -> a request "
     "(guideline: insist/demand -> 10x) 1044 (demand change in institutions, regime), to the constitutional "
     "authorities -> MDA/GOV; the attempt is realised in the discussions -> asserted; borderline generic 100, or not "
     "coded as a negotiating position; 'do not exist in law' negates no event"),
 2: ([], "Saint Kitts and Nevis (2007): 'If we do not agree, or if we remain inflexible ... we will all be at a "
         "disadvantage' = 'we' meaning all Member States on Security Council reform (held-out 42/43: not coded; "
         "README: UN reform positions uncoded); the negated agreement is a generic conditional, no named actor"),
 3: ([], "Liechtenstein (2000): 'Cooperation by small States must never be interpreted as capitulation' = a norm "
         "about how small States' cooperation is read, uncoded collectives, no act; 'never' bears on an "
         "interpretation, not an event"),
 4: ([("committed to ensuring", "032", "FIN/GOV", "org:ICC", False, A, N, False),
      ("appeal", "102", "FIN/GOV", N, False, A, N, False)],
     "Finland (2003); 'We remain committed to ensuring the Court's success' = a commitment stated as a fact "
     "(README: 'remain committed to supporting' asserted 03x) to support the International Criminal Court -> intent "
     "of diplomatic support 032 asserted to org:ICC (held-out 30 row 34: strong support for the ICC 051 to org:ICC; "
     "borderline 051, or not coded as an abstract position); 'appeal to States which have not yet ratified the Rome "
     "Statute to become parties to it' = a request (guideline: appeal -> 10x) to join a treaty -> 102 (held-out 32 "
     "row 2, 72 row 3), addressed to an uncoded class -> target null; the relative clause is a negated act of the "
     "same uncoded class with no target, null-null, not coded (held-out 72 row 3); Y not coded separately "
     "(guideline)"),
 5: ([], "Algeria (1991): 'The major transformations ... have not produced similar positive changes in economic "
         "relations' = an evaluation of trends, no actor; the negation bears on an effect, not an event"),
 6: ([], "Jordan (2019): 'What will tomorrow's world look like if we do not help end those crises and give refugees and "
         "hosts alike the support they need' = a rhetorical question whose 'we' means all states (held-out 42/43: not "
         "coded), the recipients uncoded classes; borderline a negated, hypothetical 070 null -> null"),
 7: ([], "Brunei Darussalam (1990): 'it [global peace] will not emerge ... unless we strive together to prevent new "
         "problems' = 'we' meaning all states (held-out 42/43), an abstract conditional; 'have been shown to "
         "threaten the very existence of many nations' is a figurative threat (guideline: threat as risk)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Czech Republic (2004): 'will continue to support inevitable reform measures, including enlargement of the "
         "Security Council' = a UN reform position (README: UN reform positions uncoded; held-out 7: support for UN "
         "reform not coded); borderline a future 051 CZE/GOV -> org:UN"),
 9: ([], "Comoros (2018): 'sustained efforts must continue to be made with a view to achieving a common consensual "
         "language' on terrorism = an agentless deontic of all states; the cooperation processes it 'will enable' are "
         "an expected effect with no named party; not coded"),
 10: ([("this cooperation", "061", "CHN/GOV", "GNB/GOV", False, A, N, True),
       ("armed struggle", "190", "GNB", N, False, A, N, True)],
      "Guinea-Bissau (2013); 'this cooperation, particularly in the construction of key public buildings' = the "
      "cooperation of the People's Republic of China with the country, for which the preceding sentence thanks China "
      "-> an event noun whose agent is plain from the text around it (README: such nouns are coded; held-out 48/49) "
      "-> nominal, CHN/GOV -> GNB/GOV; its specified content, the construction of public buildings, makes it "
      "material economic cooperation -> 061 (borderline 050 as a cooperation noun, README; or 071 economic aid, the "
      "buildings being Chinese-funded); the cooperation and the construction are one act, coded once; 'will enter "
      "history' bears on the fruits, the cooperation itself is realised -> asserted; 'a friendship that dates back "
      "to our armed struggle for national liberation' = the historic war of liberation against colonial rule (README: "
      "historic acts in speeches coded; held-out 7 row 68: the Libyan people's historic armed struggle against "
      "colonial occupation 190 from bare LBY, the occupier not named -> null) -> nominal 190 from bare GNB, Portugal "
      "never named in the document -> target null (borderline GNB/REB for the PAIGC of the time, or not coded as a "
      "time reference); the friendship is a relationship, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Jamaica (2016): 'the international community nobly responded to the problem of unsustainable debt in poor "
          "countries through the HIPC Debt Initiative' = debt relief from an uncoded collective to an uncoded class "
          "of countries, null-null, not coded (README: acts between uncoded collectives left uncoded; borderline a "
          "nominal 071 null -> null); 'no poor country should face a debt burden' is a principle"),
 12: ([], "Belgium (1999): 'There has been no improvement over the last 12 months; this situation must be redressed' = "
          "the United Nations' financial situation (preceding sentence), agentless, an evaluation and an abstract "
          "deontic; not coded"),
 13: ([], "Trinidad and Tobago (1993): 'Transparency and accountability must be the watchwords of the Organization' = "
          "a norm about UN management (README: UN reform positions uncoded), no act"),
 14: ([], "Nepal (1999): 'no reform measure should curtail the authority of the General Assembly' = a Security "
          "Council reform position (README: UN reform positions uncoded), agentless; not a negated event"),
 15: ([], "Saint Vincent and the Grenadines (2005): terrorism's barbarism 'must continue to be resisted by civilized "
          "peoples and nations internationally' = a deontic whose source (all civilized nations) and target "
          "(terrorism, no named group) are uncoded, null-null, not coded"),
 16: ([("congratulate", "051", "MAR/GOV", "org:UNGA", False, A, N, False)],
      "Morocco (2009); the sentence starts at 'Kingdom of Morocco' (the splitter cut after 'On behalf of the'); "
      "'I should like to congratulate you warmly, Sir, on your election to the presidency of the General-Assembly' = "
      "a performative congratulation (README: 'congratulated' 051) -> 051 asserted to org:UNGA (held-out 76 row 16, "
      "48/49: commending the Assembly President's election 051 to org:UNGA); the election is agentless"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Sierra Leone (2015): 'Our voice, as fragile and conflict-affected States under the Group of Seven Plus, is a "
          "call for country ownership and country-led implementation of the SDGs' = a call of an uncoded group (the "
          "g7+) with no addressee on a general development matter (held-out 52/53: urging with no addressee not coded); "
          "borderline a 100 SLE/GOV -> null"),
 18: ([], "Colombia (1993): 'bloc confrontation has disappeared' names no actors; 'nationalisms and fanaticisms that "
          "threaten peace and stability' is a figurative threat (guideline: threat as risk); poverty is a state"),
 19: ([("assistance", "070", N, "IRQ/GOV", False, A, N, True)],
      "Iraq (2019); 'we are striving to activate them with the assistance of our brothers and friends' = help from "
      "uncoded partners (README: 'reliant on the assistance of others' a nominal 070 with no source; 'we had a lot of "
      "help' a 070 with no source) -> nominal 070, source null, to the speaker's government -> IRQ/GOV; the features "
      "'determined during last year's Kuwait International Conference for the Reconstruction of Iraq' = an agentless "
      "passive and a conference named after its venue, a time reference, not coded (held-out 108 row 34: 'the "
      "conference held at Arta, Djibouti' not coded; borderline a nominal 043 KWT/GOV -> IRQ/GOV for the hosting); "
      "'an international role and responsibility' has no named actor"),
 20: ([], "Finland (2005): 'to reaffirm the goals agreed upon five years ago ... and to fundamentally reform the United "
          "Nations' = tasks of the 2005 World Summit of all states ('we' meaning all states, held-out 42/43), the "
          "Millennium goals agreed by the same collective, UN reform uncoded; not coded"),
 21: ([], "Cyprus (1992): a quotation from the Jakarta Declaration of the Non-Aligned summit, 'A shift of forces ... "
          "towards strengthening multilateral cooperation for development has become indispensable' = an abstract "
          "position of an uncoded group, no act"),
 22: ([], "Bahrain (2009): 'the responsible discussions in the first week, notably at the 22 September Summit on "
          "Climate Change and the 24 September Security Council summit' = meetings of all Member States and of the "
          "Council among themselves, no counterpart; 'our need to return to the spirit of the Charter' is 'we' "
          "meaning all states (held-out 42/43); borderline a nominal 040 with no source"),
 23: ([("co-mediator", "045", "COG/GOV", "TCD/GOV", False, A, N, True),
       ("co-mediator", "045", "COG/GOV", "SDN/GOV", False, A, N, True),
       ("co-mediator", "045", "LBY/GOV", "TCD/GOV", False, A, N, True),
       ("co-mediator", "045", "LBY/GOV", "SDN/GOV", False, A, N, True),
       ("welcomes", "051", "COG/GOV", "TCD/GOV", False, A, N, False),
       ("welcomes", "051", "COG/GOV", "SDN/GOV", False, A, N, False),
       ("willingness", "036", "TCD/GOV", "SDN/GOV", False, A, N, True),
       ("Doha Agreement", "057", "TCD/GOV", "SDN/GOV", False, A, N, True)],
      "Congo (2009); 'In its capacity as African Union co-mediator, together with Libya, of the crisis between Chad and "
      "the Sudan' = an ongoing mediation role named with its mediators (README: a 'positive role as a peacekeeping "
      "contributor' a nominal 074; a mediation noun naming its broker 045 from the broker to each party; held-out 8: "
      "mediation 045 per mediator and party) -> nominal 045 from each co-mediator the sentence names, COG/GOV and "
      "LBY/GOV, to each party, TCD/GOV and SDN/GOV; new call: the two named co-mediator states keep their own codes "
      "although they act for the AU (as held-out 30/31 named the Minsk Group co-Chairs one by one; borderline org:AU "
      "for both, as README's minister acting 'in his role as ASEAN Special Envoy' and a head of state speaking as the "
      "AU's chair); 'the Republic of the Congo welcomes the willingness, expressed by both parties' -> 051 to each "
      "party (guideline: welcome 051; README: welcoming several developments is 051 to each named party, the "
      "developments coded too), the welcome being the speaker's own (borderline org:AU, by the capacity phrase); "
      "'the willingness ... to relaunch negotiations' = an intent to negotiate expressed at the AU summit (README: "
      "'the willingness of our partners to assist' a nominal 033) -> nominal 036, symmetric, coded once from the "
      "first-named (guideline) Chad; 'the Doha Agreement of 3 May 2009' = the Chad-Sudan reconciliation agreement, "
      "its parties the 'both parties' of the same sentence -> nominal 057 from the first-named (README: an agreement "
      "or cooperation named by its parties a nominal 057; borderline not coded, named only as the negotiations' "
      "basis); 'the crisis' is not a conflict verb, not coded (borderline a nominal 190 TCD/GOV -> SDN/GOV)"),
 24: ([("recognition and support", "051", "org:ASEAN", "MYS/GOV", False, A, N, True)],
      "Malaysia (2012); 'The Global Movement of Moderates has gained the recognition and support of the Commonwealth of "
      "Nations, the Non-Aligned Movement and the Association of Southeast Asian Nations' = endorsement of the "
      "initiative the Prime Minister of Malaysia advocated in the Assembly two years before (earlier text) -> verbal "
      "support 051 (guideline; 'recognition' here is endorsement, not diplomatic recognition 054, one act with "
      "'support'), nominal, to its author (held-out 8: support aimed at a process goes to its named parties) -> "
      "MYS/GOV (borderline target null, the movement having no code); one event per coded organisation: ASEAN -> "
      "org:ASEAN, the Commonwealth and the Non-Aligned Movement have no code in this project (held-out 47, 54; "
      "held-out 39) and are dropped (guideline compound rule)"),
 25: ([("acts of terrorism", "180", N, "USA", False, A, N, True)],
      "Dominica (2001); 'those acts of terrorism that were visited upon the United States of America two months ago' = "
      "the attacks of 11 September 2001, their perpetrators not named -> an agentless terrorist attack 180 with no "
      "source to the victim country (README: an agentless terrorist attack is 180 with no source, one per victim "
      "country; earlier sets: the attacks against the United States 180 null -> USA), nominal; 'we are all victims' "
      "is figurative"),
 26: ([("made a proposal", "0356", "PRK/GOV", "KOR/GOV", False, A, N, False),
       ("made a proposal", "0356", "PRK/GOV", "USA/GOV", False, A, N, False),
       ("conducted", "150", "USA/MIL", "PRK", False, A, N, False),
       ("conducted", "150", "KOR/MIL", "PRK", False, A, N, False)],
      "Democratic People's Republic of Korea (2014); the sentence starts at 'People's Republic of Korea' (the "
      "splitter cut after 'In January, the Government of the Democratic') -> subject PRK/GOV from the context "
      "(README: a subject cut off by the splitter is taken from the context); 'made a proposal to stop hostile "
      "military acts on the Korean peninsula' = an offer of mutual military de-escalation stated as a fact -> intent "
      "0356 asserted (README: proposals to cooperate 03x asserted; held-out 27 row 24: a proposal a nominal 0312; "
      "borderline a request 1056), to the parties whose acts it concerns, the 'United States-South Korea joint "
      "military exercises' of the preceding sentence -> one event each to KOR/GOV and USA/GOV (borderline KOR/GOV "
      "only, the historic addressee of the January 2014 proposal); 'provocative joint military exercises against the "
      "Democratic People's Republic of Korea were forcibly conducted' = an agentless passive whose agents are plain "
      "from the preceding sentence (README: an agentless 'were killed' takes its agent from the sentence before) -> "
      "military exercises 150 (first set: exercises 150 RUS/MIL), by the two armed forces (guideline: /MIL for armed "
      "forces and their acts; borderline USA/GOV and KOR/GOV), against the country -> bare PRK (earlier sets: shows of "
      "force to the bare country; borderline PRK/GOV); the 'but' contrast implies no separate rejection event"),
 27: ([("operationalizing the new mandate", "074", "org:UN", "MLI", False, D, N, False),
       ("giving serious support", "070", N, "BFA/GOV", False, D, N, False)],
      "Burkina Faso (2016); the situation in northern Mali 'deserves the international community's full attention, "
      "both on the importance of operationalizing the new mandate of the United Nations Multidimensional Integrated "
      "Stabilization Mission in Mali' = an impersonal deontic (guideline: 'it is important to help X' demanded) -> "
      "the UN mission's deployment under its mandate -> peacekeeping 074 demanded, from org:UN (held-out 76 row 15: "
      "UN missions that 'must be ... rapidly deployed' 074 from org:UN demanded) to the host country -> bare MLI "
      "(held-out 29 row 43: a UN mission 074 to the country; README: troops in UNIFIL 074 to the host country); 'and "
      "on giving serious support to subregional initiatives, including the operationalization of the G-5 Sahel's "
      "rapid response force' = support expected from the international community (uncoded) -> demanded 070 with no "
      "source (README: 'must be assisted' a demanded 070 with no source), to the G-5 Sahel, which has no code and of "
      "whose members the document names only the speaker ('The action that we are taking in the Group of Five for "
      "the Sahel') -> BFA/GOV (README: a group without a code is each member the document names; a group whose other "
      "members are unnamed is coded for the one it names; borderline target null, or 1032 as a request for "
      "funding the force, held-out 44 row 30); the force's operationalization itself is the object of the support, "
      "not coded (borderline a nominal 154)"),
 28: ([], "Uganda (2009): 'The whole of Africa needs to wake up on this issue and cooperate to find a solution' = a "
          "deontic for cooperation among African states on electrification, an uncoded collective among itself, "
          "null-null, not coded (borderline a demanded 050 null -> null)"),
 29: ([], "Spain (2008): 'We have to learn from our mistakes, and do so quickly and in a spirit of cooperation' = 'we' "
          "meaning all states on the world financial system (held-out 42/43: not coded), no act between actors"),
 30: ([], "Estonia (1998): 'We sympathize with all nations that have suffered these acts' = condolence (README: "
          "condolences not coded), the victims an uncoded class and the terrorist attacks' perpetrators unnamed; "
          "'call for even stronger solidarity to fight against such attacks' = a call with no addressee on a general "
          "matter (held-out 52/53: urging with no addressee not coded; borderline a 100 EST/GOV -> null)"),
 31: ([("active support", "051", "ITA/GOV", "org:UN", False, A, N, True)],
      "Italy (2011); 'our active support for United Nations campaigns on fundamental issues such as the abolition of "
      "the death penalty ...' = support for named UN campaigns -> 051 to org:UN (README: supporting a UN plan is 051 to "
      "org:UN; held-out 44 row 31), nominal, realised -> asserted (borderline 070 material support, 'active'; or not "
      "coded as an abstract policy position, held-out 7); the campaigns' aims (abolition, protection, ending a "
      "practice) name no actor, not coded"),
 32: ([("supports the efforts of the United Nations", "051", "GIN/GOV", "org:UN", False, A, N, False),
       ("firmly committed to the Moroccan initiative", "051", "GIN/GOV", "MAR/GOV", False, A, N, False)],
      "Guinea (2010); 'my Government supports the efforts of the United Nations' on Western Sahara -> verbal support 051 "
      "(guideline) to org:UN (README: supporting the Secretary-General or a UN plan 051 to org:UN); 'remains firmly "
      "committed to the Moroccan initiative on the negotiation of a status of autonomy' = support for Morocco's plan "
      "-> 051 to its author MAR/GOV (held-out 76 row 21: support for Morocco's autonomy initiative 051 to MAR/GOV; "
      "borderline 032 as a commitment stated as a fact, README); the autonomy negotiation is the initiative's "
      "content, not coded (borderline a nominal 046 MAR/GOV -> ESH/REB)"),
 33: ([("deserve to be commended", "051", "THA/GOV", "org:UN", False, A, N, False)],
      "Thailand (1990); 'the Secretary-General and his staff and, in particular, the United Nations peace-keeping "
      "forces, deserve to be commended' = the speaker's praise in an impersonal frame (README: 'should be welcomed' is "
      "the speaker's 051; 'it should be deplored that' the speaker's 110) -> 051 asserted; the Secretary-General, his "
      "staff and the peacekeeping forces are all the Organization -> org:UN, one event (guideline: one event per "
      "actor pair); 'For their success' names the peacekeeping operations' results, not coded separately "
      "(borderline a nominal 074 org:UN with no target)"),
 34: ([], "South Africa (1998): 'The very right to be human is denied every day to hundreds of millions of people as a "
          "result of poverty' = an agentless, figurative denial caused by conditions, no actor"),
 35: ([("have been detained", "173", "ERI/GOV", "DJI/MIL", False, A, N, False),
       ("still awaiting the return", "1053", "DJI/GOV", "ERI/GOV", False, A, N, False)],
      "Djibouti (2017); 'the 13 members of its military who have been detained by Eritrea' = a passive with its agent "
      "named -> detention 173 (guideline) ERI/GOV -> DJI/MIL (guideline: /MIL for armed forces), continuing -> "
      "asserted; 'Djibouti is still awaiting the return of the 13 members' = the speaker's standing expectation that "
      "Eritrea release them (README: 'we expect more support, especially by the EU' is a request) -> demand release "
      "of persons 1053 DJI/GOV -> ERI/GOV (borderline a negated 0841 ERI/GOV -> DJI/MIL, the return not yet made, as "
      "README's occupied territories that 'have not been returned'); 'whose belligerent policies towards my country "
      "continue' = an evaluative description of Eritrea's conduct with no behaviour verb (guideline), not coded "
      "(borderline a nominal 150 or 170 ERI/GOV -> DJI/GOV, the 2017 occupation of Ras Doumeira lying outside the "
      "sentence)"),
 36: ([], "Angola (2014): 'the importance of all Member States joining in efforts to make the United Nations a strong "
          "and effective organization' = a UN reform position of all states (README: reform positions and 'we' "
          "meaning all states uncoded); 'promoting confidence among States' has no named party"),
 37: ([("ratifying", "057", "MDG/GOV", N, False, A, N, False)],
      "Madagascar (2014); 'We are also strengthening our legal arsenal by ratifying several multilateral environmental "
      "agreements, including the Doha Amendment to the Kyoto Protocol ... and the Minamata Convention on Mercury' = "
      "ratification of multilateral treaties -> 057 with no target (README: joining the NPT 057 with no target; held-out "
      "29 row 17: signing a ratification instrument 057 with no target), ongoing -> asserted; several treaties, the "
      "same code and the same actor pair -> coded once (guideline: one event per actor pair; borderline one 057 per "
      "named treaty)"),
 38: ([("has hosted", "075", "PAK/GOV", "AFG/CVL", False, A, N, False)],
      "Pakistan (2010); 'Pakistan has hosted the largest concentration of refugees anywhere in the world for the past "
      "30 years' = admitting and hosting refugees -> grant asylum 075 (README: admitting refugees 075; held-out 64 "
      "row 41: Kenya's 'has hosted huge numbers of refugees' 075; held-out 17 row 57: welcoming Afghan refugees 075 "
      "-> AFG/CVL), the refugees being 'our Afghan brothers' of the following sentence -> AFG/CVL (guideline: a "
      "missing participant from the context; borderline target null), habitual over 30 years -> asserted "
      "(borderline 043 hosting)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Bolivia (1998): 'My country did what it had to do and did it well' = its domestic economic management, no "
          "act between actors"),
 40: ([], "Equatorial Guinea (2005): the integration of women into development = domestic policy, no act between actors"),
 41: ([], "Saint Lucia (2013): 'They [the national consultations] emphasize that Saint Lucia and other SIDS have serious "
          "vulnerabilities that seem to have escaped the ... eyes of some of our development partners' = a statement "
          "(01x) of the consultations and a figurative oversight by uncoded partners, no act"),
 42: ([], "Benin (2017): a domestic programme 'fits into that dynamic' = a description, no act"),
 43: ([], "Colombia (2003): 'No country could feel safe under such circumstances' = a hypothetical evaluation, no act"),
 44: ([], "Peru (2001): the President's birthplace = biography, no act"),
 45: ([], "Malaysia (2018): 'Thousands starve, and tens of thousands die in cholera epidemics' = deaths from hunger and "
          "disease, no agent, no act between actors"),
 46: ([], "Spain (1993): the sentence starts at 'Ibero-American Summit' (the splitter cut after 'I want to recall that "
          "the third'); the summit 'held at Salvador de Bahía, Brazil' is an agentless passive naming a venue "
          "(held-out 108 row 34: 'the conference held at Arta, Djibouti' not coded; borderline 043 BRA/GOV with no "
          "target), and its having 'considered' the Secretary-General's agenda is a discussion of a document by an "
          "uncoded group (borderline a nominal 040 ESP/GOV -> null)"),
 47: ([], "Comoros (2012): 'my country resolutely committed itself to the path of democracy' = a domestic commitment, no "
          "counterpart"),
 48: ([], "Slovenia (2001): 'The actual power to prescribe rules would not be only in the hands of States' = a "
          "hypothetical description of a rule-making order, no act"),
 49: ([], "Singapore (1999): 'the world has become too complex to be dealt with except multilaterally' = an evaluation, "
          "no act"),
 50: ([], "Brazil (2006): 'The effectiveness of the United Nations is being seriously questioned' = an agentless "
          "evaluation of the Organization's credibility after the Lebanon crisis, no act (borderline a 111 with no "
          "source to org:UN, as README's agentless criticism nouns with a named target)"),
 51: ([("will deposit", "030", "HUN/GOV", N, False, F, N, False),
       ("recognizing as compulsory", "0313", "HUN/GOV", "org:ICJ", False, F, N, False)],
      "Hungary (1992); 'I wish to announce that the Hungarian Government ... will deposit with the Secretary-General the "
      "declaration' = depositing an instrument, a future cooperative act -> 030 future with target null (held-out 23 "
      "row 45, 29 row 17: depositing an instrument 030 future; borderline org:UN as the depositary, named here); "
      "'the declaration recognizing as compulsory the jurisdiction of the International Court of Justice' = accepting "
      "the Court's compulsory jurisdiction under the optional clause, a future judicial cooperation -> intent code "
      "0313 future (guideline: future cooperative acts get 03x; held-out 59 row 24: widening acceptance of the "
      "Court's compulsory jurisdiction 0313 to org:ICJ) to org:ICJ (held-out 51 row 2 treated the same acceptance, "
      "requested of others, as 102); the deposit and the recognition are two acts, as the signing and the deposit "
      "of held-out 29 row 17 (borderline one event); 'empowered by a recent decision of the parliament' is domestic, "
      "not coded"),
 52: ([], "Democratic Republic of the Congo (2001): a fragment cut by the splitter, 'Development Community (SADC), and in "
          "particular'; the verb ('I would also like to mention the Southern Africa') lies before the cut and is a "
          "mention, not an act (README: a fragment whose verb was cut away is left uncoded)"),
}
