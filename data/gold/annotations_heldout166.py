"""Hand annotations for the HUNDRED-AND-SIXTY-SIXTH held-out event gold set (source of events-heldout166.jsonl).

Keyed by the row index of selection-heldout166.jsonl (output of select_bulk_sentence_heldout.py 166; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, in which one other sentence was
annotated for an earlier set; that annotation is irrelevant here).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout166.jsonl \\
        --annotations annotations_heldout166 --output events-heldout166.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Djibouti (2017): 'the pledges for financing the Millennium Development Goals, which were not fully "
         "honoured' and the 0.7 per cent ODA goal that 'has not been regularly paid' = unfulfilled aid promises "
         "between uncoded collectives (donor countries to developing countries), null-null, not coded (held-out 116: "
         "unfulfilled aid promises between uncoded collectives left uncoded; held-out 149: the unmet commitments of "
         "development partners; borderline a negated nominal 0331 and a negated 071 null -> null)"),
 1: ([], "Chile (2005): 'The political agreement reached last week' = the 2005 World Summit Outcome agreed by all "
         "Member States, an agreement of 'we' meaning all states (held-out 141: 'our leaders have adopted an outcome "
         "document' uncoded), and the 'renewal of the United Nations system' a UN reform position; 'did not meet all "
         "our expectations' is an evaluation, not a negated meeting (held-out 153: 'has not met our expectations' "
         "uncoded); borderline a 057 from org:UNGA with no target"),
 2: ([], "Marshall Islands (2012): 'the world can no longer wait for negotiators' = an uncoded collective and unnamed "
         "negotiators, an exhortation; 'no longer wait' is no negated event"),
 3: ([("We stand ready once more", "0333", "CYP/GOV", N, False, A, N, False)],
     "Cyprus (2013); 'We stand ready once more, if it is deemed necessary ... to contribute in a substantive manner to "
     "any international call to provide humanitarian aid and facilities to the nationals of any third country' = "
     "readiness stated as a fact (held-out 9: 'stands ready to engage/assist' 03x asserted; held-out 129: 'Kiev is "
     "ready, if necessary, to host' an asserted 036, the condition bearing on the act, not on the readiness) -> "
     "intent to provide humanitarian aid 0333 (the evacuations and safe haven of the preceding sentences; borderline "
     "033), the nationals of unnamed third countries -> target null; 'hopefully it will not be' is no negation of "
     "the event; 'any international call' is an uncoded request null -> null"),
 4: ([], "Dominican Republic (2018): domestic measures (tree planting, renewable energy) and emission cuts, no act "
         "between actors; 'not only ... but' is no negation"),
 5: ([], "Lesotho (2012): 'Regrettably, the Rio+20 ... Conference ... did not meet everyone's expectations' = a "
         "sentence adverb of regret (held-out 135: not coded) and an evaluation of a conference's outcome (held-out "
         "153: 'has not met our expectations' uncoded; borderline 110 to org:UN); 'did not meet' is no negated "
         "meeting"),
 6: ([], "Paraguay (2008): 'If we did not [respect, promote and include the indigenous nations], that would be an "
         "intolerable attack against our own civilization' = a figurative attack (guideline: 'attack on "
         "sovereignty'), domestic, no act between actors"),
 7: ([], "South Africa (1998): 'decisions which men and women take or refuse to take' and 'men and women ... will "
         "not hesitate to pledge their devoted support for the vision' of the Universal Declaration = generic people "
         "in positions of leadership, no named actor; support for a document's vision is an abstract position "
         "(borderline a 120 with no source, or a 032 with no source and no target)"),
 8: ([], "Djibouti (1992): 'Will the nascent democracies ... be able to cope with urgent demands for material "
         "improvement?' = the domestic demands of unnamed populations on unnamed new democracies, a rhetorical "
         "question about capacity; null-null (borderline a nominal 100 with no source and no target)"),
 # --- UNGDC 1990-2019 random: future
 9: ([("You will have Pakistan’s full support", "032", "PAK/GOV", "org:UNGA", False, F, N, False)],
     "Pakistan (2006); 'You will have Pakistan's full support in carrying out your challenging responsibilities', "
     "said to the President of the General Assembly (Sheikha Haya Rashed Al Khalifa, preceding sentence) = a "
     "promise of support with 'will' -> intent of diplomatic cooperation 032 future (held-out 50/51: 'will give our "
     "full support to the world conference' 032 future; held-out 38/39, 48/49: assurances to the PGA go to "
     "org:UNGA); borderline 032 asserted as a pledge made now (held-out 76 row 40: 'I assure you of my Government's "
     "support' 032 asserted), or 030 (held-out 123: 'will support you' 030 asserted)"),
 10: ([("I fully support", "051", "BHS/GOV", "org:UN", False, A, N, False),
       ("plan to call a climate summit", "036", "org:UN", N, False, F, N, True)],
      "Bahamas (2018); 'I fully support the Secretary-General's plan to call a climate summit next September' = "
      "verbal support (guideline: 051) for the Secretary-General -> org:UN (held-out 48/49: supporting the "
      "Secretary-General 051 to org:UN); the plan itself = a convening announced for the future (the 2019 Climate "
      "Action Summit) -> nominal 036 future from org:UN (held-out 130: support for the Secretary-General's "
      "'initiative in convening' a summit a 051 plus a future nominal 036 from org:UN), the invitees all states -> "
      "target null; 'to mobilize action and financial support' is the purpose, not coded (borderline a future "
      "nominal 070 with no source)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("to help", "070", "org:UN", N, False, D, N, False)],
      "San Marino (1996); 'Our Organization should spare no effort to help countries and peoples alike to redress "
      "the balance and remedy these errors' = a deontic with no request verb (guideline: demanded codes Y with source "
      "X) -> aid 070 from org:UN, demanded (held-out 116: 'What we in the United Nations must do for the Congo and "
      "Haiti' a demanded 071 from org:UN; held-out 153: UN agencies that 'provide valuable support to countries' 070 "
      "org:UN -> null), the helped 'countries and peoples' an uncoded class -> target null; borderline not coded as "
      "a general statement of the Organization's role"),
 12: ([], "Malaysia (2019): 'They feel that they must be well armed to retain their right to be the privileged five' "
          "= the five permanent members' attitude as the speaker describes it, a belief with a deontic inside it, no "
          "behaviour asserted or demanded by the speaker; the arms race lies in the preceding sentence (borderline a "
          "demanded nominal 154 from each of the five, reported by them)"),
 13: ([], "Brazil (2004): nature 'should not be further degraded by human and environmental exploitation' = an "
          "agentless norm, no actor"),
 14: ([("make an appeal", "100", "JPN/GOV", "org:UNGA", False, A, N, False)],
      "Japan (Abe, 2017); 'But I must make an appeal to the General Assembly' = the speaker's own request (guideline: "
      "appeal -> 10x), made in the speech itself, so asserted despite 'must' (an earlier set: 'I would be remiss if I "
      "failed to echo the call' the speaker's asserted request; borderline demanded), to org:UNGA; its content is "
      "in the sentences after (preventing goods, funds, people and technology from reaching North Korea; strict and "
      "full implementation of the Council's resolutions by all Member States), for which CAMEO has no request "
      "sub-code -> generic 100 (borderline 1042 policy change; borderline not coded, the content lying outside the "
      "sentence, though the verb is in it)"),
 15: ([("express Malawi's satisfaction", "051", "MWI/GOV", "USA/GOV", False, A, N, False),
       ("express Malawi's satisfaction", "051", "MWI/GOV", "SUN/GOV", False, A, N, False),
       ("agreements reached", "057", "USA/GOV", "SUN/GOV", False, A, N, False),
       ("mutual reductions", "087", "org:NATO", N, False, H, N, True)],
      "Malawi (1990); 'express Malawi's satisfaction at the agreements reached earlier this year' = a welcome "
      "(held-out 48/49: 'noted with satisfaction the signing' 051 to the signatories); the agreements' parties are "
      "not named in the sentence, and 'In this contest [context]' ties them to the preceding sentence's 'bilateral "
      "negotiations on arms reduction between the United States and the Soviet Union' (the February 1990 Ottawa "
      "troop-ceiling agreement) -> one 051 each to USA/GOV and SUN/GOV, and the agreement -> 057 USA/GOV -> SUN/GOV "
      "(a participle, not nominal; an earlier set: the welcome of an agreement between named parties codes the "
      "agreement); borderline org:NATO as the welcomed party, the Warsaw Pact having no code; 'which make possible "
      "the start of mutual reductions in NATO and Warsaw Pact armed forces' = a prospective de-escalation (the "
      "superpowers' destruction of weapons 087, held-out 162) -> hypothetical nominal 087 from org:NATO, the Warsaw "
      "Pact uncoded and dropped -> target null (borderline not coded as a mere prospect, or 0873)"),
 16: ([], "Sri Lanka (1992): 'The ultimate aim of the reforms must be to enable the United Nations to be more effective "
          "in the promotion of development cooperation' = a UN reform position, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("fully supports the statement", "051", "MMR/GOV", "org:ASEAN", False, A, N, False)],
      "Myanmar (2014); 'my delegation fully supports the statement issued by the ... (ASEAN) Foreign Ministers' on "
      "terrorism (preceding sentences) = endorsement of a statement -> 051 (held-out 52/53: 'associates itself with "
      "the statement' made for the AU 051 to org:AU; held-out 150: support for a GCC summit's statement 051 to "
      "org:GCC) to org:ASEAN; the statement's issuing is 01x, not coded"),
 18: ([("we value", "051", "AGO/GOV", N, False, A, N, False),
       ("joint regional integration", "050", "AGO/GOV", N, False, A, N, True)],
      "Angola (1995); 'we value the joint regional integration between members of the Zone of Peace and Cooperation "
      "of the South Atlantic, of which Angola is also a member' = appreciation -> 051 (held-out 127: 'We appreciate "
      "the fact that' 051; held-out 7: praise of a display of unity 051 with target null), the Zone having no code "
      "and no other member named in the speech -> target null (borderline an uncoded sentiment); the integration = a "
      "cooperation noun among the members -> nominal 050, coded for the speaker only (held-out 133: 'We nations of "
      "South America' for the speaker only; held-out 145: the 3G Group), no other member named -> target null "
      "(borderline not coded, null-null)"),
 19: ([], "Turkmenistan (2013): 'The challenging processes ... call for a responsible ... approach on the part of the "
          "United Nations' = an inanimate subject, not a request (held-out 121: Angola's 'calls for a global coalition' "
          "with an inanimate subject uncoded)"),
 20: ([], "Bahrain (2018): 'we are confronted with another source of impediment to those efforts, namely, Qatar, whose "
          "actions threaten the security and stability of the region' = a description of Qatar as an obstacle with no "
          "behaviour verb (guideline: evaluative descriptions not coded) and 'threaten the security' a threat as risk "
          "(guideline: figurative); the acts charged (support for terrorism, attacks on neighbours) lie in the "
          "sentences after; borderline a 112 BHR/GOV -> QAT/GOV, or a 130 QAT/GOV with no target"),
 21: ([("participating in the difficult and fruitful negotiations", "046", "SLV/GOV", "SLV/REB", False, A, N, False),
       ("New York Accord", "057", "SLV/GOV", "SLV/REB", False, A, N, True),
       ("the signing of", "057", "SLV/GOV", "SLV/REB", False, A, N, True)],
      "El Salvador (Calderon Sol, 1994); 'We had the privilege of participating in the difficult and fruitful "
      "negotiations that culminated in the New York Accord ... 31 December 1991' = the speaker's own past part in "
      "the Government-FMLN negotiations (the speech names the FMLN later) -> 046 from the speaker's government "
      "(held-out 5: document-date rule for a speaker's own past), the FMLN of 1991 an armed insurgency -> SLV/REB "
      "(held-out 76 row 29; held-out 114: coded as at the time of the act); 'the New York Accord' -> nominal 057 "
      "between the same parties; 'the signing of the Peace Accords in Mexico on 16 January 1992' (Chapultepec) = a "
      "second, distinct agreement -> a second nominal 057 (borderline one 057 for the pair, as held-out 76 row 26 "
      "coded a Declaration and its complementary agreements once); 'cleared the way' is a consequence; UN "
      "mediation is not in the sentence"),
 22: ([("achieved two peace agreements", "057", "ISR/GOV", "EGY/GOV", False, A, N, False),
       ("achieved two peace agreements", "057", "ISR/GOV", "JOR/GOV", False, A, N, False)],
      "Israel (2008); 'We have also achieved two peace agreements: the first, with the largest Arab country, Egypt; "
      "the second, with the Hashemite Kingdom of Jordan' = the 1979 and 1994 peace treaties, agreements concluded "
      "(guideline: 057), one per partner (guideline: compound split), from the speaker's government to each "
      "partner's government (borderline bare EGY and JOR)"),
 23: ([("We welcome", "051", "BTN/GOV", N, False, A, N, False),
       ("look forward to the opportunity to work together", "030", "BTN/GOV", N, False, F, N, False)],
      "Bhutan (1992); 'We welcome them' = 'the Governments and peoples of all the new Members' (preceding "
      "sentence), a performative welcome -> 051; the speech names none of the new Members of 1992 -> target null "
      "(held-out 131: a past welcome of new Members goes to the ones the speech names; held-out 144; borderline not "
      "coded as a UN admission); 'look forward to the opportunity to work together' -> 030 future (held-out 12/13: "
      "'hope that we can work together' 030 future), same null target"),
 24: ([("hosted the second", "043", "CPV/GOV", N, False, A, N, False)],
      "Cape Verde (2003); 'Cape Verde hosted the second regional preparatory meeting in anticipation of the Mauritius "
      "event' (the Barbados+10 review meeting) -> host 043 (guideline), the participating small island states "
      "unnamed -> target null (held-out 28/29: conferences hosted with no target; held-out 116: a meeting "
      "'organized by the Government of Brazil' 043 with no target); borderline org:UN, the Mauritius meeting being a "
      "UN international meeting (held-out 118: hosting a UN summit 043 to org:UN)"),
 25: ([("to support the Secretary-", "051", N, "org:UN", False, D, N, False)],
      "Estonia (2003); 'Isn't it time for the United Nations family to support the Secretary-General in his concern "
      "about the Organization' = a rhetorical question that makes a demand (guideline: 'now is the time for X to "
      "...' demanded), not a question about the event -> demanded 051 to the Secretary-General -> org:UN; the 'United "
      "Nations family' = the Member States (next sentence: 'both the large and the small Member States') -> source "
      "null (held-out 132: 'All Member States should strive to extend their full support ... to the United Nations' "
      "a demanded 051 with no source; borderline source org:UN, or modality question)"),
 26: ([("commend", "051", "KIR/GOV", "org:UN", False, A, N, False),
       ("his initiative in calling the high-level event", "043", "org:UN", N, False, A, N, True)],
      "Kiribati (2007); 'We wish to commend the Secretary-General' -> 051 to org:UN (performative, asserted); 'his "
      "initiative in calling the high-level event on climate change on 24 September this year' = the convening of a "
      "meeting that had already taken place when the speech was given -> host/convene 043 (guideline), nominal, "
      "from org:UN, the invited leaders unnamed -> target null (held-out 130 coded a convening still to come as a "
      "future nominal 036; borderline 036)"),
 27: ([("renew here our appeal", "107", "MUS/GOV", "COD", False, A, N, False)],
      "Mauritius (1998); 'I wish to renew here our appeal to all parties involved in this conflict to solve their "
      "differences peacefully through political dialogue and diplomacy' = a request (guideline: appeal -> 10x), 'I "
      "wish to' performative -> asserted, Y = settling the dispute -> 107 (borderline 106 for the dialogue); 'this "
      "conflict' = the conflict in the Democratic Republic of the Congo (preceding sentence), whose parties the "
      "speech never names -> the bare country COD (held-out 132: 'I would encourage all those involved ... to "
      "agree' a 107 to the bare country; borderline COD/GOV and COD/REB, or the foreign belligerents of 1998)"),
 28: ([("ask for the support of the Assembly", "102", "NOR/GOV", "org:UNGA", False, A, N, False)],
      "Norway (2000); 'We therefore ask for the support of the Assembly' for Norway's Security Council candidacy "
      "(preceding sentences) = a request for votes -> 102 to org:UNGA (held-out 118: Viet Nam's candidature 102 to "
      "org:UNGA; held-out 157: 'We expect the support of all Members for our candidacy' a 102; borderline not coded "
      "as a membership position)"),
 29: ([("We appeal to", "102", "NZL/GOV", N, False, A, N, False)],
      "New Zealand (1997); 'We appeal to Member States to acknowledge this reality and to give the Secretary-General "
      "their generous support' = a request (guideline: appeal -> 10x) whose Y is support for the Secretary-General's "
      "reform package -> 102, the Member States an uncoded collective -> target null (held-out 137: 'I encourage all "
      "delegations to consider supporting it' a 102 with no target); Y not coded separately (guideline); borderline "
      "not coded as a UN reform position"),
 30: ([], "Central African Republic (1998): the Universal Declaration that 'was the subject of painstaking "
          "negotiations' = historic negotiations among all states of 1948, no named party, and peacekeeping 'a chance "
          "development' an evaluation; not coded (borderline a nominal 046 null -> null)"),
 31: ([("Soviet occupation", "192", "SUN/GOV", "EST", False, A, N, True)],
      "Estonia (1992); the sentence holds two sentences joined after a footnote asterisk; 'those people who settled in "
      "Estonia as a result of Soviet occupation' = an event noun with its agent (guideline: nominal events, 'Russia's "
      "invasion') -> occupation 192 (guideline), nominal, from the Soviet state of the time -> SUN/GOV (held-out 5: "
      "a historic act of the government of the time; held-out 124: SUN/GOV -> LTU/CVL; borderline bare SUN, as "
      "'occupied by the United Kingdom'), target the country -> bare EST (guideline: target of an invasion); the "
      "laws' provision for naturalization is domestic, and 'Numerous international experts have concluded' is an "
      "evaluation, not coded"),
 32: ([("pay tribute", "051", "MDG/GOV", "org:UN", False, A, N, False),
       ("we commend", "051", "MDG/GOV", N, False, A, N, False)],
      "Madagascar (2002); 'we wish to pay tribute here to the efforts of the United Nations, acting through the "
      "Counter-Terrorism Committee created by the Security Council, for the implementation of Council resolution "
      "1373' -> 051 (held-out 52/53: 'pay tribute to' 051) to org:UN, the sentence naming the Organization "
      "(borderline org:UNSC, the Committee being the Council's); the Committee's creation is an internal UN act, not "
      "coded; 'we commend all other regional initiatives adopted to combat this plague' -> a second 051, the "
      "initiatives' authors unnamed -> target null (held-out 76 row 27: praise of agentless efforts 051 null)"),
 33: ([("we welcome", "051", "CMR/GOV", "org:UN", False, A, N, False),
       ("we welcome", "051", "CMR/GOV", "org:AU", False, A, N, False),
       ("cooperation between the", "050", "org:UN", "org:AU", False, A, N, True)],
      "Cameroon (1995); 'we welcome cooperation between the United Nations and the Organization of African Unity in "
      "the area of prevention, management and settlement of conflicts' -> a welcome to each party (held-out 116: "
      "welcoming a cooperation gives a 051 to each party plus a nominal 050 between them), the OAU of 1995 -> "
      "org:AU (held-out 34/35); the cooperation noun naming its parties -> nominal 050 from the first-named "
      "(held-out 10/11; borderline 062 as security cooperation)"),
 34: ([], "Iceland (2005): 'the credibility of the entire United Nations Organization is threatened' = a threat as "
          "risk (guideline: figurative), agentless"),
 35: ([("pledges its full support", "032", "BHS/GOV", "org:UNGA", False, A, N, False)],
      "Bahamas (2003); 'My delegation pledges its full support to you and to the other members of the Bureau in the "
      "performance of that challenging task' = a pledge of support stated as a fact -> 032 asserted (held-out 26/27: "
      "a pledge of continued support 032 asserted; guideline: explicit intent verbs stated as facts 03x asserted), "
      "to the President of the General Assembly and the Bureau -> org:UNGA, coded once (held-out 38/39, 48/49; "
      "borderline 030)"),
 36: ([], "Greece (1993): 'Substantial economic and financial assistance is the prerequisite for achieving social "
          "harmony and consolidating democracy' in the former Yugoslavia = support as a prerequisite, with no provider "
          "or recipient named in the sentence (held-out 135: support as a prerequisite left uncoded; held-out 149: "
          "'This will require a sustained international effort' for the former Yugoslavia's reconstruction uncoded; "
          "borderline a demanded nominal 071 with no source to bare YUG)"),
 37: ([("mediated", "045", "org:OSCE", "ARM/GOV", False, A, N, False),
       ("mediated", "045", "org:OSCE", "AZE/GOV", False, A, N, False)],
      "Armenia (2009); 'The Nagorny Karabakh peace process, which is mediated by the co-chairs of the Minsk Group of "
      "the ... OSCE' -> mediation 045 (guideline), a passive with its agent named, from the Minsk Group as the "
      "organisation the sentence names -> org:OSCE (held-out 146: the Minsk Group created by the CSCE a 045 from "
      "org:OSCE to each party; borderline one 045 per co-chair country, as held-out 30/31 for the co-Chairs' plan, "
      "though this speech names none of them), to each party: the speaker's government and Azerbaijan, named in the "
      "next sentence ('The Presidents ... of Armenia and Azerbaijan meet regularly'); the Nagorno-Karabakh "
      "authorities have no code (held-out 9) and are dropped; 'is moving forward' is no event"),
 38: ([("to support the Libyan people", "070", "org:UN", "LBY/CVL", False, A, N, False)],
      "Ireland (2011); the sentence starts at '(2011) and 1973 (2011)' (the splitter cut inside 'Security Council "
      "resolutions 1970 (2011) and 1973 (2011)'), so the resolutions' own acts (sanctions, no-fly zone) are named "
      "before the cut and not coded; 'it' = the United Nations of the preceding sentence; 'it has led international "
      "efforts to support the Libyan people' -> support 070 (borderline 051 verbal support, or 073 humanitarian "
      "aid) from org:UN to the Libyan people -> LBY/CVL; 'has led' is the manner of the support, coded once"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Kenya (1992): a fragment cut by the splitter, 'Sir, on your unanimous election to the presidency'; the "
          "congratulating verb lies before the cut (held-out 120: a congratulation whose verb fell before the cut "
          "left uncoded; borderline a 051 to org:UNGA); the election is agentless"),
 40: ([], "Malaysia (1995): the 'new liberalism' and its definition of the family = a description, no actor, no act"),
 41: ([], "India (1999): 'Terrorism is the great global menace of our age' = an evaluation, no actor"),
 42: ([], "The former Yugoslav Republic of Macedonia (1994): the sentence starts at 'Macedonia is a factor for "
          "stability' (the splitter cut after 'the Republic of'); a self-description, no act"),
 43: ([], "Brazil (1995): 'Unemployment cannot be used as a pretext that will ultimately lead to protectionism directed "
          "mainly against the developing countries' = a generalisation about trade policy, the protectionists unnamed "
          "and the developing countries an uncoded class (borderline a hypothetical nominal 1621 null -> null)"),
 44: ([], "Uzbekistan (1994): 'Our country bases its foreign policy on the realities of the contemporary world' = a "
          "description of policy, no act"),
 45: ([], "Georgia (2015): a national health-care programme and welfare services = domestic policy, no act between "
          "actors"),
 46: ([], "Slovenia (2001): 'acts of terror' with no agent or victim, in a general statement about global "
          "responsibility; not coded"),
 47: ([], "Botswana (2015): 'The Botswana Government embarks on this new course' = domestic implementation of the "
          "Sustainable Development Goals, with 'we all' meaning all states; no act between actors"),
 48: ([("a staunch ally of the United Nations", "051", "MEX/GOV", "org:UN", False, A, N, True)],
      "Mexico (2016); 'Mexico has always been a staunch ally of the United Nations' = a habitual support stated as a "
      "role noun -> nominal 051 to org:UN (held-out 112: 'Norway has been a consistent supporter of the United "
      "Nations' a nominal 051; held-out 113: 'one of the strongest supporters of our world Organization'; borderline "
      "050, or not coded as a self-description); 'firmly believes in its transformative power' is a belief"),
 49: ([], "Comoros (2002): a fragment cut by the splitter; the poet al-Shabbi 'who invites us not to despair and to "
          "rely on reason' = a figurative invitation in a poem, no political actor, no act"),
 50: ([("to congratulate", "051", "BOL/GOV", "org:UNGA", False, A, N, False)],
      "Bolivia (2018); 'I would like to take this opportunity to congratulate the President of the General Assembly "
      "on her recent election' = a performative congratulation -> 051 asserted to org:UNGA (held-out 48/49: "
      "commending the Assembly President's election 051 to org:UNGA); the election is agentless"),
 51: ([], "Micronesia (2009): 'Our taro patches and arable lands are limited' = a description, no act"),
 52: ([], "Finland (2019): climate change 'in the form of melting glaciers, large-scale forest fires and extreme weather "
          "events' = natural phenomena, no actor"),
}
