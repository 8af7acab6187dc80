"""Hand annotations for the SEVENTY-SEVENTH held-out event gold set (source of events-heldout77.jsonl).

Keyed by the row index of selection-heldout77.jsonl (output of select_bulk_heldout.py 77; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout77.jsonl \
        --annotations annotations_heldout77 --output events-heldout77.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Namibia (2004): 'this ugly phenomenon' = the mercenaries of the preceding sentence (uncoded); 'which should "
         "be condemned by the international community' = a deontic whose source is an uncoded collective and whose "
         "target is uncoded, null-null, not coded (borderline a demanded 111 null -> null); 'has not been spared' "
         "describes an effect on a continent, not a negated event"),
 1: ([], "Ethiopia (1997): 'It is our hope that the United Nations System-wide Special Initiative on Africa will not "
         "meet a similar fate' = an optative hope about a programme, no act between actors"),
 2: ([("cooperation", "050", "MLI/GOV", "org:UN", False, A, N, True),
      ("provides", "070", "org:UN", "MLI/GOV", False, A, N, False)],
     "Mali (2018); 'cherishes its cooperation with the United Nations' = a cooperation noun naming its parties -> "
     "nominal 050 (held-out 10/11 and 38/39: cooperation nouns a nominal 050; borderline 051 as an evaluation, "
     "'cherishes'); 'which today provides us with a range of support' = the UN's (MINUSMA and agencies') support to "
     "Mali -> 070 (borderline 074 peacekeeping, or 051 verbal support), 'us' -> MLI/GOV; 'has never faltered in its "
     "belief' bears on a belief, not an event (no negated event)"),
 3: ([], "Bosnia and Herzegovina (1997): 'all those who put their signatures on the peace agreements' = an agent "
         "description of the Dayton signatories, whom the sentence does not name, not coded (held-out 58 row 39: an "
         "agent noun for a past act not coded; borderline 057 between BIH/GOV, HRV/GOV and YUG/GOV); 'those who do "
         "not honour their obligations must face the consequences' = a deontic against unnamed violators, no source "
         "and no target, not coded (borderline a demanded 170 null -> null); 'do not honour their obligations' is a "
         "norm for unnamed parties, not a negated event"),
 4: ([("does not and cannot approve", "120", "JOR/GOV", N, False, A, N, False),
      ("nor does it accept", "120", "JOR/GOV", "IRQ/GOV", False, A, N, False),
      ("occupation", "192", "IRQ/GOV", "KWT", False, A, N, True),
      ("support or recognize", "120", "JOR/GOV", "IRQ/GOV", False, A, N, False)],
     "Jordan (1990); three performative non-acceptances by the speaker -> REJECT 120 with negated false (guideline: "
     "'we will never accept it', 'will not recognize' are 12x); 'does not and cannot approve of the resort to force as "
     "a way of solving differences between States' = a general principle that, in the Gulf crisis of 1990, bears on "
     "Iraq's invasion and on a military solution by the coalition alike (preceding text: 'halt the continuing drift "
     "towards a military explosion') -> target null (borderline IRQ/GOV; borderline 110 disapproval); 'nor does it "
     "accept the occupation of the territory of others' and 'nor does it support or recognize any demographic or "
     "political changes resulting from war' = aimed at Iraq's occupation and annexation of Kuwait, named in the "
     "following text ('Therefore, Jordan did not recognise the decision to annex Kuwait'; 'withdrawal'; 'the "
     "differences between Iraq and Kuwait') -> IRQ/GOV (held-out 54-61: 'will never accept the occupation' 120 with "
     "the occupation a nominal 192 whose agent comes from the surrounding text); 'support or recognize' one act "
     "(borderline a negated 054); the occupation -> nominal 192 IRQ/GOV -> KWT (the country as a whole, guideline: "
     "target of an invasion); 'the resort to force' not coded separately (borderline a nominal 190 IRQ/GOV -> KWT)"),
 5: ([("engaged in discussions", "040", "SYC/GOV", N, False, A, N, False)],
     "Seychelles (2013); 'we are actively engaged in discussions in our East African constituency' = consultations on "
     "its Security Council candidacy with the states of its constituency (an uncoded group) -> 040 (guideline: "
     "discuss/consult 040), target null (held-out 67 row 34: an uncoded class of states as target null; borderline "
     "not coded); 'we appreciate the opportunity to engage with all nations that wish to share their views' = an "
     "attitude towards prospective contacts with an uncoded collective, not coded (borderline 036 future, target "
     "null); 'has never served before' negates membership of the Council, not an event"),
 6: ([("armed aggression", "190", "RUS/GOV", "GEO", False, A, N, True),
      ("occupation", "192", "RUS/GOV", "GEO", False, A, N, True),
      ("ethnic cleansing", "203", "RUS/GOV", "GEO/CVL", False, A, N, True)],
     "Georgia (2008); 'each of us must refuse to stand silently by' = 'us' meaning all states (held-out 42/43: not "
     "coded) and 'not stand by' not coded (held-out 6); the events named are the August 2008 war: 'this armed "
     "aggression, occupation, ethnic cleansing and assault directed against a United Nations Member State' = event "
     "nouns whose agent is plain only from the text around it (held-out 48/49: coded; the document: 'the invasion of "
     "my country', 'the areas that Russia controlled', 'the illegal Russian build-up') -> RUS/GOV (the text names "
     "the state; borderline RUS/MIL), a UN Member State = Georgia -> bare GEO (guideline: target of an invasion); "
     "aggression 190, occupation 192 (guideline), ethnic cleansing 203 to the Georgian civilians (held-out: "
     "'ethnic cleansing' 203 to the victims' CVL; borderline GEO, or the South Ossetian militias as co-agents); "
     "'assault' is a repeated mention of the aggression, coded once (guideline); borderline not coded, 'this "
     "aggression' being an anaphoric event noun (guideline's first rule)"),
 7: ([], "Netherlands (2019): 'Never before has international cooperation been so urgent' = an evaluation of "
         "cooperation in general, no actor; 'never' bears on the urgency"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("make a strong call", "1011", "LSO/GOV", N, False, A, N, False)],
     "Lesotho (2015); 'We therefore make a strong call for the Doha Development Agenda to be concluded quickly' = a "
     "request (guideline: call for -> 10x) with no addressee named (the WTO membership, uncoded) -> target null "
     "(held-out 58 row 56: a call with a specific Y coded with target null; borderline not coded, held-out 52/53: "
     "calls with no addressee on general matters), Y = concluding the trade round -> demand economic cooperation "
     "1011 (held-out 43 row 30: a call for a financing partnership 1011; borderline 102 as a treaty's conclusion, or 106 "
     "negotiation); the stratum cue 'according to its mandate' is not attribution (guideline)"),
 9: ([], "Bolivia (2009): 'Listening to what many other Presidents said about the Security Council, I felt that there "
         "were many points of agreement' = statements (01x) of uncoded speakers and the speaker's impression; not "
         "coded"),
 10: ([("urge", "100", "GUY/GOV", N, False, A, N, False),
       ("call upon", "1031", "GUY/GOV", N, False, A, N, False)],
      "Guyana (2019); 'We should therefore urge greater collaboration among Member States to devise strategies to "
      "achieve quality education for all' = a hortative request of the speaker (held-out 32/33: hortative 'we must "
      "support the call for' is the speaker's own request, asserted) to uncoded Member States -> target null, Y = "
      "collaboration on strategies -> generic 100 (borderline 101/102; held-out 51 row 42: a partnership of "
      "cooperation 100); borderline not coded, 'we' possibly meaning all leaders (held-out 42/43); 'we simultaneously call upon "
      "developed countries, traditional and emerging donors and international financing mechanisms to increase "
      "funding for education and to support programmes' = a request to uncoded collectives -> target null, Y = more "
      "funding -> demand economic aid 1031; Y not coded separately (guideline)"),
 11: ([], "Dominican Republic (2019): the effects of climate change 'threaten the very existence of our countries' = a "
          "figurative threat (guideline), no actor; 'It should be noted' is the speaker's own statement"),
 # --- UNGDC 1990-2019 random: future
 12: ([("reconciles", "080", "ARM/GOV", "AZE/GOV", False, H, N, False)],
      "Azerbaijan (2015); 'The sooner Armenia reconciles with this reality' = Armenia's accepting that the military "
      "occupation will not produce the outcome it desires (preceding sentence), i.e. yielding to Azerbaijan's "
      "position -> 080 yield (borderline not coded as a change of mind, or 037), a conditional comparative -> "
      "hypothetical; the counterpart -> AZE/GOV; 'the conflict will be resolved' is an agentless outcome, and 'will "
      "benefit from the prospects of cooperation' an expected effect for uncoded 'countries and peoples', not coded "
      "(borderline a hypothetical 037 between ARM/GOV and AZE/GOV)"),
 13: ([("will need the cooperation", "061", N, "SLB/GOV", False, D, N, False)],
      "Solomon Islands (2000); 'Solomon Islands will need the cooperation of its development partners to rebuild the "
      "economy' = a statement of need -> demanded, with the uncoded development partners as source -> null, to the "
      "speaker's government (held-out 46/47: statements of need are demanded aid with no source to the speaker's "
      "government; held-out 42/43) -> economic cooperation 061 (borderline 071 economic aid, the partners being "
      "donors; borderline future); Australia and New Zealand, named in the preceding sentence for their logistical "
      "support, are not the referent of 'development partners' alone, so not split out"),
 14: ([("resume bilateral talks", "036", "PAK/GOV", "IND/GOV", False, F, N, False),
       ("would welcome", "051", "PAK/GOV", "IND/CVL", False, H, N, False)],
      "Pakistan (1999); 'we will, hopefully, soon resume bilateral talks with India' = a future negotiation -> 036 "
      "future (guideline: future cooperative acts get 03x, 036 for meetings and negotiations), 'hopefully' a hedge; "
      "'Pakistan would welcome the association of the genuine representatives of the Kashmiri people with the "
      "negotiating process' = a conditional welcome of a hoped-for step -> 051 hypothetical (held-out 32/33: a "
      "conditional welcome of hoped-for steps 051 hypothetical), the Kashmiri representatives -> IND/CVL (earlier "
      "sets: the Kashmiri people IND/CVL; borderline IND/OPP for the Hurriyat leaders); borderline a request "
      "1055 PAK/GOV -> IND/GOV that India allow their involvement; the solution consistent with the Council's "
      "resolutions is the purpose"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Montenegro (2014): poverty eradication 'must be the overarching objective' of the post-2015 agenda = an "
          "abstract deontic about a development agenda, no actor"),
 16: ([("we urge", "100", "JAM/GOV", "org:UN", False, A, N, False)],
      "Jamaica (2010); 'we urge the United Nations to approach this troubling issue with the urgency that it "
      "deserves' = a request (guideline: urge -> 10x) -> org:UN, Y = treating the illicit small-arms trade with "
      "urgency, no specific behaviour -> generic 100 (borderline 102 for the arms trade treaty); 'Those efforts would "
      "be strengthened by the conclusion of a legally binding instrument' = an agentless hypothetical conclusion of a "
      "multilateral treaty with no named party, not coded"),
 17: ([("atrocities", "180", N, "IRQ", False, A, N, True)],
      "Kuwait (2019); 'our brother country of Iraq, which suffered the most from Da'esh's atrocities' = violence by a "
      "terrorist group with no code (held-out: ISIL/ISIS have no code) -> source null, nominal 180 (guideline: "
      "unspecified violence by non-state armed groups 180; held-out 54-61: an agentless terrorist attack 180 with no "
      "source per victim country), the country as a whole -> bare IRQ; 'such efforts had a concrete impact on "
      "eliminating the terrorist group' = the international community's counter-terrorism efforts against an "
      "uncoded group, null-null, not coded (borderline 190 IRQ/GOV -> null from the following sentence's 'in "
      "cooperation with the Iraqi Government'); 'we should consider the experience' is not an act"),
 18: ([], "China (2006): 'Members of the World Trade Organization should demonstrate political will, speedily resume "
          "the Doha development round' = a deontic whose subject is the whole WTO membership (an uncoded collective, "
          "held-out 43 row 33, 70 row 45: the Doha Round's parties an uncoded collective), the negotiations with no "
          "named counterpart, null-null, not coded (borderline a demanded 046 null -> null, or org:WTO)"),
 19: ([], "New Zealand (2000): 'The crushing ... debt burden, especially on the countries of Africa, must be urgently "
          "reduced' = an agentless deontic for debt relief to an uncoded class of countries, null-null, not coded "
          "(borderline a demanded 071 null -> null)"),
 20: ([("calls upon the two parties", "1056", "OMN/GOV", "CYP/GOV", False, A, N, False)],
      "Oman (1990); 'The Sultanate of Oman calls upon the two parties to exercise self-restraint and to pursue their "
      "dialogue in a spirit of conciliation' = a request (guideline: call on -> 10x); 'the two parties' = the two "
      "Cypriot communities of the same sentence and the preceding one (the intercommunal talks under the "
      "Secretary-General) -> the Greek Cypriot-led Government CYP/GOV, the Turkish-Cypriot leadership has no code "
      "and is dropped (held-out 4: 'Ankara and the Turkish-Cypriot leadership' coded for Ankara only); Y = self-"
      "restraint -> de-escalation 1056 (held-out 9: a request with several demands takes the most specific sub-code; "
      "borderline 106 for pursuing the dialogue, or 107); 'their dialogue' is Y, not coded separately (borderline a "
      "nominal 040 CYP/GOV -> null)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("Israel-Palestine conflict", "190", "ISR/GOV", "PSE/GOV", False, A, N, True),
       ("we welcome", "051", "COG/GOV", "ISR/GOV", False, A, N, False),
       ("we welcome", "051", "COG/GOV", "PSE/GOV", False, A, N, False)],
      "Congo (2005); 'notwithstanding the persistence of the Israel-Palestine conflict' = a conflict noun naming its "
      "parties -> nominal 190 from the first-named (held-out 65 row 47: 'the Pakistani-Indian conflict' a nominal 190 "
      "from the first-named; borderline not coded as a long-standing situation, or bare PSE); 'we welcome and "
      "encourage the efforts made ... by the Prime Minister of Israel, Mr. Ariel Sharon, and the President of the "
      "Palestinian Authority, Mr. Mahmoud Abbas' = a welcome (guideline: 051), one per named party (guideline: "
      "compound split), 'welcome and encourage' one act; the efforts themselves (2005: Sharm el-Sheikh, the Gaza "
      "disengagement) are too vague to code (borderline 037 between ISR/GOV and PSE/GOV for 'a common desire to "
      "bring about a fair and lasting solution')"),
 22: ([("rejected", "120", "org:UNSC", N, False, A, N, False)],
      "The former Yugoslav Republic of Macedonia (2001); the sentence starts at 'Framework Agreement' after a "
      "splitter cut: its subject is 'resolution 1371 (2001)' adopted by the Council (preceding text), an inanimate "
      "resolution standing for the Council (held-out 62-73; held-out 44/45: a subject cut off by the splitter is "
      "taken from the context) -> org:UNSC; 'rejected the use of violence in pursuit of political goals' -> 120 "
      "(borderline 111), the violence's agent unnamed in the sentence -> target null (held-out 46/47: 'We utterly "
      "reject attacks' by unnamed agents 120 with no target; borderline MKD/REB for the ethnic Albanian armed "
      "groups); the support for the Framework Agreement's implementation lies before the cut, not coded"),
 23: ([("extended", "192", "ISR/GOV", "PSE", False, A, N, False)],
      "Indonesia (1998); 'it' = Israel (preceding sentence); 'has arbitrarily extended the administrative powers of "
      "the occupying authorities in Jerusalem beyond the city's borders in a bid to consolidate Israel's hold on "
      "East Jerusalem and the West Bank' = the 1998 'Greater Jerusalem' extension of municipal jurisdiction into the "
      "West Bank, a de facto annexation -> occupy territory 192 (held-out 28/29: an annexation of land a 192 to the "
      "country it belongs to; borderline 1712 altering an occupied area, or 170), the occupied Palestinian "
      "territory -> bare PSE; 'the occupying authorities' is an adjective and 'Israel's hold' the same occupation, "
      "not coded separately (borderline a nominal 192); 'entrench Jerusalem as its capital' is the purpose"),
 24: ([], "Chile (2000): 'we propose that in specific cases ... concerted multilateral action be taken to provide "
          "rapid assistance to those who are suffering' = a doctrinal position on humanitarian intervention, an "
          "agentless passive with no addressee and an uncoded class of beneficiaries (guideline: abstract policy "
          "positions not coded); borderline a 1033 CHL/GOV -> null as a proposal"),
 25: ([("disappeared", "181", "YEM/REB", "YEM/CVL", False, A, N, False),
       ("were killed", "202", "YEM/REB", "YEM/CVL", False, A, N, False)],
      "Yemen (2015); 'Political leaders and thousands of citizens either disappeared or were killed' = agentless, "
      "the agent taken from the text before (held-out 52/53 and 62-73: an agentless 'were killed' takes its agent "
      "from the sentence before): the coup 'the Houthis and Saleh staged' (held-out: the Houthi/Saleh militias' "
      "coalition -> YEM/REB; guideline: Houthis YEM/REB; borderline a separate YEM/OPP event for Saleh's forces); "
      "enforced disappearance -> abduct 181 (held-out: forced disappearance 181; an agentless 'was kidnapped' 181); "
      "thousands killed -> mass killing 202 (guideline: killings of many civilians 202; borderline 1823 for the "
      "individual leaders); victims: the citizens and the unnamed political leaders -> YEM/CVL, coded once per "
      "code (borderline YEM/GOV or YEM/OPP for the leaders); the disjunction 'either ... or' gives both acts"),
 26: ([("welcome", "051", "MLT/GOV", "CYP/GOV", False, H, N, False)],
      "Malta (2003); 'Malta would welcome in May next year the integration of a reunited Cyprus into the folds of "
      "the European Union' = a conditional welcome of a hoped-for step (reunification before accession) -> 051 "
      "hypothetical (held-out 32/33), to Cyprus -> CYP/GOV (borderline org:EU as the admitting body, or bare CYP); the "
      "accession itself is a membership act (held-out 54-61: admissions and membership positions uncoded), not coded"),
 27: ([("mobilization", "141", "PRY/CVL", N, False, A, N, True),
       ("mobilization", "141", "PRY/LEG", N, False, A, N, True),
       ("mobilization", "141", "PRY/LAB", N, False, A, N, True)],
      "Paraguay (1999); 'a rapid, broad and heroic mobilization of the citizenry, in particular the members of "
      "Parliament, youth, workers and peasants' = the street mobilization of the March 1999 crisis -> a nominal "
      "demonstration 141 (held-out 38/39: food-price demonstrations a nominal 141; borderline 1411 for the "
      "leadership change it brought), one per coded sector (held-out 20/21: one event per sector): the citizenry, "
      "youth and peasants PRY/CVL, members of Parliament PRY/LEG, workers PRY/LAB (held-out 18/19: LAB sector); "
      "'an attempt to foment a constitutional collapse' and 'this attack on democracy' have no named agent in the "
      "sentence or the document (Oviedo and Cubas are never named) -> target null, and are not coded themselves; "
      "'provided support for the resistance' is the same mobilization's support for its own resistance, not coded "
      "separately"),
 28: ([], "Russian Federation (2009): 'Donor assistance to countries in need cannot be postponed' = a deontic about aid "
          "from uncoded donors to an uncoded class of countries, null-null, not coded (borderline a demanded 070 "
          "null -> null)"),
 29: ([("commend", "051", "MRT/GOV", "org:UN", False, A, N, False)],
      "Mauritania (2017); 'I would also like to greatly commend the tireless and noble efforts of ... the Secretary-"
      "General, Mr. António Guterres' -> 051 (guideline: commend 051), the Secretary-General -> org:UN (held-out 66 "
      "row 35), 'would like to' performative -> asserted"),
 30: ([("we request support", "102", "KAZ/GOV", N, False, A, N, False)],
      "Kazakhstan (2008); 'we request support for the draft resolutions to be submitted at the sixty-third session "
      "... concerning the problems of the Semipalatinsk region and granting the International Fund to Save the Aral "
      "Sea observer status' = a request for votes -> demand policy support 102, the addressees the Member States "
      "(uncoded) -> target null (borderline org:UNGA); 'Calling for continued active international cooperation' = a "
      "call with no addressee, part of the same request, not coded separately (borderline a second 100 with target "
      "null); the observer status is the content of a draft resolution, not coded (membership positions uncoded)"),
 31: ([], "Slovenia (2006): 'the clash of our common and global civilization against illegitimate radical groups' = a "
          "figurative clash between an abstraction and uncoded groups; 'strive for power by means of terror' is the "
          "uncoded groups' behaviour with no named target; not coded"),
 32: ([("we signed a peace accord", "057", "TCD/GOV", "SDN/GOV", False, A, N, False),
       ("established a joint force", "062", "TCD/GOV", "SDN/GOV", False, A, N, False)],
      "Chad (2013); 'Turning to the Sudan ... we signed a peace accord on 15 January 2010' = the Chad-Sudan "
      "normalization agreement -> 057 (guideline: agreements concluded 057), symmetric, from the document's own "
      "government (guideline); 'and established a joint force that has allowed us to stabilize our common borders' "
      "= the joint Chad-Sudan border force -> military cooperation 062 (held-out 18/19: security cooperation 062); "
      "stabilizing the borders is the effect"),
 33: ([], "Sweden (1991): 'At the historic CSCE summit meeting in Paris ... all the participating States undertook to "
          "build, consolidate and strengthen democracy as the only system of government of their nations' = a "
          "commitment of all participating States (an uncoded collective including the speaker's, held-out 42/43: "
          "'we' meaning all states) to domestic democracy, no counterpart; the summit meeting is a meeting of the same "
          "collective (borderline 057 with no target for the Charter of Paris, or 030 to org:OSCE)"),
 34: ([("called for", "102", "KAZ/GOV", "org:OSCE", False, A, N, False),
       ("called for", "102", "KAZ/GOV", "org:CICA", False, A, N, False)],
      "Kazakhstan (2011); 'Kazakhstan has also called for the establishment of a single platform for cooperative "
      "Eurasian security by combining the capabilities of the OSCE and CICA' = a request (guideline: call for -> "
      "10x) whose Y is cooperation between the two organisations -> demand diplomatic cooperation 102, one per "
      "organisation (guideline: compound split) (borderline 1044 institutional change with target null, as "
      "held-out 9's call for Council seats); new organisation code org:CICA (the Conference on Interaction and "
      "Confidence-Building Measures in Asia, named in the document); borderline not coded as an abstract "
      "architecture position"),
 35: ([("in support of", "051", "MEX/GOV", "org:UN", False, A, N, False),
       ("his call", "1033", "org:UN", N, False, A, N, True)],
      "Mexico (2000); 'the women Secretaries and Ministers for Foreign Affairs of 13 countries sent a letter to the "
      "Secretary-General in support of his call' = a group without a code, coded for the one member the document "
      "names (held-out 44/45; the following sentence: 'the appeal of our 13 nations') -> Mexico's Foreign Secretary "
      "MEX/GOV; sending the letter is a statement (01x, not coded; held-out 66 row 31 left the same letter uncoded "
      "in the US speech, where no support verb was present), the support -> 051 to org:UN (borderline not coded as "
      "part of the letter); 'his call to stop and reverse the spread of AIDS by 2015 and to provide special "
      "assistance to children orphaned' = the Secretary-General's call, a nominal request of its author (held-out "
      "14/15: the echoed call a nominal request of its author) -> demand humanitarian aid 1033, no addressee -> target "
      "null (borderline not coded, held-out 52/53: urging with no addressee)"),
 36: ([], "Somalia (2000): 'This led to the general agreement on the adoption of a Transitional Charter' = an agreement "
          "among the clan delegates of the Arta conference (uncoded participants), null-null, not coded (borderline a "
          "nominal 057 SOM/CVL among themselves)"),
 37: ([("host", "036", "KEN/GOV", N, False, F, N, False)],
      "Kenya (2004); 'Kenya has been given the honour to host the First Review Conference of the ... Ottawa "
      "Convention' = the Nairobi Summit of 29 November-3 December 2004 (following text), after the speech -> future "
      "hosting -> 036 future (guideline: future cooperative acts, host included; held-out 67 row 15: 'will host' "
      "UNCTAD IX 036 future), the States Parties' conference has no code -> target null (held-out 28/29: "
      "conferences hosted with no target); 'has been given the honour' = the States Parties' decision, an agentless "
      "passive, not coded (borderline asserted, the designation being realised)"),
 38: ([("determined to", "033", "POL/GOV", N, False, A, N, False)],
      "Poland (1996); 'Poland is determined to become much more involved than heretofore in assisting the developing "
      "countries and those in transition' = an intent stated as a fact -> 03x asserted (held-out 46/47: commitments "
      "stated as facts asserted 03x), to aid -> 033 (borderline 0331 economic aid), the beneficiaries uncoded "
      "classes -> target null; 'than heretofore' presupposes past assistance, not coded separately; 'As an OECD "
      "member' is a status"),
 39: ([("offer advice", "070", "org:EU", N, False, A, N, False),
       ("help train", "070", "org:EU", N, False, A, N, False),
       ("support journalists", "070", "org:EU", N, False, A, N, False)],
      "European Union (Van Rompuy, 2012); 'For our part, across the region we offer advice to entrepreneurs and "
      "officials, help train judges and police and support journalists and civil society groups' = the EU's "
      "assistance to the Arab Spring countries (the region of the preceding paragraphs) -> aid 070 for each of the "
      "three verbs (borderline one 070, held-out 20/21: one aid noun covering several kinds is one 070; borderline "
      "051 for 'support journalists'), the speaker's 'we' -> org:EU; the recipients' countries are not named in the "
      "sentence (Tunisia, Libya and Egypt appear a paragraph earlier among 'other countries') -> target null "
      "(borderline TUN, LBY, EGY per sector)"),
 40: ([], "Lebanon (2017): 'Lebanon can be an oasis where the world can meet and engage in dialogue' = a self-"
          "description of a potential role (the proposed academy for dialogue), with the world as an uncoded "
          "collective; not coded (borderline a hypothetical 036 LBN/GOV with target null, held-out 52/53: 'offered to "
          "host' 036)"),
 41: ([], "Uganda (2010): 'Aid in relevant sectors is welcome, but even without aid we are moving forward' = a general "
          "statement about aid from unnamed partners (the preceding sentence's 'our partners', uncoded), no aid act "
          "asserted (held-out 32/33: hopes about others' aid are optative, not coded); borderline a nominal "
          "hypothetical 070 null -> UGA/GOV (held-out 52/53: hoped-for support from uncoded parties a nominal future "
          "070)"),
 42: ([], "Croatia (2012): 'Prevention is also indispensable for countering other threats' = an evaluation; threats as "
          "risks (guideline), no actor"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Belarus (2013): 'We witnessed immense interest in that event' = interest in the regional conference Belarus "
          "held in May (the hosting lies in the preceding sentence), no act"),
 44: ([], "Norway (2011): 'Promoting and strengthening human rights and gender equality are a common responsibility' = "
          "an abstract norm, no actor"),
 45: ([], "Bulgaria (2000): 'Disarmament issues continue to play an important role' = an evaluation, no actor"),
 46: ([], "Bosnia and Herzegovina (2012): a fragment cut by the splitter, 'The road to peace does not include ignoring "
          "United' [Nations resolutions]; an agentless gerund in a norm, its agent (Israel) only in the preceding "
          "sentence; not coded (borderline a nominal 128 ISR/GOV -> org:UN)"),
 47: ([], "Georgia (2017): 'Georgia is all of those things, because Georgia is its citizens' = a description, no act"),
 48: ([("joined", "057", "BDI/GOV", "org:EAC", False, A, N, False)],
      "Burundi (2008); 'We recall that Burundi joined the East African' = a fragment cut by the splitter; the "
      "following text completes the object as 'Community (EAC) in July 2007' (held-out 44/45: a part cut off by the "
      "splitter is taken from the context) -> accession to a regional organisation by treaty -> 057 (held-out "
      "48/49: joining the NPT 057) to the organisation; new organisation code org:EAC; borderline not coded as a "
      "membership act (held-out 54-61: UN admissions uncoded), or 050; 'We recall' is the speaker's own statement"),
 49: ([], "Guatemala (2000): a fragment cut by the splitter, 'Likewise, we trust that a prompt solution to the' = an "
          "optative hope, no act"),
 50: ([], "Estonia (2013): 'women and girls are the main drivers of development' = a description, no act"),
 51: ([], "Tunisia (2003): a fragment cut by the splitter, 'In line with the comprehensive character of the'; the "
          "President's call lies after the cut; no event"),
 52: ([], "Oman (2004): 'We share the interest shown by many countries in the situation in the Middle East' = an "
          "attitude shared with an uncoded collective, no act"),
 53: ([], "Maldives (2011): 'it is happening in countries with predominantly Muslim populations' = 'it' = the "
          "liberation movement of the preceding sentence (the pro-democracy uprisings), a description with no named "
          "country or actor; not coded (borderline a nominal 141 with no source)"),
 54: ([], "United States (Bush, 2006): 'I believe that peace can be achieved and that a democratic Palestinian State is "
          "possible' = a belief, no act"),
 55: ([], "Malaysia (Mahathir, 1993): 'It is not the world of the immediate post-Second-World-War period that we have "
          "today' = a description, no act"),
 56: ([("pressure", "170", N, "ZAF/GOV", False, A, N, True),
       ("enacted legislation", "081", "ZAF/GOV", "ZAF/CVL", False, A, N, False)],
      "Sierra Leone (1991); 'As a result of sustained internal and international pressure' = a nominal coercion of "
      "the South African Government (held-out 22/23: a 'pressure campaign' a nominal 170), its agents unnamed (the "
      "international community and the internal opposition) -> source null, one event (borderline a second 170 "
      "from ZAF/CVL for the internal pressure); 'the present South African Administration has enacted legislation to "
      "remove certain obnoxious laws from the statute books' = the 1991 repeal of apartheid laws (Land Acts, Group "
      "Areas Act, Population Registration Act) -> ease administrative sanctions 081 (borderline 0833 acceding to "
      "demands for rights, given 'as a result of ... pressure'), to the population subject to them -> ZAF/CVL"),
}
