"""Hand annotations for the SIXTY-SECOND held-out event gold set (source of events-heldout62.jsonl).

Keyed by the row index of selection-heldout62.jsonl (output of select_bulk_heldout.py 62; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout62.jsonl \
        --annotations annotations_heldout62 --output events-heldout62.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Luxembourg (2001): 'the subsequent discussion in public opinion has shown that our societies do not yet know "
         "each other well enough' = public debate and mutual ignorance of societies, no act between actors; 'do not "
         "yet know' negates knowledge, not an event"),
 1: ([], "Mexico (1993): 'The right of veto is not democratic, and therefore Mexico has never supported it' = a "
         "position on a Security Council institution, UN reform (held-out 7; held-out 54-61: reform positions left "
         "uncoded), no counterpart that acts (borderline a negated 051 MEX/GOV -> org:UNSC, as held-out 6 'we do not "
         "support efforts' negated 051)"),
 2: ([("refusal", "121", "KEN/GOV", "org:ICTR", False, A, N, True),
      ("in defiance\nof", "128", "KEN/GOV", "org:UNSC", False, A, N, True)],
     "Rwanda (1995); 'the refusal by Kenya to cooperate with the pursuit of persons who have committed genocide' = an "
     "explicit refusal -> REJECT, negated false (guideline), refusal noun with its agent -> nominal; refusing to "
     "cooperate with a tribunal -> 121 (held-out 26 row 6: refusing to cooperate with the ICTY 121; borderline 1213 "
     "judicial cooperation), Kenya's act = its government's (preceding sentence: 'imprisoned by the Government of "
     "Kenya') -> KEN/GOV; the pursuit is the International Criminal Tribunal for Rwanda's (preceding sentences: "
     "'the investigators of the International Tribunal for Rwanda') -> org:ICTR (new code, like org:ICTY); 'the "
     "assurances offered by the President of Kenya in defiance of Security Council resolution 978 (1995)' = "
     "defying a resolution -> nominal 128 (held-out 34/35: 'flouting of the resolutions' nominal 128) KEN/GOV -> "
     "org:UNSC; the assurances to the fugitives are the defiance itself, coded once (borderline a separate nominal "
     "075/030 KEN/GOV -> RWA/REB); 'persons who have committed genocide' describes unnamed individuals, not coded "
     "(borderline 202 RWA/REB -> RWA/CVL, held-out 38/39); 'we await a decision from the Security Council' is an "
     "expectation, not a request (borderline 100 RWA/GOV -> org:UNSC)"),
 3: ([("Jordan calls for", "1042", "JOR/GOV", N, False, A, N, False),
      ("collective sanctions", "163", "org:UNSC", "IRQ", False, A, N, True)],
     "Jordan (2000); 'Jordan calls for launching a new thinking and a new look at the situation in Iraq in order to "
     "put an end to the suffering of the Iraqi people' = 'S calls for Y' -> one asserted REQUEST (guideline), no "
     "addressee named -> target null (held-out 9: 'calls for' seats for Africa 1044 with target null; borderline "
     "org:UNSC as the sanctions' author), Y = a change of policy toward Iraq -> 1042 (borderline 1054, easing of "
     "sanctions, which the sentence implies but does not state); 'the collective sanctions, which are the severest "
     "of their kind in United Nations history' = the sanctions on Iraq, an event noun whose agent is plain from "
     "the text around it (held-out 42/43: sanctions on Iraq with no agent in the sentence are the Security "
     "Council's; preceding sentence 'comprehensive sanctions imposed on it') -> nominal 163 org:UNSC -> bare IRQ "
     "(held-out 42 row 0); 'have not achieved their goal' negates an effect, not the sanctions (held-out 34/35: "
     "sanctions that 'failed to paralyse' an asserted nominal 163)"),
 4: ([], "Burundi (1991): 'democracy that does not have a sound economic base is only a mirage' = an evaluation, no "
         "actor"),
 5: ([("a global response", "163", N, "IRN", False, A, N, True),
      ("refusal", "128", "IRN/GOV", N, False, A, N, True),
      ("refusal", "1245", "IRN/GOV", "org:IAEA", False, A, N, True)],
     "Luxembourg (2013); 'They' = the sanctions of the preceding sentence ('Sanctions are not in and of themselves an "
     "end'), 'a global response' = sanctions imposed by an uncoded collective -> nominal 163 with source null "
     "(held-out 54 row 32: 'imposing sanctions' with unnamed imposers 163 null -> SYR; borderline org:UNSC), "
     "sanctions on a country -> bare IRN; 'Iran's refusal to meet its international obligations' = an explicit "
     "refusal (guideline: REJECT, negated false) of legal obligations -> defy norms 128 (held-out 48/49: "
     "'repudiated its obligations under the resolution' 128), the obligations' counterparts unnamed -> target null "
     "(borderline org:UNSC); 'and to cooperate fully with the International Atomatic Energy Agency' = refusing "
     "inspection cooperation -> 1245 to org:IAEA (held-out 38/39: refusing safeguards 1245 to org:IAEA; borderline "
     "121); one refusal noun with two objects, coded once per code"),
 6: ([("maligns", "111", "AZE/GOV", "org:OSCE", False, A, N, False),
      ("refusal to consider the proposals", "127", "AZE/GOV", "org:OSCE", False, A, N, True),
      ("has participated", "046", "AZE/GOV", "ARM/GOV", False, A, N, False)],
     "Armenia (2004); 'It' = Azerbaijan (subject of the preceding sentences) -> AZE/GOV; 'maligns the Minsk Group of "
     "the Organization for Security and Cooperation in Europe' = verbal disparagement -> 111 (borderline 112) to "
     "org:OSCE; 'its own refusal to consider the proposals that have grown from the discussions' = rejecting the "
     "Minsk process's settlement proposals -> nominal 127 (held-out 30/31: rejecting the Minsk Group co-Chairs' plan "
     "127, one per co-Chair the document names; here the document names none) -> org:OSCE (borderline ARM/GOV); "
     "'the discussions and negotiations in which its own leadership has participated' = Azerbaijan's negotiations "
     "with Armenia under the Minsk Group (following text: 'the Key West document of 2001') -> 046 AZE/GOV -> "
     "ARM/GOV (borderline org:OSCE as mediator); 'to hide' is the purpose, not coded"),
 7: ([("refusing to implement its obligations", "127", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("put forward such an unjust demand", "1055", "USA/GOV", "PRK/GOV", False, A, N, False),
      ("never agreed on", "057", "PRK/GOV", "USA/GOV", True, A, N, False)],
     "DPRK (2008); 'the United States has laid an artificial obstacle to implementing the 3 October agreement by "
     "refusing to implement its obligations' = an explicit refusal (guideline: REJECT, negated false) to carry out "
     "an agreement of the Six-Party Talks -> 127 (borderline 1244: the obligation was the de-listing named in the "
     "following text; held-out 34/35 code a refusal to implement by what was refused), to the other party -> "
     "PRK/GOV; the 'obstacle' is the same act, coded once; 'put forward such an unjust demand as verification of an "
     "international standard' = a demand for inspection (following text: 'the special inspection') -> demand that "
     "target allows international involvement 1055; 'never agreed on ... between the Democratic People's Republic of "
     "Korea and the United States' = a negated agreement (held-out 46/47: 'have never agreed, and will never agree' "
     "one negated 057), symmetric, from the speech's own government; 'among the six parties' is the same "
     "non-agreement with the other four parties unnamed in the sentence, not coded separately"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Afghanistan (1994): 'a preparatory commission for the Grand Assembly convened on 30 August in Kabul and ... "
         "elected Mawlawi Mohammad Nabi Muhammadi ... as its Chairman' = a body's own meeting and internal election "
         "(held-out 60 row 26: a body's meeting among its members not coded), Kabul a venue, not a metonym; 'It is "
         "gratifying to note' is an impersonal evaluation (held-out 52/53: impersonal welcomes not coded)"),
 9: ([], "Suriname (2000): the sentence starts at 'Havana and' (the splitter cut after 'the developing countries met "
         "in'); 'they agreed to close ranks and implement an action-oriented programme to assist the developing "
         "countries' = the South Summit of the developing countries (an uncoded collective) agreeing among "
         "themselves to help an uncoded collective, null-null, not coded (held-out 54-61: acts between uncoded "
         "groups left uncoded); Havana is the venue, not a metonym"),
 10: ([], "Tonga (2009): 'we look forward to the outcome of the just-concluded meeting of the Group of 20 in "
          "Pittsburgh' = a hope about others' results (held-out 5: optative, not coded); the G-20 meeting is a "
          "group's meeting among its members (held-out 60 row 26); 'the measures taken in Washington and London' = "
          "agentless measures at the earlier G-20 summits, Washington and London venues, not metonyms"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("I wholeheartedly agree", "051", "SUR/GOV", "org:UN", False, A, N, False)],
      "Suriname (2019); 'I wholeheartedly agree with the Secretary-General' = endorsing a named actor's statement -> "
      "051 (held-out 10/11: 'I agree with Merkel that ...' 051), the Secretary-General -> org:UN; what he says, "
      "'now is the time for action and not for empty speeches and promises', is an agentless, abstract deontic, "
      "not coded; the speech verb is not coded"),
 12: ([], "Mongolia (1992): PECC and APEC 'have come into being to facilitate the processes' of interdependence and "
          "integration = institutions emerging, agentless, abstract; 'It should be noted' is not a speech event"),
 13: ([], "Viet Nam (1991): the Secretary-General's 1989 report, quoted: 'agreement among the permanent members must "
          "carry with it the willing support of a majority of nations' = a reported norm about Council consensus, "
          "with uncoded collectives (the permanent members as a group, 'a majority of nations'), no codable act"),
 14: ([], "Andorra (2013): 'I said that we applaud the fact that specific objectives have been set, that we evaluate "
          "progress ... and that we come here to explain' = 'we' meaning all the Heads of State and Government of the "
          "preceding sentence (held-out 42/43, 52/53: 'we' meaning all states not coded), and the objectives' "
          "setting is agentless (borderline 051 AND/GOV -> null, as the preceding 'Andorra applauds the decision')"),
 # --- UNGDC 1990-2019 random: future
 15: ([("will be supported", "070", N, "KGZ/GOV", False, F, N, False),
       ("will be supported", "070", N, "KAZ/GOV", False, F, N, False),
       ("will be supported", "070", N, "TJK/GOV", False, F, N, False),
       ("will be supported", "070", N, "UZB/GOV", False, F, N, False),
       ("will be supported", "070", N, "RUS/GOV", False, F, N, False)],
      "Kyrgyzstan (2000); 'We believe that the efforts of our countries will be supported by the international "
      "community' = expected support from an uncoded collective -> future 070 with no source (held-out 52/53 and "
      "54-61: hoped-for support from uncoded parties is a future 070 with no source; held-out 56 row 29: 'the "
      "support of the international community' 070), 'our countries' = the countries of the preceding sentence, "
      "'Kyrgyzstan, Kazakhstan, Tajikistan and Uzbekistan and ... the Russian Federation' at the Bishkek meeting, "
      "whose joint anti-terrorism efforts are meant -> one event per country (guideline: participants from the "
      "context); borderline 051, or not coded as an optative belief (held-out 32/33: 'we count on' not coded)"),
 16: ([], "Mozambique (Chissano, 2003): 'We have already assembled a \"panel of wise persons\" to lend its assistance "
          "to the review process' = NEPAD's African Peer Review Mechanism panel set up by the African Governments "
          "('we' of the NEPAD paragraph), an internal institutional act with no named counterpart; the review 'will "
          "soon be under way', agentless"),
 17: ([], "Zambia (1990): 'Experts advise us that the results of the Uruguay Round will be modest' = advice from "
          "unnamed experts (01x), the negotiations an event noun without an agent"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Costa Rica (2001): 'We must embrace negotiation, dialogue, mediation and the judicial resolution of "
          "disputes' = 'we' meaning all states, an abstract deontic with no named parties"),
 19: ([("to give active support", "070", "org:UN", N, False, D, N, False)],
      "Germany (1993); 'He' = the high commissioner for human rights Germany advocates (preceding sentence) -> a UN "
      "office -> org:UN; 'He should be authorized to take steps ... and to give active support to those countries "
      "seeking to improve the human rights situation' = a deontic without a request verb -> Y coded with source X, "
      "demanded (guideline; held-out 56 row 19: 'the United Nations should continue to play its important role in "
      "providing means' 070 demanded), active support to countries = assistance -> 070 (borderline 051), the "
      "countries unnamed -> target null; 'to protect human rights' is abstract; the authorizing is an agentless "
      "internal UN act (borderline not coded, the office not yet existing)"),
 20: ([], "Brazil (2007): 'Results like that should come as no surprise' = an evaluation of Brazil's domestic "
          "deforestation figures, no act"),
 21: ([("maintain our strong support", "051", N, "org:UN", False, D, N, False)],
      "United States (Clinton, 1997); 'we must maintain our strong support for the United Nations war-crime tribunals "
      "and truth commissions' = 'we' meaning the member states in general, as throughout the paragraph ('we should "
      "strengthen the United Nations field operations', 'we should establish a permanent international court') -> "
      "a demanded 051 with source null (held-out 14/15: 'it is essential that we continue to support' has source "
      "null; held-out 44/45: 'imperative to continue to support' the Secretary-General demanded 051 null), the "
      "tribunals are UN bodies not named in the document -> org:UN (borderline org:ICTY and org:ICTR, as in row 2; source "
      "USA/GOV); the truth commissions are uncoded, dropped; punishing and promoting justice are the purposes"),
 22: ([], "Uruguay (2000): 'we should also consider the common aspiration ... to democratize the decision-making "
          "processes in those organizations' = reform of the financial institutions, an abstract position"),
 23: ([], "Viet Nam (1995): 'the positive role that the United Nations has played ... in helping nations exercise their "
          "right to self-determination' should not be forgotten = an evaluation of the UN's role toward uncoded "
          "'nations' (held-out 61 row 35: an abstract description of the UN's role not coded)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Togo (1998): 'The United Nations has always played an important role ... in providing the men, women and "
          "children of the entire world with the assistance on which their survival often depends' = a description of "
          "the UN's role toward the whole world's people, no named recipient (held-out 45 row 32, 61 row 35; "
          "borderline 073 org:UN -> null)"),
 25: ([], "Belgium (2008): 'we actively support the development of international criminal law' = an abstract policy "
          "position (guideline: 'we support the allocation of resources')"),
 26: ([], "Brunei (1993): 'national, regional and international efforts in support of United Nations resolutions have "
          "brought new hope' to South Africa = efforts of uncoded or unnamed actors, an abstract evaluation"),
 27: ([("killed", "202", "IND/GOV", "IND/CVL", False, A, N, False),
       ("injured", "182", "IND/GOV", "IND/CVL", False, A, N, False)],
      "Pakistan (2017); 'Hundreds of innocent Kashmiris have been killed or injured, and shotgun pellets have blinded "
      "and maimed thousands of Kashmiris' = agentless passives and an instrument subject whose agent the preceding "
      "sentence names ('India has responded with massive and indiscriminate force to suppress the Kashmiris, shooting "
      "indiscriminately') -> IND/GOV (held-out 52/53: an agentless 'were killed' takes its agent from the sentence "
      "before; borderline IND/MIL, held-out 40 row 51, as the armed forces are meant but not named), the Kashmiris "
      "-> IND/CVL (held-out 12, 40); killing hundreds of civilians -> 202 (guideline: many civilians; borderline "
      "1823), injuring -> physical assault 182; blinding and maiming are the same 182 for the same pair, coded once "
      "(held-out 32/33: an occupying army's acts one per code)"),
 28: ([("I therefore appeal to the United Nations", "102", "MWI/GOV", "org:UN", False, A, N, False)],
      "Malawi (2005); 'I therefore appeal to the United Nations, through you, Mr. President, to extend membership to "
      "the Taiwanese people' = a request (guideline: appeal -> 10x) to org:UN, Y = admit the Republic of China "
      "(Taiwan) -> demand diplomatic cooperation 102 (borderline 1044); the President of the Assembly is the "
      "channel; 'as it has done for countries of Eastern Europe and South-East Asia' = past UN admissions, not "
      "coded (held-out 54-61: UN admissions left uncoded)"),
 29: ([], "Bahrain (1994): the Secretary-General's report 'An Agenda for Development' 'prompts us to reflect anew ... "
          "upon the future of international cooperation' = reflection, no act; a page number lies inside the sentence"),
 30: ([("agreement reached", "057", "TCD/GOV", "TCD/REB", False, A, N, False)],
      "Central African Republic (1994); a fragment cut by the splitter: 'Today, the agreement reached between the' "
      "[Government of Chad and the National Salvation Council for Peace and Democracy in Chad (CSNPDT) of Moise Kette "
      "Nodji] = an agreement concluded (guideline 057) whose parties lie in the following text (held-out 26/27 row "
      "35, 57 row 43: an object cut by the splitter taken from the following text) -> TCD/GOV -> the CSNPDT, a "
      "'politico-military movement' at the time of the agreement -> TCD/REB (held-out 34/35: armed groups are the "
      "country's REB); a passive participle with its parties -> not nominal (held-out 56 row 10); the CAR's "
      "mediation lies in the preceding sentence"),
 31: ([], "Pakistan (2018): SAARC 'has been rendered ineffective owing to the intransigence of one country' = an "
          "evaluative description of an unnamed country (plainly India) (held-out 47 and 61: 'intransigence' an "
          "evaluation, borderline 120 IND/GOV -> org:SAARC), no act named"),
 32: ([("has been actively supporting", "051", "BGR/GOV", "org:OSCE", False, A, N, False),
       ("has been actively supporting", "051", "BGR/GOV", "org:EU", False, A, N, False),
       ("efforts", "045", "org:OSCE", N, False, A, N, True),
       ("efforts", "045", "org:EU", N, False, A, N, True)],
      "Bulgaria (1991); supporting 'the efforts of the CSCE and the European Community in seeking a peaceful "
      "settlement to the crisis' in Yugoslavia = support aimed at a process -> 051 to each named actor (held-out 8; "
      "held-out 56 row 26: welcoming the AU's mediation efforts 051 to org:AU), the CSCE of 1991 -> org:OSCE (new "
      "choice: its predecessor, as the European Community of 1993 -> org:EU, held-out 26/27), the European "
      "Community -> org:EU; their efforts to seek a peaceful settlement = mediation nouns with their agents -> "
      "nominal 045 per mediator (held-out 56 row 26), the Yugoslav parties are not named in the sentence -> target "
      "null (borderline YUG/GOV, the SFRY of the speech date)"),
 33: ([], "Maldives (2019): 'Terrorism and violent extremism have become one of the biggest threats' = figurative "
          "threat (guideline), no actor"),
 34: ([("We look forward\nto welcoming", "030", "NAM/GOV", "TLS/GOV", False, F, N, False)],
      "Namibia (2002); 'We look forward to welcoming the Democratic Republic of East Timor as the one hundred and "
      "ninety first Member of the United Nations' = the speaker's own future cooperative act toward a new member -> "
      "030 future (held-out 56 row 16: 'we will shortly be able to welcome it back to the Rio Group' 030 future; "
      "guideline: 'look forward to' + event -> future, cooperative acts 03x), East Timor -> TLS/GOV; the admission "
      "itself is the UN's act on membership, not coded"),
 35: ([("My delegation welcomes", "051", "CIV/GOV", "org:WB", False, A, N, False),
       ("My delegation welcomes", "051", "CIV/GOV", "org:UN", False, A, N, False),
       ("financing", "071", "org:WB", N, False, A, N, True),
       ("financing", "071", "org:UN", N, False, A, N, True)],
      "Côte d'Ivoire (2010); welcoming 'the efforts being made by the World Bank, regional development banks and the "
      "specialized funds and agencies of the United Nations' -> 051 to each named party (held-out 30/31: welcoming "
      "developments is 051 to each named party, the developments coded too), the World Bank -> org:WB, the UN funds "
      "and agencies, none named individually -> org:UN (held-out 28/29: thanks to UN funds and programmes go to each "
      "one named), the regional development banks unnamed, dropped; their efforts 'for financing the agricultural "
      "sector' (of developing countries, preceding sentence) = economic aid -> nominal 071 per agent, recipients "
      "uncoded -> target null"),
 36: ([], "France (Sarkozy, 2008): 'it is the duty of the heads of State and Government of the countries most directly "
          "concerned to meet before the end of the year' = a deontic meeting (040 demanded) of an uncoded collective "
          "among itself, null-null, not coded (held-out 54-61: acts between uncoded groups)"),
 37: ([], "Bahrain (1993): 'Has the machinery which we and many others have called for been made available to the "
          "world Organization ...?' = a question about strengthening the UN's means, agentless (the Member States "
          "are named only in the following sentence), and the call for the machinery is a position on UN reform with "
          "no addressee (held-out 52/53: urging Council reform with no addressee not coded; borderline a 100 "
          "BHR/GOV -> null and a 070 question null -> org:UN)"),
 38: ([("reiterates its support", "051", "MDV/GOV", N, False, A, N, False)],
      "Maldives (2007); 'the Maldives reiterates its support for the Group of Four (G-4) draft resolution on Security "
      "Council reform' = support for a named group's proposal -> 051 (held-out 56 row 35: support for the ACT "
      "group's code of conduct 051 -> null; held-out 46/47: support for the G4's candidatures 051 per country "
      "named), the G-4 has no code and the document names none of its members -> target null (borderline not coded, "
      "as a reform position)"),
 39: ([], "Malaysia (2013): 'To face those baying for violence and call instead for calm is a sign ... of strength' = "
          "a generic maxim, no actor"),
 40: ([("called for its freedom", "1043", "COM/CVL", "FRA/GOV", False, H, N, False)],
      "Comoros (2013); 'what would happen if one day the Comorian people of Mayotte called for its freedom from "
      "France?' = a demand inside the if-clause of a question -> hypothetical (guideline); demanding freedom, i.e. "
      "self-determination -> 1043 (held-out 54: Kashmiris demanding their right to self-determination 1043), the "
      "people of Mayotte in the speaker's own words 'Comorian' -> COM/CVL (borderline MYT/CVL, ISO alpha-3 has MYT, "
      "as HKG/CVL in held-out 6), to the administering power -> FRA/GOV"),
 41: ([("sanctions", "163", "org:UNSC", "IRQ", False, A, N, True)],
      "Sudan (2000); 'the negative impacts of sanctions are seen among the Iraqi people' = the sanctions on Iraq, an "
      "event noun whose agent is plain from the text around it (preceding sentence: 'the international sanctions "
      "regime' of the Security Council; held-out 42/43, 48/49) -> nominal 163 org:UNSC -> bare IRQ (held-out 42 row "
      "0; borderline not coded, as sanctions in general)"),
 42: ([("attacked", "190", "USA/GOV", "SDN", True, H, N, False),
       ("destroyed", "1712", "USA/GOV", "SDN", True, H, N, False)],
      "Sudan (1998); 'Had the American Administration genuinely been concerned ..., it would not have attacked and "
      "destroyed one of our main economic entities' = the August 1998 cruise-missile strike on the al-Shifa factory "
      "(preceding sentences) in a counterfactual: negated and hypothetical (guideline: counterfactual negations carry "
      "the modality; borderline asserted, as the counterfactual presupposes the attack); 'the American "
      "Administration' -> USA/GOV; attack -> 190, destruction of property -> 1712 (held-out 32/33: destruction 1712), "
      "one per code; the factory as 'one of our main economic entities' -> bare SDN (borderline SDN/BUS)"),
 43: ([("we highly\nvalue", "051", "BOL/GOV", "org:UN", False, A, N, False)],
      "Bolivia (2003); the sentence starts at 'Secretary-General, Mr. Kofi Annan' (the splitter cut after 'it is a "
      "pleasure to greet the'); 'whose efforts for peace and cooperation between nations we highly value' = praise "
      "-> 051 (held-out 27 row 25: 'we value the efforts' 051), Kofi Annan -> org:UN; the greeting lies outside the "
      "sentence"),
 44: ([], "Greece (1995): Palau's 'presence among us is a renewed expression of our Organization's desire to welcome "
          "in its midst all those States that undertake the commitment' = UN membership (held-out 54-61: admissions "
          "left uncoded), the Organization's 'desire' an attitude, the States uncoded; the welcome of Palau lies in "
          "the preceding sentence"),
 45: ([("the war", "190", "USA/GOV", "IRQ", False, A, N, True)],
      "Venezuela (2007); '$610 billion have been invested in maintaining the war in the Middle East' 'of the United "
      "States budget' = the US war in Iraq (preceding sentences: 'invasion and aggression ... the people of Iraq', "
      "'the military occupation ... of Iraq'; following: 'the Iraqi occupation') -> an event noun whose agent is "
      "plain from the text around it (held-out 48/49) -> nominal 190 USA/GOV, the country at war -> bare IRQ "
      "(guideline: generic war 190, bare country as target; borderline AFG too, as 'the Middle East' is broader); "
      "the agentless 'invested' is the funding of the war, not a separate act; taxes 'taken from American "
      "taxpayers' are domestic; 'death and destruction', 'bullets, bombs and death' are effects"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("establishment", "050", N, "org:WB", False, A, N, True)],
      "Bahamas (2007); 'One step taken by the Caribbean region was the establishment of the Caribbean Catastrophic "
      "Risk Insurance Facility under the aegis of the World Bank' = the Caribbean governments (an uncoded collective, "
      "'the Caribbean region', not CARICOM by name) setting up a facility with the World Bank's sponsorship -> a "
      "cooperation noun with a named partner -> nominal 050, source null, to org:WB (held-out 57 row 52: 'held under "
      "United Nations auspices' names the convener; borderline 070 org:WB -> null, or not coded as a regional "
      "institution)"),
 47: ([], "Luxembourg (1999): 'our Organization has found an innovative and useful role to play' = an evaluation of the "
          "UN, no act"),
 48: ([("special and differentiated\ntreatment", "061", N, "PRY/GOV", False, D, N, True)],
      "Paraguay (2012); the disadvantages of being landlocked 'can be offset only through international recognition "
      "and special and differentiated treatment on the part of the developed economies that seeks to include "
      "Paraguay' = a statement of need (held-out 46/47: statements of need are demanded aid with no source to the "
      "speaker's government; held-out 42/43: 'Countries such as mine require assistance' demanded 070), "
      "special and differentiated (trade) treatment -> economic cooperation 061 (borderline 071), the developed "
      "economies an uncoded collective -> source null, to PRY/GOV; 'international recognition' is recognition of "
      "the landlocked countries' problem, not diplomatic recognition"),
 49: ([("under assault", "180", "HTI/REB", "HTI/MED", False, A, N, True)],
      "Haiti (1993); 'The national radio station was under assault by armed individuals manifestly opposed to a "
      "peaceful settlement of the crisis' = violence by an unnamed armed group (guideline: unspecified violence by "
      "non-state armed groups 180), the assault noun with its agent -> nominal; unnamed armed groups are the "
      "country's REB (held-out 34/35; borderline HTI/MIL, as Cedras's junta and the macoutes in held-out 36/37, whose "
      "side 'opposed to a peaceful settlement' suggests, or null), the state radio -> HTI/MED; the demonstration "
      "against the UN technical mission lies in the preceding sentence"),
 50: ([], "Malawi (2006): irrigation 'will enable Malawi to produce enough food' = domestic development, no act"),
 51: ([], "India (2005): 'Humankind is now learning ... to cope with the menace of terrorism' = no coded actor, "
          "figurative menace"),
 52: ([], "Qatar (1991): 'the Palestinian cause is at the forefront of our preoccupations' = an attitude, no act"),
 53: ([("liberating", "190", N, "AFG/REB", False, A, N, False)],
      "Germany (2003); 'There [Afghanistan], the international community succeeded in liberating the Afghan people "
      "from the scourge of the Taliban and al Qaeda' = the 2001 military intervention that ousted the Taliban, by an "
      "uncoded collective -> source null, armed conflict -> 190 (guideline: war 190; held-out 10/11: 'military "
      "intervention' 190), against the Taliban -> AFG/REB (guideline: up to 15 Aug 2021); al Qaeda has no code, "
      "dropped; 'succeeded in' = realised, asserted (borderline not coded, as 'liberating' describes an outcome, or "
      "070 to AFG/CVL)"),
 54: ([], "Jamaica (1999): 'The debate on these questions has revealed differing perspectives' = the debate of uncoded "
          "participants, no act between coded actors"),
 55: ([], "Poland (2018): 'the concept of positive multilateralism to which Poland subscribes goes one step further' = "
          "a policy concept, no act"),
 56: ([], "Sao Tome and Principe (2017): the national strategy 'is in perfect harmony with' the SDGs and Agenda 2063 = "
          "an evaluation of domestic policy, no act"),
 57: ([], "Saudi Arabia (2002): Saudi young people (the 11 September hijackers) who 'fall victim to those who led them "
          "astray' = recruitment by an unnamed, uncoded group (al Qaeda is not named; held-out 6: terrorist groups "
          "without a code), 'painful for us to see' an emotion; not coded"),
 58: ([], "Timor-Leste (2011): 'we were successful in conveying a strong political message about the need for "
          "stability' = a domestic public message (01x), no counterpart"),
 59: ([], "Guinea-Bissau (2004): 'it was on 17 September 1974 that the young Republic of Guinea-Bissau was admitted to "
          "the United Nations' = UN admission (held-out 54-61: admissions left uncoded; borderline 054 org:UN -> "
          "GNB/GOV)"),
}
