"""Hand annotations for the HUNDRED-AND-FIFTY-FOURTH held-out event gold set (source of events-heldout154.jsonl).

Keyed by the row index of selection-heldout154.jsonl (output of select_bulk_sentence_heldout.py 154; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, each from a speech in which one other
sentence was annotated for an earlier set; that earlier annotation is irrelevant to these sentences).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout154.jsonl \
        --annotations annotations_heldout154 --output events-heldout154.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Libya (2001): the veto 'has been used to protect aggressors from condemnation' = a generalisation about the "
         "permanent members' use of the veto, an agentless passive whose users and 'aggressors' the sentence and "
         "paragraph never name (null -> null, not coded; borderline 129 veto with no source to org:UNSC); 'there is no "
         "longer any justification for maintaining it' is a UN reform position (held-out 54-61: reform positions "
         "uncoded); 'contravenes the principle' is an evaluation"),
 1: ([("occupation", "192", "ISR/GOV", "PSE", False, A, N, True),
      ("ending", "0874", "ISR/GOV", "PSE", False, H, N, False),
      ("restoring the legitimate rights", "0833", "ISR/GOV", "PSE/CVL", False, H, N, False)],
     "Sudan (2002); the sentence starts at 'Israeli conflict' (the splitter cut after 'Without resolving the root "
     "causes of the Arab-'), so the conflict noun's first-named party lies before the cut and the conflict is not "
     "coded (borderline a nominal 190 with no source to ISR/GOV, as set 123's Arab-Israeli negotiations); 'ending the "
     "occupation ... restoring the legitimate rights of the Palestinian people ..., peace ... will not be achieved' = "
     "necessary conditions -> hypothetical (held-out: 'unless other Arab occupied territories are returned' a "
     "hypothetical 0874; 'the occupation of Palestine would end' a hypothetical 0874 plus a nominal 192): the "
     "occupation itself a realised nominal 192 ISR/GOV -> bare PSE (agent from 'Israeli conflict'; held-out 48/49: an "
     "occupation's agent from the surrounding text), its ending a hypothetical 0874 ISR/GOV -> PSE (borderline "
     "demanded), restoring the Palestinian people's rights a hypothetical 0833 -> PSE/CVL (held-out 146: 'has not "
     "recognized the legitimate rights' 0833 to PSE/CVL; borderline uncoded); 'implementing lawful international "
     "resolutions' is compliance, not coded"),
 2: ([], "Norway (2009): 'We must never rest as long as women are denied the services and rights' = 'we' meaning all "
         "states (here men everywhere) and an agentless 'are denied' with no named denier, a norm, not coded "
         "(borderline 1721 null -> null); 'never rest' is resolve, not a negated event"),
 3: ([("those attacks", "180", N, "ARG", False, A, N, True),
      ("seek the truth", "091", "ARG/JUD", N, False, A, N, False)],
     "Argentina (2007); 'those attacks took place 13 and 15 years ago' = the 1992 bombing of the Israeli embassy and "
     "the 1994 AMIA bombing of the sentences before ('Argentina has twice suffered terrorist attacks'), an anaphoric "
     "attack noun with its verb 'took place' and no named perpetrator -> nominal 180 with no source (held-out 115/116: "
     "the 11 September attacks a nominal 180 with no source to USA; borderline not coded as an anaphoric event noun), "
     "to the country as a whole, bare ARG (borderline one 180 to ISR/GOV for the embassy and one to ARG/CVL for AMIA); "
     "'the subsequent cover-ups' have no agent, not coded; 'our interest and the justice system continue to seek the "
     "truth' = the Argentine judiciary's continuing criminal investigation -> 091 investigate crime, ARG/JUD, the "
     "suspects unnamed in the sentence -> target null (held-out 18/19: an investigation 094 coded; borderline uncoded "
     "as a domestic process, or IRN/CVL from the sentence after); 'keep our memory ... alive' is not an act"),
 4: ([("condemned us", "111", N, "ISR/GOV", False, A, N, False)],
     "Israel (2003); 'even when others refused to see this, and condemned us for our actions' = condemnation by "
     "unnamed 'others', an uncoded collective -> 111 with no source (held-out 36/37: condemnation 'by the international "
     "community' has no source) to ISR/GOV; 'refused to see this' = a refusal to perceive a danger, cognitive, not a "
     "rejection of a proposal or demand, not coded (borderline 120 with no source); 'has suffered more than any other "
     "from terrorism' is a generalisation with no agent and no particular attack (borderline a nominal 180 null -> "
     "ISR)"),
 5: ([("help", "070", "CUB/GOV", N, False, A, N, False),
      ("blockade", "163", N, "CUB", False, A, N, True),
      ("condemns", "111", "ECU/GOV", N, False, A, N, False)],
     "Ecuador (2010); 'Cuba ... shows the greatest solidarity in Latin America because, when the time to help comes, "
     "they do not take into account ...' = Cuba's habitual assistance (the sentence before: Cuban expertise in "
     "Ecuador's disability study) -> habitual 070 asserted, target null since the sentence speaks of Latin America "
     "in general (borderline ECU/GOV from the sentence before; borderline 051 for 'solidarity'); 'they do not take "
     "into account' bears on Cuba's own plight, no negated event; 'the most infamous ... blockade' = the US embargo, "
     "which the speech never attributes (it never names the United States) -> nominal 163 (held-out 18/19: a US "
     "'blockade' of Cuba 163) with no source (held-out 122: the embargo against Cuba with the US unnamed, 163 with no "
     "source to CUB), to bare CUB; 'which Ecuador condemns' -> 111, target null as the imposer is never named "
     "(held-out 146: Turkey's 'reject and condemn' with no target when Israel is never named)"),
 6: ([("unleashed those accusations", "112", "USA/GOV", "LBY/CVL", False, A, N, False),
      ("unleashed those accusations", "112", "GBR/GOV", "LBY/CVL", False, A, N, False),
      ("unleashed those accusations", "112", "FRA/GOV", "LBY/CVL", False, A, N, False),
      ("declared its readiness", "0313", "LBY/GOV", N, False, A, N, False)],
     "Libya (1996); 'those who unleashed those accusations' = the United States, Britain and France that 'accused "
     "Libyan citizens of involvement' in the Pan Am 103 and UTA 772 bombings (the sentence before; guideline: a "
     "missing participant taken from the context) -> 112, one per accuser (guideline: compound split), to the accused "
     "Libyan citizens -> LBY/CVL (borderline LBY/GOV, the suspects being intelligence officers; borderline not coded "
     "as an agent description, as held-out 77 row 3, but held-out 129 coded 'some who had claimed' 112); 'never "
     "submitted any proof or evidence' is no CAMEO act, not coded; 'my country has declared its readiness to uncover "
     "all the facts related to the two incidents' = an intent to cooperate in the judicial inquiry stated as a fact -> "
     "0313 asserted (guideline: explicit intent verb 03x asserted; held-out 76 row 34: commitment to cooperating with "
     "the ICTY 0313), no addressee in the sentence -> target null (borderline one 0313 to each accuser, or 030)"),
 7: ([], "Tuvalu (2017): 'displacement owing to the impacts of climate change has not drawn the same international "
         "concern and response' = an uncoded international community's lack of response to a phenomenon, no named "
         "actor or recipient (null -> null, not coded; borderline a negated 073 null -> null); 'Sadly' is a sentence "
         "adverb (held-out 135: not coded); 'a serious threat' is a risk (guideline)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("claimed", "112", "TUR/GOV", "CYP/GOV", False, A, N, False),
      ("negotiations", "046", "CYP/GOV", "TUR/GOV", False, A, N, True)],
     "Cyprus (2017); 'the President of Turkey, Mr. Recep Tayyip Erdogan, claimed that the unsuccessful outcome of "
     "negotiations at Crans-Montana was attributable to the incomprehensible position of the Greek Cypriot side' = "
     "a claim that is itself a blame -> 112 (guideline: a speech verb that is itself a statement-type event is "
     "coded; borderline 111), TUR/GOV -> the Greek Cypriot side, the Republic of Cyprus's Government CYP/GOV "
     "(held-out 77 row 20), reported_by null (the Cypriot speaker's own assertion that Erdogan claimed it); the "
     "Crans-Montana negotiations, presupposed and not disputed -> asserted in the speaker's voice with reported_by "
     "null (held-out 114: a presupposed withdrawal inside a disputed belief asserted), a nominal 046 from the "
     "document's government to Turkey, the guarantor whose position at the talks the sentence before describes "
     "(borderline uncoded as a conference named only by place, or target null, the Turkish Cypriot side having no "
     "code); 'In his statement before the General Assembly' is 01x"),
 9: ([("ready to accept", "037", "YEM/GOV", "org:UN", False, A, N, False),
      ("unilaterally rejected", "127", "YEM/REB", "org:UN", False, A, N, False)],
     "Yemen (2017); 'We announced that we were ready to accept the initiative on the Hudaydah seaport' = the "
     "speaker's own past statement (guideline: reported_by null), a readiness stated as a fact -> asserted 03x "
     "(held-out 48/49: 'is ready to accept a fair compromise' 037 asserted; borderline 030, an earlier set's rule that accepting "
     "a plan is 030); the initiative is the UN Special Envoy's (the speech thanks 'his Special Envoy for Yemen, Mr. Ismail "
     "Ould Cheikh Ahmed', and the calls for peace 'from Kuwait to Geneva' are UN talks) -> org:UN (borderline target "
     "null, the sentence naming no author); 'the other side has unilaterally rejected it' = the Houthi/Saleh rebels "
     "of the sentence before -> YEM/REB, rejecting a settlement plan -> 127 (held-out 52/53: 'they rejected this "
     "particular Plan' 127 to org:UN)"),
 10: ([("the request was made", "101", "USA/GOV", "ARG/GOV", False, H, N, False),
       ("we could cooperate", "030", "ARG/GOV", "USA/GOV", False, H, N, False)],
      "Argentina (Fernandez de Kirchner, 2015); 'I said that if the request was made in writing and signed, we "
      "could cooperate despite all that' = the speaker's own past statement (guideline: reported_by null); the "
      "request is the White House envoy Gary Samore's 2010 request that Argentina provide nuclear fuel for Iran's "
      "reactor (sentences before) -> USA/GOV -> ARG/GOV, its written form inside the if-clause -> hypothetical "
      "(guideline: if-clauses hypothetical; borderline asserted, the oral request having been made), a demand for "
      "material cooperation -> 101 (borderline 1011, or 100); 'we could cooperate' = a conditional offer of "
      "cooperation to the United States -> 030 hypothetical (held-out 48/49: 'would sign' 030; borderline 061 for "
      "the fuel supply, or target IRN/GOV); 'I looked at the Minister' is domestic"),
 11: ([("signed by Nazi Germany", "057", "DEU/GOV", "SUN/GOV", False, A, N, False),
       ("occupation", "192", "SUN/GOV", "LVA", False, A, N, True)],
      "Latvia (1993); 'According to a secret protocol to the Molotov-Ribbentrop Pact' = under the protocol, in "
      "accordance with, not attribution (guideline) -> reported_by null; 'the Molotov-Ribbentrop Pact of 1939, signed "
      "by Nazi Germany and the Soviet Union' -> 057 (guideline: agreements concluded), symmetric, from the first-named "
      "(guideline), Nazi Germany -> DEU/GOV and the USSR -> SUN/GOV (held-out 5: office at the time; held-out 26/27: a "
      "dissolved state by its code), a participle -> not nominal; 'Latvia was relegated to the Soviet Union's sphere of "
      "influence' = the protocol's content, folded into the signing, not coded separately (borderline 170 from each "
      "signatory to bare LVA); 'the Soviet Union's illegal occupation of Latvia in 1940' -> nominal 192 SUN/GOV -> bare "
      "LVA (guideline: occupy 192, the country as a whole as target)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("we commend", "051", "NER/GOV", "USA/GOV", False, A, N, False),
       ("we commend", "051", "NER/GOV", "CUB/GOV", False, A, N, False),
       ("restoration of diplomatic relations", "050", "USA/GOV", "CUB/GOV", False, A, N, True),
       ("economic embargo", "163", "USA/GOV", "CUB/CVL", False, A, N, True)],
      "Niger (2015); 'we commend the restoration of diplomatic relations between the United States and Cuba' -> 051 to "
      "each party (held-out 48/49: welcoming cross-Strait dialogue 051 to each side), and the restoration itself = a "
      "realised normalization naming its parties -> nominal 050 from the first-named (held-out 7: the Saudi-Iranian "
      "normalization a nominal 050; borderline 054); 'hope that the seventieth anniversary ... will coincide with the "
      "end of an economic embargo' = an optative hope, not coded (earlier sets: hopes about other actors' acts), while the realised embargo named inside "
      "it is coded (held-out 113: a realised occupation inside an optative hope coded) -> nominal 163, its imposer "
      "plain from the same sentence's US-Cuba pair -> USA/GOV (borderline no source, as held-out 122 where the speech "
      "never names the US), 'against Cuba's people' -> CUB/CVL (borderline bare CUB); 'so unfair' is an evaluation"),
 13: ([], "Samoa (2016): 'Samoa expects the new Secretary-General to be independent and not beholden to the priorities "
          "and influences of those who will sanction the appointment' = an expectation about a quality of conduct, "
          "no codable behaviour (borderline a 100 WSM/GOV -> org:UN); 'those who will sanction the appointment' = the "
          "future approval by unnamed Council members, an agent description, not coded"),
 14: ([], "Liberia (1993): the sentence starts at 'Peace-keeping Operations in the Secretariat' (the splitter cut after "
          "'We welcome the establishment of the Department of'), so the welcome lies before the cut (held-out 102-109: a "
          "fragment whose verb was cut away is left uncoded); 'confident that it will countenance greater regional "
          "involvement ..., buttressed by support from the United Nations' = a confident prediction, a hope, not coded "
          "(held-out 123; borderline a future nominal 070 org:UN -> org:AU)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Lebanon (2000): 'Our actions must be based on the principles ... enshrined in the Charter' = 'our' meaning "
          "all states, a norm, not coded"),
 16: ([], "Iran (2002): 'Distinction must also be made between acts of terrorism and the legitimate struggle of "
          "peoples under foreign occupation or aggression' = an agentless norm; the occupation and aggression are "
          "generic, with no agent or victim named, not coded"),
 17: ([], "Italy (2012): 'The United Nations is called upon to play a key role in conflict prevention, the settlement "
          "of disputes and providing assistance ...' = an agentless statement of the Organization's role (held-out 133: "
          "'The United Nations is called upon to continue' left uncoded; borderline a 108 with no source to org:UN, as "
          "the earlier 'is called upon to assume'); 'in cooperation with regional organizations' is part of the role"),
 18: ([("We welcome", "051", "MYS/GOV", "USA/GOV", False, A, N, False),
       ("We welcome", "051", "MYS/GOV", "RUS/GOV", False, A, N, False),
       ("framework agreement", "057", "USA/GOV", "RUS/GOV", False, A, N, True),
       ("condemn", "111", "MYS/GOV", N, False, A, N, False),
       ("call on the international community", "108", "MYS/GOV", N, False, A, N, False)],
      "Malaysia (2013); 'We welcome the recent United States-Russia framework agreement' (the Geneva framework on "
      "Syria's chemical weapons) -> 051 to each party and the agreement, named after its parties, a nominal 057 from "
      "the first-named (held-out 28/29: an agreement named after its parties; an earlier set: the welcome of an "
      "agreement between named parties codes the agreement too); 'condemn without reservation the use of chemical "
      "weapons' -> 111, the user unnamed -> target null (held-out 48/49: condemning attacks by unnamed perpetrators "
      "111 with no target); the use itself, an agentless event noun with no victim in the sentence, not coded "
      "(borderline a nominal 2041 with no source to SYR from the paragraph); 'call on the international community to "
      "intensify its efforts to explore all possible diplomatic options for peace under the auspices of the United "
      "Nations' -> a request to an uncoded collective, target null, Y = third-party peace efforts -> 108 (held-out "
      "124: appeals to those with influence 'to persevere in their efforts' 108 with no target; borderline 106)"),
 19: ([], "Australia (2012): the year 2015 'must be a new point of departure for much new work' = a deontic about a "
          "date, no actor"),
 20: ([], "Philippines (2000): 'We must also redeem the pledge of our leaders to make every effort to ensure the "
          "success of the ... event on financing for development' = 'we' and 'our leaders' meaning all states "
          "(held-out 42/43; held-out 130: 'we all pledged' meaning all states), not coded"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("We fully support", "051", "ARE/GOV", "org:UN", False, A, N, False)],
      "United Arab Emirates (2017); 'We fully support his vision' = the Secretary-General's (sentence before) -> "
      "verbal support 051 (guideline) to org:UN (held-out 48/49: supporting the Secretary-General 051 to org:UN); "
      "'which requires the international community to cooperate more closely' is the vision's content, a norm for an "
      "uncoded collective, not coded"),
 22: ([("we welcome", "051", "GMB/GOV", "IRN/GOV", False, A, N, False),
       ("Iranian agreement", "057", "IRN/GOV", N, False, A, N, True)],
      "Gambia (2015); 'While we welcome the Iranian agreement to curb the proliferation of nuclear weapons' = the JCPOA "
      "-> 051 to IRN/GOV and the agreement a nominal 057 from Iran with no target (held-out 113: the welcome of the "
      "Iran nuclear agreement goes to IRN/GOV, the agreement a nominal 057 from Iran with no target; borderline one "
      "051 and one 057 pair per partner that the sentence before names: USA, RUS, CHN, DEU); 'the need remains to "
      "address perennial conflicts ... and to defuse persistently tense situations' is agentless, not coded"),
 23: ([], "China (1995): 'to seek a just, fair and appropriate solution to them would call for tremendous and concerted "
          "efforts by all the parties concerned, the United Nations and the international community' = a hypothetical "
          "statement of what unnamed conflicts require, with no named conflict or party (borderline a demanded 045 "
          "from org:UN with no target), not coded"),
 24: ([], "China (2001): the sentence starts at '(APEC) Economic Leaders Meeting' (the splitter cut after 'The Ninth "
          "Asia-Pacific Economic Cooperation'); 'was held successfully in October in Shanghai, China' = a meeting only "
          "'held' at a venue, agentless (held-out 110, 142: meetings only 'held at' a place uncoded; borderline a 043 "
          "CHN/GOV with no target, China being the host, APEC having no code)"),
 25: ([], "Sri Lanka (2003): 'No one expected an agreed formula to come out of Cancun' = an expectation about a WTO "
          "outcome among uncoded parties, not coded (borderline a negated 057 null -> null)"),
 26: ([("encourage an increase", "100", "MHL/GOV", "org:UNFPA", False, A, N, False),
       ("encourage an increase", "100", "MHL/GOV", "org:UNICEF", False, A, N, False),
       ("encourage an increase", "100", "MHL/GOV", "org:UNDP", False, A, N, False)],
      "Marshall Islands (1994); 'we would encourage an increase in the number of representatives of the United Nations "
      "Fund for Population Activities, the United Nations Children's Fund and the United Nations Development "
      "Programme in the region' = a polite performative request ('would' as in 'would like to', asserted) for more "
      "staff presence of three named agencies -> one generic 100 per agency (held-out 140: the Marshall Islands asking "
      "the Assembly and the Secretariat to establish UN offices a generic 100 to each; borderline 1031, held-out 123: "
      "a call for a UN presence 1031; or uncoded as a request with no explicit addressee); 'we would also support an "
      "increase in their funding' = an abstract position on resources with no named funder (guideline: 'we support "
      "the allocation of resources' not coded; borderline 051 to each agency)"),
 27: ([], "Bahrain (2002): 'The objective is to promote better understanding between world religions and cultures' = "
          "the purpose of the conference hosted in the sentence before, no act in this sentence"),
 28: ([], "Lao PDR (2015): 'We look forward to receiving the support of Members States' for its Human Rights Council "
          "candidature = a hope about others' support (held-out 32/33: 'look forward to the support of' optative, not "
          "coded; held-out 118: 'we look forward to the Assembly's support' optative); contributing to the Council's "
          "work is a membership position"),
 29: ([("occupied", "192", "IRN/GOV", "ARE", False, A, N, False)],
      "United Arab Emirates (1992); 'On the next day, 30 November, Iran occupied Abu Mousa island' (1971) -> 192 "
      "(guideline: occupy 192), Iran's government of the time -> IRN/GOV (guideline: the text names the state; "
      "borderline IRN/MIL, the sentence before naming 'Iranian armed forces'), the island claimed as the speaker's "
      "territory -> bare ARE (guideline: target of an invasion the country; held-out 28/29: an annexation of land a "
      "192 to the country it belongs to)"),
 30: ([("launched numerous regional initiatives", "030", "MKD/GOV", N, False, A, N, False)],
      "The former Yugoslav Republic of Macedonia (2003); 'the Republic of Macedonia launched numerous regional "
      "initiatives' for 'productive cooperation among nations' -> 030 asserted with no target, the partners unnamed "
      "(held-out 132: an initiative for an alliance a nominal 030 with no target; held-out 130: proposals 'put "
      "forward' 030 with no target; borderline uncoded as vague); 'in the context of integration into NATO and the "
      "European Union' is a membership position (held-out 54-61), not coded"),
 31: ([("violating the territorial integrity", "192", "IRN/GOV", "ARE", False, A, N, False)],
      "United Arab Emirates (1999); the sentence starts at 'Lesser Tunb and Abu Musa' (the splitter cut after 'The "
      "continued occupation by the Islamic Republic of Iran of three United Arab Emirates islands, Greater Tunb,'), "
      "so the occupation noun lies before the cut and is not coded here; 'Iran, which persists in violating the "
      "territorial integrity of the United Arab Emirates' = the same continuing occupation, stated with its own verb "
      "-> 192 IRN/GOV -> bare ARE, asserted and habitual (borderline uncoded as figurative, guideline: 'attack on "
      "sovereignty', or 1712); 'the clearly peaceful attitudes adopted by the States of the Gulf Cooperation Council' "
      "is a description; 'reveals the true intentions' an evaluation"),
 32: ([("calls for", "1056", "RUS/GOV", N, False, A, N, False)],
      "Russian Federation (1995); 'Russia calls for a universal and permanent moratorium on nuclear tests' = a request "
      "(guideline: call for -> 10x) whose Y is stopping nuclear tests (tests 150, guideline) -> demand de-escalation "
      "1056 (borderline 1042 policy change), addressed to all states, uncoded -> target null (held-out 117: joining "
      "a call for a reduction in tension the speaker's 1056 with no target; borderline uncoded as a call with no "
      "addressee, held-out 110); 'From this rostrum' is a place"),
 33: ([("we welcome", "051", "VCT/GOV", N, False, A, N, False)],
      "Saint Vincent and the Grenadines (1992); 'Even as we welcome recent hemispheric trade and investment "
      "initiatives' -> 051, the initiatives' authors unnamed (the Enterprise for the Americas Initiative and NAFTA "
      "are not named) -> target null (held-out 113: a welcome of conferences whose convenors are not named 051 with "
      "no target; borderline USA/GOV); 'is concerned that' is 01x; 'the powerful developed countries ... move to "
      "consolidate their markets in extensive trading blocs' is an act of an uncoded collective with no counterpart, "
      "not coded"),
 34: ([("welcome", "051", "IRL/GOV", "org:UN", False, A, N, False),
       ("exercise of its authority", "074", "org:UN", "TLS", False, A, N, True),
       ("exercise of its authority", "074", "org:UN", "SLE", False, A, N, True)],
      "Ireland (2000); 'I therefore strongly welcome the exercise of its authority by the United Nations in East Timor "
      "last year and, more recently, in Sierra Leone' -> 051 to org:UN; the exercise of authority = the UN's 1999 "
      "authorisation and deployment in East Timor (INTERFET, UNTAET) and the 2000 reinforcement of UNAMSIL, an event "
      "noun with its agent named -> nominal 074 peacekeeping, one per place, to the bare countries TLS and SLE "
      "(held-out 98-101: a UN mission's presence a nominal 074; held-out 124: IFOR 074 to bare BIH; borderline "
      "org:UNSC as source, or uncoded as too vague an 'exercise of authority')"),
 35: ([("signed", "057", "COD/GOV", N, False, A, N, False)],
      "Luxembourg (2013); 'We dearly hope that the ... Framework ... represents a turning point' = an optative hope, "
      "not coded; 'the Peace, Security and Cooperation Framework for the Democratic Republic of the Congo and the "
      "Region, signed on 24 February in Addis Ababa' = a realised signing inside the hope (held-out 113) -> 057, the "
      "one signatory the sentence names (in the Framework's title) -> COD/GOV, the other regional signatories unnamed "
      "-> target null (held-out 94-97: an alliance 'signed in 1994' naming no other signatory 057 with no target; "
      "borderline uncoded as an agentless participle, as the 1945 Charter signing in held-out 130), a participle -> "
      "not nominal; Addis Ababa is a place"),
 36: ([], "Finland (2016): 'The adoption of the 2030 Agenda ... was a milestone, as was the conclusion of the Paris "
          "Agreement' = agentless event nouns of all states, an evaluation (held-out 54-61: acts between uncoded "
          "collectives; borderline a nominal 057 null -> null)"),
 37: ([("We appeal", "1056", "PER/GOV", N, False, A, N, False)],
      "Peru (2010); 'We appeal to the leaders of the world: stop buying and producing arms; feed the disadvantaged; "
      "develop land; and create employment' = a request (guideline: appeal -> 10x) to an uncoded collective -> target "
      "null (held-out 76 row 9); one appeal with several demands is coded once from its first and weightiest demand "
      "(held-out 114: Tuvalu's single appeal coded from the first demand), stopping arms purchases and production -> "
      "demand de-escalation 1056 (borderline 1033 for feeding the disadvantaged, or a generic 100); the demands are Y, "
      "not coded separately (guideline)"),
 38: ([], "Austria (2015): 'There is no alternative to implementing that agreement' (Minsk) = compliance, an agentless "
          "norm, not coded (held-out 128: the implementation of the Minsk agreements uncoded)"),
 39: ([], "Finland (2015): 'Wars and their consequences continue to threaten stability' = figurative threat "
          "(guideline: threat as risk), wars with no named party, not coded"),
 40: ([("the help", "070", "org:UN", "NPL/GOV", False, A, N, True),
       ("releasing the disqualified minors", "0873", "NPL/GOV", N, False, A, N, False),
       ("signed", "057", "NPL/GOV", N, False, A, N, False)],
      "Nepal (2010); 'we also achieved remarkable success, with the help of the United Nations, in releasing the "
      "disqualified minors living in cantonments' = the discharge of the Maoist army's minors from the UN-monitored "
      "cantonments in early 2010; 'with the help of the United Nations' -> an aid noun with its agent named, nominal "
      "070 org:UN -> NPL/GOV (held-out 28/29: 'with the support of our United Nations partners' a nominal 070 from "
      "org:UN); the release = a demobilisation of combatants -> 0873 (held-out 114: the FARC handing its weapons 0873), "
      "its agent the text's 'we', the Government -> NPL/GOV, target null (borderline source NPL/REB for the Maoist "
      "army, or 0841 release to NPL/CVL for the minors); 'the action plan signed on 16 December 2009' -> 057, a "
      "participle, from the government whose plan the sentence's 'we' applies, the other signatories (the UCPN-Maoist "
      "and the UN) unnamed in the sentence -> target null (borderline NPL/OPP and org:UN from outside knowledge, or "
      "uncoded as an agentless participle)"),
 41: ([], "United Arab Emirates (1993): 'the diminished threat of nuclear war and an end to the problems ... of the era "
          "of bipolarity' = threat as risk (guideline) and an agentless development, an evaluation, not coded"),
 42: ([], "Rwanda (2015): 'We cannot afford to undermine the most responsible and capable members by applying "
          "standards to some countries ... and even by imposing inappropriate ones' = 'we' meaning the international "
          "community as a whole (held-out 42/43: not coded), with no named imposer or target (borderline 170 null -> "
          "null)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Mauritania (1991): 'Despite these difficulties, our people, under the leadership of our President.' = a "
          "verbless fragment, no act"),
 44: ([], "Palau (2019): 'The IPCC today presented its Special Report on the Ocean and Cryosphere' = the presentation of "
          "a scientific report, a statement (01x, not coded; held-out 50/51: submitting a report not coded); the IPCC has "
          "no code"),
 45: ([], "Azerbaijan (2007): 'Azerbaijan currently holds the rotating chairmanship of the GUAM ... group' = a status, "
          "no act"),
 46: ([], "Palestine (1999): 'It is also necessary to be wholly committed to upholding the principles and provisions of "
          "the Charter' = an agentless norm for all states, not coded"),
 47: ([], "Equatorial Guinea (2017): 'That further fuels our optimism that we can arrive at definitive and sustainable "
          "solutions' = a sentiment, 'we' meaning all states, not coded"),
 48: ([], "Viet Nam (1999): 'That has given human beings a deeper, more burning desire to live in peace' = the effect "
          "of wars on humankind, no actor, not coded"),
 49: ([("proposals to exchange", "0353", "UKR/GOV", "RUS/GOV", False, A, N, True),
       ("convicted", "116", "UKR/JUD", "RUS/CVL", False, A, N, False),
       ("being held as political prisoners by the Kremlin", "173", "RUS/GOV", "UKR/CVL", False, A, N, False),
       ("remain unanswered", "030", "RUS/GOV", "UKR/GOV", True, A, N, False)],
      "Ukraine (2018); 'All Ukrainian proposals to exchange Russian citizens ... for the Ukrainian citizens' = "
      "Ukraine's offers of a prisoner swap -> a nominal intent to release persons 0353 UKR/GOV -> RUS/GOV (borderline "
      "1053, the swap also demanding the release of Ukrainians); 'Russian citizens convicted of crimes against our "
      "sovereignty' = convictions by Ukrainian courts, agent plain from 'our sovereignty' -> 116 (held-out 24/25: "
      "convictions 116) UKR/JUD -> RUS/CVL (borderline source null as an agentless passive, or target RUS/MIL); "
      "'being held as political prisoners by the Kremlin' = a capital metonym (guideline: Moscow -> RUS/GOV) -> 173 "
      "RUS/GOV -> UKR/CVL; 'remain unanswered' = Russia's not responding to the proposals (guideline: 'not respond to "
      "a call / letter / initiative' = negated 030, not REJECT) -> negated 030 RUS/GOV -> UKR/GOV, the addressee "
      "plain from the proposals; the crimes themselves have no codable act"),
 50: ([], "Holy See (2013): 'The process of the implementation of the MDGs ... has demonstrated the importance of "
          "establishing common goals' = an evaluation, no actor"),
 51: ([], "Canada (2011): 'As our Prime Minister remarked earlier this month, \"we are not a country that makes war for "
          "gain or for territory' = the document's own Prime Minister quoted (reported_by would be null); a "
          "self-description of motive, the negation bearing on 'for gain or for territory' and not on making war (the "
          "quote goes on 'We do not fight for glory'), not coded (guideline: negation bearing on something other than "
          "the event; borderline a negated habitual 190 CAN/GOV with no target)"),
 52: ([], "Panama (2015): 'We ... have enacted important laws and undertaken reforms that protect our financial system "
          "from any negative practices' = domestic legislation, no act between actors (the page header 15-29562 5/54 "
          "A/70/PV.19 inside the sentence is ignored)"),
 53: ([], "Venezuela (1993): 'Particular importance is attached to the cultural and linguistic heritage of the "
          "indigenous peoples' = an agentless domestic policy statement, no act"),
 54: ([], "Haiti (2001): 'we are afforded the opportunity to implement all the commitments undertaken by our heads of "
          "State and Government during the Millennium Summit' = 'we' and 'our heads of State' meaning all states "
          "(held-out 42/43), not coded"),
 55: ([], "Azerbaijan (1992): 'May every day of this session be a day of constructive solutions' = well-wishing "
          "(held-out 7), not coded"),
 56: ([], "Congo (1992): 'This final phase readily highlighted ... the complex interplay of the many political parties "
          "and their strategic alliances' = alliances among unnamed domestic parties, a description, not coded "
          "(borderline a 050 COG/OPP -> COG/OPP)"),
}
