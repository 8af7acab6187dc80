"""Hand annotations for the HUNDRED-AND-FORTY-EIGHTH held-out event gold set (source of events-heldout148.jsonl).

Keyed by the row index of selection-heldout148.jsonl (output of select_bulk_sentence_heldout.py 148; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout148.jsonl \
        --annotations annotations_heldout148 --output events-heldout148.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Ireland (2018): 'A people who have been downtrodden for decades will not be forced or pressurized into "
         "negotiating through enforced hardship or humiliation' = a general statement of a people's resolve, made "
         "after the US cuts to UNRWA funding in the sentences before, with 'the human soul simply does not work that "
         "way' as its reason; not coded (set 117: 'a people which will not be intimidated' left uncoded as resolve; "
         "borderline a negated future 170 USA/GOV -> PSE/CVL, or a nominal 170 for 'enforced hardship'); "
         "'downtrodden' is an agentless state"),
 1: ([], "Brunei Darussalam (2005): 'we do not believe that solutions can be imposed' = a belief about the root "
         "causes of terrorism, an abstract position with no actor imposing anything (borderline 120 with no target)"),
 2: ([], "San Marino (2007): climate change as 'an imperative for each member of the international community, called "
         "upon to take action and share common strategies' = an agentless norm for all states (README: 'we' meaning "
         "all states not coded); 'can no longer be postponed' bears on joint actions with no actor, not a negated "
         "event"),
 3: ([], "Ecuador (2018): 'Otherwise, we will never lay the foundations for a peaceful coexistence' = 'we' meaning all "
         "human beings, a conditional about values; no act between actors"),
 4: ([], "Sudan (1996): 'confrontation and condemnation do not support human rights as well as cooperation, conviction "
         "and encouragement' = a generalisation about approaches to human rights, no actor and no target (borderline "
         "an implied 111 to the 'certain circles' of the sentence before, uncoded as they are unnamed)"),
 5: ([("to thank", "051", "CIV/GOV", "org:WB", False, A, N, False),
      ("to thank", "051", "CIV/GOV", "org:IMF", False, A, N, False),
      ("to thank", "051", "CIV/GOV", "org:EU", False, A, N, False),
      ("to thank", "051", "CIV/GOV", "org:AFDB", False, A, N, False),
      ("to thank", "051", "CIV/GOV", "FRA/GOV", False, A, N, False),
      ("fruitful cooperation", "061", "CIV/GOV", "org:WB", False, A, N, True),
      ("fruitful cooperation", "061", "CIV/GOV", "org:IMF", False, A, N, True),
      ("fruitful cooperation", "061", "CIV/GOV", "org:EU", False, A, N, True),
      ("fruitful cooperation", "061", "CIV/GOV", "org:AFDB", False, A, N, True),
      ("never failed to provide", "070", "FRA/GOV", "CIV/GOV", False, A, N, False)],
     "Cote d'Ivoire (1991); 'I should like to thank our international partners - the World Bank, the International "
     "Monetary Fund, the European Economic Community and the African Development Bank' = a performative thanks -> "
     "051 (guideline), one per named partner (guideline compound split): org:WB, org:IMF, the European Community -> "
     "org:EU (README), the African Development Bank -> org:AFDB (set 134); 'as well as friendly countries, foremost "
     "among them France' -> a fifth 051 to FRA/GOV, the other friendly countries uncoded and dropped (README: a group "
     "without a code is each member the document names); 'with whom we have enjoyed fruitful cooperation' = a "
     "cooperation noun naming its parties -> nominal cooperation, which the sentence before (the IMF credit line and "
     "the World Bank loan for structural adjustment) makes economic -> 061 (README: thanks to named cooperating "
     "countries a 051 and a 061 per country; borderline 050 under the plain cooperation-noun rule), one per "
     "institution, from the document's government; 'which have never failed to provide us with the necessary "
     "support' = litotes, an asserted support act (README: 'never wavered in our support' asserted 051; 'did not "
     "hesitate to respond' asserted 030) -> 070 FRA/GOV -> CIV/GOV, not negated (borderline 071 economic aid, or "
     "051 political support)"),
 6: ([("fully supports", "051", "MAR/GOV", "BIH/CVL", False, A, N, False),
      ("to help the Bosnian people", "070", "MAR/GOV", "BIH/CVL", False, A, N, False)],
     "Morocco (1996); 'Morocco fully supports the Bosnian people and their just cause, including the preservation of "
     "their sovereignty' -> 051 (guideline: support verbal 051) to the people -> BIH/CVL (README: the Palestinian "
     "people PSE/CVL; borderline BIH/GOV); 'has never hesitated, in its current capacity as Chairman of the "
     "Organization of the Islamic Conference, to shoulder its responsibilities to help the Bosnian people overcome "
     "their ordeal' = litotes, an asserted help act (README: 'did not hesitate to respond to the appeal' asserted) "
     "-> 070 MAR/GOV -> BIH/CVL, not negated; the chairmanship is Morocco's own capacity, so the act stays MAR/GOV "
     "(set 110: Congo's welcome 'in its capacity as' co-mediator stays its own; borderline org:OIC; borderline 073 "
     "humanitarian aid)"),
 7: ([("reached agreement", "057", "SRB/GOV", "XKX/GOV", False, A, N, False),
      ("has not recognized", "054", "SRB/GOV", "XKX/GOV", True, A, N, False)],
     "Serbia (2013); 'Belgrade and Pristina have only reached agreement over clearly defined matters, such as local "
     "elections and the establishment of a community of Serbian boroughs' = the April 2013 Brussels agreement -> 057 "
     "(guideline: agreements concluded 057), capital metonyms -> Belgrade SRB/GOV, Pristina XKX/GOV (README: Kosovo "
     "XKX; Pristina as XKX/GOV), symmetric, coded once from the first-named, which is also the document's own "
     "government (guideline); 'only' limits the scope of the agreement and does not negate it; 'the Republic of "
     "Serbia has not recognized the independence of Kosovo in any shape or form' = a plain negation of a past "
     "recognition -> negated 054 SRB/GOV -> XKX/GOV (README: countries that have not recognized Palestine a negated "
     "054; guideline: plain negation keeps the event's own code; borderline 120 as a standing non-recognition, "
     "the guideline's performative 'will not recognize'); 'Let us underscore' is the speaker's own statement"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Dominican Republic (2015): 'more than 130 million people projected to attain that status by 2030, according "
         "to the Organization for Economic Cooperation and Development' = a projection attributed to the OECD, no "
         "act between actors"),
 9: ([("urgent humanitarian assistance", "073", N, "SOM/CVL", False, D, N, True),
      ("livelihood support", "070", N, "SOM/CVL", False, D, N, True)],
     "Somalia (2006); 'approximately 1.8 million Somalis are still in need of urgent humanitarian assistance and "
     "livelihood support' = a statement of need (README: statements of need are demanded aid with no source; set "
     "129: 'calls for urgent international relief' a demanded nominal 073 and 070 with no source) -> a demanded "
     "nominal 073 for the humanitarian assistance and a demanded nominal 070 for the livelihood support, the "
     "providers unnamed -> no source, the people in need -> SOM/CVL (borderline one 073, or bare SOM); 'required "
     "relief assistance' is the same assistance, coded once; 'it is to be noted' is the speaker's own statement"),
 10: ([("our condemnation", "111", "QAT/GOV", N, False, A, N, True),
       ("we reject", "120", "QAT/GOV", N, False, A, N, False)],
      "Qatar (2017); 'While reaffirming our condemnation of all forms of extremism and terrorism' = the speaker's "
      "standing condemnation, perpetrators unnamed -> nominal 111 with no target (earlier sets: 'reaffirms its "
      "condemnation of acts of terrorism' and 'condemnation of terrorism in all its forms' 111 with no target; "
      "borderline not coded as an abstract position); 'we reject the tackling of this phenomenon using double "
      "standards ... or linking terrorism with a particular religion' = a performative rejection of a practice whose "
      "authors the sentence does not name -> 120 with no target (README: 'We utterly reject attacks' by unnamed "
      "agents 120 with no target; 'We reject that premise' 120 with no target; borderline not coded as a norm on "
      "counter-terrorism policy, as China's 2016 'double standards should not be applied', or target SAU/GOV and the "
      "other blockading states of 2017, which the sentence does not name); 'according to the identity of the "
      "perpetrators' is not attribution (guideline)"),
 11: ([], "Nepal (2013): 'The recent Fourth Global Review of Aid for Trade further confirmed its capacity to deliver' = "
          "an evaluation of the Aid for Trade initiative by a review, no act between actors"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Vanuatu (1992): 'an intergovernmental committee to negotiate a convention on drought and desertification "
          "will also be established' = an agentless future establishment of a body by the Assembly, an institutional "
          "act with no counterpart; the negotiation is its purpose, among an uncoded collective; not coded "
          "(borderline a future 036 from org:UNGA with no target)"),
 13: ([("initiated", "030", "MAR/GOV", N, False, A, N, False),
       ("has cooperated completely", "050", "MAR/GOV", "org:UN", False, A, N, False)],
      "Morocco (2000); 'the Kingdom of Morocco, which initiated the referendum' = Morocco's proposal of the Western "
      "Sahara referendum (1981) -> a proposal stated as a fact, 030 with no target (README: proposals 'put forward' "
      "a 030 with no target; borderline 037 as an offer to settle the dispute, or not coded as background); 'has "
      "cooperated completely in its implementation' = cooperation with the United Nations, which organises the "
      "referendum (the next sentence: 'the efforts undertaken by the Secretary-General to allow this process to "
      "reach a successful conclusion') -> 050 to org:UN (borderline target null); 'has indeed made a number of "
      "sacrifices to allow the population of that region to reassert its will' = unspecified concessions, no "
      "concrete act named, not coded (set 114: 'made enormous sacrifices' not coded itself; borderline 080 to "
      "org:UN, or 0833 to ESH/CVL); 'confirm' is the speaker's own statement"),
 14: ([("will work with", "030", "PHL/GOV", N, False, F, N, False)],
      "Philippines (2004); 'The Philippines will work with like-minded delegations in support of efforts to broaden "
      "such a dialogue' = a future cooperative act -> 030 future (guideline: future cooperative acts get 03x; "
      "README: 'hope that we can work together' 030 future; set 146: 'will step up its efforts, in close "
      "cooperation with friendly countries' future 030 with no target), the like-minded delegations uncoded -> "
      "target null; the support for efforts to broaden inter-faith dialogue is abstract, not coded separately"),
 # --- UNGDC 1990-2019 random: demand
 15: ([("should supply", "071", N, "org:UN", False, D, N, False),
       ("cooperating", "050", "CIV/GOV", "org:UN", False, A, N, False)],
      "Cote d'Ivoire (1993); 'the international community should supply - specifically through the United Nations "
      "Drug Control Programme ... - the needed financial resources' = a deontic with no request verb -> demanded "
      "(guideline), financial resources -> 071, the international community uncoded -> no source, the funds to be "
      "channelled through UNDCP -> org:UN (README: a UN programme stands for org:UN; pledges to a fund go to the fund; "
      "borderline null -> null for 'the African continent', and then not coded); 'with which my country is "
      "fruitfully cooperating' -> asserted 050 CIV/GOV -> org:UN (borderline 062 as cooperation against drug "
      "trafficking)"),
 16: ([], "Costa Rica (1990): 'The proximity of this anniversary should induce us to reformulate the bonds which join "
          "... America and Europe ... the developed world and the underdeveloped nations' = 'us' meaning all states "
          "(README), a hortative about relations between uncoded collectives; not coded"),
 17: ([], "Netherlands (1994): the principle of subsidiarity 'means that the higher level should not deal with matters "
          "that can be dealt with ... at the lower ... level' = a definition of a principle, no actor"),
 18: ([], "Germany (2003): 'We must agree how to ensure in the future an even better allocation of abilities, skills "
          "and scarce resources' = 'we' meaning the whole UN membership (README: 'we' meaning all states not coded), "
          "a UN reform position; not coded"),
 19: ([], "Djibouti (2002): 'As world leaders, we must see that it is done' = the end of the Danish Prime Minister's "
          "quotation made for the European Union, 'we' meaning all world leaders (README), a deontic with no specific "
          "act; not coded (had it been coded, reported_by DNK/GOV)"),
 20: ([], "Jamaica (1992): '[We] must all be part of finding an urgent solution to avoid political instability and "
          "social unrest' = 'we' meaning all states (README), no act between actors"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Canada (1990): 'Through supporting the co-operation of the various regional organizations ... and through "
          "encouraging Member States in their many recent efforts to strengthen democracy, the General Assembly can "
          "act as a catalyst' = a proposal of a role ('can act'), the supported organisations and the encouraged "
          "Member States uncoded collectives; not coded (borderline a hypothetical 051 from org:UNGA with no target)"),
 22: ([], "Namibia (1996): 'the member States of the Group of 77 and China, in their latest report, renewed their call "
          "for a just and predictable multilateral trading system' = a call of an uncoded group with no addressee on a "
          "general matter (set 110: calls with no addressee left uncoded; set 146: a joined call with no addressee "
          "uncoded); 'reaffirming their continued commitment to ... South-South cooperation' = an abstract commitment "
          "among the same uncoded collective; not coded (borderline a 1011 from NAM/GOV, a member, with no target)"),
 23: ([("our aid", "070", "MCO/GOV", N, False, A, N, True)],
      "Monaco (2003); 'particularly in Africa, where our aid has doubled' = Monaco's own aid, its agent in 'our' -> "
      "nominal 070 (README: one aid noun covering several kinds is one 070; the priority areas of the sentence "
      "before are education, health, child protection and development assistance; borderline 071), the "
      "beneficiaries named only as a continent -> target null; 'the adoption of the New Partnership for Africa's "
      "Development' = an agentless adoption of a programme, not coded; 'Its activities have resulted in numerous "
      "achievements' is an evaluation"),
 24: ([], "Chad (2014): 'It [the terrorism summit of the African Union Peace and Security Council] sought to consider in "
          "depth the terrorist threat and to agree specific and concrete measures' = the purpose of a meeting held "
          "among the AU's own members, whose convening lies in the sentence before; whether measures were agreed is "
          "not stated; not coded (borderline a 030 from TCD/GOV, which presided, to org:AU, or a 057 org:AU with no "
          "target)"),
 25: ([("mobilize military, financial and human resources", "070", "org:ECCAS", "CAF", False, A, N, False)],
      "Chad (2013); 'The countries of the region, through the Economic Community of Central African States, have made "
      "their utmost effort to mobilize military, financial and human resources to support peace and security in "
      "that country' = support to the Central African Republic (the sentence before) given through the regional "
      "organisation -> org:ECCAS (README: org:ECCAS; borderline TCD/GOV under the speaker-only rule); one support "
      "noun covering several kinds -> one 070 (README; borderline 074 for the ECCAS peace mission MICOPAX), 'in that "
      "country' -> bare CAF (borderline CAF/GOV, the transitional Government of the sentence before); 'have made "
      "their utmost effort' asserts the mobilisation"),
 26: ([("They agreed to set up working groups", "036", "GRC/GOV", "TUR/GOV", False, A, N, False),
       ("a future visit", "036", "GRC/GOV", "TUR/GOV", False, F, N, True)],
      "Greece (1991); 'They' = Prime Minister Mitsotakis and his Turkish counterpart, Mr. Yilmaz (the sentence before); "
      "'agreed to set up working groups to draft an agreement on friendship, cooperation and good-neighbourliness' = "
      "an explicit intent verb stated as a fact (guideline: 'EU leaders agreed to open negotiations' 03x asserted; "
      "README: 'the parties agreed to meet' 036 from the document's government) -> intent to negotiate the "
      "agreement, 036 asserted, symmetric, from the first-named, also the document's government (borderline 030, or "
      "057 for the agreement to set up the groups); 'to be signed in Ankara' is the aim of the drafting, folded "
      "into the 036 (borderline a separate future 057 or 030, set 130's awaited signing being a future nominal 057); "
      "'on the occasion of a future visit by the Greek Prime Minister to the Turkish capital' = an announced visit "
      "-> nominal 036 future (README: an announced trip 036 future); Ankara and 'the Turkish capital' are places, not "
      "metonyms"),
 27: ([], "China (1991): 'We wish to see an early resumption of the Paris conference and the official conclusion of an "
          "agreement on a comprehensive settlement of the Cambodian question' = an optative wish about others' acts "
          "(README: hopes about other actors' acts not coded; borderline a future 046 and 057 among the Cambodian "
          "parties, who are not named)"),
 28: ([("The complete pullout", "0874", "USA/MIL", "IRQ", False, A, N, True),
       ("signed by both parties", "057", "IRQ/GOV", "USA/GOV", False, A, N, False)],
      "Iraq (2010); 'The complete pullout of those forces on 31 August 2010' = the withdrawal of the 'United States "
      "combat forces operating in Iraq' of the sentence before -> nominal 0874 (retreat militarily) USA/MIL -> bare "
      "IRQ (set 141: 'Occupation troops in Iraq have not been withdrawn' 0874 USA/MIL -> IRQ; guideline: /MIL for "
      "named armed forces); 'the Agreement Between the United States of America and the Republic of Iraq On the "
      "Withdrawal of United States Forces from Iraq ..., signed by both parties on 17 November 2008' -> 057 "
      "(guideline: agreements concluded), symmetric, coded once from the document's own government (guideline; "
      "borderline USA/GOV -> IRQ/GOV, the first-named in the agreement's title); the withdrawal in the title is the "
      "same withdrawal, not coded again"),
 29: ([("generous assistance", "070", N, "KOR/GOV", False, A, N, True),
       ("cooperation", "050", N, "KOR/GOV", False, A, N, True)],
      "Republic of Korea (1992); 'the generous assistance and cooperation we received from advanced countries' = "
      "historic aid to post-war Korea from an uncoded collective -> no source (README: 'we had a lot of help' 070 "
      "with no source), received by 'we' -> KOR/GOV (borderline bare KOR); two nouns -> a nominal 070 and a nominal "
      "050 (set 120: 'contributions and cooperation of our partners' a nominal 070 and a nominal 050 with no source; "
      "borderline one 070); 'We distinctly remember the miseries' is a memory, not an act"),
 30: ([], "Lithuania (2002): 'underscore the importance of international and regional cooperation in non-proliferation "
          "and arms control' = an abstract policy position (guideline), no actor"),
 31: ([], "Uruguay (1996): the sentence starts at 'Opinion of the International Court of Justice' (the splitter cut "
          "after 'the Advisory'); the Advisory Opinion and the Test-Ban Treaty 'constitutes a basic instrument' = an "
          "evaluation of instruments; Uruguay's signature lies in the text before; not coded"),
 32: ([("to have welcomed", "075", "CAN/GOV", "SYR/CVL", False, A, N, False),
       ("welcoming many more", "075", N, "SYR/CVL", False, A, N, False)],
      "Canada (2018); 'we are very proud to have welcomed more than 50,000 Syrian refugees over the past three years' "
      "= admitting refugees -> 075 (README: admitting refugees 075; 'Chad receiving the refugees' 075 to the "
      "refugees' CVL) CAN/GOV -> SYR/CVL; 'many countries have also shown great leadership in welcoming many more' "
      "= the same act by an uncoded collective -> 075 with no source to the same refugees (README: praise from "
      "uncoded collectives a 051 with no source; borderline not coded, as an act of an uncoded collective, or "
      "target null); 'shown great leadership' is an evaluation, not a praise act; 'we are fully aware' is not coded"),
 33: ([], "Bulgaria (2000): 'We fully support the need to reform the United' [Nations], a fragment cut by the splitter; "
          "a UN reform position (README: UN reform positions not coded)"),
 34: ([], "Cambodia (2006): 'it is important for all of us to keep our commitment to maintain peace and security in the "
          "world' = 'us' meaning all states (README), an abstract commitment; threats as risks (guideline)"),
 35: ([("It supported", "051", "LBN/GOV", "org:UNSC", False, A, N, False)],
      "Lebanon (1999); 'It' = Lebanon (the sentence before: 'Lebanon was among the first countries to condemn the "
      "Iraqi invasion of Kuwait in August 1990'); 'supported all the Security Council resolutions adopted in this "
      "regard' = historic support for Council resolutions -> 051 to org:UNSC (set 132: 'Supported it', a General "
      "Assembly resolution, 051 to org:UNGA; README: welcoming a UN resolution 051 to its organ)"),
 36: ([], "Lithuania (2007): 'Before such an agreement is reached' = an agentless future global climate agreement "
          "among all countries, a time clause; 'Lithuania is doing its best to fulfil the commitment of the European "
          "Union to achieve at least a 20 per cent reduction in greenhouse gas emissions' = compliance with a "
          "unilateral EU target through domestic action, no act between actors (set 146: Kiribati's commitment to "
          "the Paris Agreement uncoded; borderline a nominal 030 org:EU with no target)"),
 37: ([("get cooperation", "062", "COD/GOV", "UGA/GOV", True, A, N, True)],
      "Uganda (1998); 'Before the fall of former President Mobutu, it was not possible for Uganda to get cooperation "
      "from the then Government in Zaire to ensure that Zairian territory was not used by terrorist organizations' = "
      "the Mobutu government's failure to cooperate on border security -> negated security cooperation 062 (README: "
      "security cooperation 062; borderline 050), from Zaire's government of the time -> COD/GOV (earlier sets: "
      "Zaire keeps the current code COD), to UGA/GOV, nominal; the terrorist organizations' use of Zairian territory "
      "'to create insecurity along the Uganda-Zaire border' lies inside the purpose clause of the cooperation that "
      "did not come, and is not coded (borderline an asserted 180 UGA/REB -> UGA, the bandits of the text after); "
      "'the fall of former President Mobutu' is agentless and not coded (README: coups not coded)"),
 38: ([("could support", "051", "org:UN", "AFG/GOV", False, H, N, False)],
      "Afghanistan (1994); the sentence starts at 'Mission could support' (the splitter cut after 'As an additional "
      "measure, the United Nations Special'), the subject taken from the context (README: a subject cut off by the "
      "splitter is taken from the context) -> the United Nations Special Mission -> org:UN; 'could support an "
      "initiative that would avoid any loopholes and would ensure fairness and impartiality in the proceedings' = "
      "the Government's suggestion that the Mission back the Afghan national gathering prepared at Herat (the "
      "sentences before) -> 051 hypothetical (guideline: could), to the Government that convened it -> AFG/GOV "
      "(borderline target null or bare AFG; borderline 070 material support, or demanded as a proposal)"),
 39: ([("has initiated discussions", "040", "EST/GOV", "org:EFTA", False, A, N, False)],
      "Estonia (1991); 'has initiated discussions on cooperation with the European Free Trade Association' = "
      "discussions begun -> 040 (guideline: discuss 040), new organisation code org:EFTA (borderline 036 as talks "
      "only initiated); 'is already a full member of the Conference on Security and Cooperation in Europe' is a "
      "membership status, not coded (README: membership positions uncoded); 'has strong ties with the nations of "
      "the Nordic Council' is a status with uncoded, unnamed partners, not coded (borderline a nominal 050 with no "
      "target, as set 134's 'ties of ... international cooperation')"),
 40: ([("We therefore call", "1042", "IDN/GOV", N, False, A, N, False)],
      "Indonesia (1996); 'We therefore call upon all trading partners to refrain from overloading the agenda of the "
      "first Ministerial Meeting of the WTO in Singapore ... with issues extraneous to trade' = a request (guideline: "
      "call on -> 10x) whose Y is dropping a policy (linking labour and environmental standards to trade, the "
      "sentence before) -> demand policy change 1042 (borderline generic 100), the addressees an uncoded collective "
      "-> target null (set 117: 'We call on all countries that have not yet done so to join the Rome Statute' a 102 "
      "with no target; borderline org:WTO, or not coded as a call with no coded addressee); Y is not coded separately (guideline)"),
 41: ([("has contributed", "070", "PRT/GOV", "org:OSCE", False, A, N, False)],
      "Portugal (1995); 'in the Organization for Security and Cooperation in Europe (OSCE) ... Portugal has "
      "contributed so that the Organization can continue to have a decisive role to play in the maintenance of "
      "stability' = Portugal's contribution to the OSCE's preventive-diplomacy role -> 070 to org:OSCE (set 131: "
      "Nepal's contribution to the UN's peace-and-security role a 070 to org:UN; borderline 050, or not coded as a "
      "member's participation in its own organisation)"),
 42: ([], "Palestine (1998): 'other blows resulting from the bombings and the grave deterioration of the living "
          "conditions of our people and deliberate acts to destroy the peace' = event nouns with no agent in the "
          "sentence; the speech names no bomber and no victim (the 1996 bombings), and the 'deliberate acts' are not "
          "tied to a named actor until Netanyahu's Government in the next paragraph, which begins 'a new chapter'; "
          "not coded (guideline: event nouns without an agent; borderline a nominal 180 with no source, or a nominal "
          "1712 ISR/GOV -> PSE/CVL); the assassination of Rabin lies in the sentence before"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "United Republic of Tanzania (2000): 'This is a huge burden for a poor country like Tanzania' = the hosting of "
          "refugees lies in the sentence before; an evaluation, no act"),
 44: ([], "Thailand (2001): 'Countries already struggling to recover ... are preparing to safeguard their economies' = "
          "uncoded collectives, domestic economic policy; no act between actors"),
 45: ([("extend our congratulations", "051", "MUS/GOV", "org:UN", False, A, N, False),
       ("extend our congratulations", "051", "MUS/GOV", "org:UNGA", False, A, N, False)],
      "Mauritius (2019); 'We also extend our congratulations to Secretary-General Antonio Guterres and the outgoing "
      "President of the General Assembly, Ms. Maria Fernanda Espinosa Garces, on their leadership' = a performative "
      "congratulation -> 051 (README: 'congratulated' 051), one per addressee: the Secretary-General -> org:UN, the "
      "outgoing President of the Assembly -> org:UNGA (README: appreciation of an outgoing President of the General "
      "Assembly goes to org:UNGA)"),
 46: ([], "Peru (2000): communism 'had to face other doctrines and world visions' = a figurative account of ideas, no "
          "actor or act"),
 47: ([], "Nepal (1993): 'The statesmanship shown by the leaders of Israel and the PLO promises a new beginning' = an "
          "evaluation of the leaders' conduct, with no praise verb and no act; the welcome of the Declaration of "
          "Principles lies in the sentence before (borderline a 051 NPL/GOV to ISR/GOV and to PSE/GOV)"),
 48: ([], "Indonesia (1995): 'in 1955 the leaders of Asia and Africa laid down the \"Dasa Sila of Bandung\"' = a "
          "historic declaration of principles by an uncoded collective, with no counterpart (README: declarations of "
          "uncoded groupings not coded; borderline a 057 from IDN/GOV, the host, with no target)"),
 49: ([], "Bosnia and Herzegovina (1998): 'Thanks to that document and to the tireless activities of people around the "
          "world, human rights have become a genuine global issue' = an evaluation, no act between actors"),
 50: ([], "Zambia (1994): 'The time has come for Africa to handle these situations resolutely' = Africa an uncoded "
          "collective, no specific act (borderline a demanded 045 with no source)"),
 51: ([], "Denmark (2000): 'Any intervention reflects a failure of prevention' = a generalisation, no actor"),
 52: ([], "Cote d'Ivoire (2006): 'authorization to deploy multinational forces is proving to be the appropriate tool' = "
          "an evaluation of a generic instrument, no named authoriser or deployment (borderline a nominal 074 from "
          "org:UNSC with no target)"),
 53: ([], "Central African Republic (2007): 'We are also gratified to assert that his distinctive skills will guarantee "
          "the success of our work' = a confident prediction about the President of the Assembly, an evaluation "
          "(earlier sets: Kenya 2011 and Guatemala 2008's predictions about a President's experience left uncoded; "
          "borderline 051 to org:UNGA); the congratulation lies in the sentence before"),
 54: ([], "Sudan (2003): 'requires the international community to make every effort to extricate them [the least "
          "developed countries] from the labyrinth of poverty' = a deontic between uncoded collectives, null -> null, "
          "not coded (borderline a demanded 070 null -> null)"),
 55: ([], "Rwanda (2000): 'more than 3 million refugees have been repatriated' = an agentless return of Rwandan "
          "refugees, with no code for voluntary repatriation and no actor; not coded (borderline an agentless 174 to "
          "RWA/CVL for the forced returns of 1996, which the speech does not describe)"),
 56: ([], "Oman (1997): 'Their goal is to end poverty and hunger' = the aim of Agenda 21's actions and principles, no "
          "actor"),
}
