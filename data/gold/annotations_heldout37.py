"""Hand annotations for the THIRTY-SEVENTH held-out event gold set (source of events-heldout37.jsonl).

Keyed by the row index of selection-heldout37.jsonl (output of select_bulk_heldout.py 37; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout37.jsonl \
        --annotations annotations_heldout37 --output events-heldout37.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We welcome the joint communique", "051", "BHR/GOV", "GBR/GOV", False, A, N, False),
      ("We welcome the joint communique", "051", "BHR/GOV", "FRA/GOV", False, A, N, False),
      ("We welcome the joint communique", "051", "BHR/GOV", "DEU/GOV", False, A, N, False),
      ("holding Iran responsible", "112", "GBR/GOV", "IRN/GOV", False, A, N, False),
      ("holding Iran responsible", "112", "FRA/GOV", "IRN/GOV", False, A, N, False),
      ("holding Iran responsible", "112", "DEU/GOV", "IRN/GOV", False, A, N, False)],
     "Bahrain (2019); welcoming the joint communiqué of the United Kingdom, France and Germany = praise of a "
     "statement naming its authors -> 051 to each government (held-out 27 row 24: welcome of a joint initiative goes "
     "to each author; held-out 18/19: a joint statement naming its governments is one event per government); the "
     "communiqué 'holding Iran responsible for that attack' (the September 2019 attack on Saudi oil facilities) = "
     "an accusation -> 112 from each issuing government -> IRN/GOV, a statement-type act that is itself the event, "
     "reported_by null (guideline: 'the ICC has charged' -> 1124); 'that attack' is an event noun without an agent "
     "in its phrase, not coded separately (guideline 'this aggression'); 'reflecting the need to review the "
     "agreement concerning the Iranian nuclear programme' = an agentless need, not a request verb (borderline 106 "
     "from the three to IRN/GOV); 'it does not serve the purposes of peace' is an evaluation, not an event negation"),
 1: ([], "Iceland (1996): 'it [the UN] will never attain the capacity to meet all expectations' = a capability, no "
         "act; 'never' negates no event"),
 2: ([("We call upon all countries", "102", "PER/GOV", N, False, A, N, False)],
     "Peru (1998); calling upon all countries which have not yet done so (an uncoded collective -> target null, "
     "held-out 31 row 19, 35 row 13) to ratify or adhere to the Ottawa Convention = a request whose Y is joining a "
     "treaty -> demand diplomatic cooperation 102 (held-out 32 row 2: joining a treaty 102; held-out 35 row 27: "
     "adopting an agreement 102); 'which have not yet done so' = a negated ratification of the same uncoded "
     "collective, null-null, not coded; the purposes ('as a contribution to peace ...') are not coded"),
 3: ([("international aid", "073", N, "ERI/CVL", True, H, N, True)],
     "Eritrea (2002); 'Famine is imminent if international aid does not reach the Eritrean people soon' = a "
     "conditional negation of the delivery of relief to the drought-stricken population -> negated and hypothetical "
     "(guideline: 'if that deal has not been signed'); the aid's agent is given only as 'international' (uncoded "
     "donors) -> nominal humanitarian aid 073 with source null (held-out 26 row 25: the international efforts to "
     "alleviate the suffering of the Iraqi people, 073 null -> IRQ/CVL; first set row 8: 'have not yet pledged' "
     "0333 null -> YEM/CVL negated), the Eritrean people -> ERI/CVL (borderline not coded as an aid noun without a "
     "named agent, held-out 35 row 36); the famine is no act"),
 4: ([("has been condemned", "111", N, "RUS/GOV", False, A, N, False),
      ("will not be recognized", "120", N, "RUS/GOV", False, A, N, False)],
     "Latvia (2014); the splitter cut the sentence after 'The illegal annexation of Crimea and Sebastopol by', so "
     "the annexation noun lies in the preceding text and is not coded here, and the sentence reads 'Russia has been "
     "condemned and will not be recognized by the international community'; condemnation by an uncoded collective "
     "(the preceding text: 'The world, including the General Assembly') -> 111 with source null (guideline: "
     "collectives -> null; held-out 27 row 1: an uncoded source with a coded target is coded), target the annexing "
     "government -> RUS/GOV; 'will not be recognized' = a non-recognition = REJECT with negated false (guideline: "
     "'Latvia will not recognize the referendums' 120, first set row 137), source null for the same collective, "
     "asserted as a standing position (borderline future), bearing on Russia's act -> RUS/GOV"),
 5: ([("our quest for a peaceful settlement", "037", "PAK/GOV", "IND/GOV", False, A, N, True)],
     "Pakistan (1990); 'we will not be intimidated or deterred from' = a statement of resolve (held-out 9: 'will "
     "not be subjected to a Russian occupation' is the victims' resolve, not a negation), so the Indian intimidation "
     "of the previous sentence is not coded here; 'our quest for a peaceful settlement of the Jammu and Kashmir "
     "dispute' = Pakistan's continuing pursuit of a settlement with India (the following sentence: 'our willingness "
     "to enter into a constructive dialogue with India') -> nominal intent to settle dispute 037, asserted "
     "(borderline not coded as a statement of policy); 'remain committed to the preservation of peace in South Asia' "
     "is abstract"),
 6: ([("we appeal to the rest of us", "1033", "ZWE/GOV", N, False, A, N, False)],
     "Zimbabwe (2017); 'we say that we are very sorry' = condolence, 01x, not coded (held-out 10/11, 34 row 47); "
     "appealing to 'the rest of us, who have not suffered similar afflictions' (an uncoded collective of states -> "
     "target null) to assist those afflicted (Puerto Rico and the hurricane-struck countries, previous sentence) = "
     "a request (guideline: appeals -> 10x) for relief -> demand humanitarian aid 1033; Y is not coded separately; "
     "'who have not suffered' negates no event"),
 7: ([], "Saint Lucia (2000): 'The threat to peace does not necessarily emanate from military warfare' = risk "
         "(guideline), no actor"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("I call on the", "1031", "IRQ/GOV", N, False, A, N, False),
      ("their commitments undertaken", "0331", N, "IRQ/GOV", False, A, N, True)],
     "Iraq (2005); calling on the donor countries (an uncoded collective -> target null, held-out 35 row 13) to meet "
     "their commitments to provide financial aid to Iraq = a request for economic aid -> 1031 (held-out 35 row 13); "
     "'their commitments undertaken at different international conferences' (the 2003 Madrid donor conference and "
     "later ones) = realised pledges of economic aid named inside the request (held-out 12/13: a realised act named "
     "inside a request is coded too; held-out 7: pledges of economic support 0331) -> nominal 0331 with source null "
     "for the uncoded donors (held-out 34 row 26: the uncoded partners' willingness to assist, null source), to "
     "Iraq's government (borderline not coded); Madrid and Brussels are conference venues and Jordan a host country, "
     "not metonyms; the page number '37' inside the sentence is an extraction artefact"),
 9: ([("Seoul hosted", "043", "KOR/GOV", N, False, A, N, False)],
     "Republic of Korea (2003); capital metonym Seoul -> KOR/GOV (guideline); hosting the Second Ministerial "
     "Conference of the Community of Democracies and the Third Global Forum on Fighting Corruption -> host 043, "
     "several conferences hosted by one government = one 043 with no target (held-out 28/29)"),
 10: ([("must stop", "162", "RUS/GOV", "UKR/REB", False, D, N, False),
       ("support to separatists", "070", "RUS/GOV", "UKR/REB", False, A, N, True)],
      "Latvia (2015); 'Russia must stop all forms of support to separatists' = a deontic without a request verb -> Y "
      "= stopping support -> reduce or stop aid 162, demanded, RUS/GOV (guideline); the separatists of eastern "
      "Ukraine (the previous sentence: 'the conflict in eastern Ukraine') = armed groups in Ukraine -> UKR/REB (new; "
      "as the Bosnian Serb forces BIH/REB and M23 COD/REB); the ongoing support itself is a realised act named "
      "inside the deontic -> nominal 070 asserted (held-out 10/11: 'coercive measures imposed by the US ... must "
      "cease' 163 asserted plus 085 demanded); 'use its influence to make them adhere to the Minsk agreements' = "
      "pressure on the separatists without a specific CAMEO code, not coded (borderline a demanded 100 RUS/GOV -> "
      "UKR/REB)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Cambodia (2018): 'some powerful nations strive to impose civilization on other nations, or ... as a "
          "pretext for interfering' = acts of unnamed, uncoded collectives on both sides, null-null (held-out 27 row "
          "4), and an accusation made as an evaluation without a named target; 'We regretfully have to highlight' is "
          "01x"),
 12: ([("assistance", "070", "org:UN", "VNM/GOV", False, A, N, True)],
      "Viet Nam (2000); 'with the assistance of the United Nations and other countries, we have reduced the poverty "
      "rate' = an aid noun with its agent named -> nominal 070 from org:UN (held-out 28/29: 'with the support of our "
      "United Nations partners' nominal 070 org:UN) to the speaker's government (held-out 34 row 38); 'other "
      "countries' = an uncoded collective, dropped (held-out 2 compound rule); 'according to Viet Nam's criteria' "
      "names a measure, not an attribution (guideline: 'according to a request' is not attribution); reducing "
      "poverty is domestic"),
 13: ([], "Bahamas (2016): 'We have stated, and continue to argue, that gross domestic product per capita should not "
          "be the primary determinant' = the speaker's own statement of a position on eligibility criteria, an "
          "agentless deontic with no codable Y"),
 14: ([("were killed", "1823", N, "HND/CVL", False, A, "HND/OPP", False)],
      "Venezuela (Chávez, 2009); 'the President' = Manuel Zelaya, the Honduran president ousted in the June 2009 "
      "coup and then sheltering in the Brazilian embassy in Tegucigalpa (preceding and following text: 'the people "
      "of Honduras and President Zelaya') -> by the de facto rule for ousted leaders (held-out 8: Myanmar's ousted "
      "elected leaders MMR/OPP; held-out 4: Guaidó VEN/OPP) -> HND/OPP (borderline HND/GOV, the government the "
      "speaker and the UN recognised); 'told me that he knows of at least three people ... who were killed' = the "
      "killings inside his statement -> reported_by HND/OPP; the speech verb is not coded; killings of individuals "
      "-> 1823 (guideline), an agentless passive (the previous sentence: people 'being fired on', also agentless) "
      "-> source null (borderline HND/MIL or HND/GOV for the de facto regime's forces), the people near the embassy "
      "-> HND/CVL"),
 # --- UNGDC 1990-2019 random: future
 15: ([("we support the valuable work", "051", "MLT/GOV", N, False, A, N, False)],
      "Malta (2017); supporting the work being done to achieve a legally binding instrument on marine biodiversity "
      "beyond national jurisdiction (the BBNJ negotiations) = support for the efforts of an uncoded collective -> 051 "
      "target null (held-out 27 rows 33 and 39; held-out 34 row 39 'We support the negotiating process'; borderline "
      "not coded as an abstract position, held-out 7); the instrument's future effect is not coded"),
 16: ([], "Equatorial Guinea (2016): the photos of Aylan Kurdi, who drowned off a Turkish beach, 'moved us all' = no "
          "act between actors"),
 17: ([("our support for Iraq", "070", "USA/GOV", "IRQ/GOV", False, F, N, True),
       ("our support for Iraq", "070", "USA/GOV", "IRQ/MIL", False, F, N, True),
       ("our support for Iraq", "070", "USA/GOV", "IRQ/CVL", False, F, N, True)],
      "United States (Obama, 2011); 'That equal partnership will be strengthened by our support for Iraq — for its "
      "Government and its security forces, for its people' = US support after the military operation ends (previous "
      "sentences) -> an aid noun with its agent named ('our') -> nominal 070, a material act that keeps its own code "
      "with 'will' -> future (guideline: material future acts keep their own code; held-out 6: 'nor ... fund "
      "reconstruction' 071 future), one event per named beneficiary (guideline compound split): the Government -> "
      "IRQ/GOV, its security forces -> IRQ/MIL, its people -> IRQ/CVL (borderline 051 verbal support, or asserted for "
      "support already under way); the strengthening of the partnership is the support's effect, not coded "
      "separately (borderline 030 future)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("acknowledge the partnership", "051", "SLB/GOV", N, False, A, N, False),
       ("would encourage", "103", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (2004); acknowledging the partnership of 'the Global Fund' in assisting environmental "
      "programmes = praise -> 051 (held-out 8: acknowledging -> 051; held-out 27 row 27), the Global Fund has no code "
      "(an earlier set's 'Global Fund has no code -> null') -> target null (borderline org:GEF, the Global Environment "
      "Facility, which the environmental context suggests); its assisting environmental programmes 'globally' = an "
      "uncoded agent with no named recipient, null-null, not coded; 'we would encourage that the focus of further "
      "assistance should extend to other sectors' = a performative request ('would encourage', held-out 20 row 64: "
      "'we encourage' 10x) for aid in energy, water and sanitation -> demand aid 103, addressed to the same uncoded "
      "fund and donors -> target null"),
 19: ([], "Hungary (1995): 'we ought to take a hard look at the role the United Nations is called upon to play' = 'we' "
          "= the Member States (collective), an abstract deontic"),
 20: ([], "Papua New Guinea (2017): 'We must work together to build a better ... world' = 'we' = all countries "
          "(previous sentence: 'individual countries acting on their own'), an abstract deontic"),
 21: ([], "Poland (2002): problems 'that should be tackled' = an agentless deontic with no codable Y; 'new threats to "
          "security' = risk"),
 22: ([], "Togo (2002): 'we must protect humankind ... and the environment' = 'we' = all (the international community "
          "of the previous sentence), abstract"),
 23: ([("deplored", "110", "ARG/GOV", N, False, A, N, False),
       ("condemned", "111", "ARG/GOV", N, False, A, N, False)],
      "Argentina (Fernández, 2012); 'acts that should be utterly deplored and condemned' = the speaker's own "
      "disapproval (held-out 12/13: 'it should be deplored that' is the speaker's 110; held-out 20/21: 'should be "
      "welcomed' the speaker's 051), asserted; deploring -> 110 and condemning -> 111, two codes split like 'reject "
      "and condemn' (held-out 12/13); the bombings' perpetrators are not named in the sentence or the preceding "
      "text -> target null (held-out 27 row 45 'condemns the use of force' 111 null); 'the bombings of the AMIA in "
      "1994 and of the Israeli Embassy in 1992' = event nouns without an agent in the sentence (guideline), not coded "
      "(borderline 183 null -> ARG/CVL and ISR/GOV)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("Malawi joins the call", "1011", "MWI/GOV", N, False, A, N, False)],
      "Malawi (2004); joining the call for better market access and lower tariff and non-tariff barriers in "
      "industrialized countries = the speaker's own request (held-out 14/15: echoing a call; held-out 34 row 30 "
      "'supports the call' 1044) -> a request whose Y is trade liberalisation -> demand economic cooperation 1011; "
      "the industrialized countries = an uncoded collective -> target null; the call's other authors are unnamed, so "
      "no nominal request is coded"),
 25: ([("commend", "051", "DMA/GOV", "org:UN", False, A, N, False)],
      "Dominica (2003); the splitter cut the sentence after 'to commend the'; its object is in the following text "
      "(held-out 27 row 35: an object taken from the following text): the Joint United Nations Programme on HIV/AIDS "
      "(UNAIDS), commended for organizing the high-level plenary meeting -> a UN programme stands for org:UN "
      "(held-out 34/35) -> praise 051; 'Let me take this opportunity to' = performative -> asserted"),
 26: ([("vigorously promoted", "106", "MEX/GOV", N, False, A, N, False)],
      "Mexico (2002); 'has vigorously promoted the relaunching of international economic negotiations' = advocacy of "
      "negotiations (held-out 34/35: 'we advocate the unconditional implementation' is a request with its sub-code) "
      "-> demand negotiation 106, asserted (a past and continuing act), the negotiating parties unnamed (the WTO "
      "round's members) -> target null (borderline not coded as support for 'the start of negotiations', held-out "
      "7)"),
 27: ([], "Portugal (2013): the splitter cut the sentence after 'We welcome Member States'', so the welcome lies in "
          "the preceding text with no trigger in the sentence (held-out 34 row 52); what remains, the Member States' "
          "'commitment to discussing' marine biodiversity beyond national jurisdiction, is a commitment of an uncoded "
          "collective with no named counterpart, null-null, not coded"),
 28: ([("delivery of humanitarian aid", "073", N, "SYR/CVL", False, A, N, True)],
      "United Arab Emirates (2015); 'stress the importance of' = a statement (01x), not a deontic over a new act, "
      "because the delivery is 'ongoing'; 'the ongoing delivery of humanitarian aid to the Syrian people by the "
      "international community' = an aid noun with its agent named as an uncoded collective -> nominal 073 with "
      "source null (held-out 26 row 25: 073 null -> IRQ/CVL; held-out 34 row 38), realised and ongoing -> asserted, "
      "the Syrian people -> SYR/CVL (borderline demanded, as 'it is important to help X')"),
 29: ([], "Thailand (2000): 'We cannot claim to put people at the centre ... if we are unwilling to create political "
          "conditions' = 'we' = all states, a hypothetical attitude, no act toward an actor; 'unwilling' is no "
          "refusal of another actor's demand"),
 30: ([("Afghanistan reiterates", "100", "AFG/GOV", N, False, A, N, False)],
      "Afghanistan (2009); 'reiterates its call for the full implementation of United Nations resolutions and "
      "regional initiatives' on the Middle East = a call with no named addressee -> target null (held-out 26 row 10: "
      "a call for the implementation of the Minsk agreements 100 null; held-out 27 row 36), implementing resolutions "
      "has no specific sub-code -> generic 100 (borderline 107, or target ISR/GOV); 'reiterates' = repeated, "
      "asserted; the purposes (ending the suffering of the Palestinian nation) are not coded"),
 31: ([("Bridgetown Declaration", "057", "org:CARICOM", "USA/GOV", False, A, N, True)],
      "Suriname (1997); 'the May 1997 Bridgetown Declaration of Principles on Caribbean Community-United States "
      "cooperation' = the declaration signed at the Bridgetown summit by the CARICOM leaders and the US President, an "
      "agreement noun whose title names its parties -> nominal 057 from the first-named (held-out 28/29: 'the "
      "Israeli-Jordan Accords' 057 from the first-named) -> org:CARICOM -> USA/GOV (borderline a nominal 050 for "
      "the cooperation, which is the declaration's content, not coded separately); 'attaches special significance "
      "to' = an evaluation (held-out 6: 'continues to view as serious' is not a praise act; borderline 051); 'is "
      "looking forward to an expeditious implementation of the Plan of Action' = optative, a hope (held-out 5, "
      "32/33), not coded"),
 32: ([], "Tanzania (1997): 'it is imperative to reverse the overall decline in official development assistance and "
          "to achieve the agreed target of 0.7 per cent' = an agentless deontic over uncoded donors and recipients, "
          "null-null (held-out 27 row 14)"),
 33: ([("launched an appeal", "1033", "org:WFP", N, False, A, N, False)],
      "Zambia (2002); the World Food Programme -> org:WFP (held-out 2 code); launching an appeal for food aid for the "
      "affected areas of southern Africa = a request (guideline: appeals -> 10x) for humanitarian aid -> 1033, "
      "addressed to unnamed donors -> target null; the food shortage is no act"),
 34: ([("We therefore appeal", "103", "MWI/GOV", "org:UN", False, A, N, False)],
      "Malawi (2007); appealing to the United Nations to recognize Malawi's efforts and assist it to maintain the "
      "development momentum = a request (guideline: appeals -> 10x) -> org:UN; of the two demands, recognition is "
      "praise (no request sub-code) and assistance is aid -> the more specific, demand aid 103 (held-out 9: a "
      "request verb with several demands takes the most specific sub-code; borderline 1031 economic aid)"),
 35: ([("Angola welcomes", "051", "AGO/GOV", "CHN/GOV", False, A, N, False),
       ("Angola welcomes", "051", "AGO/GOV", "IND/GOV", False, A, N, False),
       ("Angola welcomes", "051", "AGO/GOV", "KOR/GOV", False, A, N, False),
       ("Angola welcomes", "051", "AGO/GOV", "TUR/GOV", False, A, N, False)],
      "Angola (2009); welcoming the multilateral initiatives = praise aimed at initiatives, going to their named "
      "parties, one event per party (held-out 8; held-out 27 row 24; held-out 30/31: welcoming several developments "
      "051 to each named party): the Forum on China-Africa Cooperation -> CHN/GOV, the India-Africa Forum -> IND/GOV, "
      "the South Korea-Africa summit -> KOR/GOV, the Turkey-Africa summit -> TUR/GOV; 'Africa', 'South America' and "
      "'Europe' are regions without a code (guideline: 'Europeans' -> null; borderline org:AU and org:EU for the "
      "Africa-Europe summit), dropped; the Tokyo International Conference on African Development names its venue, "
      "not its convener (held-out 34 row 10: 'the Washington accords'), so no JPN/GOV (borderline); the forums and "
      "summits as meeting nouns have an uncoded counterpart ('Africa') and are not coded separately (borderline a "
      "nominal 040 with target null per forum)"),
 36: ([], "Mauritius (2002): 'Our vision of the Middle East is to see the early establishment of a Palestinian State "
          "living side by side with Israel' = optative, a hope about other actors (held-out 5, 32/33)"),
 37: ([], "Mongolia (2009): 'I reiterate Mongolia's strong resolve to continue its active participation in "
          "multilateral cooperation' = an abstract commitment with no counterpart (held-out 27 row 55: 'We shall "
          "relentlessly endeavour to attain its goals' not coded); borderline 030 MNG/GOV -> null, as held-out 26 "
          "row 0"),
 38: ([], "Mauritania (2007): 'requires that we all intensify our efforts and promote cooperation and coordination' = "
          "'we all' = the Member States (collective), an abstract need"),
 39: ([("We support the proposal", "051", "KEN/GOV", N, False, A, N, False)],
      "Kenya (1999); supporting the proposal to hold an international conference on combating terrorism = support "
      "for a proposal of unnamed authors -> 051 target null (held-out 34 row 42 'support all proposals' 051 null); "
      "the conference itself is a future meeting of uncoded participants, null-null, not coded"),
 40: ([], "Marshall Islands (2007): 'I remain hopeful that the international community can reach a consensus' = "
          "optative, an uncoded collective"),
 41: ([("we welcomed", "051", "MDG/GOV", "ZAF/GOV", False, A, N, False),
       ("we welcomed", "051", "MDG/GOV", "ZAF/OPP", False, A, N, False),
       ("freeing", "0841", "ZAF/GOV", "ZAF/OPP", False, A, N, True),
       ("opening of negotiations", "046", "ZAF/GOV", "ZAF/OPP", False, A, N, True),
       ("joint declaration", "057", "ZAF/GOV", "ZAF/OPP", False, A, N, True)],
      "Madagascar (1990); welcoming the freeing of Nelson Mandela and the opening of negotiations between the South "
      "African Government and the African National Congress = praise of developments, 051 to each named party, the "
      "developments coded too (held-out 30/31), the same pair coded once: ZAF/GOV and the ANC of 1990 -> ZAF/OPP "
      "(held-out 26/27); 'the freeing of Nelson Mandela' = release of a person -> nominal 0841, its agent the South "
      "African Government named later in the sentence and plain from the context (guideline: a missing participant "
      "from the context; borderline source null for an event noun without its own agent), Mandela, the ANC's leader "
      "-> ZAF/OPP; 'the opening of negotiations between the South African Government and the ANC' = a negotiation "
      "noun naming its parties -> nominal 046 from the first-named (held-out 26 row 8); 'which led to the issuance of a "
      "joint declaration' (the Groote Schuur Minute) = a realised joint agreement of the same two parties -> nominal "
      "057 (held-out 28/29: an agreement named after its parties 057 from the first-named; borderline not coded as "
      "an agreement noun whose parties lie in the antecedent); the measures it envisages are its content"),
 42: ([("more than ready to continue supporting", "032", "COL/GOV", "org:UN", False, A, N, False)],
      "Colombia (Santos, 2016); 'more than ready to continue supporting the raison d'être of the United Nations — the "
      "search for peace' = a stated readiness (held-out 9: 'stands ready to engage/assist' 03x asserted) to continue "
      "policy support of the UN -> intent to engage in diplomatic cooperation 032 to org:UN (held-out 27 row 37: "
      "'pledges its continued support of ... the work of the UN' 032 asserted; borderline not coded as an abstract "
      "position)"),
 43: ([("we warmly welcome", "051", "RWA/GOV", "ZAF/GOV", False, A, N, False)],
      "Rwanda (1994); the splitter cut the sentence inside 'the Republic of South Africa'; the object continues in "
      "the following text ('Africa as a new Member of the vast family of the United Nations'; held-out 27 row 35: an "
      "object taken from the following text); welcoming a state as a new UN Member -> 051 to its government "
      "(held-out 35 row 31; held-out 32 row 35) -> ZAF/GOV; the admission itself is the UN's act on membership, not "
      "coded"),
 44: ([("reaffirm our support", "051", "NIC/GOV", "ARG/GOV", False, A, N, False),
       ("reaffirm our support", "051", "NIC/GOV", "PRI", False, A, N, False)],
      "Nicaragua (2012); reaffirming support of 'Argentina's sovereign rights over the Malvinas Islands' = verbal "
      "support of a named government's claim -> 051 to ARG/GOV; of 'the right of Puerto Rico to obtain its full "
      "independence' -> 051 to Puerto Rico as a whole -> bare PRI (ISO alpha-3 has PRI; guideline: the bare country "
      "when the country as a whole is meant; borderline PRI/CVL); one support of two objects split per party "
      "(guideline compound split); 'reaffirm' = repeated, asserted"),
 45: ([("We welcome the serious", "051", "NPL/GOV", "org:UN", False, A, N, False)],
      "Nepal (1992); welcoming the approach of 'the 1992 session of the Council' = the Economic and Social Council "
      "(previous sentence) -> praise 051 to org:UN (ECOSOC has no code of its own -> org:UN, an earlier set); the "
      "restructuring set in motion by General Assembly resolution 45/264 is internal UN reform (held-out 26 row 16), "
      "not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Azerbaijan (1996): the splitter cut the sentence twice; it reads only 'Japan as potential permanent "
          "members of the Security', the verb ('Azerbaijan supports the candidatures of Germany and') lying wholly in "
          "the preceding text, with no trigger in the sentence (held-out 34 row 52), not coded (borderline 051 "
          "AZE/GOV -> JPN/GOV with a trigger on 'Japan')"),
 47: ([], "Poland (2006): the splitter cut the sentence after 'His Excellency Jan'; the verb ('I convey my respect for "
          "his outstanding achievements' to Jan Eliasson) lies wholly in the following text, with no trigger in the "
          "sentence (held-out 34 row 52), not coded"),
 48: ([], "Cape Verde (1997): 'All least developed countries ... need adequate and lasting relief' = a need of an "
          "uncoded collective, with no named provider"),
 49: ([("We offer more room for dialogue", "036", "PAN/GOV", N, False, A, N, False)],
      "Panama (2019); offering 'more room for dialogue and regional and global understanding' = an offer of Panama as "
      "a venue for dialogue (previous sentence: 'We invite the whole world to Panama') -> intent to meet or "
      "negotiate 036, asserted as a stated readiness (held-out 26/27: 'are prepared to engage in dialogue' 036 "
      "asserted), the counterparts unnamed -> target null (held-out 34/35: an intent to take part in a UN process 036 "
      "with no target; borderline not coded as abstract)"),
 50: ([], "Ireland (1998): 'They [UN peacekeepers] do so often in very difficult and dangerous circumstances' = "
          "serving, described, with no counterpart named (the tribute is in the previous sentence)"),
 51: ([("has continued to work", "050", "LBR/GOV", "org:ECOWAS", False, A, N, False)],
      "Liberia (2000); 'Liberia has continued to work within the framework of the Economic Community of West African "
      "States (ECOWAS) to make peace in our subregion a reality' = cooperation with the organisation -> diplomatic "
      "cooperation 050 (held-out 30/31: 'in cooperation with' 050) to org:ECOWAS (held-out 7 code), continuing -> "
      "asserted (borderline 045 or 062 for the peace effort)"),
 52: ([], "Papua New Guinea (2005): the sentence is cut after 'Papua' ('Oceans and fisheries issues are critical to "
          "Papua New Guinea') = no act"),
 53: ([], "Morocco (2015): development 'requires serious work to respond to their aspirations' = an agentless need"),
 54: ([], "Kuwait (2007): 'Do continuing settlement activities help to achieve peace more quickly?' = a rhetorical "
          "question about settlement activities, an event noun without an agent in the sentence (the Israeli "
          "Government is in the previous sentence; guideline: event nouns without an agent are not coded; unlike "
          "held-out 28/29's rhetorical question naming its agent), not coded (borderline nominal 192 ISR/GOV -> PSE)"),
 55: ([], "Kenya (2005): 'The United Nations is the only vehicle that can help us attain those solutions' = a "
          "capability, no act"),
 56: ([("We cannot accept", "120", "BFA/GOV", N, False, A, N, False)],
      "Burkina Faso (1992); 'We cannot accept that Bosnia and Herzegovina be crucified in the name of religion or "
      "ethnicity' = a performative non-acceptance by the speaker -> REJECT 120 with negated false (guideline: 'we "
      "will never accept it'), its object the ethnic cleansing of the previous sentence, whose perpetrators are not "
      "named -> target null (an earlier set's 'will not accept' 120 null); 'be crucified' = a metaphor for the "
      "violence, agentless and in the subjunctive under the rejection, not coded (borderline 200 null -> BIH)"),
 57: ([], "Kyrgyzstan (1997): the sentence is cut after 'the newly independent' (following text: 'States to draw up "
          "and adopt a national plan of action for environmental protection') = domestic policy, no act"),
 58: ([], "Belize (2006): 'many countries did not [circle in one of two orbits]' = uncoded collectives and no CAMEO "
          "act; 'we proclaimed our non-alignment' = a statement (01x); 'worked to establish a new international "
          "economic order' = abstract, with no counterpart"),
 59: ([], "Venezuela (2012): domestic achievements in rights 'attained in the context of a participatory democracy' = "
          "no act between actors"),
}
