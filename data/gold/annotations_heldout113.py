"""Hand annotations for the HUNDRED-AND-THIRTEENTH held-out event gold set (source of events-heldout113.jsonl).

Keyed by the row index of selection-heldout113.jsonl (output of select_bulk_heldout.py 113; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout113.jsonl \
        --annotations annotations_heldout113 --output events-heldout113.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Sweden (2005): 'Yet we still do not take the threat seriously enough' = the threat of weapons of mass "
         "destruction (preceding sentences), a risk (guideline: figurative 'threat'), with 'we' meaning all states "
         "(held-out 42/43: not coded); 'do not take seriously' is an attitude, no negated event"),
 1: ([("we call on", "102", "PLW/GOV", N, False, A, N, False)],
     "Palau (2016); 'we call on Member States that have not yet ratified the Treaty on the Non-Proliferation of "
     "Nuclear Weapons to do so' = a request (guideline: call on -> 10x) to an uncoded class of states -> target null "
     "(held-out 47 row 2: urging 'those Member States that have not done so' to join agreements 102, target null), "
     "Y = ratify a treaty -> 102 (held-out 43/45, 67 row 24: calls to ratify or join a treaty 102); Y not coded "
     "separately (guideline); 'have not yet ratified' = a negated 057 of an uncoded class with no counterpart, "
     "null-null, not coded (held-out 47 row 2); the purpose ('move one step closer to ... disarmament') is not an "
     "act"),
 2: ([], "Morocco (2008): 'the assistance provided by donor countries does not meet the expectations of developing "
         "countries despite the former's commitment to increase their global annual assistance to developing "
         "countries to $50 billion by 2010' = aid and an aid pledge of an uncoded collective (donor countries) to an "
         "uncoded collective (developing countries), null-null, not coded (held-out 46 row 6, 49 row 3, 100 row 46: "
         "unfulfilled commitments of the industrialized countries not coded; borderline an asserted 071 and a "
         "nominal 0331 null -> null); 'does not meet the expectations' bears on the amount, not a negated event"),
 3: ([("commensurate support", "070", N, "SOM/GOV", False, A, N, True),
      ("pledges made to the Government", "033", N, "SOM/GOV", False, A, N, True)],
     "Djibouti (2009); 'that [goodwill towards the Transitional Federal Government] has not been matched by a "
     "commensurate support in terms of resource flows' = support from unnamed donors (the international community, "
     "uncoded) to the Somali TFG -> nominal 070 with no source (held-out 52/53: hoped-for support from uncoded "
     "parties a nominal 070 with no source), to SOM/GOV ('the Government' of the same sentence); support was given, "
     "'not ... commensurate' bears on its amount -> asserted, not negated (held-out 53 row 4: 'the support we have "
     "extended has not been as great as we would have hoped' asserted 071; borderline negated, as unfulfilled "
     "pledges whose content is named, held-out 32 row 0); 'the promises and pledges made to the Government' = "
     "pledges of resources (the 2009 donor pledges for Somalia's security), realised -> nominal intent to provide "
     "aid 033 with no source (README: pledges of economic support 0331; borderline 0332 military aid, or 0331), "
     "promises and pledges one act"),
 4: ([("we call for the lifting", "1054", "SDN/GOV", "org:UNSC", False, A, N, False),
      ("imposed", "163", "org:UNSC", "IRQ", False, A, N, False)],
     "Sudan (1995); 'we call for the lifting of the embargo imposed on Iraq' = a request (guideline: call for -> "
     "10x) to ease an embargo -> 1054 (held-out 13 row 58, 21 row 60: calls to lift an embargo 1054), the imposer "
     "plain from the text before ('between Iraq and the Security Council', 'Security Council resolutions') -> "
     "org:UNSC (held-out 23 row 50: appeal to lift an embargo 1054 -> org:UNSC; README: a call to end an embargo "
     "whose imposer is never named has no target); 'the embargo imposed on Iraq' = the Security Council's "
     "sanctions, an agentless participle whose agent the document makes plain -> 163 org:UNSC -> bare IRQ "
     "(held-out 42 row 0: 'the comprehensive sanctions imposed on Iraq' 163 org:UNSC -> IRQ, the participle as "
     "trigger, not nominal; borderline IRQ/GOV); 'no longer has any legal justification' is an evaluation, and "
     "'no longer obtain' negates the grounds, not an event"),
 5: ([], "Japan (2008): 'I believe that the President of this Assembly and all the other dignitaries ... will ... "
         "acknowledge that Japan attaches great importance to the United Nations and has never once veered from the "
         "path of international cooperation' = the speaker's belief about how others will view Japan, not an act of "
         "theirs (borderline a future 051 org:UNGA -> JPN/GOV, held-out 8: acknowledging a government's progress "
         "051); 'attaches great importance' is an attitude; 'never once veered from the path of international "
         "cooperation' = litotes for steady cooperation with no named counterpart, an abstract policy position "
         "(guideline), not a negated event (borderline an asserted 030 JPN/GOV -> org:UN, as 'never wavered in our "
         "support' 051)"),
 6: ([("strongest supporters", "051", "DNK/GOV", "org:UN", False, A, N, True)],
     "Denmark (2015); 'Throughout the history of the United Nations, Denmark has been one of the strongest "
     "supporters of our world Organization' = Denmark's habitual support of the UN itself -> verbal support 051 "
     "(guideline; borderline 070 material support, Denmark being a major funder) to org:UN, an agent noun for a "
     "habitual act -> nominal (held-out 91 row 39: 'a key ally in addressing' nominal 070); borderline not coded as "
     "a standing position (held-out 91 row 38: 'a strong supporter of the central role of the United Nations' not "
     "coded, an abstract position on the UN's role; held-out 5 row 40); 'and that will not change' = a statement "
     "of resolve that the support continues, not a negated event (README: 'will not back down in our support' an "
     "asserted 051), coded once"),
 7: ([("provides such humanitarian assistance", "073", "LKA/GOV", "LKA/REB", False, A, N, False),
      ("attack it", "180", "LKA/REB", "LKA/GOV", False, A, N, False)],
     "Sri Lanka (2008); 'I do not think there is any country in the world where there is a Government that provides "
     "such humanitarian assistance to terrorists that attack it' = a rhetorical negative existential whose 'such' "
     "presupposes the Sri Lankan Government's own supply of food and medicines to the LTTE-held areas (preceding "
     "sentences: 'The Government of Sri Lanka continues this humanitarian policy ... the terrorists seize a good "
     "proportion of those humanitarian supplies') -> the presupposed act, asserted (README: a rhetorical question "
     "that presupposes an act is that act, asserted) -> 073 LKA/GOV -> the terrorists as the sentence names them, "
     "the LTTE -> LKA/REB (borderline LKA/CVL, the population of those areas); 'terrorists that attack it' = the "
     "LTTE's armed attacks on the Government, habitual -> unspecified violence by a non-state armed group 180 "
     "(guideline; borderline 190 generic military attack); 'I do not think' negates the existence of another "
     "such country, not the events; borderline not coded at all, the clause being generic"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Zambia (2009): 'Zambia considers the aid-for-trade component of the negotiations as critical' = an "
         "evaluation of a negotiating topic; the Doha Round and the aid for trade have no named actor; 'will develop "
         "our country's capacity' is an expected effect, not an act"),
 9: ([("occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Jordan (2002); 'We hope that the first move will come from Israel in the form of ending its occupation of "
     "Palestinian towns without delay' = an optative hope about another actor's act (README, fifth set: a hope about "
     "another actor's act not coded; borderline a request 1056 JOR/GOV -> ISR/GOV, or a hypothetical 0874), so the "
     "ending is not coded; 'its occupation of Palestinian towns' = the realised reoccupation of West Bank towns "
     "(2002), an event noun with its agent in the sentence ('Israel', 'its') -> nominal 192 (guideline: occupy "
     "192; README: a realised act named inside a request is coded too; 'Israeli-occupied Golan' a nominal 192), the "
     "occupied territory -> bare PSE (guideline: target of an invasion; borderline PSE/CVL)"),
 10: ([("I would like to urge", "100", "NIC/GOV", N, False, A, N, False)],
      "Nicaragua (1996); 'on behalf of my country and in our capacity of interim secretariat of the Conference, I "
      "would like to urge that the third conference of new democracies ... receive the international community's "
      "special attention' = a request (guideline: urge -> 10x), 'would like to' performative -> asserted, the "
      "secretariat of the International Conference of New or Restored Democracies having no code -> NIC/GOV; "
      "addressee the international community (uncoded) -> target null (held-out 77 row 10: requests to uncoded "
      "collectives coded with target null); Y = attention to a conference, no specific behaviour -> generic 100 "
      "(held-out 77 row 16: 'urge the United Nations to approach this troubling issue with the urgency' 100; "
      "borderline 102 policy support, or not coded as a general matter, held-out 102 row 17); 'which will be held "
      "next year in Bucharest, Romania' = an agentless future conference, Bucharest a venue, not a metonym -> not "
      "coded (borderline 036 future ROU/GOV as host, target null)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("We urge continued support", "1033", "BHS/GOV", N, False, A, N, False)],
      "Bahamas (2015); 'We urge continued support for the people of Dominica ... which suffered enormous damage and "
      "loss of life from Tropical Storm Erika' = a request (guideline: urge -> 10x) with no addressee named -> "
      "target null (held-out 77 row 35: a call for special assistance 1033 with target null), Y = relief and "
      "reconstruction aid after a storm -> demand humanitarian aid 1033 (borderline 1031 economic aid); Y (support "
      "to DMA/CVL) not coded separately (guideline; borderline a demanded 070 null -> DMA/CVL); the storm damage is "
      "a natural disaster, no actor"),
 12: ([("insisting", "100", "FJI/GOV", N, False, A, N, False)],
      "Fiji (2015); 'Fiji has been outspoken in insisting that all nations carry out their duty to reduce carbon "
      "emissions and control the production of greenhouse gases' = a request (guideline: insist -> 10x), habitual "
      "-> asserted, to all nations (uncoded) -> target null; Y = emission cuts, no specific CAMEO behaviour -> "
      "generic 100 (held-out 5 row 82, 103 row 13: calls to cut emissions 100); borderline not coded, the addressees "
      "uncoded and Y domestic climate policy ('carry out their duty' close to 'comply with obligations')"),
 13: ([], "Indonesia (2011): 'the recent heightened worldwide focus on the issue of Palestine can, and must, be "
          "channelled ... towards the promotion of an inclusive partnership among nations' = an agentless deontic "
          "about attention and an abstract partnership, no actor; the support for Palestine's membership bid lies in "
          "the preceding sentence"),
 14: ([], "Cambodia (2008): 'United Nations reform must be comprehensive and realistic' = a UN reform position "
          "(held-out 52/53, 54-61: reform positions not coded)"),
 15: ([], "Ecuador (2002): 'we must also make this century a century of respect on the part of all nations for the "
          "principles that govern international law' = 'we' meaning all states (held-out 42/43: not coded), respect "
          "for law being compliance, not a codable behaviour (guideline)"),
 16: ([("pay tribute", "051", "CAF/GOV", "FRA/GOV", False, A, N, False),
       ("is providing", "070", "FRA/GOV", "org:CEMAC", False, A, N, False)],
      "Central African Republic (2005); 'We should also pay tribute to the contribution of France' = the speaker's "
      "hortative tribute (README: 'should be welcomed' is the speaker's 051; 'pay tribute to' 051; the same speech's "
      "'we should pay tribute to the initiative taken by the United Nations Peacebuilding Support Office') -> 051 "
      "asserted to FRA/GOV; 'which is providing the multinational force of the Economic and Monetary Community of "
      "Central Africa with valuable logistical support' = France's logistic support to FOMUC, the CEMAC force "
      "deployed in the Central African Republic -> 070 (held-out 96 row 11: France's 'strong logistic support' to "
      "MISAB 070; borderline 072 military aid), 'the contribution' the same support, coded once; the force's "
      "contributing states are not named in the document (README, set 94-97: logistic support to a mission with no "
      "code goes to each contributing state named), so the force is coded as its organisation -> new organisation "
      "code org:CEMAC (the Central African Economic and Monetary Community; borderline CAF/GOV as the country the "
      "force serves, or target null)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("our latest political contacts", "040", "ROU/GOV", N, False, A, N, True)],
      "Romania (1997); 'our latest political contacts in the Middle East and in Bucharest' = Romania's consultations "
      "with Middle East parties -> nominal 040 (guideline: consult 040), the partners not named (the Middle East a "
      "region, Bucharest the venue, not a metonym) -> target null (held-out 77 row 5: discussions with an unnamed "
      "constituency 040 target null; borderline ISR/GOV and PSE/GOV by world knowledge, or not coded); 'It is our "
      "firm belief ... that the resumption of negotiations between the interested parties ... is the only way' = a "
      "belief about a hoped-for act of unnamed parties, not coded (borderline a hypothetical nominal 046); 'the "
      "principles agreed in the Madrid and Oslo accords' = agreements that name no party in the sentence or the "
      "paragraph (README: the welcome of an agreement codes it unless it names no party; borderline a nominal 057 "
      "ISR/GOV -> PSE/GOV by world knowledge)"),
 18: ([("We would commend", "051", "IRQ/GOV", "org:UN", False, A, N, False),
       ("providing humanitarian assistance", "073", "org:UN", "IRQ/CVL", False, A, N, False)],
      "Iraq (2016); 'We would commend the United Nations system' = a performative praise ('would' polite, not "
      "conditional) -> 051 asserted to org:UN (README: a UN programme as subject stands for org:UN); 'for providing "
      "humanitarian assistance to the people of Iraq' = the UN's realised aid, agent from the praise (README: thanks "
      "'for the ongoing support' gives the support its agent) -> 073 (guideline) to IRQ/CVL; 'for its role in "
      "addressing IDP issues' = the same assistance to the displaced, coded once (borderline a second nominal 070 "
      "org:UN -> IRQ/CVL)"),
 19: ([], "Uzbekistan (2003): 'Uzbekistan calls for strict compliance by all nations with a global nuclear "
          "non-proliferation regime' = a call to an uncoded collective whose Y is compliance with obligations, not a "
          "codable behaviour (guideline: 'comply with obligations' not coded; held-out 6 row 58: calls for 'full "
          "compliance with international law' not coded); borderline a generic 100 UZB/GOV -> null, as held-out 80 "
          "row 17's call on all States"),
 20: ([("we reject escalating", "120", "OMN/GOV", N, False, A, N, False),
       ("attacks", "180", N, "USA/GOV", False, A, N, True)],
      "Oman (2012); 'we reject escalating the reaction to a level resulting in attacks against diplomatic missions "
      "and representatives' = a performative non-acceptance by the speaker (guideline: REJECT 12x, negated false) "
      "-> 120, aimed at the unnamed perpetrators of the reaction to the anti-Muslim video -> target null (README: "
      "'We utterly reject attacks' by unnamed agents 120 with no target; borderline 111 condemnation); 'attacks ... "
      "such as those against United States and other Western diplomatic missions' = the September 2012 attacks on US "
      "embassies and the Benghazi consulate, realised, perpetrators unnamed -> nominal 180 with no source (README: an "
      "agentless terrorist attack 180 with no source, one per victim country; borderline 145 violent protest), the "
      "missions of the US Government -> USA/GOV (borderline bare USA); 'other Western' missions uncoded, dropped"),
 21: ([("to provide all possible", "073", N, "AFG/CVL", False, D, N, False)],
      "Qatar (2001); 'We believe that it is our duty to provide all possible assistance to those people' = a "
      "deontic ('our duty') whose 'our' is the international community the next sentence appeals to ('We therefore "
      "appeal to the international community to provide assistance') -> demanded with no source (held-out 66 row "
      "11: 'It is our duty ... to support their efforts' for every Member State, demanded with no source; "
      "borderline QAT/GOV as the speaker's own duty, or not coded as 'we' meaning all states, held-out 68 row 38, "
      "whose beneficiaries were uncoded); 'those people' = the people of Afghanistan (preceding sentence) -> "
      "AFG/CVL; their suffering -> humanitarian aid 073; 'the crisis brought about by the events of 11 September' "
      "is an agentless event noun, not coded"),
 22: ([("we encourage the efforts", "051", "COG/GOV", "org:UN", False, A, N, False)],
      "Congo (2002); 'we encourage the efforts of the Special Representative of the Secretary-General for the "
      "Democratic Republic of the Congo' = encouragement, verbal support (held-out 77 row 21: 'welcome and encourage' "
      "051) -> 051 to org:UN (the Secretary-General's representative; held-out 48/49: supporting the "
      "Secretary-General 051 to org:UN); 'aimed at concluding an inclusive agreement involving all the sons and "
      "daughters of that brotherly country' = the purpose, a hoped-for agreement among Congolese parties the "
      "sentence does not name, not coded (borderline a nominal 045 org:UN -> COD/GOV and COD/REB for the efforts "
      "as a facilitation)"),
 23: ([], "Gambia (2005): 'Their plight' (the people of Taiwan) 'is more sharply amplified by our present "
          "preoccupation with the conflicts raging today that pose a serious threat to international peace and "
          "security' = agentless conflicts and a figurative threat (guideline), no act"),
 24: ([], "Ghana (2005): 'Africa is generally agreed that the way forward is through partnerships among the African "
          "nations and with the rest of the world' = a shared view of an uncoded collective (Africa) about abstract "
          "partnerships, no act between actors (borderline a nominal 050 null -> null)"),
 25: ([], "Sao Tome and Principe (2007): a quotation of Martin Luther King, 'Injustice anywhere is a threat to "
          "justice everywhere' = a maxim; 'threat' figurative (guideline); no act"),
 26: ([("conclusion of Soviet-United States bilateral agreement", "057", "SUN/GOV", "USA/GOV", False, A, N, True)],
      "Ukraine (Ukrainian SSR, 1990); 'The conclusion of Soviet-United States bilateral agreement on the destruction "
      "and non-production of chemical weapons' = the June 1990 bilateral chemical weapons agreement, an agreement "
      "named by its parties -> nominal 057 from the first-named (README: an agreement named after its parties a "
      "nominal 057 from the first-named party; guideline: agreements concluded 057), the USSR of 1990 -> SUN/GOV "
      "(guideline: USSR -> SUN); 'quickly finalising a multilateral convention' = an agentless hoped-for conclusion "
      "with no named party, not coded"),
 27: ([("the support of donors", "070", N, "MDG/GOV", False, A, N, True)],
      "Madagascar (2005); 'This is the approach that Madagascar is taking now, with the support of donors' = "
      "realised support from uncoded donors -> nominal 070 with no source (README: 'we had a lot of help' a 070 "
      "with no source; 'reliant on the assistance of others' a nominal 070 with no source) to the speaker's "
      "government -> MDG/GOV (borderline 071 economic aid); the approach (agribusiness) is domestic policy"),
 28: ([], "Bhutan (2003): 'the need to accelerate the implementation of commitments made by both developed and "
          "developing countries at various international conferences' and 'the critical need for adequate financing "
          "mechanisms through trade, investment and official development assistance' = needs and commitments of "
          "uncoded collectives with no named counterpart, abstract development positions, null-null, not coded"),
 29: ([("wholeheartedly welcomes", "051", "ROU/GOV", "IRN/GOV", False, A, N, False),
       ("the agreement on the Iranian nuclear programme", "057", "IRN/GOV", N, False, A, N, True)],
      "Romania (2015); 'Romania wholeheartedly welcomes the agreement on the Iranian nuclear programme' (the JCPOA) "
      "-> 051 to the one party the document names, Iran -> IRN/GOV (README: the welcome of an agreement between "
      "named parties codes the agreement too; held-out 64 row 25: the JCPOA with Iran as the one named party, the "
      "E3/EU+3 unnamed -> target null), the agreement itself -> nominal 057 IRN/GOV with no target (the E3/EU+3 not "
      "named anywhere in the speech; the IAEA's praised role in the next sentence is a separate act; borderline "
      "the welcome with target null, or the 057 not coded)"),
 30: ([], "Thailand (1996): 'some Member States have begun to suggest that deadlines be imposed on their work' = a "
          "proposal of uncoded states on the working methods of the UN reform working groups (held-out 52/53: UN "
          "reform positions not coded), agentless 'be imposed'; not coded"),
 31: ([("My thanks", "051", "BRN/GOV", "org:UNGA", False, A, N, False)],
      "Brunei Darussalam (2014); 'My thanks also go to our outgoing President, Mr. John Ashe, for his excellent "
      "work' = thanks to the outgoing President of the General Assembly -> 051 to org:UNGA (README: appreciation of "
      "an outgoing President of the General Assembly goes to org:UNGA), performative -> asserted; 'his contribution "
      "to the discussions on the post-2015 development agenda' is the reason for the thanks, not coded separately"),
 32: ([("Equatorial Guinea welcomes", "051", "GNQ/GOV", N, False, A, N, False)],
      "Equatorial Guinea (1992); 'Equatorial Guinea welcomes these and other similar events' = a welcome (guideline: "
      "051) of the international conferences of the preceding sentence (the World Summit for Children, the Geneva "
      "summit on rural women, the Rio Earth Summit, the coming conferences on human rights, population, women and "
      "social development), whose convenors the text does not name (New York, Geneva and Rio de Janeiro are venues, "
      "not metonyms) -> target null (README: welcoming a decision of an uncoded body 051 with no target; "
      "borderline org:UN, most of them being United Nations conferences); 'reaffirms that ... are necessary "
      "conditions' is a statement of principle, not coded"),
 33: ([("attach great importance to supporting", "051", "ARE/GOV", N, False, A, N, False),
       ("to help the Iraqi", "070", N, "IRQ/CVL", False, A, N, False)],
      "United Arab Emirates (2004); 'We also attach great importance to supporting international and regional "
      "efforts to help the Iraqi people to rehabilitate their destroyed institutions' = the speaker's support for "
      "others' efforts -> 051 (held-out 76 row 27: 'We commend and support all efforts' 051), the efforts' authors "
      "uncoded collectives -> target null (borderline IRQ/CVL as the efforts' beneficiary, or not coded as an "
      "attitude, 'attach importance'); 'efforts to help the Iraqi people' = ongoing aid of uncoded international and "
      "regional actors -> 070 with no source to IRQ/CVL (README: support from uncoded parties 070 with no source; "
      "borderline not coded as the efforts' purpose); 'the unity and solidarity of the Iraqi people' is a state, "
      "and 'destroyed institutions' agentless"),
 34: ([], "Belize (2005): 'our people face threats to their human security: from AIDS, drug trafficking, trafficking "
          "in human persons, crushing poverty and growing inequality' = risks (guideline: figurative 'threat'), "
          "trafficking by unnamed criminals, no act between actors"),
 35: ([], "Finland (2001): 'International cooperation, after all, benefits all States, big and small' = a general "
          "evaluation, no actor"),
 36: ([], "Mongolia (2000): 'The lessons of Srebrenica, Rwanda and Sierra Leone have made it abundantly clear that a "
          "thorough and critical review is needed' = place names standing for past peacekeeping failures, no act "
          "named; the review of peace operations is a UN reform position (held-out 52/53), agentless"),
 37: ([], "Dominica (1998): 'the Charter obligations of the United Nations call for more than an ad hoc response "
          "arrangement' = an inanimate subject's requirement (obligations), not a request of an actor; the appeal "
          "for hurricane assistance lies in the preceding sentence"),
 38: ([("occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Somalia (2002); 'The people of Palestine, who continue to suffer under the Israeli occupation' = an event noun "
      "with its agent in the sentence ('Israeli') -> nominal 192 (guideline: occupy 192; README: 'Israeli-occupied "
      "Golan' a nominal 192), the occupied territory -> bare PSE (guideline: target of an invasion; borderline "
      "PSE/CVL, the people suffering it); the right to a State and to choose their leadership is a right, not an "
      "act"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Monaco (2007): 'All the programmes adopted by the Foundation comply with the environmental policy of my "
          "country' = the Prince Albert II Foundation's programmes and domestic policy, no act between actors"),
 40: ([], "Mali (2019): 'The crises in the northern and central regions of Mali have caused massive movements of "
          "thousands of our compatriots' = displacement caused by agentless crises, no actor (borderline a nominal "
          "174 with no source)"),
 41: ([], "New Zealand (2007): a fragment cut by the splitter, 'New Zealand wants to see a Bali road map emerge in' "
          "[December] = an optative wish about an agentless outcome of the Bali conference, no act"),
 42: ([], "Honduras (2004): land-title statistics, a description, no act"),
 43: ([], "Uzbekistan (1992): 'We require the activities of all forces and movements to remain within the limits of "
          "the law' = a domestic legal requirement addressed to all political forces (an uncoded collective, "
          "including the outlawed ones of the preceding sentence), Y = staying within the law, compliance and not a "
          "codable behaviour (guideline); borderline a 100 UZB/GOV -> UZB/OPP"),
 44: ([], "Argentina (2016): 'Our third goal is to unite Argentinians through dialogue' = a domestic policy goal, no "
          "act between actors"),
 45: ([], "Netherlands (2006): 'Does this mean that people can say whatever they want?' = a rhetorical question about "
          "free speech, no actor, no act"),
 46: ([("will grant a further amnesty", "056", "MMR/GOV", "MMR/CVL", False, F, N, False)],
      "Myanmar (2011); 'the President ... will grant a further amnesty at an appropriate time in the near future' = "
      "President Thein Sein's announced amnesty for prisoners -> forgive 056 (held-out 64 row 24: extending an "
      "amnesty 056, following PETRARCH's CAMEO dictionary; borderline 0353 intent to release persons, or 0841) "
      "future (guideline: will + event; a material yielding act keeping its own code, as the README's 'resuming visa "
      "services' future 081), the inmates (the previous amnesty released 20,000) -> MMR/CVL (borderline MMR/OPP "
      "for the political prisoners among them); 'inform the General Assembly' is a statement (01x), not coded"),
 47: ([], "Viet Nam (2013): 'It is a distinct honour for me to address this forum' = a courtesy about the speech, no "
          "act"),
 48: ([("we intend to join", "0312", "UKR/GOV", "org:EU", False, A, N, False)],
      "Ukraine (2009); 'we intend to join the European Union Atalanta anti-piracy naval operation' = an explicit "
      "intent verb stated as a fact -> 03x asserted (guideline), joining an EU naval operation -> intent to "
      "cooperate militarily 0312 (borderline 0334 intent to provide military protection) to org:EU; 'Ukraine will "
      "be actively engaged in all international endeavours' = a general commitment with no named counterpart "
      "(borderline a future 030 with target null), not coded"),
 49: ([], "Vanuatu (1991): 'there has never been any international or intergovernmental organisation as democratic or "
          "as successful as the United Nations' = an evaluation, no act; 'never' bears on a comparison"),
 50: ([], "Benin (2015): 'The President of the Republic of Benin is coming to the end of his two constitutional "
          "mandates, in compliance with the Constitution' = domestic constitutional succession, no act between actors "
          "(borderline a future 0831 resignation-like handover, not coded: a term's end, not a resignation)"),
 51: ([("express our gratitude", "051", "MRT/GOV", "org:UNGA", False, A, N, False)],
      "Mauritania (2016); 'I would like to express our gratitude to Mr. Mogens Lykketoft for all the hard work he "
      "undertook during his presidency at the seventieth session of the General Assembly' = thanks to the outgoing "
      "President of the General Assembly -> 051 to org:UNGA (README: appreciation of an outgoing President of the "
      "General Assembly), 'would like to' performative -> asserted"),
 52: ([], "Russian Federation (2005): 'The geographical scope of their activities is expanding' = 'their' = the "
          "Taliban, Al-Qaida and associated fighters of the preceding sentence; 'activities' names no specific act "
          "and no target (borderline a nominal 180 AFG/REB with no target)"),
}
