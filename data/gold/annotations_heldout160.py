"""Hand annotations for the HUNDRED-AND-SIXTIETH held-out event gold set (source of events-heldout160.jsonl).

Keyed by the row index of selection-heldout160.jsonl (output of select_bulk_sentence_heldout.py 160; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout160.jsonl \\
        --annotations annotations_heldout160 --output events-heldout160.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We call on", "102", "USA/GOV", N, False, A, N, False),
      ("we call on those", "100", "USA/GOV", N, False, A, N, False)],
     "United States (1995); 'We call on Member States which have not already joined the 1988 drug Convention to do "
     "so promptly' = a request (guideline: call on -> 10x) to join a treaty -> 102 (held-out 117: 'We call on all "
     "countries that have not yet done so to join the Rome Statute' 102 with no target), the addressees an uncoded "
     "class -> target null; their non-accession is left uncoded, the class being open-ended (held-out 117; borderline "
     "a negated 057 with no source); 'we call on those countries which have approved the Convention to move quickly "
     "to implement its important provisions' = a second request to another uncoded class, Y = implementing a "
     "treaty, no specific CAMEO sub-code -> generic 100, target null (borderline 1013 for the Convention's "
     "legal-cooperation provisions, or uncoded as a call for compliance, as held-out 113's 'calls for strict "
     "compliance by all nations')"),
 1: ([], "Nigeria (1991): 'Africa's efforts have not received the requisite international support' = support from an "
         "uncoded collective (the international community) to another (Africa, a continent, no code), null-null, not "
         "coded (held-out 54-61: acts between uncoded collectives); 'requisite' makes the negation bear on the amount "
         "(held-out 113); borderline a negated 070 with no source to NGA/GOV or org:AU; 'It must be said' is the "
         "speaker's own statement"),
 2: ([], "Uruguay (2018): 'Humankind does not have much time to consider those agreements' (the Paris Agreement) = "
         "a description, 'humankind' no actor; no act"),
 3: ([], "Liberia (2003): 'our united condemnation of and fight against terrorism must never stoop to the employment "
         "of methods ... used by terrorists' = a norm for the international community's counter-terrorism ('our' "
         "meaning all states, held-out 42/43), with no named target; not coded (borderline a nominal 111 LBR/GOV "
         "with no target)"),
 4: ([("establishing economic relations", "061", "MDA/GOV", N, False, A, N, False),
      ("joining\nthe Commonwealth of Independent States", "057", "MDA/GOV", "org:CIS", False, A, N, False),
      ("participate only in the economic structures", "061", "MDA/GOV", "org:CIS", False, A, N, False),
      ("involved in collective security", "062", "MDA/GOV", "org:CIS", True, A, N, False),
      ("integration into the Euro-Atlantic structures", "030", "MDA/GOV", N, False, F, N, True)],
     "Moldova (1994); 'I think that establishing economic relations with the independent States of the former Soviet "
     "Union and joining the Commonwealth of Independent States ... will not become an obstacle' = the subject "
     "presupposes realised acts (Moldova's parliament ratified CIS membership in April 1994), so they are asserted; "
     "economic relations with an uncoded class of states -> 061 with no target (borderline one per state, none "
     "named); joining the CIS -> accession to a regional organisation 057 (held-out 77 row 48: 'Burundi joined the "
     "East African Community' 057) to org:CIS (an existing code, README; borderline uncoded as a membership act); 'where "
     "we participate only in the economic structures' -> 061 to org:CIS and 'are not involved in collective "
     "security or political-military cooperation' -> plain negation of military cooperation, negated 062 to org:CIS "
     "(borderline both folded into the accession); 'our gradual integration into the Euro-Atlantic structures' = an "
     "aim at membership of the structures named in the sentence before (Council of Europe, NATO, WEU, CSCE, EU) -> "
     "nominal 030 future with no target, following held-out 152's Croatian 'timely integration into European "
     "regional organizations' (borderline one per organisation named before, or an uncoded membership position); "
     "'will not become an obstacle' negates an effect, not an event; the gerunds are verbs, not nominal"),
 5: ([], "China (2000): 'To arbitrarily impose a fixed set of human rights rules ... will not serve the interests of the "
         "people of any country' = a generic infinitive with no actor and no target (borderline a 170 null -> null); "
         "not coded"),
 6: ([], "Slovakia (2006): 'As Mr. Jan Eliasson stressed in his ... speech' = a statement (01x, not coded); 'whether we "
         "have re-established the United Nations and international cooperation' = 'we' meaning all states "
         "(held-out 42/43), a test that 'did not occur' is no act; not coded"),
 7: ([], "Dominican Republic (2000): 'those bodies do not reflect the realities of a new international community' = a "
         "description of the UN organs as a UN reform position, no act"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("Japan would co-operate", "030", "JPN/GOV", N, False, A, N, False)],
     "Japan (1990); 'Addressing the General Assembly last year, I stated that Japan would co-operate to the best of its "
     "ability in the cause of world peace - through diplomatic efforts, financial and personnel support for United "
     "Nations peace-keeping operations, and assistance for refugees' = the speaker's own past statement (guideline: "
     "reported_by null) of an intent, stated as a fact -> 03x asserted (held-out 149 and 153: 'announced that it "
     "would contribute' asserted 0331); one commitment with several means is coded once (README: one commitment with several purposes is coded once) -> 030, "
     "the partner not named -> target null (borderline a 0334 to org:UN for the peace-keeping support plus a 0333 "
     "for the refugee assistance; borderline future); 'Addressing the General Assembly' is a speech act (01x), not "
     "coded"),
 9: ([], "Belarus (2008): 'Belarus has stated on many occasions that future approaches ... will be based on "
         "international cooperation to spread ... energy-saving technology' = the speaker's own past statements of a "
         "position on cooperation among all states, no counterpart (guideline: abstract policy positions not coded; "
         "borderline a future 030 with no target)"),
 10: ([("I fully agreed", "051", "ROU/GOV", "org:UN", False, A, N, False),
       ("terrorist\nattacks", "180", N, "USA", False, A, "org:UN", True)],
      "Romania (2001); 'I fully agreed with Secretary-General Kofi Annan when he recently said that ...' -> 051 to the "
      "Secretary-General, org:UN (held-out 10/11: 'I agree with Merkel that ...' 051; held-out 131: 'I agree with "
      "President Roosevelt' 051); inside Annan's statement, 'the terrorist attacks' = the 11 September attacks, "
      "named in the text before ('The tragedy that befell the United States and the United Nations host city') -> "
      "nominal 180 with no source to bare USA, following held-out 115/116 (borderline uncoded as an agentless "
      "event noun, as held-out 150's agentless terrorist deaths), reported_by org:UN (guideline: event inside the "
      "complement of 'said'); 'we must not let ... distract us' has 'we' meaning all states, not coded"),
 11: ([("has been offered a proposal", "037", "USA/GOV", "BIH/GOV", False, A, N, False),
       ("has been offered a proposal", "037", "GBR/GOV", "BIH/GOV", False, A, N, False),
       ("has been offered a proposal", "037", "FRA/GOV", "BIH/GOV", False, A, N, False),
       ("has been offered a proposal", "037", "DEU/GOV", "BIH/GOV", False, A, N, False),
       ("has been offered a proposal", "037", "RUS/GOV", "BIH/GOV", False, A, N, False),
       ("clearly stated", "130", "USA/GOV", N, False, A, N, False),
       ("clearly stated", "130", "GBR/GOV", N, False, A, N, False),
       ("clearly stated", "130", "FRA/GOV", N, False, A, N, False),
       ("clearly stated", "130", "DEU/GOV", N, False, A, N, False),
       ("clearly stated", "130", "RUS/GOV", N, False, A, N, False),
       ("protected", "0334", "USA/GOV", N, False, A, N, False),
       ("protected", "0334", "GBR/GOV", N, False, A, N, False),
       ("protected", "0334", "FRA/GOV", N, False, A, N, False),
       ("protected", "0334", "DEU/GOV", N, False, A, N, False),
       ("protected", "0334", "RUS/GOV", N, False, A, N, False)],
      "Bosnia and Herzegovina (1994); the sentence starts at 'Group have given' (the splitter cut after 'the plan of "
      "the Contact'); the Contact Group has no code and the speech names its five members ('the United States of "
      "America, the United Kingdom, France, Germany and the Russian Federation') -> one event per member (held-out "
      "12/13: a group without a code is each member the document names); 'Bosnia and Herzegovina has been offered a "
      "proposal backed by five major Powers' = the July 1994 peace plan, an agentless passive whose agents the "
      "sentence names in 'backed by' -> proposing a settlement 037 (held-out 117: 'I have proposed a grand bargain' "
      "037) to BIH/GOV; the backing is the same Powers' support for their own plan, folded into the 037 (borderline "
      "a separate 051 per Power with no target); 'the majority of the international community' is uncoded; 'it has "
      "been clearly stated that the side that rejected the plan would be punished' = the Contact Group's warning -> "
      "130 asserted (guideline: a threat is itself asserted), the unspecified punishment folded into the 'not "
      "specified' 130 (borderline a hypothetical 170 per Power as well); 'while the side that accepted it would be "
      "protected' = the Group's promise of protection, an intent stated as a fact -> 0334 asserted; both aimed at "
      "'the side' that would reject or accept, a class left open -> target null (borderline BIH/GOV and BIH/REB, "
      "the Serbs named in the next sentence; the conditional rejection and acceptance, hypothetical 127 and 030, "
      "left uncoded for the same reason); the 'namely, that ...' clause is the content of an argument of uncoded "
      "'supporters of the so-called conspiracy theory' that the speaker endorses ('Yet the opposite has happened') "
      "-> reported_by null"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "Romania (2017): 'Romania will submit its voluntary national review during the meeting of the High-level "
          "Political Forum' = submitting a national report (held-out 50/51: not coded); 'To share our experience ... "
          "and to discuss our progress' is the purpose; borderline a 036 future with no target (an intent to take "
          "part in a UN process, held-out 32/33)"),
 13: ([("will do the same", "070", "ROU/GOV", N, False, F, N, False)],
      "Romania (2002); 'In return, we will do the same by sharing the burden of international responsibility and "
      "assistance' = 'the same' as the EU's financial support and know-how of the sentence before -> a future "
      "material act keeps its code (held-out 42/43: 'we will continue support' 070 future) -> 070 future, the "
      "recipients unnamed ('our region and beyond', next sentence) -> target null (borderline 033 future as an "
      "intent, or 071)"),
 14: ([], "Moldova (2018): 'we hope that the membership of the General Assembly will come to an agreement on "
          "outstanding reform issues' = an optative hope about all states' act (held-out 4: hopes about other actors' "
          "acts not coded) and a UN reform position"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Armenia (2003): 'then it [the United Nations] must undergo its own democratization' = a UN reform position "
          "(held-out 54-61), not coded; 'to direct others' is a hypothetical purpose with no named target"),
 16: ([], "Kazakhstan (2007): 'He said that that tragic event should not become a cause for confrontation between "
          "religions' = Pope John Paul II's statement (speech verb not coded); the deontic bears on 'that tragic "
          "event' (the 11 September attacks, an anaphoric event noun) and on religions, no actor; not coded"),
 17: ([], "Turkey (1998): 'We believe that reform must be comprehensive' = a UN reform position (held-out 54-61), not "
          "coded"),
 18: ([("commitments", "0331", N, "AFG/GOV", False, A, N, True),
       ("should fulfil", "071", N, "AFG/GOV", False, D, N, False),
       ("support His Excellency", "051", "TUR/GOV", "org:UN", False, A, N, False)],
      "Turkey (2002); 'the international community should fulfil its commitments adopted at the Tokyo International "
      "Conference on Reconstruction Assistance to Afghanistan' = a deontic with no request verb (guideline: "
      "demanded) -> the pledges as a nominal 0331 with no source and the demanded delivery as a 071 with no source, "
      "following held-out 120 ('Needs the pledges in Tokyo to be turned into cash'), to the Afghan Transitional "
      "Administration -> AFG/GOV (borderline bare AFG or AFG/CVL); '. support His Excellency Mr. Lakhdar Brahimi, "
      "the Special Representative of the Secretary-General' has lost its subject in the text (a period before a "
      "lower-case verb) -> read as the speaker's own support, 051 TUR/GOV -> org:UN (borderline a demanded 051 with "
      "no source, continuing the international community's 'should'); 'his efforts to secure greater financial "
      "assistance' is an effort towards hoped-for aid from unnamed donors, not coded (borderline a nominal 1031 "
      "org:UN -> null)"),
 19: ([], "Mongolia (1999): 'the establishment of nuclear-weapon-free zones ... should be encouraged and supported' = an "
          "agentless deontic about zones in unnamed regions, null-null, not coded (borderline a demanded 051 null -> "
          "null)"),
 20: ([], "India (1993): 'Greater efficiency should be achieved in both planning and execution of peace-keeping "
          "operations' = an agentless UN reform position, not coded (borderline a demanded 074 from org:UN with no "
          "target)"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("was taken hostage", "181", "TTO/REB", "TTO/GOV", False, A, N, False)],
      "Dominica (1990); 'virtually the entire Cabinet was taken hostage by a small band of disaffected terrorists' = "
      "the July 1990 Jamaat al Muslimeen attack on the Trinidad and Tobago Parliament -> hostage taking 181, the "
      "unnamed armed group -> TTO/REB (held-out 34/35: unnamed outlaw groups are the country's REB), the Cabinet -> "
      "TTO/GOV; the coup attempt itself has no CAMEO code (held-out 22/23); 'effectively paralysed the entire "
      "country' is an effect, and 'held its population to ransom' a figure for the same hostage taking, not coded "
      "separately (borderline a 181 to TTO/CVL); the belief clause is no act"),
 22: ([], "Moldova (2013): 'one of the most significant achievements of the Assembly, the adoption of the Arms Trade "
          "Treaty (ATT), which was made possible after several years of intense debate and negotiation' = the "
          "Assembly's adoption of a multilateral treaty text and negotiations among all states (held-out 141: 'our "
          "leaders have adopted an outcome document' not coded); calling it an achievement is an evaluation "
          "(held-out 116), not a welcome; borderline a nominal 057 org:UNGA with no target, or a 051 MDA/GOV -> "
          "org:UNGA"),
 23: ([("much more active assistance", "070", N, "RUS/GOV", False, D, N, True)],
      "Russian Federation (1993); 'We want to see much more active assistance for our peacemaking efforts, not in "
      "words, but in deeds' = a statement of need for support of Russia's peacemaking in the former USSR (held-out "
      "46/47: statements of need are demanded aid with no source to the speaker's government) -> demanded nominal "
      "070 with no source (borderline a 103 request RUS/GOV -> null, or source org:UN and org:OSCE from the "
      "sentence before, which names them only as co-workers)"),
 24: ([("We endorse", "051", "DMA/GOV", "org:UN", False, A, N, False)],
      "Dominica (2008); 'We endorse the Secretary-General's conclusion that the crisis is a moral outrage, as well as "
      "his concern' -> 051 to org:UN (held-out 122: 'We agree with the findings of the High-level Panel' 051 to "
      "org:UN; held-out 147: 'We endorse ... the concern expressed in your statement' 051), one event for both "
      "objects; the Secretary-General's concern is 01x, not coded"),
 25: ([], "Lesotho (2019): 'the Secretary-General ... aptly captures the progress that the United Nations has made' = "
          "an evaluation of a report (borderline 051 to org:UN); inside the quotation, the Organization's 'lifting "
          "millions out of poverty, upholding human rights and helping to forge peace in troubled lands' = habitual "
          "acts towards uncoded 'humankind' and unnamed lands (borderline a habitual 070 org:UN -> null); not coded"),
 26: ([("We need the support of", "070", "USA/GOV", "SLV/GOV", False, D, N, True),
       ("We need the support of", "070", "USA/CVL", "SLV/GOV", False, D, N, True)],
      "El Salvador (2012); 'We need the support of the Government and people of the United States in that battle' "
      "(against drug trafficking) = a statement of need naming its providers -> demanded nominal 070 from each "
      "(held-out 121: 'we need the understanding and support of the United Nations ... and the people of Myanmar' "
      "a demanded nominal 070 from each coded provider), the Government -> USA/GOV, the people -> USA/CVL; 'we' -> "
      "the speaker's government (held-out 133: 'speaker only', Central America, Mexico and Colombia of the sentence "
      "before not split out)"),
 27: ([], "Algeria (2012): 'the road of human rights is littered with ... obstacles, such as ... unilateral economic "
          "sanctions' = a generalisation about sanctions (held-out 129, 144: not coded); the Cuban embargo lies in "
          "the next sentence"),
 28: ([("virulent attacks", "111", "MYS/CVL", "MYS/JUD", False, A, N, True),
       ("chose", "090", "org:UN", "MYS/JUD", False, A, N, False)],
      "Malaysia (1999); 'the United Nations chose a person well-known for his virulent attacks against the Malaysian "
      "judiciary to report on that institution' = the Special Rapporteur on the independence of judges and lawyers "
      "(Param Cumaraswamy, a Malaysian lawyer); his 'virulent attacks' are verbal criticism, a real act and not a "
      "figure -> nominal 111, coded as a Malaysian civilian, the sector in which he made them (borderline org:UN, "
      "his office on the speech's date), the judiciary -> MYS/JUD (held-out 10/11: HTI/JUD); the UN's choosing him "
      "'to report on that institution' = the UN commissioning a report on the Malaysian judiciary -> investigate "
      "090 org:UN -> MYS/JUD, asserted (borderline 092, or uncoded as an internal appointment); the speaker's "
      "grievance ('But') has no complaint verb, not coded"),
 29: ([], "Monaco (2000): 'a reaffirmation supported by the common determination of all States represented here' = "
          "all states' support for a principle ('we' meaning all states, held-out 42/43); gauging what it represents "
          "is no act"),
 30: ([("were executed", "180", N, "DZA", False, A, N, False),
       ("were executed", "180", N, "ESP", False, A, N, False),
       ("were executed", "180", N, "GBR", False, A, N, False),
       ("were executed", "180", N, "FRA", False, A, N, False),
       ("were executed", "180", N, "LBN", False, A, N, False),
       ("were executed", "180", N, "TUR", False, A, N, False),
       ("were executed", "180", N, "USA", False, A, N, False)],
      "Iraq (2007); 'messages of threat and intimidation that terrorists send to the world community, the bloody "
      "chapters of which were executed in Algeria, Spain, England, France, Lebanon, Turkey and here in New York' = "
      "terrorist attacks by unnamed, uncoded terrorists -> 180 with no source, one per victim country (held-out "
      "54-61: an agentless terrorist attack is 180 with no source, one per victim country), England -> GBR, New "
      "York -> USA; a passive verb, not nominal; the 'messages of threat' to the uncoded world community are "
      "null-null and figurative (borderline a 130 null -> null); car bombs, explosive vests and the display of "
      "heads are the generic methods of the same attacks, not coded separately (borderline a 1832, 1831 and 1823 "
      "with no source and no target)"),
 31: ([("we\nseek the support", "102", "NGA/GOV", N, False, A, N, False)],
      "Nigeria (1997); 'In pursuing this goal of the peaceful resolution of the Sierra Leone crisis, we seek the "
      "support of the international community' = a request for support (held-out 122: 'ask for the international "
      "community's cooperation' 102 with no target) in ECOWAS's diplomatic strategy -> demand policy support 102, "
      "the international community uncoded -> target null (borderline 103, ECOMOG also needing material support); "
      "'we' -> NGA/GOV by the UN-speech rule (borderline org:ECOWAS, whose objectives the speech has just "
      "described)"),
 32: ([], "Djibouti (1995): the sentence starts at 'Nations efforts' (the splitter cut after 'mixed feelings about "
          "United'); the main clause lies before the cut, and the UN's 'efforts around the world to contain "
          "hostilities and settle disputes' are generic, with no named party (borderline a nominal 045 org:UN -> "
          "null); not coded"),
 33: ([("welcomes the decision", "051", "BHS/GOV", "org:UN", False, A, N, False)],
      "Bahamas (1992); 'The Bahamas therefore welcomes the decision to establish a United Nations commission on "
      "sustainable development' = a welcome (guideline: 051) of the Rio Conference's (UNCED, a United Nations "
      "conference) decision -> org:UN (borderline org:UNGA, which formally established the Commission in December "
      "1992); the establishment itself is an institutional UN act, and 'to monitor the follow-up' its purpose, not "
      "coded"),
 34: ([], "India (2001): 'public support for the globalization regime has vanished in developing countries' = public "
          "opinion in uncoded countries, no act between actors"),
 35: ([], "Sri Lanka (2004): 'We look forward to the recommendations to be presented at this session of the General "
          "Assembly by the High-Level Panel' = a hope about another actor's act (held-out 4: 'looks forward to "
          "receiving Russia's written response' optative, not coded) on UN reform; 'appointed by the "
          "Secretary-General' is an internal appointment; borderline a future nominal 100 org:UN -> org:UNGA"),
 36: ([], "Jamaica (2011): 'our inability to agree on reform of the Security Council' = 'our' meaning all Member States "
          "(held-out 42/43) and a UN reform position; not coded (borderline a negated 057 with no source)"),
 37: ([], "Tunisia (2018): 'tackling those challenges is a matter of joint responsibility, calling for ... efforts to "
          "eradicate hotbeds of tension' = a general norm with no actor; the inanimate 'calling for' has no author or "
          "addressee; not coded"),
 38: ([("We are grateful", "051", "UKR/GOV", N, False, A, N, False),
       ("their support of Ukraine", "051", N, "UKR/GOV", False, A, N, True)],
      "Ukraine (2011); 'We are grateful to Member States for their support of Ukraine's initiatives in this area' "
      "(peacekeeping reform) = thanks to an uncoded collective -> 051 with target null (held-out 14/15: thanks that "
      "include a group without a code has target null), and the support thanked for -> a nominal 051 with no source "
      "to UKR/GOV (held-out 147: gratitude to 'many countries that have extended unflagging support' a 051 with no "
      "target plus a 051 with no source; held-out 28/29: the support takes its agent from the thanks; borderline "
      "070); 'we hope for effective joint work to be undertaken' is optative, not coded"),
 39: ([("we are rejoicing", "051", "PRY/GOV", "ISR/GOV", False, A, N, False),
       ("we are rejoicing", "051", "PRY/GOV", "PSE/GOV", False, A, N, False),
       ("the signing of", "057", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Paraguay (1993); 'we are rejoicing in the signing of the statement of principles between the Government of "
      "Israel and the Palestine Liberation Organization' = a welcome (held-out 36/37: 'satisfaction over the "
      "signing' a welcome to each party) -> 051 to each signatory, the PLO -> PSE/GOV (held-out 31), plus the "
      "signing, an agreement between named parties (README: the welcome of an agreement between named parties codes the agreement "
      "too) -> nominal 057 from the first-named; 'witnessing these events with distress and sorrow' is a sentiment "
      "(01x) about the agentless conflicts of the sentence before, not coded"),
 40: ([], "Hungary (2006): 'the Governments of the world made a solemn pledge to strive to eliminate global poverty by "
          "signing the Millennium Declaration' = a pledge and signing by all states ('we all pledged' meaning all "
          "states, held-out 130: not coded; borderline a 030 with no source to org:UNGA and a 057 with no target)"),
 41: ([], "Turkmenistan (2012): 'The most important element of the modern system of international relations is "
          "humanitarian cooperation' = an evaluation, no actor"),
 42: ([], "Lesotho (2001): 'while we all agree on the need for reform, agreement on the details ... continues to elude us' "
          "= 'we' meaning all Member States (held-out 42/43) and a UN reform position; 'Regrettably' is a sentence "
          "adverb (held-out 135: not coded)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Bahamas (2017): 'The scourges of terrorism and trafficking in arms ... continue to impact our way of life' = "
          "agentless scourges, a description (borderline a nominal 180 with no source to BHS/CVL); not coded"),
 44: ([], "Guyana (2013): 'They [our people] remain the most important factor for development' = a description, no "
          "act"),
 45: ([], "Netherlands (2013): 'Today we can no longer pretend to know nothing of quarrels in faraway countries' = 'we' "
          "meaning the international community (held-out 42/43), an attitude; the 'quarrels' have no named party; "
          "not coded"),
 46: ([], "Bolivia (2012): 'by 2011, we had reduced extreme poverty to 20 per cent' = a domestic development result, no "
          "act between actors; 'I would like to report' is the speaker's own statement"),
 47: ([], "Niger (1992): 'the policies and reforms undertaken by African countries' are domestic policies of uncoded "
          "countries, and 'the recommendations made at all international conferences' agentless requests to them, "
          "null-null (borderline a nominal 100 null -> null); the situation's deterioration is no act"),
 48: ([("would like the United Nations", "103", "ZMB/GOV", "org:UN", False, A, N, False)],
      "Zambia (2004); 'My delegation would like the United Nations and the world community at large to assist Member "
      "States in building their capacity to fight international terrorism' = a request with 'would like X to do Y' "
      "(held-out 135: 'would also like the United Nations to take part' 108), Y = capacity-building assistance -> "
      "demand material aid 103 (borderline 1032 for counter-terrorism capacity, or 102), one per coded addressee: "
      "org:UN, the world community uncoded and dropped (guideline compound rule); the beneficiary Member States are "
      "an uncoded class; Y not coded separately (guideline)"),
 49: ([], "Andorra (2008): 'liberalization would have to be reinvented' = a policy opinion about agricultural trade, "
          "no actor"),
 50: ([], "Iraq (1995): 'There has been considerable deceit with regard to objectives' = an agentless charge of deceit "
          "(by the unnamed Powers behind the sanctions, never named in the sentence), not coded (borderline a "
          "nominal 112 IRQ/GOV -> null, or an agentless 170 to IRQ/GOV)"),
 51: ([], "Saint Vincent and the Grenadines (2018): 'The relevance of this institution is rooted in its "
          "responsiveness to the needs ... of the peoples we collectively represent' = a description of the UN, no "
          "act"),
 52: ([("proposed by Morocco", "037", "MAR/GOV", N, False, A, N, False)],
      "Gabon (2018); 'Gabon would also like to recall that the initiative for autonomy proposed by Morocco is an "
      "ideal framework' = the 2007 Moroccan autonomy proposal for Western Sahara; the participle with its agent "
      "named is coded (held-out 116: 'organized by the Government of Brazil' coded, not nominal) -> proposing a "
      "settlement 037 (held-out 117: 'I have proposed a grand bargain' 037), the other party not named ('acceptable "
      "to all parties') -> target null (borderline ESH/REB for the POLISARIO Front, or uncoded as in held-out 76 "
      "row 21, where the initiative named without a verb was not coded); Gabon's 'is an ideal framework' is an "
      "evaluation, not a praise act (held-out 6: 'continues to view [a plan] as serious, credible, and realistic'; "
      "borderline 051 GAB/GOV -> MAR/GOV)"),
 53: ([], "El Salvador (1993): 'we believe that the solution achieved is strictly in keeping with the nature of the "
          "conflict' = an evaluation; 'the solution achieved' (the 1992 peace accords) is agentless in the sentence "
          "(borderline a nominal 057 SLV/GOV -> SLV/REB from context); not coded"),
 54: ([], "Cameroon (1994): a fragment cut by the splitter before 'Strip and Jericho', 'The advent of Palestinian "
          "autonomy in the Gaza' = an agentless development with no verb in the sentence; not coded (borderline a "
          "nominal 0874 ISR/GOV -> PSE)"),
 55: ([("will make its full contribution", "070", "KOR/GOV", N, False, F, N, False)],
      "Republic of Korea (1994); 'Taking advantage of its recent experience in development, the Republic of Korea "
      "will make its full contribution to the effort for global economic and social development' = a future "
      "material act (held-out 42/43: 'we will continue support' 070 future), sharing development experience with "
      "unnamed developing countries -> 070 future with no target (borderline 030 future, 071, or uncoded as an "
      "abstract commitment, as held-out 151's 'proactive contributor to peace')"),
 56: ([], "Grenada (2003): 'We are confident that ... this session will go down in history' = a confident prediction "
          "about the Assembly session under its President (held-out 123: confident predictions are hopes, not "
          "coded); the praise of his skills is an evaluation inside it"),
}
