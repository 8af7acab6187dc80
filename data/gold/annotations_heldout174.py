"""Hand annotations for the HUNDRED-AND-SEVENTY-FOURTH held-out event gold set (source of events-heldout174.jsonl).

Keyed by the row index of selection-heldout174.jsonl (output of select_bulk_sentence_heldout.py 174; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout174.jsonl \
        --annotations annotations_heldout174 --output events-heldout174.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Finland (2002): 'Afghanistan is no longer a base for global terrorism' = a state, no act; 'joint efforts to "
         "uproot terrorist networks are making progress' = efforts of unnamed partners against terrorist networks "
         "(Al Qaeda, named only in the text after, has no code), null-null, not coded (borderline a nominal 190 "
         "null -> AFG/REB for the Taliban remnants); 'the threat of new attacks has not been eliminated' is a "
         "threat as risk (guideline: figurative), and 'has not been eliminated' negates no event"),
 1: ([("we call for", "1011", "TJK/GOV", N, False, A, N, False)],
     "Tajikistan (2012); 'we call for the elimination of any artificial and economically unsupported barriers and "
     "obstacles to transportation and communication links among the countries of the region' = a request "
     "(guideline: call for -> 10x), Y = removing barriers to regional transport and trade -> demand economic "
     "cooperation 1011 (held-out 77 row 8: a call for the Doha Round's conclusion 1011 with target null), the "
     "countries of the region unnamed (the speech never names Uzbekistan, whose rail restrictions lie behind "
     "it) -> target null; Y not coded separately (guideline); 'that do not contribute to developing ... regional "
     "cooperation' describes the barriers, not a negated event (borderline 1054/1051 easing of restrictions, "
     "or not coded as a call with no addressee, set 110)"),
 2: ([("We call on", "100", "MDA/GOV", "org:UNSC", False, A, N, False)],
     "Moldova (2016); 'We call on all States Members of the United Nations, particularly members of the Security "
     "Council, to elect a Secretary-General from the Eastern European region' = a request (guideline: call on "
     "-> 10x) naming its addressee; the uncoded Member States as a whole are dropped and the Council, which "
     "recommends the appointment, is coded -> org:UNSC (set 140: a call on the Assembly about Council "
     "membership coded because it names its addressee); Y = choosing a Secretary-General from one region has "
     "no CAMEO request sub-code -> generic 100 (borderline 1044, as set 140; or not coded as a UN "
     "institutional position, set 134's Council-seat demand); 'the only region that has not been represented "
     "in this high position' negates a state, not an event; 'its having put forward a number of qualified "
     "candidates' = nominations by the uncoded Eastern European Group, not coded (borderline 102 null -> "
     "org:UNSC)"),
 3: ([("has failed to heed", "030", "IRN/GOV", "ARE/GOV", True, A, N, False),
      ("has failed to heed", "030", "IRN/GOV", "org:GCC", True, A, N, False),
      ("has failed to heed", "030", "IRN/GOV", "org:LAS", True, A, N, False),
      ("appeals", "107", "ARE/GOV", "IRN/GOV", False, A, N, True),
      ("appeals", "107", "org:GCC", "IRN/GOV", False, A, N, True),
      ("appeals", "107", "org:LAS", "IRN/GOV", False, A, N, True)],
     "United Arab Emirates (1996); 'The Islamic Republic of Iran has failed to heed the repeated ... appeals' = not "
     "responding to a call (guideline: 'failed to' negation; 'not respond to a call' = negated 030, not REJECT; "
     "README: 'has ignored the appeals' negated 030; set 112's 'refused to heed' was a 120 because of the explicit "
     "refusal verb, borderline here), one per coded appealer; 'appeals made by the United Arab Emirates, the Gulf "
     "Co-operation Council, ... the last Arab Summit meeting, the Council of the League of Arab States ... to "
     "settle the dispute through peaceful means' = request nouns of their named authors (README: the call itself a "
     "nominal request of its author) -> demand settling of dispute 107 to IRN/GOV, one per coded author: ARE/GOV, "
     "org:GCC, and org:LAS for both the Arab Summit and the League's Council (same code, same pair, coded once); "
     "'the Arab States of the Gulf' and 'the States parties to the Damascus Declaration' have no code and are "
     "dropped (guideline compound rule); the dispute = the three islands of the preceding text"),
 4: ([("never attacked", "190", "ALB", N, True, A, N, False),
      ("never threatened", "130", "ALB", N, True, A, N, False)],
     "Albania (1990); 'they' = the Albanian people through 'the thousands of years of their existence' (sentence "
     "before) -> the nation as a whole, bare ALB (guideline: bare country for historic wars; borderline "
     "ALB/CVL); 'have never attacked anybody, never provoked any aggressive war' = a denied military attack "
     "(README: 'have never gone to war against each other' a negated 190; guideline: 'never' negation), the two "
     "phrases one code and one pair, coded once (guideline: repeated mention); 'never threatened or encroached "
     "upon the security of their neighbours' -> negated 130, 'encroached upon' folded into it (borderline a "
     "second negated 190 or 192); the victims ('anybody', unnamed 'neighbours') -> target null (borderline not "
     "coded as a self-description of national character)"),
 5: ([("is pleased", "051", "SWZ/GOV", N, False, A, N, False)],
     "Eswatini (2014); 'The Kingdom of eSwatini is pleased that the framework for the post-2015 development agenda "
     "has taken into account those Millennium Development Goals that have not yet been met' -> 051 (README: 'we are "
     "pleased with' 051; set 112: 'I am all the more pleased that' 051 with no target), the framework's authors "
     "not named in the sentence (the Open Working Group of the text before) -> target null (borderline org:UNGA, "
     "or not coded as an evaluation of a document's content, as set 120's welcome of a theme); 'that have not "
     "yet been met' negates a goal's achievement, not an event"),
 6: ([("resumption of war", "190", N, "UKR", False, H, N, True)],
     "France (2016); 'we must do everything we can to ensure that the agreement is implemented' = the Minsk "
     "agreement of the text before; ensuring implementation is compliance, not coded (README: compliance "
     "uncoded); 'if we do not' negates that uncoded act; 'there will be renewed violence and perhaps even the "
     "resumption of war' = the predicted consequence of the condition -> hypothetical (guideline: if/would), a "
     "war noun with no agent in the sentence or the speech's framing (README: wars whose agent the speech never "
     "names have no source) -> 190 nominal with no source, to Ukraine, named in the sentence before ('a "
     "solution in Ukraine') -> bare UKR; 'renewed violence' is the same event, same code and pair, coded once "
     "(borderline not coded as a general warning, or a separate 180)"),
 7: ([], "Slovenia (2004): 'the danger of aggression by one country against another' = a generic type of threat, "
         "no actor; threats as risks (guideline); 'have not been limited to' negates no event"),
 # --- UNGDC 1990-2019 random: future
 8: ([("The signing", "057", "COG/GOV", "org:IMF", False, A, N, True)],
     "Congo (1996); 'The signing on 20 June of a strengthened structural adjustment mechanism with the International "
     "Monetary Fund' = an agreement noun naming its parties, the speaker's government and the IMF -> nominal 057 "
     "COG/GOV -> org:IMF (README: an agreement named by its parties a nominal 057; borderline 061 as set 118's "
     "IMF programme, or 071 for the ESAF loan); 'our people will support an economic and social recovery "
     "programme despite the many sacrifices it will entail' = 'support' in the sense of bearing the programme's "
     "costs (French 'supporter'), no act towards an actor, not coded (borderline a future 051 COG/CVL -> "
     "COG/GOV, as set 133's people's support for reform)"),
 9: ([("We intend to consolidate relations", "030", "PNG/GOV", N, False, F, N, False)],
     "Papua New Guinea (2002); 'We intend to consolidate relations with our close neighbours and give more emphasis "
     "to the promotion of trade and economic cooperation, investment, and education and training' = an intent "
     "to cooperate -> 030 future (guideline: 'plans to' future; sets 112, 119, 122: 'intends to' future; "
     "borderline asserted as set 113's 'We intend to join'), one event with the economic emphasis folded in "
     "(borderline a second future 0311); the neighbours are not named in the sentence or the text before (only "
     "'the Asia-Pacific region') -> target null (borderline AUS/GOV, IDN/GOV, SLB/GOV)"),
 10: ([("Honouring", "071", N, "SSD/GOV", False, H, N, False),
       ("pledges", "0331", N, "SSD/GOV", False, A, N, True),
       ("hosted", "043", "USA/GOV", N, False, A, N, False)],
      "South Sudan (2015); 'Honouring the numerous pledges ... will go a long way in enabling the current peace "
      "agreement to be fully implemented' = the delivery of pledged aid as the condition of a benefit -> 071 "
      "hypothetical (borderline demanded, as set 120's 'needs the pledges in Tokyo to be turned into cash', the "
      "sentence before reminding donors of unhonoured pledges), the donors unnamed -> no source, to the speaker's "
      "government SSD/GOV; 'the numerous pledges made in forums such as in Oslo in 2005 and 2014 and the "
      "International Engagement Conference' -> one nominal 0331 with no source (set 149: donors' commitment a "
      "nominal 0331 with no source; same code and pair, coded once), to SSD/GOV (borderline bare SSD, or "
      "SDN/GOV for the 2005 Oslo conference); 'hosted by the sisterly country of the United States in 2011' -> "
      "043 USA/GOV, a participle, not nominal, with no target (set 116: a meeting 'organized by the Government of "
      "Brazil' 043 with no target; borderline SSD/GOV, the conference's subject); 'the current peace agreement "
      "to be fully implemented' is compliance and the humanitarian aid a purpose, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("to voice our esteem", "051", "SYR/GOV", "org:UNGA", False, A, N, False)],
      "Syria (1993); 'I should also like on this occasion to voice our esteem to the President of the Assembly at "
      "its forty-seventh session, Mr. Stoyan Ganev, for the success he achieved during that session' = a "
      "performative praise of the outgoing President of the Assembly -> 051 asserted to org:UNGA (README: "
      "appreciation of an outgoing President of the General Assembly goes to org:UNGA; borderline BGR/GOV, or not "
      "coded as a sentiment like set 120's 'esteem of the international community', which was not voiced by the "
      "speaker)"),
 12: ([], "Namibia (2005): the General Assembly 'should play a critical role in the entire reform process' = a UN "
          "reform position (README: UN reform positions uncoded)"),
 13: ([], "Barbados (1999): 'The political stability of Barbados and the Caribbean region ... must never be taken for "
          "granted' = an evaluative deontic with no actor and no act"),
 14: ([], "Nauru (2006): 'we must be seen to be doing more, not seen to be talking more' = 'we' meaning all states "
          "(README: not coded), no specific act"),
 15: ([], "Iran (2003): 'We should also do more to strengthen verification of their implementation' = 'we' meaning "
          "all states parties of the three disarmament conventions (README: not coded), a general policy goal "
          "(borderline a demanded 090 with no source)"),
 16: ([], "Denmark (2007): 'Afghanistan must be one of the top priorities of the international community and of the "
          "United Nations' = a statement of priority, no behaviour (borderline a demanded 070 org:UN -> AFG)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Estonia (2002): a topic announcement ('the last topic that I wish to speak about') about development "
          "cooperation in general, no actor"),
 18: ([], "Burkina Faso (2014): 'the General Assembly gives us the opportunity to get together to discuss our "
          "concerns' = the annual meeting of all Member States, 'us' meaning all states (README: 'we met in Beijing' "
          "not coded); a habitual description of the Assembly's function"),
 19: ([], "Ireland (2008): 'The situation in the Sudan and the tragic suffering of the people of Darfur urgently "
          "demand our attention' = figurative 'demand', no request act; the suffering has no agent in the sentence"),
 20: ([], "Jamaica (1996): 'the tragic emergence of horrific levels of ethnic tension, regional instability and "
          "intra-State upheavals, which have threatened international peace and security' = agentless conditions "
          "in unnamed places; 'threatened' is a threat as risk (guideline: figurative)"),
 21: ([("has taken an active role", "046", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2014); 'Micronesia has taken an active role in the international sustainable development and "
      "climate change negotiation processes' = participation in multilateral negotiations -> 046 (set 112: "
      "Australia's role 'in negotiating the chemical-weapon convention' 046 with no target), the negotiating "
      "partners an uncoded collective -> target null (borderline 040 as set 112's Peru 'took part in the early "
      "stages of the process', or org:UN for the UNFCCC process)"),
 22: ([("encourage", "106", "MHL/GOV", N, False, A, N, False)],
      "Marshall Islands (2003); 'I would like to take this opportunity to encourage the international donor and "
      "development community to engage with the small island developing States in the preparatory process and to "
      "actively participate in the International Meeting' (the 2004 Mauritius meeting) = a request (README: "
      "'encourage ... to' a request, set 137's 102, set 169's 106), Y = taking part in a meeting and its "
      "preparations -> demand meeting 106, the addressees an uncoded collective -> target null (borderline "
      "generic 100, or not coded as a call with no coded addressee); 'would like to' performative -> asserted; "
      "Y not coded separately (guideline)"),
 23: ([("point at us", "150", "RUS/MIL", "GEO", False, A, N, False)],
      "Georgia (2011); 'We are more committed than ever to pursuing our path of reforms and to continuing to build "
      "our democracy' = domestic reform, not coded; 'even as the barrels of hostile tanks point at us just 40 "
      "kilometres away from our capital' = the Russian armed forces stationed in occupied South Ossetia, the agent "
      "plain from the speech ('the Russian Federation militarily occupies 20 per cent of sovereign Georgian "
      "territory'; README: an event noun or act whose agent is plain from the text around it is coded) -> a "
      "display of military force 150 (borderline 154 force posture, or 138; or not coded as a figurative image), "
      "the armed forces named as tanks -> RUS/MIL (guideline), 'us' = Georgia as a whole -> bare GEO (borderline "
      "GEO/GOV); the capital is a place"),
 24: ([("We commend", "051", "DMA/GOV", "org:UN", False, A, N, False),
       ("we strongly\nsupport", "051", "DMA/GOV", "org:UNSC", False, A, N, False),
       ("establishment of a multinational peacekeeping force", "074", "org:UNSC", "TLS/CVL", False, A, N, True)],
      "Dominica (1999); 'We commend the United Nations for its work in making the consultation possible' -> 051 to "
      "org:UN (guideline: commend 051); the work itself (UNAMET's organisation of the 30 August ballot) is not "
      "coded separately (borderline a nominal 070 org:UN -> TLS/CVL); 'we strongly support the decision of the "
      "Security Council to authorize the establishment of a multinational peacekeeping force to protect the "
      "people of East Timor' -> 051 to org:UNSC (README: welcoming a Council decision), plus the authorised force "
      "as a nominal 074 (set 135: the welcomed extension of the AU force's mandate a nominal 074; set 144), its "
      "source the authorising Council, since the sentence names no contributor (borderline source null, or "
      "AUS/GOV for INTERFET's lead nation), to the people it protects -> TLS/CVL (borderline bare TLS); 'as they "
      "seek to assert their right to self-determination' is no act towards an actor"),
 25: ([], "Ghana (2018): 'our vision of a Ghana and an Africa beyond aid' = a vision, no aid act asserted or denied"),
 26: ([("has\nratified", "057", "MLI/GOV", N, False, A, N, False),
       ("to manifest its support", "051", "MLI/GOV", N, False, A, N, False)],
      "Mali (1999); 'Mali has ratified the African Nuclear-Weapon-Free Zone Treaty - the Pelindaba Treaty' -> 057 "
      "with no target (README: joining the NPT and signing a ratification instrument 057 with no target; set 140: "
      "the Pelindaba signing coded for the speaker only; borderline org:AU); 'to manifest its support for the "
      "initiative to make Africa a nuclear-weapon-free zone' = the support the ratification itself manifests, so "
      "realised -> 051 asserted, the initiative's authors not named -> target null (borderline org:AU, or not "
      "coded as a purpose clause or an abstract position); 'I would recall' is the speaker's own statement"),
 27: ([], "Afghanistan (2005): 'We have to provide them with agricultural assistance, invest in irrigation, build "
          "roads and provide electric power and assistance in generating non-farm employment in rural areas' = "
          "the Government's domestic development programme for its own rural communities (README: domestic "
          "programmes uncoded; borderline a demanded 070 AFG/GOV -> AFG/CVL, as set 149's flood assistance 073)"),
 28: ([], "Solomon Islands (1992): sustainable development 'demand[s] relevant and cost-effective educational "
          "programmes' = figurative 'demand', a domestic education need, no actor"),
 29: ([("ongoing assistance", "070", N, "TON/GOV", False, A, N, True)],
      "Tonga (2003); a fragment cut by the splitter before its verb ('Secretariat have been a boon' follows); the "
      "support noun and its agents lie inside the sentence (set 142: a support noun whose agent lies inside the "
      "sentence is coded) -> nominal 070, realised and ongoing -> asserted; 'our traditional development partners "
      "and other organizations such as the Commonwealth and the Pacific Islands Forum (PIF)' are all without a "
      "code (set 120: the Pacific Islands Forum has no code; set 110: the Commonwealth dropped) -> source null "
      "(set 145: 'with the support of international partners' a nominal 070 with no source), 'our' -> TON/GOV "
      "(the counter-terrorism assistance of the sentence before)"),
 30: ([("I welcome", "051", "CZE/GOV", "org:UNGA", False, A, N, False)],
      "Czech Republic (2003); a fragment cut by the splitter, 'I welcome the President's intention to focus the' "
      "[Assembly's attention on the implementation of the outcomes of the United Nations summits] -> the welcome "
      "verb lies inside the sentence -> 051 to the President of the Assembly, org:UNGA (set 129: praise for the "
      "theme a President has chosen 051 to org:UNGA; set 157; borderline not coded, as set 120's welcome of a "
      "theme); the President's intention itself is not coded"),
 31: ([("recently signed", "057", "SSD/GOV", "SSD/REB", False, A, N, False),
       ("recently signed", "057", "SSD/GOV", "SSD/OPP", False, A, N, False),
       ("working on a national dialogue", "043", "SSD/GOV", "SSD/CVL", False, A, N, False)],
      "South Sudan (2018); 'the recently signed Revitalized Peace Agreement' = the agreement whose signatories the "
      "sentence before names (the Transitional Government of National Unity, the SPLM/A in Opposition, the South "
      "Sudan Opposition Alliance, former detainees; README: an agentless signing takes its parties from the "
      "sentence before) -> 057 from the document's own government (guideline: symmetric, from the document's "
      "government) to the armed SPLM/A-IO -> SSD/REB, and to the SSOA and former detainees -> SSD/OPP (one event "
      "for the pair); a participle, not nominal; 'since December 2015 we have been working on a national "
      "dialogue' = the Government convening a national dialogue with its people -> 043 SSD/GOV -> SSD/CVL (set "
      "137: people invited to discuss a draft charter 043 -> CVL; borderline 040, or not coded as a domestic "
      "process); 'grass-roots people-to-people peace initiatives' among unnamed communities, not coded"),
 32: ([], "Slovakia (2015): 'International terrorism ... is an increasingly alarming threat to global peace and "
          "security' = a threat as risk (guideline: figurative), no named actor"),
 33: ([("work", "050", "USA/GOV", "RUS/GOV", False, D, N, False)],
      "Italy (1995); 'It is essential that Europe, the United States and Russia work together to overcome the "
      "remaining difficulties in the way of a general cease-fire and a peace agreement' (Bosnia) = a deontic with "
      "no request verb (guideline: 'it is important to ...' demanded; README: 'it has become imperative to "
      "continue to support' demanded 050) -> cooperation 050 demanded, symmetric, coded once from the first-named "
      "coded party (guideline); 'Europe' is an uncoded collective and dropped from the compound (guideline: "
      "'Europeans' null; borderline org:EU, adding 050s with the EU); the cease-fire and peace agreement among the "
      "Bosnian parties are the purpose, not coded (borderline demanded nominal 0871 and 057)"),
 34: ([("supports the continuation", "051", "MDV/GOV", N, False, A, N, False),
       ("have been imposed", "163", N, "ZAF/GOV", False, A, N, False)],
      "Maldives (1991); 'my delegation supports the continuation of the international sanctions' = verbal support "
      "for a sanctions policy of unnamed imposers -> 051 with no target (README: voting for a treaty 051 with no "
      "target; borderline a demanded 163 null -> ZAF/GOV, or not coded as a policy position, as set 134's "
      "conditional support for lifting sanctions); 'the international sanctions that have been imposed on the "
      "racist regime' = realised sanctions (guideline: sanctions 163), the imposers an uncoded 'international' "
      "collective -> no source, the apartheid Government of 1991 -> ZAF/GOV; 'until the whole system of apartheid "
      "is totally dislodged' is an agentless future condition, not coded"),
 35: ([("hailed", "051", N, "USA/GOV", False, A, N, False),
       ("hailed", "051", N, "RUS/GOV", False, A, N, False),
       ("the agreement by Presidents Bush and Yeltsin", "057", "USA/GOV", "RUS/GOV", False, A, N, True),
       ("to cut", "087", "USA/GOV", "RUS/GOV", False, F, N, False),
       ("to cut", "087", "RUS/GOV", "USA/GOV", False, F, N, False)],
      "Mauritius (1992); 'the time has now come for all of us seriously to consider a comprehensive nuclear-test-ban "
      "treaty' = 'us' meaning all states, not coded; 'the international community hailed the agreement by "
      "Presidents Bush and Yeltsin' -> 051 with no source (README: praise from uncoded collectives 051 with no "
      "source), one per party; 'the agreement by Presidents Bush and Yeltsin in Washington D.C. in June' (the June "
      "1992 Joint Understanding) -> nominal 057 USA/GOV -> RUS/GOV, from the first-named, Washington a place; "
      "'to cut the number of long-range nuclear-missile warheads on the United States and Russian sides by about "
      "two thirds' = the agreed future reductions -> 087 future, one each way (set 139: a joint decision to cease "
      "arms supplies a nominal 057 plus a future act from each; set 162: the superpowers' destruction of weapons "
      "one 087 each way; borderline folded into the 057); 'Those developments lead us to assert' is the speech "
      "act"),
 36: ([], "Greece (2007): 'we need a more comprehensive concept of collective security ... entailing a commitment from "
          "all to promote sustainable development' = 'we' meaning all states (README: not coded), an abstract "
          "concept"),
 37: ([], "Tunisia (2001): 'our willingness to channel our efforts towards joint action, based on cooperation ... "
          "within the framework of our Organization' = 'our' meaning all Member States (README: not coded), a "
          "general condition"),
 38: ([("Belize appeals", "102", "BLZ/GOV", N, False, A, N, False)],
      "Belize (2008); 'Belize appeals to the international community through the United Nations for its continued "
      "solidarity and support' = a request (guideline: appeal -> 10x), Y = political solidarity and support in "
      "the territorial differendum with Guatemala (text before) -> demand policy support 102 (set 163: Belize's "
      "'seek the support of the United Nations' 102; borderline 103 for aid), the addressee the international "
      "community, uncoded -> target null; 'through the United Nations' names the channel, not the addressee "
      "(borderline org:UN, as set 134's appeal to 'this body' -> org:UNGA)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Botswana (2004): 'Structural reforms have not been confined to budgetary matters alone' = a description of "
          "domestic reforms, no act between actors"),
 40: ([("It was said", "112", N, "IRQ/GOV", False, A, N, False)],
      "Bolivia (2014); 'It was said that Iraq possessed large quantities of weapons of mass destruction' = the "
      "pre-war allegation, which the next sentence calls 'one of the biggest lies ever told' -> a speech act that "
      "is itself an accusation (guideline: a speech verb coded when it is itself a statement-type event; set 129: "
      "'some who had claimed that his intentions were ...' 112 with no source) -> 112, agentless -> no source "
      "(borderline USA/GOV from the sentence before, 'the interference by the United States of America in Iraq'), "
      "Saddam Hussein's Government of 2003 -> IRQ/GOV; the possession itself is a state, not an act, and not coded "
      "(borderline a nominal 154 IRQ/GOV reported by USA/GOV, as stockpiling WMD)"),
 41: ([], "Maldives (2017): 'we continue to make every effort for the common cause of humankind' = a self-description "
          "with no counterpart"),
 42: ([("to play our part as peace-makers", "039", "NGA/GOV", N, False, F, N, False)],
      "Nigeria (1990); 'We shall continue, as is [in] the past, to play our part as peace-makers' = an intent to "
      "mediate -> 039 future (guideline: future cooperative acts 03x; set 132: a future 'use their good offices' "
      "039 with no target), no conflict named in the sentence -> target null (borderline bare AGO and MOZ from "
      "the sentence before, or not coded as a self-description); 'as is [in] the past' presupposes past mediation, not "
      "coded separately"),
 43: ([], "Guinea-Bissau (1992): 'peace is possible if the parties to the conflict are imbued with the necessary "
          "political will' = a belief about unnamed parties' will, no act"),
 44: ([], "Singapore (1999): the Assembly President's 'long experience with the United Nations, first as a freedom "
          "fighter, now as Foreign Minister of Namibia, will stand us in good stead' = an evaluation of a person's "
          "career, a confident prediction (set 123: not coded); 'freedom fighter' is an agent description, not an "
          "event"),
 45: ([], "Germany (2005): a fragment cut by the splitter, 'In late November the parties to the United Nations' "
          "[Framework Convention ... will meet in Montreal]; the verb lies after the cut (README: fragments whose "
          "verb was cut away are left uncoded)"),
 46: ([], "Norway (2006): 'It [the United Nations] is also launching a Global Counter-Terrorism Strategy' = the "
          "adoption of a policy framework with no counterpart (borderline a 030 org:UN with no target)"),
 47: ([], "Luxembourg (2008): 'What better framework to do so than the United Nations?' = a rhetorical evaluation, "
          "no act"),
 48: ([], "San Marino (2012): 'Almost 5 million young people ... are affected by HIV' = a statistic, no actor"),
 49: ([], "Panama (2001): 'Panama reiterates the position it maintained during the Conference: that no State has the "
          "right to promote this deadly traffic' = a restated norm for all states (a 01x statement of position), "
          "no named state promoting the traffic (borderline a 111 or 120 with no target)"),
 50: ([], "Paraguay (2010): 'A new international financial architecture is needed' = a reform position, agentless"),
 51: ([], "Finland (1994): 'We need now to continue that work and to arrive at conclusions acceptable to all' = the "
          "Security Council reform work, 'we' meaning all Member States (README: UN reform positions and 'we' "
          "meaning all states not coded)"),
 52: ([], "Oman (2000): 'It is incumbent upon the international community to work together and redouble its efforts' "
          "= a deontic for an uncoded collective with no named counterpart, null-null, not coded (borderline a "
          "demanded 050 null -> null)"),
}
