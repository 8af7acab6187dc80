"""Hand annotations for the FORTY-SIXTH held-out event gold set (source of events-heldout46.jsonl).

Keyed by the row index of selection-heldout46.jsonl (output of select_bulk_heldout.py 46; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout46.jsonl \
        --annotations annotations_heldout46 --output events-heldout46.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("our commitment to cooperate", "030", "CUB/GOV", N, False, A, N, False)],
     "Cuba (2016); 'We will not renounce ... nor our commitment to cooperate with those in greatest need' = a "
     "statement of resolve: 'will not renounce' bears on giving up the commitment, not on the cooperation "
     "(guideline 'never ceased to demand' = asserted; held-out 20/21 'will not back down in our support' asserted), "
     "so the commitment = an explicit intent stated as a fact -> 030 asserted (guideline; borderline future, as "
     "held-out 26 row 0's 'will not hesitate to support' 030 F; borderline 0331, the following sentence naming "
     "Cuba's medical cooperation workers in 61 countries); 'those in greatest need' = an uncoded collective -> "
     "target null; renouncing principles is no act between actors"),
 1: ([], "Sri Lanka (1996): 'The text of the Comprehensive Nuclear-Test-Ban Treaty adopted by the General Assembly' = "
         "the Assembly's own vote on a treaty text (held-out 36 row 51: an adoption by the Assembly is its internal "
         "vote, not coded; borderline 057 org:UNGA -> null); 'several years' patient negotiations' = a negotiation "
         "noun without its parties (the Conference on Disarmament of the preceding sentence, an uncoded "
         "collective); 'its terms do not contain a firm and clear commitment' describes the treaty's content, no "
         "negated event"),
 2: ([("need the international \ncommunity’s assistance", "070", N, "MDV/GOV", False, D, N, False)],
     "Maldives (2013); 'that does not mean that we do not need the international community's assistance' = a double "
     "negation, i.e. we do need it -> negated false; a need for the assistance of an uncoded collective = a "
     "deontic without a request verb, demanded, source null, to the speaker's government (held-out 39 row 17 'we "
     "will most certainly need the assistance of the international community' 070 D null -> BLZ/GOV; held-out "
     "22/23); the assistance for democracy consolidation and development (preceding sentence) -> generic aid 070 "
     "(borderline not coded as a need statement)"),
 3: ([], "Zimbabwe (2018): 'our efforts to promote a global partnership for peace and development will never be "
         "complete unless we address the plight of people living under occupation' = an abstract commitment of "
         "'we' (all states); 'under occupation' is a noun without an agent (guideline; held-out 44 row 39), the "
         "occupied peoples (Western Sahara, Palestine, following text) not named here; 'never' negates completion, "
         "no event"),
 4: ([("the gratitude of the Congolese people", "051", "COD/GOV", "org:UN", False, A, N, False),
      ("its support", "070", "org:UN", "COD/GOV", False, A, N, True)],
     "DRC (Tshisekedi, 2019); 'I would therefore like to reiterate to the United Nations the gratitude of the "
     "Congolese people' = thanks -> 051 to org:UN (guideline: thank 051), performed by the speaker -> COD/GOV "
     "(borderline COD/CVL, the gratitude being the people's, held-out 42/43 'The people of Luxembourg' LUX/CVL; "
     "held-out 36/37 a joint expression of a government and its people is one 051 each, but only the people's is "
     "named here); 'its support' = the UN's support, the financial resources deployed to support the DRC "
     "(preceding sentence) -> nominal 070 from org:UN (held-out 14/15: thanks for support gives the support its "
     "agent), to the country's government (held-out 45 row 17: UN support CIV/GOV; borderline bare COD); 'who will "
     "never forget' negates remembering, not an event"),
 5: ([("should never be tolerated", "111", "URY/GOV", N, False, A, N, False)],
     "Uruguay (2017); 'I wish to reiterate that this kind of attack against civilian targets ... should never be "
     "tolerated' = the speaker's own disapproval in an agentless passive (held-out 44/45 'should in no way be "
     "tolerated' the speaker's 111) -> 111 asserted; the attackers of hospitals, schools and humanitarian workers "
     "(preceding sentences) are not named -> target null (held-out 44 row 44, 27 row 45: condemning attacks by "
     "unnamed perpetrators); the attack noun has no agent, not coded; 'never' is part of the disapproval, not an "
     "event negation"),
 6: ([], "Bahrain (1995): 'the commitments to implement the development policies and strategies agreed upon in the "
         "United Nations ... have not been honoured' = unfulfilled commitments of uncoded collectives (the wealthy "
         "industrialized countries of the preceding sentence) toward the developing countries, null-null, not coded "
         "(held-out 32/33: unfulfilled pledges take the content's code, negated, but only with a coded actor); "
         "'Regrettably' is the speaker's regret over an agentless fact (borderline 110 BHR/GOV -> null)"),
 7: ([], "Syria (2003): 'Syria affirms that finding the way out ... does not lie in focusing on addressing the lack of "
         "security in Iraq, thereby increasing the number of troops and using force ..., or on levelling accusations "
         "at neighbouring countries' = a rejected policy option with no named agent (the occupying powers and the "
         "accusers are implied, not named) and uncoded 'neighbouring countries' (borderline 112 USA/GOV -> SYR/GOV, "
         "or a hypothetical 154/190 in Iraq); 'affirms' is the speech's own statement, 01x"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Argentina (1997): 'The peace process begun in Madrid in 1991 must necessarily continue, with fulfilment of "
         "the Oslo and Washington Agreements' = an agentless deontic over a process and agreement nouns whose parties "
         "are not named in the sentence (held-out 44 row 9: 'the Washington and Cairo agreements' not coded); Madrid "
         "is a venue, Oslo and Washington parts of the agreements' names, not metonyms"),
 9: ([("We appeal to the", "100", "ALB/GOV", N, False, A, N, False)],
     "Albania (1995); 'We appeal to the international community and to concerned humanitarian organizations' = a "
     "request (guideline: every appeal -> 10x), both addressees uncoded collectives -> one event, target null; Y = "
     "'not to be duped by the intentions of Belgrade and not to assist it to settle the Serb refugees in Kosova' = "
     "withholding assistance, no specific sub-code -> generic 100 (borderline 1031-type aid codes, which ask for "
     "aid rather than its refusal); capital metonym Belgrade -> the Federal Republic of Yugoslavia of 1995 -> "
     "YUG/GOV (held-out 26/27, 45 row 9), but its settling of refugees in Kosovo has no CAMEO code (held-out 29: "
     "building settlements not coded; borderline 192 or 201) and its 'intentions' are no act, so no Belgrade event "
     "is coded; the Y is not coded separately (guideline)"),
 10: ([("when I visited", "042", "AUT/GOV", "SCG", False, A, N, False)],
      "Austria (Foreign Minister Ferrero-Waldner, 2003); 'when I visited Belgrade less than two weeks ago' = a "
      "visit -> 042 (guideline), the speaker -> AUT/GOV; Belgrade is the destination, a place, not a metonym; "
      "visits are coded to the bare country (held-out 45 row 37, held-out 12/13), Serbia and Montenegro in 2003 -> "
      "SCG (held-out 32/33: Belgrade in 2004 SCG/GOV); 'encouraging event' is the object of the highlighting (the "
      "following text), not coded here"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Kazakhstan (1999): the sentence starts at 'Afghanistan within the negotiation process, according to the "
          "\"six plus two\" formula'; the request verb ('Kazakhstan calls for a lasting and just peace in') closes the "
          "preceding text and lies outside the sentence, so the act is left uncoded (held-out 38/39, 44 row 54); "
          "'according to the formula' is 'in accordance with', not attribution (guideline)"),
 12: ([], "Liechtenstein (2005): an evaluation of the World Summit outcome document ('a reflection of what is "
          "agreeable'); 'can be said' has no speaker; no act"),
 13: ([("under occupation by the", "192", "TUR/MIL", "CYP", False, A, "org:UN", True)],
      "Cyprus (1995); 'The Secretary-General has stated in his reports to the Security Council that the area of "
      "Cyprus under occupation by the Turkish forces is the most militarized area in the world' = the occupation, "
      "an event noun with its agent named, inside the complement of a speech verb -> reported_by org:UN "
      "(guideline; the Secretary-General -> org:UN), the speech verb not coded; occupy -> 192 (guideline), 'the "
      "Turkish forces' -> TUR/MIL (guideline: /MIL for armed forces), the occupied area of Cyprus -> bare CYP "
      "(guideline: the country as a whole as target of an occupation); 'the most militarized area' is a "
      "description of the build-up in the preceding sentence, not coded again (borderline nominal 154)"),
 14: ([("violated Venezuelan airspace", "150", "USA/GOV", "VEN", False, A, N, False)],
      "Venezuela (2016); 'during the course of today's meeting, a United States plane violated Venezuelan airspace' "
      "= an airspace violation -> 150 (the PETRARCH CAMEO dictionary codes 'VIOLATE ... AIRSPACE' 150; guideline: "
      "shows of force 150), asserted in the speaker's voice ('It should be noted' is no attribution); the plane is "
      "not said to be military -> USA/GOV (guideline: /MIL only when the armed forces are named; borderline "
      "USA/MIL, the following sentence's 'United States aircraft attacked the Syrian national army'), the airspace "
      "-> bare VEN (the country's territory)"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Costa Rica (2009): 'Our success or failure will depend on whether we have the courage to take on ... three "
          "fundamental challenges' = 'we' = the developing nations (preceding text), abstract goals (reducing "
          "military spending and arms trafficking, a new order for the transfer of aid) with no named counterpart; "
          "the page header '15 09-52425' inside the sentence is an extraction artefact"),
 16: ([("our commitment to ratifying", "030", "WSM/GOV", N, False, A, N, False)],
      "Samoa (2019); 'We are endeavouring to meet our commitment to ratifying all nine core human rights "
      "conventions' = an explicit intent to ratify multilateral treaties stated as a fact -> 03x asserted "
      "(guideline; held-out 45 row 14: 'would sign the Treaty' 030 WSM/GOV -> null), generic 030 (borderline 032, "
      "or not coded as a domestic human rights commitment), the conventions being multilateral -> target null "
      "(held-out 28/29: ratification with no named counterpart); 'will continue to advocate for the importance of "
      "our Samoan culture' = a statement (01x), not coded"),
 17: ([], "Pakistan (2009): 'We need to develop a framework for cooperation that will deliver quickly' = Pakistan "
          "seeking partnerships for its economic revival (preceding sentences), an abstract need with no named "
          "partner (borderline demanded 030 PAK/GOV -> null); the page header '09-52463 30' inside the sentence is an "
          "extraction artefact"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Central African Republic (2009): the sentence starts at 'African Republic' (the splitter cut inside the "
          "country's name); 'I should like to stress the correlation among some of the issues raised' = a "
          "statement (01x), no act"),
 19: ([("should be invited", "043", N, "TWN/GOV", False, D, N, False)],
      "Gambia (2009); 'My delegation holds the position that Taiwan should be invited to participate in all "
      "meetings and activities of the UNFCCC and ICAO' = an agentless deontic passive without a request verb -> Y "
      "coded demanded with source null (guideline; held-out 6 'must be disarmed' null D), Y = inviting Taiwan to "
      "the bodies' meetings -> convene/host 043 (held-out 44/45: inviting two capitals' decision-makers to a "
      "platform for discussion 043 to each), the inviting bodies (UNFCCC, ICAO) having no code of their own; Taiwan "
      "-> TWN/GOV (held-out 23, 34); borderline the speaker's own advocacy as a request 1044 GMB/GOV -> null "
      "(held-out 27 row 36, 32 row 19: calls for Taiwan's representation in the UN), or not coded as an admission "
      "(held-out 26 row 40)"),
 20: ([], "Guinea-Bissau (1994): 'The United Nations ... must take these new challenges into account and thus "
          "undertake the necessary reforms' = internal UN reform, no codable Y (held-out 27 row 21)"),
 21: ([], "Burkina Faso (1999): 'such an intervention should take place only on the basis of a clear and precise mandate "
          "and under the supervision of the United Nations' = a general norm about humanitarian interventions, "
          "prompted by NATO's intervention in Yugoslavia (preceding sentence, outside this one), not a demand on a "
          "named actor (borderline hypothetical 190 org:NATO -> YUG); 'believe' is an attitude"),
 22: ([], "São Tomé and Príncipe (2011): defining the mediator's legal status and the methodology of mediation as steps "
          "the United Nations should take = internal UN work, no act toward a named actor"),
 23: ([], "Finland (1992): 'other means should be taken under consideration' = an agentless, abstract deontic"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Tajikistan (2003): 'Tajikistan supports increased regional cooperation in all areas' = support for a policy "
          "of cooperation in an unnamed region (Central Asia, following sentence), an abstract policy position "
          "(guideline; held-out 44 row 29: 'Guinea supports a negotiated ... solution' not coded) (borderline 030 "
          "TJK/GOV -> null as an intent to cooperate)"),
 25: ([("we require\nsupport", "070", N, "TCD/GOV", False, D, N, False)],
      "Chad (1993); 'we require support from the international community both in devising the action to be taken and "
      "in providing the means to do so' = a need for the support of an uncoded collective -> a deontic without a "
      "request verb, demanded, source null, to the speaker's government (held-out 39 row 17: 'need the assistance' "
      "070 D null -> BLZ/GOV; held-out 22/23), for the reorganization of the police = advice and means -> generic "
      "aid 070 (one aid noun of several kinds coded once, held-out 20/21; borderline 103 as a request by the "
      "speaker)"),
 26: ([("rejection", "127", "ETH/GOV", N, False, A, N, True)],
      "Eritrea (2004); 'Ethiopia's rejection' = Ethiopia's rejection of the decision of the Boundary Commission "
      "(preceding sentence: 'Ethiopia totally rejected the decision of the Boundary Commission') = an event noun with "
      "its agent named -> nominal reject plan/agreement to settle dispute 127 (held-out 34/35: 'rejection of all "
      "peaceful proposals' nominal 127; held-out 40/41: rejection of the Ahtisaari package nominal 127 to its "
      "author); the Eritrea-Ethiopia Boundary Commission has no code -> target null (borderline ERI/GOV, the other "
      "party to the dispute); 'the sympathetic dispositions towards it and the \"winks and nods\" of certain "
      "countries and some foreign missions' = attitudes and figurative tacit encouragement by unnamed countries, "
      "not coded (borderline 051 null -> ETH/GOV)"),
 27: ([("we are negotiating", "046", "CAN/GOV", "org:EU", False, A, N, False)],
      "Canada (2013); 'the European Union, where we are negotiating a comprehensive free trade agreement' = "
      "negotiations -> 046 (guideline), ongoing -> asserted, CAN/GOV -> org:EU; China as 'Canada's second-largest "
      "trading partner' is a status, and 'Canadian trade and investment ties are dramatically increasing' with the "
      "ASEAN countries is a trend of trade flows rather than a stated act (borderline nominal 061 CAN -> org:ASEAN); "
      "the Pacific Alliance's opportunities are an evaluation; 'supporting market liberalization' is an abstract "
      "policy position"),
 28: ([], "Afghanistan (2010): 'our brothers and sisters in Palestine have been denied their right to an independent "
          "State' = an agentless passive whose act (denial of a right) has no specific CAMEO code (borderline 120 "
          "null -> PSE/CVL); 'acutely aware' is an attitude; the page header '29 10-55128' inside the sentence is an "
          "extraction artefact"),
 29: ([("support coming to us", "073", N, "THA/GOV", False, A, N, True)],
      "Thailand (2005); 'the outpouring of support coming to us from around the world' in the aftermath of the 2004 "
      "tsunami = disaster relief from uncoded donors ('our friends', following sentence) -> nominal humanitarian aid "
      "073 with source null (held-out 27 row 1: 'came to the assistance' of Haiti after the earthquake 073 null), to "
      "the speaker's country -> THA/GOV (held-out 26 row 27: 'the support we have received' -> KIR/GOV; borderline "
      "THA/CVL); 'we were deeply touched' = a sentiment, not a thanks act (held-out 7: sentiments not coded; "
      "borderline 051 THA/GOV -> null)"),
 30: ([], "Kenya (2000): the sentence starts at 'Leone calls for a review of peacekeeping operations' (the splitter cut "
          "inside 'Sierra Leone'); the subject is 'The recent unfortunate experience in Sierra Leone', an inanimate "
          "situation, not a request by an actor (figurative 'calls for'); the troops' safety is no act"),
 31: ([], "Kuwait (1995): 'It [the UN] was effective in containing tensions and in creating a climate of peaceful "
          "negotiation' = an evaluation of the UN's record during the cold war, no named parties"),
 32: ([("we accept the", "051", "GRD/GOV", N, False, A, N, False)],
      "Grenada (1998); 'we accept the validity of the arguments adduced in each case' = endorsing the observations "
      "of 'an international non-governmental organization committee on human rights in trade and investment' "
      "(preceding sentences) -> 051 (held-out 10/11 'I agree with Merkel that ...' 051; held-out 26 row 14 'agree "
      "with the Secretary-General' 051), the committee unnamed and without a code -> target null (borderline not "
      "coded as an opinion); 'Five such threats were identified' = agentless, and the threats are risks "
      "(guideline), not coded"),
 33: ([("Aid from Slovakia", "070", "SVK/GOV", N, False, A, N, True)],
      "Slovakia (2011); 'Aid from Slovakia ... has since 2003 been aimed at the most troubled regions of the world' = "
      "an aid noun with its agent named -> nominal 070 (guideline: nominal events), ongoing since 2003 -> asserted, "
      "SVK/GOV (the state as donor); the recipient regions are not named -> target null"),
 34: ([("We also support firmly", "051", "YEM/GOV", "org:UNSC", False, A, N, False)],
      "Yemen (1992); supporting 'all the steps and measures adopted by the Security Council' = endorsement of a named "
      "body's acts -> 051 to org:UNSC (held-out 44/45: supporting a UN plan 051 to org:UN; held-out 26/27: "
      "welcoming a UN resolution 051); the measures themselves (the sanctions on the FR Yugoslavia of 1992) are not "
      "specified in the sentence, not coded (borderline nominal 163 org:UNSC -> YUG); 'these atrocious massacres' "
      "= an event noun whose agents (the Serbian forces backed by Belgrade) lie only in the preceding sentence, not "
      "coded (guideline)"),
 35: ([], "Dominican Republic (2004): 'terrorist actions — actions which were condemned by all humankind' = acts of "
          "unnamed terrorists (no code) condemned by an uncoded collective, null-null, not coded (held-out 27 row "
          "31); 'destroyed' the promise of peace and 'unleashed' an escalation are figurative"),
 36: ([], "Niger (2006): 'Another serious threat ... is posed by nuclear weapons' = risk (guideline), no actor"),
 37: ([], "Iran (2012): 'Human and ethical values are sacrificed in order to win votes' = an evaluation of Western "
          "electoral politics, agentless; 'listen to the demands of the people' is no act between actors"),
 38: ([("supporting and supplementing", "071", N, "SLV/GOV", False, D, N, False)],
      "El Salvador (2018); 'In the case of middle-income countries such as El Salvador, the key lies in supporting "
      "and supplementing our financing capacities, particularly from public sources' = a need for financial "
      "support from the international community (preceding sentence: it 'must also honour its commitments') -> a "
      "deontic without a request verb, demanded, source null (held-out 42/43: 'Countries such as mine require "
      "assistance' 070 D null; a collective naming one member is coded for that member), financing -> economic "
      "aid 071 (borderline 070), to the speaker's government; supporting and supplementing = one aid act, coded "
      "once (borderline not coded as an evaluation, 'the key lies in')"),
 39: ([("we host", "043", "PHL/GOV", "org:ASEAN", False, A, N, False)],
      "Philippines (2011); 'we host the Association of Southeast Asian Nations (ASEAN) Center for Biodiversity' = "
      "hosting an institution of a named organisation -> 043 (held-out 2: 'Poland hosts the relocated US embassy' "
      "043 POL/GOV -> USA/GOV), to org:ASEAN; 'We have been described as the epicentre' = an agentless description"),
 40: ([("respond to the Council’s calls", "030", "POL/GOV", "org:UNSC", False, A, N, False),
       ("calls for action", "100", "org:UNSC", N, False, A, N, True)],
      "Poland (1994); 'Poland consistently makes an effort to respond to the Council's calls for action, be it in the "
      "former Yugoslavia, Rwanda or, most recently, Haiti' = responding to calls -> 030, the positive counterpart "
      "of 'has not responded' (held-out 8: 'responded to the U.S. government's Call to Action' 030), habitual -> "
      "asserted, to the Security Council -> org:UNSC (borderline 074 per country, the response being troop "
      "contributions the sentence does not state); 'the Council's calls for action' = a request noun with its "
      "author -> nominal request of org:UNSC (held-out 14/15: a call echoed is also a nominal request of its "
      "author; held-out 40 row 36), its addressees the Member States (uncoded) -> target null, Y unspecified -> "
      "100; Yugoslavia, Rwanda and Haiti are the places of the action, not addressees"),
 41: ([("was kidnapped", "181", N, "LBY/CVL", False, A, N, False)],
      "Libya (2001); 'The Libyan citizen Mr. Al Megrahi was kidnapped for political reasons' = Libya's own claim "
      "about the Lockerbie suspect's trial and detention, in the speaker's voice -> abduct 181 (guideline: hijack "
      "181; the PETRARCH dictionary's KIDNAP 181), an agentless passive with a named target -> source null "
      "(borderline GBR/GOV or USA/GOV, the prosecuting states, not named here), the Libyan citizen -> LBY/CVL; "
      "'as confirmed in resolutions and statements adopted by' the OAU, the OIC and the League of Arab States = "
      "corroboration in an adjunct, not the complement of a speech verb -> reported_by null (borderline "
      "reported_by org:AU/org:OIC), and the resolutions and statements themselves are statements (01x), not "
      "coded; Lusaka, Bamako and Cairo are venues, not metonyms"),
 42: ([], "Mexico (1990): the chaos the French Revolution caused, a world 'threatened by new forms of despotism' and a "
          "philosopher's distinctions = a historical and philosophical reflection, figurative threat, no act "
          "between actors"),
 43: ([("prepared and willing to support you", "030", "KNA/GOV", "org:UNGA", False, A, N, False)],
      "Saint Kitts and Nevis (2009); 'my delegation stands prepared and willing to support you [Mr. President] in "
      "this cause' = 'stands ready to' -> 03x asserted (held-out 9), assurances of cooperation to the President of "
      "the General Assembly -> 030 to org:UNGA (held-out 38/39); 'That is the promise of my Government' refers to "
      "acting responsibly for the common good (preceding sentence), abstract, not coded again"),
 44: ([("emphatic support", "051", "GIN/GOV", "org:UN", False, A, N, False)],
      "Guinea (2012); 'It [the Guinean delegation] also wishes to offer its emphatic support to the Secretary-"
      "General's initiative encouraging the role of women in the mediation process' = support for the "
      "Secretary-General's initiative -> 051 to org:UN (held-out 44/45: supporting the Secretary-General is 051 to "
      "org:UN), 'wishes to offer' is performed now -> asserted; the initiative's content (encouraging women in "
      "mediation) is internal, not coded"),
 45: ([("committed to supporting", "0331", "NZL/GOV", N, False, A, N, False)],
      "New Zealand (2018); 'We remain absolutely committed to supporting the rollout of the SDGs alongside "
      "international partners through a significant increase in our official development assistance budget' = an "
      "explicit commitment stated as a fact -> 03x asserted (guideline; held-out 26/27: a pledge of continued "
      "support 032 asserted), support through official development assistance -> intent to provide economic aid "
      "0331 (held-out 36/37: an aid target 0331), the recipients not named -> target null; the 'international "
      "partners' are an uncoded collective, so no separate cooperation event"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("extend our appreciation", "051", "FJI/GOV", "org:UNGA", False, A, N, False)],
      "Fiji (2005); 'We also extend our appreciation to his predecessor, His Excellency Mr. Jean Ping of the "
      "Gabonese Republic, for his outstanding guidance' of the fifty-ninth session = appreciation of an outgoing "
      "President of the General Assembly -> 051 to org:UNGA (held-out 30/31; borderline GAB/GOV); his guidance of "
      "the session is the Assembly's internal work, not coded"),
 47: ([], "Tanzania (2000): 'the Government has adopted a number of specific measures aimed at enhancing the "
          "participation of women' = domestic policy, no act between actors"),
 48: ([], "Mozambique (2018): 'Let us continue to be faithful to ... the Charter ... and work together' = 'us' = all "
          "Member States (held-out 42/43: 'we' meaning all states is not coded), abstract"),
 49: ([("We reiterate our plea", "102", "ECU/GOV", N, False, A, N, False)],
      "Ecuador (2016); 'We reiterate our plea for the adoption of a legally binding international instrument on "
      "transnational corporations and human rights' = a request (guideline: appeal/plea -> 10x), 'reiterate' = "
      "made now -> asserted, no named addressee -> target null (held-out 9, 27 row 36); Y = adopting a treaty -> "
      "demand diplomatic cooperation 102 (held-out 45 row 0: a call for a treaty's entry into force 102; "
      "borderline 1043 rights or generic 100); the Y is not coded separately (guideline)"),
 50: ([("we contribute", "074", "JOR/GOV", N, False, A, N, False)],
      "Jordan (2009); 'The number of personnel that we contribute to the various peacekeeping operations in which we "
      "are taking part is growing' = contributing peacekeepers -> 074 (held-out 44 row 45: participation in ISAF "
      "074; held-out 36 row 47: a contributor of military and police to missions 074 per country), habitual -> "
      "asserted, JOR/GOV (borderline JOR/MIL); the operations and host countries are not named -> target null "
      "(borderline org:UN)"),
 51: ([], "Malta (1990): the sentence starts at 'Garba, for the excellent manner in which he guided the work of the "
          "forty-fourth session' (the splitter cut after 'Joseph M.'); the act of gratitude ('I wish to take this "
          "opportunity to express our gratitude to your distinguished predecessor') closes the preceding text and "
          "lies outside the sentence, so it is left uncoded (held-out 38/39, 44 row 54); Garba's guidance of the "
          "session is the Assembly's internal work"),
 52: ([], "Spain (2012): the victims, the civilians' suffering and the risk of the conflict expanding 'compel us to "
          "act' = agentless suffering and a figurative risk; 'us' = the international community, no codable act"),
 53: ([], "Australia (1996): 'That is the first and central requirement' = an evaluation of the Canberra Commission's "
          "recommendation, no act"),
 54: ([], "Trinidad and Tobago (2005): 'We have embarked on the road to developed-nation status' = domestic "
          "development, no act between actors"),
 55: ([], "Syria (1999): 'None of these can now be called into question or circumvented' = an agentless deontic about "
          "the Madrid framework, the US guarantees and the commitments of the preceding sentence, no named actor "
          "(borderline a negated, demanded 128 null -> null)"),
 56: ([], "Brazil (2004): 'colonialism resisted' and people 'caught in an existence marked by hunger, disease and "
          "neglect, to which the world has become oblivious' = descriptions, no act between actors"),
 57: ([], "Lesotho (1996): measures for women's equal access to economic resources = abstract, no actor"),
 58: ([], "Nepal (1991): the Nepalese people's enthusiasm shown in the May 1991 general elections = a domestic "
          "election, no act between actors"),
 59: ([], "Pakistan (2007): 'we need understanding, harmony and the building of bridges among all cultures and peoples "
          "through such initiatives as the Alliance of Civilizations' = 'we' = the world, abstract; the Alliance of "
          "Civilizations is a named initiative, not an actor"),
}
