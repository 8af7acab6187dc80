"""Hand annotations for the HUNDRED-AND-SEVENTY-FIRST held-out event gold set (source of events-heldout171.jsonl).

Keyed by the row index of selection-heldout171.jsonl (output of select_bulk_sentence_heldout.py 171; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout171.jsonl \
        --annotations annotations_heldout171 --output events-heldout171.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We deeply regret", "110", "STP/GOV", N, False, A, N, False),
      ("has not yet been given", "0833", N, "TLS/CVL", True, A, N, False),
      ("being occupied", "192", N, "TLS", False, A, N, False),
      ("foreign invasion", "192", N, "TLS", False, A, N, True)],
     "Sao Tome and Principe (1991); 'We deeply regret the fact that' -> the speaker's 110 (held-out: 'express "
     "regret', 'it is regrettable' 110), the party that withholds the opportunity never named in the speech -> "
     "target null (borderline IDN/GOV from outside knowledge); 'such an opportunity has not yet been given to the "
     "people of East Timor' = the chance to vote freely on their political future (the Western Sahara referendum of "
     "the sentence before), an agentless passive with plain negation (guideline: 'has yet to' negated) -> negated "
     "0833 (held-out 146: 'has not recognized the legitimate rights ... to self-determination' a negated 0833) with "
     "no source, the people -> TLS/CVL (held-out 120: East Timor as bare TLS; borderline not coded as an agentless "
     "passive); 'went straight from being colonized to being occupied in the aftermath of a foreign invasion' = "
     "Indonesia's 1975 invasion and occupation, the occupier never named in the speech (held-out: wars whose agent "
     "the speech never names have no source) -> 192 for 'being occupied' (a gerund, not nominal) and a nominal 192 "
     "for 'a foreign invasion', both to bare TLS, the territory as a whole (guideline: invade/occupy 192; held-out "
     "128: 'The 1974 invasion and continuing occupation' two 192s; borderline one 192, as held-out 124's 'invasion "
     "and annexation'); 'colonized' (Portugal, historic) has no CAMEO code, not coded"),
 1: ([], "Moldova (2011): 'Children should never become hostages of political disagreements' = a figurative norm "
         "(the Latin-script schools of the sentence before), no act between actors; 'never' bears on a norm"),
 2: ([("provided support", "070", "COD/GOV", N, False, A, N, False)],
     "DR Congo (2014); 'we have not only managed to contain this new epidemic ... but also provided support to the "
     "fight against the epidemic in West Africa' = 'not only ... but also' asserts both (no negation); containing "
     "Ebola at home is domestic, not coded; the support to the West African Ebola response (experts sent, as the "
     "next sentence says) -> 070 (borderline 073 humanitarian, as held-out 153's Ebola response team), the affected "
     "countries never named in the speech ('West Africa', 'the other affected countries') -> target null "
     "(borderline bare GIN, LBR, SLE from outside knowledge)"),
 3: ([("provided facilities", "043", "org:UN", N, False, A, N, False),
      ("has mediated", "045", "org:UN", N, False, A, N, False),
      ("coordinated assistance", "070", "org:UN", N, False, A, N, False)],
     "Timor-Leste (2005); habitual acts of 'the United Nations' (-> org:UN) stated as facts -> asserted: 'it has "
     "provided facilities and an environment for informal meetings between parties in conflict' = hosting talks -> "
     "043 (README: 'provided a forum for States to cooperate' 043), the parties unnamed -> target null; the "
     "meetings between uncoded parties are not coded; 'it has mediated hostage situations or border disputes' -> 045 "
     "with target null; 'it has mobilized resources and coordinated assistance to war-torn countries or to "
     "communities affected by natural disasters' = one aid act covering reconstruction and relief (held-out 20/21: "
     "one aid noun covering several kinds is one 070) -> 070 with target null (borderline 073); 'has not ... been "
     "limited to peacekeeping' negates a limit, not an event, and 'peacekeeping' names a field of activity here, "
     "not coded (borderline a nominal 074 org:UN -> null, as held-out 22/23's 'role as a peacekeeping contributor')"),
 4: ([("calling on", "1031", "TON/GOV", N, False, A, N, False)],
     "Tonga (2007); 'Tonga joins others in calling on donor countries that have not fulfilled their obligations to "
     "recommit themselves to meeting the targets by 2015' = the speaker's request (guideline: call on -> 10x), Y = "
     "recommitting to the 0.7 per cent ODA target -> demand economic aid 1031 (held-out 76 row 9), the donors an "
     "uncoded collective -> target null; the 'others' who call are uncoded (held-out 122: the Member States' own "
     "calls null to null); 'have not fulfilled their obligations' = non-fulfilment by the same uncoded donors, null "
     "to null, not coded (held-out 117: the negated accession inside 'countries that have not yet done so' "
     "uncoded; borderline a negated 0331 with no source and no target)"),
 5: ([], "Viet Nam (2011): 'Multilateral negotiations on issues of common interest, such as disarmament and climate "
         "change, have not yielded results' = negotiations among all states (uncoded), an outcome that is not an "
         "event; not coded (borderline a nominal 046 null -> null, or a negated 057)"),
 6: ([("incursions", "190", "ISR/GOV", "PSE", False, A, N, True),
      ("occupied territories", "192", "ISR/GOV", "PSE", False, A, N, True),
      ("oppressive", "175", "ISR/GOV", "PSE/CVL", False, A, N, True),
      ("undermining", "160", "ISR/GOV", "PSE/GOV", False, A, N, True),
      ("aggression", "190", "ISR/GOV", "PSE", False, A, N, True),
      ("destruction", "1712", "ISR/GOV", "PSE", False, A, N, True),
      ("destruction", "1712", "ISR/GOV", "PSE/GOV", False, A, N, True)],
     "Kuwait (2006); event nouns whose agent is named in the sentence ('Israel's', 'its') -> nominal, ISR/GOV (the "
     "text names the state; borderline ISR/MIL for the 'military incursions'): 'repeated military incursions in the "
     "occupied territories' -> 190 (PETRARCH's CAMEO dictionary: INCURSION [190]) to bare PSE; 'the occupied "
     "territories', Israel's occupation named in the sentence before and its agent in this one -> nominal 192 to "
     "PSE (borderline not coded as an adjective, held-out 143); 'oppressive practices against the Palestinian "
     "people' -> repression 175 to PSE/CVL; 'undermining of the Palestinian Authority' -> 160 (PETRARCH's CAMEO "
     "dictionary: UNDERMINE [160]; borderline 170) to PSE/GOV; 'its continued aggression' -> 190 to PSE; "
     "'deliberate destruction of Palestinian infrastructure and national Palestinian institutions' -> 1712 (held-out "
     "134: destruction of civilian infrastructure 1712), one to bare PSE for the infrastructure and one to PSE/GOV "
     "for the national institutions (borderline one event to PSE); 'will not benefit' and 'nor will ... secure' "
     "negate effects, not the events, which are asserted"),
 7: ([("strong support", "051", "CHN/CVL", "CHN/GOV", False, A, N, True)],
     "China (1990); 'The policy of reform and opening up, which enjoys the strong support of our people' = the "
     "people's support for the Government's policy -> nominal 051 CHN/CVL -> CHN/GOV (held-out 133: the people's "
     "support for the Government's reform a nominal 051); 'will not and cannot be changed' = a domestic policy "
     "resolve, no act between actors"),
 # --- UNGDC 1990-2019 random: future
 8: ([("will host", "036", "TZA/GOV", N, False, F, N, False)],
     "Tanzania (2004); a fragment cut by the splitter after 'The first international conference on the Great'; the "
     "verb is inside the sentence, so it is coded (README: a fragment whose object was cut off is coded when "
     "its verb is in the sentence): 'which Tanzania will host in November' = future hosting -> 036 future "
     "(guideline; held-out 77 row 37), the regional conference having no code -> target null (borderline org:UN "
     "or org:AU as co-organisers; or a new org:ICGLR)"),
 9: ([("we signed", "057", "SLV/GOV", N, False, A, N, False)],
     "El Salvador (2017); 'the peace agreements that we signed in 1992' = the Chapultepec accords -> 057 from the "
     "Government of the time (held-out 5: historic act by the office's government), the other signatory (the "
     "FMLN) never named in the speech ('all parties') -> target null (README: an alliance 'signed in 1994' "
     "that names no other signatory 057 with no target; borderline SLV/REB from outside knowledge); 'taught us' is "
     "no act"),
 10: ([], "Algeria (2003): 'we will continue to warn against all misconceptions and the tendentious association of "
          "terrorism with a particular religion' = a warning against an idea with no addressee (held-out 112: 'we "
          "warn against using terrorism as a pretext' left uncoded; borderline a future 130 with no target)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("made a proposal", "036", "MNG/GOV", N, False, A, N, False)],
      "Mongolia (1990); 'Mongolia last year made a proposal that, together, we should seek a mechanism for dialogue "
      "among the countries of the northern part of the Asia-Pacific region' = a proposal of periodic meetings (the "
      "next sentence) -> intent to meet or negotiate 036 asserted (held-out 143: Azerbaijan 'proposing to host' "
      "036), the subregion's countries uncoded -> target null (borderline 102 as a request, or 030); 'we should "
      "seek' is the proposal's content, not coded separately"),
 12: ([("we fully support", "051", "URY/GOV", "org:UN", False, A, N, False)],
      "Uruguay (1997); 'we fully support the restructuring proposed by the Secretary-General while at the same time "
      "endorsing the philosophy on which it is based' = support for a plan of the Secretary-General -> 051 to org:UN "
      "(held-out 48/49: supporting a UN plan or the Secretary-General 051 to org:UN; held-out 140: support for the "
      "Secretary-General's reform direction 051; borderline an uncoded UN reform position); 'endorsing' is the same "
      "act, same pair, coded once; 'proposed by the Secretary-General' = his internal Secretariat reform, not coded "
      "(held-out 145: internal Secretariat changes uncoded; borderline a nominal 100 from org:UN, as held-out 155's "
      "recommendation)"),
 13: ([], "Andorra (2015): 'As President Obama said yesterday, the great challenges of our time ... must be addressed "
          "jointly' = a generic deontic attributed to Obama, 'we' all states, and Andorra's own domestic effort; not "
          "coded (borderline a 051 to USA/GOV, as held-out 131's 'I agree with President Roosevelt')"),
 14: ([], "Nauru (2011): the Secretary-General's quoted 'we must keep working to fight poverty, create decent jobs' = "
          "'we' meaning all states (held-out 42/43), not coded"),
 15: ([("completely destroyed", "087", N, "SYR/GOV", False, D, N, False)],
      "Germany (2013); 'The chemical weapons in Syria must be completely destroyed in accordance with a firmly "
      "agreed timetable' = an agentless deontic passive -> demanded, no source (guideline: 'must be disarmed' "
      "(Hizbollah) 0873 demanded with a null source), the weapons the regime's (the text before: 'the regime is "
      "responsible for the use of chemical weapons') -> target SYR/GOV; destroying weapons -> de-escalation 087 "
      "(held-out 162: destruction of weapons 087; borderline source SYR/GOV with no target); 'a firmly agreed "
      "timetable' is agentless (the OPCW decision), not coded"),
 16: ([], "Eritrea (1997): 'the General Assembly must take the necessary steps to ensure a relevant role for regional "
          "... organizations, without losing its leadership role or eliminating its support' = a UN reform position "
          "(held-out 54-61), no act between actors; 'without ... eliminating its support' is no negated event"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("renew the call", "102", "SDN/GOV", N, False, A, N, False)],
      "Sudan (2012); 'We also renew the call for an internationally agreed definition of terrorism' = a request "
      "(guideline: call for -> 10x) with a specific Y and no addressee -> target null (held-out 77 row 8), Y = "
      "agreement on a definition, part of the draft comprehensive convention -> 102 (earlier held-out rows: "
      "Algeria's and Japan's calls for the comprehensive convention against terrorism 102; borderline org:UNGA, or "
      "not coded as a call with no addressee); 'terrorism is a grave threat' is figurative"),
 18: ([("increasing our cooperation", "030", "MHL/GOV", "org:UNDP", False, F, N, False),
       ("increasing our cooperation", "030", "MHL/GOV", "org:UNFPA", False, F, N, False),
       ("increasing our cooperation", "030", "MHL/GOV", "org:UNICEF", False, F, N, False),
       ("increasing our cooperation", "030", "MHL/GOV", "org:UNESCO", False, F, N, False)],
      "Marshall Islands (1999); 'we look forward to increasing our cooperation with United Nations agencies, such "
      "as UNDP, the United Nations Population Fund (UNFPA), ... UNICEF and ... UNESCO and others' = future "
      "cooperation (guideline: 'look forward to' future; future cooperative acts 03x; held-out 28/29: plans to expand "
      "cooperation a 030 future per partner) -> 030 future, one per named agency (README: thanks to UN funds "
      "and programmes go to each one named), 'and others' dropped (borderline one 030 to org:UN); 'We feel that "
      "more can be done' is no act"),
 19: ([], "Saint Vincent and the Grenadines (2016): 'Goal 7 of the SDGs calls for the development of renewable energy' "
          "= an inanimate document with no addressee (held-out 121: Angola's 'calls for a global coalition' with an "
          "inanimate subject uncoded), not coded"),
 20: ([("stepping up development assistance", "071", "LVA/GOV", "AFG", False, A, N, False)],
      "Latvia (2013); a fragment cut by the splitter after 'for'; its verb is inside the sentence, so the object is "
      "taken from the text after the cut (README): 'Afghanistan and the Central Asian States' -> development "
      "assistance = economic aid 071, asserted (present progressive), to bare AFG (held-out 149: Canada's "
      "contribution 'for Afghanistan' to bare AFG; borderline AFG/GOV); the Central Asian States are not named in "
      "the speech -> dropped (held-out 12/13: a group without a code is each member the document names)"),
 21: ([("We are pleased to note", "051", "KGZ/GOV", N, False, A, N, False),
       ("our cooperation", "050", "KGZ/GOV", N, False, A, N, True)],
      "Kyrgyzstan (2018); 'We are pleased to note that our cooperation has gained positive momentum' = 'our "
      "cooperation' among the countries of Central Asia (the sentence before), none named in the speech -> a "
      "cooperation noun that includes the speaker, nominal 050 with target null (borderline not coded, as held-out "
      "150's Black Sea 'cooperation among countries in the region', which did not include a coded party), and the "
      "speaker's pleasure -> 051 with target null (held-out 112: 'I am all the more pleased' that the region's "
      "countries confirm cooperation 051 with no target)"),
 22: ([("We support", "051", "BDI/GOV", "org:UNSC", False, A, N, False)],
      "Burundi (2015); 'We support the full implementation of Security Council resolution 1540 (2004)' = support "
      "for a Council resolution -> 051 to org:UNSC (held-out 152: support for Council resolutions 051 to org:UNSC; "
      "held-out 132: 'supported it' (a General Assembly resolution) 051 to org:UNGA; borderline not coded as an "
      "abstract policy position); preventing non-State actors from obtaining weapons is the purpose, and the "
      "'terrorist acts' are hypothetical with no agent, not coded"),
 23: ([("was signed", "057", "UZB/GOV", N, False, A, N, False)],
      "Uzbekistan (2006); 'On 8 September 2006 in Semipalatinsk, the Central Asia Nuclear-Weapon-Free Zone Treat[y] "
      "was signed' = an agentless passive whose signatories the text around it gives as Uzbekistan 'together with "
      "its neighbours' (the sentence before; README: an agentless 'A peace settlement has been signed' takes "
      "its parties from the sentence before) -> 057 from UZB/GOV, the neighbours never named -> target null "
      "(held-out 136: the Caspian status agreed by the five littoral countries one 057 from KAZ/GOV with no "
      "target; borderline no source); Semipalatinsk is a place"),
 24: ([], "Panama (2018): 'We have worked tirelessly to strengthen our institutions ... respecting and supporting the "
          "elected authorities from all political parties and their communities, and boosting their economic "
          "capacities' = domestic governance, national support for local elected authorities (sub-national "
          "governments take the country's GOV), not coded (borderline a 051 PAN/GOV -> PAN/OPP for the authorities "
          "of other parties, or a 071)"),
 25: ([("We appeal", "107", "PNG/GOV", N, False, A, N, False)],
      "Papua New Guinea (2007); 'We appeal to all parties to make full use of the dispute-settlement procedures of "
      "the United Nations' = a request (guideline: appeal -> 10x) to 'all parties' to the Middle East conflict "
      "(the sentence before), none named in the speech -> target null (held-out 124: appeals to unnamed parties "
      "108 with no target), Y = settling the dispute by UN procedures -> 107 (borderline 108 mediation)"),
 26: ([("readiness", "033", "org:EU", N, False, A, N, True),
       ("pursuing enlargement", "030", "org:EU", "MLT/GOV", False, A, N, False),
       ("pursuing enlargement", "030", "org:EU", "CYP/GOV", False, A, N, False)],
      "Malta (1999); 'a marked readiness by the Union to contribute both assistance and funds towards reconstruction "
      "in the Balkans' = an intent to aid stated as a fact -> nominal 033 (held-out 34/35: 'the willingness of our "
      "partners to assist' a nominal 033; held-out 40/41: the EU's 'willingness to give support' 033; borderline "
      "0331 for the funds), org:EU, the Balkan countries unnamed -> target null; 'while simultaneously pursuing "
      "enlargement ... with the two Mediterranean islands — Malta and Cyprus' = the EU's accession process with the "
      "two candidates -> 030 asserted, one per named candidate (held-out 115: support for a path towards the EU; "
      "borderline 046 accession negotiations, or not coded as a membership position), 'Central and Eastern Europe' "
      "uncoded and dropped"),
 27: ([], "Swaziland (2004): 'Future world stability is also threatened by the continuing spread of weapons of mass "
          "destruction' = figurative threat (guideline: threat as risk), agentless proliferation, no actor"),
 28: ([("We also applaud", "051", "GTM/GOV", "CHN/GOV", False, A, N, False),
       ("We also applaud", "051", "GTM/GOV", "TWN/GOV", False, A, N, False)],
      "Guatemala (2010); 'We also applaud the engagement and growing climate of cooperation being generated between "
      "the parties separated by the Taiwan Straits' -> praise 051 to each side (held-out 48/49: welcoming cross-Strait "
      "dialogue 051 to each side), CHN/GOV and TWN/GOV; the engagement and the 'climate of cooperation' are not "
      "coded themselves (held-out 121: Haiti's welcome of the cross-Strait 'dialogue-based approach' codes the "
      "welcome only; borderline a nominal 050 CHN/GOV -> TWN/GOV)"),
 29: ([], "Saint Kitts and Nevis (1998): 'The corpus of human rights demands innovative approaches' = an inanimate "
          "'demands' with no actor, not a request"),
 30: ([("expect the international community", "1031", "SUR/GOV", N, False, A, N, False)],
      "Suriname (1993); 'We therefore expect the international community to fully and generously support the new "
      "South African Government with assistance for the reconstruction and development of the nation' = an "
      "expectation addressed to an actor is a request (held-out 42/43: 'we expect more support, especially by the "
      "EU' a request; held-out 141: 'We continue to expect the United Nations to spearhead' 1031), the international "
      "community uncoded -> target null, Y = reconstruction and development aid -> 1031; Y not coded separately "
      "(guideline; borderline a demanded 071 null -> ZAF/GOV, the post-election Government, or not coded as a hope)"),
 31: ([], "Ethiopia (2009): 'In the meantime, those supporting extremism have made Somalia a priority' = an agent "
          "description of unnamed supporters (never named in the speech) of an abstraction, and 'made Somalia a "
          "priority' is no CAMEO act; not coded (held-out 77 row 3: agent descriptions uncoded; borderline a 070 "
          "null -> SOM/REB)"),
 32: ([("visited Dublin", "042", "org:UN", "IRL/GOV", False, A, N, False),
       ("contributions", "070", "org:EU", "org:UN", False, A, "org:UN", True)],
      "Ireland (2009); 'when he visited Dublin last July' = the Secretary-General's visit -> 042 org:UN -> IRL/GOV "
      "(held-out 133: Ban Ki-moon visiting the Aral Sea 042 to UZB/GOV; Dublin a place standing for the country's "
      "capital, not a metonym); 'As the Secretary-General acknowledged ... without the unique contributions of "
      "regional organizations such as the European Union, United Nations operations would not be able to achieve "
      "their goals' = attribution of a claim (the speech verb not coded), the contributions presupposed by "
      "'without' -> nominal 070 org:EU -> org:UN reported_by org:UN (borderline 074 peacekeeping; reported_by null "
      "as the speaker's own view), the uncoded 'regional organizations' dropped (borderline a second 070 from "
      "org:AU, named in the sentence before); 'would not be able to achieve their goals' is a counterfactual about "
      "outcomes, not an event"),
 33: ([("coming into force", "057", "IRL/GOV", "GBR/GOV", False, A, N, True),
       ("mechanism of cooperation", "050", "IRL/GOV", "GBR/GOV", False, A, N, True)],
      "Ireland (1991); 'it' = the Anglo-Irish Agreement of the sentence before (guideline: missing participant from "
      "the context); 'Since coming into force' -> nominal 057 (held-out 20/21: an agreement entering into force a "
      "nominal 057), between the two Governments named in the same sentence, from the document's own government "
      "(guideline: symmetric acts); 'it has provided a valuable mechanism of cooperation between the two Governments' "
      "= a cooperation noun naming its parties -> nominal 050 IRL/GOV -> GBR/GOV (held-out 38/39)"),
 34: ([], "Portugal (2010): a list of the purposes of the Charter ('maintaining international peace and security, "
          "... international cooperation in solving ... crises') = abstract principles, no actor"),
 35: ([("Agreements reached", "057", "IDN/GOV", N, False, A, N, False)],
      "Indonesia (1999); a fragment cut by the splitter after 'the signing of the 5 May'; the participle 'reached' "
      "is inside the sentence -> the 5 May 1999 New York Agreements on East Timor -> 057 (a participle, not "
      "nominal; held-out 76 row 29), from the speaker's own government ('Closer to home'), the other party "
      "(Portugal) never named in the speech -> target null (borderline PRT/GOV and org:UN from outside knowledge); "
      "'the implementation of the historic popular consultation in East Timor' = the ballot, not coded (borderline "
      "a nominal 0833 IDN/GOV -> TLS/CVL); 'its aftermath was marred by violence' is agentless violence whose "
      "victims are not named, not coded (held-out 145: Timor-Leste's violated rights with no named violator "
      "uncoded; borderline a nominal 180 null -> TLS)"),
 36: ([("We thank migrants", "051", "PHL/GOV", N, False, A, N, False)],
      "Philippines (2018); 'We thank migrants around the world for inspiring us' -> thanks 051 (guideline), the "
      "migrants an uncoded collective -> target null (borderline not coded, the migrants being no political actor); "
      "'to have the first compact negotiated at the intergovernmental level' = the Global Compact negotiated by all "
      "states ('us' meaning all states here), null to null, not coded"),
 37: ([], "Costa Rica (2015): 'We all agree on the importance of strengthening the rule of law' = 'we all' meaning "
          "all states (held-out 42/43), an abstract position, not coded"),
 38: ([], "Central African Republic (2002): 'Two years ago, 189 Member States met in this very hall' = the "
          "Millennium Summit, a meeting of all states (held-out 139: 'we met in Beijing', 'we' all states, uncoded; "
          "borderline a 040 CAF/GOV -> org:UNGA)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([("We repeat that request", "100", "PAN/GOV", N, False, A, N, False)],
      "Panama (2003); 'We repeat that request today' = Panama's request to Member States, made at the Millennium "
      "Summit (the text before), to return to the original spirit of the Charter -> a request with no specific "
      "behaviour -> generic 100, the Member States an uncoded collective -> target null (held-out 151: 'We urge "
      "Member States to work to meet these goals' 100 with no target; borderline not coded as a general appeal to "
      "all states); 'call attention to the urgent need for strengthening the multilateral system' is a statement "
      "(01x), not coded"),
 40: ([], "Slovenia (2013): 'the balance of global power is changing' = a description, no act"),
 41: ([], "Guatemala (2019): 'we implemented voting from abroad' = a domestic electoral measure, no act between "
          "actors"),
 42: ([], "Dominican Republic (2002): 'we cannot say that developed countries have manifested any understanding of or "
          "solidarity towards these issues' = a negated attitude of an uncoded collective towards issues, null to "
          "null, not coded (borderline a 110 DOM/GOV -> null)"),
 43: ([], "DPRK (2015): 'Successive United Nations Secretaries-General have stated that the United Nations Command "
          "mechanism was not under the control of the United Nations, and that only the Security Council could "
          "decide to dismantle it' = statements (01x) about a state of control and a capacity; the possible "
          "dismantling is a hypothetical institutional decision with no target, not coded (borderline a hypothetical "
          "0873 org:UNSC, reported by org:UN)"),
 44: ([], "Mexico (1994): 'a long-standing social debt still to be paid' = figurative, no actor"),
 45: ([], "Philippines (2016): 'Let us all dream of things that never were' = a quoted exhortation, no act"),
 46: ([("to receive the Arab", "036", "LBN/GOV", "org:LAS", False, F, N, False)],
      "Lebanon (2001); 'Preparations are already under way to receive the Arab monarchs and presidents' = the Arab "
      "Summit in Beirut of March 2002 that 'My country is proud to be hosting' (the sentence before; guideline: "
      "missing participant from the context) -> future hosting 036 future (guideline; held-out 125: hosting a "
      "meeting of a UN committee a future 036 to org:UN), the summit being the League of Arab States' (named in "
      "the text after) -> org:LAS (borderline target null for the uncoded heads of state, or 043 asserted since "
      "the preparations are under way)"),
 47: ([], "Qatar (2007): Muslims observing the Ramadan fast = a description, no act"),
 48: ([], "Albania (2018): 'We all need to take bold action and work together to eliminate drugs' = 'we all' meaning "
          "all states (held-out 42/43), not coded"),
 49: ([], "Bangladesh (2011): 'Prosperity is achievable with the removal of injustice' = a generic statement, no actor"),
 50: ([], "Singapore (1997): 'Small countries are not necessarily more virtuous' = a description, no act"),
 51: ([], "United States (2002): 'To suggest otherwise is to hope against the evidence' = an evaluation of a belief "
          "about Saddam Hussein's weapons programmes, no act in the sentence itself"),
 52: ([], "Tanzania (2009): Africa's population growth = a description, no act"),
}
