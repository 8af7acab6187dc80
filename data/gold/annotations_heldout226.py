"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-SIXTH held-out event gold set (source of events-heldout226.jsonl).

Keyed by the row index of selection-heldout226.jsonl (output of select_statement_sentence_heldout.py 226; rows 0-30
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 31-50
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each document's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout226.jsonl \\
        --annotations annotations_heldout226 --output events-heldout226.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("continue to waive the sanctions", "085", "USA/GOV", "RUS/BUS", False, Q, N, False),
      ("continue to waive the sanctions", "085", "USA/GOV", "DEU/BUS", False, Q, N, False)],
     "Price briefing (22 Jul 2021), a journalist's question: 'is there an implied agreement that the U.S. will not – "
     "will continue to waive the sanctions against Nord Stream 2 and its chief executive?' = waiving sanctions on a "
     "pipeline company -> ease economic sanctions 085 (borderline 081, as the first set's Child Soldiers Prevention "
     "Act waivers, which were restrictions on aid rather than economic sanctions), the continued waiver being what "
     "the journalist asks about -> modality question (guideline: the event itself is asked about; held-out 4 row 14 "
     "'has Israel agreed to abide by the ceasefire' Q), the self-corrected 'will not –' is no negation; 'the U.S.' "
     "-> USA/GOV; Nord Stream 2 AG, Gazprom's pipeline company -> RUS/BUS (an early held-out set's choice: a "
     "corporation is the country's BUS, Moderna USA/BUS; borderline CHE/BUS by its Swiss registration), 'its "
     "chief executive' (Matthias Warnig, a German national) -> DEU/BUS, compound target split "
     "(guideline; borderline folded into the company's event); the "
     "'implied agreement' has no agent in the sentence (the US-Germany joint statement is only in the clause "
     "before), not coded (state sets: event nouns without an agent uncoded; borderline a nominal 057 USA/GOV -> "
     "DEU/GOV, question); 'It's not mentioned in the statement' = a statement (01x), reported_by null (the "
     "journalist's own question)"),
 1: ([], "Price (6 Jul 2021): 'We have made clear that such provocative steps would not and will not provide Iran "
         "with any leverage in negotiations' = an own statement (01x) whose content has an inanimate subject ('such "
         "provocative steps', Iran's enrichment escalation of the sentence before, an anaphoric noun with no CAMEO "
         "act) and 'will not provide leverage' is no act between actors (borderline a 120 USA/GOV -> IRN/GOV read as "
         "a rejection of Iran's pressure); 'in negotiations' is generic and has no agent in the sentence (held-out 19 "
         "row 28: 'These negotiations' has no agent, not coded; borderline a nominal 046 USA/GOV -> IRN/GOV for the "
         "Vienna talks of the text around)"),
 2: ([("We are urging all parties", "100", "USA/GOV", "IRN/GOV", False, A, N, False),
      ("We are urging all parties", "100", "USA/GOV", "RUS/GOV", False, A, N, False)],
     "Deputy Secretary Sherman on Fox News Sunday (13 Mar 2022); 'We are urging all parties to do what they need to' "
     "= a request (guideline: urge -> 10x), performative -> asserted, Y = closing the Iran nuclear deal, stated "
     "only as 'do what they need to' -> generic 100 (borderline 107 or a 057-type demand); 'all parties' of the "
     "Vienna talks, a group without a code -> one event per member the document names (README: a group without a "
     "code is each member the document names; held-out 12 the Quint): Iran and Russia ('all of the parties – "
     "including Russia' earlier in the interview; 'the Iranians but the Russians in Vienna'), the other parties "
     "never named (borderline one 100 with target null); 'there's a lot of onus on Iran to decide whether ... come "
     "into compliance and ensure that Iran never has a nuclear weapon' = a deontic whose Y is compliance and an "
     "outcome, not a codable behaviour (guideline: demanded Y not codable -> nothing coded)"),
 3: ([("Algiers agreements", "057", "MLI/REB", "MLI/GOV", False, A, N, True)],
     "Algerian President Tebboune before his meeting with Blinken (30 Mar 2022; the speaker's turn -> DZA/GOV, not "
     "the document's government); 'the Algiers agreements which settled the self-contradictory problems between "
     "northern Mali and southern Mali' = the 2015 Algiers peace agreement, a realised agreement noun whose parties "
     "the sentence names as the two halves of Mali -> nominal 057, the northern armed movements -> MLI/REB (README: "
     "unnamed armed groups are the country's REB), 'southern Mali' the Bamako government -> MLI/GOV, the "
     "first-named party as source (README: an agreement or conflict noun naming its parties is coded from the "
     "first-named party; borderline uncoded, since the parties are named only as regions, as set 185 left the "
     "Gaza-Jericho Agreement with an unnamed side uncoded); 'there was a lot of interference' is agentless (set "
     "188: agentless 'external interference' uncoded); 'which did not allow us to act' = Algeria's hindered "
     "implementation of the agreement (next sentence: 'we could not implement it'), compliance, not coded "
     "(borderline a negated 045 DZA/GOV -> bare MLI for Algeria's mediation of the text before)"),
 # --- State Dept random: capital
 4: ([], "Blinken to the staff of Mission Moldova: 'a visit by me or by someone from Washington puts a little extra "
         "burden on an embassy' = a generic remark about visits to one's own embassy, internal to the US government "
         "(held-out 4 row 31: Blinken to embassy staff internal); 'Washington' is a place, not a metonym (guideline)"),
 5: ([], "Blinken to ICTV (16 Feb 2022): 'this effort is totally inconsistent with the Minsk Agreements' = an evaluation "
         "of the Duma's appeal to Putin to recognise the occupied regions (the question), no behaviour verb "
         "(guideline: evaluations without a behaviour verb not coded; borderline a 111 USA/GOV -> RUS/LEG, or a "
         "nominal 128 from RUS/LEG to the Minsk parties); 'this effort' is an anaphoric noun and the Minsk Agreements "
         "are named only as a standard, their parties absent from the sentence (set 128: the implementation of the "
         "Minsk agreements uncoded)"),
 # --- State Dept random: reported
 6: ([("flat-out rejected them", "124", "USA/GOV", "RUS/GOV", False, A, N, False)],
     "Price briefing (1 Feb 2022), a journalist's turn: 'you guys haven't ignored them, you've just flat-out rejected "
     "them and told them that they're non-starters' = the journalist's own claim (reported_by null: Putin's "
     "'ignored' claim is in the sentence before and is what the journalist disputes) that the US rejected Russia's "
     "'main requests' (its security-guarantee demands: no NATO enlargement, roll-back of forces) -> an explicit "
     "rejection is a REJECT, not negated (guideline), the code of what was refused (README: a refusal takes the "
     "code of what was refused): demands that the US and NATO retreat -> refuse to yield 124 (borderline generic "
     "120, or 127 for Russia's draft treaties as plans); 'you guys' -> USA/GOV; 'told them that they're "
     "non-starters', 'you're not ignoring them' and 'you're just saying no' repeat the same rejection, coded once "
     "(guideline); 'haven't ignored' denies a negated 030 and is not coded as an event of its own (borderline an "
     "asserted 030, as set 6's 'responded to the Call to Action')"),
 7: ([], "Price (3 Jun 2021): 'We've always said that this will be a set of negotiations that spans multiple rounds' = "
         "the speaker's own past statement (reported_by null) about the length of the Vienna JCPOA talks; the "
         "negotiation noun has no agent in the sentence ('this' = the talks of the text before) -> not coded "
         "(held-out 19 row 28: 'These negotiations' has no agent in the sentence, not coded; held-out 3 row 29 'these "
         "discussions'; borderline a nominal 046 USA/GOV -> IRN/GOV from the context, as later UNGDC sets coded "
         "negotiation nouns with no source)"),
 8: ([("powerful support for Ukraine", "070", "USA/GOV", "UKR", False, A, N, True)],
     "Blinken press availability (17 Mar 2022); 'When we said that there would be sustained, powerful support for "
     "Ukraine in its efforts to defend itself, we've demonstrated that we're good to our word' = the promised "
     "support is asserted as delivered ('we've demonstrated') -> a realised aid noun, agent 'we' of the main "
     "clause -> nominal 070 (borderline 072, the support being for self-defence; or a future-in-past 032 as held-out "
     "10 row 25's 'support for Ukraine would go on'), target the country (held-out 9/10: assistance to Ukraine -> "
     "UKR); 'we said' = own past statement, reported_by null; 'its efforts to defend itself' names the purpose of "
     "the support, not coded (borderline a nominal 190 UKR/GOV -> RUS/GOV)"),
 # --- State Dept random: future
 9: ([("arrived in Saudi Arabia", "042", "USA/GOV", "SAU", False, A, N, False),
      ("will meet with senior officials", "036", "USA/GOV", "SAU/GOV", False, F, N, False),
      ("will meet with senior officials", "036", "USA/GOV", "YEM/GOV", False, F, N, False)],
     "Special Envoy Lenderking -> USA/GOV; 'arrived in Saudi Arabia today' = a trip under way -> 042 asserted to the "
     "destination country (README: a trip under way is 042 asserted per destination; held-out 10 row 8 'is in Qatar' "
     "-> QAT); 'will meet with senior officials from the Saudi and Republic of Yemen Governments' = future meetings "
     "-> 036 future (guideline), compound target split: SAU/GOV and YEM/GOV (the Republic of Yemen Government)"),
 10: ([], "Price on the Northern Ireland Assembly elections (7 May 2022): 'We remain deeply committed to preserving the "
          "peace dividend of the Belfast/Good Friday Agreement and will always strive to protect these gains for all "
          "communities' = a commitment to abstract aims with no counterpart in the sentence (held-out 23 row 16; "
          "held-out 4 row 25 'remains committed to ... resolution' a policy position; borderline a 032 USA/GOV -> "
          "GBR/CVL); the Belfast/Good Friday Agreement is named only as the source of the gains, as in the same "
          "document's sentence two before, which held-out 20 row 3 left uncoded (borderline a nominal 057 IRL/GOV -> "
          "GBR/GOV, as set 176 coded the Good Friday Agreement in a UN speech, the two governments being named in the "
          "next sentence)"),
 # --- State Dept random: demand
 11: ([("We call on the international community", "100", "USA/GOV", N, False, A, N, False),
       ("violence", "175", "MMR/MIL", "MMR/CVL", False, A, N, True),
       ("the sale and transfer of arms", "072", N, "MMR/MIL", False, A, N, True)],
      "Price briefing (21 Mar 2022, the Rohingya genocide determination); 'We call on the international community "
      "to do more to stop the Burmese military's violence' = a request (guideline: call on -> 10x), performative -> "
      "asserted, addressee an uncoded collective -> target null (guideline), Y = do more to stop the violence, "
      "including ending arms transfers, which has no 10x sub-code of its own -> generic 100 (borderline 1056); Y is "
      "not coded separately (guideline); 'the Burmese military's violence' = a realised act with its agent named "
      "inside the request (README: 'end its repression of Mr. Navalny' coded too) -> nominal 175 (the military "
      "targeting those opposing its rule, text before), MMR/MIL under the junta rule, victims the people of Burma "
      "-> MMR/CVL (borderline 180); 'the sale and transfer of arms, materiel, dual-use equipment, and technical "
      "assistance to the Burmese military regime and its representatives' = the realised transfers the request "
      "asks to end -> one nominal 072 with no source (the supplying states are unnamed), to MMR/MIL, one transfer "
      "noun covering several kinds (README: one aid noun covering several kinds is one 070; held-out 98: the cutting "
      "off of external support a demanded 162 with no source, and the support itself an asserted 070)"),
 12: ([], "Italian Foreign Minister Di Maio co-chairing the D-ISIS ministerial in Rome (the turn's speaker): 'Although "
          "the Daesh threat in Iraq and Syria is key in our coalition's commitment, we must also take into "
          "consideration its global presence in the African continent and in the Sahel' = a risk ('threat', "
          "guideline: figurative) and a deontic to take something into consideration, no codable behaviour; the "
          "Global Coalition to Defeat ISIS has no code (an early held-out set's choice)"),
 13: ([("We urge the Yemeni parties", "107", "USA/GOV", "YEM/GOV", False, A, N, False),
       ("We urge the Yemeni parties", "107", "USA/GOV", "YEM/REB", False, A, N, False),
       ("demands of their people", "100", "YEM/CVL", N, False, A, N, True)],
      "Blinken on the truce extension in Yemen (2 Aug 2022); 'We urge the Yemeni parties to listen to the demands of "
      "their people and commit to cooperating under UN auspices to achieve peace' = a request (guideline: urge -> "
      "10x), performative -> asserted, one event per party the document names: the Republic of Yemen Government -> "
      "YEM/GOV and the Houthis -> YEM/REB (README: Houthis -> YEM/REB); several demands -> the most specific "
      "sub-code, settle the dispute ('to achieve peace') 107 (borderline 108 for cooperating under UN auspices, or "
      "102); 'the demands of their people' = a request noun with its agent, the Yemeni people -> nominal 100 "
      "YEM/CVL, addressee not named as such -> target null (held-out 4 row 25: in a Yemen release 'their calls for "
      "justice and accountability' a 100 YEM/CVL with no target; borderline one 100 to each party, as the parties "
      "are told to listen to them)"),
 # --- State Dept random: cue
 14: ([("committed to continue cooperating closely", "030", "USA/GOV", "org:EU", False, A, N, False),
       ("U.S.-EU Dialogue on China", "040", "USA/GOV", "org:EU", False, A, N, True)],
      "Deputy Secretary Sherman's call with EEAS Secretary General Sannino (20 Jul 2022); 'They' = Sherman and "
      "Sannino -> USA/GOV and org:EU; 'committed to continue cooperating closely' = a joint intent stated as a fact "
      "-> 030 asserted (README: commitments stated as facts are asserted 03x; held-out 21 row 32 'The leaders "
      "committed to working together' 030), a symmetric pair coded once from the document's government "
      "(guideline); 'the U.S.-EU Dialogue on China and U.S.-EU Indo-Pacific Consultations' = ongoing meeting "
      "formats whose names give their participants -> nominal 040 (held-out 4 row 30, held-out 11 row 22: a meeting "
      "noun naming its participants), the two formats of the same pair coded once (held-out 4 row 30: another "
      "consult of the same pair not coded twice; borderline a future 036, or folded into the 030 as its channel)"),
 15: ([("visit of Moroccan businesspeople to Israel", "042", "MAR/BUS", "ISR", False, A, N, True),
       ("had direct meetings", "040", "MAR/BUS", "ISR/BUS", False, A, N, False)],
      "Moroccan Foreign Minister Bourita at the joint press availability with Blinken (the turn's speaker); 'we saw "
      "visit of Moroccan businesspeople to Israel' = a realised visit noun with its agent -> nominal 042 "
      "(guideline: visit), businesspeople -> MAR/BUS, a visit to the country -> bare ISR (held-out 7: visit to the "
      "country -> bare country); 'they had direct meetings with their counterparts' = 040 (held-out 13 row 16 'had "
      "warm and productive meetings' non-nominal), Israeli business counterparts -> ISR/BUS; 'how can we invest "
      "in this economic field so we can sign more agreements on the Qualified Industrial Zones?' is a deliberative "
      "question about a hoped-for purpose whose parties ('we') are unclear, not coded (borderline a hypothetical "
      "057 MAR/GOV -> ISR/GOV, or a 061)"),
 16: ([("met with Abbas", "036", "USA/GOV", "PSE/GOV", False, F, N, False)],
      "a journalist's question in the briefing on the Secretary's upcoming travel (24 May 2021): 'is there something "
      "on the agenda when Secretary Blinken met with Abbas?' = the question is about the agenda, so the meeting "
      "itself is presupposed, not asked (guideline: question only when the event itself is asked about); the "
      "meeting in Ramallah lay ahead on the document date, the past tense being the journalist's slip -> an "
      "announced meeting, 036 future (README: an announced trip is 036 future), Abbas -> PSE/GOV (held-out 4 row "
      "33; borderline 040 asserted on the literal tense)"),
 17: ([], "conflict-prevention strategy briefing: 'A decade-long outlook supports greater consistency across U.S. "
          "administrations and commitment to working with partners' = an inanimate subject and an abstract "
          "commitment with unnamed partners (guideline: abstract policy positions not coded)"),
 18: ([("We continue to call for", "1056", "USA/GOV", "CMR/GOV", False, A, N, False),
       ("We continue to call for", "1056", "USA/GOV", "CMR/REB", False, A, N, False)],
      "Blinken's visa-restriction announcement on Cameroon (7 Jun 2021); 'We continue to call for both the "
      "Cameroonian government and separatist armed groups to end the violence and engage in a dialogue without "
      "preconditions' = a request (guideline: call for -> 10x), habitual and performative -> asserted, compound "
      "addressee split: CMR/GOV and the separatist armed groups -> CMR/REB; several demands (end the violence, "
      "dialogue, resolve the crisis) -> the most specific sub-code, de-escalation 1056 (held-out 24 row 5, held-out "
      "19 row 8; borderline 106 or 107); 'the violence' has no agent of its own, not coded itself (held-out 19 row 8)"),
 19: ([("travel to Moscow", "042", "USA/GOV", "RUS", False, Q, N, True)],
      "a journalist's question on the release of Trevor Reed (27 Apr 2022): 'whether this whole arrangement and "
      "negotiation involved any senior U.S. Government travel to Moscow' = the travel itself is asked about -> 042 "
      "with modality question (guideline), a visit noun with its agent ('U.S. Government') -> nominal, Moscow the "
      "destination city, a place and not a metonym -> bare RUS (README: a trip is 042 per destination country); "
      "'this whole arrangement and negotiation' (the prisoner exchange and its negotiation) has no agent in the "
      "sentence, not coded (held-out 19 row 28; borderline a nominal 046 USA/GOV -> RUS/GOV and a nominal 0841)"),
 20: ([("discussed", "040", "USA/GOV", "SWE/GOV", False, A, N, False)],
      "Blinken's meeting with Swedish Foreign Minister Linde; 'The Secretary and the Foreign Minister discussed' = a "
      "symmetric consult coded once from the document's government (guideline); 'further bilateral cooperation on "
      "global issues' and 'support for the ongoing truce in Yemen' are topics, not coded separately (held-out 4 row "
      "24); the truce has no agent in the sentence"),
 21: ([("They also discussed", "040", "USA/GOV", "POL/GOV", False, A, N, False),
       ("upcoming visit to Poland", "036", "USA/GOV", "POL", False, F, N, True)],
      "Blinken's call with Polish Foreign Minister Rau (22 Mar 2022); 'They' = Blinken and Rau -> 040 (a call, "
      "discussed), coded once; 'President Biden's upcoming visit to Poland' = an announced trip with its agent -> "
      "nominal 036 future to the destination country (held-out 2 row 57 'upcoming travel to Costa Rica' -> CRI); "
      "'the March 24 Extraordinary NATO Summit' is a meeting of an organisation's own members, not coded "
      "(held-out 15: the G7 summit among its own members; borderline a future nominal 036 USA/GOV -> org:NATO)"),
 22: ([("They discussed", "040", "USA/GOV", "JOR/GOV", False, A, N, False),
       ("commended King Abdullah II", "051", "USA/GOV", "JOR/GOV", False, A, N, False)],
      "Blinken's meeting with King Abdullah II; 'They discussed regional developments' = 040 (topics Iraq and Syria "
      "not coded separately); 'the Secretary commended King Abdullah II' = 051 (guideline: commend), the King -> "
      "JOR/GOV; 'Jordan's leadership supporting peace in the region' is the ground of the praise, with no coded "
      "counterpart (the region has no code), not coded (borderline a nominal 051 JOR/GOV with no target)"),
 23: ([("imposing these unprecedented sanctions", "163", "USA/GOV", "RUS", False, A, N, False)],
      "Blinken with Jake Tapper (26 Jun 2022); 'everything that we've done from the start – in imposing these "
      "unprecedented sanctions and the export controls – is having a profound impact on Russia' = sanctions -> 163 "
      "(guideline), realised -> asserted, 'we' -> USA/GOV, on Russia as a whole -> bare RUS (held-out 4 row 15, "
      "held-out 6: sanctions on Russia -> RUS); the export controls are a further part of the same sanctions "
      "action, same code and pair, coded once (README: one sanctions action of several parts is coded once); 'is "
      "having a profound impact' is an effect, not an act"),
 # --- State Dept random: nocue
 24: ([("defunded several programs", "162", "USA/GOV", N, False, A, N, False)],
      "a journalist's question (Simon Ateba, Today News Africa) in the FY2022 budget briefing: 'The Trump "
      "administration defunded several programs that were taking place in Africa' = the journalist's own assertion "
      "(reported_by null) of cut assistance programmes of USAID and State (the question that follows) -> reduce or "
      "stop aid 162 (borderline 1621 as economic aid), a historic act named by the office -> USA/GOV (held-out 5: a "
      "historic act by a person named by the office held at the time), Africa has no code -> target null; 'Washington, "
      "D.C.' is the journalist's location"),
 25: ([], "Women, Peace, and Security report release: the Department's internal training capacity and trainings, no "
          "act between political actors"),
 26: ([], "European Democratic Resilience Initiative fact sheet: 'This Fact Sheet provides information' is no act"),
 27: ([], "Price: 'I don't have additional details to read out' is not an act between political actors"),
 28: ([], "a journalist's question on the Special Tribunal for Lebanon: 'the tribunal itself will have to close if it is "
          "unable to solve the funding problem' = a hypothetical closure of a court for lack of funds, no act between "
          "actors (the unnamed funders are not in the sentence)"),
 29: ([], "senior officials on the P-2 refugee designation for Afghans: 'we will wait and see what the referrals bring "
          "us now that we've announced this program' = waiting and an announcement (01x, not coded); 'this program' is "
          "an anaphoric noun (borderline a future 075 USA/GOV -> AFG/CVL for the admissions it will allow)"),
 30: ([("to propose a relationship", "030", "USA/CVL", "USA/GOV", False, A, N, False)],
      "McKeon and the Secretary's Leadership Seminar: 'In 2019, philanthropist and Harvard alumnus Howard Cox "
      "approached the Department to propose a relationship with Harvard Business School' = a realised proposal of "
      "cooperation -> 03x asserted (guideline: 'proposed shipping' an explicit intent verb stated as a fact), a "
      "private person -> USA/CVL, 'the Department' -> USA/GOV; 'approached' is the contact made to propose and is "
      "folded in (borderline a separate 040); the relationship's other party, HBS (USA/EDU, README: universities are "
      "EDU), and its training aim are the content of the proposal, not coded separately (borderline uncoded as an "
      "administrative arrangement between a donor and a ministry, or target USA/EDU)"),
 # --- UNGDC 2020-2024 random: neg
 31: ([], "Turkmenistan (2020): 'All previous experiences have shown that coercive approaches do not have prospects and "
          "fail to lead to agreement and reconciliation' = a generalisation about coercion in Afghanistan with no "
          "actor (set 129: a generalisation about sanctions uncoded); 'fail to lead to agreement' is no negated "
          "057 between named parties"),
 32: ([], "Egypt (2023): 'There is an attempt to impose certain concepts that do not respect cultural and social "
          "peculiarities' = an agentless attempt with no named actor or target (set 143: 'bigger countries that seek "
          "to impose their will' uncoded; borderline a 1044 with no source and no target, as set 110 coded "
          "Transnistrian leaders 'trying to impose certain concepts' when they were named)"),
 33: ([], "Barbados (2021): 'an international community that only meets and fails to listen and talk to one another' "
          "= acts within an uncoded collective (held-out 54-61: acts between uncoded collectives uncoded); 'many "
          "countries ... must face their people' is a generic deontic"),
 # --- UNGDC 2020-2024 random: capital
 34: ([("imposing a total ban", "1721", "UKR/GOV", "UKR/CVL", False, A, N, False),
       ("demanding that Russians be expelled", "100", "UKR/GOV", N, False, A, N, False),
       ("declaring war on the Donbas", "138", "UKR/GOV", "UKR/REB", False, A, N, False),
       ("have pronounced to be not people", "111", "UKR/GOV", "UKR/CVL", False, A, N, False)],
      "Russia (Lavrov, 2022); the rhetorical 'Were we supposed to stand idly by in the face of Kyiv's policies ...' "
      "asks about Russia's own restraint (set 6: 'will not stand by while' not coded) and presupposes the policies "
      "-> asserted (guideline: a fact presupposed by a rhetorical frame is asserted); 'Kyiv' and 'the Kyiv "
      "authorities' -> UKR/GOV (capital metonym, guideline); 'imposing a total ban on the Russian language and on "
      "Russian education, media and culture' = restrictions on freedoms -> 1721, a participle -> not nominal "
      "(set 187: 'The visa regime imposed by France' not nominal), the Russian-speaking population of Ukraine -> "
      "UKR/CVL (borderline RUS/CVL, or RUS/MED for the media); 'demanding that Russians be expelled from Crimea' = a "
      "demand with no addressee, Y an expulsion with no 10x sub-code -> generic 100 with target null (borderline "
      "uncoded as a slogan, or target RUS/CVL); 'declaring war on the Donbas' = a declaration of war -> 138 (set "
      "126: 'previous declaration of war' a nominal 138), the Donbas of 2014 meaning the Donetsk and Luhansk "
      "separatist entities -> UKR/REB (README: Donetsk and Luhansk are UKR/REB; borderline UKR/CVL for its "
      "residents, or a 190); 'whose residents the Kyiv authorities ... have pronounced to be not people but mere "
      "creatures' = a denigrating speech act that is itself a disapproval event -> 111 (guideline: 'he criticized' "
      "-> 111; borderline an uncoded 01x statement), the Donbas residents -> UKR/CVL; 'in the words of their most "
      "senior officials' names the speakers of that same act, reported_by null"),
 # --- UNGDC 2020-2024 random: reported
 35: ([("torture", "1822", "RUS/GOV", "UKR/CVL", False, A, N, True)],
      "United States (Biden, 2022); 'The bodies, according to those who excavated them, show signs of torture' = "
      "torture -> 1822 (guideline), an agentless event noun whose agent the sentence before names ('Russia's "
      "atrocity crimes and war crimes; mass graves have been uncovered in Izyum') -> RUS/GOV (README: agentless "
      "killings take their agent from the sentence before; an event noun whose agent is plain from the text around "
      "it is coded; borderline RUS/MIL, the speech naming Russia and not its forces), the victims buried in Izyum "
      "-> UKR/CVL; 'according to those who excavated them' = an attribution to an unnamed group -> reported_by null "
      "(guideline: 'reportedly' with no named source -> null; borderline UKR/GOV for the Ukrainian exhumation "
      "teams)"),
 # --- UNGDC 2020-2024 random: future
 36: ([("agreement reached in Istanbul", "057", "TUR/GOV", "RUS/GOV", False, A, N, False),
       ("agreement reached in Istanbul", "057", "TUR/GOV", "UKR/GOV", False, A, N, False)],
      "Turkey (2022); 'The agreement reached in Istanbul to enable those exports, the Black Sea Grain Initiative' = "
      "an agentless 'agreement reached', its parties from the text before ('the Russia-Ukraine conflict', 'we "
      "brought together the parties ... in Istanbul', 'our significant efforts together with the Secretary-General') "
      "-> 057, not nominal with the participle (set 184: 'The recent agreement reached by the General Council' a "
      "057, not nominal); Turkey signed as a party and guarantor -> from the speaker's government to each party "
      "(set 188: the Cyprus conference coded from the speaker's own government as a guarantor; README: 'the parties "
      "agreed to meet' 036 from the document's government to each other party), the UN's part ('undertaken jointly "
      "with the United Nations') only in the next sentence (borderline a third 057 to org:UN, or one 057 RUS/GOV -> "
      "UKR/GOV); 'those exports will increase over time' is a prediction with no actor pair"),
 # --- UNGDC 2020-2024 random: demand
 37: ([("financing must be provided", "071", N, "FSM/CVL", False, D, N, False)],
      "Micronesia (2022); 'financing must be provided with all due haste to help vulnerable communities, like those "
      "of my country, to recover from climate change-related loss and damage' = an agentless deontic for aid, a "
      "statement of need -> demanded 071 with no source (README: statements of need are demanded aid with no source "
      "to the speaker's country; set 172: Micronesia's 'Island countries will require the ... support' a demanded "
      "070 with no source to FSM/GOV), the class of vulnerable communities coded for the one member named, the "
      "speaker's own (README: a collective deontic naming one member is coded for that member) -> FSM/CVL, "
      "communities being people (borderline FSM/GOV); 'to the extent that mitigation ... are not sufficient' is a "
      "condition the speaker treats as met, modality demanded (borderline hypothetical)"),
 38: ([], "Colombia (2021): 'We are moving forward with resolve, but we must make a difference by acting together' = "
          "resolve, and a hortative whose 'we' means all states (held-out 42/43), no codable behaviour"),
 # --- UNGDC 2020-2024 random: cue
 39: ([("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("oppression", "175", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Turkey (2020); 'The order of occupation and oppression in Palestine ... continues to hurt consciences' = a "
      "continuing occupation and repression in Palestine, event nouns whose agent the speech names in the sentences "
      "after ('Israel's policies of oppression, violence, and intimidation') -> ISR/GOV (README: an event noun whose "
      "agent is plain only from the text around it is coded; set 206: Morocco's agentless violations with Israel "
      "named before and after; borderline no source, as set 218's Brunei, or uncoded as set 143's 'the occupied "
      "territories'); occupation -> nominal 192 to bare PSE, oppression -> nominal 175 to the Palestinians, "
      "PSE/CVL; realised and continuing -> asserted; 'the bleeding wound of humanity' is a metaphor"),
 40: ([], "Colombia (Petro, 2023): 'we decide to waste our time killing one another' = 'we' meaning humanity (held-out "
          "42/43: 'we' meaning all states uncoded), a figurative generalisation with no named actor"),
 41: ([("We support", "051", "ROU/GOV", N, False, A, N, False),
       ("We support", "051", "ROU/GOV", "org:UNGA", False, A, N, False)],
      "Romania (2020); 'We support regional and international efforts to combat terrorism' = express support -> 051 "
      "(guideline), the efforts' authors unnamed -> target null (set 173: support for 'global efforts towards "
      "disarmament' a 051 with no target); 'as well as the forthcoming review of the United Nations Global "
      "Counter-Terrorism Strategy' = support for the General Assembly's review of its own strategy -> a second 051 to "
      "org:UNGA (set 195: the welcome of the Strategy's adoption goes to org:UNGA; set 130: support for a UN "
      "initiative in convening a summit a 051 to the UN), not a UN-reform position (borderline uncoded as support "
      "for a process not yet under way, as held-out 7's 'the start of negotiations'); the review itself is not coded "
      "(borderline a future nominal 036 from org:UNGA)"),
 42: ([], "New Zealand (2024): 'armed conflict is once more on the rise; ... human rights challenged and eroded, and "
          "geostrategic tensions are threatening global security' = agentless global trends and risks (guideline: "
          "'threat' as risk figurative), no named actor"),
 43: ([("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("oppression", "175", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Jordan (2024); 'Palestinians have borne more than 57 years of occupation and oppression' = realised, continuing "
      "event nouns whose agent is the Israel of the text before ('consecutive Israeli governments ... have rejected "
      "peace') -> ISR/GOV (README: an event noun whose agent is plain from the text around it is coded; set 207: "
      "Oman's Golan occupation with Israel taken from three sentences before); occupation -> nominal 192 to bare PSE "
      "(README: occupation to the country), oppression -> nominal 175 to the Palestinians, PSE/CVL; the sentence "
      "is hard-wrapped"),
 44: ([("express our readiness to continue fruitful cooperation", "030", "KGZ/GOV", "org:UN", False, A, N, False)],
      "Kyrgyzstan (2023); 'We express our readiness to continue fruitful cooperation' = readiness to cooperate stated "
      "as a fact -> 030 asserted (README: 'stands ready to engage/assist' is 03x asserted), the partners the missing "
      "participant taken from the sentence before (guideline: participant from context), the thanks to the Group of "
      "Friends of Mountainous Countries, the Global Mountain Partnership (no codes) 'and the entire United Nations "
      "system' -> org:UN, the only coded partner (borderline target null)"),
 45: ([("invasion of Ukraine", "192", "RUS/GOV", "UKR", False, A, N, True)],
      "Dominica (2022); 'Russia's invasion of Ukraine' = an event noun with its agent -> nominal 192 (guideline: "
      "invade -> 192; README example 'Russia's invasion'), target the country (guideline: bare country as target "
      "of an invasion); 'The developments since 2014 that led to' it are unattributed, not coded"),
 # --- UNGDC 2020-2024 random: nocue
 46: ([], "Zimbabwe (2021): 'The 2030 Agenda remains our shared roadmap' = a description, 'we all' meaning all states"),
 47: ([], "Kenya (2023): 'We understand the facts about our collective situation as a global community' = a cognition "
          "verb, no act"),
 48: ([], "Belize (2020): 'At the core, these principles are about people' = a description of the Secretary-General's "
          "climate principles, no act"),
 49: ([], "Philippines (2024): 'a better world is possible when States commit working together' = a generic "
          "statement about all States (held-out 42/43), the Pact for the Future named only as a testament"),
 50: ([], "Solomon Islands (2023): 'hi mi tugeda — you and me together — for a better United Nations' = a closing "
          "slogan, no act"),
}
