"""Hand annotations for the HUNDRED-AND-TWENTY-SECOND held-out event gold set (source of events-heldout122.jsonl).

Keyed by the row index of selection-heldout122.jsonl (output of select_bulk_heldout.py 122; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout122.jsonl \
        --annotations annotations_heldout122 --output events-heldout122.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: future
 0: ([], "Brazil (2005): 'We will continue to lend our support to increased international cooperation in the fight "
         "against terrorism and in the struggle to eliminate its deep-rooted causes' = support for an abstract policy "
         "goal with no named counterpart (guideline: abstract policy positions not coded; held-out 7: support for "
         "'the start of negotiations' not coded); borderline a 032 future BRA/GOV with target null"),
 1: ([], "Armenia (1994): 'a lasting peace will mostly depend on the ability of the main parties to the conflict and of "
         "the international community to develop ... mechanisms' = a conditional about future abilities, no act; "
         "'beyond the cessation of hostilities' = the May 1994 Karabakh cease-fire as an event noun whose agents the "
         "sentence does not make the agents of the noun (guideline: event nouns without an agent not coded; "
         "borderline a nominal 0871 ARM/GOV -> AZE/GOV)"),
 2: ([], "Oman (2008): 'We hope that all of this will be achieved in an atmosphere of cooperation, harmony and love' = "
         "an optative hope with no actor (held-out 54-61: optative hopes uncoded)"),
 # --- UNGDC 1990-2019 random: demand
 3: ([], "Monaco (1993): a fragment cut by the splitter, 'I should like, in conclusion, to reiterate that the'; the "
         "Principality's readiness 'to assist the Organization' lies after the cut, verb and all (held-out 102-109: a "
         "fragment whose verb was cut away is left uncoded; borderline a 033 MCO/GOV -> org:UN)"),
 4: ([], "Denmark (2018): 'As Member States, we must also reinvest in the United Nations and take responsibility for our "
         "multilateral cooperation' = 'we' meaning all Member States (held-out 42/43: 'we' meaning all states not "
         "coded); borderline a demanded 071 DNK/GOV -> org:UN"),
 5: ([], "Somalia (2014): 'People must be allowed to determine their own future' = an agentless deontic about "
         "self-determination, no act between actors"),
 6: ([], "Yemen (1995): 'Disarmament and the channelling of a portion of military expenditure to development must be "
         "... fundamental steps' = an abstract deontic with no actor"),
 7: ([], "San Marino (2013): 'individual Member States must do more and give rapid and effective support to "
         "populations in emergency situations' = a deontic whose source (Member States in general) and recipients "
         "(populations in emergency situations) are both uncoded collectives, null-null, not coded (held-out 76 row "
         "17; borderline a demanded 073 null -> null)"),
 8: ([], "Madagascar (2012): 'The realities on the ground and popular aspirations must be acknowledged' = an agentless "
         "deontic with no named actor (the preceding text speaks of 'countries in political crisis' in general); "
         "'to avoid making the wrong decision' is a purpose"),
 # --- UNGDC 1990-2019 random: cue
 9: ([("international cooperation", "061", N, "CPV/GOV", False, A, N, True),
      ("United Nations monitoring", "070", "org:UN", "CPV/GOV", False, A, N, True)],
     "Cabo Verde (2015); 'we ... are on our way to achieving it [100 per cent renewable energy], with international "
     "cooperation and United Nations monitoring' = the means of a realised national programme; the cooperation of "
     "unnamed partners in the energy transition -> nominal economic cooperation 061 with no source to the speaker's "
     "government (held-out 77 row 13: 'the cooperation of its development partners' 061 null -> SLB/GOV; held-out "
     "102-109: 'we had a lot of help' a 070 with no source; borderline 050, or not coded as unnamed partners); the "
     "UN's monitoring of the programme = a support service of a named agent -> nominal 070 org:UN -> CPV/GOV "
     "(held-out 28/29: 'with the support of our United Nations partners' a nominal 070 from org:UN; borderline 090 "
     "investigate, or not coded); setting the national goal is domestic policy"),
 10: ([], "Guatemala (2004): 'Sustained efforts are being made to meet the taxation goals set out in the peace "
          "agreements' = an agentless passive about domestic fiscal policy; 'the peace agreements' (1996, Government "
          "and URNG) is an event noun whose parties the sentence does not name (guideline; borderline a nominal 057 "
          "GTM/GOV -> GTM/REB)"),
 11: ([("gratitude", "051", "SLV/GOV", N, False, A, N, True),
       ("provided us with", "073", N, "SLV/GOV", False, A, N, False)],
      "El Salvador (2001); 'we believe that it is essential to reiterate our special recognition of and gratitude to "
      "all the countries and international organizations that provided us with valuable assistance during these "
      "natural disasters' = the speaker's own thanks, 'it is essential to reiterate' framing its own act -> asserted "
      "(borderline demanded), recognition and gratitude one 051 (same code and pair), the thanked an uncoded "
      "collective -> target null (held-out 14/15: thanks that include a group without a code has target null); the "
      "assistance during the January-February 2001 earthquakes and the drought -> disaster relief 073 (borderline "
      "070), from the same uncoded donors -> source null, to the speaker's government (held-out 46/47: aid to the "
      "speaker with no named provider)"),
 12: ([("We agree with the findings", "051", "RWA/GOV", "org:UN", False, A, N, False)],
      "Rwanda (2007); 'We agree with the findings of the High-level Panel that the United Nations contributions to "
      "gender issues have been incoherent, under-resourced and fragmented' = endorsing a body's findings (held-out "
      "10/11: 'I agree with Merkel that ...' 051), the Secretary-General's High-level Panel on System-wide Coherence "
      "-> org:UN (borderline not coded as an evaluation); the UN's contributions and their qualities are an "
      "evaluation, not coded (UN reform positions uncoded)"),
 13: ([], "Cameroon (2007): 'Terrorism ... a threat that we can only face through concerted and resolute global "
          "action' = figurative threat (guideline: threat as risk), no actor; the global action is an abstract "
          "policy with 'we' meaning all states"),
 14: ([("we welcome", "051", "HUN/GOV", N, False, A, N, False),
       ("continued presence", "074", N, "XKX", False, A, N, True)],
      "Hungary (2008); 'In that context [Kosovo], we welcome and support the continued presence of the international "
      "community on the basis of Security Council resolution 1244 (1999)' = welcome and verbal support, one 051 "
      "(same code and pair); the presence is that of an uncoded collective (the international civil and security "
      "presences: UNMIK, KFOR, EULEX, named only in the next sentence) -> target null (held-out 54-61: welcoming a "
      "decision of an uncoded body 051 with no target; borderline org:UN, the presence under resolution 1244 being "
      "UNMIK's); the presence itself -> nominal 074 (held-out 98-101: a United Nations mission's presence is a nominal "
      "074) with no source, to Kosovo from the preceding sentences -> XKX (guideline: missing participant from "
      "context; borderline XKX/GOV, or not coded as an act of an uncoded collective); resolution 1244 is the legal "
      "basis, not coded (borderline a 074 from org:UNSC)"),
 15: ([("welcomed", "051", "MUS/GOV", "org:UNGA", False, A, N, False)],
      "Mauritius (2012); 'Mauritius very much welcomed the High-level Meeting of the Assembly on the rule of law' = "
      "a welcome of the Assembly's meeting of 24 September 2012 -> 051 to org:UNGA (held-out 38/39: welcoming a "
      "General Assembly decision 051 to org:UNGA); the meeting itself is a meeting noun of the whole membership, "
      "not coded separately (borderline a nominal 043 from org:UNGA)"),
 16: ([], "Netherlands (2018): 'The Paris Agreement and Sustainable Development Goal (SDG) 13 set clear objectives' = "
          "documents as subject of a description, no act"),
 17: ([], "Costa Rica (2005): a fragment cut by the splitter, 'At the same time, we support reforming the' [Security "
          "Council's working methods, after the cut] = a UN reform position (held-out 54-61: UN reform positions "
          "uncoded; borderline 051 CRI/GOV -> org:UNSC)"),
 18: ([("I commend", "051", "STP/GOV", "USA/GOV", False, A, N, False),
       ("to consult and confer", "040", "USA/GOV", "org:UNGA", False, A, N, False)],
      "Sao Tome and Principe (2002); 'I commend the President of the United States' (Bush, who addressed the "
      "Assembly on 12 September 2002) -> 051 (guideline: commend) to USA/GOV; 'for coming to New York to consult "
      "and confer with those who represent the community of nations' = the realised appearance before the Assembly "
      "-> consult 040 (guideline), one event for 'consult and confer', to the representatives assembled -> org:UNGA "
      "(borderline org:UN, or target null for the uncoded 'community of nations'; borderline 042 visit for "
      "'coming to New York')"),
 19: ([("calling for", "1056", "USA/GOV", "SUN/GOV", False, A, N, False)],
      "Latvia (1991); the sentence starts at 'Union, calling for' (the splitter cut after 'the bold initiative "
      "undertaken by the United States of America and endorsed by the Soviet.'); the subject cut off is taken from "
      "the context (held-out 44/45): Bush's September 1991 nuclear initiative, an inanimate initiative "
      "standing for its author's government (held-out 8) -> USA/GOV; 'calling for substantial reductions of these "
      "nations' nuclear weapons' = a request (guideline: call for -> 10x) for arms reductions -> demand "
      "de-escalation 1056, addressed to the other nuclear power -> SUN/GOV (held-out 26/27: a state that later "
      "dissolved takes its code of the speech's date; borderline target null, the reductions covering both "
      "nations, or a second 1056 SUN/GOV -> USA/GOV as the endorser); the endorsement and 'We are extremely "
      "encouraged' lie before the cut, not coded"),
 20: ([("ask for the international community", "102", "LKA/GOV", N, False, A, N, False)],
      "Sri Lanka (2018); 'I would also like to ask for the international community's cooperation in making that a "
      "reality' = a performative request (guideline: ask -> 10x), 'that' = Sri Lanka resolving its own problems "
      "(preceding sentence: 'give us room to resolve our problems') -> demand diplomatic cooperation, policy "
      "support 102 (borderline 100, or 101), the international community uncoded -> target null; 'that is something "
      "that we are very willing to do' = readiness for a domestic act, not coded"),
 21: ([("support from our partners", "070", N, "DZA/GOV", False, D, N, True)],
      "Algeria (2011); 'Such cooperation [development-centred cooperation against terrorism in the Sahel, the "
      "preceding sentence's conference in Algiers] ... requires support from our partners that responds to the "
      "needs expressed by our countries' = a statement of need (held-out 46/47: statements of need are demanded aid "
      "with no source to the speaker's government; held-out 42/43) -> demanded nominal 070, the partners uncoded -> "
      "source null; 'our countries' = the Sahel countries, of which the document names only the speaker's -> "
      "DZA/GOV (held-out 26/27: a collective naming one member is coded for that member; borderline target null, or "
      "not coded as a general statement)"),
 22: ([("are prepared to pool our", "030", "ERI/GOV", N, False, A, N, False)],
      "Eritrea (1994); 'we and our partners are prepared to pool our resources to secure regional peace through "
      "mechanisms of close consultation and coordination ... and by broadening areas of economic interaction and "
      "cooperation' = readiness stated as a fact (held-out 46/47: 'stands prepared and willing to support' asserted "
      "03x; held-out 8: 'stands ready to' 03x asserted) -> one 030 for the several kinds of cooperation (held-out: "
      "an assurance of 'support and cooperation' is one 030; borderline 0311 for the economic part); 'our regional "
      "partners' are not named (the speech names IGADD and Ethiopia only later, for Somalia and the Sudan) -> the "
      "co-source is dropped and the target null (borderline org:IGAD as target)"),
 23: ([("I appreciate the nomination", "051", "CZE/GOV", "org:UN", False, A, N, False),
       ("whom I met", "040", "CZE/GOV", "org:UN", False, A, N, False)],
      "Czech Republic (Zeman, 2017); 'I appreciate the nomination of Mr. Voronkov' = welcoming an appointment -> "
      "051 to the appointee (held-out 22/23), Vladimir Voronkov, Under-Secretary-General of the new UN Office of "
      "Counter-Terrorism -> org:UN; the nomination by the Secretary-General has no agent in the sentence, not "
      "coded (borderline a nominal 0831 or not an event); 'whom I met yesterday' -> 040 (guideline: meet) "
      "CZE/GOV -> org:UN"),
 24: ([("supports", "051", "JOR/GOV", "IRQ", False, A, N, False)],
      "Jordan (2014); 'Jordan supports a united and stable Iraq with an inclusive national political process' = "
      "verbal support (guideline: 051; borderline 070) for the unity and stability of a named country, the "
      "political process's parties unnamed -> bare IRQ (held-out 62-73: a welcome of a development inside a named "
      "country whose parties are not named goes to the bare country; borderline IRQ/GOV, or not coded as an "
      "abstract policy position)"),
 25: ([], "Belarus (2018): 'We recently adopted landmark documents, including the 2030 Agenda ... and the Paris "
          "Agreement' = 'we' meaning all states (held-out 42/43: not coded); borderline a 057 with no target"),
 26: ([], "Peru (2004): 'We call for peace, security, juridical equality of States, the non-use of force ...' = a call "
          "for general principles with no addressee (held-out 52/53: urging with no addressee not coded; held-out "
          "110: calls with no addressee left uncoded); borderline a 100 PER/GOV with target null"),
 27: ([("His attendance", "040", "org:UN", "PNG/GOV", False, A, N, True)],
      "Papua New Guinea (2011); 'His attendance at our regional meeting' = Secretary-General Ban Ki-moon's "
      "attendance at the Pacific Islands Forum Leaders Meeting in Auckland (preceding sentence) -> a meeting noun "
      "with its agent -> nominal 040 from org:UN; the Forum has no code (held-out 117: a Pacific Islands Forum "
      "endorsement uncoded) -> the participant the speech is given by, PNG/GOV (held-out 50/51: participating in "
      "forums together with a named state is 040 to it; borderline 044 meeting at a third location, or 042 to "
      "NZL/GOV as host, or target null); 'the strengthening ties between the United Nations and the Pacific region' "
      "= a relation with an uncoded region, not coded (borderline a nominal 050 org:UN -> null)"),
 28: ([("joins Member States", "1054", "SUR/GOV", N, False, A, N, False),
       ("imposed", "163", N, "CUB", False, A, N, False)],
      "Suriname (2010); 'Suriname therefore joins Member States which since 1992 have consistently been calling in "
      "vain for the rejection of the unilaterally imposed embargo against Cuba' = joining a call is the speaker's own "
      "request (held-out 30/31: joining a call with named partners is the speaker's request and a nominal one of the "
      "partner); Y = lifting the embargo -> 1054 (held-out 112: a call to rescind sanctions 1054); the speech never "
      "names the imposer -> target null (held-out 50/51: a call to end an embargo whose imposer the document never "
      "names has no target); the Member States' own calls are between uncoded collectives (source null, target "
      "null), not coded (borderline a 1054 with no source); the embargo -> 163 with no source (the US never named) "
      "to the bare country CUB (held-out 115: the sanctions a nominal 163 with no source to the bare country), a "
      "participle -> not nominal"),
 29: ([("We welcome", "051", "SMR/GOV", "org:UNGA", False, A, N, False)],
      "San Marino (2015); 'We welcome the new post-2015 development agenda adopted a few days ago ... (resolution "
      "70/1)' = welcoming a General Assembly resolution -> 051 to org:UNGA (held-out 26/27, 38/39); the agentless "
      "adoption is not coded separately (borderline a 057 from org:UNGA)"),
 30: ([("we have already requested", "1034", "MKD/GOV", "org:UNSC", False, A, N, False)],
      "The former Yugoslav Republic of Macedonia (1996); 'we have already requested an extension of the UNPREDEP "
      "mandate for an additional six months' = a request (guideline) for continued UN preventive deployment -> "
      "demand military protection or peacekeeping 1034, addressed to the body that renews the mandate -> org:UNSC "
      "(borderline org:UN); 'the existing and potential threats to peace' is figurative (guideline: threat as "
      "risk)"),
 # --- UNGDC 1990-2019 random: nocue
 31: ([], "Ethiopia (1998): 'It is a total illusion to believe that Eritrea will be tamed' = Eritrea's being tamed "
          "(by appeasement, preceding sentence) is the complement of a belief the speaker denies, an agentless passive "
          "with no act asserted (borderline a negated future 080 ERI/GOV -> ETH/GOV); 'we are saying this from "
          "experience' is the speaker's own statement; Eritrea's aggression lies in the following sentences"),
 32: ([], "San Marino (1998): 'considers the moral and professional growth of young people to be a priority' = a "
          "domestic policy priority, no act"),
 33: ([], "Bulgaria (2001): 'Bulgaria will shoulder the full responsibility of non-permanent membership of the Security "
          "Council' = a membership position (held-out 54-61: UN admissions and membership positions uncoded); "
          "borderline a 030 future BGR/GOV -> org:UNSC"),
 34: ([], "Niger (2012): a fragment cut by the splitter, 'At the sixty-sixth session, my country's President,'; the "
          "verb ('said from this rostrum') lies after the cut and would be a speech verb (not coded)"),
 35: ([], "Slovenia (2014): a fragment cut by the splitter, 'Although the debate on the reform of the Security' = a UN "
          "reform debate, no act (UN reform positions uncoded)"),
 36: ([], "Norway (2006): 'Six years ago we adopted the Millennium Development Goals (MDGs)' = 'we' meaning all states "
          "(held-out 42/43: not coded); borderline a 057 with no target"),
 37: ([("express my pleasure", "051", "LAO/GOV", "org:UNGA", False, A, N, False)],
      "Lao PDR (1996); 'I wish to express my pleasure at seeing you, Sir, assume the presidency of the fifty-first "
      "session of the General Assembly' = a customary congratulation of the President of the Assembly (held-out 110: "
      "'We are delighted with' 051; held-out 112: 'I am all the more pleased' 051) -> 051 to org:UNGA (held-out "
      "48/49), 'I wish to' performative -> asserted; borderline 01x, an expression of feeling"),
 38: ([], "Belarus (1995): 'one cannot but rejoice at significant achievements in the consolidation of international "
          "security' = an impersonal welcome (held-out 52/53: welcomes by an impersonal passive not coded) of agentless "
          "achievements; 'heightened confrontation in some regions' has no named actor"),
 39: ([("to congratulate", "051", "STP/GOV", "org:UNGA", False, A, N, False)],
      "Sao Tome and Principe (2019); 'On behalf of the Democratic Republic of Sao Tome and Principe, I would like to "
      "take this opportunity to congratulate Professor Tijjani Muhammad-Bande, on his election as President of the "
      "General Assembly' -> 051 to org:UNGA (held-out 48/49: commending the Assembly President's election), "
      "performative -> asserted; the election is agentless"),
 40: ([], "Thailand (2019): 'To do otherwise would lead to the subsidence of the economic order and widespread "
          "calamity' = a hypothetical consequence of a policy choice, no actor"),
 41: ([("applauds", "051", "PNG/GOV", N, False, A, N, False)],
      "Papua New Guinea (2010); 'Papua New Guinea applauds the commitment of $40 billion for poverty alleviation, "
      "especially to improve the health of children and women' = a welcome (guideline: praise 051) of the pledges "
      "made at the September 2010 MDG Summit (the Global Strategy for Women's and Children's Health), whose pledgers "
      "the speech never names -> target null (held-out 54-61: welcoming a decision of an uncoded body 051 with no "
      "target; borderline org:UN as the Strategy's convenor); the commitment itself is a pledge of economic aid "
      "between uncoded parties, null-null, not coded (borderline a nominal 0331 with no source and no target)"),
 42: ([], "Rwanda (2014): 'national identities are too weak, not that they are too strong' = a description, no act"),
 43: ([], "Brunei (2009): 'They are telling us that very soon the choice will not be ours to make' = 'They' = the "
          "figurative messages of the environment, the climate and the global economy (preceding sentence), no actor"),
 44: ([("respects the activities", "051", "JPN/GOV", "org:UNWOMEN", False, A, N, False),
       ("intends to become one of its leading contributors", "0331", "JPN/GOV", "org:UNWOMEN", False, F, N, False)],
      "Japan (Abe, 2013); 'Japan respects the activities of UN-Women' = esteem for an organisation's work, taken as "
      "praise 051 (held-out 111: 'We recognize Syria's important role' 051; borderline a sentiment, not coded, as "
      "'we greatly respect the citizens of Russia' in held-out 7) to org:UNWOMEN (held-out 30/31); 'and intends to "
      "become one of its leading contributors' = an intent to fund the entity -> 0331 intent to provide economic "
      "aid (held-out 102-109: pledges to the Green Climate Fund 0331; borderline 033), 'intends to' read as 'plans to' "
      "-> future (guideline; held-out 112: 'intends to participate' 030 future; borderline asserted, as 'We intend "
      "to join' in held-out 113); 'an exemplary country in that area' is a self-description"),
}
