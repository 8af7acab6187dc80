"""Hand annotations for the HUNDRED-AND-TWENTY-SIXTH held-out event gold set (source of events-heldout126.jsonl).

Keyed by the row index of selection-heldout126.jsonl (output of select_bulk_sentence_heldout.py 126; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, in each of which one other sentence was
annotated for an earlier set; only the bytes of the selected sentence are annotated here).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout126.jsonl \
        --annotations annotations_heldout126 --output events-heldout126.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Guyana (2011): 'Existing pledges on greenhouse gas emissions under the Copenhagen Accord will not contain "
         "global temperature rises' = an evaluation of emission pledges made by all parties (an uncoded collective "
         "with no counterpart; borderline a nominal 030 null -> null, left uncoded as acts between uncoded "
         "collectives); 'will not contain' negates an effect, not an event; 'some States will face extinction' is a "
         "prediction with no actor"),
 1: ([("welcomes", "051", "IRN/GOV", "org:OIC", False, A, N, False),
      ("cooperation", "050", "org:OIC", N, False, A, N, True)],
     "Iran (1995); 'welcomes the recent cooperation between the two Contact Groups' = the OIC Contact Group on Bosnia "
     "(named in the sentence before as 'the Organization of the Islamic Conference (OIC) Contact Group') and the "
     "five-nation Contact Group, whose members the speech never names -> a welcome aimed at a process goes to its "
     "named parties (held-out 8): 051 to org:OIC, the OIC's Contact Group standing for the organisation (new "
     "choice; borderline dropped as a group without a code), the other Contact Group dropped (held-out 76 row 36: "
     "the Quartet, members unnamed, dropped); the cooperation = a cooperation noun naming its parties -> nominal 050 "
     "from the coded party, target null for the uncoded one (borderline source null, target org:OIC); 'holds that "
     "only a plan which does not entail recognition ...' is an abstract position on a settlement, not coded "
     "(borderline a hypothetical negated 054)"),
 2: ([("support", "070", N, "KNA/GOV", True, A, N, True)],
     "Saint Kitts and Nevis (2005); 'support from the international community has not been forthcoming' = a realised "
     "non-event (guideline: plain negation of an event keeps its code, negated), the support for the sugar "
     "industry's diversification -> nominal 070, the international community uncoded -> source null, to the "
     "speaker's government (held-out: 'has not yet received adequate recognition by the international community' "
     "a negated 051 with no source; 'there are few who are willing to assist us' a negated 033); borderline "
     "uncoded, as set 115 left creditors' withheld support; 'We have tried to prepare ... through a process of "
     "economic diversification' is domestic policy"),
 3: ([("has not met with the reaction", "030", "COG/GOV", N, True, A, N, False),
      ("has not met with the reaction", "030", "COG/OPP", N, True, A, N, False)],
     "Gabon (1997); 'the appeal has not met with the reaction on the ground we had hoped for' = the Libreville "
     "summit's appeal (sentence before) 'to the warring factions to stop fighting' in Congo (Brazzaville) has not "
     "been heeded -> 'not respond to a call' = negated 030 (guideline; held-out: a call that 'has not elicited the "
     "expected response' a negated 030); the responders are the warring factions named in the sentence before, "
     "which the speech identifies as President Lissouba's side and 'the Opposition' (the power-sharing draft) -> "
     "one negated 030 each from COG/GOV and COG/OPP (new choice; borderline source null as in the earlier "
     "precedent, which would leave null -> null uncoded, or COG/REB for Sassou Nguesso's militia); the appeal's "
     "author, the summit of nine Heads of State, is an uncoded collective -> target null (borderline GAB/GOV as "
     "convenor, 'we had hoped for')"),
 4: ([], "United Kingdom (2009): 'We do not and must not turn off the life support for our economy prematurely' = "
         "a metaphor for the governments' own economic stimulus, domestic policy with no counterpart ('we' the G20 "
         "governments; held-out 42/43: 'we' meaning all states not coded); no act between actors"),
 5: ([], "Iceland (2015): 'The United Nations has not always met our expectations' = an evaluation of the "
         "Organization, no act (borderline 110 ISL/GOV -> org:UN); 'all countries can work to solve the problems' "
         "is a description with 'countries' meaning all states"),
 6: ([], "Zaire (1993): 'it is our keen hope that there will be genuine reconciliation within the black community in "
         "South Africa so that a fratricidal war does not break out' = an optative hope about unnamed groups (the ANC "
         "and Inkatha, not named in the sentence) and a hypothetical war that is hoped not to happen (held-out: "
         "optative hopes not coded; borderline a hypothetical negated 190 ZAF/CVL); 'those who wish to hold back the "
         "advent' are unnamed"),
 7: ([], "Zimbabwe (2006): 'the denial of assistance to countries on political grounds ... will do more harm' = a "
         "generic statement about an agentless event noun (the donors unnamed) aimed at an uncoded class of "
         "'countries' (guideline: event nouns without an agent not coded); borderline a nominal 162 null -> "
         "ZWE/GOV, Zimbabwe's own case following in the next sentence"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("calls on", "107", "IRL/GOV", "RUS/GOV", False, A, N, False),
      ("calls on", "107", "IRL/GOV", "UKR/GOV", False, A, N, False)],
     "Ireland (2015); 'Ireland calls on all sides to respect and fully implement the Minsk agreements and to "
     "cooperate with the peacebuilding efforts of the OSCE' = a request (guideline: call on -> 10x), 'all sides' = "
     "the parties to the conflict the sentence before names, Russia (its annexation of Crimea) and Ukraine -> one "
     "request each to RUS/GOV and UKR/GOV (held-out 12/13: a group without a code is each member the document "
     "names; borderline a third to UKR/REB for the eastern separatists, whom the speech never names); Y = "
     "implementing a peace agreement -> 107 (held-out: a call to return to an agreement 107; borderline 1055 for the "
     "cooperation with the OSCE, or 1056); Y not coded separately (guideline); no capital metonym in the sentence"),
 9: ([("respect for the choice", "0833", N, "UKR/CVL", False, D, N, True)],
     "Russian Federation (2015); 'What is needed is respect for the choice of the people of the Donbas region, "
     "genuine consideration of their interests and rights and their engagement in devising the key elements of the "
     "country's political structure' = a statement of need without an agent (held-out 46/47: statements of need "
     "demanded) -> demanded nominal event, the agent left unnamed -> source null (guideline: agentless; borderline "
     "UKR/GOV, the 'authorities' of the text before), the people of the Donbas -> UKR/CVL (borderline UKR/REB); "
     "respecting their choice and rights -> accede to demands for rights 0833, coded once for the three "
     "demands (borderline 0834 for the engagement in the political structure, or uncoded as an abstract settlement "
     "position); 'the Minsk agreements' named without parties and the 'common area of security and economic "
     "cooperation' are not coded"),
 10: ([("we welcome", "051", "ROU/GOV", "SRB/GOV", False, A, N, False),
       ("we welcome", "051", "ROU/GOV", "XKX/GOV", False, A, N, False),
       ("dialogue between Belgrade and Pristina", "040", "SRB/GOV", "XKX/GOV", False, A, N, True),
       ("facilitated by", "045", "org:EU", "SRB/GOV", False, A, N, False),
       ("facilitated by", "045", "org:EU", "XKX/GOV", False, A, N, False)],
      "Romania (2011); 'we welcome the opening of dialogue between Belgrade and Pristina' -> 051 to each party "
      "(held-out 8: support aimed at a process goes to Pristina and Belgrade), capital metonyms Belgrade -> SRB/GOV, "
      "Pristina -> XKX/GOV (guideline: Kosovo XKX); the dialogue = a consultation noun naming its parties -> nominal "
      "040 from the first-named (borderline 046, the technical dialogue being negotiations); 'facilitated by the "
      "European Union' = mediation by the EU -> 045 to each party (held-out 54-61: a facilitation of an "
      "organisation 045 to each party), a participle -> not nominal; resolution 64/298 is only 'adopted', its "
      "content not in the sentence, not coded; 'reiterate the central role of the United Nations' is an evaluation "
      "(borderline 051 to org:UN)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("declaration of war", "138", "ETH/GOV", "ERI", False, A, N, True),
       ("publicly announced", "138", "ETH/GOV", "ERI", False, A, N, False),
       ("would use force", "190", "ETH/GOV", "ERI", False, H, "ETH/GOV", False)],
      "Eritrea (1999); 'Ethiopia's previous declaration of war' = an earlier realised act of Ethiopia (the 1998 "
      "parliament resolution in Eritrea's framing) -> nominal 138 threaten with military force (borderline 190 as the "
      "war itself, or not coded), to bare ERI (held-out 116: threats to a country's security to the bare country); "
      "'its President publicly announced that Ethiopia would use force to impose its will over disputed territory' "
      "= a threat, itself asserted (guideline: threat/warning asserted) -> 138 (PETRARCH: ANNOUNCE OFFENSIVE 138; "
      "borderline 1382 threaten occupation), the President -> ETH/GOV; 'in a reiteration of' is the same "
      "announcement, coded once; the threatened act inside it is hypothetical (guideline) -> 190 hypothetical, "
      "reported_by its announcer ETH/GOV (held-out 30/31: a conditional announced annexation reported by its "
      "announcer; borderline 192 for imposing its will over territory)"),
 12: ([], "Argentina (2013): 'in the discussions on the issue of peace and security, it was stated that peace and "
          "security are not military concepts' = an agentless statement (01x) in an agentless meeting noun (the "
          "Security Council debate of 6 August 2013, whose participants the sentence does not name); not coded"),
 13: ([], "USSR (1990): 'As we meet for the forty-fifth session' = 'we' meaning all Member States (held-out 42/43); "
          "the Organisation's 'rebirth' and 'restoration' are agentless descriptions; not coded"),
 14: ([("came together", "040", "CAF/REL", "CAF/REL", False, A, N, False),
       ("to reject violence", "120", "CAF/REL", N, False, A, N, False)],
      "United States (Obama, 2014); 'the Christian and Muslim leaders who came together in the Central African "
      "Republic to reject violence' = a realised interfaith meeting (the imperative 'Look at' points to a fact -> "
      "asserted) -> symmetric 040 coded once from the first-named to the other, both CAF/REL (new choice: a meeting "
      "between two groups of one sector is coded as a self-pair; borderline not coded as an intra-sector meeting); "
      "'to reject violence' = rejecting violence whose agents are unnamed -> 120 with target null (held-out 46/47: "
      "'We utterly reject attacks' by unnamed agents 120 with no target; held-out 77 row 22), both leaders' groups "
      "one CAF/REL source; 'listen to the imam there who said that ... religion should not be a cause of hate' = a "
      "statement of a norm (01x), and 'politics may try to divide' has no actor; not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([("reduction of our debt burden", "071", N, "NGA/GOV", False, D, N, True),
       ("we call on", "100", "NGA/GOV", "NGA/CVL", False, A, N, False)],
      "Nigeria (1999); 'Our Administration will ... find the task of meeting this expectation virtually impossible "
      "without substantial reduction of our debt burden' = a statement of need (held-out 76 row 7: 'will not be "
      "able to attain sustainable development without appropriate technological support' a demanded 070 no "
      "source) -> demanded nominal 071 (held-out: debt written off 071), the creditors unnamed -> source null, to "
      "the speaker's government; 'we call on the same citizens to make the sacrifices' = a request (guideline: call "
      "on -> 10x) from the government to its citizens, Y = accepting austerity, no specific CAMEO behaviour -> "
      "generic 100 NGA/GOV -> NGA/CVL (borderline not coded as domestic policy); 'the recent measures' are "
      "domestic economic policy"),
 16: ([("common will for understanding", "030", "PER/GOV", "ECU/GOV", False, A, N, True),
       ("State visit", "042", "PER/GOV", "ECU/GOV", False, A, N, True),
       ("interview with President Duran Ballen", "040", "PER/GOV", "ECU/GOV", False, A, N, True),
       ("further meetings", "036", "PER/GOV", "ECU/GOV", False, F, N, True)],
      "Peru (1992); 'the common will for understanding expressed during the State visit ... and in the interview' = "
      "a shared intent to cooperate stated as realised -> nominal 030, symmetric, coded once from the document's "
      "own government (guideline; borderline 037, the two states having a border dispute); 'the State visit by "
      "President Fujimori of Ecuador in January 1992' = Fujimori's visit to Ecuador -> nominal 042 PER/GOV -> "
      "ECU/GOV; 'the interview with President Duran Ballen in Quito last August' = Fujimori's meeting with the new "
      "Ecuadorian President at his inauguration -> nominal 040 (borderline 042, a second visit; Quito a place, not a "
      "metonym); 'will continue in further meetings between the two Heads of State' = future meetings including the "
      "speaker's own President -> 036 future (guideline), nominal; harmonising positions and deepening relations "
      "are purposes"),
 17: ([], "Cote d'Ivoire (2013): 'It is by renewing the foundations of our solidarity that we will be able to "
          "counter new threats, such as terrorism ...' = 'we' meaning all states (held-out 42/43), threats as risks "
          "(guideline); not coded"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Namibia (2017): 'People-centred development should not extend to only a small part of the population' = "
          "an abstract norm, no actor"),
 19: ([], "Burundi (1995): the United Nations 'must evolve with the times and become a genuine universal forum' = a "
          "UN reform position (held-out 54-61: UN reform positions uncoded)"),
 20: ([("investigation", "094", "org:UNGA", N, False, D, N, True),
       ("decide who should be tried", "1124", "org:UNGA", N, False, D, N, False)],
      "Libya (Qadhafi, 2009); 'If a peaceful country like Yugoslavia faced such a tragedy, the General Assembly "
      "should have an investigation and should decide who should be tried before the International Criminal Court' "
      "= the 'if' presents a fact (the break-up of Yugoslavia of the sentences before), so the deontic is not "
      "hypothetical -> demanded (guideline: should + Y, source the Assembly -> org:UNGA); an investigation of the "
      "war's crimes -> nominal 094 (held-out 18/19: an investigation of war crimes 094; borderline 090); deciding "
      "who should be tried before the ICC = an indictment for war crimes -> 1124 (held-out: persons indicted by the "
      "tribunals 1124), borderline coded once as 094; the perpetrators are unnamed ('we', meaning the Western "
      "powers in Qadhafi's rhetoric) -> target null for both (borderline bare YUG)"),
 21: ([], "Lesotho (1993): the review of the United Nations system 'should take into account the principles of "
          "decentralization ... and equitable geographical representation' = a UN reform position (held-out 54-61), "
          "not coded"),
 22: ([("We urge", "102", "KIR/GOV", "org:UNGA", False, A, N, False)],
      "Kiribati (2004); 'We urge that the findings of the report be taken into consideration and incorporated into "
      "the work of the Assembly' = a request (guideline: urge -> 10x) whose addressee is plain from 'the work of the "
      "Assembly' -> org:UNGA, Y = adopting the World Commission's findings as policy -> demand policy support 102 "
      "(borderline 100 or 1042; or not coded as a UN agenda position); Y not coded separately"),
 23: ([("to thank", "051", "LBY/GOV", "org:UN", False, A, N, False)],
      "Libya (2011, the National Transitional Council -> LBY/GOV, held-out 32/33); 'I should like also to thank "
      "Secretary-General Mr. Ban Ki-moon on his reappointment' = a performative thanks/congratulation -> 051 "
      "asserted to org:UN (held-out 48/49: supporting the Secretary-General 051 to org:UN); the reappointment is "
      "agentless"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Uzbekistan (2017): 'We count on support for that proposal by the leadership of the United Nations and the "
          "international community' = a hope about others' support (held-out 32/33: 'we count on' optative, not "
          "coded; borderline a future 051 org:UN -> UZB/GOV)"),
 25: ([], "Uruguay (2005): 'The greeting is demanding because we are living at a very particular time' = a "
          "description of the speech's own greeting, no act"),
 26: ([("we welcome", "051", "PLW/GOV", "org:UN", False, A, N, False)],
      "Palau (2017); 'we welcome the appointment of His Excellency Mr. Peter Thomson of Fiji as the first Special "
      "Envoy of the Secretary-General for the Oceans' = welcoming an appointment -> 051 to the appointee (held-out "
      "12/13), a UN envoy -> org:UN (held-out 122: welcoming Voronkov's nomination 051 to org:UN; borderline FJI/GOV "
      "for a Fijian); the appointment by the Secretary-General is an agentless noun, not coded"),
 27: ([("committed to supporting", "033", "AUS/GOV", N, False, A, N, False)],
      "Australia (2004); 'Australia is committed to supporting urgent international efforts to end this horrific "
      "crisis' (Darfur) = a commitment stated as a fact -> 03x asserted (held-out 46/47: 'remain committed to "
      "supporting' asserted 03x), material support as the following sentences show ($20 million of emergency "
      "assistance, assistance to the AU mission) -> 033 (borderline 032, or 0333), the 'international efforts' an "
      "uncoded collective -> target null (borderline SDN/CVL for the people of Darfur)"),
 28: ([("agreement announced", "045", "org:UN", N, False, A, N, True)],
      "Kuwait (2015); 'we are closely following' is attention, not coded; 'the agreement announced in the Moroccan "
      "city of Skhirat by the Special Representative of the Secretary-General for Libya' = the UN-brokered Libyan "
      "Political Agreement, still awaiting a 'positive response' from the Libyan parties (next sentence) -> a UN "
      "mediation result -> nominal 045 from org:UN (held-out 48/49: agreements 'brokered by ... the United Nations' "
      "045), the Libyan parties unnamed -> target null (borderline bare LBY, or a 057 among the parties, or not "
      "coded as the Maputo agreements of set 121); the consensus Government 'that would put an end to the "
      "fighting' is a hypothetical purpose"),
 29: ([("We are outraged", "110", "AUT/GOV", N, False, A, N, False),
       ("attacks on medical facilities", "190", N, "SYR/CVL", False, A, N, True)],
      "Austria (2016); 'We are outraged by the attacks on medical facilities and aid convoys' = the speaker's "
      "disapproval (guideline: 'disappointed', 'laments' 110; held-out 6: 'are alarmed by' is 01x) -> 110 (new choice; "
      "borderline 111 as a condemnation, or 01x), the attackers unnamed -> target null (held-out 46/47: condemning "
      "attacks by unnamed perpetrators 111 with no target); the attacks in Syria (sentence before; the September "
      "2016 aid-convoy and hospital strikes) -> nominal 190 (guideline: generic military attack; borderline 180) "
      "with no source, coded once for both objects, to the civilians -> SYR/CVL (held-out 115: agentless attacks "
      "with the victim from context; borderline org:UN for the convoy, or not coded as an agentless event noun)"),
 30: ([], "Uganda (2007): 'It is critical that the Monterrey targets be met' = an agentless deontic about aid "
          "commitments of uncoded developed countries to uncoded developing countries, null-null, not coded "
          "(borderline a demanded 0331 null -> null)"),
 31: ([("has proposed a draft resolution", "1042", "CRI/GOV", "org:UNGA", False, A, N, False),
       ("sponsoring", "1042", N, "org:UNGA", False, A, N, False)],
      "Costa Rica (2003); 'supports the prohibition of all forms of human cloning' = an abstract policy position "
      "(guideline), not coded (borderline 051 with no target); 'has proposed a draft resolution to this end' = a "
      "sponsor's draft resolution is its own request (README: 108; held-out 98-101: joining to sponsor a "
      "draft resolution 1042 to org:UNGA) -> 1042 CRI/GOV -> org:UNGA, Y = a ban on cloning (a convention); 'which "
      "today has dozens of countries sponsoring it' = the co-sponsors' same request, an uncoded collective -> 1042 "
      "with no source (held-out 111: earlier congratulators 051 with no source; borderline 051 null -> CRI/GOV as "
      "support for Costa Rica's draft, or not coded)"),
 32: ([("I fully agree", "051", "PRY/GOV", "org:UN", False, A, N, False)],
      "Paraguay (2000); a fragment cut by the splitter, 'I fully agree with the Secretary-General of our' "
      "[Organization when he says ...]; the verb is in the sentence and the object after the cut is completed "
      "from the following text (held-out 102-109: a fragment whose object was cut off is coded from the text after "
      "the cut) -> 'I agree with Merkel that' 051 (held-out 10/11), the Secretary-General -> org:UN"),
 33: ([], "Micronesia (2019): 'The chorus of appeals and pleas from this rostrum, particularly from leaders from "
          "small island developing States' = appeal nouns of uncoded collectives with no addressee, null-null "
          "(held-out 110: calls with no addressee not coded; borderline a nominal 100 with no source); 'are alarmed' "
          "is 01x (held-out 6)"),
 34: ([("renews its call", "1056", "LBY/GOV", N, False, A, N, False)],
      "Libya (1992); 'my country renews its call for disarmament through the elimination of all weapons of mass "
      "destruction of all countries which possess, produce or stockpile them' = a request (guideline: call for -> "
      "10x) with a specific Y, disarmament -> 1056 (borderline 100), addressed to an uncoded class of states -> "
      "target null (held-out 117: 'call on all countries that have not yet done so to join' 102 with no target; "
      "borderline not coded, as set 113's 'calls for strict compliance by all nations'); the possession and "
      "stockpiling by that uncoded class are null-null, not coded"),
 35: ([("memorandum of", "057", "UKR/GOV", "org:EU", False, A, N, True)],
      "Ukraine (1999); 'the memorandum of understanding between the Government of Ukraine and Governments of the "
      "Group of Seven and the European Union' (the 1995 Chernobyl MoU) = an agreement named with its parties -> "
      "nominal 057 from the first-named (held-out 28/29), one per coded party: the European Union -> org:EU; the "
      "G7 has no code and the speech never names its members -> dropped (held-out 12/13; borderline one 057 per "
      "G7 government); 'is meeting its commitments to decommission' the plant = compliance with obligations "
      "and a domestic act (guideline: 'comply with obligations' not coded; borderline 030 to org:EU)"),
 36: ([("applauds", "051", "PNG/GOV", "NAM", False, A, N, False),
       ("commends", "051", "PNG/GOV", "org:UN", False, A, N, False)],
      "Papua New Guinea (1990); 'applauds the achievement of Namibia's independence' = a welcome of a development "
      "inside a named country whose parties are not named -> 051 to the bare country NAM (held-out 62-73); "
      "'commends all parties who were involved in this exercise' = praise of a group the sentence leaves unnamed; "
      "the speech names only 'the United Nations involvement in the achievement of independence for Namibia' -> "
      "051 to org:UN (held-out 44-47: a 'group of four States' whose members the document does not name is coded for the one it names; "
      "borderline target null, or also ZAF/GOV and SWAPO from outside knowledge)"),
 37: ([], "Australia (1997): 'It is important that the result ensures the burden of supporting the Organization "
          "falls fairly on Member States' = a position on the UN scale of assessments (UN reform and financing, "
          "held-out 54-61), Member States uncoded; not coded (borderline a demanded 071 null -> org:UN)"),
 38: ([], "Trinidad and Tobago (1991): drug trafficking 'recognized as a social plague and a threat to the "
          "international community' = an agentless evaluation; threat as risk (guideline)"),
 39: ([], "Burundi (1994): a quotation of the Charter's purpose 'to achieve international cooperation in solving "
          "international problems' = a quoted text with no actor and no act"),
 40: ([("commend", "051", "KWT/GOV", "org:UN", False, A, N, False)],
      "Kuwait (2018); 'Allow me also to commend the great efforts of the Secretary-General' = a performative praise "
      "-> 051 asserted to org:UN (held-out 76 row 35)"),
 41: ([("We assure you of the support", "032", "FJI/GOV", "org:UNGA", False, A, N, False)],
      "Fiji (2006); 'We assure you of the support of my Government during your tenure' = an assurance of support to "
      "the President of the General Assembly -> 032 asserted to org:UNGA (held-out 76 row 40: 'I assure you of my "
      "Government's support' 032; borderline 030)"),
 42: ([("reached an agreement", "057", "ARG/GOV", N, False, A, N, False)],
      "Argentina (2014); 'We also restructured that debt and reached an agreement' = a debt settlement whose "
      "counterpart 'that debt' leaves unclear (the ICSID award holders, not named, or Repsol, named in the sentence "
      "before) -> 057 with target null (guideline: agreements concluded 057; borderline ESP/BUS for Repsol); the "
      "restructuring is the same deal, coded once (borderline a separate 061)"),
 43: ([("We welcome", "051", "BEN/GOV", "org:UN", False, A, N, False),
       ("We welcome", "051", "BEN/GOV", "org:AU", False, A, N, False),
       ("We welcome", "051", "BEN/GOV", "FRA/GOV", False, A, N, False),
       ("We welcome", "051", "BEN/GOV", "USA/GOV", False, A, N, False),
       ("humanitarian activities", "073", "org:UN", "RWA/CVL", False, A, N, True),
       ("humanitarian activities", "073", "org:AU", "RWA/CVL", False, A, N, True),
       ("humanitarian activities", "073", "FRA/GOV", "RWA/CVL", False, A, N, True),
       ("humanitarian activities", "073", "USA/GOV", "RWA/CVL", False, A, N, True),
       ("good offices", "045", "org:UN", N, False, A, N, True),
       ("good offices", "045", "org:AU", N, False, A, N, True),
       ("good offices", "045", "FRA/GOV", N, False, A, N, True),
       ("good offices", "045", "USA/GOV", N, False, A, N, True)],
      "Benin (1994); 'We welcome the humanitarian activities and good offices of the United Nations, of the OAU, of "
      "France, of the United States of America, of the African countries ... as well as those of non-governmental "
      "organizations' -> 051 to each coded actor (guideline: compound split; held-out 34/35: the OAU of 1995 "
      "org:AU), the African countries, the subregion and the NGOs uncoded and dropped (guideline); welcoming several "
      "developments codes the developments too (held-out 30/31): 'humanitarian activities ... in coming to the "
      "assistance of refugees' -> nominal 073 from each actor to the Rwandan refugees -> RWA/CVL (borderline 074 for "
      "France's Operation Turquoise); 'good offices ... helping to initiate a dialogue among Rwandans' -> nominal "
      "045 mediation from each actor (held-out 54-61: a facilitation or mediation a nominal 045), the Rwandan "
      "parties unnamed -> target null (borderline RWA/GOV and RWA/REB from outside knowledge)"),
 44: ([("very appreciative", "051", "TUV/GOV", N, False, A, N, False),
       ("assistance that we received", "073", N, "TUV/GOV", False, A, N, True)],
      "Tuvalu (2016); 'We are also very appreciative of the assistance that we received following Tropical Cyclone "
      "Pam in 2015' = thanks -> 051, the providers unnamed -> target null (held-out 14/15: thanks that include a "
      "group without a code target null); the disaster relief itself -> nominal 073 with no source to the speaker's "
      "government (held-out 121: thanks to uncoded partners for their contribution a nominal 070 with no source; "
      "borderline 070)"),
 45: ([("welcomes", "051", "CMR/GOV", "org:UNGA", False, A, N, False)],
      "Cameroon (2019); 'Cameroon welcomes the General Assembly's decisions to proclaim 24 April the annual "
      "International Day of Multilateralism ... and to celebrate the seventy-fifth anniversary' = welcoming a "
      "General Assembly decision -> 051 to org:UNGA (held-out 38/39); the decisions themselves (proclaiming a day) "
      "are no codable behaviour"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Mexico (2003): 'Security cannot be built based on barriers or ignorance' = an abstract maxim, no actor"),
 47: ([], "Costa Rica (2016): 'there be a democratization of the selection process for the Secretary-General' = a UN "
          "reform position (held-out 54-61), not coded"),
 48: ([], "Gabon (1991): 'Encouraging measures taken ... to combat these problems ... cannot be dissociated from "
          "efforts to combat the serious disparities' = agentless measures and an evaluation, no actor"),
 49: ([], "Iraq (2003): 'A unique experience awaits us in Iraq today' = a description, no act"),
 50: ([], "Liechtenstein (2009): 'The first generation of international tribunals has had a tremendous impact, and is "
          "now approaching the conclusion of its work' = an evaluation of the ICTY and ICTR, no act between actors "
          "(borderline a 051 to org:ICTY and org:ICTR as praise)"),
 51: ([("warmest congratulations", "051", "MMR/GOV", "TUV/GOV", False, A, N, True)],
      "Myanmar (2000); 'I would like to extend our warmest congratulations to the delegation of Tuvalu' on its "
      "admission (sentence before) -> a performative congratulation 051, asserted (held-out 116: congratulating "
      "Switzerland on joining the UN 051 to CHE/GOV), the delegation -> TUV/GOV; the event noun is the trigger -> "
      "nominal; the admission itself is not coded"),
 52: ([], "Guinea-Bissau (2013): a fragment cut by the splitter, 'With respect to the outcome document of the "
          "United' [Nations Conference ...]; the verb lies after the cut (held-out 102-109: left uncoded)"),
 53: ([], "India (2011): 'It is essential that the process of nation-building and reconciliation in that country "
          "succeed' = an agentless deontic about Afghanistan's reconciliation, its parties unnamed in the sentence; "
          "not coded (borderline a demanded nominal 037 AFG/GOV -> AFG/REB)"),
 54: ([], "Sudan (2005): 'Debt is a great hindrance to achieving the Development Goals' = a description, no actor"),
 55: ([], "Mauritania (1997): 'We also hope that these efforts will lead to greater transparency in the "
          "decision-making processes of the Security Council' = an optative hope and a UN reform position, not "
          "coded"),
 56: ([("forced conversions", "175", N, "SYR/CVL", False, A, N, True),
       ("forced conversions", "175", N, "IRQ/CVL", False, A, N, True),
       ("public executions", "1823", N, "SYR/CVL", False, A, N, True),
       ("public executions", "1823", N, "IRQ/CVL", False, A, N, True)],
      "Malaysia (2014); 'Its authority is maintained by forced conversions and public executions' = 'Its' = the "
      "self-declared Islamic State (sentences before), which has no code -> source null (held-out 77 row 17: "
      "Da'esh's atrocities 180 with no source); forced conversions -> violent repression 175 (borderline 1722 or "
      "180), public executions -> 1823 (held-out 7: executing opponents 1823); the victims are 'some Syrians and "
      "Iraqis ... being forced to abandon their faith' (later in the speech) -> one event per code to SYR/CVL and "
      "IRQ/CVL (held-out 48/49: an event noun's participants plain from the text around it; borderline bare SYR "
      "and IRQ, or not coded as acts between an uncoded group and victims unnamed in the sentence)"),
 57: ([("abolished", "0834", N, "ZAF/CVL", False, A, N, False)],
      "Lao PDR (1995); 'after long years of struggle, the apartheid system finally has been abolished' = an agentless "
      "passive (guideline: source null; borderline ZAF/GOV, the de Klerk government that negotiated the change) for "
      "the end of a regime after long demands -> accede to demands for change in institutions, regime 0834 (new "
      "choice; borderline 081, as held-out 77 row 56 coded the 1991 repeal of apartheid laws), to the population "
      "subject to apartheid -> ZAF/CVL; 'long years of struggle' is an agentless noun, not coded (borderline a "
      "nominal 140 ZAF/CVL -> ZAF/GOV)"),
 58: ([], "Ghana (2014): 'the Pew Research Center published the results of a 44-country survey' = publication of a "
          "survey, a statement (01x) with no counterpart; not coded"),
 59: ([], "Hungary (1991): 'The bipolar world has become a multipolar one' = a description, no act"),
}
