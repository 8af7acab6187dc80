"""Hand annotations for the TWO-HUNDRED-AND-FIFTH held-out event gold set (source of events-heldout205.jsonl).

Keyed by the row index of selection-heldout205.jsonl (output of select_bulk_sentence_heldout.py 205; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout205.jsonl \\
        --annotations annotations_heldout205 --output events-heldout205.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Armenia (2001): 'Naipaul and Annan do not reject the failures of the world, but challenge us to address them' "
         "= 'reject' in the sense of 'deny or ignore' a state of the world, no act between actors, so no negated "
         "REJECT event (guideline: figurative uses not coded); 'challenge us to address them' has 'us' meaning all "
         "states and humanity (held-out 42/43: not coded; borderline a generic 100 from org:UN, Annan being "
         "Secretary-General, with no target)"),
 1: ([("endeavours to cooperate", "030", "SAU/GOV", N, False, A, N, False),
      ("rejects violence", "120", "SAU/GOV", N, False, A, N, False)],
     "Saudi Arabia (1998); 'It' = 'the Kingdom of Saudi Arabia' of the sentence before -> SAU/GOV (README: a missing "
     "participant taken from the context); 'It endeavours to cooperate' = a habitual general intent to cooperate "
     "with no named partner -> 030 asserted with no target (set 112: 'endeavouring to expand ... cooperation' a 030 "
     "asserted with no target; borderline uncoded as an abstract policy position); 'to respect the principles of "
     "international law' is compliance, not coded; 'it rejects violence and terrorism in any shape or form' = an "
     "explicit REJECT verb (guideline) with no named target -> 120 with no target (set 150: 'Bangladesh abjures "
     "religious extremism' a 120 with no target; set 203: 'reject all forms of protectionism' a 120); 'it does not "
     "interfere in the affairs of others or allow others to interfere in its own affairs' = a standing "
     "non-interference policy; CAMEO has no code for interference and no other party is named, so it is left "
     "uncoded (borderline a negated 170 SAU/GOV -> null, and a 120 for 'not allow')"),
 2: ([("reiterate our full trust", "051", "MCO/GOV", "org:UN", False, A, N, False)],
     "Monaco (2018); 'I would be remiss if I did not reiterate our full trust in Mr. Antonio Guterres and his "
     "transformative initiatives' = the litotes frame asserts the act (README: 'I would be remiss if I did not ... "
     "without condemning' is an asserted 111), no negation; an expression of confidence in the Secretary-General's "
     "leadership and his reform initiatives = praise/support (guideline: 'express support' 051; set 198: 'express "
     "to the Secretary-General ... our continued confidence in his guidance of the Organization' a 051 to org:UN; "
     "set 121: welcoming Guterres's UN reforms 051 to org:UN) -> 051 MCO/GOV -> org:UN; borderline an uncoded "
     "sentiment (set 7: 'we greatly respect'; held-out Guinea-Bissau 1996: 'reiterate our trust in his qualities' "
     "uncoded beside a congratulation), or uncoded as a UN-reform position; 'which will make the United Nations "
     "better suited' is a prediction about the initiatives, not coded"),
 3: ([("provide the transparency", "086", "IRN/GOV", "org:IAEA", True, A, N, False),
      ("has long demanded", "1055", "org:IAEA", "IRN/GOV", False, A, N, False)],
     "Germany (2012); 'It' = Iran (sentence before: 'Iran has still not produced evidence ...') -> IRN/GOV; 'has also "
     "failed to date to provide the transparency that the International Atomic Energy Agency has long demanded' = "
     "plain negation (guideline: 'failed to' -> negated, the event keeps its own code) of opening its nuclear "
     "programme to the inspection agency -> allow international involvement 086, negated, to org:IAEA (set 203: "
     "'Iran's full cooperation with the IAEA' a demanded nominal 086; borderline 0862 receive inspectors, or an "
     "asserted 1245 refusal); 'that the IAEA has long demanded' = the Agency's own demand, a separate event (README: "
     "a demand and the denial of the same act are two events) -> 1055 (demand that target allows international "
     "involvement; set 147: 'encourage Iraq to cooperate fully with the United Nations' 1055) org:IAEA -> IRN/GOV, "
     "habitual 'has long' -> asserted"),
 4: ([("not forthcoming", "071", "org:WB", N, True, H, N, False),
      ("not forthcoming", "071", "org:IMF", N, True, H, N, False)],
     "Venezuela (1998); 'if the necessary resources are not forthcoming from the World Bank and the International "
     "Monetary Fund, as well as other agencies' = a conditional negation of economic aid (guideline: 'if that deal "
     "has not been signed' is negated and hypothetical) -> 071 negated, hypothetical, one per named institution "
     "(guideline: compound split; org:WB and org:IMF), the unnamed 'other agencies' dropped (set 120: uncoded "
     "members of a compound dropped); the recipients are 'the developing countries', an uncoded collective -> "
     "target null (borderline VEN/GOV, the speaker being one of them, or uncoded as a generalisation about "
     "development finance); 'If financial assistance ... is not addressed on a priority basis' is agentless, not "
     "coded; 'globalization will not be as successful' is a prediction about a process"),
 5: ([("They help", "073", "org:UN", N, False, A, N, False)],
     "Poland (2014); 'They' = 'the thousands of courageous members of humanitarian organizations, United Nations "
     "agencies and non-governmental organizations who ... hurry to the aid of those who suffer persecution' "
     "(sentence before; README: a missing participant taken from the context) -> the UN agencies coded as org:UN, "
     "the uncoded humanitarian organisations and NGOs dropped from the compound (set 120); 'help those whose security "
     "and health is threatened — those left alone, without a roof over their heads' = humanitarian aid 073, "
     "habitual -> asserted, to unnamed victims -> target null (set 153: UN agencies that 'provide valuable support "
     "to countries' a habitual 070 org:UN -> null; borderline uncoded as a description, or source null); "
     "'is threatened' is a risk and 'many will never be able to return' has no agent, no negated event"),
 6: ([("multidimensional support", "070", "org:UNDP", "TGO/GOV", False, A, N, True),
      ("multidimensional support", "070", "org:UN", "TGO/GOV", False, A, N, True)],
     "Togo (2015); 'We will not forget that, throughout the electoral process, Togo benefited from the "
     "multidimensional support and attentive interest of its friends and partners, in particular the United Nations "
     "Development Programme and the United Nations [page header] Office for West Africa' = 'will not forget' is a "
     "statement of gratitude, no negated event; the electoral support is an event noun whose agents are named -> "
     "nominal 070 (README: 'with the support of our United Nations partners' a nominal 070 from org:UN; set 121: "
     "Mali's thanks for partners' 'contribution' to the elections a nominal 070 to MLI/GOV), one per named body: "
     "org:UNDP and org:UN for UNOWA (set 200: OCHA and UNDCP as org:UN); the uncoded 'friends and partners' dropped; "
     "recipient -> TGO/GOV, the organiser of the election (borderline bare TGO; or 051 for political support); "
     "'attentive interest' is a sentiment, not coded; the page header inside the sentence is ignored"),
 7: ([], "Iceland (2018): 'Its Member States must be willing to improve human rights in their own backyards' = a "
         "deontic for the Human Rights Council's members (an uncoded class) about their domestic conduct, no act "
         "between actors; 'so that our criticism does not fall on deaf ears' is a purpose clause about the Council "
         "members' criticism in general, with no target (borderline a nominal 111 ISL/GOV -> null, Iceland having "
         "joined the Council in 2018)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("assuring the Assembly", "030", "HUN/GOV", "org:UNGA", False, A, N, False)],
     "Hungary (2011); 'assuring the Assembly once again that Hungary will continue to contribute its utmost to "
     "strengthening the global cooperation of countries within the United Nations system' = an assurance of "
     "cooperation made to the Assembly, performative -> asserted (set 123: 'I can assure you that Suriname will "
     "support you' a 030 asserted; README: 'assures the Assembly of its full cooperation' 030 to org:UNGA) -> 030 "
     "HUN/GOV -> org:UNGA; borderline a future 030 to org:UN for the content of the assurance, or uncoded as an "
     "abstract commitment to multilateralism (set 137)"),
 9: ([("will continue to support", "032", "GNQ/GOV", "org:UN", False, F, N, False)],
     "Equatorial Guinea (1997); 'Equatorial Guinea will continue to support those efforts' = the Secretary-General "
     "Kofi Annan's 'suggestions for reforming the bodies of the United Nations' (sentence before) -> future support "
     "for the Secretary-General's reform initiative = express intent to provide policy support 032, future (set 140: "
     "Poland's 'will not fail to continue to support the Organization' a future 032 to org:UN, and Poland's support "
     "for the Secretary-General's reform direction a 051 to org:UN; set 121: welcoming Guterres's reforms 051 to "
     "org:UN) -> org:UN; borderline uncoded as a UN-reform position (README; sets 182 and 184 left support for UN "
     "reform uncoded), or 051 asserted"),
 10: ([("will host", "036", "org:FAO", N, False, F, N, False)],
      "Italy (2009); 'the food security summit that the Food and Agriculture Organization of the United Nations will "
      "host in Rome in November' = a future hosting -> intent to meet 036 with modality future (guideline: future "
      "cooperative acts, 036 for meetings; set 171: Tanzania's hosting a future 036), from the FAO (set 125: "
      "org:FAO) with no named participant -> target null; Rome is a place, not a metonym; the G-8 and G-20 summits "
      "are named only as occasions with no act in this sentence, and 'The effort to restore agriculture's place' is "
      "agentless, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Iceland (1997): 'A global, legally binding agreement should be concluded to limit the emission of "
          "persistent organic pollutants' = an agentless deontic (guideline: agentless passives -> null) whose "
          "parties would be all states: a demanded 057 null -> null, not coded (set 174: null -> null left uncoded; "
          "held-out 42/43: 'we' meaning all states; borderline a demanded 057 ISL/GOV with no target)"),
 12: ([], "Guinea (2014): 'I should like to stress in particular the unacceptable suffering that our Palestinian "
          "brothers are experiencing' = the speaker's statement (01x) about an agentless suffering; 'unacceptable' is "
          "an evaluative adjective (guideline: not coded; borderline a 110 with no target)"),
 13: ([], "Bahrain (2006): 'We must all work more diligently to address the root causes and repercussions of this "
          "struggle' = 'we all' meaning all states (held-out 42/43: not coded); 'this struggle' is the anaphoric, "
          "agentless Middle East conflict (guideline: event nouns without an agent not coded)"),
 14: ([], "Norway (2010): 'the United Nations must continuously reform and adapt to a changing environment' = a "
          "UN-reform position (held-out 54-61: uncoded), no act between actors"),
 15: ([("bold initiative", "100", "org:AU", N, False, A, N, True)],
      "Namibia (1992); 'I should like to refer to a bold initiative taken by the Secretary-General of the OAU, "
      "Mr. Salim Ahmed Salim' = 'refer to' is the speaker's statement (01x); the initiative, named with its author, "
      "is his proposal of an OAU mechanism for conflict prevention, management and resolution (text after: 'his "
      "proposed creation of an institutional mechanism, within the OAU General Secretariat') -> a Secretary-General's "
      "proposal to the organisation's members = nominal generic 100 with no target (set 201: Annan's 'package of "
      "proposals' a nominal 100 from org:UN; set 187: the Millennium Report's 'proposals' a nominal 100 from org:UN); "
      "the OAU Secretary-General acting in office -> org:AU (README: the OAU is org:AU); 'taken by' is a light verb, "
      "so the trigger is the event noun; borderline a nominal 030 with no target (set 132: 'an initiative for an "
      "International Solar Energy Alliance' a nominal 030), or uncoded as an internal institutional proposal"),
 16: ([], "Somalia (2003): 'any agreements reached in Kenya must be on a consensus basis, have the support of the "
          "Somalis as well as of the international community, and be enforceable on the ground' = criteria for "
          "hypothetical future agreements among unnamed parties at the Mbagathi conference, a norm and no act "
          "(set 129: generalisations uncoded; borderline a demanded nominal 051 SOM/CVL with no target)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Slovenia (1998): 'There are actors in the international community who still believe that the threat or use "
          "of force is a legitimate means of change' = a belief of unnamed actors, and 'threat or use of force' is "
          "generic; no act (guideline: threat as risk; uncoded collectives)"),
 18: ([("has trained", "070", "ISR/GOV", N, False, A, N, False)],
      "Israel (1999); the sentence starts at 'Division for International Cooperation' (the splitter cut after 'In the "
      "more than 40 years since its inception, the'), the subject lying inside the sentence; the Division is 'within "
      "the Israeli Foreign Ministry' (text before) -> ISR/GOV; 'has trained more than 70,000 trainees from more "
      "than 120 countries' = development training, a form of aid -> 070 (guideline: 07x; borderline 071 or 061), "
      "realised -> asserted, the trainees from unnamed countries -> target null (set 202: Japan's law to support "
      "other countries a 070 with no target); 'who have come to Israel and attended its training courses' are the "
      "uncoded trainees' visits, not coded (borderline a 042 null -> ISR/GOV)"),
 19: ([], "Croatia (2008): 'Since the war-torn early 1990s it has emerged as an anchor of stability, security and "
          "cooperation in South-East Europe' = a self-evaluation; 'war-torn' is an agentless adjective, no act"),
 20: ([], "Czechoslovakia (1992): 'It would be a mistake to decide to modify the United Nations radically and rebuild "
          "it by rejecting the wisdom of its founding fathers' = a UN-reform position in the hypothetical with no "
          "actor (held-out 54-61: uncoded); 'rejecting the wisdom' is figurative, no REJECT event"),
 21: ([], "Croatia (2017): 'It is of the utmost importance that all international adjudications meet the highest "
          "legal standards and fully respect their own relevant rules' = a general norm for all tribunals "
          "(compliance, uncoded); the Croatia-Slovenia arbitration lies in the next sentence (borderline a demanded "
          "128 negated for the arbitral tribunal, which has no code)"),
 22: ([("deserves our commendation", "051", "NGA/GOV", "org:UNSC", False, A, N, False)],
      "Nigeria (1998); 'This initiative ... deserves our commendation' = the speaker's own praise (set 110: 'deserve "
      "to be commended' is the speaker's 051 to org:UN) of the Security Council's special consideration of the "
      "causes of conflict in Africa (sentence before: 'the Security Council is currently giving special "
      "consideration to the causes of conflict in our continent') -> 051 NGA/GOV -> org:UNSC (borderline org:UN for "
      "the Secretary-General's report the Council requested); 'This initiative' itself is anaphoric and not coded "
      "(set 195: the anaphoric 'the request' uncoded; borderline a nominal 100 org:UNSC with no target for its call "
      "for 'a renewed and concerted international effort')"),
 23: ([("continued support", "070", N, "org:AU", False, A, N, True)],
      "Mozambique (2003); 'with the continued support of the international community, Africa is steadily "
      "discharging its responsibilities for the maintenance of peace' = a support noun from an uncoded collective "
      "-> nominal 070 with no source (README: 'with the support of our United Nations partners' a nominal 070; set "
      "145: 'with the support of international partners' a nominal 070 with no source), ongoing -> asserted; the "
      "recipient 'Africa' is the African Union whose Peace and Security Council the sentence before names, in a "
      "speech by the AU's incoming Chairman (Maputo summit) -> org:AU (set 198: 'The world strongly supports the ... "
      "integration processes' in Africa a 051 with no source to org:AU; borderline target null for 'Africa' as an "
      "uncoded collective, which would leave the row uncoded, as set 169's 'joined hands with Africa' had no "
      "target); 'discharging its responsibilities for the maintenance of peace' is abstract, not coded (borderline "
      "a 074 org:AU with no target)"),
 24: ([("introduces a resolution", "1042", "MMR/GOV", "org:UNGA", False, A, N, False),
       ("support of a great majority", "051", N, "MMR/GOV", False, A, N, True)],
      "Myanmar (2015); 'Every year Myanmar introduces a resolution on nuclear disarmament' = tabling a draft "
      "resolution every year, habitual -> asserted 1042 to org:UNGA (set 186: 'Tabling a draft resolution every year "
      "is a habitual 1042 to org:UNGA'); 'that is adopted with the support of a great majority of Member States' -> "
      "the support noun of unnamed Member States -> nominal 051 with no source to MMR/GOV (set 186: 'enjoys wide "
      "support from Member States' a nominal 051 with no source to MMR/GOV); the agentless adoption is not coded"),
 25: ([("were killed", "1823", "ARM/GOV", "AZE/CVL", False, A, N, False),
       ("were wounded", "182", "ARM/GOV", "AZE/CVL", False, A, N, False)],
      "Azerbaijan (2017); 'In that attack, six Azerbaijani civilians were killed, among them one child, and 26 were "
      "wounded' = agentless passives whose agent is the sentence before's 'Armenia committed another war crime on "
      "the line of contact, attacking our cities and villages' (README: an agentless 'were killed' takes its agent "
      "from the sentence before) -> ARM/GOV, the text naming the state rather than its forces (borderline ARM/MIL); "
      "killing six civilians -> 1823 (guideline: killings of individuals 1823; set 134: 'its killing of two "
      "soldiers' 1823; borderline 202 for civilians killed in an attack) -> AZE/CVL; 'were wounded' -> physical "
      "assault 182 (README: an occupying army's acts coded one per code, assaults 182), a separate event (borderline folded into the attack as a result, "
      "as set 147 folded deaths into a 190); 'that attack' is anaphoric, coded in the sentence before and not here"),
 26: ([], "Guyana (2014): 'We currently face a stark reminder of how fragile global welfare is in the face of singular "
          "threats such as the Ebola epidemic' = a risk (guideline: figurative 'threat'), no act"),
 27: ([("ethnic cleansing", "203", "GEO/REB", "GEO/CVL", False, A, "org:OSCE", True),
       ("the OSCE called for", "1055", "org:OSCE", N, False, A, N, False)],
      "Georgia (2000); 'Having established that \"ethnic cleansing\" was taking place in Abkhazia, Georgia' = the "
      "OSCE's finding -> the ethnic cleansing is reported by org:OSCE (set 155: the Security Council 'took note of "
      "the existence of ... an act of aggression' reported by org:UNSC; set 143: 'concluded that' reported by the "
      "panel's author) although the speaker endorses it; an event noun whose agent is plain from the text around "
      "it (README: coded) -> the 'aggressive separatism in Abkhazia' and 'the Abkhaz side' of the text before -> "
      "the Abkhaz separatists as GEO/REB (set 110: Transnistrian leaders MDA/REB; README: eastern Ukraine's "
      "separatists UKR/REB; borderline source null as agentless); victims 'the Georgian population in Abkhazia' "
      "(text after) -> GEO/CVL; ethnic cleansing -> 203 nominal (held-out precedent: 'ethnic cleansing' 203); "
      "'the OSCE called for the dispatch of a fact-finding mission to push forward the peace process' = a request "
      "(guideline: call for -> 10x) whose Y is an international fact-finding presence -> demand that the target "
      "allow international involvement (non-mediation) 1055 (borderline generic 100, or 108 for the peace-process "
      "purpose), no addressee named -> target null (borderline GEO/REB, the side that would have to admit the "
      "mission); the finding itself is not coded as an accusation (borderline a 112 org:OSCE -> GEO/REB)"),
 28: ([("were signed", "057", "GTM/GOV", "MEX/GOV", False, A, N, False),
       ("addressing jointly", "050", "GTM/GOV", "MEX/GOV", False, A, N, False)],
      "Guatemala (2015); 'Recently 12 agreements were signed on economic issues, trade, border modernization and "
      "energy' = an agentless passive whose parties are given by the sentence before ('With Mexico we maintain a "
      "robust ... agenda') -> 057 (README: agreements concluded 057; set 192: an agentless 'agreement was reached "
      "between the parties' takes the parties from the sentence before), one event for the 12 agreements, from the "
      "document's government (guideline: symmetric events coded once from the document's own government) -> "
      "GTM/GOV -> MEX/GOV; 'in addition to addressing jointly challenges such as migration and organized crime' = "
      "bilateral cooperation -> 050 (set 149: Trump's 'great cooperation' with Mexico on migration a nominal 050, "
      "borderline 062), asserted; borderline folded into the agreements, or 062 for the organised-crime part"),
 29: ([("We welcome", "051", "ARE/GOV", "IRQ/GOV", False, A, N, False),
       ("positive attitude expressed by Iraq", "0353", "IRQ/GOV", "KWT", False, A, N, False)],
      "United Arab Emirates (2002); 'We welcome, furthermore, the positive attitude expressed by Iraq towards "
      "returning the Kuwaiti national archives and properties' = a welcome (guideline: 051) of Iraq's stance -> 051 "
      "ARE/GOV -> IRQ/GOV; Iraq's expressed readiness to return the archives and property = an intent stated as a "
      "fact (guideline: 'proposed shipping' gives an asserted 03x) -> express intent to release persons or property "
      "0353 IRQ/GOV, asserted, to bare KWT (set 143: Iraq's obligation to 'return all stolen property' to bare KWT; "
      "borderline KWT/GOV for the national archives), not nominal since 'expressed by Iraq' is a participle (sets "
      "116 and 187); the return itself is not yet realised and is not coded separately (borderline a future 0842)"),
 30: ([], "Zambia (2009): 'the effect of the global financial and economic crisis, coupled with the effects of climate "
          "change, threaten the prospects of meeting the MDGs' = inanimate subjects and a risk (guideline: "
          "figurative 'threat'), no act"),
 31: ([("right to call for", "1011", "CHL/GOV", N, False, A, N, False)],
      "Chile (1994); 'we now have the right to call for the results of the Round to be implemented and, once the "
      "World Trade Organization has been established, for progress to be made in discussion of the many problems "
      "the Round left pending' = the speaker claims the right and in the same breath makes the call -> a request "
      "(guideline: call for -> 10x), read as performative and asserted; 'we' are the Latin American countries that "
      "cut their tariffs (sentence before), coded for the speaker only (set 133: 'We nations of South America'; set "
      "203: 'As a region' coded THA/GOV only) -> CHL/GOV; one call with several demands takes one code (set 154: a "
      "single code from the first demand) -> implementing the Uruguay Round's trade results = demand economic "
      "cooperation 1011 (set 203: 'calls for access to markets' 1011), no addressee named -> target null "
      "(borderline org:WTO for the second demand, or uncoded as a claimed right rather than a call); the future "
      "establishment of the WTO is agentless, not coded"),
 32: ([], "Lesotho (2000): the sentence starts at 'Trade Protocol, which encompasses deeper economic cooperation ...' "
          "(the splitter cut after 'the entry into force of the Southern African Development Community (SADC)'); "
          "the verb 'accelerating the entry into force' lies before the cut (README: a fragment whose verb was cut "
          "away is left uncoded), and the relative clause only describes the Protocol's content (borderline a 057 "
          "with no target, or a 061 from org:SADC)"),
 33: ([("support the initiatives", "051", "org:EU", N, False, A, N, False)],
      "Denmark (2002), speaking 'On behalf of the European Union' (opening of the speech) -> 'We' = the EU "
      "presidency speaking for the Union -> org:EU (README: a head of state speaking as chair of an organisation is "
      "the organisation; set 128: Sarkozy's words as EU presidency org:EU; borderline DNK/GOV under the UN-speech "
      "rule); 'strongly support the initiatives to strengthen the United Nations future peacekeeping capacity' = "
      "support (guideline: 'express support' 051) for unattributed initiatives -> 051 with no target (set 150: "
      "'Denmark's support for unattributed peacekeeping initiatives is a 051 with no target'; borderline org:UN, or "
      "uncoded as a UN-reform position)"),
 34: ([("sign, this year", "057", "SMR/GOV", N, False, A, N, False),
       ("second country to sign", "057", "SMR/GOV", N, False, A, N, False)],
      "San Marino (2000); 'San Marino was the first country to sign, this year, the Optional Protocol on child "
      "pornography, and the second country to sign the Optional Protocol on the involvement of children in armed "
      "conflicts' = two realised signings of multilateral treaties -> one 057 per protocol with no target "
      "(README: agreements concluded 057; signing a ratification instrument 057 with no target; set 146: 'as one of "
      "the first nations to sign and ratify' the NPT one 057 with no target; borderline one event, or org:UN as "
      "depositary); 'legal cooperation ... is crucial' is an evaluation, not coded"),
 35: ([("carry out a fundamental role", "074", "org:UN", N, False, A, N, False)],
      "Guatemala (1992); 'the peace-keeping forces under the flag of the United Nations carry out a fundamental role "
      "by opening the way to truce, dialogue and negotiation' = UN peacekeeping in general, habitual present -> "
      "provide peacekeeping 074 from org:UN (set 161: '17 United Nations peace-keeping operations are active' a 074 "
      "from org:UN; set 179: a habitual 074 org:UN), no conflict or country named -> target null (set 153: a "
      "habitual 070 org:UN -> null); 'opening the way to truce, dialogue and negotiation' is folded in as the "
      "manner (borderline a separate 045 with no target); borderline uncoded as a generalisation about peacekeeping"),
 36: ([], "Malaysia (1996): the sentence starts at 'Justice Advisory Opinion on the legality of the threat or use of "
          "nuclear weapons' (the splitter cut after 'Malaysia is encouraged by the recent International Court of'); "
          "the verb and the agent lie before the cut (README: left uncoded; borderline a 051 MYS/GOV -> org:ICJ); "
          "'the threat or use of nuclear weapons' is generic"),
 37: ([("welcomed South Africa", "051", "SWZ/GOV", "ZAF/GOV", False, A, N, False)],
      "Swaziland (1994); 'We have already welcomed South Africa into the' = a fragment whose verb lies inside it; "
      "the object after the cut is 'Southern African Development Community' (README: a fragment whose object the "
      "splitter cut off is coded from the text after the cut when its verb is in the sentence); 'we' are the SADC "
      "members, coded for the speaker only (set 133: 'We nations of South America'); welcoming a new member of an "
      "organisation = 051 to the new member's government (set 163: Brazil's welcome of Timor-Leste into the CPLP a "
      "051; set 166: a welcome of new Members 051) -> SWZ/GOV -> ZAF/GOV, realised -> asserted; borderline source "
      "org:SADC for the admitting body, or uncoded as a membership act (README: UN admissions uncoded)"),
 38: ([("contributing troops", "074", "TUN/GOV", "COD", False, A, N, False),
       ("contributing troops", "074", "TUN/GOV", "NAM", False, A, N, False),
       ("reaffirm its commitment", "032", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (1991); 'which has supported United Nations peace efforts ... by contributing troops to the United "
      "Nations missions to the Congo in the 1960s and, more recently, to Namibia' = realised troop contributions to "
      "ONUC and UNTAG -> 074 per bare host country (set 180: participation in peacekeeping in named countries one "
      "074 per bare host country; README: troops in ISAF or UNIFIL 074 to the host country), the Congo of the 1960s "
      "as COD (Zaire on the speech date) and Namibia as NAM; 'has supported United Nations peace efforts' is folded "
      "in, the troops being the means (borderline a separate 051 or 070 to org:UN); 'wishes today to reaffirm its "
      "commitment to Arab and international efforts to re-establish peace and stability in the Gulf' = a commitment "
      "stated as a fact (README: asserted 03x) to support peace efforts -> 032 (set 140: 'reaffirms its commitment to "
      "support the peace effort' a 032), the efforts being those of uncoded collectives and no Gulf party named in "
      "the sentence -> target null (borderline IRQ/GOV and KWT/GOV from the sentence before, or 030)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Turkmenistan (1993): 'we intend to make the State's role more streamlined and open and significantly reduce "
          "its interference in economic activities' = a domestic economic reform with no counterpart, not coded"),
 40: ([("concretely addressing", "045", "org:UN", "LBN", False, A, N, False)],
      "Luxembourg (2006); the sentence starts at 'Lebanon, and by concretely addressing the issue of prisoners' (the "
      "splitter cut after 'By bringing about the lifting of the blockade of'); 'by concretely addressing the issue "
      "of prisoners, the Secretary-General has laid the foundations for a lasting solution' = Annan's efforts on the "
      "prisoners after the 2006 war, a third-party role -> mediate 045 from org:UN (set 197: Annan's 'help in "
      "achieving agreement' a nominal 045 org:UN -> bare SDN; set 200: a UN role in Yemen 045 to bare YEM), the "
      "parties to the prisoner issue not named in the sentence -> bare LBN, the only country named (borderline "
      "ISR/GOV and LBN/REB from outside knowledge); 'has laid the foundations' is folded in; the lifting of the "
      "blockade is not coded, its verb falling before the cut (README; borderline an 085 ISR/GOV -> LBN)"),
 41: ([], "Uruguay (2014): 'It is therefore crucial that we have national policies that focus on healthy lifestyles' = "
          "a domestic health policy, no act between actors"),
 42: ([], "Yugoslavia (1990): 'In the past year substantive democratic changes have taken place there' (in Europe) = "
          "agentless developments, no act (borderline a nominal 1411 of unnamed Eastern European peoples, as set "
          "99's 'has taken hold in the heartland of communism')"),
 43: ([], "Tonga (2009): 'But, rather than ratify CEDAW, we prefer to address those specific areas of concern to "
          "women in our own way' = 'rather than ratify' is a contrast, not a negated event (README: 'instead of "
          "implementing ...' and 'rather than fulfilling their pledges' are contrasts); addressing women's concerns "
          "at home is a domestic policy; borderline a negated 057 TON/GOV with no target, or a 120, since the text "
          "before says 'We did not want to ratify CEDAW'"),
 44: ([], "San Marino (2016): 'Any hesitation in doing so will inevitably exact a very heavy toll' = a generic "
          "prediction about Member States' hesitation, no act"),
 45: ([("has modestly presented", "102", "ALB/GOV", "org:UNGA", False, A, N, False)],
      "Albania (2004); 'Albania has modestly presented for the first time its candidacy to become a member of the "
      "Economic and Social Council for the period 2005-2007' = a candidature for an elected UN body -> demand "
      "diplomatic cooperation 102 to org:UNGA, which elects ECOSOC's members (set 118: Viet Nam's candidature for the "
      "Human Rights Council a 102 to org:UNGA; set 129: Albania's Human Rights Council candidacy a nominal 102 to "
      "org:UNGA), a verb here -> not nominal; borderline uncoded as a membership position (held-out 54-61, as an "
      "earlier set left a Security Council candidacy)"),
 46: ([], "Malawi (2009): 'the price of complacency will be much higher if we fail to act today' = 'we' meaning all "
          "states (held-out 42/43) on climate change; 'fail to act' is generic, no negated event"),
 47: ([], "Mexico (2014): 'Thanks to the United Nations, our world today enjoys greater freedom' = 'thanks to' names a "
          "cause, not a thanks act, and no event noun follows it (set 116: 'Thanks to the assistance of Canada' was "
          "coded for its noun 'assistance'); an evaluation of the UN's record, not coded"),
 48: ([], "Mexico (2000): 'Ernesto Zedillo stated his personal commitment and that of the Mexican people to the values "
          "and principles that sustain the activities of our Organization' = a commitment to the UN's values and "
          "principles (sets 137 and 190: commitments to the Charter uncoded), reported by the speaker; borderline a "
          "030 MEX/GOV -> org:UN (set 192: 'Reaffirm my country's commitment to the United Nations' 030)"),
 49: ([], "Mongolia (1993): 'Peace and the national reconciliation that had eluded Cambodia for so long has been "
          "restored' = an agentless outcome among unnamed Cambodian parties (set 177: agreements 'between the "
          "Cambodian parties' uncoded; borderline a nominal 057 KHM/GOV -> KHM/REB)"),
 50: ([], "Canada (2015): 'We are concerned by the resurgence of the Taliban ..., by the scale of the ambition shown "
          "by Daesh and their expanding networks' = expressed concern (guideline: 01x, not coded); a resurgence, an "
          "ambition and expanding networks are no CAMEO acts and have no target"),
 51: ([], "Uruguay (2001): 'Those who have attained a certain level of growth grow even more, while the rest ... "
          "suffer losses' = an economic generalisation about uncoded collectives, no act"),
 52: ([("asking for charity", "103", "TCD/GOV", N, True, A, N, False),
       ("rather for realizing", "1043", "TCD/GOV", N, False, A, N, False)],
      "Chad (2001); 'In saying that we are not asking for charity, but rather for realizing the legitimate right of "
      "those peoples to development' = the speaker's gloss on its own call (sentence before: 'the wealthier countries "
      "must expand their financial efforts'), 'we' being Chad (README: the speaker's own past statements are its "
      "own assertion, reported_by null); 'not asking for charity' = plain negation of a request for aid -> negated "
      "103 (set 190: 'We do not ask for direct financial assistance' a negated 1031 with no target; borderline "
      "1031), and 'but rather [asking] for realizing the legitimate right ... to development' an asserted request "
      "for a right -> 1043 (set 129: 'does not call for debt cancellation ...; it merely calls for' a negated 1031 "
      "and an asserted 1011; borderline 1031 for the financial efforts meant), the wealthier countries an uncoded "
      "collective -> target null for both"),
}
