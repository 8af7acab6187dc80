"""Hand annotations for the TWO-HUNDRED-AND-EIGHTEENTH held-out event gold set (source of events-heldout218.jsonl).

Keyed by the row index of selection-heldout218.jsonl (output of select_bulk_sentence_heldout.py 218; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout218.jsonl \\
        --annotations annotations_heldout218 --output events-heldout218.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: future
 0: ([], "Estonia (2013): 'Official development assistance will continue to play an important role in the sustainable "
         "development of many countries in the future, but it cannot compete with the flow of international private "
         "investment' = a prediction about aid flows in general, with no donor or recipient named (held-out 54-61: "
         "aid between uncoded collectives uncoded); 'cannot compete' is a comparison, no negated event"),
 1: ([], "Bulgaria (2001): 'we believe that this policy will meet with the understanding and support of all of the "
         "Members of the United Nations' = a confident prediction of other actors' support, i.e. a hope (set 123: "
         "'we have no doubt that the United Nations ... will give it all the desired support' not coded; borderline a "
         "future 051 with no source to BGR/GOV); 'this policy' is Bulgaria's own foreign policy, no act"),
 2: ([("sanctions", "163", N, "BLR", False, A, N, True),
      ("threats", "130", N, "BLR/GOV", False, A, N, True)],
     "Belarus (2011); 'Neither sanctions nor blackmail and threats will alter our stance' = the speaker's resolve, "
     "which presupposes the realised sanctions of the text before ('Belarus has also found itself the target ... "
     "of economic sanctions for the choice that the Belarussian nation made with the election of its own "
     "President') -> nominal 163 asserted (guideline: 'sanctions have never been able to bend our will' is an "
     "asserted 163; the negation bears on altering the stance, not on the sanctions); the speech never names the "
     "imposers (searched: no 'European Union' or 'United States' in this connection) -> source null (set 185: "
     "'pernicious economic sanctions', imposers never named, a nominal 163 with no source to bare ZWE; borderline "
     "org:EU and USA/GOV from outside knowledge), on the country as a whole -> bare BLR (borderline BLR/GOV); "
     "'blackmail and threats' = the coercive pressure that goes with the sanctions, aimed at the Government's "
     "stance -> one nominal 130 with no source to BLR/GOV, 'blackmail' folded into the threats (set 156: 'Those "
     "who criticize or even threaten us', never named, a 130 with no source to KHM/GOV; borderline a separate 170 "
     "for the blackmail, or bare BLR); the resolve itself ('will alter our stance') is not coded (set 130: resolve "
     "not coded)"),
 # --- UNGDC 1990-2019 random: demand
 3: ([], "Brunei Darussalam (1996): 'It acknowledges that aggression must be dealt with firmly, but it also recognizes "
         "what has been tragically impressed upon us' = 'It' is the need for inclusion behind the calls for UN reform "
         "(text before), an inanimate subject stating a principle; 'aggression must be dealt with firmly' is an "
         "agentless norm with no aggressor named (guideline: abstract positions without an actor not coded)"),
 4: ([], "Zimbabwe (2018): 'Peacemaking and peacekeeping must be complemented by peacebuilding efforts to prevent the "
         "recurrence of ... conflict' = an agentless deontic stating a general norm with no actor or country "
         "named, not coded (borderline a demanded 074 null -> null)"),
 5: ([], "Liechtenstein (2003): 'We must ensure that the peoples of the world continue turning to the United Nations as "
         "the place where established rules are upheld ...' = 'we' meaning all Member States (held-out 42/43: not "
         "coded), and the peoples' 'turning to' the UN is no act between actors; the agentless 'are upheld', 'are "
         "tackled', 'is taken' are generic"),
 6: ([], "Micronesia (2017): 'While reforms are vital to any organization, they must not disadvantage small island "
         "developing States; they must leave no one behind' = a position on the Secretary-General's UN reforms (text "
         "before), with the reforms as an inanimate subject (held-out 54-61: UN reform positions uncoded; borderline a "
         "negated, demanded 1621 org:UN -> null)"),
 7: ([], "Malta (2018): 'The digital economy should be seen as an opportunity, but we must realize that we cannot do the "
         "best job of harnessing its opportunities without evolving the current social contracts' = 'we' meaning all "
         "societies, a reflection with no act between actors"),
 8: ([("participation", "045", "BFA/GOV", "SLE", False, A, N, True)],
     "Burkina Faso (1999); 'in Sierra Leone the Lome Agreement, signed on 7 July 1999 with the active participation of "
     "Burkina Faso, has put an end to the gunfire' = the Lome peace agreement, whose parties (the Kabbah Government "
     "and the RUF) the speech never names (searched: no 'RUF', 'Revolutionary', 'Kabbah') -> the signing is left "
     "uncoded (README: agreements whose parties are never named uncoded; set 185: the Gaza-Jericho Agreement left "
     "uncoded; borderline a 057 SLE/GOV -> SLE/REB from outside knowledge); Burkina Faso's 'active participation' "
     "in reaching it = a third party's part in settling another country's conflict, an event noun with its agent "
     "-> nominal mediate 045 (set 197: South Africa 'participated with others in the resolution of the conflict in "
     "Lesotho' a 045 to bare LSO), the parties unnamed -> bare SLE (borderline a 040 with no target, as set 112's "
     "Peru 'took part in the early stages of the process'); 'has put an end to the gunfire' has the agreement as "
     "inanimate subject, a ceasefire between unnamed parties, not coded (borderline a 0871 null -> null); 'peace "
     "has been restored in Guinea-Bissau' is agentless; 'we must continue tirelessly to strive to resolve the "
     "situation' in the DRC, the Horn and Angola has 'we' meaning all states (held-out 42/43; borderline a demanded "
     "045 BFA/GOV per bare country)"),
 # --- UNGDC 1990-2019 random: cue
 9: ([], "Seychelles (2003): 'The second pillar of my country's economy - tuna fisheries - faces a real threat' = a risk "
         "(guideline: figurative 'threat'), the loss of preferential trade treatment described in the text after, "
         "no actor"),
 10: ([("are asked", "1042", N, "ECU/GOV", False, A, N, False)],
      "Ecuador (2002); 'We, the poor countries, are asked to practise austerity and fiscal discipline, respect the "
      "rules of the free market and free trade and cooperate in the fight against the scourges' = an agentless "
      "passive request (guideline: ask -> 10x; an earlier set: an agentless 'is called upon to assume' a 108 with no "
      "source), the askers never named (the rich countries and lending agencies of the text after are an uncoded "
      "collective) -> source null; 'We, the poor countries' is coded for the speaker only (set 133: 'We nations of "
      "South America'; set 211: 'We, the countries of the Indian Ocean') -> ECU/GOV; habitual present -> asserted; "
      "one request with several demands coded from its first demand (sets 114 and 154), austerity and fiscal "
      "discipline = economic policy change -> 1042 (borderline 101 for the free-market demand, or uncoded as a "
      "request between uncoded collectives, as held-out 54-61); the demands themselves (Y) are not coded separately "
      "(guideline)"),
 11: ([("refoulement", "174", "FRA/GOV", "COM/CVL", False, A, N, True),
       ("oppose", "120", "COM/GOV", "FRA/GOV", False, A, N, False),
       ("were driven out", "174", "FRA/GOV", "COM/CVL", False, A, N, False),
       ("denounce", "111", "COM/GOV", "FRA/GOV", False, A, N, False)],
      "Comoros (2018); 'The conditions of their refoulement forced my Government to oppose that unilateral decision' = "
      "the mass expulsion of Comorians from the other three islands by 'the authorities on that island' (Mayotte, "
      "sentence before), i.e. the French State's authorities on Mayotte: the text after names the dispute as one "
      "'between France and the Union of the Comoros' and the detention of Comorians on Mayotte (README: a "
      "participant taken from the context; a sub-national government takes the country's GOV) -> FRA/GOV "
      "(borderline source null, since Comoros claims Mayotte and the sentence names only 'the authorities'); "
      "'refoulement' = an event noun whose agent is plain from the text around it (README) -> nominal expel 174 to "
      "the expelled Comorians -> COM/CVL (borderline 201 for a mass expulsion, as set 206's 'forced "
      "displacement'); 'oppose that unilateral decision' = the Government's refusal of the expulsion decision -> "
      "reject 120 COM/GOV -> FRA/GOV (borderline 1243); 'forced' has the conditions as an inanimate subject, no act; "
      "'their families were driven out of Mayotte under the same conditions' = an agentless passive for the earlier "
      "expulsion of the adolescents' parents, agent from the same context -> a second, non-nominal 174 FRA/GOV -> "
      "COM/CVL (borderline folded into the first as one expulsion campaign); 'the same conditions that we denounce "
      "today' = a condemnation (guideline: denounce -> 111) of the manner of the expulsions -> 111 COM/GOV -> "
      "FRA/GOV (borderline target null, the object being 'conditions')"),
 12: ([], "Sweden (2016): 'We need the States Members of the United Nations to heed and lead that call for change' = a "
          "statement of need whose Y is heeding the call for UN reform of the text before ('It is time for serious "
          "reforms') -> a UN reform position (held-out 54-61: uncoded; borderline a demanded 1044 with no source to "
          "org:UN, or a 1044 SWE/GOV with no target); 'that call' is the speaker's own, no separate request"),
 13: ([("affirm our support", "051", "MNE/GOV", N, False, A, N, False)],
      "Montenegro (2017); 'We are strongly committed to multilateral cooperation' = an abstract commitment with no "
      "counterpart (guideline: abstract policy positions not coded; set 146: Kiribati's commitment to the Paris "
      "Agreement uncoded; borderline a 030 with no target); 'affirm our support for international organizations "
      "that contribute to peace and stability' = express support (guideline: 051), to organisations never named -> "
      "target null (set 198: Turkmenistan's statement 'supporting international organisations' a 051 with no "
      "target; borderline uncoded as an abstract position, or org:UN from the text before)"),
 14: ([], "Burkina Faso (2009): 'The reform of the United Nations ... calls for a cautious but determined approach, "
          "particular as regards the Security Council' = a UN reform position with an inanimate subject (held-out "
          "54-61: uncoded); 'calls for' is not a request by an actor"),
 15: ([("cooperating", "050", "BGD/GOV", "MMR/GOV", False, A, N, False)],
      "Bangladesh (1992); 'Yet, bilaterally the two countries are cooperating positively' = the two countries of the "
      "text before, Bangladesh and Myanmar, over the repatriation of the Rohingya refugees (README: 'the three "
      "countries' resolved from the context) -> diplomatic cooperation 050 (set 133: 'Damascus has already "
      "demonstrated its ability to cooperate' a 050; borderline 0861/063 for the repatriation itself, announced only "
      "in the text after), ongoing -> asserted; a symmetric act coded once, from the document's own government "
      "(guideline) -> BGD/GOV -> MMR/GOV; 'Yet' marks a contrast with 'Myanmar's reticence', no negation"),
 16: ([], "Singapore (2016): 'The second essential element is international partnership and cooperation' = an abstract "
          "principle with no actor or partner named (guideline: abstract positions not coded)"),
 17: ([("demanding", "1053", "ARE/GOV", "IRN/GOV", False, A, N, False),
       ("occupied", "192", "IRN/GOV", "ARE", False, A, N, False)],
      "United Arab Emirates (2008); 'I would like to reiterate our firm position demanding the full restoration of our "
      "full sovereignty over the three occupied islands and their territorial waters, airspace ...' = a performative "
      "demand ('would like to' is the politeness form) for the return of the islands -> 1053 (README: 'a demand for "
      "the return of occupied islands is 1053'; set 199: the UAE's 'demand that Iran restore our rights' a 1053 "
      "ARE/GOV -> IRN/GOV), addressed to Iran, named as the occupier in the sentence before ('Iran's ongoing "
      "occupation since 1971') -> IRN/GOV; a participle, not nominal; 'the three occupied islands' = the realised "
      "occupation, its occupier from the sentence before -> 192 IRN/GOV -> bare ARE, a participle and not nominal "
      "(set 207: Oman's 'the Syrian Golan, occupied on 4 June 1967' a non-nominal 192 with Israel from the text "
      "before; set 192: 'the occupation by the Islamic [Republic of Iran]' a 192 IRN/GOV -> bare ARE; borderline "
      "uncoded, as set 143 left 'the occupied territories' with the occupier named only in the sentence before)"),
 18: ([], "Seychelles (2012): 'our planet is under threat from climate change, and of the need to act now' = a risk "
          "(guideline: figurative 'threat') and an agentless need, no actor; 'we have a greater understanding' is a "
          "cognition"),
 19: ([], "Chad (2009): 'we would again like to draw the Assembly's attention to the seriousness of the situation' in "
          "Darfur = a public statement (guideline: CAMEO 01x, not coded); 'threatens regional peace and security' has "
          "the situation as subject, a risk (guideline: figurative)"),
 20: ([], "Armenia (1994): 'Let me conclude by wishing the General Assembly every success in the demanding work it faces' "
          "= well-wishing (held-out precedent: well-wishing not coded); 'demanding' is an adjective, no request"),
 21: ([("commend", "051", "SLE/GOV", "org:UN", False, A, N, False),
       ("mobilizing", "073", "org:UN", "SLE/GOV", False, A, N, False),
       ("mobilizing", "073", "org:UN", "GIN/GOV", False, A, N, False),
       ("mobilizing", "073", "org:UN", "LBR/GOV", False, A, N, False)],
      "Sierra Leone (2015); 'I particularly commend the Secretary-General' = praise (guideline: commend -> 051) to "
      "the Secretary-General -> org:UN; 'for mobilizing ... a coordinated and integrated United Nations system "
      "intervention to support countries affected by the outbreak of the Ebola virus disease in our region' = the "
      "UN's Ebola response (UNMEER and the agencies) -> humanitarian aid 073 from org:UN (set 182: the "
      "Secretary-General's UNMEER a nominal 073 from org:UN), on the verb, so not nominal; 'countries affected ... "
      "in our region' = 'the three most Ebola-affected countries', Sierra Leone, Guinea and Liberia, named in the "
      "text after (README: participants from the context when the document makes it plain) -> one event per "
      "government (set 155: Zambia's support for the Ebola response one 0333 each to LBR/GOV, SLE/GOV and GIN/GOV; "
      "borderline target null, as set 182's UNMEER, or SLE/GOV alone); the thanks give the aid its agent "
      "(README: thanks 'for the ongoing support')"),
 22: ([("occupation", "192", N, "PSE", False, A, N, True),
       ("forced displacement", "201", N, "PSE/CVL", False, A, N, True)],
      "Brunei Darussalam (2019); 'Prolonged occupation, forced displacement and illegal settlements have deprived them "
      "of every human right' = 'them' is the Palestinian people (sentence before); the speech never names Israel "
      "(searched) -> the occupation is a nominal 192 with no source to bare PSE (set 171: São Tomé's occupation of "
      "East Timor two 192s with no source; set 169: Latvia's 'Fifty years of foreign occupation' a nominal 192 with "
      "no source; borderline ISR/GOV from outside knowledge, or uncoded as set 172's occupier-less 'occupied Arab "
      "territories'); 'forced displacement' -> nominal mass expulsion 201 with no source to PSE/CVL (set 206: "
      "Morocco's 'forced displacement' in Jerusalem a nominal 201 to PSE/CVL; borderline 174); 'illegal "
      "settlements' have no CAMEO code (held-out precedent: settlement activity not coded); 'have deprived them of "
      "every human right' is the result of those acts as inanimate subjects, folded in (borderline a 1233 null -> "
      "PSE/CVL, as set 149's 'denial of the legitimate rights of Palestinians')"),
 23: ([], "Netherlands (2003): 'Can we allow a few countries to reject the rules agreed to by 187 other countries?' = a "
          "rhetorical question with 'we' meaning the international community (held-out 42/43) about unnamed "
          "countries rejecting the non-proliferation rules; the rejection and the agreement run between uncoded "
          "collectives (held-out 54-61: uncoded; borderline a 128 question with no source and no target)"),
 24: ([], "Namibia (2014): 'This meeting is taking place at a challenging time on the global stage' = the General "
          "Assembly session as a setting, no act between actors"),
 25: ([("cooperation", "050", "org:UN", "BGD/GOV", False, A, N, True),
       ("support", "070", "org:UN", "BGD/GOV", False, A, N, True)],
      "Bangladesh (2004); 'Innovative ideas ... were harnessed, with the cooperation and support of our development "
      "partners and, of course, the United Nations system' = cooperation and support nouns with their agents named "
      "-> nominal 050 (README: cooperation nouns a nominal 050) and nominal 070 (development support, aid) from the "
      "UN system -> org:UN, to the Government whose national development they served -> BGD/GOV; the development "
      "partners are an uncoded collective and are dropped from the compound (set 200: 'support from the United "
      "Nations and all our friends' a 070 org:UN -> SRB/GOV, the friends dropped; borderline a second 050/070 pair "
      "with no source, as set 120's 'contributions and cooperation of our partners'); the harnessing of ideas is "
      "domestic"),
 26: ([("denied", "1233", N, "TWN/GOV", False, A, N, False)],
      "Nicaragua (1996); 'We also hope for the admission of new Members to the Organization, such as the Republic of "
      "China on Taiwan' = an optative hope about others' acts and a UN membership position (README: hopes not coded; "
      "held-out 54-61: UN admissions uncoded); 'whose right to be a Member is still denied it' = an agentless "
      "passive stating a realised, continuing refusal of the Republic of China's bid -> reject demand for rights "
      "1233 (set 149: 'the denial of the legitimate rights of Palestinians' a 1233), source null (guideline: "
      "agentless passives null; borderline org:UNGA, as set 196's General Assembly decision to exclude debate on "
      "Taiwan, a nominal 125), to the Republic of China -> TWN/GOV (set 141: 'the Republic of China's readmission' "
      "TWN/GOV); 'still' marks continuation, no negation (borderline 120, or uncoded as part of a UN membership "
      "position, as sets 145 and 182)"),
 27: ([("is welcome", "051", "GHA/GOV", "org:UN", False, A, N, False),
       ("proposal", "100", "org:UN", N, False, A, N, True)],
      "Ghana (2006); 'the Secretary-General's proposal for a Global Counter-Terrorism Strategy is welcome' = the "
      "speaker's welcome (set 116: 'President Clinton's decision ... is very welcome' is the speaker's 051; set 134: "
      "'This AfDB initiative is therefore very welcome') -> 051 to the Secretary-General -> org:UN; 'the "
      "Secretary-General's proposal' = a proposal noun with its author named -> nominal 100 from org:UN with no "
      "target (set 143: 'Recommendations made by the Secretary-General' a nominal 100 from org:UN; set 201: the "
      "'package of proposals' a nominal 100 from org:UN; borderline target org:UNGA, to which it was addressed)"),
 28: ([("we welcome", "051", "COG/GOV", "CHE/GOV", False, A, N, False)],
      "Congo (2002); 'we welcome and congratulate the Swiss Confederation on the occasion of its admission to the "
      "Organization' = one praise act (same code, same pair: set 155, 'We welcome and congratulate' one 051) -> 051 "
      "to CHE/GOV (set 116: congratulating Switzerland on joining the UN is a 051 to CHE/GOV, and the joining is not "
      "coded; borderline two 051s)"),
 29: ([("occupation", "192", N, "TLS", False, A, N, True)],
      "Guinea-Bissau (1990); 'The persistence of the occupation of East Timor ... are also grounds for concern' = the "
      "realised occupation, an event noun -> nominal 192 asserted; the speech never names Indonesia (searched) -> "
      "source null (set 171: São Tomé's occupation of East Timor with no source; borderline IDN/GOV from outside "
      "knowledge, or uncoded as set 172's occupier-less 'occupied Arab territories'), to East Timor as a territory "
      "-> bare TLS (held-out precedent: East Timor -> TLS); 'grounds for concern' is 01x; the Lebanese "
      "'inter-community confrontation', the Cambodian 'differences' and the Korean and Cypriot 'tensions' are "
      "conflicts named only by place, with no party named (held-out precedent: uncoded)"),
 30: ([], "Democratic Republic of the Congo (2012): 'Maritime piracy, which we thought had been eradicated, is once again "
          "becoming one of the main threats to peace and security' = a risk with an activity as subject, no named "
          "pirates or victims (guideline: figurative 'threat'); the agentless eradication is a belief"),
 # --- UNGDC 1990-2019 random: nocue
 31: ([], "Lithuania (2009): 'we need to adapt to the reality of global complexity and to respect our common "
          "responsibility and international commitments' = 'we' meaning all states (held-out 42/43) and compliance "
          "with commitments (guideline: 'comply with obligations' not coded)"),
 32: ([], "Singapore (2014): 'Mismanaged urbanization can intensify inequalities' = a general observation, no actor"),
 33: ([], "Ghana (2008): 'In the case of Africa, dramatic improvements have been made in the last decade and a half' = an "
          "agentless development trend, no act between actors"),
 34: ([], "Latvia (1996): 'true security depends, inter alia, on good relations with all neighbours and on a strong "
          "economy' = a principle, no named partner and no act (guideline: abstract positions not coded)"),
 35: ([], "Saint Lucia (2015): 'a powerful byproduct of conflict and war is the displacement of people' = a general "
          "observation with no agent or victim named, no act"),
 36: ([], "Zambia (1997): 'We are, however, gravely concerned about the uncertainties surrounding the funding for the "
          "Initiative' = expressed concern (guideline: 01x, not coded); the HIPC funding runs between unnamed donors "
          "and the Initiative, not coded"),
 37: ([], "Tajikistan (2000): 'the dimensions of the task faced by humanity require extra coordinated efforts' = an "
          "agentless need with no addressee, no act"),
 38: ([], "Comoros (2010): 'The small slice of the sea ... separating Anjouan from the sister island of Mayotte has now "
          "become the largest maritime cemetery in the world' = the deaths of migrants after the 1994 visa (text "
          "before), described as a place with no agent or act in the sentence (borderline an agentless nominal 1823 "
          "to COM/CVL); the visa itself lies in the sentence before"),
 39: ([], "Maldives (2005): 'We hope that the Kyoto Protocol will be implemented with full effectiveness' = an optative "
          "hope about an agentless implementation (README: hopes about others' acts not coded)"),
 40: ([("express my sincere", "051", "LAO/GOV", "org:UN", False, A, N, False)],
      "Lao PDR (1996); 'I also wish on this occasion to express my sincere appreciation to Secretary-General Boutros "
      "Boutros-Ghali, for the outstanding work he has accomplished' = thanks/praise (guideline: 051), 'wish to' is "
      "the politeness form -> asserted, to the Secretary-General -> org:UN (held-out precedent: the "
      "Secretary-General -> org:UN); the 'work' is generic and not coded separately"),
 41: ([("deposited", "030", "BHS/GOV", N, False, A, N, False),
       ("ratification", "057", "BHS/GOV", N, False, A, N, True)],
      "Bahamas (2014); 'we deposited our instrument of ratification of the Arms Trade Treaty' = the deposit is a 030 "
      "and the ratification a nominal 057, both with no target (README: signing a ratification instrument is 057 "
      "and depositing it a separate 030; set 151: Maldives' deposit a 030 plus a nominal 057 for the accession), "
      "no depositary named in the sentence -> target null for the deposit (set 110; borderline org:UN, the "
      "Secretary-General being the ATT depositary, or one event); 'caused the Treaty to enter into force' is the "
      "result of the ratification, with the deposit as inanimate subject, not coded again (borderline a nominal "
      "057 for the entry into force, as an earlier set's 'agreement entering into force')"),
 42: ([("lack of respect", "128", "PRK/GOV", "org:UN", False, A, N, True),
       ("lack of respect", "128", "SYR/GOV", "org:UN", False, A, N, True)],
      "Botswana (2016); 'the Democratic People's Republic of Korea and Syria do not deserve membership of this world "
      "body' = the speaker's opinion on UN membership (held-out 54-61: UN membership positions uncoded; borderline "
      "a demanded 1044 with no source to org:UNGA); 'owing to their lack of respect for, and adherence to, the "
      "values and principles' of the Organization = their defiance of its norms, which the text before details "
      "(the DPRK's 'blatant contravention of international law and United Nations resolutions') -> nominal defy "
      "norms 128 per state (guideline: compound split), to org:UN (set 146: 'in total disregard of United Nations "
      "resolutions' a nominal 128 to org:UN; set 161: 'a rejectionist State' a nominal 128; borderline uncoded as "
      "an evaluation, like 'the hypocrisy of these countries'); 'lack of' describes the defiance, no negated event; "
      "'that they committed to uphold' is the Charter commitment made on joining, a background relative clause, "
      "left uncoded (borderline a 030 per state to org:UN, as an earlier set's 'pledge made on joining the UN'; "
      "set 207 left faithfulness to membership commitments uncoded)"),
 43: ([], "France (2002): 'That is the ambition that inspires the European' = a fragment cut by the splitter before "
          "'Union'; an ambition inspiring an organisation is no act"),
 44: ([], "Liechtenstein (2002): 'There are obviously different stages of implementation worldwide and diverging "
          "capacities of States, especially in the area of combating the financing of terrorism' = a description of "
          "compliance with resolution 1373 across all states, no act between actors"),
}
