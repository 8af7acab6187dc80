"""Hand annotations for the EIGHTY-SECOND held-out event gold set (source of events-heldout82.jsonl).

Keyed by the row index of selection-heldout82.jsonl (output of select_bulk_heldout.py 82; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout82.jsonl \
        --annotations annotations_heldout82 --output events-heldout82.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("criticisms", "111", N, "org:UN", False, A, N, True)],
     "Belize (2018); 'the criticisms and attacks are being unleashed' against the United Nations, whose 'core values "
     "are under sustained attack' and whose organs 'are being derided' (preceding sentence) -> realised verbal "
     "disapproval (guideline: criticise 111), the critics unnamed (agentless passive 'are being unleashed') -> source "
     "null (held-out 42/43: 'fallacious allegations' by 'certain quarters' a nominal 112 with no source), the target "
     "from the context -> org:UN, nominal (borderline not coded, as an event noun whose agent is not in the "
     "sentence); 'attacks' is figurative (guideline: 'attack on sovereignty'), not coded; 'nations ... buffeted by "
     "catastrophic occurrences' has no actor; 'Paradoxically' is a factive frame -> asserted"),
 1: ([("criticizing", "111", N, "org:UN", False, A, N, False),
      ("do not honour their", "070", N, "org:UN", True, A, N, False)],
     "Denmark (1995); 'It is a paradox that those criticizing the United Nations for a lack of efficiency are often "
     "those who do not honour their financial obligations' = a factive frame, so both facts are asserted (guideline: "
     "'Isn't it problematic that ...'); criticising -> 111 (guideline), 'those' an uncoded group of Member States -> "
     "source null, to org:UN; not paying their assessed contributions ('paying all outstanding contributions', "
     "preceding sentence) -> plain negation of the financial contribution -> negated 070 null -> org:UN (held-out "
     "56 row 47: 'Spain ... pays promptly and in full its assessed contributions' 070 to org:UN; borderline not coded, as "
     "a membership obligation, guideline: 'comply with obligations' not codable); trigger 'do not honour their' "
     "because 'financial obligations' lies after a line break"),
 2: ([("condemnation", "111", "org:UN", N, True, A, N, True)],
     "Cape Verde (1990); 'those blatant and consistent patterns of disregard for the Charter's principles have not "
     "met with strong and vigorous condemnation and action by the United Nations' = a condemnation noun with its "
     "agent ('by the United Nations'), plainly negated -> negated nominal 111 org:UN (held-out 40/41: a body 'silent "
     "on repression' a negated 111 to each regime named); the violators of the preceding sentences (sovereignty "
     "violated in Angola and Mozambique, occupation and annexation in the Middle East, East Timor) are not named in "
     "the document -> target null (borderline ISR/GOV, IDN/GOV and ZAF/GOV, one event each); 'action' names no "
     "specific behaviour, not coded (borderline a negated 163 org:UN); 'patterns of disregard' is a description, "
     "not an event"),
 3: ([], "Grenada (1990): poverty relief and development 'will not be realised if ... we experience environmental "
         "dis-benefits'; global warming, pollution, destruction of ecosystems and the dumping of toxic waste are "
         "agentless, 'a real threat to human life' a risk (guideline: figurative 'threat'); 'will not be realised' "
         "bears on an outcome, not an event; not coded"),
 4: ([("support", "070", N, "TCD/COP", True, A, N, True)],
     "Chad (2012); 'That support has not yet been forthcoming' = the 'logistical financial support' that the joint "
     "support programme for the DIS signed in February 2011 was to mobilise (preceding sentence) -> unfulfilled aid "
     "whose content is named takes the content's code, negated (held-out 32/33: unfulfilled pledges whose content is named take the content's code, negated; "
     "guideline: 'has yet to fulfill' negated) -> negated nominal 070 (one aid noun covering several kinds, "
     "held-out 20/21; borderline 071 economic aid); the donors are not named -> source null (borderline org:UN, "
     "MINURCAT's successor arrangement); the DIS is 'a special national Chadian force' of police and gendarmes "
     "(preceding text) -> TCD/COP (held-out 78 row 14: support for civilian policing to AFG/COP; borderline TCD/GOV); "
     "'Chad has been bearing the cost of the unit alone' is a domestic expense, not coded"),
 5: ([("we welcome", "051", "SWE/GOV", "org:UNGA", False, A, N, False),
      ("investigating", "090", "org:UNGA", N, False, A, N, False)],
     "Sweden (2015); 'we welcome the new resolution 69/246' = a welcome (guideline 051) of a General Assembly "
     "resolution -> org:UNGA (held-out 38/39: welcoming a General Assembly decision 051 to org:UNGA); 'investigating "
     "his death' = the resolution's inquiry into Dag Hammarskjöld's death in the 1961 crash, an inanimate resolution "
     "standing for the body that adopted it (held-out 62-73) -> 090 investigate, the culprits (if any) unknown -> "
     "target null (borderline not coded, as the content of the welcomed resolution; borderline 094 war crimes); "
     "'We will never forget Dag Hammarskjöld's life' is a sentiment, not coded; 'we need to ensure that his idea "
     "... lives on' has no codable Y"),
 6: ([], "Poland (2008): 'without solidarity, responsibility and enhanced mutual cooperation, developing countries "
         "will not be able to fulfil their commitments regarding reductions in greenhouse gas emissions' = a "
         "conditional about uncoded collectives (developing countries, the unnamed partners of 'cooperation'), acts "
         "between uncoded collectives left uncoded (held-out 54-61); 'will not be able to fulfil' bears on climate "
         "commitments, not a codable behaviour (guideline: 'comply with obligations'); not coded"),
 7: ([("we call on the countries", "102", "ALB/GOV", N, False, A, N, False),
      ("have not yet recognized Kosovo", "054", N, "XKX", True, A, N, False)],
     "Albania (2014); 'we call on the countries that have not yet recognized Kosovo to do so' = one asserted REQUEST "
     "(guideline: call on -> 10x) whose Y is diplomatic recognition -> demand policy support 102 (held-out 79 row 3: "
     "a call to join a treaty 102), addressed to an uncoded class of countries, none named -> target null; the "
     "relative clause = the countries' non-recognition, a realised non-event (held-out 38/39: countries that have "
     "not recognized Palestine a negated 054 with no source; held-out 18/19: a demand and the denial of the same act "
     "are two events) -> negated 054 null -> XKX (guideline: Kosovo -> XKX; borderline XKX/GOV); 'to do so' is the "
     "request's Y, not coded separately (guideline); 'they would ... help the people of Kosovo ... and contribute to "
     "peace' is a hypothetical consequence, figurative, not coded"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Kiribati (2019): 'we need a stronger global political alignment ... to ensure that support and assistance are "
         "delivered to those who matter the most' = 'we' meaning all states (held-out 42/43: not coded), the support "
         "agentless and its recipients unnamed; the session's theme is 'a reminder', no act; not coded (borderline a "
         "demanded 070 with no source or target)"),
 9: ([], "Uruguay (2006): 'the President of our country said that the commitment of Uruguay to the United Nations "
         "Organization is both demanding and hopeful' = the speaker's own government's past statement (guideline: "
         "reported_by null) about a commitment to the UN, an abstract position (held-out 79 row 48: 'firm commitment "
         "to the Charter' not coded); 'demanding' is an adjective, not a request; not coded (borderline 030 URY/GOV "
         "-> org:UN)"),
 10: ([], "Nepal (1997): 'it is conventional weapons that have killed the most people throughout history' = an "
          "agentless historical generalisation, no actor and no named victim; 'it is to be noted' is the speaker's own "
          "remark, not attribution; not coded"),
 11: ([], "Saint Vincent and the Grenadines (2001): 'It is impossible to think of more deserving recipients of this "
          "award [the 2001 Nobel Peace Prize] as this coalition of nations and our beloved Secretary-General strive "
          "to ensure that the Organization fulfils its mandate' = an evaluation of the laureates; the award's giver "
          "(the Norwegian Nobel Committee) is not in the sentence, and 'strive to ensure' names no codable behaviour; "
          "the congratulations lie in the preceding sentence; not coded (borderline 051 VCT/GOV -> org:UN)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("cooperate and coordinate", "030", "KWT/GOV", "BGD/GOV", False, F, N, False),
       ("cooperate and coordinate", "030", "KWT/GOV", "MMR/GOV", False, F, N, False)],
      "Kuwait (2018); 'We will pursue our efforts, as a member of the Security Council, to cooperate and coordinate "
      "with all parties concerned in order to guarantee the safe, voluntary and dignified return of the [Rohingya] "
      "refugees' = a future cooperative act -> intent code 030 future (guideline: future cooperative acts get 03x "
      "with modality future); 'all parties concerned' = 'the authorities of the two countries', Bangladesh and "
      "Myanmar (preceding sentence) -> one event per party (guideline: missing participant from the context; "
      "borderline target null, 'all parties' including unnamed agencies); the speaker speaks for Kuwait as a Council "
      "member -> KWT/GOV (borderline org:UNSC); the return of refugees and holding accountable 'all those "
      "responsible for crimes' are the purposes of the cooperation, not coded separately (borderline a future 1121 "
      "with no source to MMR/MIL)"),
 13: ([("appeal to them", "107", "NGA/GOV", N, False, A, N, False)],
      "Nigeria (1991); 'We therefore appeal to them to spare no effort in order to arrive at a just and durable "
      "solution' = one asserted REQUEST (guideline: appeal -> 10x) whose Y is a settlement of the Middle East conflict "
      "-> demand settling of dispute 107 (held-out 54-61: advocacy of a settlement 107); 'them' = 'all parties to the "
      "conflict' (preceding sentence), none of whom the document names -> target null (held-out 79 row 17: 'we urge "
      "the parties to the conflict' target null; borderline ISR/GOV and the Arab parties to the Madrid conference); "
      "the solution's 'peaceful coexistence' is Y, not coded separately"),
 14: ([("intends to expand", "030", "ARM/GOV", "org:UN", False, F, N, False),
       ("intends to expand", "030", "ARM/GOV", "org:OSCE", False, F, N, False),
       ("intends to expand", "030", "ARM/GOV", "org:COE", False, F, N, False),
       ("intends to expand", "030", "ARM/GOV", "org:BSEC", False, F, N, False),
       ("intends to expand", "030", "ARM/GOV", "org:CIS", False, F, N, False)],
      "Armenia (2000); 'Armenia intends to expand its cooperation within those organizations' = 'intends to' + a "
      "cooperative act -> 030 future (guideline: will / plans to / intends to; future cooperative acts get 03x); "
      "'those organizations' = the United Nations and the organisations listed in the preceding sentence -> one event "
      "per organisation (guideline: compound split): org:UN, org:OSCE, org:COE (the Council of Europe), and the Black "
      "Sea Economic Cooperation and the Commonwealth of Independent States -> new organisation codes org:BSEC and "
      "org:CIS (borderline: those two dropped as groups without a code, as the Quint); 'more actively to "
      "participate in various regional institutions' = unnamed institutions, the same intent, not coded separately "
      "(borderline 036 future with no target)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Colombia (2013): 'we must recognize that that war has not been won' = the 'war on drugs', a figurative war "
          "against a phenomenon (guideline: figurative uses), no actor pair; 'has not been won' bears on an outcome, "
          "not an event; 'we must recognize' is the speaker's own acknowledgement; not coded"),
 16: ([], "Costa Rica (2016): 'Our planet needs our care, and this care must be all-encompassing' = a figurative norm "
          "about the environment, 'our' meaning all; no act between actors; not coded"),
 17: ([], "Turkmenistan (1995): a fragment cut by the splitter, 'In the making of plans for the development of its "
          "[the Caspian Sea's] resources account should be taken of those States'' [interests] = an agentless deontic "
          "whose Y (taking account of interests) is not a codable behaviour (guideline); the demand for consent and "
          "against unilateral decisions lies after the cut (held-out 62-73: fragments whose act lies outside the "
          "sentence); not coded"),
 18: ([], "Slovakia (2007): 'The Assembly should also create mechanisms that would allow for the monitoring of the "
          "implementation of its decisions' = a UN reform position (held-out 54-61: reform positions left uncoded); "
          "creating internal mechanisms is no act toward another actor; not coded"),
 19: ([], "Chile (2001): 'The great coalition assembled to combat terrorism must also promote cooperation among "
          "Governments' = a deontic about an uncoded coalition (the post-11 September coalition, whose members the "
          "document does not name) and unnamed Governments (held-out 54-61: acts between uncoded collectives left "
          "uncoded); not coded (borderline a demanded 050 with no source or target; borderline USA/GOV, as a "
          "coalition 'led by the United States', held-out 46/47, which the text does not say)"),
 20: ([], "China (2016): 'double standards should not be applied, nor should terrorism be linked with particular "
          "countries, races or religions' = agentless norms for all states; applying double standards and linking "
          "terrorism to countries are no CAMEO behaviours toward a named actor; not coded (borderline a negated, "
          "demanded 112 with no source or target)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("negotiated", "036", "LKA/GOV", "LKA/REB", False, A, N, True)],
      "Sri Lanka (2007); 'Our goal remains a negotiated and honourable end to this unfortunate conflict' = a "
      "willingness to negotiate stated as a fact -> 036 asserted (held-out 79 row 27: 'efforts to put an end to the "
      "tensions ... through dialogue and negotiations' 036 asserted, nominal), nominal (a participle adjective, not "
      "a verb); the counterpart = the 'terrorists' of the preceding sentence, the LTTE -> LKA/REB (held-out 34/35: "
      "unnamed outlaw groups the country's REB); 'this unfortunate conflict' is an event noun whose parties are not "
      "named in the sentence, not coded separately (borderline a nominal 190 LKA/GOV -> LKA/REB); borderline: a goal, "
      "optative, not coded"),
 22: ([("we are encouraged by", "051", "NZL/GOV", "org:UNGA", False, A, N, False)],
      "New Zealand (2005); 'we are encouraged by the many significant advances' of the 2005 World Summit Outcome, "
      "resolution 60/1 (preceding text) -> 'we are encouraged by' is 051 (held-out 62-73), to the General Assembly "
      "that adopted it (held-out 38/39: welcoming a General Assembly decision 051 to org:UNGA); the advances listed "
      "(recognition of the need for aid, the establishment of the Peacebuilding Commission, a doubling of resources "
      "for the Office of the High Commissioner, the 'responsibility to protect') are agentless nouns and UN reform "
      "(held-out 54-61: reform positions left uncoded), not coded separately (borderline a nominal 070 for the "
      "doubling of resources)"),
 23: ([], "Barbados (2005): 'We are unwavering in our commitment to the precepts of multilateralism and to the belief "
          "that no other international institution is better suited ... than this Organization' = an abstract "
          "commitment and an evaluation of the UN (held-out 79 row 48: commitment to the Charter not coded); not "
          "coded (borderline 030 BRB/GOV -> org:UN)"),
 24: ([], "Estonia (1994): 'We observe similar attitudes in discussions about the enlargement of the North Atlantic "
          "Treaty Organization and the European Union' = talk of spheres of influence and 'the near abroad' "
          "(preceding sentence), i.e. Russian attitudes, which the sentence does not attribute; 'discussions' are "
          "agentless and the enlargement is not an act here; an observation, not a disapproval verb; not coded "
          "(borderline 110 EST/GOV -> RUS/GOV)"),
 25: ([("foster relations of friendship and cooperation", "030", "VNM/GOV", "KHM/GOV", False, A, N, False)],
      "Viet Nam (1997); 'We sincerely wish to tirelessly foster relations of friendship and cooperation with the "
      "Kingdom of Cambodia' = an intent to cooperate stated as a present fact -> 030 asserted (guideline: an "
      "explicit intent stated as a fact gives 03x asserted; held-out 79 row 26: 'a determination to further "
      "promote ... partnership' 030 asserted) -> KHM/GOV (borderline future, 'wish to' read as a plan; borderline "
      "not coded as optative, held-out 5)"),
 26: ([("I commend", "051", "GRD/GOV", "org:UNGA", False, A, N, False)],
      "Grenada (2016); 'I commend Mr. Lykketoft for so diligently charting the course towards transforming our "
      "world through the 2030 Agenda' = praise (guideline: commend 051) of the President of the General Assembly at "
      "its seventieth session, the outgoing President -> org:UNGA (held-out 62-73: tributes to a former President of "
      "the Assembly go to org:UNGA; borderline DNK/CVL, his country, as the former Secretary-General EGY/CVL of "
      "held-out 28/29, who was praised years later); 'charting the course' is figurative"),
 27: ([], "Guinea (1992): 'The Guinean Government warmly welcomes the admission of new Member States' = the UN's "
          "admission of members, no CAMEO act (held-out 26 row 40), and the new members are not named in the "
          "sentence or the document, so the welcome has no target (held-out 26 row 40: not coded where the "
          "document names none); 'confirming ... the universality of our Organization's principles' is an "
          "evaluation; not coded (borderline 051 GIN/GOV with target null)"),
 28: ([("welcome", "051", "SGP/GOV", "FSM/GOV", False, A, N, False),
       ("welcome", "051", "SGP/GOV", "MHL/GOV", False, A, N, False)],
      "Singapore (1991); 'I am also pleased to welcome the Federated States of Micronesia and the Republic of the "
      "Marshall Islands as United Nations Members' = a performative welcome -> 051 asserted, one event per state "
      "named (held-out 35 row 31: 'welcoming seven States as new Members' 051 per state; held-out 50 row 25: 'welcomes the "
      "admission of South Sudan' 051 to SSD/GOV) -> FSM/GOV and MHL/GOV; the admission itself is the UN's membership act, not coded"),
 29: ([("signed", "057", "USA/GOV", "SUN/GOV", False, A, N, False)],
      "United States (Bush, 1990); 'In June the United States and the Soviet Union signed a landmark agreement to "
      "halt production and destroy the vast majority of our stockpiles' = the June 1990 bilateral chemical weapons "
      "agreement -> agreements concluded 057 (guideline), a symmetric act coded once from the document's own "
      "government to the other (guideline) -> USA/GOV -> SUN/GOV (USSR -> SUN, the code of the speech's date); the "
      "halting of production and destruction of stockpiles are the agreement's content, not coded separately "
      "(borderline a future 0873-like disarmament act, which CAMEO codes only for forces)"),
 30: ([], "Croatia (2008): 'Such cooperation paves the way for long-standing security and prosperity in South-East "
          "Europe' = an evaluation of the 'active policy of cooperation' with Bosnia and Herzegovina and the region "
          "that Croatia 'stands ready' to pursue (preceding sentence); the cooperation is envisaged, not realised, "
          "and the sentence asserts only its effect; not coded (borderline a nominal 050 HRV/GOV -> BIH/GOV)"),
 31: ([], "Romania (2019): 'The belt of unresolved conflicts around the Black Sea ... remains a serious source of "
          "instability, hampering regional cooperation' = agentless conflicts whose parties are not named in the "
          "sentence (the preceding 'deliberate actions aimed at undermining security' has no named agent either); "
          "'hampering regional cooperation' is an effect of a situation; not coded"),
 32: ([], "Nauru (2000): 'Illegal, unreported and unregulated fishing is a threat to the economic development of "
          "coastal States' = unnamed fishers, 'threat' a risk (guideline), the coastal States an uncoded collective; "
          "not coded"),
 33: ([("announce the intention", "030", "MKD/GOV", N, False, A, N, False)],
      "The former Yugoslav Republic of Macedonia (2000); 'I take this opportunity to announce the intention of the "
      "Republic of Macedonia to sign in the very near future the two Optional Protocols to the Convention [on the "
      "Rights of the Child]' = an explicit intent stated as a fact (guideline: 03x asserted; held-out 44/45: 'would "
      "sign' a multilateral treaty 030 with no target) -> 030 asserted, the Protocols multilateral -> target null "
      "(borderline a 057 future, 'sign in the very near future', or org:UN, whose General Assembly adopted them)"),
 34: ([("signed", "057", "TTO/GOV", N, False, A, N, False)],
      "Trinidad and Tobago (2011); the sentence starts at 'Trinidad and Tobago was among those leaders who signed a "
      "declaration on advancing women's political participation' (the splitter cut after 'the Prime Minister of', so "
      "the subject is taken from the context, held-out 44/45) = Prime Minister Persad-Bissessar's signing at the "
      "colloquium she co-hosted -> 057 (guideline: agreements concluded) -> "
      "TTO/GOV; the other signatory leaders are unnamed -> target null (held-out 48/49: joining the NPT 057 "
      "with no target)"),
 35: ([("commend", "051", "UKR/GOV", N, False, A, N, False),
       ("supporting", "051", "org:UNGA", "UKR/GOV", False, A, N, False),
       ("condemning", "111", "org:UNGA", "RUS/GOV", False, A, N, False),
       ("annexation", "192", "RUS/GOV", "UKR", False, A, N, True)],
      "Ukraine (2014); 'Let me commend the efforts of United Nations Member States' = praise 051, 'let me' "
      "performative -> asserted, the Member States an uncoded collective -> target null (held-out 14/15: thanks to a "
      "group without a code target null); 'that overwhelmingly supported the resolution' = the vote adopting "
      "resolution 68/262, the same act as the resolution's own, coded once through the resolution (borderline a 051 "
      "null -> org:UNGA); 'the resolution supporting Ukraine's territorial integrity and condemning the illegal "
      "annexation' = an inanimate resolution standing for the body that adopted it (held-out 62-73) -> 051 "
      "org:UNGA -> UKR/GOV (borderline bare UKR) and 111 org:UNGA -> RUS/GOV; 'the illegal annexation of Crimea by "
      "the Russian Federation' = an event noun with its agent -> nominal 192 (held-out 28/29: an annexation of land "
      "a nominal 192 to the country it belongs to) -> bare UKR"),
 36: ([("commend", "051", "MNG/GOV", "USA/GOV", False, A, N, False)],
      "Mongolia (2004); 'my delegation wishes to commend the proposal by the President of the United States aimed at "
      "establishing a democracy fund at the United Nations' = praise (guideline: commend 051), 'wishes to' "
      "performative -> asserted, to the proposal's author -> USA/GOV (Bush, 2004); the proposal itself is not coded "
      "separately (held-out 78 row 34 and 79 row 21: welcoming a proposal codes only the welcome; borderline a "
      "nominal 033 USA/GOV with target null or org:UN); the fund's help to countries is hypothetical and agentless"),
 37: ([], "United Arab Emirates (2014): 'Those extremist and terrorist organizations ... perpetrate brutal acts to "
          "impose their control' = the 'terrorist takfiri groups' of the preceding sentence (ISIS among them), an "
          "uncoded collective (held-out 6: an unnamed 'terrorist coalition' has no code), and the sentence names no "
          "victim; a habitual characterisation between an uncoded group and unnamed victims (held-out 54-61: acts "
          "between uncoded collectives left uncoded); not coded (borderline 180 with no source, one per country of "
          "the preceding sentence: AFG, SOM, YEM, IRQ, SYR, LBY)"),
 38: ([], "Panama (2000): 'We have expressed our agreement with the need to reform the Charter of the United Nations' "
          "= the speaker's own past statement of a UN reform position (held-out 54-61: reform positions left "
          "uncoded); not coded"),
 39: ([("led the condemnation", "111", "ARG/GOV", "VEN/GOV", False, A, N, False),
       ("annual report", "1122", "org:UN", "VEN/GOV", False, A, N, True)],
      "Argentina (2019); 'since the beginning of our Administration, we have led the condemnation of the very serious "
      "situation of human rights violations in Venezuela' = the speaker's own realised condemnation (guideline: "
      "condemn 111), 'we' = ARG/GOV, to the government responsible, 'the dictatorship of Nicolas Maduro' of the "
      "following sentence -> VEN/GOV (Maduro's de facto government, by the rule that makes Guaidó VEN/OPP; borderline "
      "bare VEN); 'as evidenced in the annual report of the United Nations High Commissioner for Human Rights' = a "
      "report documenting human rights violations -> nominal 1122 org:UN (held-out 81 row 10: the Commission of Inquiry "
      "'which reported on the violations' 1122 org:UN) -> VEN/GOV (borderline not coded, 'as evidenced in' being "
      "the speaker's citation); the violations themselves are agentless in the sentence, not coded (held-out 81 row 10: "
      "'the violations themselves are agentless'; borderline a nominal 175 VEN/GOV -> VEN/CVL)"),
 40: ([("criticism", "111", N, "PNG/GOV", False, A, N, True)],
      "Papua New Guinea (1992); 'the situation which gave rise to the criticism to which I have referred' = the "
      "criticism of the Government 'for the first time, before the United Nations Commission on Human Rights in "
      "Geneva and the Joint Assembly of the African, Caribbean and Pacific ... States and the European' Community "
      "(preceding text), over Bougainville -> a realised disapproval presupposed by 'gave rise to' -> nominal 111 "
      "to PNG/GOV; the critics are not named ('being criticized before' the bodies, not by them) -> source null "
      "(held-out 42/43: fallacious allegations by certain quarters a nominal 112 with no source; borderline org:UN "
      "for the Commission); the rest is an explanation of causes (economic practices, policies and laws), no act"),
 41: ([], "Mozambique (1996): 'living standards of working people have, in fact, deteriorated ... which may erode the "
          "political support needed for the continuation of the reforms' = a domestic economic development and a "
          "risk; 'political support' is domestic backing, no act between actors; not coded"),
 42: ([], "Israel (2005): 'We all share a common interest in building a region of tolerance and cooperation' = 'we "
          "all' meaning Israel and its Arab and Muslim neighbours, none named, a shared interest, not an act; 'the "
          "extremists, whose violence has set the agenda' = violence by an uncoded group with no named victim "
          "(held-out 54-61: acts between uncoded collectives left uncoded); not coded (borderline a nominal 180 with "
          "no source or target)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Bosnia and Herzegovina (1998): a fragment cut by the splitter, 'One thing we can be proud of is our "
          "universal' [Organization, the United Nations] = an evaluation, no act (held-out 62-73: fragments whose act "
          "lies outside the sentence); not coded"),
 44: ([("use of chemical weapons", "2041", N, "SYR", False, A, N, True)],
      "Iceland (2013); 'A few weeks ago, the world witnessed the use of chemical weapons in Syria' = the August 2013 "
      "Ghouta attack, an event noun whose agent the sentence does not name (the following sentences say only 'Those "
      "responsible') -> nominal 2041 with no source, to the country -> bare SYR (held-out 79 row 41: 'the chemical "
      "attacks in Syria' 2041 null -> SYR; borderline SYR/CVL as target); 'the world witnessed' is not attribution"),
 45: ([], "Brunei Darussalam (2019): 'The effects of climate change are being felt now and they will only get worse' "
          "= a natural process, no actor; not coded"),
 46: ([], "San Marino (2011): 'The populations of Somalia, Kenya, Ethiopia and Djibouti are the victims of a severe "
          "drought' = a natural disaster, no actor; the thanks for the response lie in the following text; not coded"),
 47: ([("peacekeeping and humanitarian operations", "070", "org:UN", N, False, A, N, True)],
      "Angola (2007); 'the peacekeeping and humanitarian operations of the Blue Helmets in many regions have "
      "contributed to greater world security' = realised UN operations with their agent (the Blue Helmets -> "
      "org:UN) -> one aid noun covering several kinds is one 070 (held-out 20/21), nominal, the 'many regions' "
      "unnamed -> target null (borderline two events, 074 peacekeeping and 073 humanitarian aid); 'The United "
      "Nations-led fight against conventional, nuclear, chemical and biological weapons and landmines' = "
      "disarmament efforts, figurative 'fight' against weapons with no counterpart, not coded"),
 48: ([], "Solomon Islands (1993): 'The forty-eighth session of the General Assembly opened at the dawn of a new era in "
          "South African history' = a temporal remark; the opening of the session is no act between actors; not "
          "coded"),
 49: ([("pay a well-deserved tribute", "051", "BEN/GOV", "org:UNGA", False, A, N, False)],
      "Benin (2000); 'May I also pay a well-deserved tribute to his predecessor, Mr. Theo-Ben Gurirab, Minister for "
      "Foreign Affairs of Namibia, for the outstanding work he accomplished' = a tribute (held-out 52/53: 'pay "
      "tribute to' 051), 'May I' performative -> asserted, to the outgoing President of the General Assembly -> "
      "org:UNGA (held-out 62-73: tributes to a former President of the Assembly go to org:UNGA; borderline NAM/GOV, "
      "his office as Foreign Minister)"),
 50: ([], "Malawi (1994): 'My Government is greatly concerned at the apparent lack of a decisive response from the "
          "international community to the pitiful situations in Liberia and Somalia' = expressed concern (guideline: "
          "01x, not coded); the lacking 'response' of an uncoded collective names no specific behaviour; not coded "
          "(borderline a negated 070 with no source, one each to LBR and SOM)"),
 51: ([], "India (2000): 'Terrorism is an assault on human decency, a violation of the basic precepts of democracy' "
          "= a definition; 'assault' is figurative (guideline: 'attack on sovereignty'); the State-sponsored "
          "terrorism against India lies in the preceding text; not coded"),
 52: ([("have been wounded", "190", N, "PSE/CVL", False, A, N, False),
       ("prison", "173", "ISR/GOV", "PSE/CVL", False, A, N, True)],
      "Palestine (Abbas, 2007); 'I have come to express the pain and suffering of every Palestinian ... of all those "
      "... whose loved ones have been wounded' = an agentless passive of violence (guideline: agentless passives -> "
      "null source; held-out 46/47: an agentless 'was kidnapped' 181) -> 190 null -> PSE/CVL (borderline 182 physical "
      "assault; the document's 'occupation ... and aggression' and the 2007 intra-Palestinian fighting leave the "
      "agent open); 'all those who are waiting for the release from prison of their brothers, fathers, mothers and "
      "sisters' = the hoped-for release is optative (not coded), but it presupposes their detention (held-out 24/25: "
      "support for a release 1053 and the detention in its relative clause 173) -> nominal 173 -> PSE/CVL, the agent "
      "plain from the document's 'more than 11,300 Palestinians who are rotting in Israeli prisons' (held-out 48/49: "
      "an event noun whose agent is plain only from the text around it is coded) -> ISR/GOV (borderline source null); "
      "'lost loved ones', 'trapped on the Iraqi or Syrian borders' and 'living as refugees' are states of the "
      "victims, not coded (borderline a further agentless 190 for the dead); 'I have come to express' is 01x"),
 53: ([], "Yemen (2000): 'The return to normalcy in Somalia will unquestionably promote security and stability in the "
          "Horn of Africa, which has suffered the scourge of war' = a forecast and an agentless war with no named "
          "parties; not coded"),
 54: ([("withdrawing", "0874", "ISR/GOV", "LBN", False, A, N, False),
       ("withdrawing", "0874", "ISR/GOV", "PSE", False, A, N, False)],
      "Israel (Livni, 2007); 'especially after withdrawing from Lebanon and Gaza' = Israel's 2000 withdrawal from "
      "southern Lebanon and 2005 disengagement from Gaza, 'we' = ISR/GOV -> retreat militarily 0874 (held-out 52/53: "
      "'the withdrawal of Israel from the Gaza Strip' nominal 0874 -> PSE), one event per place (guideline: compound "
      "split), to the bare countries LBN and PSE (borderline ISR/MIL as source); 'territorial withdrawal by itself "
      "will not bring peace' is a generic claim, not a negated event; 'unless we address the core clash of values' "
      "has no codable behaviour"),
 55: ([("will engage in its work", "036", "PRT/GOV", "org:UN", False, H, N, False)],
      "Portugal (2014); 'If elected to the Human Rights Council, Portugal will engage in its work, fully committed to "
      "a strong, independent and effective multilateral human rights system' = a future engagement in a UN body's "
      "work (guideline: future cooperative acts, engage, get 03x; held-out 32/33: an intent to take part in a UN "
      "process 036), inside an if-clause -> hypothetical (guideline); the Human Rights Council -> org:UN (held-out "
      "40 row 9); the election is a UN membership matter (held-out 54-61: left uncoded); borderline 030 or future "
      "modality (the condition being the candidacy)"),
 56: ([], "Uruguay (2019): 'Numerous studies show the multidimensional nature of the phenomenon of poverty, which can "
          "only be addressed through comprehensive policies' = a general claim about poverty policy, no actor; not "
          "coded"),
}
