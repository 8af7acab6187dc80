"""Hand annotations for the HUNDRED-AND-SIXTY-EIGHTH held-out event gold set (source of events-heldout168.jsonl).

Keyed by the row index of selection-heldout168.jsonl (output of select_bulk_sentence_heldout.py 168; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout168.jsonl \\
        --annotations annotations_heldout168 --output events-heldout168.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Panama (2009): 'we increased the salaries of all public officials and distributed $100 per month to senior "
         "citizens over the age of 70 who do not have a pension' = domestic wage and social-transfer policy of the "
         "Government towards its own officials and citizens, no act between political actors (held-out 134: "
         "domestic programmes left uncoded; borderline a 071 PAN/GOV -> PAN/CVL, as held-out 149's Haitian aid to "
         "flood victims 073); 'who do not have a pension' describes the recipients, not a negated event"),
 1: ([("Sanctions announced", "163", "org:OAS", "HTI/MIL", False, A, N, True),
      ("unwillingness", "120", N, "org:OAS", False, A, N, True)],
     "Grenada (1992); 'Sanctions announced by the Organization of American States' = the OAS embargo of 1991-92 "
     "against Haiti after the coup that ousted Aristide (preceding sentence) -> 163 (guideline) from org:OAS "
     "(held-out 28/29: org:OAS), aimed at the de facto military regime -> HTI/MIL (held-out 36/37: Cedras's junta "
     "HTI/MIL; borderline bare HTI), an event noun with its agent named in a participle phrase -> nominal (held-out "
     "158: 'sanctions imposed on them' nominal 163); 'have not produced the anticipated results' negates an effect, "
     "not the sanctions; 'the evident unwillingness of some countries to enforce the measures' = an explicit "
     "refusal (guideline: 'unwillingness to negotiate' is REJECT, negated false) -> 120, nominal, CAMEO having no "
     "12x sub-code for declining to apply sanctions, 'some countries' uncoded -> source null (held-out 98-101: "
     "'some countries, which refuse to give credit' 120 with no source), aimed at the OAS measures -> org:OAS "
     "(borderline HTI/MIL, or a negated 163 null -> HTI/MIL)"),
 2: ([], "United States (Obama, 2011): 'America does not expect to agree with every party or person who expresses "
         "themselves politically' = a stance towards unnamed speakers, no act (borderline a negated, hypothetical "
         "051 USA/GOV -> null); 'we will always stand up for the universal rights that were embraced by this "
         "Assembly' = an abstract policy position (guideline), and the Assembly's historic embrace of the rights "
         "(the Universal Declaration) has no counterpart, not coded"),
 3: ([("hosted by our country", "075", "ZMB/GOV", N, False, A, N, False)],
     "Zambia (2017); 'I assented to Zambia's Refugees Act of 2017' = domestic legislation, not coded (borderline "
     "0333 to the refugees); 'the displaced in the region who happen to be hosted by our country, Zambia' = Zambia's "
     "ongoing hosting of refugees, a passive with its agent named -> grant asylum 075 (held-out 6: admitting "
     "refugees 075; held-out 125: Chad 'receiving the refugees' 075), habitual -> asserted; the displaced come from "
     "unnamed countries of the region -> target null (held-out 125 coded one 075 per named group; borderline "
     "COD/CVL from outside knowledge, or uncoded as a relative-clause description); 'did not go far enough' bears "
     "on a law's scope, not a negated event"),
 4: ([("encouragement", "051", "NZL/GOV", N, False, A, N, False)],
     "New Zealand (1998); 'has taken some encouragement from statements made in this Hall in recent days' = like "
     "'we are encouraged by' (held-out 34/35: 051) -> 051, the statements' authors unnamed (the sentence before "
     "names only 'the nuclear testing in South Asia') -> target null (borderline IND/GOV and PAK/GOV, whose leaders "
     "announced CTBT adherence in that debate, from outside knowledge; or uncoded as a sentiment about 01x "
     "statements); 'hopes that 1999 will be the year in which all countries that have not yet done so will sign "
     "up' = an optative hope (held-out 7), and the non-signature of an open class is uncoded (held-out 117: 'all "
     "countries that have not yet done so' left its negated accession uncoded)"),
 5: ([("suggesting", "112", N, "HUN/GOV", False, A, N, False)],
     "Hungary (1992); 'those forces that do not tire of suggesting ... that the raising of such questions is meant "
     "only to conceal territorial demands' = unnamed nationalist forces in neighbouring states accusing Hungary, "
     "which raises the minority questions, of hidden territorial claims -> 112 (held-out 42/43: 'fallacious "
     "allegations' by 'certain quarters' a 112 with no source; held-out 156: a speech act that is itself an "
     "accusation), 'do not tire of' litotes -> asserted, habitual; source null (uncoded), target HUN/GOV; 'by way of "
     "whispered propaganda or spectacular and noisy demonstrations' = the means of the accusation, folded into it "
     "(borderline a nominal 141 with no source and no target); the alleged 'territorial demands' are the content "
     "of a claim the speaker rejects, with an uncoded author, not coded (borderline a nominal 1053 HUN/GOV); 'This "
     "example may be worth following' = an evaluation of the Austria-Italy settlement of the sentence before"),
 6: ([], "Guatemala (2009): 'countries have the freedom to arm themselves for defence, but I do not agree that our "
         "countries should be arms-trafficking corridors' = a general principle and a disagreement with a state of "
         "affairs, the traffickers unnamed; no act between actors (borderline 110 GTM/GOV with no target)"),
 7: ([], "Ghana (2001): 'it' = the Programme of Action of the UN small-arms conference, welcomed in the sentence "
         "before; 'does not respond to all of our concerns or meet all of our expectations' = an evaluation of a "
         "document, not a negated event (held-out 153: Liechtenstein's 'has not met our expectations' uncoded; "
         "borderline 110 to org:UN); 'will lead to an internationally binding instrument' = a prediction about an "
         "agentless process"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Finland (2001): 'When faced with threats our common values and democracy will only get stronger' = resolve "
         "and figurative threats (guideline: threat as risk), no actor"),
 9: ([], "Uzbekistan (2003): 'I am confident that this session will give new momentum to the joint efforts of Member "
         "States to counter the threats' = a confident prediction, i.e. a hope (held-out 123), about efforts of all "
         "Member States (an uncoded collective, 'we' meaning all states); not coded"),
 10: ([], "Nepal (2019): a research centre's report 'predicts that one third of glaciers ... will melt away' = a "
          "scientific prediction; 'even if we meet the 1.5 C commitment' = 'we' meaning all states (held-out 42/43), "
          "not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Mozambique (1996): 'Additional efforts should be made to prevent repetition of past experiences during the "
          "implementation of similar important initiatives' = an agentless deontic about implementing UN initiatives "
          "for Africa, no source, no target, no codable behaviour"),
 12: ([], "Nepal (1992): 'It is now universally recognized that ... the life-sustaining ecological systems must be "
          "preserved' = a general norm, no actor"),
 13: ([], "Belgium (1993): a quotation of 'a young Egyptian jurist' (Boutros-Ghali, 1961): 'To encourage assemblies of "
          "States ..., to play the role of bringing peoples together and to offer massive and constant aid to "
          "underdeveloped countries: these should be the primary objectives of the international organization' = a "
          "general maxim about the purposes of international organization, the beneficiaries an uncoded class; not "
          "coded (ex. 76 row 8: a maxim attributed to a thinker; borderline a demanded 070 org:UN -> null, reported "
          "by EGY/CVL)"),
 14: ([("calls on the United Nations", "102", "VEN/GOV", "org:UN", False, A, N, False),
       ("calling on the United States of America", "1044", "org:UNGA", "USA/GOV", False, A, N, False)],
      "Venezuela (2014); 'Venezuela also calls on the United Nations to support as closely and warmly as it can and "
      "enforce the decisions' = a request (guideline: call on -> 10x) to org:UN, Y = backing for and enforcement of "
      "existing decisions -> demand policy support 102 (borderline generic 100); 'the decisions calling on the United "
      "States of America to enforce and execute a decolonization plan for Puerto Rico' = the Special Committee on "
      "Decolonization's resolutions, an inanimate subject standing for its author (held-out 62-73), a General "
      "Assembly body -> org:UNGA (borderline org:UN), habitual; Y = decolonization, an institutional change -> 1044 "
      "(held-out 135: a resolution 'calling upon the United Kingdom to grant us our independence' 1044 from "
      "org:UNGA); the clause 'As we did at the CELAC summit in Havana' lies before the sentence"),
 15: ([("participate in the Stability Pact", "030", "YUG/GOV", N, False, D, N, False),
       ("we share the views", "051", "BIH/GOV", N, False, A, N, False),
       ("condition its participation", "1044", N, "YUG/GOV", False, A, N, False)],
      "Bosnia and Herzegovina (2000); 'the Federal Republic of Yugoslavia (FRY) should participate in the Stability "
      "Pact' = a deontic with no request verb (guideline) -> demanded; joining a regional cooperation framework -> "
      "030 (held-out 111: 'seeks to participate ... in initiatives for regional cooperation' 030; held-out 152: "
      "integration into European organizations 030), the FRY of 2000 -> YUG/GOV (held-out 26/27: a state that later "
      "dissolved keeps its code of the speech's date), the Pact having no code -> target null (borderline uncoded as "
      "a membership position); 'we share the views of those who ...' = agreement with others' position -> 051 "
      "(held-out 10/11: 'I agree with Merkel that' 051), 'those' unnamed -> target null; 'who condition its "
      "participation on the necessary democratic changes in that country' = a demand for political change in the "
      "FRY by unnamed states -> 1044 with no source, habitual (borderline 1041 leadership change, the changes meaning "
      "Milosevic's departure; or uncoded as a stance)"),
 16: ([("congratulate", "051", "DZA/GOV", "CHE/GOV", False, A, N, False)],
      "Algeria (2002); 'I should like also to congratulate Switzerland on its admission to full membership in our "
      "Organization' -> performative 051 to CHE/GOV; the admission itself is not coded (held-out 116: congratulating "
      "Switzerland on joining the UN 051 to CHE/GOV, the joining uncoded)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("commend", "051", "MOZ/GOV", "org:UNSC", False, A, N, False),
       ("to send a mission", "042", "org:UNSC", "IDN/GOV", False, A, N, False),
       ("with the cooperation of", "050", "IDN/GOV", "org:UNSC", False, A, N, True)],
      "Mozambique (1999); 'We nevertheless commend the decision taken by the Security Council' -> 051 to org:UNSC; "
      "'to send a mission to Jakarta and Dili' = the Security Council mission of September 1999, realised -> visit "
      "042 (guideline) from org:UNSC to the Government it went to see -> IDN/GOV (Jakarta and Dili being places; "
      "borderline a second 042 to bare TLS); 'the subsequent actions taken with the cooperation of the Government of "
      "Indonesia' = the Council's follow-up (the multinational force) with Indonesia's consent; the agentless "
      "actions are not coded (borderline a 074 org:UNSC -> TLS), and the cooperation noun naming its party -> "
      "nominal 050 IDN/GOV -> org:UNSC (held-out 10/11; borderline 0355 allowing international involvement)"),
 18: ([("suggested holding", "036", "TKM/GOV", "org:UN", False, A, N, False),
       ("participation of the Secretary-General", "042", "org:UN", "TKM/GOV", False, A, N, True)],
      "Turkmenistan (2017); 'the Government of Turkmenistan suggested holding the first United Nations Global "
      "Sustainable Transport Conference' = a proposal to host a meeting -> 036 asserted (held-out 143: Azerbaijan "
      "'proposing to host' 036; held-out 52/53: 'offered to host' 036), a UN conference -> org:UN (borderline target "
      "null); 'which took place in Ashgabat' = a venue, folded into the proposal (held-out 110: summits only 'held "
      "at' a venue uncoded; borderline 043 TKM/GOV -> org:UN); 'welcomed the participation of the Secretary-General' "
      "= a host's welcome of a visiting official, which codes the visit and not the welcome (held-out 12/13: "
      "'welcome Secretary Blinken to Delhi' 042 to the country) -> nominal 042 org:UN -> TKM/GOV (borderline 040, as "
      "held-out 122's attendance at a regional meeting, or a 051 welcome)"),
 19: ([], "Singapore (1994): 'Each Member State also has the chance to scrutinize the budgetary implications ... and to "
          "negotiate a consensus with other Member States' = a description of budgetary practice for all Member "
          "States, no act"),
 20: ([("in cooperation with", "050", "ALB/GOV", "org:UNDP", False, A, N, True),
       ("in cooperation with", "050", "ALB/GOV", "org:UNICEF", False, A, N, True),
       ("in cooperation with", "050", "ALB/GOV", "org:UN", False, A, N, True)],
      "Albania (2007); 'We are successfully implementing a number of very important programmes in cooperation with "
      "the United Nations Development Programme (UNDP), UNICEF and many other United Nations agencies' = a "
      "cooperation noun naming its parties -> nominal 050 per party (held-out 10/11; guideline compound split; "
      "borderline 061, as held-out 149's UNDP country cooperation framework), org:UNDP and org:UNICEF; 'many other "
      "United Nations agencies' -> org:UN (held-out 133: 'the various United Nations bodies' org:UN; borderline "
      "dropped); the programmes themselves are domestic"),
 21: ([("call for", "1056", "ESP/GOV", N, False, A, N, False)],
      "Spain (2016); 'We hope and call for another cessation of hostilities' = a request (guideline: call for -> "
      "10x) for a new ceasefire in Syria after the breach of the September 2016 agreement (preceding sentence) -> "
      "1056; the warring parties are not named in the sentence or the paragraph -> target null (held-out 117: "
      "joining a call 'for an immediate reduction in tension' 1056 with no target; borderline SYR/GOV and SYR/REB); "
      "'hope' is optative and folded into the call"),
 22: ([("interventions", "190", N, "AFG", False, A, N, True),
       ("interventions", "190", N, "IRQ", False, A, N, True),
       ("threats", "130", N, "IRN", False, A, N, True)],
      "Bolivia (2010); 'it is important to put an end to the acts of aggression, to the interventions in such "
      "countries as Afghanistan and Iraq, and to the threats to Iran' = an agentless deontic 'put an end to', left "
      "uncoded (held-out 123: an agentless 'urgent to put an end to confrontation and violence' uncoded; borderline a "
      "demanded 087 per country); the realised acts it names are coded: 'the interventions' = military intervention "
      "190 (held-out 10/11), one per named country, bare AFG and IRQ (guideline: target of an invasion); 'the threats "
      "to Iran' -> nominal 130 to bare IRN (held-out 116: 'repeated threats to our security' 130 to bare BLZ; "
      "borderline 138); the speech never names the intervening or threatening state (it criticises the United "
      "States only for decertification and nuclear arsenals) -> source null (earlier sets: wars and sanctions whose "
      "agent the speech never names have no source; borderline USA/GOV from outside knowledge); 'the acts of "
      "aggression' names no agent or victim, not coded separately"),
 23: ([("commend", "051", "NPL/GOV", "org:UN", False, A, N, False)],
      "Nepal (2006); 'I commend the role played by the outgoing Secretary-' = a fragment whose object the splitter cut "
      "off but whose verb lies in the sentence; the text after completes it as 'General, Mr. Kofi Annan' (held-out "
      "102-109: coded from the text after the cut) -> 051 to the Secretary-General -> org:UN (held-out 48/49)"),
 24: ([], "Lesotho (2002): 'Africa as a whole needs unconditional support in many other areas' = a statement of need "
          "for a continent, which has no code, from unnamed providers -> null-null, not coded (held-out 54-61: acts "
          "between uncoded collectives; borderline a demanded 070 null -> LSO/GOV, Lesotho being part of Africa)"),
 25: ([("contribution to United Nations monitoring", "074", "EST/GOV", "LBN", False, A, N, True),
       ("contribution to United Nations monitoring", "074", "EST/GOV", "ISR", False, A, N, True),
       ("teams in Afghanistan", "074", "EST/GOV", "AFG", False, A, N, True),
       ("substantive presence", "074", "EST/GOV", "XKX", False, A, N, True),
       ("assistance in training", "070", "EST/GOV", "IRQ/COP", False, A, N, True),
       ("participation in stabilizing Iraq", "074", "EST/GOV", "IRQ", False, A, N, True)],
      "Estonia (2005); a list of Estonia's contributions, each an event noun with 'our' as agent -> nominal; 'our "
      "long-term contribution to United Nations monitoring on the Israeli-Lebanese border' = observers in UNTSO -> "
      "074 to the host countries of the border it monitors, one each to bare LBN and ISR (held-out 48/49: troops in "
      "UNIFIL 074 to the host country; borderline LBN only, or org:UN); 'our explosives-detecting teams in "
      "Afghanistan' = the contingent in ISAF -> 074 to bare AFG (held-out 48/49: ISAF 074 to the host; borderline "
      "source EST/MIL for the teams); 'our substantive presence ... in Kosovo' = KFOR -> 074 to XKX (guideline: "
      "Kosovo XKX); 'our assistance in training the new Iraqi police force' -> aid 070 to IRQ/COP (ex. 77 row 39: "
      "'help train judges and police' 070; borderline 072 or 062); 'our participation in stabilizing Iraq' = the "
      "contingent in the multinational force -> 074 to bare IRQ (borderline 062 with USA/GOV, or 190); 'my country's "
      "contribution to common efforts' sums up the list, not coded again"),
 26: ([("emphasize our solidarity", "051", "BHR/GOV", "MAR/GOV", False, A, N, False)],
      "Bahrain (2019); 'we wish to emphasize our solidarity with the continuous efforts being made by the sisterly "
      "Kingdom of Morocco to reach a political solution to the issue of the Moroccan Sahara' = verbal support for a "
      "named government's efforts ('stand with' is 051 throughout, held-out 22/23; ex. 76 row 21: support for "
      "Morocco's autonomy initiative 051 to MAR/GOV), 'wish to' performative -> asserted; the efforts themselves are "
      "too vague to code (borderline 037 MAR/GOV -> ESH/REB); 'the keen interests ... to support security and "
      "stability' is an abstract position"),
 27: ([], "India (2015): 'its support for global, non-discriminatory and verifiable nuclear disarmament is "
          "undiminished' = an abstract policy position (guideline), no counterpart; 'As a nuclear-weapon State' is a "
          "status"),
 28: ([("stood shoulder to shoulder with", "051", "TWN/GOV", "KNA/GOV", False, A, N, False),
       ("stood shoulder to shoulder with", "051", "TWN/GOV", "KNA/CVL", False, A, N, False),
       ("commitment to support", "033", "TWN/GOV", "KNA/GOV", False, A, N, True)],
      "Saint Kitts and Nevis (2016); 'Taiwan has stood shoulder to shoulder with the Government and the people of "
      "Saint Kitts and Nevis' = an idiom of 'stand with' -> 051 (held-out 22/23: 'stand with' is 051 throughout), "
      "Taiwan = its Government (TWN/GOV), one event per named addressee, KNA/GOV and KNA/CVL (guideline compound "
      "split; borderline 070, given 'the tangible support' of the sentence before); 'remains steadfast in its "
      "commitment to support our determination to meet our people-empowerment agenda' = a commitment stated as a "
      "fact (held-out 46/47: asserted 03x), the support being material aid (sentence before and after: 'tangible "
      "support', 'their help') -> intent to provide material aid 033, nominal, to the speaker's government "
      "(borderline 032, or 0331)"),
 29: ([("appeals for", "103", "TGO/GOV", N, False, A, N, False)],
      "Togo (2009); 'Togo therefore appeals for international cooperation, and in particular for assistance from the "
      "wealthy countries and competent organizations, in eradicating this phenomenon' (drug trafficking) = a request "
      "(guideline: appeal -> 10x); one request with two demands takes the more specific (held-out 9) -> aid 103 "
      "(borderline 1011 for the cooperation, or 1032 for security aid); the wealthy countries and competent "
      "organizations are unnamed -> target null"),
 30: ([("we support", "051", "MDG/GOV", "org:UN", False, A, N, False)],
      "Madagascar (2001); 'Of course, we support the first global Programme of Action that was adopted' = support for "
      "the Programme of Action of the UN small-arms conference (sentence before) -> 051 to org:UN (held-out 120: the "
      "welcome of that Programme of Action goes to org:UN; borderline uncoded as an abstract position); 'that was "
      "adopted' is an agentless adoption, not coded"),
 31: ([("exchange of views", "040", "TON/GOV", "org:UN", False, A, N, True)],
      "Tonga (2012); 'the meeting allowed for an exchange of views on issues of mutual import and concern between PIF "
      "leaders and the Secretary-General' = a meeting noun naming its parties -> nominal 040 (guideline: meet/discuss "
      "040); the Pacific Islands Forum has no code (held-out 120) and the only member the document names is the "
      "speaker, who took part -> source TON/GOV (held-out 145: the 3G Group's meetings coded from the speaker only; "
      "borderline source null), the Secretary-General -> org:UN; a symmetric meeting coded once (guideline); 'The "
      "important outcome of the meeting provides a stronger and regular basis for high-level interaction' = an "
      "evaluation, and 'the meeting' an anaphoric event noun, not coded separately"),
 32: ([], "Jordan (2000): 'It also requires action to reduce differences, rectify economic imbalances and help "
          "developing countries adjust their economies' = an agentless statement of need whose beneficiaries are an "
          "uncoded class, null-null, not coded (borderline a demanded 070 null -> null)"),
 33: ([("we thank", "051", "BRN/GOV", "QAT/GOV", False, A, N, False),
       ("warmly welcome", "051", "BRN/GOV", "org:UNGA", False, A, N, False)],
      "Brunei Darussalam (2011); 'Thus we thank the President, as its representative' = thanks to Al-Nasser as the "
      "representative of Qatar, for Qatar's mediation efforts praised in the sentence before ('its' = Qatar) -> 051 "
      "to QAT/GOV (guideline: thank 051; borderline org:UNGA); 'and warmly welcome him to the General Assembly as the "
      "representative of us all' = a welcome of the new President of the Assembly -> 051 to org:UNGA (held-out "
      "48/49: commending the Assembly President's election 051 to org:UNGA); two addressees, two events"),
 34: ([("support and praise", "051", "GNQ/GOV", "org:UN", False, A, N, False),
       ("efforts of the Secretary-General", "045", "org:UN", "CYP/GOV", False, A, N, True)],
      "Equatorial Guinea (1991); 'We resolutely support and praise the efforts of the Secretary-General with regard to "
      "the situation in Cyprus' = verbal support and praise, one 051 (same code and pair) to org:UN (held-out 48/49); "
      "the Secretary-General's efforts on Cyprus = his good offices between the two communities -> nominal mediation "
      "045 (held-out 158: the P5's 'efforts' a nominal 045), to CYP/GOV, the Turkish Cypriot leadership having no "
      "code (held-out 4; borderline the efforts left uncoded as too vague)"),
 35: ([], "Yemen (2010): 'At that meeting, it was reiterated that it was necessary to strengthen cooperation among its "
          "member States' = an agentless statement (01x) of a ministerial meeting Yemen hosted (sentence before), whose "
          "content is a deontic about cooperation among the association's unnamed members, null-null, not coded "
          "(borderline a demanded 050 among org:ASEAN members, the text naming ASEAN); the listed fields and 'efforts "
          "to combat epidemics ... and piracy' have no agent"),
 36: ([("commends", "051", "UGA/GOV", "org:UN", False, A, N, False)],
      "Uganda (1996); 'Uganda commends various initiatives taken by the' = a fragment cut by the splitter whose verb "
      "lies in the sentence; the text after completes the object as 'United Nations to eradicate poverty' (held-out "
      "102-109: coded from the text after the cut) -> 051 to org:UN; the initiatives themselves (the Social Summit, "
      "UN-NADAF, the System-wide Special Initiative) lie after the cut, not coded"),
 37: ([("committed genocide", "202", "RWA/GOV", "RWA/CVL", False, A, N, False)],
      "Rwanda (1999); 'the criminals who committed genocide in Rwanda' and 'the Government that organized the "
      "genocide' = the 1994 genocide, one event mentioned twice (guideline: a repeated mention coded once) -> mass "
      "killing 202 (guideline), by the Government of the time and its 'acolytes' -> RWA/GOV (held-out 118: the "
      "'genocidal State' of 1994 RWA/GOV; held-out 5: office at the time), to the victims -> RWA/CVL; 'the "
      "difficulties involved in arresting the criminals' = a generic difficulty, no realised arrest by a named "
      "agent (the arrests are in the next sentence), not coded (borderline 173 with no source to RWA/REB); the "
      "Government 'fell' and its acolytes 'scattered' are no acts between actors"),
 38: ([("has imposed", "163", "USA/GOV", "CUB", False, A, N, False),
       ("has condemned", "111", "org:UNGA", "USA/GOV", False, A, N, False)],
      "Zambia (2010); 'the embargo that the United States has imposed on Cuba' -> 163 (guideline: sanctions; "
      "held-out 146: the embargo 'imposed by the most powerful nation on Earth' 163 USA/GOV -> bare CUB), verb in a "
      "relative clause -> not nominal; 'which the United Nations has condemned through numerous General Assembly "
      "resolutions' -> 111 (guideline), the UN acting through Assembly resolutions -> org:UNGA (held-out 36/37: a "
      "General Assembly resolution stands for org:UNGA; borderline org:UN), aimed at the embargo's imposer -> "
      "USA/GOV; 'has caused untold hardship to the people of Cuba' is an effect, not a second event"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Botswana (2000): 'the struggle for peace and against war remains an all-consuming preoccupation' = a "
          "description of a continent, no actor"),
 40: ([], "Portugal (1991): 'solidarity among the various countries and the United Nations can alleviate the "
          "suffering of millions' = a generic possibility among unnamed countries (an uncoded collective), no "
          "realised act (borderline a hypothetical 050 null -> org:UN)"),
 41: ([], "Gambia (2016): 'the Islamic Republic of the Gambia registered significant progress in its development "
          "agenda' = domestic progress, no act between actors"),
 42: ([], "Eritrea (2017): 'it has faced the full brunt of an unfair and unjust international order' = figurative, no "
          "named agent (borderline a 170 with no source to ERI/GOV, the sanctions being implied)"),
 43: ([], "Micronesia (1992): 'The establishment of the commission on sustainable development is a landmark "
          "achievement of the United Nations Conference' = the creation of a UN body, an internal UN institutional "
          "act (held-out 54-61: UN reform positions uncoded), and an evaluation; 'we see realistic hopes' optative"),
 44: ([("petitioned", "1056", "MHL/CVL", "org:UN", False, A, N, False)],
      "Marshall Islands (2011); 'Marshallese leaders petitioned the United Nations to put a halt to the testing of "
      "nuclear weapons' = the 1954 petition to the Trusteeship Council (the text after names its resolutions) -> a "
      "request (guideline), Y = ending the nuclear tests -> de-escalation 1056 (held-out 155: a call for a permanent "
      "end to nuclear testing 1056), to org:UN; the leaders of a Trust Territory with no government of its own in "
      "1954 -> MHL/CVL (held-out 5: historic acts coded as at the time; borderline MHL/GOV); the testing itself is "
      "the request's Y, not coded separately (guideline)"),
 45: ([], "Belarus (2015): 'Belarus does not claim to have ready-made recipes' and 'we sincerely believe that the "
          "answer lies in ... ideas that were proposed ... by the founders of the United Nations' = beliefs, no act"),
 46: ([], "Bhutan (1994): a fragment cut by the splitter, 'General, Mr. Boutros Boutros-Ghali, for his distinguished "
          "leadership'; the verb 'pay a tribute to' lies before the cut and the sentence holds no support noun, so it "
          "is left uncoded (held-out 102-109: fragments whose verb was cut away uncoded; borderline 051 BTN/GOV -> "
          "org:UN)"),
 47: ([], "Sweden (2009, for the EU): 'Through globalization, hundreds of millions of people have been lifted out of "
          "poverty; information, ideas and inventions shared' = agentless outcomes of a process, no act"),
 48: ([], "Portugal (2002): 'Those steps, along with free elections and a modern economic framework, will surely "
          "strengthen peace and democracy in that country' (Angola) = a prediction about the effect of steps named "
          "in the sentence before, no act (borderline a future 070 null -> AGO)"),
 49: ([], "Myanmar (1990): 'Your unanimous election to this high office is an expression of the confidence of the "
          "entire membership' = the Assembly's election of its President (CAMEO has no election code) described as a "
          "sentiment (held-out 120: the 'esteem of the international community' for an Assembly President uncoded; "
          "borderline a nominal 051 org:UNGA -> MLT/GOV, as held-out 114's 'reflected the satisfaction of the "
          "international community')"),
 50: ([("it is sad that", "110", "CRI/GOV", N, False, A, N, False)],
      "Costa Rica (2006); 'While it is sad that the richest nations, through military spending, are denying "
      "development opportunities to the poorest, it is sadder still that the poor are complicit in destroying their "
      "own future' = the speaker's disapproval, a verb phrase like 'it is regrettable' and 'it is unfortunate' "
      "(held-out 145: 110), with 'sadder still' the same act towards another uncoded group -> one 110 with no target "
      "(held-out 156: Palau's 'find this practice unacceptable' 110 with no target; borderline uncoded as a "
      "generalisation, as held-out 129's 'generalisation about sanctions'); the 'denying' is the opportunity cost "
      "of arms spending (the Eisenhower quotation before), figurative and between uncoded collectives, not coded"),
 51: ([("alleviation of the suffering", "073", "org:OSCE", N, False, A, N, True),
       ("promotion of", "045", "org:OSCE", N, False, A, N, True),
       ("observer missions", "074", "org:OSCE", N, False, A, N, True)],
      "Austria (2000, as OSCE Chair); 'The OSCE effectively contributes to the alleviation of the suffering of the "
      "civilian population in this region, the promotion of political dialogue between warring parties and the "
      "monitoring of post-conflict arrangements through observer missions' = three habitual activities of org:OSCE, "
      "each an event noun with the OSCE as agent -> nominal: humanitarian relief 073 (borderline 070), mediation 045 "
      "for promoting dialogue between warring parties (held-out 54-61: a facilitation of an organisation 045; "
      "borderline 040), and monitoring through observer missions 074 (an earlier set: UN personnel stationed to "
      "verify peace agreements 074; borderline uncoded as held-out 145's monitoring, 090 mapping to ACCUSE); 'this "
      "region' = the Caucasus and Central Asia (sentence before), regions with no named country, and the warring "
      "parties unnamed -> target null for all three (borderline one event per Caucasus conflict named elsewhere)"),
 52: ([("unification of the two German States", "050", "DEU/GOV", "DDR/GOV", False, H, N, True)],
      "Ukraine (1990, the Ukrainian SSR); 'The unification of the two German States has become possible' = a merger "
      "noun naming its parties, which CAMEO has no code for -> nominal 050 (held-out 102-109: 'the two Koreas are "
      "moving towards reunification' 050), from the Federal Republic, the document's order giving none -> DEU/GOV "
      "-> DDR/GOV (held-out 118: the GDR of 1990 DDR/GOV); 'has become possible', a month before 3 October 1990, "
      "states a possibility -> hypothetical (borderline future, the Unification Treaty being signed; or uncoded, as "
      "held-out 149's German reunification used as a time marker; or 057)"),
}
