"""Hand annotations for the HUNDRED-AND-TWELFTH held-out event gold set (source of events-heldout112.jsonl).

Keyed by the row index of selection-heldout112.jsonl (output of select_bulk_heldout.py 112; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout112.jsonl \
        --annotations annotations_heldout112 --output events-heldout112.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Mauritania (1992): 'all these shining signs of hope ... will not be enough ... unless they go hand in hand "
         "with a serious commitment to justice' = an evaluation of developments with a generic condition; 'will not be "
         "enough' negates sufficiency, not an event; no actor, no act"),
 1: ([], "Haiti (2007): 'many of us including my country will not meet the 2015 targets' = failing to reach the "
         "Millennium Development Goals, a development outcome and not a meeting or any act between actors; 'will "
         "not meet' is no negated 040 (README: 'we did not meet with success' is no negated meeting)"),
 2: ([], "Palau (2001): 'This new spirit of cooperation reflects the most positive feature of globalization' = an "
         "evaluation; 'pro-globalization factions do not often put forward and anti-globalization forces never "
         "consider' = arguments of uncoded groups about an idea, statements (01x) at most, not negated events"),
 3: ([("we welcome and commend", "051", "LAO/GOV", N, False, A, N, False)],
     "Lao PDR (2009); 'we welcome and commend those countries that have signed and ratified the Convention' on "
     "Cluster Munitions = a welcome and praise (guideline: 051), one act (same code, same pair), the signatories an "
     "uncoded class the sentence does not name -> target null (held-out 76 row 27: 'We commend and support all "
     "efforts' 051 with target null; README: thanks that include a group without a code has target null); their "
     "signing and ratifying, and the others' not having done so, are acts of uncoded collectives with no coded "
     "counterpart, left uncoded (README: acts between uncoded collectives; borderline a 057 null -> null); 'hope "
     "that other countries ... will follow suit' is optative; the entry into force is agentless"),
 4: ([], "Uruguay (2007): 'Uruguay calls for all cultures and peoples to come together in a respectful dialogue' = a "
         "call addressed to all of humanity for intercultural dialogue, an abstract goal with no political "
         "counterpart (held-out 46 row 59: bridges 'among all cultures and peoples' not coded; held-out 48 row 50: "
         "promoting dialogue among cultures an attitude), not coded (borderline a request 100 URY/GOV -> null, as "
         "the calls on uncoded classes with a specific Y coded with target null); 'aggression, discrimination, "
         "subjugation or hatred' are hypothetical and agentless"),
 5: ([], "Mauritius (2018): 'We all agree that an equitable representation of Africa on the Security Council will "
         "... redress a gross historical injustice' = a shared position on Security Council reform, 'we all' meaning "
         "the states in general (README: UN reform positions and 'we' meaning all states are not coded); 'will not "
         "only redress' is a correlative, no negation"),
 6: ([("refusal", "1246", "HTI/MIL", "HTI/OPP", False, A, N, True),
      ("condemnation", "111", N, "HTI/MIL", False, A, N, True),
      ("economic sanctions", "163", "org:UN", "HTI/MIL", False, A, N, True),
      ("international intervention", "190", "org:UN", "HTI/MIL", False, A, N, True)],
     "Djibouti (1995); 'the refusal of the army to comply with the peace agreement' = the Haitian military's "
     "(Cedras's junta -> HTI/MIL, README) refusal to honour the 1993 Governors Island Agreement, an explicit "
     "refusal (guideline: REJECT, negated false) that takes the code of what was refused (README: 'refusal to "
     "comply' 1246; borderline 128 defy norms), nominal; its other party the ousted President Aristide, named in "
     "the following sentence ('the return of President Jean-Bertrand Aristide') -> HTI/OPP by the de facto rule, as "
     "held-out 91 row 3 coded the same agreement (borderline HTI/GOV, the government restored by the speech's date, "
     "or org:UN as broker); 'its intransigence' is the same refusal, coded once; 'the condemnation of the "
     "international community' -> nominal 111 with no source (README: condemnation by the international community "
     "has no source) to the army; 'left the United Nations with no alternative but to take resolute action, "
     "beginning with economic sanctions, and then international intervention' = realised acts of the named "
     "Organization -> nominal 163 (guideline: sanctions) and nominal 190 (README: 'military intervention' 190; "
     "borderline 074, the Multinational Force having landed unopposed, or USA/GOV as its leader), source as the "
     "text names it -> org:UN (borderline org:UNSC, which imposed the embargo and authorised the force), target the "
     "de facto regime -> HTI/MIL (borderline bare HTI); 'take resolute action' is the umbrella of the two, not "
     "coded separately"),
 7: ([("refused to heed", "120", "SDN/GOV", "ERI/GOV", False, A, N, False),
      ("escalated", "180", "SDN/GOV", "ERI", False, A, N, False)],
     "Eritrea (1996); Khartoum = capital metonym -> SDN/GOV (guideline), the NIF regime of the preceding text; "
     "'refused to heed these continuous appeals' = an explicit refusal (guideline: 'refuses to' -> REJECT, negated "
     "false; contrast held-out 59 row 9 and 97 row 4, where 'has ignored' / 'have not heeded' a call are negated "
     "030), the appeals being Eritrea's five years of 'constructive engagement' urging Khartoum to 'turn back' "
     "(preceding sentences) -> target ERI/GOV; what was refused is no specific act -> generic 120 (borderline 1246, "
     "the appeals being to end hostile acts, or a negated 030); the appeals themselves are an anaphoric noun whose "
     "content lies outside the sentence, not coded separately (borderline a nominal 100 ERI/GOV -> SDN/GOV); "
     "'escalated its overt acts of terror and subversion' = the Sudanese regime's State-sponsored terrorism and "
     "subversion 'against Eritrea' (preceding text: 'antagonism and subversion against Eritrea', 'border "
     "incursions by mercenary groups') -> unconventional violence 180 (README: crimes carried out against "
     "Palestinians, in the speaker's own voice, 180 ISR/GOV), a state actor as source, target the country -> bare "
     "ERI (borderline ERI/GOV, or also the unnamed neighbours)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("intends to participate", "030", "NER/GOV", N, False, F, N, False)],
     "Niger (2007); 'The Niger intends to participate intensively in any effort to enhance the international "
     "community's efforts to eradicate that scourge' (drug and arms trafficking in the Sahara) = 'intends to' + a "
     "cooperative act -> 030 future (guideline: will / plans to / intends to; held-out 82 row 14: 'intends to "
     "expand its cooperation' 030 future), the international community uncoded -> target null (borderline 0312 "
     "intent of security cooperation, or not coded as an abstract commitment with no counterpart); the scourge "
     "that 'undermines the economies' and 'threatens the foundations of democracy' is figurative (guideline)"),
 9: ([], "Tajikistan (2019): 'We hope that Member States will support that initiative' (President Rahmon's proposed "
         "counter-narcotics group, preceding sentence) = a hope about other actors' act, optative (README: hopes "
         "about other actors' acts not coded), the Member States an uncoded collective; the proposal lies in the "
         "preceding sentence"),
 10: ([], "Sierra Leone (2007): 'We hope that the details of the integrated peacebuilding strategy or framework for "
          "cooperation with Sierra Leone will soon be finalized' = an optative hope with an agentless passive "
          "(README: optative hopes not coded); the framework is the Peacebuilding Commission's, not named in the "
          "sentence (borderline a future nominal 050 org:UN -> SLE/GOV)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Rwanda (2018): 'the management of Africa's global position must also change' = an agentless deontic about "
          "an abstract goal, no codable behaviour"),
 12: ([], "El Salvador (2011): 'All those people demand that their leaders give them the inspiration to overcome that "
          "fear' = a figurative demand of the world's anxious populations (an uncoded collective, the preceding "
          "'millions of demoralized, unemployed people') on their unnamed leaders, whose Y (inspiration, "
          "self-esteem) is no codable behaviour; not coded (borderline a 100 null -> null)"),
 13: ([], "Belize (2010): the terms of engagement of international financial institutions 'should not be so "
          "burdensome as to constrain our policy space' = a deontic about lending terms, whose subject is the terms "
          "and whose behaviour is no codable act (guideline: 'comply with obligations' and the like not coded; "
          "borderline a demanded negated 172 from unnamed institutions)"),
 14: ([], "Nauru (2016): 'Our efforts must ... focus on institution-building' = a deontic about the speaker's and its "
          "partners' capacity work, an abstract goal, no act between actors"),
 15: ([], "Equatorial Guinea (1997): 'What we must attempt to gain is more voices expressing the will of the peoples' "
          "= a position on Security Council reform (README: UN reform positions not coded), no act"),
 16: ([], "Iran (1997): 'countries and regions ... should enjoy the right and be empowered to participate at all "
          "stages of decision-making' = an abstract norm for uncoded collectives, no actor and no codable behaviour"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Uganda (Museveni, 2017): 'The farmers were trying to demand extremely high prices for beef and milk, but I "
          "warned them that if the milk were too expensive, the people might not buy it' = the speaker speaking 'as a "
          "milk and beef producer myself' (preceding sentence), a market anecdote: the farmers' asking prices are a "
          "commercial demand on buyers, not a political request, and the warning is advice about economic harm "
          "(README: 'issues a warning' about economic harm is not a threat); not coded (borderline 1011 UGA/CVL -> "
          "null and 130 UGA/GOV -> UGA/CVL); 'might not buy' is hypothetical and not an event"),
 18: ([("am all the more pleased", "051", "BIH/GOV", N, False, A, N, False)],
      "Bosnia and Herzegovina (2003); 'I am all the more pleased in view of the fact that the countries of the region "
      "confirm their readiness and commitments to mutual cooperation' = a welcome of a development (README: 'we are "
      "pleased with' 051), the countries of the region (the South East European Cooperation Process members, not "
      "named) an uncoded collective -> target null (README: welcoming a decision of an uncoded body is 051 with no "
      "target; borderline not coded as an evaluation); their confirmed readiness to cooperate is a 030 among an "
      "uncoded collective that includes the speaker's own state, left uncoded (README: acts between uncoded "
      "collectives; borderline 030 null -> null); a page number '3' lies inside the sentence (an extraction "
      "artefact)"),
 19: ([("endeavouring to expand", "030", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (2008); 'It' = Tunisia (preceding sentence), 'also endeavouring to expand and diversify its scope of "
      "cooperation with them' = an ongoing effort to expand cooperation, an intent stated as a fact -> 030 asserted "
      "(held-out 45 row 28: 'We express our willingness to expand cooperation' 030 asserted; borderline future, as "
      "held-out 82 row 14's 'intends to expand' 030 future), 'them' = the preceding sentence's unnamed 'regional and "
      "international organizations' and 'friendly countries' -> target null (borderline not coded as an abstract "
      "policy position); 'an effective partnership' is the purpose"),
 20: ([("calling for the immediate rescinding", "1054", "ERI/CVL", "org:UNSC", False, A, N, False),
       ("asking", "1031", "ERI/CVL", "org:UNSC", False, A, N, False),
       ("the sanctions", "163", "org:UNSC", "ERI", False, A, N, True)],
      "Eritrea (2018); 'they' = 'the people of Eritrea' (preceding sentence) -> ERI/CVL (README: a people welcoming "
      "and its government supporting are CVL and GOV events; borderline ERI/GOV, the Foreign Minister voicing the "
      "demand); 'calling for the immediate rescinding of the sanctions' = a request (guideline: call for -> 10x) "
      "whose Y is lifting sanctions -> 1054; 'asking ... amends for the damages incurred and opportunities "
      "forfeited' = a second request verb with its own Y, compensation -> demand economic aid 1031 (borderline 100); "
      "addressee of both = the body that imposed and prolongs the sanctions, the Security Council (resolution 1907 "
      "of 2009; the preceding text's 'certain countries ... prolong the sanctions regime') -> org:UNSC (borderline "
      "target null); 'the sanctions' = a realised act named inside a request (README: coded too), its agent plain "
      "from the context (README: an event noun whose agent is plain only from the text around it is coded) -> "
      "nominal 163 org:UNSC -> bare ERI (borderline ERI/GOV; borderline not coded, the noun having no agent in the "
      "sentence); 'and deserve' is an evaluation, not a second request"),
 21: ([("are committed to further", "0333", "EST/GOV", "org:UN", False, A, N, False)],
      "Estonia (2006); 'We are committed to further increasing our financial contribution to the United Nations "
      "humanitarian system disaster relief assistance' = a commitment stated as a fact -> 03x asserted (README: "
      "'remain committed to supporting' asserted 03x), to humanitarian aid -> 0333 (borderline 0331 economic aid, the "
      "contribution being money), to the UN humanitarian system -> org:UN (borderline 071 future)"),
 22: ([], "Indonesia (1992): 'we are initiating concrete cooperative ventures in such areas as food security, "
          "population, trade and investment' = 'we' = 'We, the non-aligned countries' of the preceding paragraphs "
          "(Indonesia speaking as chair of the Non-Aligned Movement, which has no code, held-out 39 row 0), South-South "
          "cooperation among an uncoded collective with no named member (README: acts between uncoded collectives "
          "not coded); borderline 061 IDN/GOV -> null"),
 23: ([], "Syria (2007): 'we warn against using terrorism as a pretext to compromise peoples' rights and to instil "
          "hatred' = a caution about a practice whose agents the sentence does not name (the preceding and following "
          "text point at Western 'interference' only obliquely), a statement (01x) rather than a threat (README: 'issues "
          "a warning' is not a threat); not coded (borderline 110 SYR/GOV -> null)"),
 24: ([], "Nicaragua (1994): 'humanity still faces critical questions that threaten our societies' = figurative threat "
          "(guideline), no actor"),
 25: ([], "Lebanon (2016): 'a model totally opposed to the notion of a single-colour racist State that rejects all other "
          "shades' = a self-description contrasted with an unnamed notion; 'rejects' is figurative and its agent "
          "hypothetical, no act"),
 26: ([], "Qatar (2006): 'We also stress the importance of resolving conflicts and disputes by peaceful means and of "
          "cooperation among all nations' = an abstract position (guideline), the cooperation among all nations an "
          "uncoded collective; 'stress' is a statement (01x)"),
 27: ([("has our full support", "051", "GBR/GOV", "org:UN", False, A, N, False)],
      "United Kingdom (1991); 'He knows he has our full support in trying to persuade those closely concerned first "
      "into a negotiation and then into a settlement' = verbal support (guideline: 051) for the Secretary-General's "
      "good offices on Cyprus -> org:UN (README: supporting the Secretary-General 051 to org:UN), 'our' = the UK "
      "'intimately involved' in Cyprus (preceding sentence); the Secretary-General's effort to persuade the parties "
      "into negotiation is a mediation attempt whose parties ('those closely concerned') the sentence does not name "
      "and one of which (the Turkish-Cypriot leadership) has no code, not coded (borderline a 045 org:UN -> CYP/GOV); "
      "the negotiation and settlement are the aims"),
 28: ([], "Portugal (2015): 'we have found ourselves facing the threat of terrorism' = a threat as risk (guideline: "
          "figurative), no named actor"),
 29: ([("recognize with appreciation", "051", "FSM/GOV", "AUS/GOV", False, A, N, False),
       ("negotiating", "046", "AUS/GOV", N, False, A, N, False)],
      "Micronesia (1992); 'I wish to recognize with appreciation the active role that Australia ... took in "
      "negotiating the chemical-weapon convention' = praise (guideline: 051), 'I wish to' performative -> asserted, "
      "to AUS/GOV; Australia's role in the Conference on Disarmament negotiations = a realised negotiation -> 046 "
      "(README: 'ostensibly participating in negotiations' 046), the other negotiating states an uncoded "
      "multilateral collective -> target null (borderline not coded, the negotiation having no coded counterpart); "
      "'its outstanding contribution to the global movement towards arms control' is an abstract contribution, the "
      "same praise, not coded separately"),
 30: ([("to commend", "051", "LAO/GOV", "org:UN", False, A, N, False)],
      "Lao PDR (2016); 'I also take this opportunity to commend His Excellency Secretary-General Ban Ki-moon' = a "
      "performative praise (guideline: commend 051) -> asserted, the Secretary-General -> org:UN (held-out 77 row "
      "29)"),
 31: ([("occupation", "192", "IRN/GOV", "ARE", False, A, N, True)],
      "United Arab Emirates (1999); 'the Iranian occupation of our three islands' = a realised, continuing occupation "
      "(guideline: occupy 192) named with its agent ('Iranian'; the preceding text: 'The continued occupation by the "
      "Islamic Republic of Iran of three United Arab Emirates islands') -> nominal 192 IRN/GOV (README: "
      "'Israeli-occupied Golan' a nominal 192), the three islands all the speaker's -> bare ARE (guideline: target "
      "of an occupation), one event; 'The underlying hope is that a peaceful, just and lasting settlement be "
      "reached' is optative and agentless (borderline a hypothetical 057 ARE/GOV -> IRN/GOV), and its bringing the "
      "occupation 'to an end' is a hoped-for effect, not coded (borderline a hypothetical 0874)"),
 32: ([], "Tunisia (2007): 'Tunisia has stated its conviction of the need for building international cooperation and "
          "partnerships' = the speaker's own past statements (01x) of an abstract position, no counterpart"),
 33: ([], "Panama (2002): 'Our foreign policy is based on the fundamental values of our people, such as ... solidarity "
          "and international cooperation' = a description of policy values, no act"),
 34: ([("strongly condemn", "111", "BRN/GOV", N, False, A, N, False)],
      "Brunei Darussalam (2004); 'We strongly condemn those atrocious acts' = condemnation (guideline: 111) of the "
      "terrorist attacks of the past year on countries in Asia, the Middle East and Europe (preceding sentence), "
      "whose perpetrators the text does not name -> target null (README: condemning attacks by unnamed "
      "perpetrators is the speaker's 111 with no target); the attacks themselves are an anaphoric noun ('those "
      "atrocious acts') with no agent, not coded"),
 35: ([], "Bhutan (2013): 'It falls upon us to seek the wisdom ... to work together in the spirit of international "
          "cooperation' = 'us' meaning all states (README: not coded), an abstract exhortation"),
 36: ([("a consistent supporter", "051", "NOR/GOV", "org:UN", False, A, N, True)],
      "Norway (2018); 'For seven decades, Norway has been a consistent supporter of the United Nations and the "
      "rules-based multilateral order' = a standing, realised support of the Organization, an agent noun -> nominal "
      "051 to org:UN (held-out 68 row 26: 'a major supporter of that important United Nations effort' 051 to org:UN; "
      "borderline 070, the next sentence naming Norway among the largest financial contributors; borderline not "
      "coded as a policy position, as held-out 91 row 38's support for 'the central role of the United Nations'); "
      "the multilateral order is abstract, not a second target"),
 37: ([], "Portugal (2008): 'Portugal is committed to supporting effective multilateralism based on a cohesive and "
          "efficient United Nations' = a commitment to an abstract principle (guideline: abstract policy positions "
          "not coded; held-out 91 row 38), not to the Organization as such (borderline 032 PRT/GOV -> org:UN)"),
 38: ([("may I commend", "051", "NGA/GOV", "org:UN", False, A, N, False)],
      "Nigeria (2019); 'may I commend the Secretary-General, His Excellency Mr. Antonio Guterres, for his tremendous "
      "energy' = a performative praise (guideline: commend 051) -> asserted, the Secretary-General -> org:UN "
      "(held-out 77 row 29)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Denmark (2001): 'Armed conflicts cause inconceivable human suffering' = a generic statement, no actor"),
 40: ([], "Belize (1990): 'our government and people share a firm commitment to protecting our forests' = a domestic "
          "environmental commitment, no counterpart"),
 41: ([], "Romania (1990): 'The totalitarian regimes increased the heavy burden of ethnic strife and conflicts in "
          "eastern Europe' = an evaluation of the former communist regimes (an uncoded collective of past "
          "governments, none named) and their effect on agentless strife, no specific act between actors"),
 42: ([], "Lesotho (2018): 'It speaks of conflict among brothers and sisters — wars between and within nations' = "
          "world history in general, agentless, no actor"),
 43: ([("took part in the early stages", "040", "PER/GOV", N, False, A, N, False)],
      "Peru (1994); 'Peru, which took part in the early stages of the process that led to the decision to convene "
      "that Summit' = participation in the United Nations preparatory process for the World Summit for Social "
      "Development -> 040 (README: an intent to take part in a UN process is 036 future with no target; here the "
      "participation is realised), the process's other participants uncoded -> target null (borderline org:UN; "
      "borderline not coded as routine UN deliberation); 'will contribute to it the national programme for social "
      "development' = presenting a domestic programme to the conference, like submitting a national report (README: "
      "not coded; borderline 030 future PER/GOV -> org:UN); the Government of President Fujimori carrying out the "
      "programme is domestic"),
 44: ([], "Tonga (2013): a fragment that starts at 'Development Goals Acceleration Framework' (the splitter cut after "
          "'The Government of Tonga has adopted the United Nations Development Programme Millennium'); the adoption "
          "lies before the cut, and 'has chosen to apply it to MDG 6' is domestic policy (README: a fragment whose "
          "act lies outside the sentence is left uncoded; borderline 030 TON/GOV -> org:UNDP)"),
 45: ([], "Bhutan (1991): 'What was once unthinkable has become a reality' = an evaluation, no actor"),
 46: ([], "Dominican Republic (2007): being 'affected by price increases for food' = an economic effect, agentless"),
 47: ([], "Haiti (2017): 'we have already launched a strategy whereby the once moribund State will relaunch "
          "long-neglected but essential work' = domestic agricultural policy, no act between actors"),
 48: ([], "Lao PDR (1992): 'The developing countries continue to suffer from coercive economic policies and practices' "
          "= a coercion noun with no agent in the sentence or the document's context (the developed countries only "
          "implied) and an uncoded collective as target, null-null, not coded (borderline a nominal 170 null -> null, "
          "README: 'coercive trade practices' a nominal 170)"),
 49: ([("stand apart from the CTBT", "120", "IND/GOV", N, False, A, N, False),
       ("undertook", "150", "IND/GOV", N, False, A, N, False)],
      "India (1998); 'its deteriorating security environment, which obliged us to stand apart from the CTBT in 1996' "
      "= India's refusal to accept and sign the Comprehensive Nuclear-Test-Ban Treaty (preceding sentences: 'The "
      "Treaty, as it emerged, was not accepted by India'), a deliberate non-participation treated as a rejection "
      "(README: 'opted to stay away from that historic meeting' 125, not a negated 040) -> 120, no named counterpart "
      "-> target null (borderline a negated 057, or 127); 'India undertook a limited series of five underground "
      "tests, conducted on 11 and 13 May 1998' = the Pokhran-II nuclear weapons tests (guideline: weapons tests "
      "including nuclear 150), no target; 'conducted on' is the same tests, coded once"),
 50: ([("relinquished our right to speak", "080", "LBY/GOV", "org:AU", False, A, N, False)],
      "Libya (2004); 'Last year, we relinquished our right to speak to the President of the African Union in the "
      "expectation that he would speak for the entire Union' = Libya ceding its General Debate slot in 2003 to the "
      "AU's Chairperson, a voluntary giving-up of a right in favour of another actor -> yield 080 (borderline 050 "
      "diplomatic cooperation, or not coded as a procedural arrangement of the debate), the President of the Union "
      "speaking as its chair -> org:AU (README: a head of state speaking as chair of the OIC or the AU is the "
      "organisation); 'in the expectation that he would speak' is optative, not coded"),
 51: ([("joined", "057", "MMR/GOV", N, False, A, N, False)],
      "Myanmar (2014); 'At the global summit in London in June this year, Myanmar joined the Declaration of "
      "Commitment to End Sexual Violence in Conflict' = endorsing a multilateral declaration, which the next "
      "sentence calls 'Its signing of the Declaration' -> 057 (README: joining the NPT 057 with no target; held-out "
      "77 row 48: joining the EAC 057), its many other endorsers uncoded -> target null (borderline GBR/GOV, the "
      "summit's host and the declaration's sponsor, or 051 as an endorsement); London is a place, not a metonym"),
 52: ([], "Poland (1999): 'We pay homage to the victims of this violence' = a tribute to the victims of the violence "
          "in Kosovo, the north Caucasus and East Timor (preceding sentence), i.e. condolence and sympathy (README: "
          "condolences are not coded; 'pay tribute to' 051 is kept for actors); the violence is agentless here"),
}
