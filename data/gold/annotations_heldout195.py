"""Hand annotations for the HUNDRED-AND-NINETY-FIFTH held-out event gold set (source of events-heldout195.jsonl).

Keyed by the row index of selection-heldout195.jsonl (output of select_bulk_sentence_heldout.py 195; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout195.jsonl \\
        --annotations annotations_heldout195 --output events-heldout195.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Madagascar (1992): 'We have not always managed to avoid recrimination and confrontation, but over four "
         "decades ... we have constantly sought the best ways and means of promoting and perfecting cooperation "
         "between our peoples and between our States' = 'we' meaning all Member States over the UN's four decades "
         "(held-out 42/43: 'we' meaning all states not coded); the negation bears on avoiding recrimination, no "
         "negated event between named actors (borderline an asserted 030 MDG/GOV with no target)"),
 1: ([("welcomes the adoption", "051", "ESP/GOV", "org:UNGA", False, A, N, False)],
     "Spain (2006); 'The Government of Spain welcomes the adoption of the Global Counter-Terrorism Strategy' = a "
     "welcome (guideline: 051) of the Strategy the General Assembly adopted in September 2006 (resolution 60/288) "
     "-> 051 to org:UNGA (README: welcoming a UN resolution or a General Assembly decision 051 to org:UNGA; "
     "borderline org:UN, as set 123's Global Strategy for Women's and Children's Health, or target null as set "
     "175's TPNW adoption, since the sentence does not name the adopting body); the adoption itself is agentless "
     "and not coded (set 174: the UN's launching of the Strategy uncoded); 'which does not overlook victims' "
     "describes the text, no negated event"),
 2: ([], "Panama (2004): 'Direct help to Governments, in the form of loans or grants, has not been enough or "
         "sufficiently effective' = aid from unnamed donors to Governments in general, null-null (held-out 54-61: "
         "acts between uncoded collectives uncoded; borderline an asserted nominal 071 null -> null); the negation "
         "bears on the sufficiency, not on the aid (set 113: 'has not been matched by a commensurate support' "
         "asserted)"),
 3: ([("appeal to the international", "107", "ALB/GOV", N, False, A, N, False)],
     "Albania (2001); 'I would simply like to appeal to the international community to actively seek a solution "
     "to the issue of divided Mitrovica' = a request (guideline: appeal -> 10x), 'would like to' performative -> "
     "asserted, to an uncoded collective -> target null (set 122: 'ask for the international community's "
     "cooperation' 102 with no target); Y = settling the Mitrovica dispute -> demand settling of dispute 107 "
     "(README: advocacy of a settlement is a request, 107; borderline 108 for mediation, or target bare XKX); Y "
     "not coded separately (guideline); 'I do not wish to speak at great length' negates a speech act, not an "
     "event"),
 4: ([("despite welcoming", "051", "AGO/GOV", "org:UN", False, A, N, False)],
     "Angola (2009); 'despite welcoming the progress in the evolution and functioning of the United Nations "
     "system' = a welcome (guideline: 051) presupposed by the concessive 'despite', repeating the welcome of the "
     "ECOSOC reforms in the sentence before -> asserted 051 to org:UN, the party whose evolution it is (set 121: "
     "welcoming UN reforms 051 to org:UN; borderline not coded as a UN reform position or an evaluation of a "
     "development, set 118); 'cannot help note' is the speaker's statement (01x); 'the United Nations was created' "
     "is an agentless historic act, and 'hope will never reoccur' optative"),
 5: ([("urges the President of the General", "1044", "GMB/GOV", "org:UNGA", False, A, N, False),
      ("if it does not", "139", "GMB/GOV", "org:UNGA", False, A, N, False),
      ("will not be binding", "128", "org:AU", "org:UNSC", False, H, N, False)],
     "Gambia (2009); 'My delegation therefore urges the President of the General Assembly to make more effort on "
     "the issue ... and to ensure that the continent of Africa has at least two permanent seats on the Security "
     "Council' = a request (guideline: urge -> 10x) to the Assembly's President -> org:UNGA, Y = Council seats -> "
     "demand change in institutions 1044 (held-out 9: 'calls for' seats for Africa on the Council 1044; here the "
     "addressee is named); 'if it does not, any resolution adopted by the Council will not be binding on Africa "
     "or any African Union member State by the end of 2010' = a conditional warning with a deadline, which the next "
     "sentences press ('Members should take my words seriously') -> the warning itself asserted (guideline), "
     "give ultimatum 139 (set 125: 'the ultimatum of Athens' 139; borderline 130), to the addressee of the demand "
     "-> org:UNGA (borderline org:UNSC, whose resolutions are at stake); the threatened act inside it is "
     "hypothetical (guideline): the African states' non-compliance with Council resolutions -> defy norms, law 128 "
     "from the African Union members -> org:AU, to org:UNSC ('will not be binding' names the defiance as a legal "
     "status, not a negated event; borderline left uncoded as set 140's implicit threatened act, or source "
     "GMB/GOV only); a new call: the set's boldest"),
 6: ([("We do not support", "051", "ROU/GOV", N, True, A, N, False)],
     "Romania (1990); 'We do not support either past or present decisions that affect the way of life of entire "
     "peoples' = plain negation of a support verb -> negated 051 (held-out 6: 'we do not support efforts' a "
     "negated 051), the decisions' authors unnamed -> target null (borderline org:UN, 'resolutions' in the same "
     "sentence suggesting UN decisions; or not coded as an abstract policy position, as held-out 50/51's 'will not "
     "support any indefinite extension' of a treaty); 'we will favour reconsidering resolutions that have such "
     "connotations' = a future policy preference on unnamed resolutions, not coded (borderline a future 051 or a "
     "1042 with no target)"),
 7: ([("dispatched to meet", "040", "LBR/GOV", "LBR/REB", False, A, N, False),
      ("refused to take part", "125", "LBR/REB", N, False, A, N, False)],
     "Gambia (1990, as ECOWAS Chairman); 'a delegation of the Interim Government was dispatched to meet the warring "
     "faction' = the Interim Government of National Unity formed at the Banjul national conference -> LBR/GOV (the "
     "de facto rule, as the README's National Transitional Council of 2011 LBY/GOV; borderline LBR/OPP, Doe's "
     "government still claiming office in 1990), the faction = Taylor's NPFL, the one warring faction that stayed "
     "away -> LBR/REB; the meeting is realised ('pending the outcome of these consultations', next sentence) -> "
     "040 (guideline: meet 040; borderline 036 for a dispatch whose meeting is its purpose, or 042 visit); 'which "
     "refused to take part in the deliberations' = an explicit refusal (guideline: REJECT) to join talks -> reject "
     "proposal to meet or negotiate 125 (README: the Houthis' 'refuse to engage on a ceasefire and political talks' 125, 'opted to stay away from that historic meeting' 125), the conference being 'attended only by "
     "Liberians' of uncoded parties and groups (text before) -> target null (borderline org:ECOWAS as sponsor of "
     "the peace plan, or GMB/GOV as host); 'with a view to persuading them to accept and participate' is the "
     "purpose, not coded (borderline a 102 LBR/GOV -> LBR/REB)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("we will provide the necessary support", "073", "LCA/GOV", "LCA/CVL", False, F, N, False)],
     "Saint Lucia (2018); 'they may rest assured that regardless of the difficulties, we will provide the "
     "necessary support to help our people recover' = the Government's relief to the farmers and communities hit "
     "by the storm and the earthquake (sentences before) -> a future material act keeps its code (README: 'we will "
     "continue support' 070 future) -> humanitarian aid 073 future (set 149: the Haitian Government's assistance to "
     "flood victims 073 to HTI/CVL), to the people -> LCA/CVL; borderline an uncoded domestic programme (set 174: "
     "'We have to provide them with agricultural assistance'), or 070"),
 9: ([], "Cabo Verde (2005): the implementation of the World Summit outcome as 'a test ... of the negotiating skills "
         "of Member States, as we strive to achieve a better balance' = 'we' meaning all states (held-out 42/43), "
         "an evaluation; no act between actors"),
 10: ([], "Spain (1998): 'Spain will follow this process very closely so as to support it' = the UN reform process "
          "the Secretary-General set in motion (sentence before); the support is only the purpose of following the "
          "process, and support for UN reform is a reform position (sets 118, 181, 184), not coded (borderline a "
          "future 032 ESP/GOV -> org:UN)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "El Salvador (2008): 'we have achieved some of the targets established under the Millennium Development "
          "Goals' = domestic progress, no act between actors; 'I must underline' is the speaker's own statement"),
 12: ([], "Marshall Islands (2000): 'We must collectively strive to ensure that an educated population makes up a "
          "healthy and prosperous society' = 'we' meaning all states (held-out 42/43), no act"),
 13: ([], "Czech Republic (2012): 'We should know what needs to be done tomorrow' = a general deontic about Syria "
          "policy, 'we' the international community, no codable behaviour"),
 14: ([("called upon to coordinate", "070", "org:UN", "LBY", False, D, N, False)],
      "Italy (2011); 'The United Nations is called upon to coordinate and lead the international community's "
      "assistance to that country' = an agentless request, the requester unnamed, so no request event (sets 133, "
      "154, 155: 'The United Nations is called upon' left uncoded; borderline a 108 with no source, as set 99's "
      "'is called upon to assume'); its Y is a codable behaviour with a named actor, coded as a deontic (guideline: "
      "demanded): the UN leading aid to Libya -> demanded 070 from org:UN (set 172: 'calls for the Organization to "
      "strive to lighten the heavy burden' a demanded 070 org:UN), 'that country' = Libya (sentence before) -> bare "
      "LBY (set 128: assistance to a country per bare country; borderline LBY/GOV, the NTC); the international "
      "community's own assistance, an uncoded collective's, is folded in (borderline a separate nominal 070 with no "
      "source); borderline the whole row uncoded under sets 133/154/155"),
 15: ([], "Equatorial Guinea (1998): Africa's opportunities 'must be put to use in the context of a sincere "
          "partnership between North and South' = an agentless deontic between uncoded collectives, null-null, not "
          "coded (borderline a demanded 050 null -> null)"),
 16: ([], "Venezuela (1991): 'there must be prior acknowledgement of the fact that no one ... can remain on the "
          "sidelines or be dominant' = an abstract principle for a new world order, no actor"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Congo (2004): 'we firmly support the idea of enlarging the Security Council in its two components' = a "
          "UN reform position (held-out 54-61; set 9), not coded (borderline 051 COG/GOV -> org:UN, or a 1044 with "
          "no target)"),
 18: ([], "Belgium (2016): 'Let us strive to meet the expectations of our citizens ... and act as statesmen' = a "
          "hortative with 'us' meaning all leaders (set 121), no act"),
 19: ([], "Vanuatu (2016): 'The Government could have more responsibility if the assistance funds were processed "
          "through the governmental system' = a counterfactual about the channel of aid from unnamed NGOs and "
          "donors, the aid itself only presupposed as a background; not coded (borderline a hypothetical nominal "
          "071 with no source to VUT/GOV)"),
 20: ([("We welcome the ratification", "051", "TGO/GOV", N, False, A, N, False)],
      "Togo (2016); 'We welcome the ratification of the Agreement' = the Paris Agreement's ratification by unnamed "
      "states in 2016 -> 051 (guideline: welcome), no party named -> target null (set 130: 'Cabo Verde is pleased "
      "with the number of States that have ratified the Paris Agreement' 051 with no target); the ratification is "
      "agentless, not coded (borderline a 057 with no source)"),
 21: ([("promoted by the", "043", "org:UN", N, False, A, N, False)],
      "San Marino (2008); 'the high-level meeting on that subject promoted by the United Nations' = a meeting the UN "
      "organised (the interreligious and intercultural dialogue) -> convene 043 from org:UN (README: host/convene "
      "043; set 116: a meeting 'organized by the Government of Brazil' 043 with no target, not nominal as a "
      "participle), participants unnamed -> target null (borderline org:UNGA for the General Assembly's high-level "
      "dialogue, or not coded, 'promoted' being weaker than 'convened' and the meeting named only as the source of "
      "a statement); 'as stressed at' is a statement (01x); the dialogue among religions is abstract"),
 22: ([("visiting", "042", "NER/GOV", "SDN/GOV", False, A, N, False)],
      "Niger (1998); 'We in Niger believe the request to be sincere, having had the privilege of visiting on 6 May "
      "the sites and the pharmaceutical factory in question' = a Niger delegation's visit to the Al Shifa factory in "
      "Khartoum (sentence before) -> make a visit 042 (README: visit 042), to the host government -> SDN/GOV (set "
      "187: a Prime Minister's visits one 042 per host government; borderline bare SDN); 'the request' = Sudan's "
      "request for an international mission of inquiry, an anaphoric event noun whose agent lies only in the "
      "sentence before -> not coded (set 178: 'That attack'; set 182: 'that agreement'; borderline a nominal 101 "
      "SDN/GOV -> org:UNSC); 'believe ... to be sincere' is an evaluation"),
 23: ([], "France (1999): 'For these countries, official development assistance remains indispensable' = a statement "
          "of need of an uncoded class (the poorest countries) from uncoded donors, null-null (held-out 77 row 19), "
          "not coded"),
 24: ([], "Vanuatu (2006): 'The central focus on the fight against terrorism has taken centre stage for some, and "
          "the diversion of resources is jeopardizing ...' = agentless, an evaluation; 'some' uncoded"),
 25: ([], "United Arab Emirates (2006): 'we had to direct our efforts towards finding temporary solutions for the "
          "grave security threats' = 'we' meaning all states (held-out 42/43); threats as risks (guideline); no act"),
 26: ([("we call for an", "1056", "SCG/GOV", N, False, A, N, False)],
      "Serbia and Montenegro (2003; document code YUG, the State Union of February 2003 -> SCG/GOV, README: "
      "Belgrade in 2004 SCG/GOV); 'we call for an end to violence in all parts of the world in Baghdad and Iraq, and "
      "the Middle East' = a request (guideline: call for -> 10x) with no addressee named -> target null (set 117: an "
      "unattributed call for a reduction in tension 1056 with no target; set 178), Y = an end to violence -> "
      "de-escalation 1056 (borderline bare IRQ as target, or not coded as a call with no addressee, sets 110, 125)"),
 27: ([("increasing the level of assistance", "071", "CYP/GOV", N, False, A, N, False)],
      "Cyprus (2008); 'Cyprus is gradually intensifying its efforts by increasing the level of assistance to "
      "additional countries' = its overseas development assistance (sentence before) -> economic aid 071 (README: "
      "ODA figures 071; borderline 070), ongoing -> asserted, the additional countries unnamed -> target null "
      "(borderline bare countries of Africa from the sentence before)"),
 28: ([("would like to welcome", "051", "SEN/GOV", "GNB/GOV", False, A, N, False)],
      "Senegal (2014); 'Senegal would like to welcome the democratic process that led to the election of President "
      "Jose Mario Vaz' = a performative welcome (guideline: 051) -> asserted, to the elected President -> GNB/GOV "
      "(README: welcoming an appointment is 051 to the appointee; borderline bare GNB, set 65's welcome of a "
      "development inside a named country); the election is agentless, not coded"),
 29: ([], "Mexico (2005): 'It is crucial that all parties fully meet their commitments' = compliance of uncoded "
          "donors and developing countries with aid commitments, null-null, not coded (borderline a demanded 071 "
          "null -> null)"),
 30: ([("was very disappointed", "110", "SVK/GOV", "org:UNSC", False, A, N, False),
       ("was unable to agree", "057", "org:UNSC", N, True, A, N, False)],
      "Slovakia (2009); 'Slovakia was very disappointed when ... the Security Council was unable to agree on "
      "extending the mandate of the United Nations Observer Mission in Georgia' -> 'disappointed' 110 (guideline) to "
      "org:UNSC, whose failure it is (borderline RUS/GOV, whose veto the speech does not name); 'was unable to agree' "
      "-> negated 057 from org:UNSC with no target (set 139: 'The Security Council failed to agree on the "
      "continuation of' a mission a negated 057; borderline a negated 074 org:UN -> GEO for the mission itself)"),
 31: ([], "Senegal (1993): 'The fundamental and logical underpinnings of relations between peoples are ... dialogue "
          "and agreement' = an abstract statement, no actor"),
 32: ([], "Cambodia (2007): 'developing countries have been experiencing difficulties in meeting the MDG targets' = "
          "a description of an uncoded collective, no act"),
 33: ([("condemn", "111", "PHL/GOV", N, False, A, N, False),
       ("violence directed against", "180", N, "org:UN", False, A, N, True)],
      "Philippines (1997); 'we regret the deterioration of civil order' in Bosnia and Herzegovina = regret of a "
      "situation, not an act (set 177: 'it is regrettable to note' a bleak picture uncoded; borderline 110 with no "
      "target); 'condemn the violence directed against United Nations personnel' -> 111 (guideline), the "
      "perpetrators unnamed -> target null (README: condemning attacks by unnamed perpetrators is the speaker's 111 "
      "with no target); the violence = an attack noun with a named victim and no agent -> nominal 180 with no "
      "source (README 54-61: an agentless terrorist attack 180 with no source; set 179: mistreatment of Blue "
      "Helmets null -> org:UN), UN personnel -> org:UN (borderline 182 assault, or BIH/REB for the 1997 Bosnian "
      "Serb mobs, whom the speech does not name)"),
 34: ([("armed conflict", "190", "AGO/GOV", "AGO/REB", False, A, N, True),
       ("signing of the Bicesse Accords", "057", "AGO/GOV", "AGO/REB", False, A, N, True)],
      "Angola (1992); 'The armed conflict that had ravaged the country since 1975' = the civil war between the "
      "Government and UNITA, which the speech names later as 'the Government's co-signatory to the Bicesse Accords' "
      "-> nominal 190 (README: war 190) from the document's government to UNITA, an armed insurgency up to the "
      "accords -> AGO/REB (set 137: 'A conflict on which discussions are now under way' a nominal 190 MOZ/GOV -> "
      "MOZ/REB; borderline no source to bare AGO, as set 133's 'The war which ravaged our country'); 'was ended with "
      "the signing of the Bicesse Accords' -> agreements concluded 057 (guideline), nominal, between the same "
      "parties, taken from the text after (README: agentless signing takes its parties from the context); the "
      "ending of the conflict is the outcome of the signing, not coded separately (borderline a nominal 0871); the "
      "date 1992 is the speech's (the accords were signed in 1991)"),
 35: ([], "Turkmenistan (2008): security of energy infrastructure against disasters, 'threats from international "
          "terrorists' (risks, guideline) and 'unauthorized siphoning' (agentless) = a description, no act"),
 36: ([("commend him", "051", "GMB/GOV", "org:UN", False, A, N, False),
       ("to convene a high-level event", "043", "org:UN", N, False, A, N, False)],
      "Gambia (2007); 'We also wish to commend him' = Secretary-General Ban Ki-moon (sentence before) -> 051 "
      "(guideline: commend) to org:UN, 'wish to' performative -> asserted; 'the initiative he took to convene a "
      "high-level event several days ago on ... climate change' = the realised UN high-level event of 24 September "
      "2007 -> convene 043 from org:UN (set 130: the Secretary-General's 'initiative in convening' a summit; set "
      "185: 'the Secretary-General's recent high-level event' a nominal 043 org:UN), realised, not nominal as a "
      "verb, participants 'all nations' unnamed -> target null"),
 37: ([("hopes for fruitful cooperation", "030", "KAZ/GOV", N, False, F, N, False)],
      "Kazakhstan (2003); the sentence starts at 'Group of Eight regarding a global partnership' (the splitter cut "
      "after 'Kazakhstan has welcomed the initiative of the'), so the welcome verb lies outside it and is not coded "
      "(README: a fragment whose verb was cut away is left uncoded); 'it hopes for fruitful cooperation on the issue "
      "with that group of States' = the speaker's hope for its own cooperation -> 030 future (README: 'hope that we "
      "can work together' 030 future), the G-8 having no code and no member named -> target null (set 118: the "
      "G-8 decision's welcome with no target; borderline org:G7, or not coded as an optative hope)"),
 38: ([], "Saint Vincent and the Grenadines (2013): 'We view it as our responsibility to sound the alarm when this "
          "institution threatens to depart from the founding principles' = a self-description; 'threatens to "
          "depart' is figurative (guideline), no act"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Russian Federation (1992): 'The basic elements of this policy are ... partnership and alliance ... with "
          "countries that share these values; good-neighbourly relations with all neighbouring States' = policy "
          "aims with uncoded classes of partners (the named CIS states come after the sentence), an abstract "
          "policy position, not coded (borderline a nominal future 050 RUS/GOV with no target)"),
 40: ([], "Afghanistan (2009): 'negative coverage of the situation by international media' = reporting by uncoded "
          "media, an evaluation (borderline a nominal 111 with no source to AFG/GOV); 'the collapse of the Taliban "
          "regime in 2001' is agentless (set 183 coded 'the removal of the Taliban' only with its agent named)"),
 41: ([], "Peru (2011): 'Latin America will not be spared the problems that have affected the North' = a "
          "prediction about economic problems, no actor, no negated event"),
 42: ([], "Kazakhstan (2008): a fragment 'Congresses of Leaders of World and Traditional' whose verb ('Astana, "
          "hosted two') lies before the splitter's cut -> not coded (README: fragments whose verb was cut away; "
          "borderline a nominal 043 KAZ/GOV with no target)"),
 43: ([], "Saint Vincent and the Grenadines (2007): a health crisis 'largely self-inflicted' with 'an obvious global "
          "component' = a description, no act"),
 44: ([("Talks are under way", "046", "TLS/GOV", "AUS/GOV", False, A, N, True)],
      "Timor-Leste (2004); 'Talks are under way between Australia and' = a fragment whose object the splitter cut off "
      "and the text after completes ('Timor-Leste to rectify our differing interpretations ... as regards maritime "
      "boundaries') -> coded from the text after (README: a fragment whose verb is in the sentence); the maritime "
      "boundary negotiations -> 046 (guideline: negotiations), nominal (set 137: 'discussions are now under way' a "
      "nominal 046), symmetric and coded once from the document's own government (guideline; set 148) TLS/GOV -> "
      "AUS/GOV (borderline AUS/GOV -> TLS/GOV, Australia being first-named and the only party inside the sentence)"),
 45: ([], "India (1996): the NPT and the CTBT 'defeat this objective by legitimizing the possession of nuclear "
          "weapons and permitting the non-explosive testing ... by nuclear-weapon countries' = an evaluation of two "
          "treaties as inanimate subjects (borderline a 111 IND/GOV -> null), the testing permitted to an uncoded "
          "class, not a realised act; 'cannot be a party' lies after the sentence"),
 46: ([], "Paraguay (2013): 'Those events also represent the conclusion of a long transition towards democracy' = "
          "the 2013 elections described, no act between actors"),
 47: ([], "Holy See (2019): 'I would like to extend the warm greetings of Pope Francis to the President and to all "
          "the delegations' = a courtesy greeting (01x, not coded, as held-out Libya 2013's 'convey my greetings' and "
          "well-wishing, set 7; borderline a 051 VAT/GOV -> org:UNGA); the delegations' participation in the session "
          "is an uncoded collective's"),
 48: ([], "Myanmar (1999): 'This is a reflection of our trust in our national brethren' = a sentiment about the "
          "armed groups allowed to keep their weapons (sentence before), no act in the sentence"),
 49: ([], "Guinea-Bissau (2008): food prices 'impel us to take action and implement appropriate agricultural "
          "policies' = domestic policy, no act between actors"),
 50: ([], "New Zealand (2010): 'Fourteen per cent of worldwide greenhouse-gas emissions come from agriculture' = a "
          "statistic, no act"),
 51: ([], "Peru (1990): the Peruvian people acting 'with the same dignity and the same sense of solidarity' as "
          "ancient Andean civilisations = a description, no act"),
 52: ([], "Comoros (2014): 'the Union of the Comoros has made significant strides towards achieving the Goals, "
          "including ... fighting HIV/AIDS' = domestic development progress, no act between actors"),
}
