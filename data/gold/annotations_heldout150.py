"""Hand annotations for the HUNDRED-AND-FIFTIETH held-out event gold set (source of events-heldout150.jsonl).

Keyed by the row index of selection-heldout150.jsonl (output of select_bulk_sentence_heldout.py 150; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout150.jsonl \
        --annotations annotations_heldout150 --output events-heldout150.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("ask for", "1053", "ISR/CVL", "PSE/REB", False, A, N, False),
      ("Hamas refuses", "1243", "PSE/REB", "ISR/CVL", False, A, N, False)],
     "Israel (2016); 'they' = Hadar Goldin's parents, named in the sentence before -> ISR/CVL; 'All they ask for is "
     "one simple thing: to be able to visit the grave of their fallen son ... in Israel' = a request (guideline: ask "
     "-> 10x) whose Y is the return of the soldier's body held in Gaza (the text before: 'refuses to return ... the "
     "bodies of our fallen soldiers') -> demand release of persons or property 1053, addressed to the party that "
     "refuses it in the same sentence, Hamas -> PSE/REB (README: Hamas PSE/REB) (borderline target null, the "
     "request being addressed to no one by name; or uncoded as a wish); 'but Hamas refuses' = an explicit refusal "
     "(guideline: REJECT, negated false) that takes the code of what was refused (held-out 34/35) -> decline to "
     "release persons or property 1243, to the parents whose request it refuses (borderline ISR/GOV)"),
 1: ([("have not met their legal obligations", "071", N, "org:UN", True, A, N, False)],
     "Singapore (1996); 'various Member States have not met their legal obligations' = the failure to pay assessed "
     "dues in full and on time named in the sentence before -> a negated 071 with no source (the Member States are "
     "an uncoded collective) to org:UN, following set 127's 'the default of certain Member States in paying their "
     "contributions' (borderline 1221, or uncoded as compliance with obligations, set 131)"),
 2: ([], "Antigua and Barbuda (1992): 'the agreement successfully curbs this generation's cupidity' = an evaluation of "
         "the Antarctic mining ban, its parties (the Consultative Parties of the sentence before) an uncoded "
         "collective (borderline a nominal 057 null -> null); 'Antarctica must never become the possession of large "
         "States only' = a norm with no actor, not coded"),
 3: ([("reach a solid, robust and verifiable agreement", "057", "FRA/GOV", "IRN/GOV", False, A, N, False)],
     "France (2017); 'enabled us to reach a solid, robust and verifiable agreement on 14 July 2015' = the JCPOA "
     "(the text before: 'the nuclear agreement with Iran') -> agreement concluded 057 (guideline), from the "
     "speaker's government to Iran, the other E3/EU+3 parties not named in the sentence or the paragraph (borderline "
     "one 057 per negotiating party); 'ensure that Iran will not be able to acquire nuclear weapons' is the "
     "agreement's purpose, an outcome rather than an act (borderline a negated future 154 IRN/GOV); 'our commitment "
     "to nuclear non-proliferation' is an abstract position"),
 4: ([("take to the streets", "141", "UKR/CVL", "UKR/GOV", False, A, N, False)],
     "United States (Obama, 2016); 'the people of Ukraine did not take to the streets because of some plot imposed "
     "from abroad' = the negation bears on the cause, not the event (guideline: negation bearing on something "
     "other than the event), and the next sentence asserts it ('They took to the streets because their leadership "
     "was for sale') -> an asserted demonstration 141 (held-out 38/39: demonstrations 141) against the Ukrainian "
     "leadership of 2013-14 -> UKR/GOV (borderline target null); 'some plot imposed from abroad' is a denied, "
     "agentless conjecture, not coded"),
 5: ([], "Qatar (1997): 'the State of Qatar calls for the creation of a uniform and agreed regime for imposing "
         "sanctions and of mechanisms to lift them' = a call with no addressee for a reform of the United Nations "
         "sanctions procedure, treated like the UN reform positions left uncoded (held-out 52/53: urging Council "
         "reform with no addressee not coded; set 147's 'enemy states' call) (borderline a 1044 QAT/GOV with target "
         "null or org:UNSC, following set 117's unattributed call coded with no target); the suffering to which "
         "peoples are subjected is agentless"),
 6: ([("Iraq-Iran truce", "0871", "IRQ/GOV", "IRN/GOV", False, A, N, True),
      ("mediated", "045", "org:UN", "IRQ/GOV", False, A, N, False),
      ("mediated", "045", "org:UN", "IRN/GOV", False, A, N, False)],
     "Grenada (1990); 'the Iraq-Iran truce' = a realised ceasefire naming its parties -> nominal 0871 from the "
     "first-named (held-out 28/29), the governments of 1988; 'the Secretary-General and his special envoys who had "
     "mediated that settlement' -> mediation 045 (guideline) from org:UN to each party (held-out 32/33: UN mediation "
     "045 to each party); 'we had not completed paying a tribute to the valiant work' is a time expression whose "
     "'we' means the Assembly and the world at large (held-out 42/43: 'we' meaning all states not coded), and the "
     "negation bears on completion, so no negated tribute (borderline an asserted 051 GRD/GOV -> org:UN); 'a new "
     "threat to peace ... emerged' (Iraq's invasion of Kuwait, unnamed) is figurative (guideline: threat as risk)"),
 7: ([("abjures", "120", "BGD/GOV", N, False, A, N, False),
      ("does not and will not support", "070", "BGD/GOV", N, True, A, N, False)],
     "Bangladesh (2006); 'Prime Minister Begum Khaleda Zia has unequivocally declared that' = the speaker's own "
     "government quoted (guideline: reported_by null; the speech verb not coded); 'Bangladesh abjures religious "
     "extremism' = a renunciation, coded like set 126's 'reject violence' and set 113's rejected escalation -> 120 "
     "with no target (borderline uncoded as an abstract position); 'does not and will not support any kind of "
     "militancy' = plain negation of a support act (guideline) -> negated 070, one event for 'does not and will "
     "not' (held-out 46/47: 'have never agreed, and will never agree' one negated 057), modality asserted "
     "(borderline future), the militant groups unnamed -> target null (borderline 051)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("shooting by a number of snipers", "202", N, "VEN/CVL", False, A, N, True),
      ("ordered people to be killed", "202", "VEN/GOV", "VEN/CVL", False, A, "VEN/MIL", False)],
     "Venezuela (Chavez, 2002); the journalist's 'revelations' and the recording of a message are statements (01x, "
     "not coded), and 'he was called' is no act between political actors; 'the coup' of April 2002 is not coded "
     "(README 12/13: coups not coded); 'the first person fell dead as a result of shooting by a number of snipers' "
     "= the 11 April 2002 killings of demonstrators, which the next sentence calls 'the massacre of defenceless "
     "people' -> 202 (guideline: killings of many civilians), nominal, the snipers unnamed -> source null, victims "
     "VEN/CVL, in the speaker's own voice (a presupposed temporal clause, also asserted in the next sentence) -> "
     "reported_by null (borderline 1823, or reported_by null through the unnamed journalist anyway); inside the "
     "coup perpetrators' pre-recorded message 'President Chavez had ordered people to be killed and that there had "
     "been six deaths' = a claim the speaker quotes to dispute it, still coded and reported by its author (held-out "
     "52/53) -> 202 VEN/GOV -> VEN/CVL, the deaths the same event coded once; the perpetrators, the military officers "
     "whose pronouncement was pre-recorded, -> reported_by VEN/MIL (junta rule; borderline VEN/OPP for the civilian "
     "plotters, or a 112 accusation VEN/MIL -> VEN/GOV instead of the reported act)"),
 9: ([("support for the final statement", "051", "KWT/GOV", "org:GCC", False, A, N, False)],
     "Kuwait (1998); 'we wish to reaffirm our commitment to and support for the final statement issued by the Kuwait "
     "summit of Gulf Cooperation Council member States' = verbal support for an organisation's statement (guideline: "
     "'express support' 051) -> 051 to its author org:GCC (held-out 13: org:GCC; borderline ARE/GOV, whose claim to "
     "the islands the statement backs), 'commitment to and support for' one act (borderline a separate 030); "
     "'Kuwait's belief in the inalienable rights' of the UAE is a belief, not an act; the statement itself is 01x"),
 10: ([("declared their intention to accede", "030", "FRA/GOV", N, False, A, N, False),
       ("declared their intention to accede", "030", "CHN/GOV", N, False, A, N, False),
       ("we commend them", "051", "MUS/GOV", "FRA/GOV", False, A, N, False),
       ("we commend them", "051", "MUS/GOV", "CHN/GOV", False, A, N, False),
       ("will deposit", "030", "FRA/GOV", N, False, F, "FRA/GOV", False)],
      "Mauritius (1991); 'France and China have declared their intention to accede to the Treaty' (the NPT) = an "
      "explicit intent verb stated as a fact -> 030 asserted (guideline), one per state, no target (held-out 44/45: "
      "joining the NPT has no target) (borderline 0312, or future as set 119's 'intends to sign'); 'takes great "
      "satisfaction' and 'we commend them for this commitment' = one welcome per pair, coded once (guideline: same "
      "code, same pair) -> 051 to each; 'France stated in this very forum ... that it will deposit the necessary "
      "instrument of adhesion before this year is out' = a future act inside France's statement -> 030 future "
      "reported_by FRA/GOV, depositing an instrument being a separate 030 (set 29: depositing it a separate 030) "
      "(borderline folded into the declared intention, or 057)"),
 11: ([("We note with satisfaction", "051", "KWT/GOV", "org:UN", False, A, N, False),
       ("providing a great measure of assistance", "073", "org:UN", "IRQ/CVL", False, A, "org:UN", False)],
      "Kuwait (2000); 'We note with satisfaction the report of the Secretary-General' = a welcome (held-out 48/49: "
      "'noted with satisfaction' 051) of the Secretary-General's report -> 051 to org:UN (set 122: agreeing with a "
      "UN panel's findings 051 to org:UN; borderline uncoded as the welcome of a document); inside 'in which he "
      "stated that' -> reported_by org:UN: 'the humanitarian programme had succeeded in providing a great measure "
      "of assistance to meet the urgent humanitarian needs of Iraq' = the oil-for-food programme, a UN programme as "
      "subject standing for org:UN (held-out 38/39) -> humanitarian aid 073 to the Iraqi people, 'the brotherly "
      "people of Iraq' of the sentence before -> IRQ/CVL (borderline bare IRQ); the obstacles the programme faces "
      "have no agent"),
 # --- UNGDC 1990-2019 random: future
 12: ([("recently agreed framework", "057", "BLZ/GOV", "GTM/GOV", False, A, N, False),
       ("established through the", "045", "org:OAS", "BLZ/GOV", False, A, N, False),
       ("established through the", "045", "org:OAS", "GTM/GOV", False, A, N, False)],
      "Belize (2000); 'Belize will comply with' the framework = compliance, not coded (set 131: not deviating from "
      "agreements is compliance) (borderline a future 030 to GTM/GOV); 'the recently agreed framework' = the "
      "Belize-Guatemala agreement on the territorial differendum, the counterpart from the sentence before "
      "('continues to work with Guatemala to arrive at a negotiated ... resolution of our differences') -> 057 "
      "BLZ/GOV -> GTM/GOV, a participle and not nominal (held-out 76 row 29: 'agreement reached'); 'established "
      "through the Organization of American States' = the OAS facilitation -> 045 from org:OAS to each party "
      "(held-out 54-61: a facilitation of an organisation 045 to each party; borderline uncoded, or 043)"),
 13: ([("United Nations assistance", "070", "org:UN", "IRQ", False, H, N, True)],
      "Russian Federation (2003); 'only with active and ... practical United Nations assistance in Iraq's economic "
      "and civil transformation will Iraq assume a truly new and worthy place' = a condition -> nominal 070 "
      "hypothetical (held-out 52/53: acts inside a condition hypothetical; borderline demanded, as Russia's policy "
      "that the UN must assist), from org:UN to Iraq as a country under occupation with no sovereign government in "
      "2003 -> bare IRQ (borderline IRQ/GOV for the Governing Council); Iraq assuming a place is no act"),
 14: ([("assure you of the full support and cooperation", "030", "JAM/GOV", "org:UNGA", False, A, N, False)],
      "Jamaica (1998); 'I assure you of the full support and cooperation of the Jamaican delegation as you guide the "
      "work of this Assembly' = an assurance of cooperation to the President of the General Assembly -> one 030 to "
      "org:UNGA (held-out 38/39 and 50/51: assurances of cooperation to the PGA 030; an assurance of 'support and "
      "cooperation' one 030) (borderline 032); 'what I am confident will be a successful conclusion' is a hope"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Malta (2016): 'the atrocities we have witnessed in past years' = an agentless event noun with no named "
          "agent or victim (guideline); 'we must continue to hold onto these principles' = 'we' meaning all states "
          "and an abstract commitment, not coded"),
 16: ([("urges all Member States", "102", "PRY/GOV", N, False, A, N, False)],
      "Paraguay (2017); 'urges all Member States to identify appropriate ways to facilitate Taiwan's participation "
      "in the mechanisms for meetings and activities of the United Nations system' = a request (guideline: urge -> "
      "10x) to an uncoded collective -> target null, Y = Taiwan's participation -> 102, following set 121's call "
      "not to deny Taiwan participation (borderline org:UN, or uncoded as a UN membership position); the 'so that' "
      "clause (alliances with every country) is a purpose"),
 17: ([], "Micronesia (1995): 'this must be done in stages' = the adjustments within industrialized countries and the "
          "assistance to the developing world of the sentence before, an agentless deontic between uncoded "
          "collectives, null-null, not coded (borderline a demanded 070 null -> null)"),
 18: ([], "Jamaica (1997): 'We must clearly define the role the United Nations is expected to play' = 'we' meaning all "
          "states and a UN reform position, not coded"),
 19: ([("piloted resolution 2033", "102", "ZAF/GOV", "org:UNSC", False, A, N, False)],
      "South Africa (2012); 'cognizance should be taken of Chapter VIII of the Charter' = an agentless deontic with no "
      "codable behaviour; 'South Africa piloted resolution 2033 (2012) during our rotating presidency of the "
      "Security Council' = a sponsor's draft resolution is its own request (README: 108; set 126: Costa "
      "Rica's draft 1042 to org:UNGA), the resolution on cooperation between the United Nations and the African "
      "Union (the sentence before: 'closer collaboration with the African Union') -> demand diplomatic cooperation "
      "102 to org:UNSC (borderline 1042 as set 126, or 050 org:UNSC -> org:AU for the adopted resolution); the "
      "presidency is a status"),
 20: ([], "Jordan (1999): 'the United Nations ... must evolve in such a way that reflects the new realities' = a UN "
          "reform position, not coded"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Togo (1999): 'problems long denounced in this and other forums' = an agentless denunciation of economic "
          "problems, no actor as target (borderline a 111 null -> null); the worsening through globalization is no "
          "act"),
 22: ([("assistance of the relevant international institutions", "070", N, "BIH/GOV", False, F, N, True)],
      "Bosnia and Herzegovina (2005); 'we hope to have that matter resolved shortly, with the assistance of the "
      "relevant international institutions' = hoped-for support from uncoded parties -> nominal 070 future with no "
      "source to the speaker's government (held-out 52/53 and 54-61: hoped-for support from uncoded parties a "
      "nominal future 070) (borderline uncoded as optative, held-out 32/33's 'we count on'); resolving the dual "
      "citizenship issue is a domestic outcome with no named counterpart"),
 23: ([], "Tajikistan (2010): regional cooperation that 'depends ... on the success of the process of strengthening "
          "peace and overall stability in Afghanistan' = a dependency between abstract processes, no actor"),
 24: ([("welcomed", "051", "MLT/GOV", "USA/GOV", False, A, N, False),
       ("future negotiations", "036", "ISR/GOV", "PSE/GOV", False, F, N, True)],
      "Malta (2011); 'Malta was heartened by, and welcomed, the speech of President Obama last May' = one welcome "
      "(guideline: welcome 051; 'heartened' and 'welcomed' the same pair, coded once) -> 051 to USA/GOV; the speech "
      "and 'outlined a comprehensive vision for peace' are statements (01x); 'laid out the foundation for future "
      "negotiations' between Israelis and Palestinians = the negotiations as a future nominal 036 from the "
      "first-named, ISR/GOV -> PSE/GOV, following set 147's 'terms of reference for negotiations between the "
      "Palestinians and the Israelis' (borderline uncoded, the negotiations being only the topic of a speech; or "
      "a 036/045 from USA/GOV)"),
 25: ([("demand an end to external interference", "105", "CUB/GOV", N, False, A, N, False)],
      "Cuba (2015); 'demand an end to external interference in that country' (Syria) = a request (guideline: demand "
      "-> 10x) with the interfering powers unnamed -> target null; interference has no specific CAMEO act (held-out "
      "16/17: political interference not coded), so Y is a generic yielding -> 105 (borderline 1056 if the "
      "interference is read as military, or 1042); the interference itself is an agentless noun, not coded; 'We "
      "renew our confidence that the Syrian people are capable' is a belief"),
 26: ([("attack socialism", "111", "USA/GOV", N, False, A, N, False)],
      "Cuba (2019); 'the President of the United States likes to attack socialism in many of his public statements' "
      "= habitual verbal criticism (guideline: criticise -> 111; 'attack' here a speech act, not force) by Trump -> "
      "USA/GOV, aimed at an ideology whose governments the sentence does not name -> target null (borderline "
      "CUB/GOV and VEN/GOV, whom Trump's 2019 speech named, or uncoded as criticism of an ideology); 'promoting a "
      "McCarthyist intolerance of those who believe ...' is an evaluation with an uncoded target (borderline 175)"),
 27: ([], "Egypt (1997): 'Egypt believes that the only way out ... is ... the full and speedy implementation of the "
          "Dayton Agreements and the trying of war criminals' = a belief about a way out, the implementers and the "
          "tried unnamed (set 128: the implementation of the Minsk agreements uncoded) (borderline a demanded "
          "nominal 1121 with no source, or a nominal 057 for the Dayton Agreements)"),
 28: ([("negotiations", "046", "IRL/GOV", "GBR/GOV", False, A, N, True),
       ("chairmanship", "045", "USA/CVL", "IRL/GOV", False, A, N, True),
       ("chairmanship", "045", "USA/CVL", "GBR/GOV", False, A, N, True),
       ("chairmanship", "045", "FIN/CVL", "IRL/GOV", False, A, N, True),
       ("chairmanship", "045", "FIN/CVL", "GBR/GOV", False, A, N, True),
       ("chairmanship", "045", "CAN/CVL", "IRL/GOV", False, A, N, True),
       ("chairmanship", "045", "CAN/CVL", "GBR/GOV", False, A, N, True)],
      "Ireland (1996); 'the negotiations' = the Northern Ireland talks of the text before ('The Irish Government is "
      "working with the British Government'), an event noun whose parties are plain from the text around it "
      "(held-out 48/49) -> nominal 046 IRL/GOV -> GBR/GOV, the Northern Ireland parties dropped as in set 146 "
      "(borderline uncoded as an anaphoric noun); 'the independent chairmanship of Senator Mitchell ..., former Prime "
      "Minister Holkeri of Finland, and General de Chastelain of Canada' = the talks' independent chairmen, a "
      "mediation noun -> nominal 045 per mediator and party (held-out 8: mediation 045 per mediator and party); the "
      "three chairmen acted in a private capacity and held no office in 1996 (guideline: a former official -> CVL): "
      "Mitchell USA/CVL (borderline USA/GOV, as the President's special adviser on Ireland), Holkeri FIN/CVL, the "
      "retired general de Chastelain CAN/CVL (borderline CAN/MIL); 'command the respect and confidence of all "
      "participants' is a sentiment (borderline 051 to each chairman)"),
 29: ([], "Viet Nam (2016): 'always pursues the foreign policy of independence, self-reliance, peace, cooperation and "
          "development' = an abstract policy position (guideline), no counterpart"),
 30: ([("express our deep gratitude", "051", "DJI/GOV", "org:UN", False, A, N, False)],
      "Djibouti (2019); 'express our deep gratitude to the Secretary-General for the commendable actions and efforts "
      "that he, his special representatives and all United Nations personnel are undertaking' = thanks (guideline: "
      "thank 051) to org:UN, 'wish to' performative -> asserted; the actions are unspecified, no separate event"),
 31: ([("deep disappointment", "110", "LSO/GOV", N, False, A, N, False),
       ("lack of interest", "122", N, "org:ECOWAS", False, A, N, True),
       ("peacekeeping effort", "074", "org:ECOWAS", "LBR", False, A, N, True)],
      "Lesotho (1996); 'Lesotho shares Africa's deep disappointment' = the speaker's disapproval (guideline: "
      "'disappointed' -> 110) of the international community, an uncoded collective -> target null; 'Africa' has no "
      "code, so no second 110; 'the demonstrable lack of interest on the part of the international community in "
      "extending the necessary material support to the ECOMOG countries' = a reluctance to give requested aid, "
      "following set 136's 'reservations ... in terms of providing assistance' nominal 122 with no source -> nominal "
      "122 with no source to the ECOMOG contributors -> org:ECOWAS (held-out 28/29: ECOMOG org:ECOWAS) (borderline a "
      "negated 070, or a negated 033 as set 42/43's 'few who are willing to assist us'); 'ECOMOG countries that are "
      "engaged in the regional peacekeeping effort in Liberia' -> nominal 074 org:ECOWAS -> bare LBR (held-out 98-101: "
      "an ECOMOG deployment a nominal 074)"),
 32: ([], "Tunisia (2003): a fragment cut by the splitter after 'an incentive for the African'; 'Union to attempt to "
          "meet legitimate African needs and address all aspects of marginalization' = the AU's hoped-for domestic "
          "efforts, no counterpart; the support lies before the cut (fragments whose act lies outside the "
          "sentence uncoded)"),
 33: ([], "Mozambique (2004): a fragment cut by the splitter; its verb 'commend the decision of the' lies before the "
          "cut (held-out 54-61: fragments whose verb lies outside the sentence uncoded; borderline 051 MOZ/GOV -> "
          "org:UN, as set 142's support noun); appointing an advisory panel is an internal act of the Secretary-"
          "General, and 'international support for NEPAD' is the panel's topic with no agent"),
 34: ([], "Guinea-Bissau (2019): 'I therefore add my country's voice to the appeal to broaden that important part of "
          "the United Nations' = Security Council enlargement, a UN reform position (held-out 54-61; set 147's "
          "Canadian Charter call), not coded (borderline the speaker's echoed 1044 with no target, held-out 14/15)"),
 35: ([("supports recent initiatives", "051", "DNK/GOV", N, False, A, N, False)],
      "Denmark (2009); 'Denmark, therefore, warmly supports recent initiatives that would enable us to meet the "
      "growing demands' of peacekeeping = verbal support (guideline: 051) for initiatives whose authors the sentence "
      "does not name -> target null (set 113: a welcome of conferences whose convenors are not named 051 with no "
      "target) (borderline org:UN for the New Horizon process, or uncoded as a UN reform position); the system "
      "'that would enable us' is a purpose"),
 36: ([("welcome the admission", "051", "JPN/GOV", "KIR/GOV", False, A, N, False),
       ("welcome the admission", "051", "JPN/GOV", "NRU/GOV", False, A, N, False),
       ("welcome the admission", "051", "JPN/GOV", "TON/GOV", False, A, N, False)],
      "Japan (1999); 'my great pleasure to welcome the admission of the Republic of Kiribati, the Republic of Nauru "
      "and the Kingdom of Tonga as new Members' = a welcome of new Members -> one 051 per state (set 144: one 051 per "
      "admitted state; set 142: 'We welcome membership of East Timor' 051); the admission itself is not coded (UN "
      "admissions uncoded)"),
 37: ([], "Germany (2002): 'we need a system of global cooperative security' = 'we' meaning all states and an "
          "abstract policy goal; relations among great Powers and asymmetrical threats are descriptions"),
 38: ([("strengthening its relations", "050", "BRA/GOV", "org:GCC", False, A, N, False),
       ("strengthening its relations", "050", "BRA/GOV", "org:LAS", False, A, N, False)],
      "Brazil (2005); 'Brazil has been strengthening its relations with regional groupings such as the Gulf "
      "Cooperation Council and the Arab League' = ongoing diplomatic cooperation -> 050, one per named organisation "
      "(guideline: compound split), org:GCC (held-out 13) and org:LAS (README) (borderline 030); 'bilateral "
      "initiatives' with unnamed Arab states are not coded"),
 39: ([], "The former Yugoslav Republic of Macedonia (1993): 'it is essential that the Balkans undergo major changes' "
          "= a deontic about a region, no actor, no codable behaviour"),
 40: ([("It is not fair", "110", "CRI/GOV", N, False, A, N, False),
       ("excluding them from the lists of beneficiaries", "1621", N, "CRI/GOV", False, A, N, False)],
      "Costa Rica (2004); 'It is not fair that poor countries, such as Costa Rica, ... be penalized by excluding them "
      "from the lists of beneficiaries of cooperation programmes and from systems of preferential treatment' = a "
      "complaint about the graduation of middle-income countries from aid and trade preferences; 'It is not fair "
      "that' is a verb-phrase disapproval like 'it is regrettable' (guideline and set 145: 110), its addressees the "
      "uncoded donors -> target null (borderline uncoded as an evaluation, like set 135's sentence adverbs); the "
      "exclusion = reduce economic assistance 1621, agentless (the 'developed countries' an uncoded collective) -> "
      "source null, a class naming one member coded for that member (held-out 26/27) -> CRI/GOV, asserted as the "
      "practice complained of (borderline hypothetical, or 162; the trade preferences folded in rather than a "
      "second event)"),
 41: ([], "Bhutan (1998): 'the current permanent members have an obligation to be more responsive to calls for "
          "multifaceted reforms of the Council' = a Security Council reform position, the calls agentless, not coded "
          "(borderline a demanded 030 from the five permanent members)"),
 42: ([("assistance of the Governments", "070", "CAN/GOV", "org:CARICOM", False, A, N, True),
       ("assistance of the Governments", "070", "GBR/GOV", "org:CARICOM", False, A, N, True),
       ("assistance of the Governments", "070", "USA/GOV", "org:CARICOM", False, A, N, True),
       ("created a witness protection programme", "062", "org:CARICOM", N, False, A, N, False)],
      "Trinidad and Tobago (1998); 'CARICOM countries' acting together -> org:CARICOM (held-out 30: CARICOM partners "
      "acting together org:CARICOM); 'with the assistance of the Governments of Canada, the United Kingdom and the "
      "United States' -> nominal 070 from each named government (guideline: compound split) to org:CARICOM; 'have "
      "created a witness protection programme' = regional security and law-enforcement cooperation against drug "
      "trafficking -> 062 (held-out 18/19: security cooperation 062) with no target, as set 114's 'joined other "
      "States in the region to combat trafficking' (borderline uncoded as an internal programme, or source TTO/GOV "
      "only)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Singapore (2000): 'it is imperative that the developed countries avoid a sterile \"one-size-fits-all\" "
          "prescription' = a deontic on an uncoded collective with no codable behaviour and no target"),
 44: ([], "Kenya (2007): 'it is imperative that the international community make the urgent and essential investments "
          "that will contribute to the prevention of recurrence of such conflicts' = a deontic on an uncoded "
          "collective whose beneficiaries the sentence does not name ('such conflicts' a class), not coded "
          "(borderline a demanded 071 with no source per post-conflict country of the sentence before, as set 128's "
          "'These countries need immediate and massive assistance'); 'the end of those wars' is agentless"),
 45: ([], "Sweden (2006): 'we need to make further progress in Secretariat and management reform' = 'we' meaning all "
          "states and a UN reform position, not coded"),
 46: ([], "Benin (2004): the proliferation of small arms as a destabilizing factor = a description, no actor"),
 47: ([], "Honduras (2000): the Secretary-General's report 'attached as much importance to the topic of the "
          "environment' = a description of a document, no act"),
 48: ([], "New Zealand (2008): 'As the Secretary-General and many others have noted' = statements (01x); the crises "
          "have no actor"),
 49: ([], "Turkmenistan (2005): housing guarantees and loans to citizens = domestic policy (set 134: domestic "
          "programmes uncoded; borderline 071 TKM/GOV -> TKM/CVL)"),
 50: ([], "Austria (2013): 'This year's Forum of the United Nations Alliance of Civilizations took place in Vienna' = a "
          "meeting only held at a venue (set 110, set 142: summits only 'held at' a venue uncoded), Vienna a place "
          "(borderline a 043 AUT/GOV -> org:UN for the hosting)"),
 51: ([("requests the United Nations", "102", "SWZ/GOV", "org:UN", False, A, N, False)],
      "Swaziland (2008); 'Swaziland requests the United Nations to allow Taiwan to participate in its specialized "
      "agencies' = a request (guideline: request -> 10x) to org:UN, Y = Taiwan's participation -> 102, as row 16 "
      "and set 121 (borderline 1055, 'allow', or uncoded as a UN membership position)"),
 52: ([], "Barbados (2003): 'The United Nations is not a third party ... it belongs to them' = a description of the "
          "Organization, no act"),
 53: ([("loans given", "071", N, "LBR/GOV", False, A, N, False)],
      "Liberia (2000); 'This debt overhang ... was acquired out of loans given in the pursuit of influence in the cold "
      "war' = historic lending -> economic aid 071 (held-out 98-101: debt written off 071), the lenders unnamed "
      "(the 'rich creditor nations' of the text after, uncoded) -> source null, the borrower the Liberian Government "
      "of the time -> LBR/GOV (borderline uncoded as a historic generalisation, or the USA as the cold-war patron, "
      "never named); 'as I stated in my address' is the speaker's own statement (guideline: reported_by null)"),
 54: ([], "Saint Vincent and the Grenadines (2006): 'Too many innocent lives have been lost through terrorist acts' "
          "= a generic statement with no agent and no victim country (set 139: unnamed attackers uncoded; set 111: "
          "agentless killings of uncoded victims uncoded)"),
 55: ([], "Saint Kitts and Nevis (1997): 'Such preparation will help make them self-sufficient' = an expected effect, "
          "no act"),
 56: ([], "Bahamas (2010): 'the Council's efforts ... would be strengthened if its composition better reflected the "
          "geopolitical realities' = a Security Council reform position, not coded"),
}
