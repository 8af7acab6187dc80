"""Hand annotations for the HUNDRED-AND-FIFTY-SECOND held-out event gold set (source of events-heldout152.jsonl).

Keyed by the row index of selection-heldout152.jsonl (output of select_bulk_sentence_heldout.py 152; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout152.jsonl \
        --annotations annotations_heldout152 --output events-heldout152.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Australia (2005): 'It is not acceptable ... that we have not started negotiations on a fissile material "
         "cut-off treaty' = 'we' meaning all states (the Conference on Disarmament's membership; README: 'we' meaning "
         "all states is not coded), so the non-start of negotiations is no negated event of a coded actor (borderline "
         "a negated 046 AUS/GOV with no target); 'It is not acceptable' is an evaluation of that situation with no "
         "target (borderline 110 with target null); the treaty's effects are hypothetical descriptions"),
 1: ([("international assistance", "070", N, "CRI/GOV", False, A, N, True)],
     "Costa Rica (2011); 'have still not been able to consolidate it to the point of dispensing with international "
     "assistance' = the negation bears on the consolidation of development, and presupposes the assistance Costa Rica "
     "still receives -> an aid noun whose agent is the uncoded international community -> nominal 070 with no source "
     "to the speaker's government, habitual -> asserted (held-out 34 row 38: 'reliant on the assistance of others' a "
     "nominal 070 with no source; borderline demanded, as a statement of need, or not coded as a description of "
     "dependence); 'We have made progress in development' is domestic"),
 2: ([], "Equatorial Guinea (2013): 'We have never seen any country in the world accept democracy when it was imposed "
         "on it' = a generalisation about uncoded countries and an agentless imposition, no act between named actors "
         "(README: generalisations left uncoded; borderline a nominal 170 with no source); 'never' bears on the "
         "speaker's observation, not on an event"),
 3: ([("expresses its readiness", "032", "MKD/GOV", N, False, A, N, False),
      ("calls for the acceleration", "102", "MKD/GOV", N, False, A, N, False),
      ("have not yet done", "050", "MKD/GOV", N, True, A, N, False)],
     "The former Yugoslav Republic of Macedonia (2000); 'expresses its readiness' to establish diplomatic relations = "
     "readiness stated as a fact -> 03x asserted (README: 'stands ready to engage' 03x asserted), the intent form of "
     "diplomatic cooperation -> 032 (borderline 030), the other States Members an uncoded class -> target null; "
     "'calls for the acceleration of the process of establishing diplomatic relations' = a request (guideline: call "
     "for -> 10x) whose Y is diplomatic cooperation -> 102 (establishing relations being 050 in earlier sets: "
     "re-establishment of diplomatic relations a nominal 050), addressed to the same uncoded class -> target null "
     "(borderline not coded as a call with no named addressee); 'with which we have not yet done so' = the speaker's "
     "own realised non-event (held-out 76 row 2: a relative 'have not yet joined' coded beside the call, negated) -> "
     "negated 050 with no target (borderline not coded, the class being open-ended)"),
 4: ([("its demands", "100", "ISR/GOV", N, False, A, N, True)],
     "Egypt (1998); 'it' = Israel (the sentence before: Israel believes it can 'impose its exaggerated demands on the "
     "Arab parties'); 'its demands' = an event noun whose agent is Israel, and the demands are asserted by the speaker "
     "in the sentence before (set 114: an act presupposed inside a complement of 'believing' is coded) -> nominal "
     "generic 100 (README: 'Israel's insistence on a peace' a nominal 100), the Arab parties an uncoded collective "
     "-> target null (borderline PSE/GOV and SYR/GOV, or not coded inside the attributed belief); 'no person, no "
     "Government and no State would be able to stand in its way, pressure it or refuse its demands' = hypothetical "
     "acts of nobody inside Israel's belief, not coded (borderline a negated hypothetical 170 and 120 with no source "
     "to ISR/GOV, reported by ISR/GOV)"),
 5: ([("have been agreed", "057", "ISR/GOV", "PSE/GOV", False, A, N, False)],
     "Slovakia (2013); 'A number of binding agreements and resolutions have been agreed on to date' = an agentless "
     "passive whose parties come from the sentence before ('the renewal of talks between Israel and Palestine'; "
     "README: an agentless 'A peace settlement has been signed' takes its parties from the sentence before) -> "
     "agreements concluded 057, symmetric, from the first-named, Palestine's negotiating authority -> PSE/GOV; the "
     "resolutions (adopted by UN organs, not the parties) are not coded separately; borderline not coded, as "
     "agreements whose parties the sentence itself does not name (sets 129, 141); 'have not been sufficiently complied "
     "with' = compliance, and a matter of degree, not coded (set 131: compliance not coded; borderline a 128 "
     "ISR/GOV -> PSE/GOV)"),
 6: ([("to support all Council resolutions", "051", "MYS/GOV", "org:UNSC", False, A, N, False),
      ("the invasion", "192", "IRQ/GOV", "KWT", False, A, N, True),
      ("could never condone", "111", "MYS/GOV", "IRQ/GOV", False, A, N, False)],
     "Malaysia (1990); 'acted accordingly as a Security Council member to support all Council resolutions pertaining "
     "to the invasion' = Malaysia's votes for the Gulf-crisis resolutions -> 051 to org:UNSC (README: 'Supported it' "
     "(a General Assembly resolution) a 051 to org:UNGA; voting for a treaty 051); 'the invasion' = the invasion of "
     "Kuwait of the sentence before, its agent plain from the text around it (README: an event noun whose agent is "
     "plain only from the text around it is coded; the speech names Iraq elsewhere) -> nominal 192 IRQ/GOV -> bare "
     "KWT (guideline: invade 192, target of an invasion the country; borderline source null); 'a violation of "
     "international law which we could never condone' -> the speaker's 111 (README: 'cannot be condoned' is the "
     "speaker's 111; 'could' is no hypothetical here) to Iraq, the invader (borderline target null, or 110); 'stood "
     "firmly by the principles' is a stance"),
 7: ([("continues to refuse to", "128", "ISR/GOV", N, False, A, N, False)],
     "Lebanon (2012); 'it continues to refuse to ratify the Treaty on the Non-Proliferation of Nuclear Weapons' = an "
     "explicit refusal (guideline: REJECT, negated false) to join a treaty -> 128, as the first set's 'refuses to "
     "ratify' (128, target null), habitual -> asserted (borderline 120, or a negated 057); 'possess nuclear weapons' "
     "is a state, not coded (borderline a 154); 'an ongoing threat to peace and security' is figurative (guideline: "
     "threat as risk); 'we should remember' is the speaker's own statement"),
 # --- UNGDC 1990-2019 random: reported
 8: ([], "Mexico (2012): 'We also said that ... the authorities of those countries have the moral obligation to explore "
         "every possible means to eliminate the astronomical financial gains of criminals' = the Tuxtla leaders' Mérida "
         "Declaration; the speech verb is not coded (guideline), and the deontic's content is domestic regulatory "
         "policy of uncoded consumer countries against uncoded criminals, no codable behaviour between actors "
         "(guideline: a demanded Y that is not a codable behaviour is not coded; borderline a 1042 MEX/GOV with no "
         "target)"),
 9: ([("Greece supports the efforts of", "051", "GRC/GOV", "CYP/GOV", False, A, N, False),
      ("negotiations with the Turkish Cypriot community", "046", "CYP/GOV", N, False, A, N, True),
      ("under United Nations auspices", "045", "org:UN", "CYP/GOV", False, A, N, True)],
     "Greece (2012); 'Greece supports the efforts of the Government of the Republic of Cyprus' -> verbal support 051 "
     "(guideline) to CYP/GOV; 'to pursue negotiations with the Turkish Cypriot community' = the ongoing 2012 talks -> "
     "a negotiation noun with its agent named -> nominal 046 from CYP/GOV, the Turkish-Cypriot side having no code "
     "(held-out 4: the Turkish-Cypriot leadership has no code; held-out 77 row 20) -> target null (borderline CYP/CVL "
     "for 'community'); 'under United Nations auspices' = UN good offices -> nominal 045 (README: UN mediation of "
     "talks a nominal 045 to each party) to CYP/GOV, the uncoded party dropped; 'according to United Nations "
     "resolutions' = in accordance with, not attribution (guideline); EU membership and the EU presidency are "
     "statuses"),
 10: ([], "Georgia (1995): 'First among them should be an introduction of severe economic and other sanctions according "
          "to Articles 41 and 42 of Chapter VII' = a general proposal on how UN resolutions should treat unnamed "
          "persons, organizations or regimes guilty of disrupting peace processes (the sentence before), a norm on "
          "sanctions policy with no named target (set 129: a generalisation about sanctions left uncoded); Abkhazia "
          "comes only afterwards as 'a relevant example'; borderline a demanded nominal 163 org:UNSC -> GEO/REB"),
 11: ([("agree with what the Secretary-General said", "051", "POL/GOV", "org:UN", False, A, N, False)],
      "Poland (2002); 'We fully agree with what the Secretary-General said' = endorsement of the Secretary-General's "
      "statement -> 051 to org:UN (set 134: 'We have to wholeheartedly agree with him' (the Secretary-General) an "
      "asserted 051 to org:UN; README: 'I agree with Merkel that' 051; borderline an uncoded 01x statement); the "
      "content 'we can only succeed if we make full use of multilateral institutions' ('we' all states) is no act"),
 # --- UNGDC 1990-2019 random: future
 12: ([("Spain signed it", "057", "ESP/GOV", N, False, A, N, False),
       ("will ratify it", "030", "ESP/GOV", N, False, F, N, False)],
      "Spain (1990); 'it' = the Convention on the Rights of the Child (the sentence before); 'Spain signed it early in "
      "the year' = signing a multilateral treaty -> 057 with no target (README: signing a ratification instrument 057 "
      "with no target; joining the NPT 057 with no target); 'will ratify it as soon as the appropriate parliamentary "
      "procedures have been concluded' -> a future 030 with no target (README: 'will be ratified' a future 030; set "
      "119: 'intends to sign the Statute' a future 030; borderline a future 057); the parliamentary procedures are "
      "domestic and conditional, not coded (borderline a hypothetical 057 from ESP/LEG)"),
 13: ([], "El Salvador (2004): 'We know that no Government effort will be effective without the cooperation of all "
          "sectors in our country' = a generic conditional about domestic governance, no particular act (set 144: a "
          "domestic focus 'with the support of the private sector' left uncoded; borderline a demanded nominal 050 "
          "SLV/CVL -> SLV/GOV, following held-out 77 row 13's 'will need the cooperation of its development "
          "partners')"),
 14: ([("that support", "070", N, "ISR/GOV", False, D, N, True)],
      "Israel (2000); 'Peace needs the advice of the international community and it will need that support to cement "
      "peace' = a statement of need (README: statements of need are demanded aid with no source to the speaker's "
      "government) whose beneficiary is the peace between Israel and its neighbours, the speaker's government a party "
      "-> demanded nominal 070 (the advice folded into 'that support', one event), the international community "
      "uncoded -> source null, to ISR/GOV (set 119: a strategy's financing needs a demanded 071 to the strategy's "
      "government; borderline a second 070 to PSE/GOV, or not coded as a need of an abstraction)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "South Africa (2011): 'We should defend the independence and impartiality of the United Nations and promote "
          "the principles of its Charter' = a hortative with 'we' meaning all Member States (README: 'we' meaning all "
          "states not coded), about the Organization's standing, no codable act (borderline a demanded 052 ZAF/GOV "
          "-> org:UN)"),
 16: ([], "Russian Federation (2000): 'The OSCE, the Council of Europe and the United Nations High Commissioner for "
          "Human Rights should firmly respond to all such manifestations' = a deontic whose Y, 'respond firmly', is no "
          "specific behaviour (guideline: a demanded Y that is not a codable behaviour is not coded), and the "
          "authorities responsible for 'such manifestations' (discrimination against Russian speakers) are never named "
          "in the speech -> not coded (borderline a demanded 111 with no target from each of org:OSCE, org:COE and "
          "org:UN)"),
 17: ([], "Sweden (1995): 'the need for geographical balance must be met' = Security Council enlargement, a UN reform "
          "position (README: UN reform positions not coded)"),
 18: ([], "Senegal (2002): 'I must mention the launching of the African Union in July at Durban' = an agentless "
          "institutional event, the creation of an organisation, no act between actors (borderline a nominal 043 "
          "ZAF/GOV -> org:AU for the Durban summit, or a nominal 057 among uncoded African states)"),
 19: ([], "Liechtenstein (2004): 'The Council must meticulously observe the mandate given to it under the Charter and "
          "ensure transparency' = compliance and working methods of the Security Council, a UN reform position, no "
          "codable behaviour"),
 20: ([], "Switzerland (2004): the sentence starts at 'Security Council must' (the context before it is not part of "
          "it); 'must fully exercise its primary responsibility for maintaining international peace' = a deontic "
          "about the Council's role with no codable behaviour and no target"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("called for an urgent review", "1042", "VUT/GOV", "org:UN", False, A, N, False),
       ("brought the United Nations", "0832", "org:UN", "VUT/GOV", False, A, N, False)],
      "Vanuatu (2008); 'in 1997, a former Prime Minister called for an urgent review of the LDC graduation criteria' "
      "= a historic request by the head of government of the time (README: a historic act by a person named by the "
      "office held at the time is coded to that office's government) -> VUT/GOV; Y = changing the UN's LDC "
      "criteria -> demand policy change 1042 (borderline 1044), addressed to the United Nations (the sentence before: "
      "Vanuatu 'has called on the United Nations to reform the way least developed countries are identified') -> "
      "org:UN; 'which brought the United Nations to introduce a vulnerability criterion' = the UN acceding to that "
      "call -> 0832 (accede to demands for change in policy) org:UN -> VUT/GOV (borderline not coded as an "
      "institutional rule change, or target null); 'a fair and sound move on the part of the Organization' is an "
      "evaluation, not a praise act (borderline 051 to org:UN)"),
 22: ([("Cooperation between the Council of Europe", "050", "org:COE", "org:UN", False, A, N, True)],
      "Bulgaria (1994); 'Cooperation between the Council of Europe and United Nations institutions and between the "
      "Council and some of the specialized agencies has been developed over many years' = a cooperation noun naming "
      "its parties -> nominal 050 (README: an agreement or cooperation named by its parties is a nominal 057 or 050), "
      "from the first-named, org:COE, to org:UN; the specialized agencies are also org:UN, the same pair, coded once "
      "(guideline); Bulgaria speaks as chair of the Committee of Ministers, but the cooperation is the Council's"),
 23: ([], "Fiji (1998): 'we welcomed the wind of change in the area of nuclear disarmament when we adopted the "
          "Comprehensive Nuclear-Test-Ban Treaty' = 'we' the General Assembly's membership as a whole (README: 'we' "
          "meaning all states not coded), adopting a treaty text and welcoming a trend; not coded (borderline a 051 "
          "FJI/GOV with no target, or a 057 from org:UNGA)"),
 24: ([("We support", "106", "UGA/GOV", N, False, A, N, False),
       ("call by", "106", "org:AU", N, False, A, N, True)],
      "Uganda (1992); 'We support the call by the current OAU Chairman ... for the convening of an international "
      "conference on Somalia' = joining a call is the speaker's own request (held-out 32/33 'we must support the "
      "call for'; later sets 'supports the call' coded as the speaker's request), and the call itself a nominal "
      "request of its author (README: 'we echo the Secretary-General's call' is the speaker's own request, and the "
      "call itself a nominal request of its author); Abdou Diouf speaking as OAU Chairman -> org:AU (README: the OAU "
      "is org:AU; a head of state speaking as chair of the OIC or the AU is the organisation; borderline SEN/GOV); Y "
      "= convening a conference -> demand meeting 106 (borderline 108 mediation), no addressee named -> target null "
      "for both"),
 25: ([("co-hosted", "043", "SWE/GOV", N, False, A, N, False)],
      "Sweden (2019); 'Sweden co-hosted a meeting with key partners in support of peace in Yemen' -> host/convene "
      "043 (guideline), the co-host and the 'key partners' unnamed -> target null (README: several conferences "
      "hosted by one government with no target); 'in support of peace in Yemen' is the purpose (borderline a 051 to "
      "bare YEM); 'based on the Stockholm Agreement' names the agreement only as a basis, not coded (set 122: peace "
      "agreements named only as a source of goals left uncoded; borderline a nominal 057 YEM/GOV -> YEM/REB)"),
 26: ([("affirms it commitment", "032", "SSD/GOV", "org:UNGA", False, A, N, False)],
      "South Sudan (2017); 'South Sudan affirms it commitment to playing its role in supporting you as you lead this "
      "historic session' = an assurance of support to the President of the General Assembly (README: assurances of "
      "cooperation to the PGA 030 to org:UNGA; held-out 76 row 40: 'I assure you of my Government's support' 032), a "
      "commitment stated as a fact -> 032 asserted to org:UNGA (borderline 030)"),
 27: ([("has committed itself to strengthening assistance", "033", "org:EU", N, False, A, N, False)],
      "Luxembourg (2016); 'Europe' = the European Union of the Valletta EU-Africa summit (the sentence before) -> "
      "org:EU; 'has committed itself to strengthening assistance to its African partners with increased cooperation "
      "on migratory flows' = an intent stated as a fact (README: commitments stated as facts asserted 03x) -> 033, "
      "one commitment with several purposes coded once (README), the cooperation folded in (borderline a second "
      "nominal 030); the African partners an uncoded collective -> target null (borderline org:AU, or 0331)"),
 28: ([], "Guinea (1990): 'The trans-boundary movement and dumping of wastes are a dangerous scourge that calls for a "
          "vigorous reaction from the international community' = an inanimate subject 'calls for', agentless dumping "
          "and an uncoded collective, no act between named actors"),
 29: ([("We called for", "106", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (2004); 'We called for the convening of such a summit in 1998' = Tunisia's historic request for the "
      "World Summit on the Information Society (the sentence before) -> demand meeting 106 (as row 24), asserted, no "
      "addressee named in the sentence -> target null (borderline org:UN, the summit being held under UN auspices, as "
      "set 118's 043 to org:UN for hosting its second phase); the speech quotes Tunisia's President, the "
      "document's own government -> reported_by null; 'our world needs to establish a solidarity-based digital "
      "partnership' = 'our' meaning all states, not coded"),
 30: ([("received a great deal of support", "070", N, "JPN", False, A, N, False)],
      "Japan (2010); 'Japan received a great deal of support from the international community in its struggle to "
      "overcome those challenges' = the post-war aid to Japan of sixty-five years before -> 070, the international "
      "community uncoded -> source null (README: 'we had a lot of help' a 070 with no source), the country as a "
      "whole in its post-war reconstruction -> bare JPN (set 119: 'all who selflessly helped us' a 070 to bare GNB; "
      "borderline JPN/GOV)"),
 31: ([], "Belarus (1995): 'Our Republic attaches paramount importance to the development of international cooperation "
          "in the economic, social and environmental spheres' = an abstract policy position with no partner (guideline; "
          "borderline a 030 with no target, as set 119's 'resolve to actively participate')"),
 32: ([("is supported", "051", "USA/GOV", "GBR/GOV", False, A, N, False),
       ("is supported", "051", "AUS/GOV", "GBR/GOV", False, A, N, False)],
      "Zimbabwe (2007); 'Britain, which is supported by her cousin States, most notably the United States and "
      "Australia' = a passive with its agents named, backing Britain in its stand-off with Zimbabwe -> verbal support "
      "051 (guideline; borderline 070), one per named supporter (guideline: compound split), the unnamed other "
      "'cousin States' dropped; 'That control largely persists, although it stands firmly challenged in Zimbabwe' = "
      "Zimbabwe's land reform framed as a challenge to a colonial control, figurative with no stated act (borderline "
      "a 120 ZWE/GOV -> GBR/GOV); 'the current stand-off between us and Britain' is a state of dispute with no CAMEO "
      "act (borderline a nominal 110 or 160 ZWE/GOV -> GBR/GOV)"),
 33: ([("demanded", "1056", "org:UNGA", N, False, A, N, False)],
      "Ireland (1999); 'With the adoption of a resolution on the new agenda in the General Assembly, the international "
      "community has demanded a clear perspective for the closure of the nuclear-weapons era' = the demand made "
      "through the General Assembly's New Agenda resolution -> the Assembly as source (README: a General Assembly "
      "resolution's 'calling for' stands for org:UNGA; borderline source null, as 'condemnation by the international "
      "community'), Y = nuclear disarmament -> demand de-escalation 1056 (borderline generic 100), the nuclear-weapon "
      "States unnamed -> target null; the adoption itself is the vehicle of the demand, not coded separately"),
 34: ([], "New Zealand (2001): 'Countries agreed on rules of international behaviour' = the founding of the United "
          "Nations in 1945 by all the founding states, an uncoded collective (set 130: the agentless 1945 Charter "
          "signing left uncoded; borderline a 057 null -> null)"),
 35: ([("Cambodia welcomes", "051", "KHM/GOV", N, False, A, N, False)],
      "Cambodia (1995); 'Cambodia welcomes the recent positive trends in the continuing development and growth of the "
      "Asia-Pacific Economic Cooperation (APEC)' -> a welcome (guideline: 051) of developments in a forum that has no "
      "code -> target null (README: welcoming a decision of an uncoded body is 051 with no target; set 142: 'welcomes "
      "and supports the progress of democracy' a 051 with no target; borderline not coded as an evaluation of a "
      "trend, or a new code org:APEC)"),
 36: ([("strongly supports", "051", "BRN/GOV", "org:UN", False, A, N, False)],
      "Brunei Darussalam (2008); a fragment: the splitter cut after 'Brunei' before the sentence and after 'the United' "
      "at its end, the text after completing 'Nations in the Quartet working to establish a just and lasting peace in "
      "the Middle East'; the verb is in the sentence, so the subject and object are taken from the context (set 107: a "
      "fragment whose object the splitter cut off is coded from the text after the cut when its verb is in the "
      "sentence) -> verbal support 051 BRN/GOV -> org:UN (borderline not coded as a fragment); the Quartet's "
      "peace work lies after the cut, not coded"),
 37: ([("have achieved", "071", "LUX/GOV", N, False, A, N, False)],
      "Luxembourg (2005); 'Four of the five countries, including my own, that have achieved or gone beyond 0.7 per "
      "cent' of GNP in official development assistance = habitual aid at the target level -> 071 economic aid, coded "
      "for the speaker only (set 133: 'We nations of South America' coded for the speaker only), the recipients "
      "uncoded developing countries -> target null (borderline not coded as a status); 'a target reconfirmed by the "
      "High-level Meeting' = the World Summit reaffirming a norm for all donors, not coded (borderline a 0331 from "
      "org:UNGA); EU membership is a status"),
 38: ([("close cooperation", "050", "DEU/GOV", "POL/GOV", False, A, N, True),
       ("close cooperation", "050", "DEU/GOV", "CSK/GOV", False, A, N, True)],
      "Germany (1991); 'the close cooperation with our Eastern neighbours' = a cooperation noun whose agent is the "
      "speaker's 'our' -> nominal 050 (README: cooperation nouns a nominal 050), asserted (the Weimar declaration with "
      "Poland, the German-Polish and German-Czechoslovak treaties, in the text after); 'our Eastern neighbours' is a "
      "group without a code -> one event per member the document names (README: a group without a code is each "
      "member the document names): Poland -> POL/GOV and Czechoslovakia -> CSK/GOV, a state that later dissolved "
      "taking its code of the speech's date (README: YUG, SUN); the Soviet Union, named in the text after but no "
      "neighbour, is not included (borderline target null, or POL/GOV only, as the neighbour the next sentence ties "
      "to the point)"),
 39: ([("Grenada welcomes", "051", "GRD/GOV", "JPN/GOV", False, A, N, False),
       ("grant-aid", "071", "JPN/GOV", N, False, A, N, True)],
      "Grenada (2008); 'Grenada welcomes Japan's important grant-aid programme for environment and climate change' -> "
      "051 to JPN/GOV (guideline: welcome 051); the programme = an aid noun with its agent named -> nominal 071 "
      "economic aid (borderline 070), the recipients (developing countries under the Cool Earth Partnership) unnamed "
      "in the sentence -> target null (borderline GRD/GOV as a beneficiary)"),
 40: ([], "Togo (2011): a fragment cut by the splitter, 'This meeting is taking place at a time when' [Africa is again "
          "threatened by famine]; no act"),
 41: ([("strongly supports", "051", "MLT/GOV", "org:UN", False, A, N, False),
       ("efforts of the United Nations", "045", "org:UN", "LBY", False, A, N, True)],
      "Malta (2015); 'Malta strongly supports the indefatigable efforts of the United Nations to launch a national "
      "dialogue for a reconciliation process' -> verbal support 051 to org:UN; the UN's efforts = its facilitation of "
      "the Libyan talks (the text after: 'ongoing United Nations-facilitated consultations among various Libyan rival "
      "parties') -> nominal 045 from org:UN (README: UN mediation of talks a nominal 045), the rival parties never "
      "named in the speech -> bare LBY (set 147: mediation whose parties the speech never names goes to the bare "
      "country); the formation of a national unity Government is domestic, not coded"),
 42: ([("congratulate him on his election", "051", "BFA/GOV", "org:UNGA", False, A, N, False)],
      "Burkina Faso (2012); 'I would therefore like to congratulate him on his election and welcome the vision' = a "
      "performative congratulation of the President of the General Assembly -> 051 asserted to org:UNGA (README: "
      "commending the Assembly President's election 051 to org:UNGA); 'welcome the vision' is the same code and "
      "pair, coded once (borderline not coded, set 120: the welcome of a theme)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([("we applaud", "051", "ERI/GOV", N, False, A, N, False),
       ("contributions", "074", N, "ERI", False, A, N, True),
       ("our regret and dismay", "110", "ERI/GOV", N, False, A, N, False)],
      "Eritrea (2004); 'we applaud those valuable contributions' -> praise 051, the contributors (more than 37 "
      "countries and the international community, the sentences before) uncoded -> target null (README: thanks that "
      "include a group without a code has target null); 'those valuable contributions' = the military personnel and "
      "funds for the UNMEE peacekeeping force (the sentences before), an aid noun whose agent is plain from the text "
      "around it (README; held-out 76 row 28: thanks give the support its agent) -> nominal 074 with no source, "
      "the force deployed in Eritrea's Temporary Security Zone -> bare ERI (README: troops in UNIFIL are 074 to the "
      "host country; borderline a second 074 to bare ETH, or org:UN); 'express ... our regret and dismay at the lack "
      "of resolute action by the international community' -> 110 (README: 'Express regret' is a 110), the "
      "international community uncoded -> target null; 'the lack of resolute action' is an unspecified non-act, not "
      "coded"),
 44: ([], "Togo (1995): 'My country is ready to assume its share of the responsibility in the implementation of that "
          "Programme' = a commitment to implement the African countries' Cairo Programme of Action, a regional "
          "development programme (set 137: reaffirmed commitments to the Charter and to Agenda 2063 left uncoded; "
          "borderline a 030 asserted with no target, or to org:AU)"),
 45: ([], "Turkey (2010): 'These ... challenges oblige us to redefine the notion of security' = 'us' meaning all states, "
          "no act"),
 46: ([("is set to rise", "071", "SVK/GOV", N, False, F, N, False)],
      "Slovakia (2004); 'In 2005, that figure is set to rise to almost $30 million' = the Slovak Government's "
      "development assistance allocation of the sentence before (its subject taken from the context, README) -> a "
      "future increase of aid -> 071 future (README: 'we will contribute $500 million' a future 071), the developing "
      "and transition countries uncoded -> target null (borderline not coded as a budget figure, or 070)"),
 47: ([], "Uganda (1995): 'Uganda is concerned about the serious problem posed by ... water hyacinth' = expressed "
          "concern (01x, not coded), no actor behind the problem"),
 48: ([], "Marshall Islands (1997): 'the potential that the outer islands could have if there were only more "
          "investment in sustainable development projects' = a counterfactual, agentless domestic investment; no act"),
 49: ([("provides", "043", "org:UN", N, False, A, N, False)],
      "Palau (1996); 'The United Nations clearly provides the forum for such dialogue and discovery to take place' = "
      "the Organization convening its Members -> host/convene 043 (held-out 95 row 22: ASEAN 'provided a forum for States of the "
      "region and elsewhere to cooperate' an asserted 043 with no target), habitual -> asserted, the "
      "participants 'us all' an uncoded collective -> target null (borderline not coded as a description of an "
      "institution's role)"),
 50: ([], "Iran (2011): 'That future will be built when humankind sets off on the path of the divine prophets ... "
          "under the leadership of Imam Al-Mahdi' = a religious vision, no act between actors"),
 51: ([], "Saint Kitts and Nevis (1993): 'The Republic of China on Taiwan has proved itself to be a country that "
          "espouses the principles ... dedicated to peace, social tranquillity and economic development, not only for "
          "its people, but also for the peoples of other nations' = a description and evaluation, no particular act "
          "(borderline a habitual 070 TWN/GOV with no target)"),
 52: ([("targeted by poisonous gases", "2041", N, "SYR/GOV", False, A, N, False)],
      "Syria (2013); a fragment cut by the splitter after 'in' (the text after: 'Khan al-Assal'); 'We were the ones "
      "targeted by poisonous gases' = the March 2013 chemical attack at Khan al-Assal -> use of chemical weapons 2041 "
      "(the verb is in the sentence, set 107), an agentless passive: the speech goes on to say Syria wanted a mission "
      "'to determine who had used chemical weapons', so the user is left unnamed -> source null (borderline SYR/REB, "
      "the 'terrorists' of the text before); 'we' in the speech -> SYR/GOV (guideline; borderline bare SYR, or "
      "SYR/MIL and SYR/CVL for the victims)"),
 53: ([("appreciation", "051", "ERI/GOV", "org:UNGA", False, A, N, False)],
      "Eritrea (2008); 'express my delegation's appreciation to his predecessor, Mr. Srgjan Kerim, who successfully "
      "presided over the General Assembly at its sixty-second session' -> 051 to org:UNGA (README: appreciation of an "
      "outgoing President of the General Assembly goes to org:UNGA; borderline MKD/CVL)"),
 54: ([], "Singapore (1998): 'recent developments have shown that these institutions have their weaknesses' = the "
          "IMF, the World Bank and the WTO of the sentence before; an evaluation with an inanimate subject, no "
          "criticism act (borderline a 111 with no source to org:IMF, org:WB and org:WTO)"),
 55: ([("timely integration", "030", "HRV/GOV", N, False, F, N, False)],
      "Croatia (1996); 'Croatia's foreign and internal policy priorities will now aim at compatibility with and timely "
      "integration into European regional organizations' = an announced intent to join -> 030 future (set 119: "
      "'intends to sign the Statute' a future 030; README: 'intends to participate' a 030 future), the "
      "organisations not named -> target null (borderline org:EU, org:COE and org:NATO, or not coded as a "
      "membership position)"),
 56: ([("resolve to continue to contribute", "030", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (2017); 'we reiterate Tunisia's resolve to continue to contribute actively to international action "
      "aimed at finding sound approaches and solutions to those difficult issues' = a resolve stated as a fact -> 030 "
      "asserted with no target (set 119, following set 111: 'reaffirms its resolve to actively participate and take "
      "initiatives' a 030 with no target; borderline not coded as an abstract commitment); the nations of the world "
      "devoting their efforts is the purpose"),
}
