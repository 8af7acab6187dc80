"""Hand annotations for the NINTH held-out event gold set (source of events-heldout9.jsonl).

Keyed by the row index of selection-heldout9.jsonl (output of select_heldout9.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout9.jsonl \
        --annotations annotations_heldout9 --output events-heldout9.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([], "Global Coalition statement: 'We' = the Coalition (no code, held-out 3); 'use all available tools in the "
         "pursuit of that goal' is too vague and ISIS has no code; 'will not relent' is a statement of resolve, not "
         "an event (as 'will not stand by', held-out 6 row 5)"),
 1: ([("Russian occupation", "192", "RUS/MIL", "UKR", False, H, N, True)],
     "Blinken; occupation -> 192 nominal, RUS/MIL as earlier sets' invasions; the occupation of whatever territory "
     "Russia may try to hold, inside 'if that's what they're doing' -> hypothetical; 'They will not be subjected to' "
     "is the Ukrainians' resolve (as row 55 'will never submit to'), so the occupation is not negated (borderline: "
     "negated future)"),
 2: ([("its support of the Cuban people", "032", N, "CUB/CVL", False, F, N, True)],
     "joint statement, but the subject is 'the international community' (collective) -> null; 'will not waver in' "
     "= will continue (the negation bears on wavering, held-out 6 row 60 'will not tire in') -> future; political "
     "support -> 032 nominal; 'all those who stand up for the basic freedoms' = the same Cuban people, coded once"),
 3: ([("support their peaceful efforts", "051", "USA/GOV", "CHN/CVL", False, A, N, False)],
     "Tiananmen anniversary: 'we' -> USA/GOV, 'many around the world' (collective) dropped; 'stand up on their "
     "behalf and support their peaceful efforts' = one verbal-support event 051 (borderline 052 for 'stand up on "
     "their behalf'); the 1989 protesters -> CHN/CVL; 'no longer able to speak up' is not an event"),
 4: ([("had never visited Saudi Arabia", "042", N, "SAU", True, A, N, False)],
     "faith leaders from around the world (religious figures of many unnamed countries) -> null; 'had never visited' "
     "= plain negation of a visit -> 042 negated, to the country; 'also attended' = attended the forum convened by "
     "the Muslim World League (no code), a multilateral gathering with no coded counterpart, not coded"),
 5: ([("seeking transparency", "100", "USA/GOV", "CHN/GOV", False, D, N, False),
      ("killed", "202", N, "CHN/CVL", False, A, N, False),
      ("detained", "173", N, "CHN/CVL", False, A, N, False)],
     "'we must never stop seeking' = deontic on the US itself ('never stop' bears on stopping) -> the seeking of an "
     "accounting (a request for information) -> 100 demanded; addressee PRC authorities from the previous sentence "
     "-> CHN/GOV (borderline null); 'all those killed, detained' = agentless passive participles -> null source "
     "(held-out 5 row 61 'imprisoned'); the June 4 killings of many protesters -> 202; 'missing' is not an act"),
 6: ([("refusing to make a no-fly zone", "1224", "org:NATO", "UKR/GOV", False, A, "UKR/GOV", False)],
     "journalist quotes Zelenskyy's Telegram post -> reported_by UKR/GOV; 'the Alliance's leadership' -> org:NATO; "
     "explicit refusal -> REJECT, not negated; refusing Ukraine's request for a no-fly zone = reject request for "
     "military protection 1224; 'gave the green light' is figurative; 'further bombing of Ukrainian cities' has no "
     "agent in the sentence"),
 7: ([("will support Cuban families and entrepreneurs", "070", "USA/GOV", "CUB/CVL", False, F, N, False),
      ("will support Cuban families and entrepreneurs", "070", "USA/GOV", "CUB/BUS", False, F, N, False)],
     "'We' -> USA/GOV; material support by enabling remittance flows -> 070 future, compound target split "
     "(families -> CUB/CVL, entrepreneurs -> CUB/BUS); the means (enabling remittances) is the same act (borderline "
     "085, easing of an economic restriction); 'do not enrich human rights abusers' is not an event"),
 # --- State Dept random: reported
 8: ([("reaffirmed support for productive EU-brokered discussions", "051", "USA/GOV", "org:EU", False, A, N,
       False),
      ("EU-brokered discussions", "045", "org:EU", "ARM/GOV", False, A, N, True),
      ("EU-brokered discussions", "045", "org:EU", "AZE/GOV", False, A, N, True),
      ("stands ready to engage bilaterally", "036", "USA/GOV", "ARM/GOV", False, A, N, False),
      ("stands ready to engage bilaterally", "036", "USA/GOV", "AZE/GOV", False, A, N, False)],
     "'He' = Blinken in the Department's readout -> reported_by null ('noted' = own Secretary); support for the "
     "discussions -> 051 to their named broker (borderline ARM/GOV or null); the EU's brokering of the "
     "Armenia-Azerbaijan talks -> nominal 045, parties named later in the sentence, split; 'stands ready to engage' "
     "= intent stated as a fact -> 036 asserted (first set 'ready for the seventh round'), to Armenia and "
     "Azerbaijan, split (borderline 039); 'likeminded partners' collective; being a Minsk Group Co-Chair since 1994 "
     "is a status, not coded"),
 9: ([], "Blinken: hearing internally what was said at the roundtable is not an act between political actors"),
 10: ([("supports Tibetans’ religious freedom", "051", "USA/GOV", "CHN/CVL", False, A, N, False)],
      "verbal support for a named group -> 051; Tibetans -> CHN/CVL (held-out 7 row 16); 'without government "
      "interference' is generic, no event"),
 11: ([("official visit to Thailand", "042", "USA/GOV", "THA", False, A, N, True),
       ("providing more than $50 million in critical humanitarian assistance", "073", "USA/GOV", "MMR/CVL", False,
        A, N, False)],
      "Thomas-Greenfield (US Ambassador to the UN) -> USA/GOV; her visit -> 042 nominal to the country (held-out 3-7 "
      "destinations); 'announced that' = the document's own government -> reported_by null (held-out 6 row 11); the "
      "people of Burma -> MMR/CVL; 'forced to flee violence and persecution' has no actor"),
 12: ([("discussed", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("strong measures we announced", "163", "USA/GOV", "RUS", False, A, N, True)],
      "'They' = Blinken and Kuleba (phone call), symmetric, coded once from the document's government; 'the strong "
      "measures we announced today in response' to Russia's recognition of the 'republics' (previous sentence) = the "
      "sanctions of 22 Feb 2022 -> 163 nominal, target RUS from the context (borderline: 'measures' does not say "
      "sanctions); 'additional steps would be forthcoming' has no agent in the sentence and is unspecified, not coded"),
 # --- State Dept random: future
 13: ([("will engage with senior officials in the region", "036", "USA/GOV", N, False, F, N, False)],
      "Lempert; future engagement/discussion -> 036 future; 'senior officials in the region' are not named "
      "(the trip goes to Jordan, Israel, the West Bank and Egypt) -> null (borderline: split to the four "
      "governments); 'to discuss reducing tensions' = the same meetings; the cycle of violence has no agent"),
 14: ([("will meet with U.S. exchange alumni", "036", "USA/GOV", "THA/CVL", False, F, N, False)],
      "Blinken's Thailand trip; future meeting -> 036 future; Thai alumni of U.S. exchange programmes (young Thai "
      "leaders) -> THA/CVL (held-out 6 row 18 'business leaders' -> ZAF/BUS)"),
 15: ([("will welcome participants", "036", "USA/GOV", N, False, F, N, False)],
      "sentence cut at 'Jose W.': Fernandez and Lago (Commerce) -> one USA/GOV event; welcoming the participants of "
      "the co-hosted ministerial = future hosting -> 036 future (held-out 6 row 17), participants (key partner "
      "nations, unnamed) -> null; 'deliver opening remarks' = 01x"),
 # --- State Dept random: demand
 16: ([("Kremlin’s unprovoked and devastating war in Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Kremlin metonym -> RUS/GOV, also for the war (held-out 7 row 8); 'the world rallies to respond' (collective, "
      "unspecified response) not coded; 'the world must not forget' = deontic, Y not codable"),
 17: ([("call on Iran", "100", "USA/GOV", "IRN/GOV", False, A, N, False),
       ("call on all parties", "100", "USA/GOV", N, False, A, N, False)],
      "G7 statement -> USA/GOV (held-out 5 row 21); Y = stop activities inconsistent with UNSC resolutions (vague; "
      "an explicit request to a coded actor is coded, held-out 5 row 20) -> 100 (borderline 1042); 'all parties' "
      "(collective) -> null, Y = constructive role -> 100"),
 18: ([("urge the Malian transition government", "104", "USA/GOV", "MLI/GOV", False, A, N, False)],
      "Y = action toward holding elections, benchmarks, electoral law -> demand political reform 104; 'Mali's "
      "transition government' -> MLI/GOV as held-out 7 row 70 (borderline MLI/MIL, junta rule); 'acknowledges the "
      "announcement' is in the previous sentence"),
 19: ([("call on all armed actors", "1043", "USA/GOV", N, False, A, N, False)],
      "'all armed actors' (collective: TPLF-affiliated fighters and others) -> null; Y = renounce and end human rights "
      "abuses and violence against civilians -> rights 1043 (held-out 7 row 23)"),
 20: ([("call on the military regime", "1053", "USA/GOV", "MMR/MIL", False, A, N, False)],
      "G7 statement -> USA/GOV; Burmese junta -> MMR/MIL; one request event with several Y (end violence, refrain "
      "from executions, free political prisoners, return to democracy): the sub-code taken from the release demand "
      "1053, the most specific (borderline 1056 or 104); the Y acts are not coded separately"),
 21: ([("urge El Salvador", "1043", "USA/GOV", "SLV/GOV", False, A, N, False)],
      "Y = address the gang threat while protecting civil liberties -> rights 1043"),
 # --- State Dept random: cue
 22: ([("reaffirmed to the Prime Minister the unwavering commitment", "030", "USA/GOV", "ISR/GOV", False, A, N,
        False)],
      "Blinken to PM Lapid; commitment to the partnership and Israel's security = intent stated as a fact -> 030 "
      "asserted (held-out 7 row 28); 'threats, including those from Iran' = risk, not a threat act"),
 23: ([], "'The ECG meeting' has no agent in the sentence; the OECD effort to support the Blue Dot Network (an "
          "initiative with no code) is an abstract policy effort"),
 24: ([], "Article 5: generic hypothetical attack with no actor"),
 25: ([("meeting without notetakers with Vladimir Putin", "040", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("having these meetings with Kim Jong-un", "040", "USA/GOV", "PRK/GOV", False, A, N, False)],
      "journalist's question; 'a president for four years' (Trump) = a historic act by a person named by the office "
      "held at the time -> USA/GOV (held-out 5); the meetings are the journalist's own assertions, read as "
      "coordinated with 'admitted to getting dirt' only loosely -> reported_by null (borderline USA/GOV as an "
      "admission); 'getting dirt on political rivals from a foreign leader' (unnamed) is not a CAMEO act"),
 26: ([("agreed to cooperate", "030", "USA/GOV", "IND/GOV", False, A, N, False)],
      "India-U.S. joint statement: 'Both sides' symmetric, coded once from the document's government; agreement to "
      "cooperate (and share best practices) = intent stated as a fact -> 030 asserted (borderline 0313); drug "
      "trafficking networks have no code"),
 27: ([("our two countries’ cooperation", "050", "USA/GOV", "LAO/GOV", False, A, N, True)],
      "Sherman with the Lao Deputy FM; 'highlighted' = 01x; the cooperation noun naming its participants (our two "
      "countries) -> nominal 050 (held-out 7 row 40 'U.S.-EU coordination')"),
 28: ([], "'This bilateral Agreement establishes a relationship' has the agreement, not an actor, as its subject; "
          "the agreement noun has no agent in the sentence (its entry into force is the previous sentence) "
          "(borderline 057 USA/GOV -> KAZ/GOV)"),
 29: ([("begins its renewed offensive", "190", "RUS/MIL", "UKR", False, A, N, False),
       ("provide further immediate military assistance to Ukraine", "072", "USA/GOV", "UKR", False, A, N, False)],
      "Blinken ('I have authorized') -> USA/GOV; Russia's offensive -> 190, RUS/MIL as earlier sets, in Ukraine's "
      "east -> UKR; the authorized drawdown of arms = military aid 072 (realised: authorized today); 'a delegation "
      "from the President' is internal"),
 30: ([("discussed", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
       ("agreed to explore humanitarian initiatives", "030", "USA/GOV", "KOR/GOV", False, A, N, False)],
      "Blinken and FM Chung; symmetric, coded once from the document's government; 'recent developments in the "
      "DPRK' = topic; agreement to explore humanitarian initiatives together = intent to cooperate stated as a fact "
      "-> 030 asserted (borderline 0333 towards PRK)"),
 31: ([("discussed", "040", "USA/GOV", "FRA/GOV", False, A, N, False),
       ("discussed", "040", "USA/GOV", "DEU/GOV", False, A, N, False),
       ("discussed", "040", "USA/GOV", "ITA/GOV", False, A, N, False),
       ("discussed", "040", "USA/GOV", "GBR/GOV", False, A, N, False)],
      "'The participants' = Sherman and the French, German, Italian and UK counterparts (previous sentence) -> one "
      "040 per counterpart from the document's government; the aid to Ukraine is the topic ('the importance of "
      "providing'), not coded"),
 32: ([("hosted the inaugural meeting", "043", "USA/GOV", "USA/BUS", False, A, N, False)],
      "sentence cut at 'Jose W.': Fernandez -> USA/GOV; host/convene -> 043; CERAC = a private-sector advisory group "
      "of (US) companies -> USA/BUS (borderline: domestic advisory body, not coded)"),
 33: ([("criticizing Japan", "111", "PRK/GOV", "JPN/GOV", False, A, N, False),
       ("is holding a symposium", "036", "JPN/GOV", N, False, F, N, False)],
      "journalist's question; North Korea's statement criticizing Japan -> 111 (the speech act is itself the event, "
      "reported_by null); Japan's symposium 'later this month' = future hosting -> 036 future, participants unnamed "
      "-> null, the UN is the venue"),
 34: ([("good to see each of you here", "040", "USA/GOV", "UKR/CVL", False, A, N, False)],
      "Blinken's opening at the meeting with Ukrainian civil society (title): the meeting under way -> 040 (held-out "
      "6 row 50 'getting together'), Ukrainian civil society -> UKR/CVL (borderline: a greeting, not coded); "
      "'welcome' here is a greeting, not praise"),
 35: ([("discussed", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("U.S. security assistance", "072", "USA/GOV", "UKR", False, A, N, True),
       ("previewed further budget support", "0331", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("affirming the United States’ unwavering commitment", "030", "USA/GOV", "UKR", False, A, N, False)],
      "'He' = Blinken, call with Kuleba; the realised US security assistance named in the topic -> nominal 072 "
      "(held-out 6 row 25); previewing further budget support = intent to provide economic aid stated as a fact -> "
      "0331 asserted, budget support to the government -> UKR/GOV; commitment to Ukraine's future = intent stated "
      "as a fact -> 030 asserted (held-out 7 row 28; borderline 032 or abstract)"),
 36: ([("in support of Ukraine", "051", "USA/LEG", "UKR", False, A, N, True),
       ("standing strongly against", "110", "USA/LEG", "RUS/GOV", False, A, N, False),
       ("Vladimir Putin’s war of choice and aggression", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "Blinken with the congressional delegation -> USA/LEG; 'coming together in support of Ukraine' -> 051 nominal "
      "(held-out 6 row 38); 'standing strongly against' Putin's war = opposition -> disapprove 110, to Putin -> "
      "RUS/GOV (borderline: a stance, not coded); Putin's war -> 190 nominal RUS/GOV, its victims the people of "
      "Ukraine -> UKR; 'poses a threat to the basic principles' = figurative"),
 37: ([("Underscored U.S. support for Panama’s efforts", "051", "USA/GOV", "PAN/GOV", False, A, N, False),
       ("meetings with Salvadoran President Bukele", "040", "USA/GOV", "SLV/GOV", False, A, N, True),
       ("roundtables with civil society", "040", "USA/GOV", "SLV/CVL", False, A, N, True)],
      "bulleted trip summary: the elided subject is Under Secretary Nuland (title, list) -> USA/GOV from the context; "
      "support for Panama's efforts against illicit finance -> 051 to PAN/GOV; the joint task force has no agent; "
      "'reinforced U.S. support for strong democratic institutions, transparency, and rule of law' is an abstract "
      "policy position, not coded; meetings with Bukele and FM Hill -> one 040 to SLV/GOV, nominal; roundtables "
      "with civil society -> 040 to SLV/CVL, nominal, and the young Salvadoran political leaders have no clear sector "
      "(folded into the same roundtables, borderline SLV/OPP)"),
 38: ([("designating", "163", "USA/GOV", "RUS", False, A, N, False),
       ("in coordination with our allies and partners", "050", "USA/GOV", N, False, A, N, True)],
      "sanctions designations of executives and board members of Russian banks, a state-owned bank and its "
      "subsidiaries and a weapons manufacturer -> 163 to the bare country (held-out 6 row 46, held-out 7 row 39); "
      "'increase the pressure on the Russian Federation' is the same act, coded once; coordination with unnamed "
      "allies and partners -> 050 nominal, target null (held-out 7 row 35); 'Moscow Industrial Bank' is a name, "
      "not a metonym"),
 39: ([("discussed", "040", "USA/GOV", "VAT/GOV", False, A, N, False)],
      "Blinken and Pope Francis (sovereign of the Holy See, met in Vatican City) -> VAT/GOV (new: borderline "
      "VAT/REL); China and the humanitarian crises are topics"),
 40: ([("commend", "051", "USA/GOV", "SDN/CVL", False, A, N, False)],
      "joint statement -> USA/GOV; praise of the devotion of the Sudanese people -> 051 SDN/CVL; 'honor the "
      "sacrifices of those who have lost their lives' = the same praise of the same people, coded once; 'lost their "
      "lives' has no agent"),
 # --- State Dept random: nocue
 41: ([("will then travel to Kenya", "036", "USA/GOV", "KEN", False, F, N, False)],
      "Medina; future travel -> 036 future to the destination country (held-out 7 row 17); heading the US delegation "
      "to UNEA 5.2 (a multilateral session, participants collective) is the purpose of the same trip, not coded "
      "separately"),
 42: ([], "the US government's partnerships with classes of partners (international organizations, governments, "
          "civil society, the private sector) evaluated as 'critical': generic, no named counterpart (borderline "
          "050 nominal, target null)"),
 43: ([("I recognize the deeply meaningful and noble work", "051", "USA/GOV", N, False, A, N, False)],
      "the Secretary's statement on the interagency report; recognising the noble work = praise 051; LGBTQI+ human "
      "rights defenders and civil society organizations worldwide (no country) -> null"),
 44: ([("will travel to South Africa", "036", "USA/GOV", "ZAF", False, F, N, False)],
      "future travel -> 036 future to the destination country"),
 45: ([], "the Convention guiding the international community: no act between actors"),
 46: ([], "Negev Forum working-group chairs reporting to the Steering Committee: internal procedure"),
 47: ([], "chairing the OECD Ministerial Council is a position, not an act"),
 48: ([("working together with other countries", "050", "USA/GOV", N, True, H, N, False)],
      "Blinken: 'we' = the US ('at home') -> USA/GOV; 'if we're not working together' = conditional negation -> "
      "negated and hypothetical (guideline 'if that deal has not been signed'); other countries (unnamed) -> null"),
 49: ([], "domestic: thanks between Department officials at a briefing"),
 50: ([], "food insecurity: no actor"),
 51: ([], "St. Patrick's Day message: 'I extend warm wishes to the people of Ireland' = well-wishing, not praise "
          "(held-out 7 row 48)"),
 52: ([], "an IPCC report: no act between actors"),
 53: ([], "Blinken: 'if we allow those principles to be challenged' is a conditional permission, not a CAMEO act; "
          "'as Putin is doing now' = challenging principles, a characterisation (held-out 6 row 82), not codable"),
 54: ([("stands ready to assist Ethiopians", "030", "USA/GOV", "ETH", False, A, N, False)],
      "readiness to assist the post-election dialogue and reconciliation = intent stated as a fact -> 03x asserted "
      "(as row 8); non-material help with dialogue -> 030 (borderline 033 or 039); 'Ethiopians' = the nation as a "
      "whole -> ETH"),
 # --- UNGDC random: neg
 55: ([("Indian occupation", "192", "IND/MIL", "IND/CVL", False, A, N, True),
       ("oppression", "175", "IND/GOV", "IND/CVL", False, A, N, True)],
      "Pakistani speaker; the occupation of Kashmir (previous sentences) -> 192 nominal, military act -> IND/MIL as "
      "'Russian invasion' -> RUS/MIL; 'Indian ... oppression' -> repression 175 nominal, by the state -> IND/GOV; "
      "Kashmiri people -> IND/CVL (held-out 1 row 102); 'will never submit to' is the Kashmiris' resolve and bears "
      "on submitting, not on the occupation (not event negation; not coded as a REJECT, since it is not the "
      "speaker's own performative non-acceptance)"),
 56: ([], "'international cooperation is hindered by the flagrant imposition of contentious policies': no actor"),
 57: ([], "climate change is not an actor"),
 58: ([("I do not demand", "100", "LUX/GOV", N, True, A, N, False)],
      "the Luxembourg Minister for Cooperation -> LUX/GOV; plain negation of a request verb (habitual, 'in my "
      "partnerships') -> 100 negated, not REJECT; the partner countries in Africa are unnamed -> null; Y mixes "
      "resources, influence, gain and legal reform -> 100"),
 59: ([("support solidarity lanes for Ukraine", "070", "MDA/GOV", "UKR", False, F, N, False),
       ("aid Ukraine’s postwar reconstruction", "070", "MDA/GOV", "UKR", False, F, N, False)],
      "'that modernized infrastructure' / 'those very connections' = Moldova's upgraded roads and railways ('We are "
      "upgrading') -> MDA/GOV from the context (as held-out 6 row 53 'This funding'); support for Ukraine's grain "
      "export lanes and help with its reconstruction -> two future aid events 070 (borderline 061); 'not only' is "
      "not negation; upgrading roads and boosting trade are domestic"),
 # --- UNGDC random: reported
 60: ([], "the Pope quoted: 'that we row together' is figurative"),
 61: ([], "funding gap figures attributed to the OECD: no act between actors"),
 # --- UNGDC random: future
 62: ([], "Guinea: the 'real putschists' who manipulate constitutions are a generic, unnamed class, and 'not subject "
          "to any condemnation' has no actor on either side"),
 63: ([], "a transformation is not an actor"),
 # --- UNGDC random: demand
 64: ([], "deontic, Y (restore the primacy of peace) not codable"),
 65: ([], "deontic on The Gambia itself, Y (discourage irregular migration, respect the rights of migrants) not a "
          "codable act"),
 66: ([("urge the nations complicit", "100", "ATG/GOV", N, False, A, N, False)],
      "Antigua and Barbuda; the nations complicit in enslavement are not named (collective) -> null; Y = recognize, "
      "reconcile and redress (reparations) -> 100 (borderline 1031); 'Those historical wrongs must be addressed' is "
      "a deontic agentless passive with no codable Y"),
 67: ([], "deontic, Y not codable; 'all of us' collective"),
 # --- UNGDC random: cue
 68: ([("military invasion of Ukraine by the Russian Federation", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "invasion with the agent in the by-phrase -> 192 nominal, RUS/MIL as earlier sets; 'is unjustifiable' is an "
      "evaluative adjective, not a criticism verb (not coded)"),
 69: ([("supports the stimulus plan of the Secretary-General", "051", "TUN/GOV", "org:UN", False, A, N, False)],
      "endorsement of the Secretary-General's SDG stimulus plan -> 051 to org:UN (the plan's author, as held-out 7 "
      "row 79 'supporting our initiative'); the proposal 'seeks to provide funding' has no actor of its own"),
 70: ([], "abstract commitment to multilateral cooperation (held-out 5 row 84); Sri Lanka's domestic path"),
 71: ([("condemn", "111", "FSM/GOV", N, False, A, N, False)],
      "'We' -> FSM/GOV; the invasion of Ukraine and the killing of civilians have no agent in the sentence, and "
      "Russia is named nowhere in the speech -> target null (borderline RUS/GOV by world knowledge); the event "
      "nouns are not coded"),
 72: ([], "deontic, 'we' = all nations (collective), Y (cooperate better, share the burden) not a specific act"),
 73: ([("reiterate our unwavering support for the one-China principle", "051", "CUB/GOV", "CHN/GOV", False, A, N,
        False)],
      "endorsement of China's one-China principle = policy support for the PRC -> 051 to CHN/GOV (borderline: an "
      "abstract policy position)"),
 74: ([], "Bulgaria's determination to promote negotiated solutions: abstract"),
 75: ([], "development facilitated by international cooperation: agentless, no actor pair"),
 76: ([], "abstract commitment to the peaceful resolution of conflicts"),
 77: ([("deliberate targeting of civilians and vital infrastructure", "190", "AZE/MIL", N, False, A, N, True),
       ("extrajudicial killings of prisoners of war and civilian hostages", "1823", "AZE/MIL", N, False, A, N,
        True),
       ("torture", "1822", "AZE/MIL", N, False, A, N, True)],
      "Armenian speaker; the acts 'by the Azerbaijani armed forces' -> AZE/MIL, nominal; attacks on civilians and "
      "infrastructure by armed forces -> 190; killings of individuals -> 1823; torture -> 1822; the victims are the "
      "people of Nagorno-Karabakh, a breakaway administration with no code (as Somaliland in held-out 5) -> target "
      "null (borderline ARM/CVL; POWs borderline ARM/MIL); 'The aggression' has no agent of its own in the sentence "
      "and 'violations of international law' / 'documented crimes' are evaluative"),
 78: ([], "Côte d'Ivoire's domestic response plan: support to the private sector is domestic"),
 79: ([("calling for two additional permanent", "1044", "CMR/GOV", N, False, A, N, False)],
      "'calling for' seats for Africa on the Security Council = demand change in institutions 1044, no addressee -> "
      "null (held-out 1 'call for' with null target; borderline org:UNSC, or not coded as an abstract reform "
      "position as held-out 7 rows 66, 76); support for the Ezulwini Consensus and Sirte Declaration (AU positions) "
      "is a policy position, not coded"),
 80: ([], "conflicts and risks with no actor"),
 81: ([("calls for Taiwan’s full inclusion", "102", "BLZ/GOV", N, False, A, N, False)],
      "Belize; no addressee -> null (Taiwan is the beneficiary, not the one asked); Y = include Taiwan in the "
      "international system -> demand diplomatic cooperation 102 (borderline 100)"),
 # --- UNGDC random: nocue
 82: ([], "speaking to one's own people: no act between actors"),
 83: ([], "Burkina Faso's will in 'combating terrorism' is an evaluation of an abstract policy with no coded "
          "counterpart (borderline 190 BFA/GOV, target null)"),
 84: ([], "Africa's role for 'many Powers': evaluative, no act"),
 85: ([], "the booster shot works: no act"),
 86: ([], "deontic, 'all countries' collective, Y (mobilize ambition) not codable"),
 87: ([], "no act"),
 88: ([], "domestic celebration"),
 89: ([], "'will not rest until' = resolve, not an event; 'sexual violence committed in Ukraine' has no agent in the "
          "sentence (held-out 7 row 25); 'held to account' is not a CAMEO act (held-out 7 row 8)"),
 90: ([], "no act"),
}
