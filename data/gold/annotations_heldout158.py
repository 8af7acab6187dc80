"""Hand annotations for the HUNDRED-AND-FIFTY-EIGHTH held-out event gold set (source of events-heldout158.jsonl).

Keyed by the row index of selection-heldout158.jsonl (output of select_bulk_sentence_heldout.py 158; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout158.jsonl \
        --annotations annotations_heldout158 --output events-heldout158.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Zimbabwe (2015): 'Cooperation and respect for each other will advance the cause of human rights worldwide; "
         "confrontation, vilification and double standards will not' = a general maxim with no actor; 'will not' "
         "bears on the advancing of a cause, not on an event"),
 1: ([], "Uruguay (2017): 'We should never consent to idly stand by when faced with such tragedy' = 'we' meaning all "
         "states (held-out 42/43) and 'not stand by' not coded (held-out 6: 'will not stand by while ...' not coded); "
         "the memorable image that 'moves or strikes us' is figurative"),
 2: ([], "Zimbabwe (2003): 'There can never be world peace under conditions of foreign invasion and occupation' = a "
         "general principle; the invasion and occupation are event nouns with no agent in the sentence, used as "
         "conditions in a maxim (guideline: event nouns without an agent not coded); borderline a nominal 192 "
         "USA/GOV -> IRQ and GBR/GOV -> IRQ from the preceding sentences on the Iraq war"),
 3: ([("will not cooperate", "063", "KEN/GOV", "org:ICTR", True, F, "KEN/GOV", False)],
     "Rwanda (1995); 'President Arap Moi of Kenya has announced that he will not cooperate with the International "
     "Criminal Tribunal for Rwanda' = the speech verb 'announced' is not coded (guideline); inside it, 'will not "
     "cooperate' is plain negation of a cooperation verb, not an acceptance verb, so it keeps its own code, negated "
     "and future (held-out 6: 'will not normalize relations ... nor lift sanctions' negated future, not REJECT), "
     "reported by its announcer (set 132: announced expenditures a future 154 reported by USA/GOV); cooperation "
     "with a tribunal = judicial cooperation 063 (held-out 12/13: 'collaboration in repatriating' a detainee 063; "
     "set 133: 'cooperation with the ICTY' a future nominal 063) to org:ICTR (held-out 54-61 code); Moi -> KEN/GOV; "
     "borderline an asserted 121 REJECT (held-out 26/27: refusing to cooperate with a tribunal 121), since the "
     "announcement is itself a refusal"),
 4: ([("feel considerable dismay", "110", "MDV/GOV", N, False, A, N, False)],
     "Maldives (1994); 'I cannot but feel considerable dismay at the fact that ... the developing countries have not "
     "been provided with much impetus' -> the speaker's disapproval 110 (set 149: 'we learn with dismay ... that "
     "emergency aid funds have declined' a 110 with no target), the blamed parties (the developed countries, "
     "protectionism) an uncoded collective -> target null; 'the recent conclusion of the seven-year Uruguay Round of "
     "negotiations' = an agreement among all GATT parties, an uncoded collective, not coded (borderline a nominal "
     "057 null -> null); 'have not been provided with much impetus' is agentless and a matter of degree, not a "
     "negated aid event (borderline a negated 070 null -> null)"),
 5: ([], "Romania (2012): 'The resolutions adopted have not always met expectations' = an evaluation of Security Council "
         "resolutions (set 153: 'has not met our expectations' left uncoded; borderline 110 to org:UNSC)"),
 6: ([("the negotiating process", "046", N, "CYP/GOV", False, A, "org:UN", True)],
     "Sierra Leone (1990); 'The Secretary-General observes in his report that the problem of Cyprus has not shown any "
     "movement in the negotiating process' = the Cyprus intercommunal talks, inside the report's observation -> "
     "reported_by org:UN (held-out 46/47: an occupation named inside 'The Secretary-General has stated ... that' "
     "reported by org:UN); an agentless negotiation noun, parties from the next sentence ('both Cypriot "
     "communities'), the Turkish Cypriot side having no code -> nominal 046 with no source to CYP/GOV (sets 123, 137 "
     "and 145: an agentless negotiation noun a nominal 046 with no source to the one coded party); 'has not shown "
     "any movement' bears on progress, not on the negotiations (no negated event); borderline not coded as a process "
     "noun with no agent in the sentence; the deteriorating situation is agentless"),
 7: ([], "Canada (2012): 'human rights abuses that do not threaten security still concern us' = expressed concern (01x, "
         "not coded); the abuses have no agent; 'do not threaten' is figurative threat (risk), no negated event"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("detained", "173", "IRQ/GOV", N, False, A, "org:EU", False),
      ("held the Iraqis individually responsible", "112", "org:EU", "IRQ/GOV", False, A, N, False)],
     "Italy (1990, speaking for the European Community presidency); 'The Foreign Ministers of the Twelve' = the "
     "European Community's foreign ministers in political cooperation -> org:EU (held-out 26/27: the European "
     "Community is org:EU; borderline one event per member government, only Italy being named); 'pointed out "
     "clearly that each member State would consider all Community nationals detained in Iraq and Kuwait as its own "
     "citizens' = the speech verb not coded; the detention of the hostages inside its complement -> 173 (guideline), "
     "agent from the text before ('a dictator tries to shield himself with innocent hostages', Iraq) -> IRQ/GOV, the "
     "Community nationals having no code -> target null, reported_by org:EU; each member State considering them its "
     "own citizens is a consular policy, not coded; 'stated that they held the Iraqis individually responsible for "
     "their safety' = holding responsible is itself the statement-type event (guideline: 'he criticized' 111; "
     "PETRARCH CAMEO dictionary: HOLD * RESPONSIBLE [112]; held-out 36/37: a joint communique holding Iran "
     "responsible 112) -> 112 org:EU -> IRQ/GOV, reported_by null (borderline 130, the responsibility being "
     "prospective, a warning; borderline IRQ/CVL for 'the Iraqis individually')"),
 9: ([], "Viet Nam (2004): 'We have more than once stated our fundamental position that ... the fight against terrorism "
         "must be pursued in conformity with the provisions of the United Nations Charter' = the speaker's own past "
         "statement of an abstract norm for all states (guideline: abstract policy positions not coded)"),
 10: ([], "Suriname (1991): 'new perceptions which advocate greater cooperation for development' = an inanimate "
          "subject ('perceptions') with no actor and an uncoded collective as the cooperating parties, not coded"),
 11: ([], "Australia (1996): 'There is no merit in the argument that says that ... we should in some way scorn or "
          "reject a Treaty that bans all nuclear explosions forever' = the speaker disputes an unattributed argument "
          "whose 'we' means all states (held-out 42/43), its rejection of the CTBT hypothetical and null-null; not "
          "coded (borderline a hypothetical 127 with no source to org:UNGA)"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Burundi (1996): the consensus Government established under the Convention on Governance 'after lengthy "
          "negotiations among political parties' = negotiations and an agreement among unnamed domestic parties "
          "(set 121: agreements among unnamed domestic parties left uncoded; borderline a nominal 046 BDI/GOV -> "
          "BDI/OPP); 'suspicion', 'a lack of trust' and 'a serious lack of will to restore peace' are evaluations, "
          "not negated events"),
 13: ([("its cooperation with the International Atomic Energy Agency", "050", "IRN/GOV", "org:IAEA", False, A, N, True)],
      "Latvia (2016); 'Iran's ... cooperation with the International Atomic Energy Agency' = a cooperation noun "
      "naming its parties -> nominal 050 IRN/GOV -> org:IAEA (held-out 10/11, 38/39: cooperation nouns a nominal "
      "050), an ongoing fact -> asserted, 'will contribute' bearing on its effect (borderline future, or 064 for "
      "the sharing of information with inspectors); 'Iran's diligent implementation of the Joint Comprehensive Plan "
      "of Action' is compliance, not coded (borderline a nominal 057 IRN/GOV -> null)"),
 14: ([], "Malta (2012): 'I hope that the Malta Summit will meet the aspirations of the peoples' = an optative hope "
          "about the summit's outcome; Malta's hosting lies in the text before, not in this sentence"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Fiji (2002): 'We made the point that the root causes of terrorism ... must be treated' = the speaker's own "
          "past statement of an agentless abstract norm, no actor and no counterpart"),
 16: ([], "Chile (1992): 'development with equity is ... a common task we are called upon to join together and "
          "undertake' = 'we' meaning all states (held-out 42/43), an agentless call, not coded"),
 17: ([], "Bosnia and Herzegovina (1997): 'These relations should be based on internationally accepted standards' = a "
          "deontic about relations among the country's own ethnic groups, an abstract norm, no act"),
 18: ([], "Palau (2009): 'This fury was caused by abuses by humankind, and we therefore must take every necessary action "
          "to allow the oceans to heal themselves' = 'humankind' and 'we' meaning all states; the sea's 'fury' is "
          "figurative; not coded"),
 19: ([], "Ireland (1990): 'The long hoped-for emergence of agreement between the parties in Cambodia' = an agreement "
          "among parties the sentence and the speech do not name (set 129: agreements between unnamed parties left "
          "uncoded; borderline a nominal 057 KHM/GOV -> KHM/REB); 'the positive moves to peaceful resolution of the "
          "conflicts in El Salvador and the Western Sahara' = conflicts named only by place (set 131), not coded; the "
          "Organization's 'opportunity to consolidate its expertise in election monitoring' is a hoped-for effect"),
 20: ([("We urge", "106", "LSO/GOV", "ZAF/GOV", False, A, N, False),
       ("We urge", "106", "LSO/GOV", "ZAF/OPP", False, A, N, False)],
      "Lesotho (1991); 'We urge all the relevant parties in South Africa, in particular President De Klerk and the "
      "leadership of the ANC, the PAC and other political formations, to regain the momentum of the initiatives set "
      "in motion since February 1990' = a request (guideline: urge -> 10x); Y = reviving the process towards "
      "'negotiating a constitution' (preceding sentence) -> 106 (held-out 76 row 20: Lesotho 1992 'to continue the "
      "process of negotiations' 106 per coded addressee; borderline generic 100, the initiatives also covering the "
      "repeal of apartheid laws); De Klerk -> ZAF/GOV; the ANC and PAC of 1991 -> ZAF/OPP (held-out 26/27: the ANC "
      "of 1990 OPP), one event for the pair; 'other political formations' uncoded and dropped (guideline compound "
      "rule); 'live up to the responsibilities of their historic mission' has no specific behaviour"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Mali (1994): 'the agreement creating the World Trade Organization was signed in Marrakesh' = an agentless "
          "multilateral signing by all the Uruguay Round parties (set 130: the agentless 1945 Charter signing left "
          "uncoded; borderline a 057 MLI/GOV -> org:WTO, Mali being a signatory); Marrakesh is a place"),
 22: ([("we supported", "051", "COD/GOV", "org:UNSC", False, A, N, False),
       ("we thank", "051", "COD/GOV", "org:UN", False, A, N, False),
       ("has given us", "070", "org:UN", "COD/GOV", False, A, N, False)],
      "DR Congo (2008); 'we supported Security Council resolution 1820 (2008)' = support for a resolution -> 051 to "
      "the body that adopted it, org:UNSC (set 132: 'supported it', a General Assembly resolution, 051 to org:UNGA; "
      "borderline 1042 if read as co-sponsorship); 'we thank the Secretary-General' -> 051 to org:UN (earlier sets: "
      "supporting the Secretary-General 051 to org:UN), thanks for two things coded once; placing the women's "
      "suffering high on his agenda is not an act between actors; 'the support he has given us' -> 070 org:UN -> "
      "COD/GOV (held-out 28/29: thanks 'for the ongoing support' gives the support its agent; borderline 051 as "
      "verbal support, guideline known limitation)"),
 23: ([("has signed", "057", "GEO/GOV", "org:EU", False, A, N, False),
       ("has signed", "057", "UKR/GOV", "org:EU", False, A, N, False),
       ("has signed", "057", "MDA/GOV", "org:EU", False, A, N, False),
       ("has secured visa-free travel", "081", "org:EU", "GEO/GOV", False, A, N, False),
       ("has secured visa-free travel", "081", "org:EU", "UKR/GOV", False, A, N, False),
       ("has secured visa-free travel", "081", "org:EU", "MDA/GOV", False, A, N, False)],
      "Georgia (2017); 'Georgia, like Ukraine and Moldova, has signed an Association Agreement ... with the European "
      "Union (EU)' -> 057 to org:EU (guideline: agreements concluded 057); 'like Ukraine and Moldova' asserts the "
      "same signing for the two other states (all three signed on 27 June 2014), so the source is split as a "
      "compound, one 057 each from UKR/GOV and MDA/GOV (borderline Georgia only, reading the comparison as a "
      "parenthesis); 'has secured visa-free travel to the EU' = the EU's lifting of its visa requirement, Georgia "
      "being the beneficiary -> ease administrative sanctions 081 org:EU -> GEO/GOV (held-out 28/29: resuming visa "
      "services a nominal 081; borderline 0811, PETRARCH's CAMEO dictionary CANCEL {VISA REQUIREMENT}; borderline "
      "GEO/CVL), the comparison covering this predicate too -> one each to UKR/GOV and MDA/GOV (both had visa-free "
      "travel by 2017)"),
 24: ([], "Greece (1990): 'An equitable and mutually agreed solution can be reached only by an approach based on "
          "development' = a general statement on the debt problem, the parties (debtors and creditors) uncoded, "
          "hypothetical and null-null"),
 25: ([], "Italy (2016): 'too little has been accomplished by the international community, particularly Europe, in "
          "transforming the Mediterranean Sea' = an evaluation of insufficient efforts that include the speaker's own, "
          "not a criticism act (borderline 110 ITA/GOV -> org:EU); 'progress has been made in Libya' is agentless"),
 26: ([], "Bangladesh (1997): 'My delegation would fully support any endeavour to improve the administration and "
          "management of the United Nations' = a UN reform position (held-out 54-61 and later sets: UN reform positions "
          "not coded; borderline a hypothetical 051 to org:UN)"),
 27: ([("We endeavour to contribute", "030", "ERI/GOV", N, False, A, N, False)],
      "Eritrea (2010); 'We endeavour to contribute to transforming our dangerous neighbourhood ... into a cooperative "
      "and peaceful region' = an intent to cooperate stated as a fact -> 030 asserted (set 112: 'endeavouring to "
      "expand ... cooperation' 030 with no target; set 155: 'seeks to put an end to a dark era of isolation' 030), "
      "the neighbours not named in the sentence -> target null (borderline uncoded as an abstract aim, or one 030 "
      "per Horn of Africa state named later); the neighbourhood 'mired in numerous conflicts' names no party"),
 28: ([], "Chile (2009): 'the inability of countries to agree on standards and policies to prevent global warming' = "
          "a failure to agree among an uncoded collective, null-null, not coded (borderline a negated 057 null -> "
          "null); emissions and 'the way the world has chosen to produce ... energy' are no acts between actors"),
 29: ([("cooperation with other countries", "063", "MMR/GOV", N, False, A, N, True),
       ("the handing-over of the drug trafficker", "063", "MMR/GOV", "THA/GOV", False, A, N, True)],
      "Myanmar (1997); 'Myanmar's cooperation with other countries in mutual legal assistance in the suppression of "
      "narcotic drugs' = judicial cooperation -> nominal 063, the other countries an uncoded class -> target null; "
      "'is exemplified by the handing-over of the drug trafficker Mr.' (the splitter cut before 'Li Yun Ching by the "
      "Myanmar authorities to the Thai authorities on 17 May 1997') = an extradition (PETRARCH CAMEO dictionary: "
      "EXTRADITE [063]) -> nominal 063, agent and recipient from the text after the cut (sets 104-109: a fragment "
      "whose object the splitter cut off is coded from the text after the cut when its head is in the sentence) -> "
      "MMR/GOV -> THA/GOV; the example is coded as its own event beside the general cooperation, the pairs "
      "differing (borderline one event, or 0841 for the handing-over)"),
 30: ([("came up with new threats", "130", "AZE/GOV", "ARM", False, A, N, False),
       ("made claims to Armenian", "1053", "AZE/GOV", "ARM/GOV", False, A, N, False)],
      "Armenia (2013); 'the Azerbaijani leadership once again came up with new threats against Armenia and Nagorno "
      "Karabakh' -> 130 (set 135: 'Venezuela's threats and claims' a nominal 130 to bare GUY; set 116: 'repeated "
      "threats to our security' a 130 to the bare country) AZE/GOV -> bare ARM (borderline 138, the threats being "
      "of military force; borderline ARM/GOV); Nagorno-Karabakh, a breakaway administration, has no code (held-out "
      "9) and is dropped from the compound target; 'made claims to Armenian territories, including ... Yerevan' = a "
      "territorial claim -> 1053 (set 135: the claims a nominal 1053 to GUY/GOV) AZE/GOV -> ARM/GOV"),
 31: ([("cooperation", "050", N, "org:AU", False, D, N, True),
       ("assistance", "070", N, "org:AU", False, D, N, True)],
      "Zambia (2003); 'in order to succeed they need the cooperation and assistance of the international community' "
      "= a statement of need (held-out 42/43, 46/47: statements of need are demanded aid with no source), the "
      "international community uncoded -> source null; 'they' = 'the Africans themselves' as owners of the NEPAD "
      "programme, an African Union programme -> org:AU (set 125: the need for support for the African Economic "
      "Community a demanded nominal 070 with no source to org:AU; borderline null-null uncoded, the Africans being "
      "an uncoded collective, or ZMB/GOV); 'cooperation and assistance' -> a nominal 050 and a nominal 070 (set "
      "148: 'generous assistance and cooperation we received' a nominal 070 and 050; borderline one 070)"),
 32: ([], "The former Yugoslav Republic of Macedonia (2013): 'It is the same as if somebody denied an individual the "
          "right to speak French ...' = a hypothetical analogy with an unnamed 'somebody'; Greece's disputing of the "
          "name lies in the preceding sentence (borderline a hypothetical 1721 null -> null)"),
 33: ([("the sanctions imposed on them", "163", N, "LBY/CVL", False, A, N, True)],
      "Qatar (1996); 'We express our great concern at the suffering of the people of Libya' = expressed concern (01x, "
      "not coded); 'the sanctions imposed on them' = the Lockerbie sanctions, whose imposer the speech never names "
      "for Libya (the Security Council is named only for Iraq) -> nominal 163 with no source (set 127: an embargo "
      "whose imposer the speech never names a nominal 163 with no source; borderline org:UNSC, as held-out 42/43 "
      "took the Council from the text before for Iraq), 'them' = the people of Libya -> LBY/CVL (set 136: sanctions "
      "'imposed on some of our compatriots' to CIV/CVL; borderline bare LBY or LBY/GOV)"),
 34: ([], "Niger (2004): 'It is possible to reduce poverty if industrialized countries eliminate their farming "
          "subsidies for cotton and support the countries concerned' = a conditional between uncoded collectives "
          "(industrialized countries; cotton-producing countries, not named), null-null, not coded (borderline "
          "hypothetical 070 null -> null)"),
 35: ([("to assure you", "032", "NER/GOV", "org:UNGA", False, A, N, False)],
      "Niger (2008); 'Allow me to assure you of my delegation's commitment to extending to you our constant support "
      "during your time in office' = an assurance of support to the President of the General Assembly -> 032 "
      "asserted to org:UNGA (held-out 76 row 40: 'I assure you of my Government's support' 032 to org:UNGA; "
      "borderline 030)"),
 36: ([("invaded and occupied", "192", "TUR/GOV", "CYP", False, A, N, False)],
      "Cyprus (1992); 'In 1974, Turkey ... invaded and occupied 37 per cent of the territory of the Republic' -> "
      "invade/occupy 192 (guideline), Turkey -> TUR/GOV (the state named; borderline TUR/MIL), the target of an "
      "invasion -> bare CYP (guideline); the two verbs name one act, coded once (set 124: 'The invasion and "
      "annexation of Kuwait' one 192; borderline two 192s, as set 128's '1974 invasion and continuing occupation')"),
 37: ([("I also welcome", "051", "SEN/GOV", N, False, A, N, False)],
      "Senegal (2013); 'I also welcome the very strong signal which the' = a fragment cut by the splitter; the welcome "
      "verb is in the sentence and the text after completes the object ('G-8, meeting in June in Lough Erne, sent "
      "concerning the need for a concerted campaign against tax evasion') -> 051 (sets 104-109: a fragment coded "
      "from the text after the cut when its verb is in the sentence); the G-8 has no code and the speech names no "
      "member -> target null (set 118: Burkina Faso's welcome of the G-8 debt decision with no target; borderline "
      "org:G7, or GBR/GOV as the Lough Erne host); the signal itself is a statement (01x, not coded)"),
 38: ([], "Trinidad and Tobago (2004): a fragment cut by the splitter after 'I wish to propose that on 24'; the verb "
          "'propose' lies before the cut (fragments whose verb lies before the cut left uncoded; borderline 036 "
          "TTO/GOV -> org:UNGA, as set 143's proposed ceremony); 'where our Charter was signed' is the agentless 1945 "
          "signing (set 130, uncoded); 'to reaffirm our commitment to the lofty ideals' is 'our' meaning all states"),
 39: ([], "Monaco (2007): a fragment cut by the splitter, 'Department of Field Support, working alongside the' "
          "[Department of Peacekeeping Operations]; the verb 'express the wish' lies before the cut, and the "
          "cooperation of two Secretariat departments is internal to the UN (set 145: the Secretary-General's "
          "internal Secretariat changes left uncoded)"),
 40: ([], "Benin (1991): 'this is the most serious threat to international peace and security' = figurative threat "
          "(guideline: threat as risk), no actor"),
 41: ([], "Norway (1994): 'our security is threatened by the enormous deposits of nuclear waste' = figurative threat "
          "(guideline: threat as risk); the depositors are not named"),
 42: ([("continues to support", "071", "KWT/GOV", N, False, A, N, False)],
      "Kuwait (2004); 'Kuwait continues to support development projects in many developing countries through ... "
      "institutions ... as well as through the Kuwaiti Fund for Arab Economic Development' -> habitual economic aid "
      "071 asserted, the developing countries an uncoded class -> target null (borderline 070); 'through which we "
      "have provided more than $11 billion to over 100 countries' is the same aid through the Fund, a repeated "
      "mention coded once (guideline; borderline a second 071 for 'have provided'); establishing the Fund is a "
      "domestic act, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([("will periodically consult", "036", "PAN/GOV", N, False, F, N, False)],
      "Panama (1990); 'the Government of Panama will periodically consult with the Governments of Latin America and "
      "the Caribbean' = a future consultation -> 036 future (guideline: future meetings 036), the governments an "
      "uncoded regional class -> target null (borderline 040 future; one per government, none being named)"),
 44: ([], "The Gambia (1995): 'Prominent among the reasons was rampant corruption' = the reasons for the 1994 military "
          "takeover, which lies in the text before; corruption is no act between actors (coups not coded, held-out "
          "12/13)"),
 45: ([], "Burkina Faso (1997): 'the illicit traffic in small arms has had new and increasingly uncontrollable "
          "consequences' = agentless trafficking and armed criminal acts, no named actor"),
 46: ([], "Russian Federation (1998): 'such actions could lead to a serious erosion of the existing system of "
          "international relations' = 'such actions', attempts to use military force without the Council's consent "
          "by states the speech does not name, a hypothetical effect with no actor (borderline a hypothetical 190 "
          "with no source)"),
 47: ([], "Eswatini (2019): 'The price of not taking prompt action to address climate change is too high' = an "
          "evaluation with no actor"),
 48: ([("development and growth of its nuclear arsenal", "154", "PRK/GOV", N, False, A, N, True),
       ("its testing", "150", "PRK/GOV", N, False, A, N, True)],
      "DPRK (2017); 'at every stage in the development and growth of its nuclear arsenal' = a build-up of an arsenal "
      "-> nominal 154 (earlier sets: a build-up of an arsenal a nominal 154; held-out 38/39: producing and "
      "stockpiling weapons of mass destruction a nominal 154), 'its' = the DPRK of the same sentence; 'has never "
      "failed to disclose its testing or the results of its testing' = litotes, an asserted disclosure (set 148: "
      "'have never failed to provide us with the necessary support' asserted), the disclosure itself a statement "
      "(01x, not coded); the nuclear tests -> nominal 150 (guideline: weapons tests 150), coded once; no target "
      "named (borderline USA, the deterrent's addressee in the text before); 'unlike other nuclear-weapon States' "
      "implies undisclosed tests by unnamed states, not coded"),
 49: ([], "Finland (2007): 'Finland was a member of the Human Rights Council during its first year' = a status (set "
          "127: serving on a UN commission left uncoded)"),
 50: ([("a credit to our Organisation", "051", "MLT/GOV", "org:UN", False, A, N, True),
       ("the efforts of the five permanent members", "045", N, "KHM", False, A, N, True)],
      "Malta (1990); 'The progress made with regard to the settlement of the Cambodian problem is also a credit to "
      "our Organisation' -> the speaker's praise 051 to org:UN (set 143: 'A great deal of the credit for that belongs "
      "to the United Nations' the speaker's 051 to org:UN; borderline an evaluation), nominal; 'Through the efforts "
      "of the five permanent members of the United Nations Security Council a framework has been defined for a "
      "comprehensive political settlement' = the P5 framework of August 1990, a mediation -> nominal 045; the P5 "
      "have no code and this speech names none of them as members (set 151: the P5 in a fragment coded for no "
      "permanent member; held-out 44/45: a group without a code is each member the document names) -> source null "
      "(borderline one 045 each from USA/GOV, SUN/GOV, CHN/GOV, FRA/GOV and GBR/GOV, or org:UNSC); the Cambodian "
      "parties are not named -> bare KHM (set 149: Djibouti's brokering a nominal 045 to bare SOM, the parties "
      "unnamed); 'a framework has been defined' is the same mediation, coded once"),
 51: ([], "Afghanistan (2016): 'Afghanistan has regained its historical place among the responsible members of the "
          "family of nations' = a status, no act; 'began a new chapter' is figurative"),
 52: ([("attaches great importance", "051", "HUN/GOV", "ISR/GOV", False, A, N, False),
       ("attaches great importance", "051", "HUN/GOV", "PSE/GOV", False, A, N, False),
       ("convened", "043", "USA/GOV", N, False, A, N, False)],
      "Hungary (2008); 'Hungary attaches great importance to the comprehensive process initiated at the Annapolis "
      "Conference' = an endorsement of the Israeli-Palestinian process -> 051 (set 113: 'attach great importance to "
      "supporting' efforts a 051; borderline an uncoded evaluation), one per party, the parties taken from the text "
      "after ('regular meetings between Israel and the Palestinian National Authority'; set 140: a welcome's parties "
      "taken from the text after) -> ISR/GOV and PSE/GOV; 'convened by the President of the United States of "
      "America' = convening a conference -> 043 (guideline: host/convene 043) USA/GOV, a participle with its agent "
      "named, not nominal, the many participants unnamed -> target null (set 116: a meeting 'organized by the "
      "Government of Brazil' 043 with no target; borderline ISR/GOV and PSE/GOV); the process itself, "
      "'initiated' with no agent, is not coded (borderline a nominal 046 ISR/GOV -> PSE/GOV); 'the Middle East "
      "conflict' is named only by place (set 131)"),
 53: ([], "Mauritius (2017): 'will require substantial effort and resources, especially for SIDS, if we want to be "
          "more resilient' = a statement of need for an uncoded class (SIDS) whose 'we' is the SIDS, with no named "
          "provider, null-null, not coded (borderline a demanded 070 null -> MUS/GOV)"),
 54: ([("pay a particular and respectful tribute", "051", "KHM/GOV", "THA/GOV", False, A, N, False),
       ("pay a particular and respectful tribute", "051", "KHM/GOV", "THA/CVL", False, A, N, False)],
      "Cambodia (1991, the Supreme National Council's speaker); 'I wish to pay a particular and respectful tribute to "
      "Their Majesties the King and Queen of Thailand, to the Royal Thai Government and to the Thai people' -> "
      "pay tribute 051 (held-out 52/53), 'I wish to' performative -> asserted; the King and Queen, Thailand's head "
      "of state, and the Royal Thai Government -> one 051 to THA/GOV (guideline: one event per actor pair); the Thai "
      "people -> THA/CVL; the hospitality and assistance to Khmer refugees lie in the next sentence"),
 55: ([], "Cameroon (1990): 'The fathers of our Organisation conceived ... an ideal world' = a historic description "
          "of the Charter's drafters' vision, no act between actors"),
 56: ([], "Antigua and Barbuda (2004): 'Homes and crops have been destroyed' = flood damage in Haiti after Hurricane 'Jean' (Jeanne), a "
          "natural disaster, no actor"),
}
