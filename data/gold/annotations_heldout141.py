"""Hand annotations for the HUNDRED-AND-FORTY-FIRST held-out event gold set (source of events-heldout141.jsonl).

Keyed by the row index of selection-heldout141.jsonl (output of select_bulk_sentence_heldout.py 141; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout141.jsonl \\
        --annotations annotations_heldout141 --output events-heldout141.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("The occupation", "192", "USA/MIL", "IRQ", False, A, N, True),
      ("have not been withdrawn", "0874", "USA/MIL", "IRQ", True, A, N, False)],
     "Cuba (2009); 'The occupation troops in Iraq have not been withdrawn' = the US-led forces in Iraq, the speech "
     "naming the United States in the sentences before (Guantanamo, 'the United States') and no other member of the "
     "coalition -> USA/MIL (guideline: /MIL for armed forces; README: a coalition led by the US is USA/GOV when the "
     "document names no other member; borderline source null, the troops' state unnamed in the sentence); the "
     "non-withdrawal = plain negation of a military withdrawal (guideline) -> negated 0874 to the country as a "
     "whole, bare IRQ; 'occupation troops' names the occupation as well -> nominal 192 from the same troops "
     "(README set 125: 'our occupied regions' a nominal 192 RUS/MIL -> GEO; borderline not coded, as held-out 77's "
     "'the occupying authorities' adjective); the Guantanamo centre 'has not been shut down' lies in the sentence "
     "before"),
 1: ([("has not been completely disarmed", "0873", N, "AGO/REB", True, A, N, False),
      ("illegally occupied areas", "192", "AGO/REB", "AGO", False, A, N, True)],
     "Angola (1999); 'UNITA has not been completely disarmed' = the Lusaka Protocol's demobilization not carried out "
     "-> negated 0873 (README set 6: 'must be disarmed' 0873 with a null source, agentless passive), target UNITA -> "
     "AGO/REB (borderline AGO/REB -> AGO/GOV as the demobilizing party, as the active 'decommissioning of rebel "
     "weapons' of held-out 83); 'State authority has not been restored' = the extension of State administration, "
     "domestic and agentless, not coded (held-out 63: 'the restoration of state administration' domestic; "
     "borderline a negated 0874 AGO/REB -> AGO/GOV); 'the illegally occupied areas' = UNITA's hold on territory, "
     "its agent from the same sentence ('UNITA') and the next ('the rebels') -> nominal 192 (README sets: "
     "'Israeli-occupied Golan', 'territories occupied since 1967' nominal 192s) to bare AGO (borderline AGO/GOV, or "
     "not coded as an adjective)"),
 2: ([("will never cease its support", "032", "RWA/CVL", "org:UN", False, F, N, False)],
     "Rwanda (1990); 'The people of Rwanda will never cease its support of the Organisation's quest for lasting "
     "solutions' = 'never cease' bears on the cessation, not on the support (guideline: 'never ceased to demand' "
     "asserted; README: 'will never give up working with' 030 future, not negated) -> a future intent of diplomatic "
     "support 032 (README: 'will give our full support to the world conference' 032 future), the people named as "
     "source -> RWA/CVL (README: 'The people of Luxembourg joined in condemning' LUX/CVL; borderline RWA/GOV, the "
     "Government speaking), the Organisation -> org:UN (borderline not coded as a general commitment to the UN)"),
 3: ([], "Monaco (1996): 'these acts should not meet with a refusal to extradite' = a legal norm for all States on "
         "crimes against children (trafficking, sexual exploitation), no named source or target, null-null, not coded "
         "(borderline a negated, demanded 1241 null -> null); the 1948 Genocide Convention is named only as a model"),
 4: ([], "Rwanda (2003): 'these conflicts will not disappear on their own, unless we pay attention to them and unless "
         "we attack the root causes' = 'we' meaning all states (README: not coded), 'attack the root causes' "
         "figurative (guideline), the conflicts unnamed; 'put into place ... mechanisms' is a policy aim"),
 5: ([], "Comoros (1991): 'the praiseworthy initiatives taken by some countries and the great deal of thought given to "
         "the subject by the international community' = debt initiatives of unnamed countries and of an uncoded "
         "collective with no named beneficiary, null-null; 'praiseworthy' is an evaluative adjective, not a praise "
         "act (guideline); 'the debt problem has not yet been satisfactorily resolved' is agentless, no negated event "
         "(borderline a 051 COM/GOV -> null for the praise, or a nominal 071 null -> null)"),
 6: ([("Israeli preconditions", "100", "ISR/GOV", N, False, A, N, True),
      ("occupied Arab Al Quds", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Syria (1991); 'Israeli preconditions vis-a-vis Palestinian representation and occupied Arab Al Quds for "
     "attending the peace process' = Israel's conditions for the Madrid conference (no PLO delegates, none from East "
     "Jerusalem) -> a nominal demand with its agent in the noun, no CAMEO sub-code for conditions of attendance -> "
     "generic 100, addressed to the conference's sponsors, whom the sentence does not name -> target null "
     "(borderline PSE/CVL, whose representation is at issue, or not coded as a negotiating stance); 'does not simply "
     "stem from' negates the cause, not the event (guideline: negation bearing on something else); 'occupied Arab "
     "Al Quds' = East Jerusalem, occupied by Israel (named in the same sentence) -> nominal 192 to bare PSE (README: "
     "set 132: 'The Arab territories occupied since 1967' one nominal 192 each to PSE, SYR and LBN)"),
 7: ([], "United Arab Emirates (2018): 'those threats reached Yemen and the Kingdom of Saudi Arabia' = Iran's "
         "'interference' of the sentence before, described as threats in the sense of risks (guideline: figurative "
         "threat), an anaphoric event noun with no agent in the sentence (guideline's first rule); 'we can no longer "
         "afford to remain mere spectators' is resolve, no act (borderline a nominal 180 IRN/GOV -> YEM and SAU)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Montenegro (2015): 'the recent successful high-level meetings in Addis Ababa and New York will encourage "
         "countries to intensify their efforts to achieve a ... binding agreement on climate change in Paris' = "
         "meetings of all states (the financing conference and the SDG summit), an expected effect on uncoded "
         "'countries', a hoped-for agreement; Addis Ababa, New York and Paris are places, not metonyms"),
 9: ([("resumption of dialogue", "040", "USA/GOV", "PRK/GOV", False, A, N, True),
      ("readiness to engage in negotiations", "036", "PRK/GOV", "USA/GOV", False, A, N, True)],
     "Bulgaria (2019); 'The resumption of dialogue between the United States and the Democratic People's Republic of "
     "Korea' = a dialogue noun naming its parties -> nominal 040, symmetric, from the first-named (guideline; README: "
     "a meeting noun whose name gives its participants nominal 040; borderline 046); 'Pyongyang's readiness to "
     "engage in negotiations on denuclearization' = capital metonym -> PRK/GOV (guideline), readiness to negotiate "
     "-> nominal 036 (README: 'are prepared to engage in dialogue' 036 asserted), the negotiating partner from the "
     "same sentence -> USA/GOV (borderline target null); 'encouraging sign' and 'represent a qualitatively new "
     "phase' are evaluations, not a welcome (README: 'it is commendable to observe' an evaluation)"),
 10: ([], "Malta (1994): 'the signing of the Declaration of Principles and the Washington Accords of 13 September 1993' "
          "= an event noun whose parties neither the sentence nor the speech names (no mention of Israel or the PLO "
          "anywhere in the document), agentless, not coded (guideline's first rule; README set 130: the agentless "
          "1945 Charter signing left uncoded; borderline a nominal 057 ISR/GOV -> PSE/GOV from outside knowledge); "
          "'The progress registered in the Middle East peace process' is agentless; Washington is part of a name and a "
          "place, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Belarus (1991): 'it must be noted that it reflects a living truth that if ... the interest in the United "
          "Nations increases, this demonstrates that it is necessary as an instrument for cooperation' = an "
          "evaluation of the UN's role, no act between actors"),
 12: ([], "Antigua and Barbuda (1998): 'the West Indian Commission noted that nothing poses greater threats to civil "
          "society in CARICOM countries than the drug problem' = a statement (01x, not coded) whose content is a "
          "figurative threat (guideline: threat as risk), no actor; 'the powerlessness of regional Governments' is a "
          "description"),
 13: ([("humanitarian and development aid", "070", "TUR/GOV", N, False, A, "org:OECD", True)],
      "Turkey (2017); 'According to confirmed statistics of the OECD, with $6 billion in humanitarian and development "
      "aid in 2016, Turkey ranked as the world's second-largest donor' = Turkey's aid, its agent named ('Turkey "
      "ranked as ... donor') -> nominal aid, one aid noun covering two kinds -> 070 (README: one aid noun covering "
      "several kinds is one 070; borderline 071), recipients unnamed -> target null; the figure lies inside 'according "
      "to' statistics of a named source -> reported_by org:OECD (held-out 83 row 8: Portugal's aid 'according to data "
      "... issued by the OECD' reported by org:OECD; borderline null, as set 134's WHO ranking that covered only the "
      "ranking); 'donor' and 'top contributor' are status nouns, the same aid, not coded again"),
 14: ([], "Egypt (1995): 'what the future requires is a new universal social contract as I called for in my statement "
          "before the General Assembly at the forty-seventh session' = the speaker's own past call (guideline: own "
          "past statements are the speaker's assertion) for an abstract social contract with no addressee (README: "
          "urging with no addressee not coded; abstract policy positions not coded; borderline a 100 "
          "EGY/GOV -> org:UNGA); 'in commenting on' is a statement (01x); the Secretary-General's 'Agenda for Peace' "
          "'submitted in 1992' is a report submitted, not coded (README: submitting a national report not coded)"),
 # --- UNGDC 1990-2019 random: future
 15: ([("Any support", "070", N, "BLR/GOV", False, H, N, True),
       ("will be welcomed", "051", "BLR/GOV", N, False, H, N, False)],
      "Belarus (Byelorussian SSR, 1990); 'Any support, any offer of help will be welcomed with gratitude' follows the "
      "appeal 'on behalf of the Government of Byelorussia' for solidarity over Chernobyl: the support hoped for from "
      "uncoded 'peoples and States' -> nominal 070 with no source to the speaker's government (README: "
      "hoped-for support from uncoded parties a nominal 070 with no source), 'any support, any offer of help' one "
      "aid coded once (borderline a separate 033 for the offer); the welcome of such aid by the Government making the "
      "appeal -> 051 with the givers unnamed -> target null (README set 116: 'is very welcome' the speaker's 051; "
      "borderline not coded as an impersonal passive, README); both depend on aid that may or may not come "
      "('any') -> hypothetical (borderline future for the welcome)"),
 16: ([("steadfast support", "070", "FRA/GOV", "CAF/GOV", False, A, N, True),
       ("steadfast support", "070", "CHN/GOV", "CAF/GOV", False, A, N, True)],
      "Central African Republic (2004); 'the steadfast support of the friends of the Central African Republic, "
      "including France, the People's Republic of China and the countries members of the Central African Economic and "
      "Monetary Community, have helped to lift the burden that salary arrears imposed on the transition process' = "
      "material support to the transitional Government's budget -> nominal 070 (borderline 071 economic aid), one per "
      "named supporter (guideline: compound split; README: a group without a code is each member the document "
      "names), to CAF/GOV; 'the countries members of' CEMAC = the member states, an uncoded collective the speech "
      "does not name, dropped (held-out 76 row 36: 'our European Union partners' as member states dropped; "
      "borderline a third 070 from org:CEMAC); 'the considerable efforts made at the national level' are domestic"),
 17: ([("will support", "032", "LVA/GOV", "org:UN", False, F, N, False)],
      "Latvia (1998); 'Latvia will support the promotion of human rights as a priority of the United Nations, and the "
      "Office of High Commissioner for Human Rights as the primary institution for that task' = future support for a "
      "UN office (README: supporting the High Commissioner 051 to org:UN) -> a future cooperative act, 032 future "
      "(README: 'will give our full support to the world conference' 032 future to org:UN; borderline 051 future), "
      "one event for the UN and its Office; the promotion of human rights as a priority is an abstract position "
      "(guideline; borderline not coded at all); 'As a first-time member of the Commission' is a status"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Maldives (1999): 'Whatever reform is undertaken should be instrumental in that sense' = UN reform, agentless "
          "(README: reform positions not coded)"),
 19: ([], "Russian Federation (2004): 'Russia believes that the United Nations must continue to play a pivotal role in "
          "uniting the efforts of the international community in its fight against terrorism' = a deontic about the "
          "UN's role toward an uncoded collective, no named counterpart, an abstract position (guideline; borderline a "
          "demanded 050 org:UN -> null, or 043)"),
 20: ([], "Grenada (1997): 'we must acquire the necessary legal expertise to work on this project' = the domestic "
          "legislative work the Uruguay Round requires, no provider named, no act between actors (borderline a "
          "demanded 070 null -> GRD/GOV as a statement of need)"),
 21: ([], "Kazakhstan (1996): 'All other proposals should also be taken into consideration' = Security Council reform "
          "proposals, agentless (README: reform positions not coded)"),
 22: ([], "San Marino (1992): 'Those who use power against a part of the community ... must account for their "
          "actions' = a general norm with no named actor or victim, null-null, not coded (borderline a demanded "
          "1121 null -> null)"),
 23: ([("We must maintain an ongoing", "070", N, "AFG", False, D, N, False)],
      "Iceland (2004); 'We must maintain an ongoing commitment to Afghanistan, where serious challenges to the "
      "rebuilding of the country continue to be faced' = a deontic whose 'we' is the international community (the "
      "paragraph's UN, 'our attention'), continuing support for the country's reconstruction -> demanded 070 with "
      "no source (README set 118: Ethiopia's 'We need to continue to support Somalia' a demanded 070 with no source; "
      "README: 'it is essential that we continue to support' source null), the country as a whole -> bare AFG "
      "(borderline AFG/GOV; source ISL/GOV, the next sentence giving Iceland's own ISAF role; or 030 for a "
      "commitment)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("strongly supports", "051", "TUV/GOV", "TWN/GOV", False, A, N, False)],
      "Tuvalu (2019); 'Tuvalu strongly supports the Republic of China's readmission into the United Nations ... and its "
      "active participation in the United Nations specialized agencies' = verbal support (guideline: 051) aimed at a "
      "named government's bid -> TWN/GOV (README set 139: Taiwan's inhabitants TWN/CVL; README: support aimed at a "
      "process goes to its named party); the readmission and participation themselves are hoped-for membership acts, "
      "not coded (README: UN admissions and membership positions uncoded; borderline the whole sentence "
      "uncoded as a membership position, or set 121's 102 with no target)"),
 25: ([("I wish to express my personal thanks", "051", "SOM/GOV", "org:UN", False, A, N, False),
       ("those of the Somali people", "051", "SOM/CVL", "org:UN", False, A, N, False),
       ("their tireless support", "070", "org:UN", "SOM/GOV", False, A, N, True)],
      "Somalia (2012); 'I wish to express my personal thanks, and those of the Somali people, to the Secretary-General "
      "and his Special Representative, Augustine Mahiga' = thanks (guideline: 051) from the President -> SOM/GOV and "
      "on behalf of the people -> SOM/CVL (README: thanks on behalf of a government and people give one 051 from "
      "each), both UN officials -> org:UN, one event per pair; 'for their tireless support' -> nominal 070 with its "
      "agent from the thanks (README: thanks 'for the ongoing support' gives the support its agent; borderline 051 "
      "verbal support), to the Government emerging from the transition -> SOM/GOV (borderline bare SOM); 'crucial role "
      "in helping to open this new chapter' is the same support, not coded again (borderline a nominal 045 for the "
      "facilitation of the transition)"),
 26: ([], "Ghana (1994): 'The conclusion of the Uruguay Round of multilateral trade negotiations was no doubt a historic "
          "achievement' = an agreement of all GATT contracting parties, an uncoded collective with no named party, "
          "and an evaluation (README: acts between uncoded collectives not coded; borderline a nominal 057 null -> "
          "null, or one to org:WTO)"),
 27: ([("With the assistance", "070", "AUS/GOV", "FJI/GOV", False, A, N, True)],
      "Fiji (2019); 'With the assistance of our development partner, Australia, we are establishing a new training "
      "centre in Fiji for our peacekeeping activities' = Australia's aid to the project -> nominal 070 (README: 'with "
      "the support of our United Nations partners' a nominal 070; borderline 062 as military cooperation for a "
      "peacekeeping centre) to the speaker's government; establishing the centre is a domestic act, and 'to provide "
      "a rapid response to climate-induced disasters' a purpose"),
 28: ([], "Bahamas (2008): 'It also represents potential national security threats' = irregular migration as a risk "
          "(guideline: figurative threat); 'organized crime networks have become increasingly involved in the "
          "cross-border smuggling of illicit drugs, firearms and human cargoes' = acts of uncoded criminal groups with "
          "no named target, and smuggling has no CAMEO code; not coded"),
 29: ([("We continue to expect", "1031", "SUR/GOV", "org:UN", False, A, N, False)],
      "Suriname (2012); 'We continue to expect the United Nations to spearhead the efforts for technical assistance "
      "and to advance continued dialogue' = a normative expectation addressed to the UN, a request (README: 'we expect "
      "more support, especially by the EU' is a request; set 125: 'expects Belgrade to do the same' 1042) -> org:UN, "
      "the more specific of its two demands, technical assistance for development -> 1031 (README: a request with "
      "several demands takes the most specific sub-code; borderline 103, or not coded as a hope, README set 123: "
      "a confident prediction of another's aid)"),
 30: ([("fully supports", "051", "CMR/GOV", "org:UNGA", False, A, N, False)],
      "Cameroon (2005); 'Cameroon fully supports the outcome document adopted at the end of that historic summit' = "
      "the 2005 World Summit outcome, resolution 60/1 of the High-level Plenary Meeting of the General Assembly "
      "(sentence before) -> verbal support 051 to org:UNGA (README: welcoming a UN resolution 051 to org:UNGA; "
      "borderline org:UN, or not coded as a UN reform position); 'adopted at the end of that historic summit' is an "
      "adopted resolution beside its support, not coded (README set 134)"),
 31: ([("ignored", "030", "YUG/GOV", N, True, A, N, False),
       ("warnings", "130", N, "YUG/GOV", False, A, N, True),
       ("its call", "107", N, "YUG/GOV", False, A, N, True)],
      "Albania (1999); 'The Milosevic regime ignored the warnings of the international community and its call for an "
      "acceptable resolution of the Kosovo crisis' -> the Belgrade Government of 1999 -> YUG/GOV (README: a dissolved "
      "state takes its code of the speech's date); 'ignored' a call = not responding (README: 'has ignored "
      "the appeals of the international community' a negated 030; borderline a 120 REJECT, as set 112's 'refused to "
      "heed'), the international community uncoded -> target null, one event for both objects; 'the warnings' = the "
      "1998-99 threats of force against Belgrade -> nominal 130 (borderline 138, or an uncoded 01x warning), and 'its "
      "call for an acceptable resolution' = advocacy of a settlement -> nominal 107 (README: advocacy of a settlement "
      "107), both from the uncoded international community -> source null (README: condemnation 'by the "
      "international community' has no source)"),
 32: ([("was waged", "190", N, "IRQ", False, A, N, False),
       ("declared at an end", "0871", N, "IRQ", False, A, N, False)],
      "Mauritius (2003); 'The war against Iraq was waged' = the 2003 invasion, agentless, the speech never naming the "
      "states that waged it -> 190 with no source to bare IRQ (README: wars whose agent the speech never names have no "
      "source; guideline: war 190; borderline 192); 'hostilities were declared at an end' = the unilateral "
      "declaration of the end of major combat operations -> declare ceasefire 0871, agentless, same pair "
      "(borderline not coded as a statement, 01x); 'peace and stability in Iraq have yet to be restored' is "
      "agentless, no negated event"),
 33: ([("terrorist attacks", "180", N, "USA/CVL", False, A, N, True),
       ("terrorist attacks", "180", N, "USA/GOV", False, A, N, True),
       ("repudiated", "120", "SLV/GOV", N, False, A, N, False),
       ("condemned", "111", "SLV/GOV", N, False, A, N, False)],
      "El Salvador (2001); 'the deplorable and irrational terrorist attacks on the people and Government of the United "
      "States' = the 11 September attacks, their perpetrators unnamed -> nominal 180 with no source (README: an "
      "agentless terrorist attack 180 with no source), one per named victim (guideline: compound split) -> USA/CVL "
      "and USA/GOV; 'which we repudiated and condemned at the time and do so again in this forum' -> split into 120 "
      "and 111 (README: 'reject and condemn' split into 120 and 111), the repetition 'do so again' coded once "
      "(guideline), condemning attacks by unnamed perpetrators -> target null (README: the speaker's 111 with no "
      "target; borderline USA/GOV as the attacks' victim, or one 111 only); 'deplorable' is an evaluation; 'is a "
      "grave threat' figurative"),
 34: ([("We were encouraged by", "051", "UGA/GOV", "SOM/REB", False, A, N, False),
       ("Addis Ababa agreement", "057", "SOM/REB", "SOM/REB", False, A, N, True)],
      "Uganda (1993); 'We were encouraged by the Addis Ababa agreement of' = a fragment cut by the splitter; the text "
      "after completes it: 'March this year whereby various Somali political forces agreed upon a programme of "
      "disarmament and reconciliation' (README: a fragment whose object the splitter cut off is coded from the text "
      "after the cut when its verb is in the sentence); 'we are encouraged by' -> 051 (README), to the signatories, "
      "the unnamed Somali factions of 1993 -> SOM/REB (README); the agreement noun -> nominal 057 among the factions "
      "(README: the welcome of an agreement between named parties codes the agreement too; held-out 124: SOM/REB -> "
      "SOM/REB), Addis Ababa a place (borderline target null for the 051, the parties lying after the cut)"),
 35: ([("welcomes wholeheartedly", "051", "MNG/GOV", "CHE/GOV", False, A, N, False),
       ("its second largest headquarters", "043", "CHE/GOV", "org:UN", False, A, N, True)],
      "Mongolia (2002); 'Mongolia welcomes wholeheartedly the newest member of the United Nations family, Switzerland' "
      "-> 051 to CHE/GOV, the joining itself not coded (README set 116: congratulating Switzerland on joining the UN "
      "051 to CHE/GOV); 'a country that has a long-standing association with the United Nations as its second "
      "largest headquarters' = Switzerland hosting the UN Office at Geneva -> nominal 043 to org:UN (README: hosting "
      "an organisation's seat a nominal 043; set 130: 'the seat of' two institutions; borderline 050 for the "
      "'association', or not coded as a status)"),
 36: ([], "Gabon (2019): 'we can welcome the encouraging signs emerging from the three-year evaluation of the "
          "implementation of the recovery plan' = satisfaction with the results of the Government's own economic "
          "programme, no other actor named (the evaluators unnamed), an evaluation of developments (README: "
          "evaluations of developments uncoded; borderline a 051 GAB/GOV with no target)"),
 37: ([], "Russian Federation (2001): 'The United Nations and its specialized agencies can do a lot to ensure effective "
          "rejection of extremism of all forms' = a statement of capacity about an abstract aim, no target, not "
          "coded (borderline a hypothetical 120 org:UN -> null)"),
 38: ([], "Guinea (2005): the sentence starts at 'Plenary Meeting' (the splitter cut after 'following the High-level'); "
          "'our leaders have adopted an outcome document to guide our actions' = the heads of state of all Member "
          "States at the 2005 World Summit ('our' meaning all states, README: not coded; borderline a 057 with no "
          "source or target)"),
 39: ([], "Saudi Arabia (2003): 'The only way out of this vicious circle ... is for the permanent members to pledge not "
          "to use the veto power when dealing with resolutions' = a deontic whose source, the permanent members, is a "
          "group the speech never breaks down into named states (README: a group without a code is each member the "
          "document names; set 136: 'certain countries in the Security Council' no source), with no named "
          "counterpart, null-null, not coded (borderline a demanded 030 null -> org:UNSC, or org:UNSC as source with "
          "a negated, demanded 129)"),
 40: ([("orchestrated terror campaigns", "180", N, "CUB/GOV", False, A, N, True),
       ("has cooperated", "050", "CUB/GOV", N, False, A, N, False)],
      "Saint Vincent and the Grenadines (2012); 'the Cuban Government, itself a victim of orchestrated terror "
      "campaigns' = terrorism against Cuba whose perpetrators the sentence does not name -> nominal 180 with no "
      "source (README: an agentless terrorist attack 180 with no source), the named victim -> CUB/GOV (borderline "
      "bare CUB); 'has cooperated on numerous occasions with the Governments of both allies and ideological opponents "
      "in the fight against terrorism' -> 050 (borderline 062 security cooperation, or 064 intelligence sharing), "
      "the partner governments unnamed -> target null (the US, named in the paragraph, is not said to be among them)"),
 41: ([], "Bhutan (2016): 'The agreements that we adopted in 2015' = the 2030 Agenda and the Paris Agreement, 'we' "
          "meaning all states (README: not coded); 'have given us an extraordinary opportunity' is an evaluation"),
 42: ([], "Chile (2012): 'has enjoyed more than 100 years of peaceful international coexistence on the basis of "
          "understanding and dialogue, as well as legally and politically respected border agreements and treaties' "
          "= a description of a long state of peace and compliance with agreements whose parties the sentence does "
          "not name (README set 131: 'has not deviated from the understandings and agreements' is compliance, not "
          "coded; borderline a nominal 057 CHL/GOV -> null for the border agreements, as set 117's 'peaceful "
          "settlement of disputes with our neighbours')"),
 43: ([("extends its full solidarity and support", "051", "BRA/GOV", "USA/CVL", False, A, N, False)],
      "Brazil (2001); the sentence starts at 'Bush,' (the splitter cut after 'President George W.'); 'Brazil extends "
      "its full solidarity and support to the people of the United States in its response to terrorism' = solidarity "
      "after an attack (README set 139: solidarity with Kenya after an attack a 051 to KEN/CVL) -> one 051 to "
      "USA/CVL (borderline USA/GOV, the 'response' being the Government's); 'its response to terrorism' is an "
      "unnamed response, not coded (borderline a nominal 190 USA/GOV -> AFG/GOV from outside knowledge)"),
 44: ([("We therefore invite", "1031", "DMA/GOV", N, False, A, N, False),
       ("in providing critical support", "070", "DNK/GOV", N, False, A, N, False),
       ("in providing critical support", "070", "JPN/GOV", N, False, A, N, False),
       ("in providing critical support", "070", "USA/NGO", N, False, A, N, False),
       ("in providing critical support", "070", "NOR/GOV", N, False, A, N, False)],
      "Dominica (2012); 'We therefore invite other developed countries and the international community to join ... "
      "in providing critical support to SIDS' = a request (guideline: invite/call on -> 10x) to uncoded collectives "
      "-> target null, Y = energy and development support -> 1031 (borderline 103); Y for the addressees is not "
      "coded (guideline), but the partners they are asked to join already provide that support, presupposed "
      "(README: joining a call with named partners is the speaker's request and a nominal request of the partner) "
      "-> 070 asserted from each named partner: the Governments of Denmark and Japan, the Clinton Climate "
      "Initiative (a Clinton Foundation programme -> USA/NGO, on the model of the README's think tank BEL/NGO) and "
      "the Government of Norway; SIDS, an uncoded class -> target null (borderline DMA/GOV, a SIDS DOCK member); "
      "the SIDS DOCK partnership itself not coded again (borderline a nominal 050 per partner)"),
 45: ([("negotiated in Vienna", "046", "IRN/GOV", N, False, A, N, False)],
      "Austria (2018); 'The JCPOA, negotiated in Vienna, was the result of effective multilateral action' = the "
      "negotiation of the nuclear deal, its one named party from the text after ('the nuclear deal with Iran') -> 046 "
      "(README set 139, following set 113: the nuclear negotiations a 046 from Iran with no target), the P5+1 an "
      "uncoded group whose members the speech does not name -> target null; a participle, not nominal; Vienna a "
      "place (borderline also a nominal 057 for the JCPOA itself, or nothing, the participle having no agent in the "
      "sentence); 'the result of effective multilateral action' is an evaluation"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "North Macedonia (2004): 'we are increasingly aware of the need to nurture and respect multiculturalism' = a "
          "domestic and general attitude, no act between actors"),
 47: ([], "Israel (1993): 'No nation ... is able nowadays to attain security unless the region in which it exists is "
          "secure' = a general maxim, no actor"),
 48: ([("open defiance of the Court", "128", "NIC/GOV", "org:ICJ", False, A, N, True),
       ("violation of paragraph 31", "128", "NIC/GOV", "org:UNGA", False, A, N, True)],
      "Costa Rica (2012); 'It has done so in open defiance of the Court' = the Government of Nicaragua (sentence "
      "before) flouting the ICJ's provisional measures and continuing to send personnel to the disputed area -> "
      "defy norms, law 128 (README: 'Washington repudiated its obligations under the resolution' 128), coded through "
      "its characterisation since 'has done so' only repeats the sentence before, to org:ICJ (README set 110: "
      "org:ICJ); 'and in violation of paragraph 31 of the Declaration on the Rule of Law ... adopted ... by the "
      "Assembly (resolution 67/1)' -> a second nominal 128 to org:UNGA (README: a claimed violation of agreements and "
      "resolutions is a nominal 128 to each party; borderline the same defiance, coded once); 'to the detriment of "
      "our bilateral relations' is an effect (borderline a 160 NIC/GOV -> CRI/GOV); the adoption of the Declaration "
      "is not coded"),
 49: ([], "Mauritius (2014): 'The situation in the Middle East and in certain parts of Africa could ... have dramatic "
          "consequences' = a description of risks, no actor"),
 50: ([], "Australia (2019): 'I am confident that ... together we will have the wit, the capacity and the will to "
          "surmount the challenges' = confidence, 'we' meaning all states, no act"),
 51: ([], "Suriname (2004): the sentence starts at 'Republic of Haiti' (the splitter cut after 'our sister nation, "
          "the'); 'remains of great concern' is expressed concern (01x, not coded)"),
 52: ([], "Serbia (2015): 'Some of the mighty and powerful seem to believe that the world economic crisis did not do "
          "enough to terrify our children' = a sarcastic remark about unnamed powers' beliefs, no act (borderline a "
          "130 with no source, reading 'terrify' as intimidation)"),
 53: ([("efforts to encourage extremists", "070", "QAT/GOV", N, False, A, N, True),
       ("efforts to encourage extremists", "070", "SAU/GOV", N, False, A, N, True),
       ("efforts to encourage extremists", "070", "TUR/GOV", N, False, A, N, True),
       ("efforts to encourage extremists", "070", "USA/GOV", N, False, A, N, True),
       ("efforts to encourage extremists", "070", "FRA/GOV", N, False, A, N, True),
       ("terrorist acts", "180", N, "SYR", False, A, N, True),
       ("terrorist acts", "180", "SYR/REB", "SYR", False, A, N, True)],
      "Syria (2012); 'the efforts to encourage extremists in countries within and outside our region to go to the "
      "Syrian border and enter the country to carry out terrorist acts' = the support for terrorism 'with money, "
      "weapons and foreign fighters' that the sentence before ascribes to Qatar, Saudi Arabia, Turkey, the United "
      "States and France (README: an event noun whose agent is plain only from the text around it is coded; "
      "'harbouring terrorists' and 'support for terrorism' 070) -> nominal 070 from each named state, 'and others' "
      "dropped, the foreign extremists uncoded -> target null (borderline SYR/REB, the armed groups they join; or "
      "not coded, the noun having no agent in the sentence); 'to carry out terrorist acts ... in collaboration with "
      "terrorists from within the country' = attacks the next sentence confirms as realised ('Syria has lost "
      "thousands of martyrs') -> nominal 180 to bare SYR, one from the uncoded foreign extremists (no source) and one "
      "from the armed opposition the Government calls terrorists -> SYR/REB (README set 130: two armed groups "
      "attacking give a 180 from each; borderline hypothetical as a purpose, or one 180 with no source); 'One of the "
      "ironies' is an evaluation"),
 54: ([], "Barbados (2017): 'The road to recovery and reconstruction for Antigua and Barbuda, Dominica and the other "
          "islands affected by this devastating hurricane season will be long and difficult' = a natural disaster and "
          "its aftermath, no act between actors"),
 55: ([], "Sweden (1992): 'peace-keeping operations are only one aspect of the financing difficulties of the United "
          "Nations' = a description, no act"),
 56: ([], "Viet Nam (2000): 'the first decisive requirement is for countries to enhance their efforts and adopt "
          "suitable policies ... while ... mobilizing and effectively utilizing resources from outside' = a norm for "
          "all countries, domestic policy, no named actor (borderline a demanded 070 null -> null)"),
 57: ([], "North Macedonia (2015): 'All problems are being resolved in that spirit' = agentless domestic reforms "
          "aimed at EU and NATO membership, no act between actors"),
 58: ([], "Mozambique (1992): 'we are currently living in a world where more than 1 billion people ... are estimated to "
          "live in poverty' = a description; 'As has been well documented' is not attribution to a named source"),
 59: ([], "Malawi (1997): 'The truth of this proposition is very apparent and clear today' = an evaluation of the need "
          "for international cooperation, no act"),
}
