"""Hand annotations for the TWO-HUNDRED-AND-NINETEENTH held-out event gold set (source of events-heldout219.jsonl).

Keyed by the row index of selection-heldout219.jsonl (output of select_bulk_sentence_heldout.py 219; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout219.jsonl \\
        --annotations annotations_heldout219 --output events-heldout219.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: future
 0: ([], "Mozambique (2018): 'At the end of next year we will hold general elections in line with the agreement by "
         "consensus approved by the Assembly of the Republic' = holding national elections is a domestic act with no "
         "CAMEO code and no counterpart; 'the agreement by consensus approved by the Assembly' is the constitutional "
         "and electoral-law amendment that Parliament enacted after the President's dialogue with RENAMO (sentence "
         "before), a domestic legislative approval named only as the basis of the elections, not coded (borderline "
         "a 057 from MOZ/LEG with no target, as earlier sets coded treaty ratifications by parliaments, or a nominal "
         "057 MOZ/GOV -> MOZ/REB for the dialogue's agreement)"),
 1: ([], "Jordan (2010): 'I hope that the draft resolution will have the Assembly's support' = an optative hope about "
         "another actor's act (README: a hope about another actor's act not coded; set 118: 'we look forward to the "
         "Assembly's support' left optative; set 202: 'we look forward to the Assembly's support' uncoded); the "
         "draft resolution's introduction lies in the sentence before"),
 2: ([("will cooperate fully", "030", "BLZ/GOV", N, False, F, N, False)],
     "Belize (1998); 'We are doing everything possible to fight this scourge of mankind' = the speaker's domestic "
     "fight against drug trafficking, no counterpart, not coded; 'and will cooperate fully with all regional and "
     "international efforts aimed at the effective curbing of the drug trade' = a future cooperative act -> the "
     "guideline's intent code 03x with modality future (set 112: 'intends to participate' a 030 future), the "
     "efforts' authors never named -> target null (README: collectives without a code -> null); generic 030 "
     "(borderline 0312 as intent to security cooperation, following set 114's 'joined other States in the region "
     "to combat' trafficking 062, or 0313)"),
 # --- UNGDC 1990-2019 random: demand
 3: ([], "Belize (1996): 'Surely this Organization must seek to ensure that these consequences are eradicated' = a "
         "deontic on the UN whose Y (ensuring that mindless violence and the exploitation of women and children, the "
         "consequences of globalization, are eradicated) is no codable behaviour between actors (guideline: a "
         "demanded Y that is not a codable behaviour is not coded; borderline a demanded 175/180 prevention, uncoded "
         "as there is no named perpetrator or victim)"),
 4: ([("whom we urge", "1031", "FJI/GOV", N, False, A, N, False)],
     "Fiji (1991); 'the financial support of the Members of the Organization, whom we urge to ensure that their "
     "assessed contributions are paid in full and on time' = a request (guideline: urge -> 10x), performative -> "
     "asserted, to the UN membership, an uncoded collective -> target null, for payment of assessed contributions "
     "-> demand economic aid 1031 (set 172: Fiji's call on Member States in arrears to settle them a 1031 with no "
     "target; set 202: 'encourage Member States to meet their obligations to the United Nations' a 1031 with no "
     "target); Y is not coded separately (guideline); 'The success of such operations is ... dependent ... on the "
     "financial support of the Members' is a statement of dependence folded into the request (borderline a "
     "habitual nominal 071 with no source to org:UN)"),
 5: ([], "Togo (2002): 'Turning the current situation around is a task that we must undertake through reflection and "
         "action' = a deontic for 'we' the African countries (text before), an aim with no counterpart and no codable "
         "behaviour (held-out 42/43: 'we' meaning a whole group uncoded)"),
 6: ([("calls on the parties", "107", "STP/GOV", "UKR", False, A, N, False)],
     "Sao Tome and Principe (2014); 'As to the conflict in Ukraine ... regrets the situation' = regret of a "
     "situation, not of an act (set 177: 'it is regrettable to note' a bleak picture uncoded; set 195: 'We regret "
     "the deterioration of civil order' uncoded; borderline a 110 with no target); 'and calls on the parties to "
     "move forward rapidly, through dialogue, in resolving their differences' = a request (guideline: call on -> "
     "10x), performative -> asserted, for settling their dispute -> 107 (borderline 106 for dialogue); the speech "
     "never names the parties (searched: 'Ukraine' occurs once, no 'Russia') -> the conflict's country, bare UKR "
     "(set 166: Mauritius's appeal to 'all parties involved in this conflict' a 107 to bare COD; borderline "
     "UKR/GOV and RUS/GOV, or UKR/GOV and UKR/REB, from outside knowledge); 'the conflict in Ukraine, which is also "
     "causing the loss of many human lives' is a conflict named only by place, not coded (set 187: 'the war in "
     "Iraq' uncoded)"),
 7: ([("I call upon the Assembly", "102", "ALB/GOV", "org:UNGA", False, A, N, False)],
     "Albania (2008); 'I call upon the Assembly to admit with realism this irreversible development by recognizing "
     "and supporting, without any reserve, the Republic of Kosovo' = a request (guideline: call upon -> 10x), "
     "performative -> asserted, with a named addressee -> org:UNGA (set 140: Maldives's call upon the Assembly a "
     "1044 to org:UNGA since it names its addressee); Y is recognition of Kosovo -> demand diplomatic cooperation "
     "102 (earlier sets: calls to recognise the State of Palestine 102; set 121: Nicaragua's call not to deny "
     "Taiwan recognition a 102), not coded separately (guideline); the UN membership the sentence before wants "
     "for Kosovo is folded in (borderline uncoded as a UN admission position, as earlier sets left UN membership "
     "positions, or target XKX/GOV as beneficiary); a page header '08-51839 40' lies inside the sentence (an "
     "extraction artefact)"),
 8: ([], "Malawi (2011): 'Methods must therefore be found to resolve disputes within States' = an agentless deontic "
         "with no actor and no named dispute (set 180: an agentless 'requires effective efforts' uncoded)"),
 # --- UNGDC 1990-2019 random: cue
 9: ([("heavy criticism", "111", N, "org:UN", False, A, N, True)],
     "Liechtenstein (1995); 'The optimism ... has turned into sometimes heavy criticism and a decreasing confidence "
     "in the work of the United Nations' = a criticism noun with a named target and no named critic -> nominal 111 "
     "with no source to org:UN (set 115: 'has often drawn a great deal of criticism to the United Nations' a "
     "nominal 111 with no source; set 118: Egypt's 'the criticism it has been facing'; held-out rule: agentless "
     "criticism nouns with a named target are 111 with no source), realised -> asserted; 'a decreasing confidence' "
     "is a sentiment, not coded (set 120: 'esteem of the international community' a sentiment)"),
 10: ([], "Guinea-Bissau (2015): 'We hope and wish that the main actors in the Israeli-Palestinian peace process can "
          "draw inspiration from that example and engage in diplomatic negotiations' = an optative hope about "
          "others' acts (README: not coded; set 180: 'I express the hope that both protagonists ... renounce the use "
          "of force' uncoded; borderline a 106 to ISR/GOV and PSE/GOV read as a soft request); 'that example' is the "
          "US-Cuba restoration of relations of the sentence before, not coded here; 'the Israeli-Palestinian peace "
          "process' is named only as the actors' setting"),
 11: ([("welcomed resolution", "051", "BTN/GOV", "org:UNGA", False, A, N, False)],
      "Bhutan (2011); 'my country welcomed resolution 65/309, entitled \"Happiness: towards a holistic approach to "
      "development\"' = a past welcome (guideline: 051) of a General Assembly resolution -> 051 to org:UNGA "
      "(README: welcoming a UN resolution is 051 to org:UNGA), realised -> asserted; that Bhutan itself introduced "
      "the resolution (text after) does not change the target (borderline uncoded as the speaker's satisfaction at "
      "its own initiative)"),
 12: ([], "Burkina Faso (2003): 'the only valid activity is to make a collective response to what has become a threat "
          "to everyone' = an agentless prescription about terrorism ('threat to everyone' a risk, guideline: "
          "figurative), no actor and no act between actors"),
 13: ([], "Czech Republic (2011): 'pays the highest possible attention to nuclear safety and security and supports the "
          "further development of nuclear energy' = abstract policy positions without a counterpart (guideline: "
          "abstract policy positions not coded)"),
 14: ([("aimed its support", "070", "HRV/GOV", N, False, A, N, False)],
      "Croatia (2010); 'Croatia has aimed its support at the neighbouring region of South-East Europe, where our "
      "knowledge and experience may be most useful to the recipient countries' = the 'international aid' Croatia "
      "now provides (sentence before) -> provide aid 070, realised -> asserted; the region's recipient countries are "
      "never named -> target null (set 119: 'We give whatever practical assistance we can' a habitual 070 with no "
      "target; borderline 071 as development aid, or uncoded as a description of aid policy)"),
 15: ([("direct assistance", "070", "org:UN", "KGZ/GOV", False, A, N, True)],
      "Kyrgyzstan (2004); 'with direct assistance from Secretary-General Kofi Annan, the implementation of a United "
      "Nations project in Kyrgyzstan has initiated improvements to the national electoral system' = an aid noun "
      "whose agent is named -> nominal 070 (held-out: 'with the support of our United Nations partners' a nominal "
      "070 from org:UN; set 154: 'with the help of the United Nations' a nominal 070 to NPL/GOV), the "
      "Secretary-General -> org:UN, electoral assistance to the national authorities -> KGZ/GOV; the UN project "
      "is the same assistance, folded in (borderline a second nominal 070, or 061 as set 118's UN projects); 'has "
      "initiated improvements' has an inanimate subject, a domestic reform, not coded"),
 16: ([("called for new trade", "1011", "ITA/GOV", N, False, A, N, False)],
      "Italy (2010); 'Italy has called for new trade measures to increase market access for Pakistani goods and "
      "bolster Pakistan's economic recovery' = 'S calls for Y' is one asserted request (guideline), for trade "
      "concessions -> demand economic cooperation 1011; the addressee is never named (searched: the speech names "
      "the European Union only on its UN representation) -> target null (set 152: Tunisia's call for the "
      "Information Society summit a 106 with no target; set 154: Russia's call for a test moratorium a 1056 with no "
      "target; borderline org:EU from outside knowledge, as the EU granted the trade preferences, or uncoded as a "
      "call with no addressee, as set 110); Pakistan is the beneficiary, not the addressee, and Y is not coded "
      "separately"),
 17: ([], "Algeria (2006): 'it is important that we strengthen our efforts ... in achieving comprehensive agreement on "
          "pending issues, in particular reform of the Security Council' = 'we' meaning all Member States (held-out "
          "42/43) and a UN reform position (held-out 54-61: UN reform positions uncoded)"),
 18: ([], "Rwanda (2009): 'the world faces a number of regional threats' = a risk (guideline: figurative 'threat'), "
          "no actor"),
 19: ([("Doha hosted", "043", "QAT/GOV", N, False, A, N, False)],
      "Qatar (2010); 'Among the important international conferences and forums that Doha hosted this year was the "
      "World Economic Forum Global Redesign Summit' = hosting conferences -> 043 (guideline: host/convene), "
      "realised -> asserted; the hosting is the Qatari Government's, Doha being the host city named as the venue "
      "(set 163: 'Dakar will host' coded from SEN/GOV, Dakar read as a venue; borderline Doha as a capital metonym, "
      "the same code); several conferences hosted by one government are one 043 with no target (README), the "
      "World Economic Forum having no code (borderline CHE/NGO as the Summit's co-organiser); 'which resulted in "
      "many proposals' are unattributed proposals with an inanimate subject, not coded (borderline a nominal 030 "
      "with no source)"),
 20: ([("supports the search", "051", "BFA/GOV", "ESH", False, A, N, False),
       ("reaffirms its support", "051", "BFA/GOV", "MAR/GOV", False, A, N, False)],
      "Burkina Faso (2013); 'With regard to Western Sahara, my country supports the search for a political solution "
      "acceptable to all parties' = support for a settlement process (guideline: 'express support' -> 051) whose "
      "parties the speech never names (searched: no 'POLISARIO') -> the bare territory, ESH (README: a welcome of a "
      "development inside a named country whose parties are not named goes to the bare country; set 211: "
      "Swaziland's 'most encouraged by developments' in Western Sahara a 051 to bare ESH; borderline a 107 with no "
      "target, as set 185's Burkina Faso 'has always encouraged a negotiated political solution'); 'reaffirms its "
      "support to the Moroccan initiative for an autonomous status for the Saharan region' = verbal support for a "
      "named government's plan -> 051 to MAR/GOV (set 185 and earlier sets: support for Morocco's autonomy "
      "initiative a 051 to MAR/GOV); the initiative itself is an offer not yet made good, not coded (earlier sets; "
      "borderline a nominal 037 MAR/GOV -> ESH)"),
 21: ([], "Liberia (2016): 'We note with particular concern the rise of international terrorism, extremism, "
          "xenophobia and violence, which continue to pose a threat' = expressed concern (guideline: 01x, not "
          "coded), about agentless phenomena; the 'threat' is a risk (guideline: figurative)"),
 22: ([], "Samoa (2004): the sentence starts at 'President of the Assembly for their very commendable work in "
          "advancing the revitalization and reform of the Organization'; its verb 'We thank the Secretary-General "
          "and the previous' lies before the splitter's cut (README: a fragment whose verb was cut away is left "
          "uncoded; set 120: a congratulation whose verb fell before the cut uncoded), and the sentence holds no "
          "thanks or support noun of its own (unlike set 142's 'the full support of the Government'); 'very "
          "commendable' is an evaluative adjective, and the revitalization and reform work is a UN reform process "
          "(borderline a 051 each to org:UN and org:UNGA)"),
 23: ([("war between Georgia and Russia", "190", "GEO/GOV", "RUS/GOV", False, A, N, True)],
      "Estonia (2008); 'I would like to speak today about ... the war between Georgia and Russia' = the speaker's own "
      "announcement of topics (not coded), and a conflict noun naming its parties -> nominal 190 from the "
      "first-named (README: 'a conflict noun naming its parties is a nominal 190 from the first-named'; set 172: "
      "'Armed conflict between Armenia and Azerbaijan' a nominal 190 ARM/GOV -> AZE/GOV; set 202: 'the conflict "
      "between Israel and Palestine' ISR/GOV -> PSE/GOV), realised (August 2008) -> asserted (borderline RUS/GOV -> "
      "GEO/GOV, the speech later blaming 'Russia's behaviour', or bare GEO and RUS); 'natural disasters and "
      "humanitarian assistance' are agenda items with no actor, and 'the conclusions that can be drawn' are the "
      "speaker's own"),
 24: ([], "Indonesia (2015): 'we have yet to produce a universal agreement on climate change' = 'we' meaning all "
          "states, the UNFCCC parties (held-out 42/43: 'we' meaning all states not coded; set 152: Australia's 'we "
          "have not started negotiations' uncoded; borderline a negated 057 with no source)"),
 25: ([("chaired by President Obama", "036", "USA/GOV", "org:UNSC", False, F, N, False)],
      "Jordan (2014); the sentence starts at 'Security Council summit on threats to international peace and security "
      "caused by terrorist acts, to be chaired by President Obama this afternoon'; its verb 'we seek a strong "
      "outcome of the' lies before the splitter's cut and is optative in any case, not coded; inside the sentence "
      "'to be chaired by President Obama' is a verb with its agent (README: a fragment is coded when its verb is in "
      "the sentence) -> chairing a meeting is host/convene (set 114: chairing an AHLC meeting 043), future -> the "
      "guideline's intent code for future meetings, 036 future (set 211: Poland's chairing of COP19 a future 036 to "
      "org:UN), Obama -> USA/GOV, the Security Council summit -> org:UNSC (borderline org:UNSC as source for the "
      "Council's presidency, or 043); a participle, not nominal (set 116); 'threats ... caused by terrorist acts' "
      "is a risk with no named perpetrator"),
 26: ([("commend the efforts", "051", "LBY/GOV", N, False, A, N, False),
       ("have worked to find a political settlement", "045", N, "LBY", False, A, N, False),
       ("thank a number of States", "051", "LBY/GOV", "org:LAS", False, A, N, False),
       ("thank a number of States", "051", "LBY/GOV", "org:AU", False, A, N, False),
       ("thank a number of States", "051", "LBY/GOV", "org:OIC", False, A, N, False),
       ("thank a number of States", "051", "LBY/GOV", "org:UN", False, A, N, False),
       ("helping us", "070", "org:LAS", "LBY/GOV", False, A, N, False),
       ("helping us", "070", "org:AU", "LBY/GOV", False, A, N, False),
       ("helping us", "070", "org:OIC", "LBY/GOV", False, A, N, False),
       ("helping us", "070", "org:UN", "LBY/GOV", False, A, N, False)],
      "Libya (2017); 'I would like to commend the efforts of all those who have worked to find a political "
      "settlement to the crisis' = praise (guideline: commend -> 051), 'would like to' performative -> asserted, of "
      "unnamed actors -> target null (README: collectives without a code -> null); the relative clause's act, "
      "working to find a settlement, is mediation -> 045 with no source, a verb, not nominal, to the country whose "
      "crisis it is, its Libyan parties unnamed -> bare LBY (set 175: 'Without thanking all those whose commitment "
      "... have helped my country' a 070 with no source to bare COD; borderline uncoded as an act of unnamed "
      "agents); 'and to thank a number of States and regional and international organizations — including the "
      "League of Arab States, the African Union, the Organization of Islamic Cooperation and the United Nations' = "
      "thanks (guideline: 051) split per named organisation (guideline: compound split; README codes org:LAS, "
      "org:AU, org:OIC, org:UN), the unnamed States dropped as an uncoded member of a compound (set 120); 'for "
      "helping us to restore stability in my country' gives the help its agent from the thanks (README: thanks 'for "
      "the ongoing support' give the support its agent) -> one 070 from each organisation to the speaker's "
      "government, LBY/GOV, the Presidency Council of the Government of National Accord (set 200: 'we have received "
      "a great deal of support from the United Nations' 070 org:UN -> SRB/GOV), a gerund verb, not nominal "
      "(borderline bare LBY)"),
 27: ([], "Botswana (2014): 'we have been able to achieve universal primary education and access to HIV/AIDS "
          "treatment' = domestic achievements, no counterpart (set 176: domestic programmes uncoded)"),
 28: ([("Tonga welcomes", "051", "TON/GOV", "org:UNGA", False, A, N, False),
       ("convening", "036", "org:UNGA", N, False, F, N, True)],
      "Tonga (2018); 'Tonga welcomes the convening of the third high-level meeting of the General Assembly on the "
      "prevention and control of non-communicable diseases (NCDs) tomorrow' = a welcome (guideline: 051) of the "
      "Assembly's meeting -> 051 to org:UNGA, the convener named in the meeting's title; the convening noun, a "
      "meeting to be held the next day -> future nominal 036 from org:UNGA with no target (set 198: Belgium's "
      "pleasure at the Assembly's decision to make the 2005 review a high-level event a 051 to org:UNGA and a future "
      "nominal 036 from it; borderline a nominal 043, as set 196, or the convening uncoded)"),
 29: ([("We are grateful", "051", "SOM/GOV", N, False, A, N, False),
       ("have helped", "070", N, "SOM/CVL", False, A, N, False),
       ("hosted our people", "075", N, "SOM/CVL", False, A, N, False)],
      "Somalia (2015); 'We are grateful to the countries in the region that have helped and hosted our people' = "
      "thanks (guideline: thank -> 051) to host countries the speech never names (searched: no Kenya, Ethiopia, "
      "Yemen or Djibouti) -> target null (borderline KEN/GOV and ETH/GOV from outside knowledge); the relative "
      "clause's acts take no source from the uncoded thanked countries (set 175: 'Without thanking all those whose "
      "commitment ... have helped my country' a 051 with no target plus a 070 with no source): 'have helped' a "
      "070 and 'hosted our people', the Somali refugees of the sentence before, a 075 grant asylum (set 148: "
      "'Many countries have ... shown great leadership in welcoming many more' refugees a 075 with no source to "
      "SYR/CVL), both to SOM/CVL (borderline 073 for the help); 'we recognize that many of the refugees continue to "
      "live in perpetual crisis, without any hope of resettlement, residency or citizenship' acknowledges a "
      "situation, no negated 075"),
 30: ([("fund humanitarian assistance", "073", "org:EU", N, False, A, N, False),
       ("are willing to spend", "0333", "org:EU", N, False, A, N, False)],
      "European Union (2016); 'we have spent billions of euros to fund humanitarian assistance' = the speaker (the "
      "European Union, 'we' of the sentence before) -> org:EU, humanitarian aid 073, realised -> asserted, to "
      "refugees whose nationality the sentence does not give -> target null (borderline SYR/CVL from the refugee "
      "crisis, or 071); 'and are willing to spend much more in the months and years to come' = readiness stated as "
      "a fact -> intent to provide humanitarian aid 0333, asserted (README: commitments stated as facts, 'stands "
      "prepared and willing to support you', are asserted 03x; set 166: Cyprus's readiness to provide humanitarian "
      "aid an asserted 0333), target null (borderline a future 073)"),
 # --- UNGDC 1990-2019 random: nocue
 31: ([], "Brazil (2016): 'The very safety of our citizens ultimately depends on the quality of our collective "
          "action' = a statement of dependence, 'our' meaning all states (held-out 42/43), no act"),
 32: ([("We hail everything", "051", "MRT/GOV", N, False, A, N, False)],
      "Mauritania (2001); 'We hail everything that has been done to resolve conflicts and wars on the African "
      "continent' = praise (hail -> 051; set 174: 'hailed the agreement' 051) of unattributed peace efforts -> target "
      "null (set 150: Denmark's support for unattributed peacekeeping initiatives a 051 with no target; set 178: "
      "'Profound satisfaction for the elimination of the underlying reasons of confrontation' a 051 with no "
      "target); the agentless peace efforts and 'conflicts and wars on the African continent' name no party or "
      "country, not coded (set 187: conflicts named only by place uncoded)"),
 33: ([], "Slovenia (2016): 'migration is yet another catalyst for the international community to find appropriate "
          "common solutions' = an inanimate subject and an uncoded collective's hoped-for solutions, no act"),
 34: ([], "Singapore (2008): 'across all of Asia ... an ancient continent ... is stirring again' = a figurative "
          "description of economic revival, no act"),
 35: ([], "Norway (2017): 'We are very concerned about the lack of respect being shown for international humanitarian "
          "law' = expressed concern (guideline: 01x, not coded) about agentless violations"),
 36: ([], "Cabo Verde (1990): 'Solving the global problems ... requires and presupposes a substantial improvement in "
          "the living conditions of peoples in the developing countries' = an agentless statement of need; 'the "
          "successful first World Summit recently took place in New York' is a meeting that only 'took place' at a "
          "venue (set 150: the Vienna forum that 'took place' there uncoded; borderline a 043 from org:UN)"),
 37: ([], "Philippines (2001): 'the most effective ... anti-poverty measure on a global scale is for developed "
          "countries to open their markets wider to the products of the developing countries' = a prescription for "
          "one uncoded collective toward another (held-out 54-61: acts between uncoded collectives uncoded; "
          "borderline a demanded 085/1011 with no source and no target)"),
 38: ([], "Belarus (2010): 'We hope that those measures will indeed be implemented' = an optative hope about others' "
          "acts (README: not coded), the measures being the G-8/G-20 financing initiative and the EU's monitoring of "
          "its aid commitments (sentence before)"),
 39: ([], "Honduras (2014): 'In addition to representative democracy, we practice participatory democracy' = a "
          "description of the domestic political system, no act between actors"),
 40: ([], "Gabon (2003): 'In other words, its main victims are our nations' hope' = a description of the HIV/AIDS "
          "pandemic's victims, no actor"),
 41: ([], "Monaco (2010): 'The interdependence of the global challenges which all of us are facing requires us to define "
          "together a set of rules' = 'us' meaning all states (held-out 42/43), an inanimate subject, no act"),
 42: ([], "Mali (1990): 'The Gulf crisis has made it possible to highlight the dedication of the international "
          "community to respect for the sovereignty and territorial integrity of States' = an inanimate subject and "
          "an uncoded collective's commitment to a principle; 'The Gulf crisis' is a crisis named only by name (set "
          "175: 'the second Gulf crisis' uncoded beside Iraq's invasion of Kuwait)"),
 43: ([("increased effort", "050", "LAO/GOV", "org:ASEAN", False, A, N, True)],
      "Lao PDR (2003); 'we have attached great importance to the achievements made in our increased effort to "
      "implement the regional integration of the Association of South-East Asian Nations (ASEAN)' = Laos's own "
      "effort, an event noun with its agent 'our', to implement ASEAN's integration programme -> cooperation with "
      "the organisation, nominal 050 to org:ASEAN (set 169: Indonesia's ASEAN participation a nominal 050; "
      "borderline 061 or 0311 as economic integration, or uncoded as a member's own policy); 'attached great "
      "importance to the achievements' is an evaluation, not coded; 'apart from our domestic effort' is domestic"),
 44: ([], "Switzerland (2017): 'Switzerland is working to ensure that the global compact for safe, orderly and regular "
          "migration addresses not only the challenges ... but also its opportunities' = the speaker's work on the "
          "content of a UN text under negotiation, with no counterpart named and no negotiation verb (set 115: a "
          "delegation's work on the post-2015 goals uncoded; borderline a 046 with no target, as set 112's role 'in "
          "negotiating the chemical-weapon convention', or a 045 as co-facilitator, the role named only in the "
          "sentence after)"),
}
