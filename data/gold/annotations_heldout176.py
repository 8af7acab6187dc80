"""Hand annotations for the HUNDRED-AND-SEVENTY-SIXTH held-out event gold set (source of events-heldout176.jsonl).

Keyed by the row index of selection-heldout176.jsonl (output of select_bulk_sentence_heldout.py 176; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, each from a speech in which one other
sentence was annotated for an earlier set; only the bytes of the selected sentence are annotated here).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout176.jsonl \
        --annotations annotations_heldout176 --output events-heldout176.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("hesitate to grant humanitarian assistance", "073", "ARE/GOV", "SOM/CVL", False, A, N, False),
      ("participation in the United Nations Operation in Somalia", "074", "ARE/GOV", "SOM", False, A, N, True)],
     "United Arab Emirates (1994); 'We did not hesitate to grant humanitarian assistance' = litotes, an asserted "
     "act and no negated event (README: 'did not hesitate to respond to the appeal' an asserted 030) -> "
     "humanitarian aid 073, the recipient 'the suffering people of this sisterly country' of the sentence before "
     "-> SOM/CVL (guideline: missing participant from context; borderline bare SOM); 'our participation in the "
     "United Nations Operation in Somalia (UNOSOM II)' = a nominal peacekeeping contribution -> 074 to the host "
     "country, bare SOM (README: troops in ISAF or UNIFIL 074 to the host country; Nepal's participation in the "
     "Haiti mission a nominal 074 to HTI; borderline org:UN, or ARE/MIL as source)"),
 1: ([("willing to participate", "030", "MAR/GOV", N, False, A, N, False)],
     "Morocco (2007); 'it' = the Kingdom of Morocco of the sentence before; 'it is willing to participate in "
     "constructive international efforts aimed at establishing world consensus on human rights concepts' = a "
     "willingness stated as a fact -> 030 asserted (README: 'seeks to participate ... in initiatives for regional "
     "cooperation' a 030 asserted with no target; 'stands ready to engage' 03x asserted), the efforts' other "
     "participants unnamed -> target null (borderline uncoded as an abstract position); 'so that they no longer "
     "constitute a source of conflict' bears on the concepts, no negated event"),
 2: ([("we welcome and support", "051", "VEN/GOV", N, False, A, N, False)],
     "Venezuela (1990); 'we welcome and support initiatives submitted to the General Assembly to strengthen the "
     "fundamental responsibility of the United Nations' = welcome and verbal support, same code and pair, coded "
     "once (guideline) -> 051; the initiatives' sponsors are never named -> target null (README set 150: "
     "Denmark's support for unattributed peacekeeping initiatives a 051 with no target; borderline org:UNGA, or "
     "uncoded as a UN-reform position as in set 118); 'events we could never have predicted' and 'steady progress "
     "towards genuine global understanding' are agentless developments, not coded"),
 3: ([], "Turkmenistan (2015): 'humanitarian assistance alone, as well as supplies of medicine and provisions, along "
         "with one-time financial infusions by the United Nations and individual States ... will not solve the "
         "problem' = a generalisation about kinds of aid to unnamed developing countries, no specific act (README: "
         "generalisations about sanctions left uncoded); 'will not solve the problem' negates an outcome, not an "
         "event (borderline a habitual nominal 071 org:UN -> null)"),
 4: ([], "Egypt (2006): 'the great majority believes that the lessons of history, most recently in Lebanon, have proven "
         "that military might cannot and will not impose a political settlement' = a belief of an uncoded majority "
         "and a general principle; the Lebanon war is named only by place (README: conflicts named only by place "
         "uncoded); 'cannot and will not impose' is a generic negation, no negated event"),
 5: ([], "Burkina Faso (1991): 'That goal will not be achieved if there is no adequate support for development "
         "strategies and if we continue to see such protectionist practices on the part of the North as the Uruguay "
         "Round' = a conditional about aid and trade practices between uncoded collectives ('the North', the "
         "developing countries), null-null, not coded (README: acts between uncoded collectives; borderline a "
         "hypothetical negated 070 null -> null)"),
 6: ([("make an appeal", "102", "SYC/GOV", N, False, A, N, False)],
     "Seychelles (1993); 'I should like to make an appeal to the countries which have not yet done so to ratify the "
     "Convention on the Law of the Sea' = a performative request (guideline: appeal -> 10x) to join a treaty -> "
     "102 (README set 117: 'We call on all countries that have not yet done so to join the Rome Statute' a 102 "
     "with no target, its negated accession uncoded), the addressees an uncoded class -> target null; 'so that we "
     "can get the necessary 60 ratifications' is the purpose"),
 7: ([("We urge", "100", "DMA/GOV", "org:UNGA", False, A, N, False)],
     "Dominica (2018); 'We urge the Assembly to do that' = a request (guideline: urge -> 10x) to the General "
     "Assembly -> org:UNGA; 'that' = 'what the international community must do' of the sentence before, ending "
     "the inequality behind climate change (and the proposed UN-overseen loss-and-damage insurance fund), no "
     "specific CAMEO behaviour -> generic 100 (README set 170: Kiribati's 'I implore the Assembly to consider' a "
     "generic 100; borderline 1031 for the fund); 'we hope its feet are swift' is optative, and 'we can no longer "
     "afford to wait' no event"),
 # --- UNGDC 1990-2019 random: future
 8: ([("full support", "070", N, "org:IGAD", False, D, N, True)],
     "Kenya (1996); 'The revitalized IGADD will require full support from our development partners' = a statement "
     "of need -> demanded aid with no source, the development partners an uncoded collective (README: statements "
     "of need are demanded aid with no source; held-out 76 row 7 'technological support' a demanded nominal 070), "
     "the recipient IGADD -> org:IGAD (README: org:IGAD), nominal; 'for a speedy implementation of the regional "
     "initiatives' is the purpose (borderline 071 economic aid, or future rather than demanded)"),
 9: ([("continue to engage in discussions", "036", "PHL/GOV", N, False, F, N, False)],
     "Philippines (2015); 'will ... continue to engage in discussions on small arms and light weapons and improvised "
     "explosive devices' = future discussions -> 036 future (guideline: future meetings 036; README set 146: 'look "
     "forward to discussions on the Brahimi report' a future 036 with no target), the other participants unnamed "
     "-> target null (borderline org:UN); 'will help sustain the positive momentum created by the Arms Trade "
     "Treaty's progress' is an abstract commitment to a treaty process, not coded (borderline a future 032 with "
     "no target); the IEDs 'used by armed non-State actors' is a generic description, not coded"),
 10: ([], "Monaco (2016): 'humankind has a meeting with history, with destiny and with the judgment' = figurative, no "
          "actor"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Tanzania (1998): 'we believe the Organization should continue to be involved, and its role be strengthened' "
          "in development = a position on the United Nations' role (README: UN reform positions uncoded; borderline "
          "a demanded 070 from org:UN with no target)"),
 12: ([], "Viet Nam (2018): 'The General Assembly should be the heart of cooperation among countries and peoples' = an "
          "abstract deontic about the Assembly's role, no codable behaviour"),
 13: ([("The convening of an international peace conference", "043", "org:UN", N, False, D, N, True),
       ("must participate", "040", "PSE/GOV", N, False, D, N, False)],
      "Madagascar (1990); 'The convening of an international peace conference on the Middle East under the aegis of "
      "the United Nations ... constitutes the appropriate framework for settling the Palestine question' = advocacy "
      "of a conference not yet held, read as demanded (README: 'direct talks that should occur' a demanded nominal "
      "046) -> convening 043, its agent the UN from 'under the aegis of' (README set 151: a conference 'under the "
      "auspices of the Council of Europe' a nominal 043 from org:COE with no target), the participants unnamed -> "
      "target null (borderline PSE/GOV, the one participant named; or uncoded, as set 120's Great Lakes "
      "conference that 'must finally be held'); 'in which the Palestine Liberation Organisation (PLO) must "
      "participate on an equal footing' = a deontic with no request verb -> demanded participation in a "
      "conference 040 (README set 119: participation in a plenary a nominal 040), the PLO of 1990 -> PSE/GOV "
      "(held-out 31: the PLO as the Palestinians' negotiating authority), the other participants unnamed -> target "
      "null (borderline 046 to ISR/GOV, or org:UN)"),
 14: ([], "Haiti (1995): 'a great nation must apply itself to solving the problems of its people and those of mankind' "
          "= a generic deontic about any great nation, no actor"),
 15: ([("we call on", "1031", "LAO/GOV", N, False, A, N, False)],
      "Lao PDR (2019); 'we call on the developed countries and all our development partners to honour their "
      "commitment to contributing $100 billion a year to support the developing countries' mitigation and adaptation "
      "needs' = a request (guideline: call on -> 10x) whose Y is climate finance -> demand economic aid 1031 "
      "(held-out 77 row 10: a call on developed countries and donors to increase funding 1031), the addressees "
      "uncoded collectives -> target null; Y is not coded separately (guideline), and the commitment itself runs "
      "between uncoded collectives (borderline a nominal 0331 null -> null); 'as we commit to action at the "
      "national level' is domestic"),
 16: ([], "Trinidad and Tobago (1994): 'we must go back always to the fundamentals and remember' = 'we' meaning all "
          "states (README: not coded), no act"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Slovenia (2010): 'this Organization also needs to adapt to the contemporary reality' = a UN reform "
          "position (README: uncoded); 'threats' are risks (guideline)"),
 18: ([("Portugal welcomes", "051", "PRT/GOV", N, False, A, N, False)],
      "Portugal (1996); 'Portugal welcomes the holding in 1998 of the seventh Ibero-American Summit of Heads of State "
      "and Government' = a welcome of a future summit whose host the sentence and the speech never name -> 051 "
      "with no target (README set 113: a welcome of conferences whose convenors are not named a 051 with no "
      "target), the summit itself not coded; the Ibero-American community has no code; borderline a future 036 "
      "PRT/GOV hosting, reading 'welcomes the holding' as Portugal's own hosting (Porto hosted the 1998 summit, "
      "which only outside knowledge supplies)"),
 19: ([], "Madagascar (2006): 'Africa receives less international assistance per capita than it did 20 years ago' = a "
          "falling aid trend between uncoded collectives (README set 145: a falling-ODA trend between uncoded "
          "collectives uncoded; borderline a nominal 162 with no source to a bare continent, which has no code)"),
 20: ([("invasion", "192", "TUR/GOV", "CYP", False, A, N, True),
       ("occupation", "192", "TUR/GOV", "CYP", False, A, N, True)],
      "Cyprus (2005); the misconception clause ('our ... pursuit of peace ... has been diminished or that we have "
      "come to terms with') is denied, not coded; inside it, 'the unacceptable division of our country which was "
      "imposed in 1974 by the invasion and occupation of 37 per cent of our land' is the speaker's own assertion -> "
      "two nominal 192s (README set 128: 'The 1974 invasion and continuing occupation by Turkey' two nominal 192s "
      "TUR/GOV -> CYP), to the country as a whole, bare CYP (guideline); the agent, not named in the sentence, is "
      "taken from the speech, which ties the 'military occupation' to 'foreign Powers on the island', 'the "
      "Turkish political aims' and 'Turkey's obligations' (guideline: event nouns whose agent is plain from the "
      "text around them; borderline no source, as set 114's occupations whose occupier the speech never names "
      "outright; or one 192)"),
 21: ([("welcome", "051", "PNG/GOV", "PLW/GOV", False, A, N, False)],
      "Papua New Guinea (1995); the sentence starts at 'Forum and on behalf of Papua New Guinea' (the splitter cut "
      "inside 'Chairman of the South Pacific Forum'); 'I warmly welcome the Republic of Palau ... as the 185th "
      "Member of the United Nations' -> 051 to the new Member's government (README set 142: 'We welcome membership "
      "of East Timor' a 051 to TLS/GOV), the admission itself uncoded; the speaker as Chairman of the South "
      "Pacific Forum, which has no code (README set 120), is coded for Papua New Guinea only (borderline a second "
      "051 from a new org:PIF)"),
 22: ([], "The former Yugoslav Republic of Macedonia (2005): 'many atrocious terrorist attacks have taken place "
          "throughout the world' = agentless attacks with no victim named (README: agentless terrorist deaths and "
          "attacks whose victims are not named uncoded; borderline a nominal 180 null -> null)"),
 23: ([], "Venezuela (1994): 'He' = the President of Colombia of the sentence before; 'He proposed the establishment of "
          "\"a new and more productive citizen in the economy ...\"' = the content of a speech, a development concept "
          "with no counterpart, a statement (01x), not coded (borderline 030 COL/GOV -> null as a proposal put "
          "forward)"),
 24: ([("support", "051", "GNB/GOV", "PSE/CVL", False, A, N, False)],
      "Guinea-Bissau (2017); 'We also support the hopes of the Palestinian people for the establishment of their own "
      "State' = verbal support (guideline: 051) -> PSE/CVL (README set 115: support for the Palestinian people's "
      "struggle a 051 to PSE/CVL); 'coexisting side by side with the State of Israel' is the content of the hope, "
      "not an event"),
 25: ([("disobeyed their President", "120", "HND/MIL", "HND/GOV", False, A, N, False),
       ("oppressed", "175", "HND/MIL", "HND/CVL", False, A, N, False)],
      "Honduras (2009), the speech of President Zelaya's government, which holds the seat -> HND/GOV for 'their "
      "President' (README: Sudan's speeches coded SDN/GOV under the UN-speech rule; borderline HND/OPP, as an "
      "ousted president); 'The military forces who disobeyed their President' = the army's defiance of the "
      "President's orders before the June 2009 coup -> 120 (PETRARCH's CAMEO dictionary: DEFY 120; borderline 124 "
      "or 128 for defying orders, or uncoded as part of the coup, which has no CAMEO code) from HND/MIL; 'and "
      "oppressed their own people' -> violent repression 175 -> HND/CVL; 'have become an occupying army' is a "
      "metaphor for military rule over their own country, not a 192 (README: 'a full assault on media freedom' "
      "coded as the real repression behind it), and 'irregular forces serving only to repress and oppress' is the "
      "same repression, coded once (guideline)"),
 26: ([("reasserts its commitment", "030", "CIV/GOV", N, False, A, N, False)],
      "Cote d'Ivoire (1998); 'It' = Cote d'Ivoire of the sentence before; 'reasserts its commitment to work in the "
      "context of cooperation with all States to eradicate these crimes' (terrorist bomb attacks) = a commitment "
      "stated as a fact -> 030 asserted (README set 120: 'our continuing determination to work with other Member "
      "States to fight terrorism' a nominal 030 with no target; borderline 0312), 'all States' uncoded -> target "
      "null; 'cannot be justified' is an evaluation"),
 27: ([("The Good Friday Agreement", "057", "IRL/GOV", "GBR/GOV", False, A, N, True)],
      "Ireland (1998); 'The Good Friday Agreement marks a historic new beginning in relations' = an agreement noun "
      "whose parties the sentence before names ('reached by the British and Irish Governments and eight Northern "
      "Ireland parties') -> nominal 057 (guideline: agreements concluded 057; README set 171: the Anglo-Irish "
      "Agreement a nominal 057 IRL/GOV -> GBR/GOV), from the document's own government to GBR/GOV, the Northern "
      "Ireland parties dropped (README set 146: the Northern Ireland parties dropped from the talks; borderline "
      "GBR/OPP per party, or uncoded as an event noun with no agent in the sentence); 'marks a historic new "
      "beginning' is an evaluation"),
 28: ([], "Russian Federation (2002): 'The next step is to implement the agreements we have reached' = 'we' meaning all "
          "states at Monterrey, Rome and Johannesburg (README: not coded), and implementation is compliance"),
 29: ([], "Guatemala (2001): 'We are making strenuous efforts to advance in implementing our own Peace Agreements' = "
          "implementation of the 1996 peace agreements, a domestic programme and compliance (README set 122: the "
          "Guatemalan peace agreements named only as a source of goals uncoded; borderline a nominal 057 GTM/GOV "
          "-> GTM/REB)"),
 30: ([("accession to ASEAN", "030", "VNM/GOV", "org:ASEAN", False, F, N, True)],
      "Viet Nam (1994); 'Viet Nam's accession to ASEAN' = the membership decided in principle but still to come (the "
      "sentence before: 'actively preparing to take all the necessary steps to join this Association') -> a "
      "future cooperative act, intent 030 future (guideline; README set 121: preparations leading to accession a "
      "future 030; set 152: aim at integration into European organisations a future 030), nominal, to org:ASEAN "
      "(borderline a future 057 as held-out 77's realised joining of the EAC, or uncoded as a membership act); "
      "'reinforcing regional cooperation' and 'facilitates the expansion of our relations' are expected effects, "
      "not coded"),
 31: ([("annexation of Kuwait by Iraq", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "Lao PDR (1990); 'the annexation of Kuwait by Iraq' = a nominal annexation with its agent named -> 192 "
      "(README: an annexation a nominal 192 to the country it belongs to) IRQ/GOV -> bare KWT; 'seriously threatens "
      "the peace' is a figurative threat (guideline)"),
 32: ([("cannot accept", "120", "CAN/GOV", N, False, A, N, False),
       ("fail to", "071", N, "org:UN", True, A, N, False)],
      "Canada (1995); 'We cannot accept that Member States ... fail to meet their financial obligations to this "
      "institution' = a performative non-acceptance -> REJECT 120, negated false (guideline; README set 163: 'We do "
      "not accept that the ... Court should be questioned' a 120 with no target), the defaulting Member States "
      "unnamed -> target null (borderline 110, or USA/GOV from outside knowledge); the complement, presupposed as "
      "fact, = unpaid assessed contributions -> negated 071 with no source to org:UN (README set 150: 'Various "
      "Member States have not met their legal obligations' a negated 071 with no source to org:UN; borderline "
      "1221)"),
 33: ([("We welcome", "051", "NAM/GOV", N, False, A, N, False)],
      "Namibia (2010); 'We welcome that positive step' = the NPT States parties' reaffirmed commitment of the sentence "
      "before -> 051, the States parties an uncoded collective -> target null (README: welcoming a decision of an "
      "uncoded body a 051 with no target); the step itself lies outside the sentence; 'in the belief that' is a "
      "belief"),
 34: ([("commend", "051", "ISR/GOV", "org:UN", False, A, N, False)],
      "Israel (2005); 'I wish to commend the Secretary-General for his unique contribution to this positive trend' = "
      "a performative praise -> 051 to org:UN (README: supporting the Secretary-General 051 to org:UN); his "
      "'contribution' to the UN's changed attitude towards Israel is a role, not a separate aid act"),
 35: ([("terrorist attacks", "180", N, "USA", False, A, N, True)],
      "Albania (2016); 'the victims of the terrorist attacks that took place 15 years ago' = the 11 September 2001 "
      "attacks on New York, the perpetrators unnamed -> nominal 180 with no source to bare USA (README sets 115 and "
      "157: the 11 September attacks a nominal 180 with no source to USA; borderline USA/CVL); feeling grief and "
      "commemorating are not acts between actors"),
 36: ([("invaded", "192", "IRQ/GOV", "KWT", False, A, N, False),
       ("violation of the provisions of the Charter", "128", "IRQ/GOV", "org:UN", False, A, N, True)],
      "Senegal (1990); 'one country, Iraq, invaded another, Kuwait' -> 192 (guideline: invade -> 192) IRQ/GOV -> "
      "bare KWT; 'and decided to annex it outright' = the annexation, the same code and pair, coded once "
      "(guideline; README set 124: 'the invasion and annexation of Kuwait' one 192; borderline a second 192); 'in "
      "violation of the provisions of the Charter of the United Nations' = a nominal defiance of the Charter -> 128 "
      "to org:UN (README set 146: 'in total disregard of United Nations resolutions' a nominal 128 to org:UN; "
      "borderline uncoded as a manner phrase), 'in defiance of international law', with no addressee, folded "
      "into it (borderline a second 128 with no target)"),
 37: ([("came here", "042", "COD/GOV", "org:UN", False, A, N, False),
       ("denounce", "111", "COD/GOV", N, False, A, N, False)],
      "DR Congo (1999); 'Lumumba, who came here to denounce what was being set in train more than 30 years ago, under "
      "United Nations banners' = Prime Minister Lumumba's 1960 visit to the United Nations, a historic act coded to "
      "the office's government of the time (README: historic acts by office holders coded to that government) -> "
      "042 COD/GOV -> org:UN (README set 147: 'come to the United Nations from Jerusalem' a 042 to org:UN; "
      "borderline 040 to org:UNSC); 'to denounce' -> 111, read as realised on that visit (borderline uncoded as a "
      "purpose); what was 'set in train' is an agentless passive -> target null (borderline org:UN, from 'under "
      "United Nations banners' and the next sentence's UN forces); Cabral's and Nkrumah's speeches 'from this "
      "rostrum' are statements (01x), not coded; 'which is now being repeated' is agentless"),
 38: ([], "Bosnia and Herzegovina (2010): 'our education system remains ... hostage to divisive political influences' = "
          "figurative, a domestic description"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("is particularly pleased", "051", "BWA/GOV", "org:UNGA", False, A, N, False)],
      "Botswana (2019); 'My delegation is particularly pleased that the theme embodies the priorities you, Mr. "
      "President, have identified' = praise of the theme the Assembly President chose -> 051 to org:UNGA (README set "
      "129: praise for the theme a President 'has chosen' a 051 to org:UNGA; set 157: 'fully supports this choice' "
      "of theme; 'is pleased with' 051; borderline uncoded, as set 120's welcome of a theme)"),
 40: ([("United Nations Development Programme country programme document", "061", "org:UNDP", "BHR/GOV",
        False, A, N, True)],
      "Bahrain (2016); 'its United Nations Development Programme country programme document' = the Government's "
      "programming framework with UNDP -> nominal 061 org:UNDP -> BHR/GOV (README set 149: UNDP's 'country "
      "cooperation framework' with Niger a nominal 061; borderline uncoded as a programming document, or 050); "
      "'both stress that Bahrain will continue to guarantee to all citizens ... their constitutional rights' = a "
      "domestic policy commitment stated in documents, not coded (borderline a future 0833 BHR/GOV -> BHR/CVL)"),
 41: ([], "Germany (2004): 'we know that the causes of war and violence ... are multifaceted' = a general observation, "
          "no act"),
 42: ([], "Saint Kitts and Nevis (2001): 'We have a duty, therefore, to give loud voices to their silent legitimate "
          "hopes' = 'we' meaning all leaders and the peoples they serve (README: not coded), no act"),
 43: ([], "Niger (2019): 'Our immediate commitments will have an impact on the survival of humankind' = 'our' meaning "
          "all states (README: not coded), an expected effect"),
 44: ([("my thanks", "051", "BRN/GOV", "org:UNGA", False, A, N, True)],
      "Brunei Darussalam (2003); the sentence starts at 'Saint Lucia on your election' (the splitter cut inside 'My "
      "congratulations go to you, Sir, and to the people of'), so the congratulation to the new President lies "
      "outside it and is not coded; 'together with my thanks to your predecessor, Mr. Kavan, for his work over the "
      "past year' = a thanks noun whose agent ('my') lies inside the sentence -> nominal 051 (README set 142: a "
      "support noun whose verb fell before the cut but whose agent lies inside the sentence a nominal 051), the "
      "outgoing President of the General Assembly -> org:UNGA (README: tributes to a former President of the "
      "Assembly go to org:UNGA; borderline uncoded as a fragment)"),
 45: ([], "Namibia (1997): 'They are means to greater efficiency' = globalisation and liberalisation described, no act"),
 46: ([("its presence", "040", "MDG/GOV", "org:UNGA", False, A, N, True)],
      "Madagascar (1998); the sentence starts at 'Nations though its presence' (the splitter cut inside 'Madagascar "
      "reaffirms its support for the United'), so the support verb lies outside it and is not coded; 'its presence "
      "every year at this annual gathering' = Madagascar's habitual participation in the General Debate, 'its' "
      "taken from the cut-off subject -> nominal 040 to org:UNGA (README set 153: 'My presence here' a nominal 040 "
      "to org:UNGA; set 119: participation in a plenary; borderline uncoded, since every speaker's attendance is "
      "implied)"),
 47: ([], "Nauru (2017): 'Nauru's climate priorities fall into four categories' = a description of domestic "
          "priorities, no act"),
 48: ([], "DPR Korea (2006): handing over from the Security Council to the General Assembly the power to pass "
          "resolutions on the use of force = a UN reform proposal (README: UN reform positions uncoded)"),
 49: ([], "Nicaragua (2013): 'International democracy cannot exist without respect for international law' = an "
          "abstract norm, no actor"),
 50: ([("has called all of them", "111", "ETH/GOV", "org:EU", False, A, N, False),
       ("has called all of them", "111", "ETH/GOV", "org:UN", False, A, N, False),
       ("has called all of them", "111", "ETH/GOV", "org:ICRC", False, A, N, False)],
      "Eritrea (1998); 'As usual, the Ethiopian Government has called all of them liars' = name-calling -> 111 "
      "(PETRARCH's CAMEO dictionary: CALL ... LIAR 111; borderline 112 accuse); 'all of them' = the 'legitimate "
      "third parties like representatives of the European Union, United Nations agencies and the International "
      "Committee of the Red Cross' of the sentence before (guideline: missing participant from context) -> one "
      "111 per named organisation (guideline: compound split), org:EU, org:UN (the agencies) and org:ICRC "
      "(borderline one event with target null, 'like' introducing examples); 'As usual' makes it habitual, still "
      "asserted"),
 51: ([], "Jordan (2013): 'The Syrian crisis is a global humanitarian and security disaster' = a conflict named only "
          "by place (README: uncoded), an evaluation"),
 52: ([], "South Africa (2003): 'The poor of the world expect an end to violence and war everywhere' = an expectation "
          "of an uncoded collective with no addressee and no named party to the violence, null-null, not coded "
          "(borderline a nominal 1056 null -> null)"),
}
