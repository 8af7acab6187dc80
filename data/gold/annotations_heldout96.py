"""Hand annotations for the NINETY-SIXTH held-out event gold set (source of events-heldout96.jsonl).

Keyed by the row index of selection-heldout96.jsonl (output of select_bulk_heldout.py 96; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout96.jsonl \
        --annotations annotations_heldout96 --output events-heldout96.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Venezuela (1991): 'The Organisation will not be strengthened unless an agreement is reached to eliminate the "
         "right of veto exercised by the permanent members of the Security Council' = a conditional about an "
         "agentless agreement on Security Council reform (held-out 54-61: UN reform positions left uncoded); 'will "
         "not be strengthened' negates an outcome, not an event; the veto right 'exercised' is a standing "
         "prerogative, not an act against a named party"),
 1: ([("did not receive\nadequate support", "070", N, "TKM/GOV", True, A, N, True)],
     "Turkmenistan (1999); 'this process did not receive adequate support from the outside' = the inter-Afghan talks "
     "that Turkmenistan hosted in Ashgabat as 'our initiative' (preceding sentence) -> support that was not given "
     "(held-out 89 row 1: 'has not yet received adequate recognition by the international community' a negated "
     "051 with no source), its providers 'those who are more prone to making declarations' an uncoded group -> "
     "source null; the contrast with 'practical steps' marks the missing support as material -> 070 (borderline "
     "051 verbal support), nominal; target the process's sponsor -> TKM/GOV (borderline the two Afghan factions "
     "of the preceding sentence, AFG/REB for the Taliban and AFG/GOV for the Rabbani government, as the "
     "process's parties); 'making declarations of good intentions' is 01x and 'rather than taking practical steps' "
     "a contrast, not a negated event (held-out 38/39: 'instead of implementing' contrasts)"),
 2: ([], "Chile (2003): 'We must seek to ensure that the search for consensus does not prevent this forum from "
         "reaching the necessary substantive agreements' = 'we' meaning all Member States (held-out 42/43) on the "
         "working of the Economic and Social Council, a UN reform position (held-out 54-61), not coded; 'does not "
         "prevent' is a goal, not a negated event"),
 3: ([], "Singapore (2002): 'where international consensus has not yet consolidated over situations posing serious "
         "and immediate threats, the lack of international consensus in itself cannot be an excuse for inaction' = a "
         "general norm with no actor; 'has not yet consolidated' negates a consensus, not an event; threats as risks "
         "(guideline)"),
 4: ([], "Sudan (1992): 'The crimes and violations by allies are ignored, while accusations of human rights violations "
         "are trumped up against those countries that do not surrender their right to independent decision-making' "
         "= a generic complaint of double standards: the accusers (the 'self-styled protectors of human rights' of "
         "the following sentence), the 'allies' and the accused 'countries' are uncoded classes, null-null, not "
         "coded (held-out 54-61: acts between uncoded collectives left uncoded); borderline a 112 with no source to "
         "SDN/GOV (held-out 42/43: 'fallacious allegations' by 'certain quarters' a 112 with no source), Sudan being "
         "implicitly among 'those countries' but never named as such; 'are ignored' (a negated 111) has the same "
         "uncoded parties"),
 5: ([], "Egypt (2013): 'the countries of the region that have not signed or ratified any of the international "
         "conventions on weapons of mass destruction should commit ... to simultaneously signing and ratifying the "
         "relevant conventions' = the second step of Egypt's initiative, a deontic with no request verb whose subject "
         "is an uncoded class of states the document does not name (held-out 44/45: a group coded only for the "
         "member the document names; here none) -> not coded; the relative clause 'have not signed or ratified' is "
         "a negated 057 of the same unnamed class, not coded (borderline a demanded 057 and a negated 057 of ISR/GOV, "
         "the region's best-known non-party to the NPT, whom the sentence does not name)"),
 6: ([], "Hungary (2018): 'Hungary will not support the adoption of the global compact on migration' = a position on a "
         "multilateral decision (held-out 51 row 4: 'We will not support any indefinite and unconditional extension "
         "of the NPT' not coded; held-out 30 row 5), not coded; borderline a performative refusal 120 HUN/GOV -> "
         "org:UN (held-out 68 row 15: Hungary's 'we will in future reject all United Nations declarations ... "
         "containing any reference to the Global Compact' 120) or a negated, future 051 HUN/GOV -> org:UN; 'inform "
         "representatives' is the speaker's own statement (01x)"),
 7: ([], "Indonesia (2008): 'A true democracy is always homegrown; it is never anything that is imposed from outside' "
         "= a general maxim, no actor; 'never ... imposed' is a norm, not a negated event"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Argentina (1994): 'how positive an event was the conclusion of the Uruguay Round of ... GATT' = an "
         "evaluation of a multilateral agreement among an uncoded collective (held-out 77 row 18: the Doha Round's "
         "parties an uncoded collective), agentless, not coded (borderline a nominal 057 with no source); 'will make "
         "it possible to ... tackle problems' is an expected effect"),
 9: ([("all our peaceful\ninitiatives", "037", "ARE/GOV", "IRN/GOV", False, A, N, True)],
     "United Arab Emirates (1997); 'We hope that the Iranian Government will consider all our peaceful initiatives' "
     "= a hope about another actor's act (held-out 5: optative, not coded), so Iran's considering is not coded; "
     "'all our peaceful initiatives' = the UAE's proposals on the three islands dispute, which 'call either for "
     "serious bilateral negotiations ... or for the dispute to be submitted to the International Court of "
     "Justice' (following sentence) -> an event noun with its agent ('our') -> nominal intent to settle the "
     "dispute 037, realised proposals -> asserted, to the Iranian Government (borderline 036 intent to negotiate, "
     "or not coded as part of the optative hope)"),
 10: ([("contribute our fair share of financing", "071", "org:EU", N, False, F, N, False),
       ("support \nadaptation worldwide", "070", "org:EU", N, False, F, N, False)],
      "Sweden (2009, speaking for the European Union presidency: 'The EU is willing to do its part. We will reduce our "
      "emissions.' just before) -> 'we' = org:EU (borderline SWE/GOV); 'contribute our fair share of financing' = "
      "future climate finance for the developing countries (preceding text: 'The developing countries need our "
      "help') -> a future material act keeps its own code (guideline; held-out 42/43: 'we will continue support' "
      "070 future) -> economic aid 071 future, the developing countries an uncoded class -> target null; 'support "
      "adaptation worldwide' -> aid 070 future, target null (borderline one 070 for both, held-out 20/21: one aid "
      "noun covering several kinds is one 070; here two verbs, as held-out 77 row 39); 'promote low carbon growth' "
      "has no counterpart, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("pay great tribute to France", "051", "CAF/GOV", "FRA/GOV", False, A, N, False),
       ("invaluable support", "070", "FRA/GOV", "GAB/GOV", False, A, N, True),
       ("invaluable support", "070", "FRA/GOV", "BFA/GOV", False, A, N, True),
       ("invaluable support", "070", "FRA/GOV", "TCD/GOV", False, A, N, True),
       ("invaluable support", "070", "FRA/GOV", "MLI/GOV", False, A, N, True),
       ("invaluable support", "070", "FRA/GOV", "SEN/GOV", False, A, N, True),
       ("invaluable support", "070", "FRA/GOV", "TGO/GOV", False, A, N, True)],
      "Central African Republic (1998); 'I should also like to pay great tribute to France' = a performative tribute "
      "(held-out 52/53: 'pay tribute to' 051; 'should like to' performative -> asserted) -> 051 to FRA/GOV; 'its "
      "invaluable support of the African initiative' = France's 'strong logistic support' to MISAB, the "
      "Inter-African Mission to Monitor the Bangui Agreements (preceding text) -> nominal 070, agent from the "
      "tribute (held-out 24 row 9: thanks 'for the ongoing support' gives the support its agent; borderline 072 "
      "military aid, the support going to a military force); MISAB has no code and the document names its six "
      "contributing states (Gabon, Chad, Burkina Faso, Mali, Senegal, Togo; held-out 12/13: a group without a code "
      "is each member the document names) -> one 070 per state, their governments having taken the initiative "
      "(borderline CAF/GOV as the initiative's beneficiary, one event, or the states' MIL)"),
 12: ([], "Andorra (2005): 'We must prepare to respond to them' (natural or man-made catastrophes) = 'we' meaning all "
          "states (held-out 42/43), no counterpart, not coded"),
 13: ([], "Lao PDR (2002): 'this issue should be resolved by the United Nations through political means' = the "
          "speaker's view on the Iraq question of 2002, a deontic whose Y (resolving an issue through political "
          "means) is not a codable behaviour (guideline: 'If Y is not a codable behaviour ... nothing is coded'), an "
          "abstract position against unilateral force; borderline a demanded 045 org:UN -> IRQ/GOV, or a demanded "
          "037; 'We are of the view' is the speaker's own statement"),
 14: ([], "Denmark (1994): 'Peace-keepers must consistently act in full accordance with their role and mandate' = a "
          "norm of conduct for peacekeepers in general (compliance, guideline: not a codable Y), not coded"),
 15: ([("Israeli-Palestinian negotiations", "046", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Morocco (2016); 'expresses its concern' = 01x, not coded; 'the Israeli-Palestinian negotiations' = a "
      "negotiation noun naming its parties -> nominal 046 from the first-named (held-out 76 row 26; guideline "
      "'negotiations' 046), the Palestinian negotiating authority -> PSE/GOV; 'are not advancing as they should' "
      "negates progress, not the negotiations (guideline: negation bearing on something other than the event) -> "
      "asserted; borderline not coded, the direct talks having been suspended since 2014 (the following sentence "
      "calls for their 'resumption'), or a negated 046"),
 16: ([("seeking peaceful ways of putting an end to the war", "037", "MOZ/GOV", "MOZ/REB", False, A, N, False)],
      "Mozambique (1990); 'does not prevent the Government from seeking peaceful ways of putting an end to the war' = "
      "the Government's pursuit of a negotiated settlement with RENAMO (preceding sentence: 'RENAMO armed action'; "
      "the Rome talks of July 1990) -> intent to settle the dispute 037 asserted (borderline 036, or 046 for the "
      "talks under way), RENAMO -> MOZ/REB; 'does not prevent' bears on the commitment, not on the seeking (no "
      "negated event); 'Our commitment to defend our country' is a stance, not coded (borderline a nominal 0312 "
      "or 190 MOZ/GOV -> MOZ/REB); 'the war' has no agent in the sentence; 'everything should be done to bring "
      "about ... peace' is an agentless deontic"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("welcoming Rwandan refugees", "075", "COD/GOV", "RWA/CVL", False, A, N, False)],
      "Democratic Republic of the Congo (2013); 'Because we acted in solidarity by welcoming Rwandan refugees to our "
      "territory' = the 1994 refugee influx admitted by the country (then Zaire, the same state, coded by the "
      "speech's date -> COD/GOV) -> grant asylum 075 (held-out 6: admitting refugees 075; 'acted in solidarity' the "
      "same act, coded once), the refugees -> RWA/CVL; 'the Congolese population ... has been deprived of peace' "
      "is a state, and 'they continue to count their dead' an idiom of suffering whose killers the sentence and "
      "the one before leave unnamed ('a breach of the peace is the result of aggression'); not coded (borderline an "
      "agentless 180 or 202 null -> COD/CVL, held-out 76 row 10: agentless killings coded)"),
 18: ([], "China (2004): 'The proliferation of weapons of mass destruction poses a threat to world peace and "
          "security' = agentless, a figurative threat (guideline: threat as risk)"),
 19: ([("thank", "051", "GNQ/GOV", N, False, A, N, False),
       ("their valuable support", "070", N, "GNQ/GOV", False, A, N, True)],
      "Equatorial Guinea (1991); 'I take the opportunity to thank all friendly countries and donors, as well as the "
      "international financial institutions' = thanks -> 051 (guideline), all three addressees uncoded (the "
      "institutions unnamed) -> target null (held-out 14/15: thanks that include a group without a code has target "
      "null; held-out 26 row 27); 'their valuable support' = aid to the Government's economic adjustment "
      "(preceding sentences: the Round Tables and structural adjustments) -> nominal 070 with no source to the "
      "speaker's government (held-out 26 row 27; held-out 59 row 7: 'the official cooperation that we have "
      "received' nominal 070 null -> GTM/GOV; borderline 071 economic aid)"),
 20: ([("We commend", "051", "UGA/GOV", "RWA/GOV", False, A, N, False),
       ("we call for", "100", "UGA/GOV", "org:UN", False, A, N, False)],
      "Uganda (1995); 'We commend the steps being taken by the Government in Rwanda to restore normalcy and national "
      "reconciliation' = praise (guideline: commend 051) -> RWA/GOV; the steps are domestic, not coded "
      "separately; 'we call for expeditious and full activation of the International Tribunal for Rwanda' = a "
      "request (guideline: call for -> 10x) whose Y, bringing a UN tribunal into operation, has no specific "
      "request sub-code -> 100 (borderline 1013 judicial cooperation, or 1044 institutional change), addressed "
      "implicitly to the Organization that set the Tribunal up -> org:UN (borderline target null as a call with no "
      "named addressee, or org:UNSC, or org:ICTR)"),
 21: ([], "Maldives (2006): 'The recent hostilities in Lebanon and the sufferings of the Lebanese people have their "
          "roots in the Palestinian problem' = an event noun without an agent in the sentence (guideline: 'this "
          "aggression' not coded) and a causal evaluation; borderline a nominal 190 ISR/GOV -> LBN/REB for the "
          "2006 war, whose parties the document does not name here"),
 22: ([("welcomes", "051", "NER/GOV", "org:AU", False, A, N, False),
       ("welcomes", "051", "NER/GOV", "org:UN", False, A, N, False)],
      "Niger (2008); 'my delegation welcomes the appointment Mr. Djibril Yipene Bassole ... as the Joint African "
      "Union-United Nations Chief Mediator for Darfur' = welcoming an appointment is 051 to the appointee (held-out "
      "23), an official acting for an organisation is the organisation (held-out 22: the ASEAN Special Envoy "
      "org:ASEAN), the joint office -> one 051 to each organisation (guideline compound split; borderline one 051 "
      "to org:UN); his being a former BFA minister is a description; the mediation itself is his role, not a "
      "realised act in the sentence (borderline a nominal 045 to SDN/GOV and the Darfur rebels); the page header "
      "'A/63/PV.13 08-53122 38' inside the sentence is PDF noise"),
 23: ([], "Canada (2011): 'to renew Canada's commitment to the founding principles of the United Nations, namely, to "
          "maintain international peace and security ... to suppress acts of aggression' = a commitment to the "
          "Charter's purposes, an abstract policy position (held-out 76 row 45: 'firmly committed to the goals set "
          "by these conferences' not coded; borderline 030 CAN/GOV -> org:UN, held-out 28/29: a pledge made on "
          "joining the UN 030); the acts named are the Charter's purposes, not events"),
 24: ([("hosted", "043", "BWA/GOV", N, False, A, N, False)],
      "Botswana (2013); 'Last year, Botswana hosted the Summit for' = a fragment cut by the splitter, the object "
      "completed from the following text ('Sustainability in Africa', held-out 44/45: a part cut off by the "
      "splitter is taken from the context) -> host 043 (guideline), the summit's participants (African heads of "
      "State and partners) not named -> target null (held-out 28 row 10: 'convened by Canada' 043 with its participants unnamed)"),
 25: ([], "Kazakhstan (2019): 'I firmly believe that this concept meets the basic needs of our nation' = a belief about "
          "the domestic political formula, no act"),
 26: ([], "Azerbaijan (2005): 'Cooperation in the areas of debt, assistance and trade can open up new opportunities for "
          "development financing' = a generic statement, no actor"),
 27: ([], "Poland (2019): 'After laborious negotiations, part of this arrangement resulted in the acceptance of the Just "
          "Transition Declaration' = the COP 24 negotiations and declaration among the Parties (an uncoded "
          "collective, held-out 54-61: acts between uncoded collectives left uncoded), agentless, not coded "
          "(borderline a nominal 046 or 057 with no source and no target)"),
 28: ([], "Yemen (2008): 'While we agree that biofuels do help to reduce damage from global warming' = agreement with "
          "an opinion, not an agreement act (057); the rest is a hypothetical calculation, no actor"),
 29: ([("to assure you of our complete \ncooperation", "030", "AGO/GOV", "org:UNGA", False, A, N, False)],
      "Angola (1992); 'wishes from the outset to assure you of our complete cooperation' = an assurance of "
      "cooperation to the President of the General Assembly (congratulated in the preceding sentence) -> 030 to "
      "org:UNGA (held-out 38 row 35, 48 row 43: assurances of cooperation or support to the President of the Assembly 030), "
      "'wishes to' performative -> asserted"),
 30: ([("Israeli rejection", "127", "ISR/GOV", "org:UN", False, A, N, True),
       ("defiance", "128", "ISR/GOV", "org:UN", False, A, N, True)],
      "Morocco (1998); 'Those resolutions' = 'the many resolutions of the United Nations' on the Middle East "
      "(preceding sentence) -> org:UN (borderline org:UNSC or org:UNGA, neither named); 'met only with Israeli "
      "rejection' = a rejection noun with its agent named by the adjective -> nominal 127 (held-out 41 row 10: "
      "rejection of the Ahtisaari package a nominal 127 to org:UN; held-out 53: 'they rejected this particular "
      "Plan' 127 to org:UN; borderline 120), and 'defiance' -> nominal 128 (held-out 34 row 31: 'flouting of the "
      "resolutions' a nominal 128), two codes for the same pair"),
 31: ([], "Saint Vincent and the Grenadines (2006): 'many, if not most, of the Governments of the rich and powerful "
          "countries show signs of fatigue and disengagement towards the developing world' = an evaluation of "
          "uncoded collectives' attitudes towards another uncoded collective, null-null, not coded (borderline a "
          "160 null -> null)"),
 32: ([], "European Union (2018): 'the European Union remains fully committed to it [the Paris Agreement] and has set it "
          "as a priority in its relations with our partners' = a commitment to implementing a multilateral agreement "
          "(compliance, guideline: not a codable Y) with unnamed partners, an abstract policy position, not coded "
          "(borderline an asserted 030 org:EU -> null, held-out 46/47: 'remain committed to supporting' asserted "
          "03x); 'slow progress is being made' is agentless"),
 33: ([("defend the sovereignty", "052", "MAR/GOV", "BIH/GOV", False, A, N, False),
       ("provide humanitarian assistance to them", "073", "MAR/GOV", "BIH/CVL", False, A, N, False)],
      "Morocco (1995); 'Morocco has consistently discharged its human and Islamic duty to defend the sovereignty and "
      "territorial integrity of the Republic of Bosnia and Herzegovina' = habitual, realised -> asserted; "
      "defending a state's sovereignty in diplomacy (the Islamic Contact Group of the following sentence) -> "
      "defend verbally 052 (borderline 050, or not coded as a duty) to the Bosnian Government -> BIH/GOV; "
      "'provide humanitarian assistance to them' -> 073 (guideline), 'them' = the Bosnian people -> BIH/CVL; "
      "'mitigate the agony of the Bosnian people' is the purpose of the same aid, coded once"),
 34: ([], "Mongolia (2006): 'the parliament recently passed a new law against corruption' = domestic legislation with "
          "no counterpart, not coded"),
 35: ([], "Syria (1997): the changes 'call for a review of the composition and working methods of the Security "
          "Council' = an inanimate subject and a UN reform position (held-out 54-61), not coded"),
 36: ([], "Mozambique (1991): 'The immediate cessation of this interference is called for' = an impersonal passive "
          "request (held-out 52/53: welcomes by an impersonal passive not coded) whose addressees, the external "
          "interferers in the negotiation process (preceding sentence), are never named -> no source in the "
          "sentence and no target, not coded (borderline an asserted request 1042 MOZ/GOV -> null); the "
          "interference itself is an agentless event noun"),
 37: ([("I have just visited Bolivia", "042", "PRY/GOV", "BOL/GOV", False, A, N, False),
       ("we have signed joint agreements", "057", "PRY/GOV", "BOL/GOV", False, A, N, False),
       ("I made an offer", "032", "PRY/GOV", "BOL/GOV", False, A, N, False)],
      "Paraguay (1993, President Wasmosy); 'I have just visited Bolivia' -> 042 (guideline: visit), to the country's "
      "government; 'with which we have signed joint agreements' -> 057 (guideline: agreements concluded), "
      "symmetric, from the document's own government; 'I made an offer to its Government that Paraguay would serve "
      "as a link for its entry into MERCOSUR' = an offer stated as a fact -> 03x asserted (guideline: an explicit "
      "intent verb stated as a fact), of policy support for Bolivia's accession -> 032 (borderline 030); the "
      "entry itself is a membership act, not coded"),
 38: ([("we warmly welcome", "051", "TGO/GOV", "LIE/GOV", False, A, N, False)],
      "Togo (1990); 'we warmly welcome the Principality of Liechtenstein, whose admission to the United Nations' = a "
      "welcome of a new member state -> 051 to LIE/GOV (held-out 32 row 35, 81: welcoming an admission 051 to the "
      "new member); the admission itself is the UN's act, not coded (held-out 54-61: UN admissions uncoded)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Botswana (2017): 'Inaction is not an option in the face of such adversity' = an evaluation following the "
          "appeal of the preceding sentence, no act in this sentence (held-out 54-61: fragments whose act lies "
          "outside the sentence left uncoded)"),
 40: ([], "Cote d'Ivoire (1993): 'Today's world is moving towards a convergence around certain values' = a "
          "description, no actor"),
 41: ([], "Nauru (2006): 'Nauru is emerging from governance problems caused by shortcomings in the Constitution' = a "
          "domestic description, no act; the page header '7 06-53317' is PDF noise"),
 42: ([], "Benin (2005): 'The consensus on this question does honour to the Organization' = an evaluation of the "
          "consensus on the Peacebuilding Commission, a UN reform matter, no act"),
 43: ([], "Cameroon (2016): 'I would also refer to the 17 Sustainable Development Goals' = a reference to a document, "
          "no act"),
 44: ([], "China (2008): 'China will, through its own development, contribute to the peace and development of the "
          "world' = a contribution with no counterpart, an abstract policy position, not coded"),
 45: ([], "Denmark (1996): 'Millions of individuals have suffered in these conflicts' = victims of conflicts (former "
          "Yugoslavia, Rwanda, Somalia) with no agent, no act"),
 46: ([], "Ghana (2017): 'Regional and continental integration are in Ghana's interest' = an evaluation, no act"),
 47: ([], "Bangladesh (2012): a fragment ('3, 4 and 5, on gender parity and infant and maternal mortality, ahead of "
          "2015') = domestic development goals, no act"),
 48: ([], "Chile (2007): 'we all have the obligation to construct a new global political consensus' = 'we all' meaning "
          "all states (held-out 42/43), no counterpart, not coded"),
 49: ([], "Sri Lanka (1992): 'The specific goals deal with education, child-welfare and children's rights' = a "
          "description of the SAARC conference's goals, no act"),
 50: ([], "Grenada (1999): 'We are confident ... he will conduct our deliberations with vision and dynamism' = a "
          "confidence about the President of the Assembly's future work, optative (held-out 5: a hope about another "
          "actor's act not coded); his past leadership of SWAPO and his post as Foreign Minister are descriptions"),
 51: ([], "China (1999): 'All moves to divide the motherland are doomed to failure' = a prediction about the moves of "
          "unnamed separatists ('independence for Taiwan' in the preceding sentence), no act asserted; borderline a "
          "statement of resolve 130 CHN/GOV -> TWN (held-out 54-61: a statement of resolve 130)"),
 52: ([], "Antigua and Barbuda (2003): 'as a result of this joint thrust, we are targeting sexual and physical abuse, "
          "HIV/AIDS ...' = domestic social policy against problems, no counterpart; 'this joint thrust' = the "
          "Caribbean heads of Government's work with the World Bank (preceding sentence), an anaphoric event noun "
          "without its agent in the sentence (guideline), not coded (borderline a nominal 050 ATG/GOV -> org:WB)"),
}
