"""Hand annotations for the TWO-HUNDRED-AND-EIGHTH held-out event gold set (source of events-heldout208.jsonl).

Keyed by the row index of selection-heldout208.jsonl (output of select_bulk_sentence_heldout.py 208; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout208.jsonl \\
        --annotations annotations_heldout208 --output events-heldout208.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Andorra (2007): 'To tell the truth, the planet is threatened; but I do not think that this is an accurate "
         "assertion' = a threat to the planet as a risk (guideline: figurative, 'threat to all of us'), with no "
         "actor; 'I do not think' negates the speaker's belief in an assertion, no negated event"),
 1: ([], "Gabon (2002): 'Our collective action for development will not be truly effective unless we use dialogue "
         "and cooperation as tools for global solidarity' = 'we' meaning all states (held-out 42/43), an abstract "
         "principle; 'will not be truly effective' bears on effectiveness, no negated event"),
 2: ([("refuses to come", "125", "BDI/REB", "BDI/GOV", False, A, N, False)],
     "Burundi (2004); 'The efforts to maintain peace are still being resisted by the Palipehutu-Forces nationales de "
     "liberation movement, which still refuses to come to the negotiating table' = the last rebel movement outside "
     "the Arusha process -> BDI/REB (README 136: PALIPEHUTU-FNL is BDI/REB); an explicit refusal to negotiate "
     "(guideline: 'unwillingness to negotiate' is REJECT, negated false; README: 'refusal to negotiate' 125), the "
     "negotiating table being the transitional Government's -> 125 BDI/REB -> BDI/GOV; 'still being resisted' is "
     "the same behaviour, which the relative clause spells out, coded once (guideline: a repeated mention of the "
     "same event is coded once; borderline a separate 120 BDI/REB -> BDI/GOV, as set 129's 'organized resistance', "
     "the peace efforts' authors being unnamed); 'still' is no negation"),
 3: ([], "Ethiopia (2008): 'We need economic relations that no longer penalize poor countries and ones that provide "
         "greater flexibility in development aid, the transfer of capital and the removal of excessive indebtedness' "
         "= a need for a reformed system of international economic relations, an abstract position with no named "
         "provider (set 150: Kenya's 'investments' demanded of the international community uncoded; held-out 202: "
         "'We now need public and private investment' uncoded); borderline a demanded 071 with no source to ETH/GOV "
         "under the README's statements-of-need rule; 'no longer penalize' bears on a system, no negated event"),
 4: ([("refuses to cooperate", "1245", "IRN/GOV", "org:IAEA", False, A, N, False)],
     "Germany (2009); 'the Iranian Government still refuses to cooperate fully with the IAEA and to remove serious "
     "doubts concerning the peaceful character of its nuclear programme' = an explicit refusal (guideline: REJECT, "
     "negated false) of cooperation with the nuclear inspectors -> refuse to allow international involvement 1245 "
     "(README: refusing safeguards is 1245 to org:IAEA; set 167: 'the Iraqi regime refuses to cooperate with the "
     "United Nations' a 1245) IRN/GOV -> org:IAEA; the second refused act ('to remove serious doubts') is folded "
     "in (README: a refusal with two refused acts is coded once, with the first act's code); 'Unfortunately' is a "
     "sentence adverb, not coded (set 135)"),
 5: ([("It is disappointing", "110", "NPL/GOV", N, False, A, N, False)],
     "Nepal (1999); 'It is disappointing that ... the Conference on Disarmament, has not been able to agree on an "
     "agenda of work' = the speaker's disapproval, a verb phrase like 'it is regrettable' (guideline: "
     "'disappointed' 110; set 145: 'It is unfortunate that' 110) -> 110 NPL/GOV, the Conference on Disarmament "
     "having no code -> target null (borderline org:UN, the Conference being a UN forum); the Conference's failure "
     "to agree is an internal matter among its uncoded members, left uncoded (held-out 56: Canada's 'has not even "
     "been able to agree on a work plan' uncoded; set 149: the Conference's failure to reach consensus uncoded; "
     "borderline a negated 057 with no source and no target)"),
 6: ([("delivery of humanitarian assistance", "073", N, "BIH/CVL", False, A, N, True)],
     "Saudi Arabia (1992); 'does not believe that ensuring the delivery of humanitarian assistance through the "
     "United Nations to the citizens of Bosnia and Herzegovina is sufficient' = the ongoing 1992 relief effort "
     "for Bosnia, presupposed as real and judged insufficient -> humanitarian aid 073, nominal, to the citizens "
     "-> BIH/CVL; the United Nations is the channel ('through'), the deliverers being the international "
     "community -> source null (set 174: an appeal 'through the United Nations', the UN being the channel; "
     "borderline org:UN as source, since UN agencies delivered the aid, or uncoded as a policy option); 'does not "
     "believe ... is sufficient' negates the speaker's belief about sufficiency, not the aid (guideline: negation "
     "that bears on something other than the event) -> asserted, not negated"),
 7: ([("reiterate this appeal", "105", "MOZ/GOV", N, False, A, N, False)],
     "Mozambique (2006); 'We reiterate this appeal' = the request of the sentence before, 'we urge developed "
     "countries to be more flexible, within the framework of the World Trade Organization, in their approach to "
     "the needs of developing countries' -> a repeated request, coded as the speaker's own (set 123: 'We reiterate "
     "our call for a United Nations presence' a 1031; set 171: 'We repeat that request' a generic 100), Y = "
     "flexibility in the Doha Round -> demand that target yields 105 (set 135: 'Urge the Government of Israel to "
     "show flexibility' is a 105; borderline 1011, or a generic 100 as set 171), the developed countries an "
     "uncoded collective -> target null; 'our partners do not want to witness the perpetuation of the "
     "marginalization' is a belief about the partners' wishes, no negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([("The agreement", "057", "SLE/GOV", "SLE/REB", False, A, N, True)],
     "Botswana (2001); 'The agreement between the Government and the Revolutionary United Front (RUF)' = the "
     "Abuja ceasefire agreement in Sierra Leone ('Recent developments in Sierra Leone', sentence before) -> an "
     "agreement named by its parties is a nominal 057 from the first-named (README) SLE/GOV -> SLE/REB (README: "
     "the RUF is SLE/REB); 'which will see the latter transformed into a political party' is a future "
     "transformation with no CAMEO act, not coded (borderline a future 0873 SLE/REB -> SLE/GOV); 'is a major "
     "achievement and an important step forward' is an evaluation (set 184: 'is a beneficial step in the right "
     "direction' uncoded)"),
 9: ([], "Nicaragua (1994): 'We are certain that this spirit of cooperation will be manifested once again at the "
         "International Conference on Peace and Development in Central America, to be held in Honduras' = a "
         "confident prediction about the conference's cooperation, a hope (set 123: a confident prediction is not "
         "coded), among unnamed participants; 'to be held in Honduras' names a venue (set 189: a conference 'to "
         "be held' at a venue uncoded; borderline a future 043 HND/GOV with no target)"),
 10: ([("has initiated", "163", "USA/GOV", "IRN/CVL", False, A, N, False)],
      "Iran (2018); 'The economic war that the United States has initiated under the rubric of new sanctions not "
      "only targets the Iranian people' = the 2018 re-imposed US sanctions, called an 'economic war' -> a metaphor "
      "for a real act is coded as that act (README 2nd set: 'a full assault on media freedom' coded as repression), "
      "i.e. sanctions 163, not 190 (guideline: figurative uses are not war), USA/GOV, realised -> asserted; its "
      "target named in the same clause ('targets the Iranian people') -> IRN/CVL (borderline bare IRN or "
      "IRN/GOV); 'new sanctions' is the same act, coded once; 'will also have harmful repercussions for the people "
      "of other countries' is an effect, not an act"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Suriname (2002): 'Governments of the developed world, international financial institutions and donor "
          "countries should increase their official development assistance' = a deontic for uncoded collectives "
          "(none named) to give aid to the developing countries, another uncoded collective, null -> null (held-out "
          "54-61: acts between uncoded collectives uncoded; borderline a demanded 071 with no source to SUR/GOV); "
          "'can by no means meet the needs' is an inability of developing countries, no negated event"),
 12: ([("occupation of Arab lands", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("should be vacated", "0874", "ISR/GOV", "PSE", False, D, N, False),
       ("restitution of the legitimate rights", "0833", "ISR/GOV", "PSE/CVL", False, D, N, True)],
      "India (1992); 'The occupation of Arab lands should be vacated and the restitution of the legitimate rights of "
      "the Palestinian people ... should be assured if a genuine settlement ... is to be achieved' = deontics with "
      "no request verb (guideline: 'X should do Y' codes Y, demanded); the occupier is Israel, named in the "
      "sentence before ('Israel and its Arab neighbours settling down to a dialogue'; README: a missing participant "
      "is taken from the context when the document makes it plain; borderline uncoded, as set 143 left 'the "
      "occupied territories' with Israel named only in the sentence before) -> the realised occupation a nominal "
      "192 ISR/GOV, asserted (set 162: Lebanon's 'need for Israel to withdraw' a demanded 0874 plus a nominal 192), "
      "and its ending a demanded 0874 ISR/GOV; the speech names no Arab land but the Palestinians' -> bare PSE for "
      "both (set 201: Lesotho's occupation and withdrawal coded to the Palestinians only; borderline SYR and LBN "
      "as well, as set 132); the restitution of the Palestinians' rights, including statehood -> accede to "
      "demands for rights 0833 (set 154: restoring the rights 0833 beside the 0874), an event noun, demanded, "
      "ISR/GOV -> PSE/CVL (borderline source null for the agentless passive); 'the security of all States in the "
      "region' is no behaviour, and 'if a genuine settlement ... is to be achieved' is an agentless purpose, not "
      "coded (borderline a hypothetical nominal 057 ISR/GOV -> PSE/GOV)"),
 13: ([], "Belize (2019): 'Its priority, and our priority, should be to enhance the delivery of development gains for "
          "people on the ground' = a deontic for the UN development system and 'us' (all states) whose Y is no "
          "codable behaviour (guideline: 'comply with obligations' etc. not coded)"),
 14: ([], "Dominica (2000): 'there must come into being a partnership between the pharmaceutical manufacturers and "
          "the stakeholders in the international community' = a demanded partnership between uncoded parties "
          "(unnamed companies of no stated country and an uncoded collective), null -> null (held-out 54-61: acts "
          "between uncoded collectives uncoded; borderline a demanded nominal 050 with no source and no target); "
          "'believes that' is the speaker's view (01x)"),
 15: ([("Poland urges the international community", "102", "POL/GOV", N, False, A, N, False)],
      "Poland (2017); 'Poland urges the international community to refrain from recognizing the faits accomplis "
      "that can result from such policies' = a request (guideline: urge -> 10x), one asserted REQUEST, Y not coded "
      "separately; Y = non-recognition of annexations -> demand policy support 102 (set 121: Nicaragua's call on "
      "the international community 'not to deny' Taiwan recognition a 102 with no target; borderline 1042), the "
      "international community uncoded -> target null; the 'not' of 'refrain from' lies inside what is asked, "
      "so not negated (set 197: 'encourage the developed countries not to ... reverse their gains'); 'situations in "
      "which States use aggression' is generic, the states unnamed (Georgia and Ukraine are named only in the text "
      "after), not coded"),
 16: ([], "Somalia (2017): 'No effort should be spared to neutralize the growth and influence of international "
          "terrorist organizations such as the Islamic State in Iraq and the Sham and Al-Qaida' = an agentless "
          "deontic against groups with no code (README: the Global Coalition to Defeat ISIS and AQIM have no code; "
          "held-out 17/18: ISIS no code; set 183: al Qaeda uncoded), null -> null, not coded (borderline a demanded "
          "190 with no source and no target); 'No effort should be spared' is litotes, no negation"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Belarus (2007): 'Today it is within our power to stop confrontation and to reject the solutions that it "
          "seeks to impose' = 'our' meaning the Non-Aligned majority of the hall, an uncoded collective (held-out "
          "42/43), and 'confrontation' personified as the imposer, figurative; no act between coded actors "
          "(borderline a 120 BLR/GOV with no target)"),
 18: ([], "India (2010): 'it is imperative for the global community to build on international cooperation and take "
          "concerted action against terrorists and their sponsors' = a deontic for an uncoded collective against "
          "unnamed terrorists and sponsors, null -> null (held-out 54-61: acts between uncoded collectives "
          "uncoded; borderline a demanded 062 with no source and no target)"),
 19: ([("the attack", "180", N, "org:UN", False, A, N, True)],
      "Congo (2003); 'Everyone remembers the attack of 19 August 2003 against the United Nations offices in Baghdad' "
      "= the Canal Hotel bombing, its perpetrators unnamed in the sentence and the document -> an agentless "
      "terrorist attack, nominal 180 with no source (README 54-61: an agentless terrorist attack is 180 with no "
      "source, one per victim; held-out 106 and 188: the same attack, named 'attack', a nominal 180 to org:UN), "
      "target the Organization -> org:UN; borderline 183, as set 111 and held-out 173 coded the same bombing when "
      "the text named it a bombing or 'attacks'; Baghdad is a place; 'Everyone remembers' is no act"),
 20: ([("welcome the International Drug Purchase Facility", "051", "NER/GOV", "FRA/GOV", False, A, N, False),
       ("launched by the French", "030", "FRA/GOV", N, False, A, N, False)],
      "Niger (2006); 'I would particularly like to welcome the International Drug Purchase Facility (UNITAID) "
      "initiative launched by the French Government' = a performative welcome (guideline: 051) of an initiative "
      "whose author the sentence names -> 051 to FRA/GOV (set 151: Tuvalu's welcome of 'the French initiative' to "
      "FRA/GOV); the launch of the initiative is a realised act -> an initiative is a 030 (set 132: 'an initiative "
      "for an International Solar Energy Alliance' a nominal 030 with no target), here on the participle, so not "
      "nominal (set 200: 'imposed by those institutions' not nominal as a participle), with no partner named -> "
      "target null (borderline 071 with no target for the financing, or uncoded as set 134 left the content of a "
      "welcomed initiative); 'to finance the fight against AIDS and malaria' is its purpose, folded in"),
 21: ([], "Cote d'Ivoire (2001): 'Of course, Cote d'Ivoire supports this position' = support for the African "
          "Union's claim to two permanent and five non-permanent Security Council seats (sentence before), a "
          "Security Council reform position (held-out 54-61: UN reform positions uncoded; set 188: an endorsed AU "
          "demand for permanent Council seats uncoded; borderline a 051 CIV/GOV -> org:AU)"),
 22: ([("reiterate our support", "051", "DZA/GOV", "PSE/CVL", False, A, N, False)],
      "Algeria (2017); 'We reiterate our support for the Palestinian people as they strive to regain their "
      "legitimate national rights and establish their independent State' = express support (guideline: 051) to "
      "the people -> PSE/CVL (set 115: support for the Palestinian people's struggle a 051 to PSE/CVL); 'as they "
      "strive to regain ... and establish' is the people's aim, no request verb, not coded (borderline a nominal "
      "1044 PSE/CVL with no target, as set 135's 'legitimate demand of the Palestinian people to establish an "
      "independent State')"),
 23: ([("commended", "051", N, "ARM/GOV", False, A, N, False),
       ("our initiative", "030", "ARM/GOV", "TUR/GOV", False, A, N, True),
       ("aborted", "128", "TUR/GOV", "ARM/GOV", False, A, N, False),
       ("signed in 2009", "057", "ARM/GOV", "TUR/GOV", False, A, N, False)],
      "Armenia (2011); 'our initiative was commended and widely supported by the international community' = praise "
      "from an uncoded collective -> 051 with no source (README: praise from uncoded collectives is a 051 with no "
      "source; set 130: 'fully supported by the international community' a 051 with no source) to ARM/GOV, "
      "'commended and widely supported' being one act of verbal backing, coded once (borderline a second 051, or "
      "070); 'our initiative' = the Armenia-Turkey normalization process 'initiated by us' (sentence before), an "
      "event noun with its agent in the possessive (guideline: 'Russia's invasion') -> nominal 030 ARM/GOV -> "
      "TUR/GOV (set 132: an initiative a nominal 030; borderline uncoded as anaphoric, as set 203's 'Neither "
      "proposal'); 'Turkey has in all ways possible aborted the ratification and implementation of the protocols' "
      "= Turkey's blocking of the ratification of the 2009 Zurich protocols -> a refusal to ratify, 128 (README 1st "
      "set and set 152: 'continues to refuse to ratify' a 128; set 183: 'refuses to sign ... treaties' 128), the "
      "protocols being bilateral -> ARM/GOV (borderline 120, or target null as for multilateral treaties); 'the "
      "protocols we signed in 2009' = the historic signing by both states -> 057 ARM/GOV -> TUR/GOV, from the "
      "document's government (guideline: symmetric acts from the document's own government)"),
 24: ([("we welcome the consensus", "051", "EGY/GOV", N, False, A, N, False)],
      "Egypt (2018); 'we welcome the consensus reached on the 2030 Agenda for Sustainable Development' = a welcome "
      "(guideline: 051) of an outcome agreed by all states -> target null (set 155: Luxembourg's welcome of the "
      "renewed MDG commitment made by all states a 051 with no target; held-out 184: support for an outcome agreed "
      "by all states a 051 with no target; borderline org:UNGA, which adopted the Agenda, as set 195's welcome of "
      "the Counter-Terrorism Strategy's adoption); the consensus itself is among all states, not coded ('we' "
      "meaning all states); 'require us to address the problem of financing' has 'us' meaning all states"),
 25: ([], "Georgia (1994): 'Different demands are being dictated by the times and different challenges are now "
          "facing the community of nations' = personified 'times', figurative, no actor and no request event"),
 26: ([], "Romania (1994): 'Romania supports the process of integration at the continental level' = support for an "
          "abstract process with no named actor (guideline: abstract policy positions without an actor not coded; "
          "borderline a 051 ROU/GOV -> org:EU, the EU being named only in the text after)"),
 27: ([("hope to resolve", "037", "CHN/GOV", N, False, F, N, False)],
      "China (2013); 'we sincerely hope to resolve them in accordance with proper procedures, through negotiation "
      "and consultation with the countries directly involved' = the speaker's own intent about its territorial "
      "and maritime disputes, the speaker being a party (README: 'hope that we can work together is 030 future'; "
      "set 188: 'We trust that an understanding will be reached', the speaker a party, a future 030) -> express "
      "intent to settle a dispute 037 (README: 'a settlement announced for the future is 037 future'), future, the "
      "'some countries' never named in the speech -> target null (borderline 036 for 'negotiation and "
      "consultation', or asserted as a standing position); 'China's disputes with some countries' is a state of "
      "affairs, not an event"),
 28: ([], "Tonga (2014): 'We also support the request of Heads of State and Government in the 2005 World Summit "
          "Outcome ... that its goals include the important work of revitalizing the General Assembly' = support "
          "for a UN reform goal, the General Assembly's revitalization (held-out 54-61: UN reform positions "
          "uncoded; sets 182, 184 and 190: support for UN reform uncoded); borderline a 051 TON/GOV -> org:UNGA "
          "plus a nominal 1044 from org:UNGA with no target, as set 197's support for Yeltsin's proposal"),
 29: ([("war against terrorism", "190", "SYR/MIL", "SYR/REB", False, A, N, True),
       ("with the support", "070", "RUS/GOV", "SYR/MIL", False, A, N, True),
       ("with the support", "070", "IRN/GOV", "SYR/MIL", False, A, N, True),
       ("with the support", "070", "LBN/REB", "SYR/MIL", False, A, N, True)],
      "Syria (2016); 'the Syrian Army is making considerable strides in its war against terrorism' = the army's "
      "ongoing campaign -> SYR/MIL (guideline: /MIL for armed forces), war -> 190 (guideline), nominal with its "
      "agent in 'its', against the armed groups the Government calls terrorists inside Syria -> SYR/REB (set 141: "
      "terrorists from within the country SYR/REB; guideline: unnamed outlaw groups are the country's REB); "
      "'with the support of the true friends of the Syrian people, notably the Russian Federation, Iran and the "
      "Lebanese national resistance' = one nominal support per named backer (guideline: compound split; the "
      "'true friends' dropped as the uncoded remainder), material backing of the war -> 070 (borderline 072 "
      "military aid, or 051), from RUS/GOV, IRN/GOV and Hizballah, 'the Lebanese national resistance' -> LBN/REB "
      "(README: Hizballah LBN/REB; set 147: 'its national resistance' LBN/REB), to the army whose strides they "
      "back -> SYR/MIL (borderline SYR/GOV, or SYR/CVL for 'friends of the Syrian people'); 'Our belief in "
      "victory' is a sentiment"),
 30: ([], "Belize (2015): 'Our National Assembly has recently enacted a new and robust Banking Act and has improved "
          "regulations ... to bring them in line with global efforts, including those of the Organization for "
          "Economic Cooperation and Development' = domestic legislation aligned with OECD transparency standards, "
          "compliance and not coded (set 150: Belize's 'will comply with' uncoded; set 169: Peru's compliance "
          "uncoded; borderline an 083 BLZ/LEG -> org:OECD, as set 163's election law amended to the OSCE's "
          "recommendations)"),
 31: ([("called for a firm response", "100", "GTM/GOV", N, False, A, N, False)],
      "Guatemala (2013); 'We also called for a firm response on the part of the international community in order to "
      "prevent any repetition of such deplorable acts' = the speaker's past request as a Security Council member "
      "(guideline: call for -> 10x), asserted; Y = an unspecified 'firm response' to the August 2013 chemical "
      "attack in Syria -> generic 100 (set 186: 'We call for the mustering of ... efforts' a generic 100 with no "
      "target), the international community uncoded -> target null (borderline SYR/GOV, against which the "
      "response would be aimed, or 1056); 'such deplorable acts' is anaphoric and agentless, not coded"),
 32: ([("pleased to welcome", "051", "YEM/GOV", "USA/GOV", False, A, N, False),
       ("initiative by President George Bush", "0356", "USA/GOV", N, False, A, N, True)],
      "Yemen (1991); 'we are pleased to welcome the initiative by President George Bush of the United States of "
      "America to remove certain categories of nuclear weapons' = a welcome (guideline: 051) of the September 1991 "
      "Presidential Nuclear Initiatives -> 051 to USA/GOV (Bush as head of government); the initiative itself is "
      "an announced unilateral withdrawal, an event noun with its agent ('by President George Bush') -> express "
      "intent to de-escalate military engagement 0356, asserted as an intent stated as a fact (guideline), nominal, "
      "with no partner named in the speech -> target null (set 132: an initiative a nominal 030; borderline a "
      "future nominal 087, as set 174's agreed Bush-Yeltsin cuts, or target SUN/GOV)"),
 33: ([], "Tajikistan (1996): 'The scale of the conflict and the degree of involvement of forces from the territory "
          "of a neighbouring State posed a threat to peace and security' = the anaphoric civil war ('the conflict "
          "imposed on the Tajik people', sentence before) and the involvement of 'forces' from a neighbouring "
          "State the speech never names (Afghanistan is implicit, not named), not coded (set 178: an anaphoric "
          "'That attack' uncoded; README: a state the speaker leaves unnamed is coded only when the document makes "
          "it plain; borderline a nominal 190 TJK/REB -> bare TJK); 'posed a threat' is a risk (guideline: "
          "figurative)"),
 34: ([], "Kyrgyzstan (2005): 'We hope to obtain the corresponding support of the world community' = a hope about "
          "other actors' support (README: 'we count on', 'look forward to the support of' are optative and not "
          "coded), the world community an uncoded collective (borderline a 102 KGZ/GOV with no target for the "
          "nuclear-weapon-free zone treaty of the text before)"),
 35: ([], "Samoa (2012): 'Climate change ... poses one of the gravest threats to humankind' = a risk (guideline: "
          "figurative 'threat to all of us'), no actor"),
 36: ([("brutal slaughter", "202", N, "AFG/CVL", False, A, N, True),
       ("brutal slaughter", "202", N, "PAK/CVL", False, A, N, True),
       ("brutal slaughter", "202", N, "IND/CVL", False, A, N, True),
       ("brutal slaughter", "202", N, "DZA/CVL", False, A, N, True)],
      "Afghanistan (2008); 'witnessed with disbelief the brutal slaughter of innocent people at the hands of "
      "terrorists in Afghanistan, Pakistan, India, Algeria and several other parts of the world' = killings of "
      "many civilians -> 202 (guideline: killings of many civilians / massacres), nominal, one per victim country "
      "named (README 54-61: an agentless terrorist attack is coded once per victim country; set 180: named "
      "massacres a nominal 202 with no source per country), the innocent people -> each country's CVL; the "
      "perpetrators are unnamed 'terrorists' of several countries -> source null (borderline each country's REB, "
      "or 180 as terrorist violence); 'We have ... witnessed' has 'we' meaning all states, not coded; 'lives "
      "threatened by the shortage of food' is no act"),
 37: ([], "Lebanon (2015): 'developments in the Middle East continue to threaten the social, cultural and religious "
          "diversity of the region' = inanimate 'developments' as a risk (guideline: figurative), no actor"),
 38: ([("demand the", "1053", "NIC/GOV", "USA/GOV", False, A, N, False),
       ("kept in prison", "173", "USA/GOV", "CUB/CVL", False, A, N, False)],
      "Nicaragua (2012); 'We also demand the immediate and unconditional release of the five Cuban patriots' = a "
      "request (guideline: demand -> 10x), Y = release of persons -> 1053 (guideline), to the detaining state, "
      "named in the same sentence ('in the United States of America') -> USA/GOV; 'who are unjustly kept in "
      "prison in the United States' = the detention in the relative clause (README: support for a release is 1053 "
      "and the detention in its relative clause 173; set 189: keeping the Cuban Five 'in prison' a 173 to "
      "CUB/CVL) -> 173 USA/GOV -> CUB/CVL, the jailer plain from the place (borderline USA/JUD), on the passive "
      "verb, not nominal"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Switzerland (2009): 'It is important to ensure that the voices of these institutions too be heard within "
          "the G-20' = a global-governance position on the IMF, the World Bank and UNDP being consulted by the G-20 "
          "(set 153: Algeria's 'greater complementarity between the United Nations and the Bretton Woods "
          "institutions' uncoded; set 118: a wished-for AU-UN cooperation uncoded); borderline a demanded 040 from "
          "org:G20 to each of org:IMF, org:WB and org:UNDP"),
 40: ([], "Benin (1999): 'The measures include action to stabilize public finances, liberalize the economy, ... "
          "combat corruption and preserve social peace' = domestic reform measures (set 176: a guarantee of "
          "constitutional rights uncoded; set 118: domestic programmes), no act between actors"),
 41: ([], "Mozambique (2015): 'Those relations are based on the principle of sovereign equality among States, the "
          "peaceful settlement of disputes and non-interference in domestic affairs' = Charter principles, no "
          "actor and no event"),
 42: ([("express my delegation", "051", "SVK/GOV", "org:UNGA", False, A, N, False)],
      "Slovakia (2011); 'I also wish to express my delegation's appreciation and gratitude for the exquisite work of "
      "his predecessor, Mr. Joseph Deiss' = thanks and praise (guideline: thank/praise 051) of the outgoing "
      "President of the General Assembly -> org:UNGA (README: tributes to a former President of the Assembly go "
      "to org:UNGA; appreciation of an outgoing President of the General Assembly goes to org:UNGA), performative "
      "-> asserted, one event for 'appreciation and gratitude'; 'who so skilfully guided our proceedings' is an "
      "evaluation of his presiding, not coded"),
 43: ([("renewing its call", "1054", "KHM/GOV", N, False, A, N, False),
       ("this embargo", "163", N, "CUB", False, A, N, True)],
      "Cambodia (2011); 'Cambodia is today renewing its call for lifting this embargo' = a request (guideline: "
      "call for -> 10x), Y = ending an embargo -> 1054 (README: a call to end the embargo 1054), performative -> "
      "asserted; the speech never names the United States as the embargo's author -> target null (set 122: the "
      "speaker's 1054 with no target because the speech never names the United States; README: a call to end an "
      "embargo whose imposer the document never names has no target); 'this embargo' = 'The embargo against "
      "Cuba' of the sentence before -> a nominal 163 with no source (set 127: an embargo whose imposer the speech "
      "never names a nominal 163 with no source to the bare country) -> bare CUB (borderline CUB/CVL, as 'has "
      "brought the Cuban people nothing but suffering', or uncoded as anaphoric); the suffering is its effect"),
 44: ([], "Venezuela (2001): 'Venezuela has also shouldered its responsibility in various forums and international "
          "arenas' = a self-description with no counterpart and no act (the OAS and OPEC proposals lie in the text "
          "after)"),
 45: ([], "Eritrea (2013): a fragment '[the major Powers that controlled the General] Assembly and the various "
          "institutions and agencies of the United Nations, through partial hegemony, felt after 1991 that they "
          "were better positioned to secure and consolidate their total domination of the United Nations' = its "
          "verb 'controlled' falls before the splitter's cut, and the 'major Powers' are an uncoded collective "
          "whose 'felt ... better positioned to secure' is a belief about an aim (README: fragments whose act lies "
          "outside the sentence uncoded; borderline a nominal 170 with no source to org:UN for the domination)"),
 46: ([], "Slovenia (2018): 'No nation or State will make gains if it strives only to assert its own interests' = a "
          "generalisation about all states, no act"),
 47: ([], "Brazil (2006): 'Scourges such as organized crime, drug trafficking and terrorism will find fertile ground "
          "in which to proliferate' = a predicted consequence of a failed Doha Round, phenomena and no actor"),
 48: ([], "Nepal (2017): 'All of those challenges reinforce the role and responsibility of the United Nations' = "
          "inanimate 'challenges' as subject, an evaluation, no act"),
 49: ([], "Angola (2018): 'The seventy-third session of the General Assembly is being held under the theme ...' = the "
          "session theme (held-out 54-61: a theme welcome uncoded; set 193: a meeting's theme uncoded), no act"),
 50: ([], "Brazil (1992): 'Much has indeed been accomplished in the field of disarmament, yet much remains to be "
          "done' = an agentless evaluation of disarmament progress, no act between named actors"),
 51: ([], "Hungary (2012): 'Ninety per cent of all communal wastewater ... is discharged into rivers without any "
          "treatment whatsoever' = an environmental statistic, no political act; 'without any treatment' is no "
          "negated event"),
 52: ([], "Lesotho (2006): a fragment 'Conference of the Parties to the Treaty on the Non-' whose verb ('Also "
          "regrettable is the failure of the 2005 Review') falls before the splitter's cut (README: fragments whose "
          "act lies outside the sentence uncoded; borderline a 110 LSO/GOV with no target and a negated 057 among "
          "the uncoded NPT parties)"),
}
