"""Hand annotations for the HUNDRED-AND-FOURTH held-out event gold set (source of events-heldout104.jsonl).

Keyed by the row index of selection-heldout104.jsonl (output of select_bulk_heldout.py 104; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout104.jsonl \
        --annotations annotations_heldout104 --output events-heldout104.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("refusing to negotiate", "125", "BIH/GOV", "BIH/REB", False, A, N, False),
      ("refusing to negotiate", "125", "BIH/REB", "BIH/GOV", False, A, N, False),
      ("international pressure", "170", N, "BIH/GOV", False, A, N, True),
      ("international pressure", "170", N, "BIH/REB", False, A, N, True)],
     "Czech Republic (1995); 'the antagonists who, despite international pressure, have been refusing to negotiate' "
     "= the belligerents of the war in the former Yugoslavia (preceding sentences), whom the document names further "
     "on as 'the belligerent parties': 'the Sarajevo Government' and the 'Bosnian Serbs'/'the Serb party' "
     "(guideline: missing participant taken from the context when the document makes it plain; held-out 26/27: "
     "Bosnian Serb forces BIH/REB) -> an explicit refusal is a REJECT, not a negation (guideline), a refusal to "
     "negotiate 125 (held-out 34/35), one per side (held-out 98-101: 'both sides' refusing to negotiate gives a 125 "
     "per side); 'international pressure' = a nominal coercion with its agents unnamed (held-out 77 row 56: "
     "'international pressure' a nominal 170 with source null), one per pressed side; borderline: the antagonists "
     "left uncoded as unnamed in the sentence (then null-null, nothing coded), or HRV/GOV and YUG/GOV added as "
     "further belligerents"),
 1: ([("those attacks", "180", N, "COD", False, A, N, True)],
     "DR Congo (2018); 'those attacks' = the 'persistent terrorist activities that ... affected the area of Beni on "
     "23 September' (preceding sentence), their perpetrators never named in the speech -> nominal 180 with no "
     "source (held-out 54-61: an agentless terrorist attack 180 with no source per victim country; earlier sets: "
     "'The attacks' 180 null -> the country), the victim country -> bare COD (borderline COD/CVL for the "
     "inhabitants of Beni, or not coded as an anaphoric event noun); 'will not prevent us from continuing to work "
     "for peace' negates an effect, not an event; the defence of a free world is figurative"),
 2: ([], "Kiribati (2009): 'we will not be able to agree on all issues, but ... there are some fundamental issues that "
         "we cannot afford not to agree on' = 'we' the leaders of all states in the climate negotiations (held-out "
         "42/43: 'we' meaning all states not coded); the agreement is a hope, not an act; not coded (borderline a "
         "negated future 057 null -> null)"),
 3: ([], "Mexico (2011): 'We have not truly realized that climate change is a serious threat' = a cognitive state of "
         "'we' as humankind; the threat is figurative (guideline); no event"),
 4: ([], "Armenia (2001): 'we do not agree on what that change is' = 'we all', a difference of opinion among all "
         "states about the post-11 September world, not a negated agreement act; 'this dialogue' is agentless; not "
         "coded"),
 5: ([], "Malaysia (2000): 'Sanction regimes of the future should be established only when absolutely necessary ... "
         "and lifted when no longer necessary' = an agentless norm for future Security Council sanctions with no "
         "target, a position on Council practice (held-out 54-61: UN reform positions left uncoded; guideline: "
         "abstract policy positions); not coded (borderline a hypothetical 163 and a demanded 085 from org:UNSC with "
         "target null, as held-out 76 row 38's sanctions used by 'our Organization')"),
 6: ([], "Thailand (2009): 'Despite criticism, we must never doubt the fact that the world has been better off with "
         "the United Nations' = 'we' all states, a belief; 'criticism' has neither agent nor a target named in the "
         "phrase (README, later sets: agentless criticism nouns are coded, with no source, only when a target is named); not coded "
         "(borderline a nominal 111 null -> org:UN)"),
 7: ([], "Monaco (2015): 'those efforts will not be successful without an ambitious and legally binding universal "
         "agreement' = a conditional about an agentless future climate agreement with no named party; not coded"),
 # --- UNGDC 1990-2019 random: future
 8: ([("will soon commence more joint visits", "036", "SSD/GOV", N, False, F, N, False),
      ("will soon commence more joint visits", "036", "SDN/GOV", N, False, F, N, False),
      ("to appeal", "1031", "SSD/GOV", N, False, F, N, False),
      ("to appeal", "1031", "SDN/GOV", N, False, F, N, False),
      ("Cooperation Agreement", "057", "SDN/GOV", "SSD/GOV", False, A, N, True)],
     "South Sudan (2014); 'my Minister for Foreign Affairs ... will soon commence more joint visits with his Sudanese "
     "counterpart to donor countries' = an announced trip -> 036 future (README: a trip under way 042, an "
     "announced one 036 future), one per visiting government (guideline: compound split; the counterpart -> "
     "SDN/GOV), the destinations an uncoded class of donors -> target null (borderline 042 future; borderline a "
     "050 SSD/GOV -> SDN/GOV for the joint travel); 'to appeal and lobby for lifting and waiving the Sudan's "
     "foreign debt' = the planned request of the visits (guideline: appeal -> 10x), debt relief being economic aid "
     "(held-out 98-101: debt written off is a 071) -> 1031, future as the purpose of the announced visits, one per "
     "appealing government, the donors uncoded -> target null (borderline not coded as a purpose, or 1054); 'as was "
     "agreed in the Cooperation Agreement between the Republic of the Sudan and the Republic of South Sudan' = an "
     "agreement named with its parties (held-out 28/29: an agreement named after its parties a nominal 057 from the "
     "first-named) -> nominal 057 SDN/GOV -> SSD/GOV, coded once for the pair (borderline from the speaker's own "
     "government SSD/GOV)"),
 9: ([("We have demanded", "1054", "LBY/GOV", N, False, A, N, False),
      ("the embargo on frozen assets", "163", N, "LBY/GOV", False, A, N, True)],
     "Libya (2017); 'We have demanded that the embargo on frozen assets be lifted' = a request (guideline: demand -> "
     "10x) to ease an economic embargo -> 1054, the imposer never named in the speech -> target null (held-out "
     "50/51: a call to end an embargo whose imposer the document never names has no target; borderline org:UNSC, "
     "the asset freeze of resolution 1970 (2011)); the embargo itself, a realised act named inside the request "
     "(held-out 12/13, 28/29: coded too) -> nominal 163 with no source (README, later sets: sanctions whose agent the "
     "speech never names have no source), to the Libyan State whose assets are frozen -> LBY/GOV (borderline bare "
     "LBY); 'we sincerely hope that this will happen' is optative, not coded"),
 10: ([], "Gambia (1992): 'our Organization will be called upon to demonstrate innovative thinking and flexibility' = "
          "an agentless figurative summons by circumstances, and Y (innovative thinking) is no codable behaviour "
          "(guideline: nothing coded if Y is not a codable behaviour); not coded (borderline a future 100 null -> "
          "org:UN, as a later set's agentless 'is called upon to assume' 108)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("should hold them to\ntheir words", "107", "BIH/GOV", N, False, D, N, False)],
      "Bosnia and Herzegovina (1996); 'The Government should hold them to their words' = the future Government of "
      "Bosnia and Herzegovina (preceding sentences: 'it should request from all the signatories of the Dayton Peace "
      "Agreement that the Agreement be fully and consistently implemented') -> a deontic with no request verb "
      "(guideline: demanded codes Y with source X), Y = pressing the actors to honour their stated support for the "
      "Agreement, a request to implement a peace agreement -> 107 (held-out 36/37: a call to return to an agreement "
      "107; borderline generic 100), 'them' = 'all the domestic as well as international actors' (preceding "
      "sentence), an uncoded collective -> target null (borderline the Dayton signatories BIH/REB, HRV/GOV, "
      "YUG/GOV; borderline not coded as null-target advice)"),
 12: ([], "Poland (1990): 'The United Nations Decade of International Law should enhance the rule of international "
          "law' = a deontic about a programme, no actor and no codable act"),
 13: ([], "Guyana (2012): a fragment cut by the splitter, 'We must therefore all work together to strengthen the' = "
          "'we all' meaning all states (held-out 42/43), not coded"),
 14: ([("We call on", "1031", "BDI/GOV", N, False, A, N, False)],
      "Burundi (1990); 'We call on the developed countries to uphold their commitments to support the development "
      "efforts made by our countries' = a request (guideline: call on -> 10x) to an uncoded collective -> target "
      "null (held-out 77 row 10: a call upon developed countries to increase funding 1031 with target null), Y = "
      "development support, economic aid -> 1031; Y not coded separately (guideline); 'our countries' = the least "
      "developed countries of the preceding sentence"),
 15: ([], "Namibia (2006): a fragment cut by the splitter, 'The reforms should aim at strengthening the' = UN reform "
          "(held-out 54-61: reform positions left uncoded)"),
 16: ([], "Panama (1992): the consolidation of democracy 'must be understood and promoted within a modern approach to "
          "economic relations' = an abstract agentless deontic, no actor"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("we have been calling for", "102", "DZA/GOV", N, False, A, N, False)],
      "Algeria (2004); 'It is something we have been calling for now, for more than ten years' = 'It' = 'Drafting a "
      "comprehensive convention against terrorism' (preceding sentence; guideline: missing participant from the "
      "context) -> a request (guideline: call for -> 10x) with a specific Y and no addressee -> target null "
      "(held-out 58 row 56, 77 row 8: a call with a specific Y coded with target null; borderline org:UNGA, whose "
      "Sixth Committee drafts it), Y = a multilateral convention -> 102 (held-out 76 row 2, 77 row 34: calls for "
      "treaties and cooperative frameworks 102; borderline 1013 judicial cooperation); the habitual present "
      "perfect is asserted"),
 18: ([], "Saint Kitts and Nevis (2004): 'We owe much of that success to our coherent system of education and also to "
          "the University of the West Indies, whose academic credentials continue to amaze' = an attribution of "
          "success and an evaluation of a regional university without a country code; not coded (borderline a 051 "
          "KNA/GOV with target null, as thanks)"),
 19: ([("Gabon supports", "051", "GAB/GOV", "CAF", False, A, N, False)],
      "Gabon (2013); 'Gabon supports the transition in the Central African' = a fragment cut by the splitter, the "
      "object completed by the following 'Republic' (held-out 44/45: a part cut off by the splitter is taken from "
      "the context) -> verbal support (guideline: 051; borderline 070, as the following text says Gabon 'worked "
      "with members of ECCAS') for a development inside a named country whose parties are not named -> bare CAF "
      "(README, later sets: such a welcome goes to the bare country; borderline CAF/GOV, the transitional authorities)"),
 20: ([], "Tajikistan (1993): 'We are not hatching any hostile plan with regard to' [Afghanistan, after the cut] = a "
          "denial of hostile intent, not a communicated threat (held-out 48/49: 'has never posed a threat' not coded); "
          "not coded (borderline a negated 138 TJK/GOV -> AFG)"),
 21: ([], "Bahamas (2013): the assistance needs of countries in the region 'are being erroneously assessed and "
          "misunderstood' = an agentless passive about the international financial organizations' assessment "
          "methods (an uncoded collective), no codable act (borderline a 110 of the speaker)"),
 22: ([], "Palau (1999): 'These few examples ... beg for global cooperation on climate change' = an inanimate subject, "
          "an abstract call with no actor; not coded"),
 23: ([("receives adequate support", "070", N, "BEN/GOV", False, H, N, False)],
      "Benin (2016); 'provided that the country receives adequate support' = a proviso about support from unnamed "
      "providers -> aid 070 with no source (held-out 46/47: statements of need aid with no source to the speaker's "
      "government), to Benin -> BEN/GOV, inside a condition -> hypothetical (held-out 52/53: acts inside an "
      "if-clause are hypothetical; borderline demanded, as a statement of need); political stability and democracy "
      "are descriptions"),
 24: ([], "Georgia (2003): scarce resources 'highlighting the need for further intensified global cooperation' = an "
          "agentless need, no actor"),
 25: ([], "Maldives (1999): 'Cooperation among States and partnerships with inter-governmental and non-governmental "
          "organizations are essential' = an abstract norm among uncoded parties, not coded"),
 26: ([], "Cyprus (2018): 'We therefore need to strengthen our support and commitment to the United Nations' = 'we' "
          "meaning all states, as in the preceding sentences ('we should intensify our efforts', 'collective "
          "leadership') (held-out 42/43: not coded); borderline a demanded 051 CYP/GOV -> org:UN"),
 27: ([], "Chile (1992): 'a unique advance has been made in the search for peace, understanding and cooperation among "
          "peoples' = agentless, an evaluation; not coded"),
 28: ([], "Colombia (1999): Plan Colombia 'aims to defend Colombia from the threat of drug trafficking, to strengthen our "
          "democratic institutions ... and to guarantee the security of our citizens' = the purposes of a domestic "
          "plan; the threat is figurative (guideline); not coded"),
 29: ([("we commend", "051", "SLB/GOV", "ZAF/GOV", False, A, N, False),
       ("steps he has taken to dismantle apartheid", "081", "ZAF/GOV", "ZAF/CVL", False, A, N, False),
       ("continue to be deprived", "1721", N, "ZAF/CVL", False, A, N, False)],
      "Solomon Islands (1991); 'we commend President De Klerk' -> 051 (guideline: commend), the sitting President "
      "-> ZAF/GOV; 'the steps he has taken to dismantle apartheid' = the realised 1991 repeal of apartheid laws "
      "(held-out 77 row 56: the same repeal 081 ZAF/GOV -> ZAF/CVL; borderline 0833) -> 081 to the population "
      "subject to them; 'black South Africans continue to be deprived of their rights, their freedom and their "
      "lives' = an agentless passive (guideline: source null; borderline ZAF/GOV from the contrast with De Klerk's "
      "steps), the deprivation of rights and freedom -> restrictions on freedoms 1721 (held-out 98-101: 'do not "
      "restrict human rights' a 1721; borderline 175), to ZAF/CVL; 'their lives' is part of the same generic "
      "deprivation, coded once (borderline a separate 1823 or 202 null -> ZAF/CVL)"),
 30: ([], "Bolivia (1994): 'My country believes in ... the possibilities of friendly negotiation with a view to "
          "overcoming disputes' = a belief, an abstract position; not coded (borderline a 036 BOL/GOV -> CHL/GOV for "
          "the sea-access dispute of the preceding sentence)"),
 31: ([], "DPRK (1993): 'they accuse those countries that disobey them of a \"nuclear threat\" ... imposing "
          "unacceptable pressure on them' = 'they' = 'some forces' and 'those countries that disobey them' = a class "
          "of unnamed countries (preceding sentence: 'some forces', 'certain countries'), both uncoded collectives "
          "(held-out 54-61: acts between uncoded collectives left uncoded); not coded (borderline a 112 and a 170 to "
          "PRK/GOV, which the speech elsewhere says is pressed over its 'nuclear issue', with source null or "
          "USA/GOV)"),
 32: ([("the dismantling of the settlements", "080", "ISR/GOV", "PSE", False, H, N, True),
       ("occupation authorities", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("in defiance", "128", "ISR/GOV", "org:UNSC", False, A, N, True),
       ("withdrawal", "0874", "ISR/GOV", "SYR", False, H, N, True),
       ("withdrawal", "0874", "ISR/GOV", "LBN", False, H, N, True),
       ("occupied Golan", "192", "ISR/GOV", "SYR", False, A, N, True),
       ("occupied southern", "192", "ISR/GOV", "LBN", False, A, N, True)],
      "Yemen (1997); the sentence continues a list whose head lies in the preceding sentence, 'This principle [land "
      "for peace] would ensure the complete Israeli withdrawal ... the release of prisoners;' (held-out 44/45: a "
      "subject cut off by the splitter is taken from the context), so the ensured acts are hypothetical "
      "(borderline demanded): 'the dismantling of the settlements' by Israel, a yielding -> nominal 080 "
      "hypothetical to the Palestinians -> PSE (borderline 0874; borderline not coded, its agent implicit); "
      "'full withdrawal from occupied Golan and occupied southern Lebanon' -> nominal 0874 hypothetical (held-out "
      "52/53: the withdrawal of Israel from the Gaza Strip a nominal 0874), one per country (guideline: compound "
      "split), agent Israel as in the head's 'Israeli withdrawal'; realised acts named in the same sentence: "
      "'the Israeli occupation authorities in the occupied territories' names the occupation of the Palestinian "
      "territories with its agent -> nominal 192 ISR/GOV -> PSE (held-out 22/23: 'Israeli-occupied Golan' a "
      "nominal 192; borderline not coded as an agent description), 'occupied Golan' and 'occupied southern "
      "Lebanon' -> nominal 192 to SYR and LBN (guideline: bare country as target of an occupation), agent from the "
      "same sentence; 'settlements built ... in defiance of the resolutions of international legitimacy' = "
      "defiance of resolutions (held-out 34/35: 'flouting of the resolutions' a nominal 128) -> 128 to the "
      "Security Council, whose resolutions 242, 338 and 425 the preceding sentence names (borderline org:UN); the "
      "building of settlements itself has no CAMEO code, not coded"),
 33: ([("we derive great encouragement from", "051", "LSO/GOV", "org:AU", False, A, N, False)],
      "Lesotho (1990); 'we derive great encouragement from the Declaration by the Heads of State and Government of "
      "the Organisation of African Unity' = a welcome (README, later sets: 'we are encouraged by' 051) of the OAU "
      "summit's declaration -> 051 to org:AU (held-out 34/35: the OAU of 1995 is org:AU); 'they pledged their "
      "determination to make renewed efforts to eradicate the root causes of the refugee problem in Africa' = a "
      "commitment of the African heads of state with no counterpart, about their own continent (held-out 77 row "
      "33: a commitment of a collective to a domestic aim not coded); borderline a 030 org:AU with target null"),
 34: ([("occupation", "192", N, "LBN", False, A, N, True)],
      "Comoros (1997); 'Along the same lines, the occupation of part of' = a fragment cut by the splitter, completed "
      "by the following 'Lebanese national territory by foreign troops' (held-out 44/45: the part cut off is taken "
      "from the context) -> occupation 192 (guideline), nominal, to the country -> bare LBN; the occupier given only "
      "as 'foreign troops', never named in the speech -> source null (README, later sets: wars whose agent the speech "
      "never names have no source; borderline ISR/MIL, or SYR/MIL as well; borderline not coded, the event noun "
      "having no agent in the sentence)"),
 35: ([("deplore", "110", "COG/GOV", N, False, A, N, False)],
      "Congo (2016); 'We cannot but deplore the tragic events that have ... shaken Kinshasa' = the speaker's "
      "disapproval (held-out 12/13: 'it should be deplored that' 110; 'cannot but' affirms, litotes), the September "
      "2016 violence in Kinshasa whose perpetrators the speech does not name -> target null (README: "
      "condemning attacks by unnamed perpetrators, no target; borderline COD/GOV); Kinshasa is a place here, the "
      "city's people shaken, not a metonym for the government; the tragic events themselves are agentless and "
      "unspecified, not coded; plunging the people into mourning is an effect"),
 36: ([("so tragically attacked", "180", N, "USA", False, A, N, False)],
      "Monaco (2001); 'meeting in New York, which has been so tragically attacked' = the 11 September attacks, "
      "agentless in the sentence and the speech ('insane actions') -> 180 with no source (held-out 54-61: an "
      "agentless terrorist attack 180 with no source per victim country; earlier sets 'attacked' 180 null -> USA), "
      "the victim country -> bare USA (New York is a place, not a capital metonym); 'to renew ... the expression of "
      "heartfelt sympathy' = condolences (held-out 46/47: not coded); the sentence starts at '2001 Nobel Peace "
      "Prize' (the splitter cut after 'recipient of the')"),
 37: ([], "Belize (1997): 'a new partnership is called for' = an agentless call with no addressee, between uncoded "
          "developed and developing nations (held-out 52/53: urging with no addressee not coded)"),
 38: ([("in support of", "051", "TKM/GOV", N, False, A, N, False)],
      "Turkmenistan (2001); 'The Government of Turkmenistan was one of the first to make a statement in support of "
      "international efforts to combat terrorism' = the statement itself is 01x (not coded), its content verbal "
      "support -> 051 (held-out 77 row 35: 'sent a letter ... in support of his call' 051), the 'international "
      "efforts' an uncoded collective's -> target null (held-out 76 row 27: support of efforts whose authors are "
      "unnamed 051 null; borderline USA/GOV, the post-11 September campaign)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("recognize the commitment", "051", "SEN/GOV", "org:UN", False, A, N, False)],
      "Senegal (2004); 'I would also like to recognize the commitment of' = a fragment cut by the splitter, "
      "completed by the following 'Secretary-General Kofi Annan, whose tireless efforts ...' (held-out 44/45: the "
      "part cut off is taken from the context) -> a performative acknowledgement of praise (held-out 8: "
      "acknowledging a government's progress 051; held-out 76 row 35: commending the Secretary-General 051 to "
      "org:UN) -> 051 asserted to org:UN; borderline not coded, the object lying outside the sentence"),
 40: ([], "Uruguay (1996): 'The recent establishment of the World Trade Organization ... is seen as the institutional "
          "culmination' = an agentless founding and an evaluation; not coded"),
 41: ([], "Uzbekistan (1997): 'It is also necessary to fundamentally reconsider the security guarantees provided to "
          "the non-nuclear States' = an agentless deontic; the guarantees' providers (the nuclear-weapon States) and "
          "recipients are uncoded classes, null-null; not coded"),
 42: ([], "Kyrgyzstan (1994): 'A tectonic political, social, and economic shift is taking place' = a description, no "
          "actor"),
 43: ([("recognize", "051", "UGA/GOV", "org:UN", False, A, N, False)],
      "Uganda (1999); 'We in Uganda recognize that the United Nations played a pivotal role in the decolonization of "
      "Africa' = an acknowledgement crediting the UN's role (held-out 8: acknowledging a government's progress 051; "
      "held-out 50/51: 'has already received credit' 051) -> 051 UGA/GOV -> org:UN (borderline not coded, "
      "'recognize that' as a belief); the UN's historic role in decolonization names no specific act, not coded "
      "(borderline a nominal 070 org:UN -> null)"),
 44: ([], "Kyrgyzstan (2002): 'the process of transition is particularly difficult' = a description, no act"),
 45: ([], "Central African Republic (2000): 'it will also be necessary to put developing countries in a position where "
          "they can really rise to the development challenge' = an agentless deontic for an uncoded class; not coded"),
 46: ([], "Belize (2000): 'many of us continue to allow our differences to lead to conflict' = 'us' an uncoded "
          "collective of states, no named party; not coded"),
 47: ([("congratulate", "051", "BGR/GOV", "org:UNGA", False, A, N, False)],
      "Bulgaria (1995); 'Allow me first of all to congratulate you, Sir, on your election to the presidency of the "
      "fiftieth session' = a performative congratulation -> 051 asserted to org:UNGA (held-out 48/49: commending the "
      "Assembly President's election 051 to org:UNGA); the election is agentless"),
 48: ([], "Luxembourg (1995): 'Only the United Nations has the necessary legitimacy and authority for such reform' = "
          "an evaluation, a reform position; not coded"),
 49: ([], "Nicaragua (2015): 'putting an end to the wars and terrorism that have been created and fuelled' = an "
          "agentless passive whose creators and fuellers the sentence and the paragraph do not name, and whose "
          "victims are unnamed; null-null, not coded (borderline a 070 or 190 with no source and no target)"),
 50: ([], "Malawi (2000): 'the role that a precious mineral like diamonds can play in unleashing human tragedy' = an "
          "inanimate agent, no actor"),
 51: ([("inter-Congolese\ndialogue", "046", "COD/GOV", "COD/REB", False, A, N, True),
       ("with the help of", "045", "ZAF/CVL", "BDI/GOV", False, A, N, True)],
      "Senegal (2001); 'there is true cause for encouragement in ...' = an impersonal evaluation, not a welcome act "
      "(held-out 52/53: welcomes by an impersonal passive not coded; borderline a 051 SEN/GOV to each party named); "
      "'the beginning of an inter-Congolese dialogue in Gaborone' = the talks of the national dialogue of the Lusaka "
      "Agreement -> nominal 046 (held-out 75 row 18: the inter-Congolese dialogue a nominal 046 COD/GOV -> COD/REB), "
      "between the Government and the armed movements (borderline COD/OPP or COD/CVL for the unarmed opposition and "
      "civil society); Gaborone and Botswana are places; 'the recent formation, with the help of the incomparable "
      "Nelson Mandela, of the transitional government of Burundi' = Mandela's facilitation of the Arusha process -> "
      "mediation 045 (borderline 070 assistance), nominal, Mandela in 2001 a former president -> ZAF/CVL (guideline: "
      "a former official is CVL), to the transitional government it produced -> BDI/GOV (borderline one 045 per "
      "Burundian party, BDI/GOV and BDI/OPP); the formation itself is domestic, not coded"),
 52: ([], "Tonga (2002): 'We expect a resurgence of the critical agricultural, tourism and fisheries sectors' = an "
          "economic forecast, no act"),
}
