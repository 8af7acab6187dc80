"""Hand annotations for the SIXTY-FIFTH held-out event gold set (source of events-heldout65.jsonl).

Keyed by the row index of selection-heldout65.jsonl (output of select_bulk_heldout.py 65; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout65.jsonl \
        --annotations annotations_heldout65 --output events-heldout65.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Angola (2016): 'threats and constant episodes of violence that the international community has not been "
         "able to adequately address' = agentless threats (a risk, guideline: figurative 'threat') and violence with "
         "no named agent or target, and a negated response of an uncoded collective; the escalation of conflicts "
         "in the Middle East is agentless; not coded"),
 1: ([], "San Marino (1995) on the war in the former Yugoslavia: 'resolutions, condemnations, embargoes and the "
         "dispatching of peace-keeping forces ... are no longer sufficient' = a list of kinds of UN response judged "
         "insufficient, event nouns without an agent in the sentence (guideline) and without a named target, an "
         "evaluation of instruments rather than realised acts (borderline nominal 111, 163 and 074 from org:UN, the "
         "'United Nations' of the sentences around it, held-out 48/49, to the parties of the war, which the "
         "document does not name)"),
 2: ([("have explicitly set", "036", "IRL/GOV", "GBR/GOV", False, A, N, False),
      ("these have not\nyet begun", "046", "IRL/GOV", "GBR/GOV", True, A, N, False)],
     "Ireland (1995); 'Both Governments' = the Irish and British Governments of the Northern Ireland peace process "
     "(document context) -> IRL/GOV and GBR/GOV; 'have explicitly set inclusive and comprehensive negotiations as "
     "their goal' = an explicit intent stated as a fact -> 036 asserted (guideline), a joint goal of the two "
     "governments coded once, from the document's own government (guideline: symmetric acts); 'yet these have not "
     "yet begun' = the same negotiations denied -> a negated 046 (held-out 18/19: a demand and the denial of the "
     "same act are two events), between the same pair; the Northern Ireland parties (unionism, nationalism) that "
     "the talks would include have no code (borderline GBR/OPP), dropped"),
 3: ([], "Tajikistan (2002): 'the United Nations has proven its ability to meet the most complicated challenges' = "
         "an evaluation, no act between actors"),
 4: ([], "Republic of Moldova (2017): 'the General Assembly's deliberations on that item do not undermine the "
         "existing mechanisms for negotiating the settlement of conflicts in the GUAM area' = an internal UN agenda "
         "item and agentless negotiating mechanisms whose parties are not named; 'do not undermine' negates an "
         "effect, not an event; Georgia, Ukraine, Azerbaijan and Moldova are named only as GUAM's members"),
 5: ([("has just been concluded", "057", "org:IAEA", "IRN/GOV", False, A, N, False)],
     "Luxembourg (2007); 'the agreement that has just been concluded between the secretariat of the International "
     "Atomic Energy Agency specifically Mr. ElBaradei and the Islamic Republic of Iran' (the IAEA-Iran work plan "
     "of August 2007) -> 057 (guideline: agreements concluded), the IAEA secretariat and its Director General -> "
     "org:IAEA (guideline code), Iran -> IRN/GOV, a passive with its parties named -> not nominal, from the "
     "first-named; 'goes in the right direction' is an evaluation (borderline 051 LUX/GOV -> each party); 'we "
     "note with concern' = expressed concern, 01x (held-out 6: 'are alarmed by' 01x; borderline 110, held-out "
     "48/49 'notes with regret'); 'Iran has not yet taken the necessary measures to bring itself into conformity "
     "with the three relevant resolutions' = negated compliance with obligations, not a codable behaviour "
     "(guideline: 'comply with obligations' not coded; borderline negated 128 to org:UNSC)"),
 6: ([], "Austria (2019): 'The Paris Agreement on Climate Change is no longer a global arrangement by all' = an "
         "agentless description; the withdrawing party is not named in the sentence or the document context "
         "(borderline 160 USA/GOV by world knowledge); not coded"),
 7: ([("urge the international community", "100", "DJI/GOV", N, False, A, N, False)],
     "Djibouti (2000); 'We urge the international community ... to respect the will of the Somali people, and to "
     "refuse to continue to cooperate with those destructive elements' = a request (guideline: urge -> 10x) to an "
     "uncoded collective -> target null; Y = respect the Arta process and cut off cooperation with the Somali "
     "warlords, two demands without a more specific sub-code -> generic 100 (borderline 1042 policy change); Y "
     "itself (the refusal to cooperate, 16x) is not coded separately (guideline); the destructive elements "
     "(SOM/REB, held-out 36/37) that 'made Somalia synonymous with chaos and violence' = an evaluative "
     "description, not coded"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Luxembourg (2017): 'I hope that the Normandy format talks can continue and lead the parties to fully "
         "implement the Minsk agreements' = optative (held-out 7: a hope about another actor's act is not coded); "
         "the Normandy format is a group without a code whose members the document does not name and the parties to "
         "the Minsk agreements are unnamed (held-out 31 row 8, 35 row 8), null-null; no capital metonym"),
 9: ([("supported the Vienna and Washington Agreements", "051", "JOR/GOV", "BIH/GOV", False, A, N, False),
      ("supported the Vienna and Washington Agreements", "051", "JOR/GOV", "BIH/REB", False, A, N, False),
      ("Vienna and Washington Agreements", "057", "BIH/GOV", "BIH/REB", False, A, N, True),
      ("has welcomed the peace plan", "051", "JOR/GOV", N, False, A, N, False)],
     "Jordan (1994); supporting 'the Vienna and Washington Agreements to establish a federation between the Muslims "
     "and Croats of Bosnia' = support aimed at an agreement goes to its named parties (held-out 8; held-out 48/49: "
     "'noted with satisfaction the signing' 051 to the signatories): the Bosnian Muslims = the Bosnian Government "
     "-> BIH/GOV, the Bosnian Croats of 1994 -> BIH/REB (held-out 26/27 row 28; held-out 31 row 10: 'the "
     "reconciliation between the Bosnian Croats and the Bosnians' 050 BIH/REB -> BIH/GOV); the agreements "
     "themselves, their parties named in the sentence -> one nominal 057 from the first-named (held-out 38/39: an "
     "agreement named by its parties is a nominal 057), two agreements of the same pair coded once; Croatia, a "
     "signatory, is not named in the document; Vienna and Washington are part of the agreements' names, not "
     "metonyms (held-out 27 row 9); welcoming 'the peace plan advanced by the Contact Group' -> 051, the Contact "
     "Group a group without a code whose members the document does not name -> target null (held-out 12/13, 31 "
     "row 8); the plan's advancing (a proposal of that uncoded group) and its support 'by the G-7 summit in "
     "Naples' (the G-7 has no code) have no coded party, not coded"),
 10: ([], "Bulgaria (2015): 'The full implementation of the Minsk Agreements is essential' = an agentless deontic "
          "over compliance with an agreement whose parties are unnamed (held-out 28 row 9: 'requires compliance "
          "with the Minsk agreements' not coded; held-out 26 row 10 was coded only for its call verb); no capital "
          "metonym (Minsk is part of the name)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Luxembourg (1998): 'According to those criteria, Luxembourg is fifth among donor countries in the "
          "Development Assistance Committee' = a ranking of its aid level, a status rather than an aid act (the "
          "contribution of 0.56 per cent of GNP lies in the preceding sentence); 'according to those criteria' is "
          "no attribution to a named source (borderline nominal 071 LUX/GOV -> null)"),
 12: ([("a massive human rights violation", "175", "JPN/GOV", "PRK/NGO", False, A, N, True)],
      "DPRK (2007); the splitter cut the subject 'Japan's attempt to eliminate by force the' into the preceding "
      "text; the subject is taken from the context (held-out 44/45); the attempt = the Japanese authorities' "
      "'manoeuvres against ... Chongryon' and 'repressive acts' against Koreans in Japan (preceding sentences), "
      "named in this sentence as 'a massive human rights violation', a description of a real crackdown -> "
      "repression 175 (held-out 4: 'a full assault on media freedom', a metaphor for a real crackdown, 175), "
      "nominal, the agent plain from the text around it (held-out 48/49), Japan's authorities -> JPN/GOV; "
      "Chongryon, the General Association of Korean Residents in Japan, 'the legitimate overseas organization of "
      "compatriots from my country' -> PRK/NGO (borderline PRK/CVL or JPN/CVL); 'an infringement of the "
      "sovereignty of the DPRK' describes the same act (guideline: figurative 'attack on sovereignty'), coded "
      "once; 'as serious as any financial sanction could be' is a hypothetical comparison with no agent; "
      "'according to the provisions of existing international human rights instruments' = in accordance with, "
      "not attribution (guideline)"),
 13: ([], "Portugal (2002): the sentence starts at 'General Assembly and by the Security Council' (the splitter cut "
          "after 'The United Nations immediately pledged its Members to the struggle through a swift reaction by "
          "the'); the Council 'stated that the terrorist attacks of 11 September were a threat to international "
          "peace and security' = a statement (01x, the speech verb not coded); the attacks are an event noun with no "
          "agent and, in the sentence and the document, no named victim country ('the events of 11 September "
          "2001') (borderline 180 null -> USA, reported_by org:UNSC, as held-out 52 row 10 and 59 row 10, whose "
          "sentences named the United States or its cities); adopting a resolution is the Council's internal act "
          "(held-out 28 row 44); 'sending out a remarkable signal of strength' is figurative; 'quickly followed by' "
          "the EU and the OSCE names no act toward an actor"),
 14: ([], "Belarus (2016): quoting Immanuel Kant ('building a just and peaceful international system is the most "
          "difficult of all tasks') = a quoted maxim, no event; the quotation is the speech verb, not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Haiti (2005): 'the Republic of Haiti will work to achieve ... the Millennium Development Goals' = a "
          "commitment to an abstract goal with no counterpart (held-out 7: abstract policy positions); 'solidarity "
          "and authentic cooperation' is the spirit, no act"),
 16: ([("We welcome the ongoing consideration", "051", "BEN/GOV", N, False, A, N, False)],
      "Benin (2008); welcoming 'the ongoing consideration of ways to enhance the effectiveness of development "
      "assistance' = a welcome (guideline 051) of a process whose agents are not named -> target null (held-out "
      "56 row 5: 'We welcome the reforms which many countries have initiated' 051 null; held-out 57 row 37) "
      "(borderline not coded as an evaluation of a development, held-out 54-61); 'we hope that this will enable "
      "us to develop a consensus vision' = optative, 'us' meaning all states, not coded"),
 17: ([], "Mexico (2003): 'The agreements reached and reforms achieved will greatly ... determine the future "
          "effectiveness of the United Nations' = agentless nouns and a forecast of effects (UN reform), no act"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Central African Republic (2001): 'States should cooperate in support of Africa' = a deontic with uncoded "
          "collectives on both sides ('States', 'Africa'), null-null, not coded (held-out 27 row 38)"),
 19: ([], "Bangladesh (1994): 'Resolving social issues must be based on the recognition of the centrality of the "
          "individual' = an agentless principle; 'recognition' is not diplomatic recognition; no act"),
 20: ([], "Malaysia (2016): 'We should enhance our interactions by winning the hearts and minds of religious "
          "leaders, women and our youth' = a deontic about domestic counter-extremism outreach ('our domestic legal "
          "framework', 'a diverse cross section of our population', preceding sentences), 'we' reading as states in "
          "general as much as Malaysia; persuasion of domestic groups is not a specific CAMEO behaviour (borderline "
          "demanded 040 or 050 MYS/GOV -> MYS/REL and MYS/CVL)"),
 21: ([], "Samoa (1999): 'The matter should figure in the reform of the Organization and ... the Security Council' = "
          "a position on UN reform (held-out 7), no act"),
 22: ([], "Solomon Islands (1998): 'Reform of the Council should move boldly toward greater democracy and "
          "transparency' = a position on Security Council reform (held-out 7), no act"),
 23: ([("We call on the warring parties", "106", "AGO/GOV", N, False, A, N, False)],
      "Angola (2011) on Western Sahara; 'We call on the warring parties to resume negotiations under the auspices of "
      "the United Nations and the African Union' = a request (guideline: call on -> 10x) with Y = negotiations -> "
      "106 (held-out 57 row 21: 'called upon the warring factions ... to come to the negotiating table' 106); the "
      "parties are not named in the sentence or the document (borderline MAR/GOV and the Polisario by world "
      "knowledge) -> target null (guideline 'all parties' -> null); the UN and AU auspices belong to Y, not coded "
      "separately; self-determination is the purpose"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Somalia (2010): 'This annual gathering brings together world leaders ... to discuss and seek appropriate "
          "solutions' = a description of the General Debate, a meeting noun without an agent and with uncoded "
          "participants, no act"),
 25: ([("is investing", "071", "SWE/GOV", N, False, A, N, False)],
      "Sweden (2019); 'Through our development cooperation, Sweden is investing in renewable energy, energy "
      "efficiency and climate-sensitive agriculture' = ongoing development aid -> economic aid 071 (held-out "
      "57 row 34: development cooperation as aid; borderline generic 070), the recipient countries are not named "
      "-> target null; 'our development cooperation' is the same act, coded once with the verb"),
 26: ([("the attacks against the United States of America", "180", N, "USA", False, A, N, True)],
      "Cambodia (2001); 'the attacks against the United States of America, the deadliest terrorist attacks ever "
      "committed, in which so many innocent lives were lost' = terrorist attacks whose perpetrators the sentence "
      "does not name -> 180 with no source, one per victim country (held-out 52 row 10: the 11 September attacks "
      "180 null -> USA; held-out 54-61), target the country as a whole -> bare USA, nominal; the apposition and "
      "the lives lost are the same attacks, coded once; 'I believe' is the speaker's view, not attribution"),
 27: ([("We welcome and strongly support", "051", "HUN/GOV", N, False, A, N, False)],
      "Hungary (2009); 'We welcome and strongly support the efforts aimed at strengthening the ability of the "
      "Organization to adapt to the new realities' = welcome and support of one object, same code and pair -> one "
      "051 (held-out 57 row 42: 'welcomes and supports the initiative' one 051), the authors of the efforts not "
      "named -> target null (borderline org:UN, or not coded as a position on UN reform, held-out 54-61); 'we "
      "cannot be satisfied with the pace of the transformation' = an evaluation of a development (held-out 54-61: "
      "evaluations not coded; borderline 110 null)"),
 28: ([("strongly committed to", "030", "LUX/GOV", N, False, A, N, False)],
      "Luxembourg (2016); 'the Paris Agreement, which Luxembourg strongly committed to during its presidency of the "
      "Council of the European Union' (second half of 2015, document context) = a commitment stated as a fact -> "
      "03x asserted (held-out 46/47: 'remain committed to supporting' asserted 03x), to a multilateral agreement "
      "whose other parties are uncoded -> 030 with no target (held-out 44/45: 'would sign' a multilateral treaty "
      "030 with no target) (borderline source org:EU, Luxembourg acting as the Council presidency, or 046 for its "
      "part in the negotiations); 'the adoption of the Paris Agreement' is an agentless noun, not coded"),
 29: ([("negotiating", "046", "PSE/GOV", "ISR/GOV", False, D, N, False)],
      "Belgium for the European Union (2001); 'It is primarily for the parties themselves to try to find peace "
      "through negotiating all elements relating to permanent status' = a deontic without a request verb ('it is "
      "for X to', like 'now is the time for X to') -> Y coded with source X, demanded (guideline); the parties = "
      "the Palestinians and the Israelis of the preceding sentences ('For the Palestinians ...', 'The Israelis "
      "...', 'calls on both parties'), taken from the context (guideline), the Palestinian Authority of 2001 -> "
      "PSE/GOV; negotiation -> 046, symmetric, coded once from the first-named in the context (borderline "
      "ISR/GOV -> PSE/GOV); finding peace is the purpose"),
 30: ([], "United States (2008): 'The most effective step of all would be an agreement that tears down trade "
          "barriers at the global level' = a hypothetical agreement with no named party (the Doha Round is not "
          "named), not coded"),
 31: ([], "Slovenia (2003): South-Eastern Europe 'posed one of the most serious threats to global peace and "
          "security' = a risk (guideline: figurative 'threat'), a region, no actor"),
 32: ([("facilitating agreement", "045", "IRL/GOV", N, False, A, N, False)],
      "Ireland (2017); 'Having played an important role in facilitating agreement on the SDGs in 2015' = Ireland's "
      "co-facilitation of the intergovernmental negotiations on the 2030 Agenda -> mediation 045 (held-out 54-61: "
      "a facilitation is 045 to each party), the parties all Member States, an uncoded collective -> target null "
      "(borderline org:UN, or not coded as an internal UN process); realised in 2015 -> asserted; 'Ireland is "
      "committed to their implementation, domestically and through our foreign policy' = a commitment to "
      "abstract goals with no counterpart, not coded"),
 33: ([("host", "043", "KEN/GOV", "org:UN", False, A, N, True),
       ("reiterate its commitment to cooperating", "030", "KEN/GOV", "org:UN", False, A, N, False)],
      "Kenya (1994); 'As a country that is host to one of the United Nations centres' (the United Nations Centre in "
      "Nairobi) = hosting an organisation's seat -> nominal 043 to org:UN (held-out 50/51: hosting an "
      "organisation's seat is a nominal 043; held-out 56 row 34: 'As a host country' to UNEP); 'Kenya wishes to "
      "reiterate its commitment to cooperating with the United Nations in its efforts to strengthen the United "
      "Nations Centre in Nairobi' = a commitment stated as a fact -> 030 asserted to org:UN (held-out 46/47; "
      "held-out 48/49: assurances of cooperation 030); the UN's efforts to strengthen its own centre are internal, "
      "not coded; Nairobi is a place"),
 34: ([], "Ireland (2012): 'I saw genuine signs of hope and opportunity' in Mogadishu = an observation; the visit "
          "lies in the preceding sentence ('I visited Mogadishu'), not in this one"),
 35: ([("welcomed", "051", "org:UNGA", "GTM/GOV", False, A, N, False),
       ("welcomed", "051", "org:UN", "GTM/GOV", False, A, N, False)],
      "Guatemala (2016); 'The Commission [the International Commission against Impunity in Guatemala] is a "
      "Guatemalan initiative that was duly welcomed by the General Assembly and the Secretariat' = a welcome "
      "(guideline 051) in the passive with its agents named -> not nominal, one event per welcomer: the General "
      "Assembly -> org:UNGA, the Secretariat -> org:UN (held-out 44/45: the Secretary-General and UN plans org:UN); "
      "the initiative's author = Guatemala's government -> GTM/GOV; realised (2006-07) -> asserted; 'a Guatemalan "
      "initiative' is a description of the Commission's origin (borderline a nominal 030 GTM/GOV -> org:UN as a "
      "proposal to cooperate)"),
 36: ([], "Indonesia (2018): 'These agreements represent global leadership and a shared responsibility' = an "
          "evaluation of the 2030 Agenda, the Paris Agreement and the migration compact (preceding sentences), no act"),
 37: ([("investment of overseas", "071", N, "SLB/GOV", False, H, N, True)],
      "Solomon Islands (2001); 'investment of overseas development assistance resources to support our efforts can "
      "accelerate development' = development aid to the speaker's government from donors who are not named (the "
      "'donor countries and agencies' of the following sentence, an uncoded collective) -> nominal 071 with no "
      "source (held-out 52, 54-61: hoped-for support from uncoded parties is a nominal 070 with no source), "
      "ODA -> economic aid 071, 'can accelerate' = potential, not realised -> hypothetical (borderline future, or "
      "not coded as a generic claim about aid's effect)"),
 38: ([], "Philippines (1999): market access barriers, agricultural protection and support in industrialized "
          "countries and high tariffs on products from developing countries = trade policies of uncoded collectives "
          "toward uncoded collectives, null-null, not coded"),
 39: ([("we propose the convening", "036", "BLR/GOV", "org:UNGA", False, A, N, False)],
      "Belarus (2005); 'we propose the convening of a special meeting of the General Assembly on 26 April 2006 to "
      "commemorate the twentieth anniversary of the Chernobyl tragedy' = a proposal for a meeting, an explicit "
      "intent stated as a fact -> 03x asserted (guideline 'proposed shipping'; held-out 44 row 37: 'We propose to "
      "organize, under the auspices of the Security Council' 030 to org:UNSC), a meeting -> 036, addressed to the "
      "body that would convene -> org:UNGA (borderline a request 106 to org:UNGA); the commemoration is the purpose"),
 40: ([], "India (1991): 'Drug abuse is a menace calling for concerted and strong action' = no actor, no act"),
 41: ([], "Canada (1998): 'emerging threats to our security, including terrorism, crime and environmental "
          "degradation' = risks (guideline: figurative 'threat'), no actor"),
 42: ([], "Hungary (1999): 'We would underscore also the need to commence, as soon as possible, negotiations on a "
          "fissile material cut-off treaty' = support for the start of negotiations among the Conference on "
          "Disarmament's uncoded membership, an abstract policy position (held-out 7: support for 'the start of "
          "negotiations' not coded) (borderline 106 HUN/GOV -> null as a call with no addressee)"),
 43: ([("proclaimed our desire to achieve", "037", "LBN/GOV", "ISR/GOV", False, A, N, False)],
      "Lebanon (1998); 'the peace that we always proclaimed our desire to achieve' = a standing declaration of "
      "intent to settle the conflict with Israel (preceding sentences: 'ready to resume the negotiations', 'ready "
      "to sign a peace treaty with Israel') -> 037 asserted (guideline: an explicit intent stated as a fact; "
      "held-out 48/49: 'they declared ... \"No more war\"' 0356), 'we' -> LBN/GOV (borderline also SYR/GOV, the "
      "preceding 'we in Lebanon and in Syria'), Israel taken from the context (guideline); the main clause "
      "('Peace negotiations ... can only be accomplished on the basis of the Madrid terms of reference') is a "
      "condition on agentless negotiations, not coded"),
 44: ([("recently adopted a legal framework", "0331", "SVK/GOV", N, False, A, N, False)],
      "Slovakia (2003); 'The Slovak Government has recently adopted a legal framework and strategy for development "
      "assistance' = a government decision that institutes its aid policy (the preceding sentences: 'in duty bound "
      "to help reduce ... poverty in other parts of the world') -> an intent to provide economic aid stated as a "
      "fact, 0331 asserted (held-out 57 row 45: the Icelandic Parliament 'agreed to substantially increase our "
      "contribution' 0331), recipients unnamed -> target null (borderline not coded as a domestic policy act)"),
 45: ([("welcome", "051", "BOL/GOV", "TUV/GOV", False, A, N, False)],
      "Bolivia (2000); 'We also welcome the recent admission of Tuvalu as a new, fully fledged Member of our "
      "Organization' = a performative welcome of a new member -> 051 to TUV/GOV (held-out 56 row 36: welcoming "
      "seven new States 051 to each GOV); the admission itself is the UN's act on membership, not coded (held-out "
      "54-61: UN admissions left uncoded)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Jamaica (2005): natural disasters that disrupted growth and dislocated populations = no actor"),
 47: ([("Pakistani-Indian conflict", "190", "PAK/GOV", "IND/GOV", False, A, N, True)],
      "Saudi Arabia (2000); a fragment cut by the splitter, 'The Pakistani-Indian conflict over Jammu and' [Kashmir "
      "remains a source of tension between the two neighbouring countries] = a conflict noun naming its parties -> "
      "nominal 190 (held-out 58 row 19: 'the conflict between Israel and the Palestinian state' nominal 190; "
      "held-out 12/13: border clashes a nominal 190 from the first-named side), ongoing in 2000 (the following "
      "text: 'these disputes and armed conflicts') -> asserted, symmetric, from the first-named (borderline not "
      "coded as a territorial dispute rather than fighting)"),
 48: ([], "Armenia (2008): 'I assure the General Assembly that those kids deserve one [a monument]' = a statement "
          "(01x), no act"),
 49: ([], "Zimbabwe (1997): 'The United Nations needs adequate financial resources' = a need with no aid noun and no "
          "named provider (borderline a demanded 070 null -> org:UN, as held-out 46/47's statements of need)"),
 50: ([], "Saint Vincent and the Grenadines (1990): 'express our confidence in your ability' (the President of the "
          "General Assembly) = an attitude (held-out 57 row 16: confidence in the PGA not coded); the "
          "congratulation lies in the preceding sentence"),
 51: ([], "Tanzania (1994): 'Sub-Saharan Africa is expected to lose about $2.6 billion a year' = a forecast of "
          "effects of the Uruguay Round, no act"),
 52: ([], "Israel (1992): 'The poverty of the Middle East has nothing to do with geography' = no act"),
 53: ([], "Singapore (1995): 'constant jostling and tension between the successful developing countries and the "
          "mature economies' = a hypothetical condition between uncoded collectives, null-null, not coded"),
 54: ([], "Central African Republic (2006): a fragment cut by the splitter, 'In addition, since 2003, the Central "
          "African' [Republic, one of the seven countries in partnership with the World Bank's demobilization "
          "programme] = no trigger in the sentence; the partnership lies in the following text"),
 55: ([], "Gambia (2014): the impact of climate change undermines developing countries' ability = no actor"),
 56: ([("I invite developed countries", "1031", "CIV/GOV", N, False, A, N, False)],
      "Côte d'Ivoire (2016); 'I invite developed countries to honour all their commitments to developing countries in "
      "the context of the SDGs and development financing' = a request (held-out 27 row 15: 'invite' -> 10x) to an "
      "uncoded collective -> target null; Y = deliver the promised development finance (the Addis Ababa "
      "commitments, following sentence) -> demand economic aid 1031 (borderline generic 100); the developing "
      "countries are uncoded"),
 57: ([], "Suriname (1990): 'no responsible Government can ... simply brush aside sound expert advice' = a general "
          "statement about any government, no named actor or adviser"),
 58: ([], "Tajikistan (1996): 'The people of Tajikistan made a deliberate choice in favour of democratic reforms and "
          "they are not going to give them up voluntarily' = a domestic choice and resolve, no counterpart"),
 59: ([], "Antigua and Barbuda (1994): 'It is not beyond the international community to set standards' on debt "
          "repayment = an uncoded collective, an abstract capability, no act"),
}
