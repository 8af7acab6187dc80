"""Hand annotations for the HUNDRED-AND-NINETY-THIRD held-out event gold set (source of events-heldout193.jsonl).

Keyed by the row index of selection-heldout193.jsonl (output of select_bulk_sentence_heldout.py 193; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, from speeches in which one other sentence
was annotated for an earlier set; that earlier annotation is irrelevant here and was not consulted).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout193.jsonl \
        --annotations annotations_heldout193 --output events-heldout193.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([("criticizing", "111", N, "org:EU", True, D, N, False)],
     "European Union (Tusk, 2015); 'those who do not want to should at least refrain from hiding their "
     "indifference by criticizing Europe for doing too little' = a deontic on the critics of the text before ('many "
     "countries represented here', an uncoded collective) -> source null; 'should ... refrain from criticizing' = a "
     "negated, demanded 111 (README 127: 'should not be ... refusing to recognize the other' a negated, demanded 120 "
     "with no source), 'Europe' in the EU's own speech = the Union -> org:EU (borderline target null, 'Europeans' "
     "being an uncoded collective; borderline an asserted 111, the criticism being presupposed by the text before); "
     "'Everyone can offer help to the refugees' = a capability of all states ('we' meaning all states), not coded"),
 1: ([("greater external support", "070", N, "GTM", True, A, N, True)],
     "Costa Rica (1993); 'an attempted coup d'etat in Guatemala failed' = Serrano's 1993 self-coup, not coded "
     "(README: coups have no CAMEO code); 'that failure did not translate into greater external support for the "
     "consolidation of Guatemalan democracy' = support that did not come, from unnamed foreign donors -> a negated "
     "nominal 070 with no source (README 140: pledges 'yet to be honoured' a negated 070 with no source), the "
     "beneficiary Guatemala's democracy -> bare GTM (borderline GTM/GOV; borderline an asserted nominal 070 with the "
     "negation read as bearing on the amount, as set 113's 'not matched by a commensurate support', or not coded)"),
 2: ([], "Ethiopia (2000): 'Africa has not had the necessary support commensurate with the complexity of the "
         "challenges' = support between uncoded collectives (unnamed providers, the continent), null-null, not coded "
         "(README: acts between uncoded collectives; borderline a negated nominal 070 null -> null); the negation "
         "bears on the amount ('necessary ... commensurate')"),
 3: ([("will not let", "070", "PAK/GOV", N, True, F, N, False),
      ("cannot allow", "120", "PAK/GOV", N, False, A, N, False)],
     "Pakistan (Zardari, 2008); 'we will not let Pakistan's territory be used by terrorists for attacks against our "
     "people and our neighbours' = a denial of safe haven -> a negated future 070 (README: harbouring terrorists is "
     "support 070; set 184: 'neither provided assistance ... nor safe haven to them, and we never will' one negated "
     "070 with no target), the terrorists unnamed in the sentence -> target null (borderline PAK/REB; borderline a "
     "120 as a statement of resolve); the attacks are its purpose, not coded (borderline a hypothetical 180); 'so we "
     "cannot allow our territory and our sovereignty to be violated by our friends' = a performative non-acceptance "
     "(guideline: 'we will never accept it' is REJECT, negated false; set 183: 'will not tolerate' a 120 with no "
     "target) of the 2008 cross-border raids (next sentence: 'Attacks within Pakistan that violate our "
     "sovereignty'), the 'friends' never named in the speech -> target null (borderline USA/GOV from outside "
     "knowledge, or org:NATO from 'the NATO forces stationed there' later on); the violation inside it is not coded "
     "separately (guideline: 'attack on sovereignty' figurative; borderline a hypothetical 190 null -> bare PAK)"),
 4: ([("we call on", "100", "SDN/GOV", N, False, A, N, False),
      ("refuse to participate", "125", "SDN/REB", "SDN/GOV", False, H, N, False)],
     "Sudan (2007); 'we call on the international community to take firm measures against those who obstruct or "
     "refuse to participate in the peace talks' = a request (guideline: call on -> 10x) to an uncoded collective -> "
     "target null, Y = coercive measures, for which CAMEO has no request sub-code -> generic 100 (borderline 1042), "
     "Y not coded separately (guideline); 'those who obstruct or refuse to participate in the peace talks' = the "
     "spoilers among the Darfur 'rebel movements' and 'armed factions' of the text before (README: unnamed outlaw "
     "groups are the country's REB) refusing the Sirte talks -> 125 to the negotiating Government, one event for "
     "'obstruct or refuse', hypothetical as a class of wrongdoers (README 140: the spoilers' refusal a hypothetical "
     "125; borderline asserted, since some factions had already refused, as the next sentence implies; borderline "
     "source null, or target org:UN/org:AU as mediators)"),
 5: ([], "Sweden (2017): 'because we failed to respond early or quickly enough' = 'we' meaning the Security Council "
         "and the international community as a whole (README: 'we' meaning all states), a failure of response to "
         "conflicts, not to a call; not coded (borderline a negated 030 from org:UNSC)"),
 6: ([], "Estonia (2007): 'The threats posed by cyberwarfare' = threats as risks (guideline: figurative), no actor; "
         "'have not as yet resulted in the loss of any lives' is an outcome, not a negated event"),
 7: ([], "Zaire (1996): the sentence starts at 'States to put aside their selfish interests' (the splitter cut "
         "after 'From this rostrum we appeal to the nuclear-weapon'), so the request verb lies before the cut "
         "(README: a request whose verb falls outside the selected sentence is left uncoded; borderline a 102 "
         "COD/GOV -> null for committing to the CTBT); 'nuclear weapons will no longer threaten future generations' "
         "is a figurative threat (guideline)"),
 # --- UNGDC 1990-2019: future
 8: ([], "Switzerland (2016): 'I am convinced that by acting together we will succeed in meeting all the Goals of the "
         "2030 Agenda' = a confident prediction with 'we' meaning all states, no act between actors"),
 9: ([("urging", "106", "CMR/GOV", N, False, A, N, False)],
     "Cameroon (2014); 'I will therefore limit myself to urging the parties concerned to negotiate and to seek "
     "peaceful solutions' = a performative request made in the speech itself -> asserted (not future), Y = "
     "negotiations -> 106 (guideline), the parties to the unnamed 'areas of tension and conflict' in Africa, the "
     "Middle East and Eastern Europe of the text before -> target null (README 124: appeals to unnamed influential "
     "parties 108s with no target; borderline not coded as a call with no named addressee; borderline 107 for "
     "'seek peaceful solutions')"),
 10: ([("to host", "036", "ROU/GOV", N, False, F, N, False)],
      "Romania (2006); 'Romania will soon have the honour to host the eleventh summit of la Francophonie' (Bucharest, "
      "28-29 September 2006) = a future hosting -> 036 future (guideline: future cooperative acts, hosting included, "
      "036), la Francophonie having no code (held-out 144, 159, 178) -> target null (README 120: Fiji's future "
      "hosting of the Pacific Islands Forum a 036 with target null; borderline a new org code for the OIF)"),
 # --- UNGDC 1990-2019: demand
 11: ([("we call on", "1013", "NLD/GOV", N, False, A, N, False)],
      "Netherlands (2018); 'we call on all States to fully cooperate with ongoing efforts to this end' = a request "
      "(guideline: call on -> 10x) to all States (an uncoded class) -> target null (README 149: 'calls upon all "
      "States to pursue ...' 1011 with no target), Y = cooperation with the MH17 investigation and prosecution "
      "('the full truth must be revealed, justice served and responsibility accepted', the sentence before) -> "
      "demand judicial cooperation 1013 (borderline 101); 'In accordance with Security Council resolution 2166' = "
      "in accordance with, not attribution (guideline), and the resolution's own demand is not coded (borderline a "
      "1013 from org:UNSC); Russia is never named in the sentence (borderline RUS/GOV)"),
 12: ([("graduation", "1621", N, "BRB/GOV", False, A, N, True)],
      "Barbados (2015); 'The United Nations and the international financial institutions must address the matter "
      "of ...' = a deontic whose Y, 'address the matter', is no codable behaviour (guideline: nothing coded; "
      "borderline a demanded 081 or 1031 from org:UN); 'the graduation of middle-income countries, such as Barbados, "
      "from access to concessionary and grant-based financing' = a removal of access to concessional aid -> nominal "
      "1621 with no source (README 156: 'exclusion from the benefits of external concessional financing' a nominal "
      "1621 with no source to GAB/GOV; 150: excluding from the lists of beneficiaries an agentless 1621), the class "
      "coded for the one member it names -> BRB/GOV (README 26/27: a collective naming one member; borderline source "
      "org:UN or org:WB as the graduating bodies, or not coded as a policy rule)"),
 13: ([], "Lesotho (2016): the special challenges of LDCs, LLDCs and SIDS 'should be paramount in our minds as we "
          "consider strategies' = a deontic about the Assembly's deliberation, 'we' meaning all states, no act"),
 14: ([], "European Union (2013): 'There must be ways to open up opportunities' = an impersonal deontic, no actor"),
 15: ([], "Barbados (2014): 'The outcome of the Conference must make provisions for the special needs of SIDS and "
          "middle-income countries' = a deontic on an outcome document (the Addis Ababa financing conference), the "
          "providers and beneficiaries uncoded collectives, null-null, not coded (borderline a demanded 0331 null -> "
          "null, or BRB/GOV as the speaker among the middle-income countries)"),
 16: ([], "Uruguay (1992): 'This process of revitalization must be pursued and intensified' = the restructuring of "
          "the United Nations in the economic and social fields, a UN reform position (README), not coded"),
 # --- UNGDC 1990-2019: cue
 17: ([], "Afghanistan (2012): 'we cannot deny the fact that the Organization is in dire need of comprehensive "
          "reform' = a UN reform position (README), not coded; 'cannot deny' bears on a fact, not on an event"),
 18: ([("United Nations support", "070", "org:UN", N, False, D, N, True)],
      "Barbados (2016); 'Prime Minister Stuart highlighted the importance of United Nations support for the "
      "implementation of the SIDS Agenda' = the speaker's own Prime Minister quoted -> reported_by null (README: "
      "the document's own government quoted), 'highlighted' a statement (01x, not coded); the importance of UN "
      "support = a statement of need -> demanded nominal 070 from org:UN (README 142: 'places high value on an "
      "appropriate level of United Nations presence ... to assist us' a demanded 070 org:UN), the beneficiaries the "
      "SIDS, an uncoded class -> target null (borderline BRB/GOV as the speaker's own state among the SIDS, or not "
      "coded as an evaluation of importance)"),
 19: ([("continues to resist", "120", "CUB/GOV", "USA/GOV", False, A, N, False),
       ("imposed", "163", "USA/GOV", "CUB", False, A, N, False)],
      "Nicaragua (2014); 'Cuba continues to resist the criminal economic and financial embargo imposed on it by the "
      "United States' -> the embargo 'imposed ... by the United States' = a 163 USA/GOV -> bare CUB, not nominal as "
      "a participle (README 146: the embargo 'imposed by the most powerful nation on Earth' a 163 USA/GOV -> bare "
      "CUB; 187: 'the visa regime imposed by France' not nominal); Cuba's resistance to it = a habitual rejection -> "
      "120 CUB/GOV -> USA/GOV (README 162: 'the legitimate Palestinian resistance against Israeli occupation' a "
      "nominal 120; 135: 'we resist its acts of aggression' folded into one 120; borderline not coded as mere "
      "endurance); 'criminal' is evaluative"),
 20: ([("continues to support", "051", "org:EU", "org:UN", False, A, N, False)],
      "Italy for the European Union (2003, Italian Presidency); 'It' = 'The European Union' of the sentence before "
      "-> org:EU (README: a head of state speaking as chair of an organisation is the organisation; here the "
      "subject names the Union itself); 'continues to support the Secretary-General's efforts to implement the "
      "reforms' -> 051 to org:UN (README: supporting the Secretary-General 051 to org:UN; set 140: Poland's support "
      "for the Secretary-General's reform direction a 051 to org:UN; borderline not coded as a UN reform position)"),
 21: ([], "Moldova (1992): 'the appearance of new regional conflicts which threaten the internal stability of those "
          "States' = agentless conflicts, threat as risk (guideline: figurative), no named actor"),
 22: ([("felt great satisfaction", "051", "HND/GOV", "ISR/GOV", False, A, N, False),
       ("felt great satisfaction", "051", "HND/GOV", "PSE/GOV", False, A, N, False),
       ("signing", "057", "ISR/GOV", "PSE/GOV", False, A, N, True),
       ("we are gratified", "051", "HND/GOV", "ISR/GOV", False, A, N, False),
       ("we are gratified", "051", "HND/GOV", "JOR/GOV", False, A, N, False),
       ("to sign the", "057", "ISR/GOV", "JOR/GOV", False, A, N, False)],
      "Honduras (1994); 'we felt great satisfaction at the signing, last year, of the historic mutual recognition "
      "agreement between the State of Israel and the PLO' = the speaker's own past welcome (README 140: Senegal's "
      "past welcome of a signing one 051 per party; 36/37: 'satisfaction over the signing' a welcome to each party) "
      "-> 051 to ISR/GOV and to PSE/GOV (the PLO, held-out 31), and the signing a nominal 057 from the first-named "
      "(README: an agreement named by its parties a nominal 057; borderline a second nominal 054 for the mutual "
      "recognition, README 128: 'that courageous decision' a nominal 054); 'we are gratified by the decision of the "
      "State of Israel and the Kingdom of Jordan to sign the Washington Declaration of 25 July 1994' -> 051 to each "
      "party ('we are pleased with' 051), and the signing a 057 ISR/GOV -> JOR/GOV, not nominal as an infinitive "
      "(README: a withdrawal inside 'the decision taken by' not nominal; borderline 0356 as README 135 coded "
      "'agreed, in the Washington Declaration, to end the state of war')"),
 23: ([("continues to support", "051", "NGA/GOV", "org:UN", False, A, N, False)],
      "Nigeria (2013); a fragment cut by the splitter, 'Nigeria continues to support the efforts of the', whose "
      "object the text after completes as 'United Nations in addressing the global initiative to combat ... the "
      "illicit trade in small arms' (README 102-109: a fragment whose object the splitter cut off is coded from the "
      "text after the cut when its verb is in the sentence) -> 051 (guideline: support 051; borderline 070) to "
      "org:UN"),
 24: ([], "Portugal (2008): 'It is therefore important that we join efforts to ensure that negotiations are "
          "completed ... on a post-2012 climate regime' = 'we' meaning all states (README), a deontic among uncoded "
          "parties, not coded (borderline a demanded 050 or 046 null -> null)"),
 25: ([], "Samoa (2013): 'The Barbados interregional meeting endorsed ... as the overarching theme of the "
          "Conference' = the SIDS preparatory meeting, an uncoded body, choosing a conference theme (README 120: the "
          "welcome of a theme is not coded); Barbados is only the venue's name, not a metonym"),
 26: ([("reached", "057", "SDN/GOV", "org:UNICEF", False, A, N, False)],
      "Sudan (2013); 'We reached an agreement with UNICEF on vaccinations against poliomyelitis and other diseases' "
      "-> 057 (guideline: agreements concluded) SDN/GOV -> org:UNICEF (guideline list); 'and an agreement was "
      "reached as part of the Comprehensive Peace Agreement' = an agentless agreement whose parties neither the "
      "sentence nor the text around it names, left uncoded (README 129: agreements between unnamed parties; "
      "borderline a 057 SDN/GOV with no target, as set 172 coded the CPA when the speech never names the SPLM/A)"),
 27: ([("welcomes", "051", "MEX/GOV", "USA/GOV", False, A, N, False),
       ("welcomes", "051", "MEX/GOV", "FRA/GOV", False, A, N, False),
       ("welcomes", "051", "MEX/GOV", "GBR/GOV", False, A, N, False),
       ("welcomes", "051", "MEX/GOV", "RUS/GOV", False, A, N, False)],
      "Mexico (1993); a fragment cut by the splitter, 'Mexico welcomes the recent decision by the United', whose "
      "object the text after completes as 'States, France, the United Kingdom and Russia unilaterally to extend the "
      "moratorium on nuclear testing' (README 102-109 and 175: parties taken from after the cut when the verb is in "
      "the sentence) -> one 051 per named government (guideline: compound split); the moratorium extension itself "
      "lies wholly after the cut and is not coded (borderline a nominal 087 or 0356 from each of the four)"),
 28: ([("The visit", "042", "org:UN", "AND/GOV", False, A, N, True)],
      "Andorra (2013); 'The visit of the Secretary-General to our country in April' -> nominal 042 from org:UN to "
      "the speaker's government (README 30/31: the Secretary-General's visit to the speaker's country a nominal 042 "
      "from org:UN); 'served to reiterate once again Andorra's commitment to the principles and values of the United "
      "Nations' = a commitment to the Charter's principles, left uncoded (README 137: reaffirmed commitments to the "
      "Charter uncoded; borderline a 030 AND/GOV -> org:UN, as set 116's 'solemn pledge to the Charter')"),
 29: ([("requests", "1031", "JPN/GOV", N, False, A, N, False)],
      "Japan (2012); 'Japan requests each country to kindly offer financial support to the Extraordinary Chambers in "
      "the Courts of Cambodia' = a request to every state (an uncoded class) -> target null, Y = money -> demand "
      "economic aid 1031 (README 149: 'calls upon all States' coded with no target), Y not coded separately "
      "(guideline); the Chambers' financial crisis is a state, not an act"),
 30: ([("We commend", "051", "CAN/GOV", "org:UN", False, A, N, False)],
      "Canada (1992); 'We commend the Secretary-General's emphasis on preventive diplomacy and peace-making' (An "
      "Agenda for Peace) -> 051 (guideline: commend) to the Secretary-General -> org:UN"),
 31: ([("participating", "061", "AND/GOV", N, False, A, N, False)],
      "Andorra (2016); 'by participating with all our efforts to build a more cooperative, transparent and fair "
      "global economy' = Andorra's part in the 'coordinated, balanced actions that involve the entire international "
      "community' of the sentence before (its opening to foreign investment and tax-information exchange, the text "
      "after) -> economic cooperation 061 with no target, the partners an uncoded collective (README 142: 'the most "
      "active countries in all of the regional initiatives' a 050 with no target; 111: 'seeks to participate ... in "
      "initiatives for regional cooperation' a 030 with no target; borderline 050, or not coded as an abstract "
      "aim); 'We have demonstrated that' is the speaker's own statement"),
 32: ([("supports", "051", "VUT/GOV", N, False, A, N, False),
       ("made 10 global appeals", "100", "VUT/GOV", N, False, A, N, False)],
      "Vanuatu (2019); 'Vanuatu supports regional commitments endorsed by the Blue Pacific' = support for the "
      "Pacific Islands Forum's Kainaki II commitments (the sentence before), the Forum having no code (README "
      "120) -> 051 with no target (borderline a new org code for the Forum, or not coded as support for the "
      "speaker's own regional commitments); its endorsement by the uncoded Forum is not coded; 'and made 10 global "
      "appeals for urgent action on climate change' read literally with Vanuatu as subject of both verbs -> a "
      "request with no addressee and no specific Y -> generic 100 with no target (README 178: 'strongly urging the "
      "largest emitters' a generic 100; borderline not coded, as the Forum's appeals in the Kainaki II Declaration, "
      "an uncoded body, or as a call with no addressee)"),
 33: ([], "Turkey (1997): 'The discussions and recent efforts to reform the United Nations have produced creative "
          "recommendations' = a UN reform position among unnamed parties (README), not coded (borderline a nominal "
          "040 with no source)"),
 34: ([], "Germany (2000): 'A new comprehensive regional process ... which fosters cooperation instead of "
          "confrontation, could play an important stabilizing role' = a hypothetical process with no named "
          "participant, not coded (borderline a hypothetical nominal 050 null -> null)"),
 35: ([("Soviet-occupied", "192", "SUN/GOV", "LVA", False, A, N, True)],
      "Latvia (2011); 'From a Soviet-occupied European country' = the historic Soviet occupation of Latvia -> a "
      "nominal 192 (README 166: Estonia's 'Soviet occupation' a nominal 192 SUN/GOV -> EST; README: 'Israeli-occupied "
      "Golan' a nominal 192) to bare LVA (guideline: the target of an occupation); membership in the UN, the EU and "
      "NATO is a status, not coded (README: admissions and membership positions uncoded)"),
 36: ([("expressed his support", "051", "org:LAS", "KEN/GOV", False, A, N, False),
       ("Kenyan proposal", "102", "KEN/GOV", N, False, A, N, True)],
      "Kenya (2006); 'The Secretary-General of the Arab League has expressed his support for the Kenyan proposal' "
      "-> 051 (guideline: 'express support' 051) org:LAS -> KEN/GOV; 'the Kenyan proposal' = Kenya's proposal, set "
      "out in the text before, that an international joint committee on Somalia of IGAD, the AU, the Arab League, "
      "the EU and the UN be constituted -> a nominal request with its agent in the adjective (README 183: 'I "
      "proposed the creation of an international force' a 1012 with no target), Y = joint diplomatic coordination "
      "-> 102, no addressee in the sentence -> target null (borderline 108 as a demand for a joint mediation body, "
      "one event per organisation named in the text before, or not coded as an anaphoric proposal); 'we hope that "
      "we can proceed on that path' is optative; 'the foundations already established by IGAD' (the Somali peace "
      "process) is left uncoded as an abstract noun (borderline a nominal 045 org:IGAD -> bare SOM); 'rather than "
      "allow another proliferation of vertical initiatives' is a contrast, not an event"),
 37: ([("reiterate our opposition", "120", "GHA/GOV", N, False, A, N, False),
       ("blockade", "163", N, "CUB", False, A, N, True),
       ("call for", "1054", "GHA/GOV", N, False, A, N, False)],
      "Ghana (2012); 'We also reiterate our opposition to the continuous blockade on Cuba' -> 120 (reject; "
      "borderline 111), the imposer never named in the speech (the United States appears only for the Peace Corps) "
      "-> target null (README 122: the speaker's 1054 with no target because the speech never names the United "
      "States; 154: the unattributed blockade a nominal 163 with no source to bare CUB); the blockade = a US "
      "'blockade' of Cuba, sanctions (README 24/25: 163) -> nominal 163 with no source to bare CUB; 'call for an "
      "immediate lifting of that embargo' -> demand easing of an embargo 1054 with no target; 'that embargo' is a "
      "repeated mention of the blockade, coded once (guideline)"),
 38: ([("full support", "070", N, "MWI/GOV", False, D, N, True)],
      "Malawi (2006); 'our country on its own, without the full support of the international community, cannot "
      "successfully wage the battle against HIV/AIDS' = a statement of need (held-out 76 row 7: 'will not be able to "
      "attain sustainable development without appropriate technological support' a demanded nominal 070 with no "
      "source) -> demanded nominal 070 with no source to MWI/GOV; 'We recognize' is the speaker's own statement and "
      "'wage the battle against HIV/AIDS' is figurative"),
 # --- UNGDC 1990-2019: nocue
 39: ([], "Kenya (2018): 'When networks and cartels in Government capture the State ... the result is all too often "
          "civil strife and civil war' = a generalisation with no named actor, not coded"),
 40: ([], "Philippines (1994): the effective management of the Organization 'assumes enormous importance' = an "
          "evaluation tied to UN revitalization (a UN reform position), not coded"),
 41: ([], "Mali (2003): the sentence starts at 'Mali is adopting' (the splitter cut after 'the Government of'); "
          "adopting fiscal measures to attract national and international investment = domestic economic policy, "
          "no act between actors"),
 42: ([], "Bhutan (2006): 'We are confident that, under your dynamic leadership, Madam President, the sixty-first "
          "will be able to successfully complete all its tasks' = a confident prediction about the Assembly's "
          "session (README 123: confident predictions are hopes, not coded); the praise of leadership is an "
          "evaluation"),
 43: ([], "Ireland (2017): 'I also want to extend condolences to the representatives of people in the Caribbean "
          "islands' after the hurricanes = condolences (README: not coded; solidarity after a natural disaster is "
          "01x)"),
 44: ([], "Finland (2005): 'I would stress the complementarity of the Johannesburg Plan of Implementation and the "
          "MDGs' = the speaker's statement about two documents, no act"),
 45: ([], "DR Congo (2007): a fragment cut by the splitter, 'In the face of changes on the world scene, our', whose "
          "verb ('must adjust', about the Organization's architecture) lies after the cut; a UN reform position in any "
          "case, not coded"),
 46: ([("extend my heartfelt congratulations", "051", "NOR/GOV", "org:UN", False, A, N, False)],
      "Norway (2001); 'Let me once again extend my heartfelt congratulations' = a performative congratulation (README: "
      "'congratulated' is 051), its addressees taken from the sentence before ('Secretary-General Kofi Annan and the "
      "United Nations', the 2001 Nobel Peace Prize laureates; guideline: missing participant from the context) -> one "
      "051 to org:UN, Annan and the Organization being the same code (README 179: the Nobel Prize award itself not "
      "coded); not nominal, as held-out 76's 'sincere congratulations' (README 173)"),
 47: ([], "Finland (2018): reducing black carbon 'would have immediate positive effects' = an environmental "
          "generalisation, no actor"),
 48: ([], "Solomon Islands (1998): 'Protecting the fragile marine ecosystem from pollution is a major concern' = a "
          "concern (01x), no actor"),
 49: ([("contributing", "074", "DNK/GOV", N, False, A, N, False)],
      "Denmark (1998); a fragment cut by the splitter, 'Denmark has a long tradition of contributing to United', "
      "whose object the text after completes as 'Nations peacekeeping operations' (README 102-109: coded from the "
      "text after the cut when the verb is in the sentence) -> a habitual 074 (peacekeeping) from the speaker's "
      "government, the host countries unnamed -> target null (README 138: 'contributed a small number of officers' "
      "to UN efforts a 074 with no target; 145: Spanish troops in UN peacekeeping operations a 074 with no target; "
      "borderline org:UN, or DNK/MIL from 'Danish forces' in the text after)"),
 50: ([], "Namibia (2002): 'the tabling by the Secretary-General of the report on the final review and appraisal of "
          "... UN-NADAF' = submitting a report (README 50/51: submitting a report not coded; 143: a briefing uncoded), "
          "no act between actors"),
 51: ([], "Austria (2019): 'we need to strengthen the protection of civilians' = 'we' meaning all states (README), a "
          "policy goal, not coded"),
 52: ([], "Lao PDR (1993): GNP growth, inflation and the exchange rate = economic statistics, no act"),
}
