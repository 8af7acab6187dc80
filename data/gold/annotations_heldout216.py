"""Hand annotations for the TWO-HUNDRED-AND-SIXTEENTH held-out event gold set (source of events-heldout216.jsonl).

Keyed by the row index of selection-heldout216.jsonl (output of select_bulk_sentence_heldout.py 216; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout216.jsonl \\
        --annotations annotations_heldout216 --output events-heldout216.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: future
 0: ([], "Grenada (2015): 'without a successful, legally binding agreement in Paris, we will see climate change "
         "continue unabated' = a conditional about an agreement among all parties to the climate talks, 'we' meaning "
         "all (held-out 42/43: not coded), an act between uncoded collectives (held-out 54-61; borderline a negated, "
         "hypothetical 057 null -> null); 'The impacts of climate change are ... being felt' has no actor"),
 1: ([("we welcome the configuration", "051", "COD/GOV", "COD/LEG", False, A, N, False)],
     "Democratic Republic of the Congo (2006); 'we welcome the configuration of our future parliament, which already "
     "reflects the wealth and political diversity of our people' = a welcome (guideline: welcome -> 051) by the "
     "speaker's government of the National Assembly elected in 2006, whose composition is the object -> target the "
     "parliament as an actor, COD/LEG (README: the LEG sector; set 195: a welcome of the democratic process that "
     "led to an election goes to the elected body's code; borderline target null, as set 178's 'We welcome this "
     "advancement', or uncoded as an evaluation of a domestic election outcome); 'which has an oversight role that "
     "will be fundamental to the functioning of the State' describes a constitutional role, no act"),
 2: ([("A peaceful settlement", "057", "PAK/GOV", "IND/GOV", False, H, N, True)],
     "Pakistan (2007); 'A peaceful settlement responding to the aspirations of the Kashmiri people will usher in a "
     "new era of mutual trust and cooperation in South Asia' = the settlement of the Jammu and Kashmir dispute, whose "
     "parties the text before names ('Pakistan is engaged in a peace process with India ... a solution that would be "
     "acceptable to India, to Pakistan') -> an event noun whose agent is plain from the text around it is coded "
     "(README), a settlement reached -> agreement 057 (set 117: Bangladesh's 'peaceful settlement of disputes with "
     "our neighbours' a nominal 057 to IND/GOV), from the document's own government (guideline: symmetric acts from "
     "the document's government), not yet reached and only the condition of the predicted new era -> hypothetical "
     "(set 202: 'the cooperation which will unite our nations when Bolivia recovers its maritime attribute' a "
     "hypothetical nominal 050; borderline uncoded as an optative hope, set 123); 'a new era of mutual trust and "
     "cooperation in South Asia' is a predicted regional outcome with no named parties, left uncoded (borderline a "
     "hypothetical nominal 050 PAK/GOV -> IND/GOV, as set 202)"),
 # --- UNGDC 1990-2019 random: demand
 3: ([], "Romania (2014): 'it should also provide a platform for social inclusion and the reduction of unemployment' "
         "= the future development agenda (sentence before) as inanimate subject, an agentless deontic about a "
         "document's content, no act between actors"),
 4: ([], "Nigeria (2017): 'New conflicts should not make us lose sight of ongoing, unresolved old conflicts' = an "
         "exhortation with inanimate subject and 'us' meaning all states (held-out 42/43), conflicts named with no "
         "party or place; no act"),
 5: ([("occupied Palestinian territories", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Niger (1997); 'the international community must pay sustained attention to the tension in the occupied "
     "Palestinian territories, which has been steadily rising since the Israeli Government decision to build a new "
     "settlement in occupied East Jerusalem' -> 'the occupied Palestinian territories', with Israel named in the same "
     "sentence, is a nominal 192 to bare PSE (set 179: 'The occupied territories', with Israel named in the same "
     "sentence, a nominal 192 to bare PSE; README: Israeli-occupied Golan a nominal 192), from ISR/GOV (the "
     "sentence's 'Israeli Government'); 'occupied East Jerusalem' is a repeated mention of the same occupation, coded "
     "once (guideline); 'must pay sustained attention' asks an uncoded collective for attention, not a codable "
     "behaviour (guideline: deontic with no codable Y not coded); 'the Israeli Government decision to build a new "
     "settlement' (Har Homa) is left uncoded, settlement building having no CAMEO code (set 206: 'continued "
     "settlement' uncoded; borderline 1711/1712 ISR/GOV -> PSE, or set 142's boldest 080 reading); the rising "
     "'tension' is no act"),
 6: ([], "Nigeria (2014): 'The world must come together and win the war against terror' = a deontic for 'the world', "
         "an uncoded collective, against unnamed terrorists (held-out 54-61: acts between uncoded collectives not "
         "coded; set 103: the world's 'struggle' against terrorists null-null; borderline a demanded nominal 190 null "
         "-> null)"),
 7: ([], "Zimbabwe (2013): 'the Assembly should take the lead in setting the global agenda and restore its primacy, "
         "which has over the years been encroached upon by other organs' = a General Assembly revitalization position "
         "(held-out 54-61: UN reform positions not coded; set 208: support for General Assembly revitalization "
         "uncoded); the 'encroachment' by unnamed organs is an institutional metaphor, not coded (borderline a 170 "
         "org:UNSC -> org:UNGA)"),
 8: ([], "Chile (2010): 'We must encourage innovation and entrepreneurship' = a domestic economic aim with no "
         "counterpart actor, no act between actors"),
 # --- UNGDC 1990-2019 random: cue
 9: ([], "Oman (2017): 'Political and economic conflicts represent a failure of the international community to lend "
         "support for the least developed countries' = a failure of an uncoded collective toward an uncoded class of "
         "countries (held-out 54-61: acts between uncoded collectives not coded; set 197: an ODA decline between "
         "uncoded parties uncoded; borderline a negated nominal 070 null -> null); the migration, chaos and upheavals "
         "are results with no agent"),
 10: ([("delegation welcomes", "051", "CIV/GOV", "org:UNGA", False, A, N, False),
       ("convening", "043", "org:UNGA", N, False, A, N, True)],
      "Cote d'Ivoire (2009); 'my delegation welcomes the convening at the sixty-third session of two high-level "
      "meetings on Africa's development needs and the Millennium Development Goals' = a welcome (guideline: 051) of "
      "meetings the General Assembly held at its previous session; 'at the sixty-third session' names the convening "
      "body, the Assembly, so the welcome goes to its convener (held-out 11: welcoming the convening -> 051 to its "
      "named convener; set 165: commending the convening of a special Council meeting a 051 to org:UNSC plus a "
      "nominal 043 from it) -> 051 to org:UNGA, and 'the convening' a nominal 043 (guideline: host/convene) from "
      "org:UNGA, realised in 2008 -> asserted, the participants being all Member States -> target null (borderline "
      "set 113 and set 156's 051 with no target and the convening uncoded, for conferences whose convenors are not "
      "named; or org:UN for the MDG high-level event convened by the Secretary-General); 'We welcome the outcomes' "
      "lies in the next sentence"),
 11: ([("appealed to the high court", "115", "GAB/OPP", "GAB/GOV", False, A, N, False)],
      "Gabon (2009); 'given that nine unsuccessful candidates have appealed to the high court' = electoral petitions "
      "to the Constitutional Court against the proclaimed result -> legal action, bring lawsuit against 115 (set 35: "
      "Guyana filing its application at the ICJ 115 to the respondent), the losing candidates of the August 2009 "
      "election -> GAB/OPP (README: the OPP sector), against the proclaimed winner Ali Bongo Ondimba, a "
      "president-elect being the incoming government (README) -> GAB/GOV (borderline a generic 100 request to "
      "GAB/JUD, the court they appealed to, as 'appeal' is a 10x cue in political use; or target null); 'was "
      "officially proclaimed the elected President ... by the Constitutional Court' is the declaration of an "
      "election result, which has no CAMEO code, not coded (borderline a 051 GAB/JUD -> GAB/GOV); 'has a month to "
      "examine claims or appeals' states a legal time limit, no act; the election itself has no CAMEO code"),
 12: ([], "Saint Kitts and Nevis (2019): 'With every disaster comes a crisis of conscience in the international "
          "community that results in pledges and promises, few of which are fulfilled' = habitual pledges of an "
          "uncoded collective to unnamed disaster-hit countries (set 139: agentless pledges uncoded; set 116: "
          "unfulfilled aid promises between uncoded collectives uncoded; borderline a habitual nominal 0331 null -> "
          "null and a negated 071)"),
 13: ([], "Lithuania (2011): 'women leaders from all parts of the world met in Vilnius to share their experiences' = a "
          "meeting of an uncoded collective, Vilnius a place (guideline: a capital that is only a place is not a "
          "metonym; set 153: a meeting only 'held in Seoul' uncoded); the host is named only in the next sentence "
          "('This event, organized by Lithuania as Chair of the Community of Democracies'), which carries that act "
          "(borderline a 043 LTU/GOV with no target on 'met in Vilnius')"),
 14: ([], "Lithuania (2016): 'This year we agreed that the general debate would aim to give a universal push to the "
          "2030 Agenda' = 'we' meaning all Member States (held-out 42/43: not coded), an agreed theme of the debate "
          "(sets 198 and 208: a session theme uncoded)"),
 15: ([], "Eritrea (2012): 'our world now faces an environmental threat' = a risk (guideline: figurative 'threat'), "
          "the 'scourges of war and poverty' generic; no actor"),
 16: ([("train bombings", "183", N, "ESP", False, A, N, True),
       ("car bombings", "1832", N, "IRQ", False, A, N, True),
       ("car bombings", "1832", N, "IDN", False, A, N, True),
       ("car bombings", "1832", N, "SAU", False, A, N, True),
       ("terrorist attacks", "180", N, "IRQ", False, A, N, True),
       ("terrorist attacks", "180", N, "IDN", False, A, N, True),
       ("terrorist attacks", "180", N, "SAU", False, A, N, True),
       ("hostage-taking", "181", N, "RUS/CVL", False, A, N, True)],
      "Maldives (2004); a list of terrorist acts whose perpetrators the speech does not name -> agentless event nouns "
      "with no source, one per victim country (set 156: 'terrorism has continued to strike: ... in Madrid ... in Bali "
      "and Jakarta' one agentless 180 per victim country; set 209: 'the terrorist attacks in London and Madrid' one "
      "nominal 180 with no source each to bare GBR and ESP; set 180: named massacres coded): 'The train bombings in "
      "Madrid' (11 March 2004) -> non-military bombing 183 (set 111: the Canal Hotel bombing an agentless nominal 183) "
      "to bare ESP; 'car bombings and terrorist attacks in Iraq, Indonesia and Saudi Arabia' -> one car bombing 1832 "
      "(CAMEO: carry out car bombing) and one 180 per named country, bare IRQ, IDN and SAU, the two nouns being "
      "distinct acts (set 130: distinct acts coded once per code; borderline one 180 per country with the car "
      "bombings folded in); 'the hostage-taking tragedy in a Russian school' (Beslan, September 2004) -> take hostage "
      "181 (CAMEO: abduct, hijack, take hostage; set 131 coded Beslan's 'appalling attack on school children' as a "
      "180, here the noun names the hostage-taking itself; borderline 180), to the school's children and adults -> "
      "RUS/CVL (set 131; borderline bare RUS), the Chechen perpetrators unnamed -> source null (borderline RUS/REB "
      "from outside knowledge); 'grim reminders of the ... nature of terrorism' is an evaluation"),
 17: ([], "United Arab Emirates (2007): 'Our world still suffers from ... terrorism, organized crime, ... violations "
          "of human rights, and attempts to obtain nuclear weapons' = a list of generic global problems with no agent "
          "or victim named (held-out 54-61: agentless acts with no named party not coded); 'threats' are risks"),
 18: ([("strongly condemns", "111", "MDV/GOV", N, False, A, N, False)],
      "Maldives (2012); 'The Maldives strongly condemns the recent anti-Islamic video demeaning our Prophet Muhammad' "
      "= the speaker's condemnation (guideline: condemn -> 111), present -> asserted; the video's makers are never "
      "named -> target null (set 69: 'I must condemn ... abuses against Islam', the 2012 film's authors unnamed, a "
      "111 with no target; borderline USA/CVL from outside knowledge); 'demeaning our Prophet' is an insult by an "
      "inanimate subject, not coded (set 99: the movie that 'attacked the image of our Prophet' figurative)"),
 19: ([], "Iceland (2001): 'The Kyoto negotiations have been especially difficult' = negotiations among all parties "
          "to the Protocol, an uncoded collective (set 179: the Uruguay and Doha Round negotiations as an uncoded "
          "collective's left uncoded; borderline a nominal 046 null -> null); an evaluation"),
 20: ([("provision of humanitarian assistance", "073", N, "SOM/CVL", False, D, N, True)],
      "Oman (2011); 'We would also stress the importance of increasing the provision of humanitarian assistance to the "
      "millions of Somali refugees and displaced persons' = 'stress the importance' is itself a statement (01x, set "
      "37), but its object is a new act, the increase of aid, so it is read as 'it is important to help X' "
      "(guideline: demanded) -> demanded humanitarian aid 073, an event noun -> nominal, with no source since the "
      "donors are the uncoded international community of the sentence before (set 113: 'Our duty to provide all "
      "possible assistance' a demanded 073 with no source), to the Somali refugees and displaced -> SOM/CVL (set 37: "
      "'stress the importance of' the ongoing delivery of humanitarian aid an asserted nominal 073 null -> SYR/CVL; "
      "borderline asserted for the provision already under way, or a 1033 request from OMN/GOV)"),
 21: ([], "Kazakhstan (2011): 'Is that not the reason why ... most hacker attacks on banks, businesses, Government "
          "institutions, the military and even nuclear facilities have been able to be carried out with impunity?' = a "
          "rhetorical question that presupposes cyber attacks (README: cyber attacks 170), but with no attacker and "
          "no named victim country: generic targets worldwide (held-out 54-61 and set 209: acts with no named party "
          "left uncoded; borderline an asserted nominal 170 null -> null); 'with impunity' is no negated event"),
 22: ([("reaffirms its", "051", "LAO/GOV", "PSE/CVL", False, A, N, False)],
      "Lao PDR (2005); 'the Lao People's Democratic Republic reaffirms its unwavering support for the legitimate "
      "struggle of the Palestinian people, under the leadership of the Palestine Liberation Organization, to exercise "
      "their right to self-determination' = verbal support (guideline: 'express support' -> 051), performative -> "
      "asserted and not nominal (the verb 'reaffirms' carries it), to the Palestinian people -> PSE/CVL (set 115: "
      "support for its people's struggle a 051 to PSE/CVL; borderline a second 051 to PSE/GOV for the PLO's "
      "leadership); the struggle itself is not coded (set 115; borderline a nominal 140 PSE/CVL -> ISR/GOV, as set "
      "101's ANC struggle); 'living side by side with Israel' describes the hoped-for State, no act"),
 23: ([("capacity support", "070", N, "GUY/GOV", False, D, N, True),
       ("partnership", "050", N, "GUY/GOV", False, D, N, True)],
      "Guyana (2019); 'We reported significant progress' = Guyana's voluntary national review to the High-level "
      "Political Forum (sentence before), a national report, not coded (README: submitting a national report is not "
      "coded); 'reaffirmed our commitment to enhanced emphasis on quality education' is a domestic policy commitment, "
      "not coded; 'as well as the need for capacity support and partnership, especially in the area of data "
      "collection and management' = a statement of need in the speaker's own past voice (reported_by null: a "
      "speaker's own past statements) -> demanded aid with no source to the speaker's government (README: statements "
      "of need are demanded aid with no source; set 119: 'foreign financing needs' a demanded nominal 071 with no "
      "source) -> a demanded nominal 070 (technical capacity support; borderline 071) and a demanded nominal 050 for "
      "the partnership (set 137: 'We need intelligent modalities for cooperation' a demanded nominal 050 with no "
      "source to GNB/GOV; borderline one 070 with the partnership folded in)"),
 24: ([("held hostage", "181", N, "FJI/LEG", False, A, N, False)],
      "Fiji (2014); '56 days of shame in 2000 when members of our Parliament were held hostage' = the 2000 hostage "
      "crisis -> take hostage 181, historic -> asserted, a passive verb, not nominal; its agents (George Speight's "
      "gunmen) are named neither in the sentence nor in the text around it -> source null (guideline: agentless "
      "passives null; borderline FJI/REB from outside knowledge), the members of Parliament, among them the Prime "
      "Minister -> FJI/LEG (borderline FJI/GOV); 'four coups' are not coded (README: coups have no CAMEO code); 'a "
      "rebellion' is an event noun with no agent and no target (guideline: not coded; borderline a nominal 190 "
      "FJI/REB -> FJI/GOV); 'four Constitutions' is no act"),
 25: ([("I welcome the commitment", "051", "CAF/GOV", "org:EU", False, A, N, False),
       ("commitment made by the European Union", "0332", "org:EU", "CAF/MIL", False, A, N, True)],
      "Central African Republic (2018); 'I welcome the commitment made by the European Union and our bilateral "
      "partners to supporting the training and bolstering of our defence and security forces ... and to supporting "
      "the implementation of the national defence plan and the deployment of the Central African Armed Forces' = a "
      "welcome (guideline: 051) to the named committer, org:EU, the unnamed 'bilateral partners' dropped as an "
      "uncoded collective from the compound (README: collectives null; set 120: uncoded members of a compound "
      "dropped; the next sentence's MINUSCA, US, China, Russia and France are thanked for other, material support); "
      "the commitment itself = an intent to give military assistance stated as a fact (guideline: an explicit intent "
      "stated as a fact gives a 03x asserted) -> express intent to provide military aid 0332 (borderline 0312 or "
      "032), a commitment noun with its agent -> nominal (set 49: 'commitments made by the Presidents' a nominal "
      "030), to the armed forces it would train -> CAF/MIL (borderline CAF/GOV); one commitment with several "
      "purposes is coded once (README), so the defence plan and the deployment are folded in"),
 26: ([], "Italy (2004): 'two conditions for success: a sounder understanding of the threats we face and a broad "
          "consensus on the policies aimed at confronting them' = 'we' meaning all states (held-out 42/43), "
          "figurative threats; no act"),
 27: ([("most commendable", "051", "VUT/GOV", "org:UN", False, A, N, False)],
      "Vanuatu (2014); 'the efforts of the Secretary-General and his determination in addressing the challenges are "
      "most commendable' = the speaker's praise in a predicate of commendation (set 110: 'Deserve to be commended' the "
      "speaker's 051 to org:UN; set 127: 'efforts by United Nations agencies are commendable' the speaker's 051 to "
      "org:UN) -> 051 to org:UN (borderline an uncoded evaluation, as 'it is commendable to observe'); the "
      "Secretary-General's efforts on the Ebola 'security risks' (sentence before) are generic and not coded "
      "separately (borderline a nominal 073 org:UN with no target, as set 182's UNMEER)"),
 28: ([], "Lithuania (2013): 'There is no place for forced choices, open threats or demonstrations of power' = a "
          "generic norm; the pressure on Eastern Partnership states described in the text before ('being threatened "
          "with gas-price increases and blocked trade') has no agent named in the speech (set 129: a generic "
          "'Aggression must be treated as aggression' uncoded; borderline nominal 130 and 150 with no source and no "
          "target)"),
 29: ([], "Cameroon (2010): 'International assistance is stagnating and remains below the level of commitment made by "
          "developed countries to devote 0.7 per cent of their gross national product to it' = an ODA trend and an "
          "aid target between uncoded collectives (set 145: a falling-ODA trend between uncoded collectives uncoded; "
          "set 197: an ODA decline between uncoded parties uncoded; borderline a nominal 0331 null -> null)"),
 30: ([], "Benin (2011): 'Along these lines, the negotiations to reform the' = a fragment cut by the splitter whose verb "
          "lies after the cut, on UN reform negotiations (held-out 54-61: UN reform positions not coded; fragments "
          "whose verb lies outside the sentence left uncoded)"),
 # --- UNGDC 1990-2019 random: nocue
 31: ([], "Nigeria (2010): 'We note, however, that the illicit trade in and proliferation of small arms and light "
          "weapons do not receive adequate attention' = an observation (01x) about an agentless trade; 'do not "
          "receive adequate attention' is a matter of degree with no named actor, no negated event"),
 32: ([], "Sri Lanka (2018): 'As I said, 10 years have now passed since the end of the conflict' = a time expression; "
          "'the end of the conflict' names no party (set 143: a conflict named only by place uncoded; borderline a "
          "nominal 190 LKA/MIL -> LKA/REB from the text before)"),
 33: ([], "Chad (1991): 'President Idriss Deby has always said that the time has come to deal with one another by "
          "means other than weapons' = the head of state's habitual statement (speech verb not coded; his own "
          "government's statement, reported_by null) of a general principle for Chadians, 'one another' naming no "
          "party; the text after ('the choice of the people of Chad is a confrontation of ideas ... a national "
          "conference will be held') makes it domestic politics in general (set 129: a generic principle not coded; "
          "borderline a habitual 037 TCD/GOV with no target, or a demanded 0356 under 'the time has come')"),
 34: ([], "Austria (2004): 'an international order based on the rule of law is of paramount importance' = an "
          "evaluation, no act"),
 35: ([], "Liberia (2008): 'armed conflicts are exacerbated by easy access to small arms and light weapons' = a "
          "generalisation with no named party; Liberia a place"),
 36: ([("proposed initiatives", "030", "MNG/GOV", N, False, A, N, False),
       ("proposed the Peace", "030", "MNG/GOV", N, False, A, N, False)],
      "Mongolia (2018); 'We recently proposed initiatives to facilitate travel for nationals of countries along the "
      "Belt and Road corridor and proposed the Peace, Prosperity, Progress, Promise Award for junior diplomats and "
      "scholars from Belt and Road countries' = two proposals with their own verbs, each an offer of cooperation "
      "stated as a fact -> 030 asserted (set 130: proposals 'put forward' a 030 with no target; set 132: an "
      "'initiative for an International Solar Energy Alliance' a nominal 030 with no target; borderline 0311 or 0351 "
      "for the travel facilitation, or one 030 for both); the Belt and Road countries are an uncoded collective -> "
      "target null (borderline CHN/GOV, whose initiative the text before follows, or CHN/GOV and RUS/GOV as the 'two "
      "big neighbours')"),
 37: ([], "Peru (2015): 'We now renew our commitment to its purposes and principles' = a commitment to the Charter's "
          "purposes, with 'we' the founders of the sentence before, all states (set 137: reaffirmed commitments to the "
          "Charter uncoded; set 190: a commitment to the Charter uncoded; borderline a 030 PER/GOV -> org:UN, as set "
          "192's 'Reaffirm my country's commitment to the United Nations'); 'affirm the need to continue working' and "
          "'we leave future generations a sustainable planet' have 'we' meaning all (held-out 42/43)"),
 38: ([], "Seychelles (2019): 'The Seychellois people are bound to the sea and are cognizant of the untapped "
          "opportunities' = a description, no act"),
 39: ([], "Tunisia (2006): 'In spite of all the efforts made, achieving the' = a fragment cut by the splitter whose "
          "verb lies after the cut; the agentless 'efforts made' are the speaker's dialogue initiatives of the text "
          "before, not coded (fragments whose verb lies outside the sentence left uncoded)"),
 40: ([], "Finland (2010): 'I am honoured to co-chair the Secretary-General's High-level Panel on Global "
          "Sustainability together with my colleague, President Jacob Zuma of South Africa' = holding a chair of a UN "
          "body, a role rather than an act (set 187: chairing two UN bodies uncoded; set 127: serving on a UN "
          "commission uncoded; borderline a 050 FIN/GOV -> ZAF/GOV for working 'together with' Zuma, or a 043 with no "
          "target as set 114's chairing of an AHLC meeting; set 118 coded the same Panel only when Halonen said 'We "
          "have ... discussed')"),
 41: ([], "Honduras (1997): 'The United Nations faces challenges and expectations with regard to this serious matter "
          "of the viability of democracy' = a description, no act"),
 42: ([], "Romania (2015): 'Romania found in those years, a propitious framework, here in the United Nations, within "
          "which to assert its national independence and to make friends and partners throughout the world' = a "
          "historic evaluation of the UN as a framework; the infinitives are purposes with no named counterpart "
          "(borderline a 050 ROU/GOV with no target, or a nominal 070 org:UN -> ROU/GOV as the UN's help of the "
          "sentence before); 'despite having been part of the monolithic group of former Communist countries' is a "
          "status"),
 43: ([], "Bahamas (2011): 'What is clearly evident is the need for an integrated global response to supplement "
          "actions at the national, regional and subregional levels' = an agentless need with no addressee and "
          "'we' meaning all states (held-out 42/43); the illicit trade in small arms has no named actor"),
 44: ([], "Finland (1997): 'Conference's efforts to stop the further spread of anti-personnel landmines through a "
          "global and effective treaty' = a fragment starting after the splitter's cut ('Finland will continue to "
          "participate actively in the' lies before it), so the verb lies before the cut and the row is left uncoded "
          "(fragments whose verb lies outside the sentence); the Conference on Disarmament's efforts have no code (set "
          "149: its negotiations uncoded; borderline a nominal 046 with no source)"),
}
