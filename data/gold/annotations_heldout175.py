"""Hand annotations for the HUNDRED-AND-SEVENTY-FIFTH held-out event gold set (source of events-heldout175.jsonl).

Keyed by the row index of selection-heldout175.jsonl (output of select_bulk_sentence_heldout.py 175; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout175.jsonl \
        --annotations annotations_heldout175 --output events-heldout175.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Czech Republic (2007): 'The ambition of the United Nations is not, and should never be, the search for one "
         "obligatory, unitary view imposed by some of us on those who disagree' = a norm about the Organization's "
         "purpose; 'imposed by some of us' is a hypothetical act of unnamed Member States ('us' meaning all states) on "
         "unnamed dissenters, null-null, not coded (borderline a negated hypothetical 170 null -> null); the negation "
         "bears on the ambition, not on an event"),
 1: ([], "Albania (2019): 'many of those threats and risks ... do not usually meet with the right response' = threats "
         "as risks (guideline: figurative), an agentless lack of response with no actor; not a negated event"),
 2: ([("did not hesitate in adopting", "057", "GTM/GOV", N, False, A, N, False)],
     "Guatemala (2016); 'my country did not hesitate in adopting the Paris Agreement on Climate Change' = litotes, an "
     "asserted treaty act (README: 'did not hesitate to respond to the appeal' asserted 030; 'not only ... but' and "
     "litotes are no negation) -> joining a multilateral agreement 057 with no target (README: joining the NPT 057 "
     "with no target); 'which I had the honour of signing on 22 April in this very Hall' = the President's signing of "
     "the same agreement, folded into the one accession event (set 146: 'one of the first nations to sign and ratify' "
     "one 057; borderline a second 057 for the signing, or a separate 030 for the adoption); 'if we do not ensure the "
     "preservation' is a generic conditional, not an event"),
 3: ([], "Panama (2011): 'We can never forget that this is a fundamental principle of the Charter' (Article 33, "
         "mediation) = a statement of principle; 'agreement have prevailed over aggression, hate and destruction' is "
         "abstract, no actor; 'never' bears on forgetting, not on an event"),
 4: ([("thanking", "051", "COD/GOV", N, False, A, N, False),
      ("have helped", "070", N, "COD", False, A, N, False)],
     "DR Congo (2009); 'I would be remiss if I did not conclude my statement without thanking once again all those "
     "whose commitment ... have helped' = an asserted thanks (README: 'I would be remiss if I did not ... without "
     "condemning' an asserted 111) -> 051, 'all those' an uncoded collective -> target null; 'have helped and continue "
     "to help my country embrace the concepts of negotiation and peaceful settlement' = the help thanked for, one act "
     "(past and continuing) -> 070 with no source (README: 'we had a lot of help' 070 with no source; set 119: 'all who "
     "selflessly helped us in the struggle' 070 with no source to bare GNB), 'my country' the country as a whole -> "
     "bare COD (borderline COD/GOV, or 051 as political support); 'casting aside war and the use of force' is the "
     "manner of the peace process, not a negated event"),
 5: ([], "San Marino (2014): 'a simple appeal will not suffice' = a generic evaluation with no author or addressee; "
         "not a negated request"),
 6: ([("does not demand more", "100", "UKR/GOV", "RUS/GOV", False, A, N, False)],
     "Ukraine (2015); 'Freedom, peace and respect for sovereignty and territorial integrity - Ukraine does not demand "
     "more' = the negation bears on the amount, so the sentence asserts Ukraine's demand for exactly these (set 113: "
     "support 'not matched by a commensurate support' asserted, the negation bearing on the amount) -> an asserted "
     "generic 100 (borderline 1056, given the withdrawal of Russian forces demanded in the sentence before), addressed "
     "to Russia, the party whose forces and occupation the sentence before names -> RUS/GOV (borderline target null; "
     "borderline a negated 100, as the README's 'I do not demand'); 'however, it will not settle for less' = a statement of "
     "resolve, not coded (set 116: 'We have never cowered' resolve; borderline a 120 performative non-acceptance)"),
 7: ([("we propose", "0356", "PAK/GOV", "IND/GOV", False, A, N, False)],
     "Pakistan (2015); 'we propose that Pakistan and India reaffirm that they will not resort to the use or the threat "
     "of the use of force under any circumstances' = the second point of Sharif's peace initiative, an offer that "
     "binds the proposer too -> an intent stated as a fact, 03x asserted (guideline), to renounce force -> express "
     "intent to de-escalate military engagement 0356 to IND/GOV (README set 110: the DPRK 'proposal to stop hostile "
     "military acts' an asserted 0356; borderline 037, or a request 1056 to IND/GOV); 'will not resort to the use or "
     "the threat of the use of force' is the content of the proposal, not a negated event coded separately"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Eritrea (1994): the new international system and the UN's universality 'offer it the unique opportunity' to "
         "set guidelines = an evaluation of an opportunity, no act between actors"),
 9: ([("we welcome", "051", "HRV/GOV", "org:UN", False, A, N, False)],
     "Croatia (2006); 'we welcome the United Nations Global Counter-Terrorism Strategy, launched yesterday' -> 051 "
     "(guideline: welcome), the Strategy being a United Nations product -> org:UN (set 120: the welcome of the UN "
     "small-arms Programme of Action to org:UN; borderline org:UNGA, which adopted it as resolution 60/288, or target "
     "null); 'launched yesterday' is agentless, not coded; 'express our hope that all countries will implement it' is "
     "optative (README: hopes about other actors' acts not coded)"),
 10: ([], "Nepal (2000): 'We believe that the conference on the least developed countries to be held in Brussels next "
          "year will open up a new vista of cooperation' = a belief about an agentless future conference (LDC III), the "
          "cooperation between uncoded collectives; not coded (borderline a future 036 with no source; Brussels is a "
          "place)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Botswana (1994): 'That is to be celebrated, and should be celebrated' (democratization in Africa) = an "
          "impersonal passive evaluation (README: welcomes by an impersonal passive not coded)"),
 12: ([], "Luxembourg (2014): governance, justice, peace, environment ... 'must be part of that agenda' = a deontic "
          "about the content of the post-2015 agenda, no actor, no behaviour"),
 13: ([], "Belgium (2009): 'Better cooperation should henceforth allow the optimal use of the resources of all' = an "
          "agentless deontic about cooperation among regional and international organizations in general (uncoded), "
          "null-null, not coded (borderline a demanded 050 null -> null)"),
 14: ([("we are shocked", "110", "HUN/GOV", N, False, A, N, False)],
      "Hungary (2017); 'We must honestly admit that we are shocked ... that there are still leaders of international "
      "organizations and representatives of powerful countries who claim forcefully that migration is a favourable "
      "phenomenon' = the speaker's disapproval of a stance -> 110 (set 126: 'We are outraged by the attacks' 110; "
      "borderline an uncoded sentiment, as 'are alarmed by' 01x), the leaders and countries unnamed -> target null; "
      "'claim forcefully' is their statement (01x, not coded); 'the barbaric terrorist attacks in Europe' has no agent "
      "and no victim country (Europe has no code), not coded (borderline a nominal 180 with no source); the "
      "violations of laws and the loss of lives at sea are agentless"),
 15: ([], "Latvia (2010): 'We must therefore continuously seek maximum effectiveness and efficiency in the work of the "
          "United Nations' = 'we' meaning all Member States, a UN reform position (README: not coded)"),
 16: ([], "Niger (2007): 'The combined efforts of the international community effectively to combat those scourges "
          "should be stepped up' = a deontic for an uncoded collective against desertification and environmental "
          "degradation, no target actor; not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("welcomed", "051", "TCD/GOV", "USA/GOV", False, A, N, False),
       ("welcomed", "051", "TCD/GOV", "CUB/GOV", False, A, N, False),
       ("resumption of diplomatic relations", "050", "USA/GOV", "CUB/GOV", False, A, N, True)],
      "Chad (2017); 'Chad welcomed the resumption of diplomatic relations between the United States and Cuba' = the "
      "speaker's own past welcome -> asserted 051 to each party (README: welcoming several developments is 051 to each "
      "named party, the developments coded too); the resumption = a realised normalization naming its parties -> "
      "nominal 050 from the first-named (README: a realised normalization naming its parties a nominal 050; set 154: 'restoration "
      "of diplomatic relations' a nominal 050; borderline 054)"),
 18: ([], "Canada (1999): 'Practical cooperation between countries can address specific problems and the participation "
          "of ... civil society and non-governmental organizations is also imperative' = a generic statement about "
          "cooperation between unnamed countries, no actor; not coded"),
 19: ([("strongly committed", "030", "MRT/GOV", N, False, A, N, False)],
      "Mauritania (2004); 'My country is strongly committed to contributing to relations of cooperation and "
      "solidarity within the framework of our integrated regional affiliations' = a commitment stated as a fact "
      "(README: commitments stated as facts asserted 03x) -> 030 (set 111: 'seeks to participate ... in initiatives "
      "for regional cooperation' 030 with no target), the affiliations unnamed in the sentence (the text after names "
      "the Arab Maghreb Union, the five-plus-five and the Barcelona processes, the African Union) -> target null "
      "(borderline org:AMU, or uncoded as an abstract commitment)"),
 20: ([("we call for", "1034", "ARE/GOV", N, False, A, N, False)],
      "United Arab Emirates (2001); 'we call for the establishment, without delay, of an international mechanism to "
      "provide the necessary protection for the Palestinian people' = a request (guideline: call for -> 10x) whose Y "
      "is international protection -> demand military protection or peacekeeping 1034 (borderline 1033 or 1055); no "
      "addressee in the sentence -> target null (borderline org:UNSC, addressed in the sentence before with the "
      "permanent members, the US and the EU members); Y not coded separately (guideline); the Palestinian people are "
      "the beneficiaries, not the addressee"),
 21: ([("deplore", "110", "SLB/GOV", "FRA/GOV", False, A, N, False),
       ("conducting them", "150", "FRA/GOV", N, False, A, N, False)],
      "Solomon Islands (1995); 'We especially deplore the fact that France is conducting them in the South Pacific' -> "
      "110 (README set 162: 'Deplores' is 110) to FRA/GOV; 'them' = the nuclear-weapons tests of the sentence before, "
      "the fact presupposed by the factive frame (guideline: asserted) -> weapons tests 150 (guideline), the test site "
      "(Mururoa, French Polynesia) unnamed and the island peoples an uncoded collective -> target null (set 124: "
      "anti-missile tests 150 with no target; borderline bare PYF)"),
 22: ([("look forward to engaging", "030", "TON/GOV", "ITA/GOV", False, F, N, False),
       ("look forward to engaging", "030", "TON/GOV", "MDV/GOV", False, F, N, False)],
      "Tonga (2016); 'We look forward to engaging with and supporting the work of the Steering Committee ... under the "
      "able guidance of the co-Chairs, Italy and Maldives' = 'look forward to' + a cooperative act -> 03x future "
      "(guideline), engaging with and supporting one act -> 030 (borderline 032 for the support); the Steering "
      "Committee has no code, so the act goes to each member the sentence names, the co-Chairs (README: a group "
      "without a code is each member the document names) -> ITA/GOV and MDV/GOV (borderline target null, the "
      "co-Chairs only guiding the Committee); 'able guidance' is an evaluation, not a praise act"),
 23: ([("we shall accompany", "036", "PAN/GOV", "COL/GOV", False, F, N, False),
       ("signing of the Final Peace Agreement", "057", "COL/GOV", "COL/REB", False, F, N, True),
       ("we commend and fully support", "051", "PAN/GOV", "COL/GOV", False, A, N, False),
       ("we commend and fully support", "051", "PAN/GOV", "COL/REB", False, A, N, False)],
      "Panama (2016); 'On 26 September, we shall accompany the Government of Colombia in the signing' = the "
      "President's announced attendance at the Cartagena ceremony, after the speech -> future meeting 036 future "
      "(guideline; README: an announced trip 036 future) to COL/GOV; 'the signing of the Final Peace Agreement' = a "
      "future treaty act -> nominal 057 future from COL/GOV, its counterpart taken from the text after ('the "
      "demobilizing rebel groups', the FARC, still armed in September 2016) -> COL/REB (set 140: parties taken from the "
      "text after; borderline target null, the sentence naming one signatory, as set 154's Framework); 'which we commend "
      "and fully support' = one praise and support act (guideline: 051) for the Agreement -> to each party (README: "
      "support aimed at a process goes to its named parties; borderline COL/GOV only)"),
 24: ([], "Malta (2010): 'We note the progress, small but most welcome, on the discussion on the responsibility to "
          "protect' = an observation with an impersonal evaluation ('most welcome'), the discussion the General "
          "Assembly's own with 'we' meaning all states; not coded (README: welcomes by an impersonal passive or a 'we' "
          "that is the whole Assembly not coded; borderline 051 to org:UNGA)"),
 25: ([("fully support", "051", "GRC/GOV", "CYP/GOV", False, A, N, False)],
      "Greece (2013); a fragment cut by the splitter, 'We also fully support President Anastasiadis'' [renewed "
      "constructive package proposal], the object completed from the text after (README: a fragment whose object the "
      "splitter cut off is coded from the text after the cut when its verb is in the sentence) -> 051 (guideline: "
      "'express support' 051) to the Cypriot President -> CYP/GOV; the proposal itself lies after the cut, not coded "
      "(borderline a nominal 037 CYP/GOV -> null)"),
 26: ([("strongly condemned", "111", "MYS/GOV", N, False, A, N, False),
       ("terrorist attacks", "180", N, "USA", False, A, N, True)],
      "Malaysia (2001); 'Malaysia strongly condemned the terrorist attacks' = the speaker's own past condemnation of "
      "the 11 September attacks (the sentence before) -> 111, the perpetrators unnamed -> target null (README: "
      "condemning attacks by unnamed perpetrators is the speaker's 111 with no target); 'the terrorist attacks' -> "
      "nominal 180 with no source to bare USA (set 115: the 11 September attacks a nominal 180 with no source to USA "
      "from context; README: an agentless terrorist attack 180 with no source per victim country); 'shared the "
      "anguish of the American people' is condolence (not coded); 'the senseless deaths of so many thousands' are the "
      "attacks' result, folded in (borderline a nominal 202 with no source to USA/CVL)"),
 27: ([], "Iran (1999): 'we need to truly accept the reality that security is an indivisible need' = 'we' meaning all "
          "states, an abstract principle; 'accept' is no acceptance act"),
 28: ([("invasion", "192", "IRQ/GOV", "KWT", False, A, N, True)],
      "Yemen (1993); 'the unfortunate invasion of Kuwait by Iraq' = an invasion noun with its agent named -> nominal "
      "192 (guideline: invade/occupy 192), the state acting -> IRQ/GOV (borderline IRQ/MIL), the country invaded -> "
      "bare KWT (guideline: target of an invasion); 'the second Gulf crisis that ensued' is a crisis noun whose "
      "parties are not named, not coded (borderline a nominal 190 between the coalition and Iraq); 'Three years have "
      "passed since' only dates it"),
 29: ([], "Botswana (1995): 'nuclear weapons pose the greatest threat to international peace and security' = a threat "
          "as risk (guideline: figurative), no actor"),
 30: ([("recently concluded agreement", "057", "USA/GOV", "CUB/GOV", False, A, N, False)],
      "Saint Lucia (1994); a fragment cut by the splitter, 'The recently concluded agreement between the' [Government "
      "of the United States of America and the Government of Cuba on immigration], the September 1994 migration "
      "accord; the event (an agreement concluded) lies in the sentence and only its parties after the cut, so they are "
      "taken from the text after (README: a fragment whose object the splitter cut off is coded from the text after the "
      "cut when its verb is in the sentence) -> 057 from the first-named party (guideline: agreements concluded 057), a "
      "participle, not nominal (held-out 76: 'agreement reached' not nominal; borderline nominal, or uncoded as a "
      "fragment whose parties were cut away, as set 154's 'Arab-Israeli conflict'); the welcome ('is timely and "
      "welcome') lies after the cut, not coded"),
 31: ([], "Gabon (2008): 'It is thus urgent that all development partners keep their promises, in particular by "
          "doubling official development assistance, introducing innovative development financing methods and "
          "cancelling debt' = a deontic whose source (development partners) and beneficiaries (the developing and "
          "African countries of the sentences before) are uncoded collectives, 'our development efforts' meaning "
          "theirs; null-null, not coded (README set 116: unfulfilled aid promises between uncoded collectives "
          "uncoded; set 153: agentless debt relief for a class of countries uncoded; borderline a demanded 071 with no "
          "source to GAB/GOV)"),
 32: ([], "Benin (1993): 'Benin supports the efforts under way to restructure and revitalize the United Nations in its "
          "economic and social sectors' = a UN reform position, the efforts' authors unnamed (README: UN reform "
          "positions not coded; set 118: support for the proposed Peacebuilding Commission uncoded; borderline 051 to "
          "org:UN, as set 121's welcome of Guterres's reforms)"),
 33: ([("discussed", "040", "org:ASEAN", N, False, A, N, False)],
      "Thailand (2007); the sentence starts at 'Nations (ASEAN) discussed' after a splitter cut, the subject 'the "
      "Association of Southeast Asian [Nations]' taken from the context (README: a subject cut off by the splitter is "
      "taken from the context) -> org:ASEAN; 'discussed the situation in Myanmar' = the ASEAN foreign ministers' "
      "meeting in New York -> 040 (guideline: discuss 040), a meeting among the members with Myanmar its topic, not "
      "its counterpart -> target null (borderline MMR/GOV, Myanmar's minister being present as a member); the demands "
      "on Myanmar lie in the text after"),
 34: ([("welcomes", "051", "KEN/GOV", N, False, A, N, False)],
      "Kenya (2017); 'Kenya welcomes the historic adoption on 7 July of the Treaty on the Prohibition of Nuclear "
      "Weapons' -> 051 (guideline: welcome), the adopting body unnamed in the sentence (the UN negotiating conference "
      "of 122 states, not the General Assembly itself) -> target null (set 130: pleased with the number of States that "
      "have ratified 051 with no target; borderline org:UN, or org:UNGA as set 153's Arms Trade Treaty 'adopted by the "
      "General Assembly'); the adoption itself is an agentless multilateral act, not coded (borderline a nominal 057 "
      "with no source)"),
 35: ([("welcomes", "051", "EGY/GOV", "BIH/GOV", False, A, N, False)],
      "Egypt (1996); 'Egypt welcomes the election of President Izetbejovic as President of the tripartite Presidential "
      "Council' -> 051 to the appointee (README: welcoming an appointment is 051 to the appointee), the Bosnian head "
      "of state -> BIH/GOV; the election by the voters is agentless and domestic, not coded"),
 36: ([("objective of\nmembership", "030", "MLT/GOV", "org:EU", False, A, N, True)],
      "Malta (2003); 'for Malta, the objective of membership in the European Union' = Malta's intent to join the EU "
      "(accession treaty signed April 2003, accession due May 2004), an intent noun with its agent named -> nominal "
      "030 to org:EU (set 152: Croatia's aim at integration into European organizations a future 030), stated as an "
      "existing fact -> asserted (guideline: an intent stated as a fact is asserted 03x; borderline future as set 152, "
      "or uncoded as a membership position); 'deepening and reinforcing its longstanding commitment towards "
      "international cooperation and solidarity' is an abstract commitment with no counterpart, not coded"),
 37: ([("supported by the international community", "051", N, "ISR/GOV", False, A, N, False),
       ("supported by the international community", "051", N, "PSE/GOV", False, A, N, False)],
      "San Marino (2004); 'the political process outlined in the road map and supported by the international "
      "community' = a passive support by an uncoded collective -> 051 with no source (set 130: proposals 'fully "
      "supported by the international community' a 051 with no source), aimed at the road-map process, whose parties "
      "the sentence names as the 'two States, Israel and Palestine' -> one 051 each to ISR/GOV and PSE/GOV (README: "
      "support aimed at a process goes to its named parties; borderline uncoded as a descriptive participle, or the "
      "Quartet members, never named in the speech); 'outlined in the road map' is a document; 'still appears to be "
      "the only viable solution' is an evaluation"),
 38: ([("hosted", "043", "NOR/GOV", N, False, A, N, False)],
      "Norway (2015); 'In June, Norway hosted a European conference on countering violent extremism' -> host 043 "
      "(guideline), the participating European states unnamed -> target null (README: conferences hosted with no "
      "target); 'where a European youth network was launched' is agentless, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Maldives (2014): 'The goal of the Government is to create opportunities' for young people = domestic "
          "policy, no act between actors"),
 40: ([], "Burkina Faso (2018): peace initiatives 'can succeed only if they receive sufficient ... funding by involving "
          "multilateral and bilateral partners, as well as the private sector' = a generic conditional about funding "
          "from uncoded partners to unnamed initiatives, null-null, not coded (borderline a hypothetical 071 with no "
          "source to BFA/GOV)"),
 41: ([], "Moldova (2019): 'has made remarkable progress recently in enhancing the role of women in decision-making' = "
          "domestic policy, no act between actors"),
 42: ([], "Liberia (2013): the United Nations 'has had its share of challenges, but it remains the beacon of hope' = an "
          "evaluation, no act"),
 43: ([], "Bangladesh (2012): 'I would like to recall the role of my father, Bangabandhu Sheikh Mujibur Rahman, ... who "
          "from this rostrum 38 years ago espoused the principles of friendship towards all ..., the peaceful "
          "settlement of disputes, the renunciation of the use of force' = a historic statement of principles (01x), "
          "abstract policy positions with no counterpart; 'recall' is the speaker's own statement; not coded"),
 44: ([], "Serbia (2010): 'Let me be very clear as to what the Court did and did not say' = a statement about the ICJ's "
          "advisory opinion (a speech act, 01x); 'did not say' negates a statement, not a coded event"),
 45: ([("develop", "154", "TLS/GOV", N, True, F, N, False),
       ("ratified", "057", "TLS/GOV", N, False, A, N, False)],
      "Timor-Leste (2009); 'It is not Timor-Leste's intention to develop nuclear capacity or become a nuclear power' = "
      "a disclaimed intent to build a nuclear arsenal, one act -> negated 154 with future modality (README: producing "
      "and stockpiling weapons of mass destruction a nominal 154; 'Nor do we intend to send troops to occupy' a negated "
      "future 192; borderline uncoded as a self-description, as 'has never posed a threat'), no target; 'we have "
      "therefore ratified the Non-Proliferation Treaty' -> 057 with no target (README: joining the NPT 057 with no "
      "target)"),
 46: ([], "Japan (2002): 'I would like to refer to the issue of Iraq, which is of grave concern to the international "
          "community' = a speech act and an expression of concern (01x), no act"),
 47: ([], "Nauru (2012): 'we were treated to a new round of truly terrifying news' (climate reports) = a description, "
          "no act between actors"),
 48: ([], "Bulgaria (1993): 'It will be the first post-Communist country to assume the presidency of the Committee of "
          "Ministers of ... the Council of Europe' = taking up a rotating office, a status (set 122: 'will shoulder the "
          "full responsibility' of a Security Council seat uncoded; borderline a future 030 or 043 to org:COE)"),
 49: ([], "Iceland (2000): 'the oceans of the world have received increased attention in the General Assembly' = an "
          "agentless description, no act"),
 50: ([], "Croatia (2012): 'Every day we witness the sad realities of starving children, deaths from preventable ... "
          "diseases' = 'we' meaning all, a description of conditions with no actor"),
 51: ([], "Nepal (2018): global problems 'can be overcome only by global collaboration and partnership' = a generic "
          "statement, no actor"),
 52: ([("congratulations", "051", "ECU/GOV", "org:UNGA", False, A, N, True)],
      "Ecuador (2000); the sentence starts at 'President my congratulations' after a splitter cut ('At the outset, I "
      "wish to convey to the'), so the verb 'convey' lies before it, but the congratulation noun and its agent 'my' lie "
      "inside -> a nominal 051 from the speaker's government to the President of the General Assembly -> org:UNGA "
      "(set 142: a support noun whose verb fell before the cut but whose agent lies inside the sentence is a nominal "
      "051; borderline uncoded, as sets 120 and 121 left congratulations whose verb fell before the cut uncoded); the "
      "election is agentless"),
}
