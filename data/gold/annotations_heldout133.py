"""Hand annotations for the HUNDRED-AND-THIRTY-THIRD held-out event gold set (source of events-heldout133.jsonl).

Keyed by the row index of selection-heldout133.jsonl (output of select_bulk_sentence_heldout.py 133; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout133.jsonl \\
        --annotations annotations_heldout133 --output events-heldout133.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Somalia (2009): 'the extremists do not believe in the benefit of any manner of dialogue or negotiation; they "
         "believe only in guns and cannons' = the insurgents' attitude (the armed rebels of the text before -> "
         "SOM/REB), a belief and not an act; the negation bears on the belief, not on a negotiation (guideline), so "
         "no negated 046; not coded (borderline a 125 SOM/REB -> SOM/GOV rejecting the Government's offer of talks "
         "in the sentence before, as README's 'refuse to engage on a ceasefire and political talks' 125)"),
 1: ([], "France (2018): 'the answer has not been to leave States alone, to act for them or to proclaim from here the "
         "law' = a general lesson about crisis responses, no actor and no act; the negation bears on an approach, "
         "not on an event"),
 2: ([("We urge", "102", "JAM/GOV", N, False, A, N, False)],
     "Jamaica (1991); 'We urge the Governments which have not yet done so to ratify the Convention' (the 1982 Law of "
     "the Sea Convention) = a request (guideline: urge -> 10x) to ratify a treaty -> 102 (held-out 76 row 2: calls to "
     "ratify or join a treaty 102), the addressees an uncoded class of Governments, none named -> target null; 'which "
     "have not yet done so' = the non-ratification of the same uncoded class, null-null, not coded (held-out 76 row 2 "
     "coded it only because the DPRK was named); Y is not coded separately (guideline); 'so that we can begin to "
     "establish a new regime of cooperation' is the purpose"),
 3: ([], "Palestine (2007): 'Attempts from whatever group or faction to impose their will ... by force and armed "
         "revolt will not derail our democracy' = a generic statement of resolve about any group, the attempts "
         "hypothetical and unnamed ('whatever group or faction'); not coded (borderline a nominal 1411 or 180 PSE/REB "
         "-> PSE/GOV for Hamas's takeover of Gaza, 'the rebellion' of the sentence before; held-out 117: 'will not be "
         "intimidated' left uncoded as resolve)"),
 4: ([], "Poland (1994): 'Mankind is no longer held hostage to nuclear confrontation' = figurative (guideline), no actor"),
 5: ([], "Israel (2006): 'The parties do not need another forum ... the only forum that will resolve them is the "
         "bilateral negotiating table' = a position on the format of Israeli-Palestinian talks, no act asserted "
         "(borderline a demanded nominal 046 ISR/GOV -> PSE/GOV); the meeting with Abbas lies in the sentence before"),
 6: ([("nor was there any call", "1032", "KWT/OPP", "IRQ/GOV", True, A, N, True)],
     "Jamaica (1990); 'Kuwait did not present any conceivable threat to the security of Iraq' = not coded (held-out "
     "48/49: 'has never posed a threat' is not coded); 'nor was there any call from elements within the country for "
     "relief or assistance against an oppressive or illegal Government' = the denial of Iraq's pretext that Kuwaiti "
     "insurgents had invited its intervention -> a negated request (held-out 9: 'I do not demand' a negated 100; "
     "guideline: plain negation keeps the event's own code), nominal 'call', Y = help against the Kuwaiti "
     "Government = military aid 1032 (borderline 103, 'relief' also humanitarian), the dissident 'elements within "
     "the country' -> KWT/OPP (borderline KWT/CVL), the addressee Iraq from the sentence before (the invasion of "
     "Kuwait by Iraq) -> IRQ/GOV (borderline target null)"),
 7: ([("have not signed", "057", "SDN/REB", "SDN/GOV", True, A, N, False),
      ("must do so", "057", "SDN/REB", "SDN/GOV", False, D, N, False)],
     "Botswana (2006); 'Those who have not signed the Agreement must do so as a matter of urgency' = the Darfur Peace "
     "Agreement (sentence before), its non-signatory rebel movements unnamed in the speech (held-out 34/35: unnamed "
     "outlaw groups are the country's REB) -> SDN/REB (held-out 30/31: groups that did not endorse a peace agreement "
     "are a negated 057 of the country's REB); a demand and the denial of the same act are two events (held-out "
     "24/25): the non-signature -> negated 057 asserted, 'must do so' -> demanded 057 (guideline: deontic with no "
     "request verb codes Y with source X); counterpart the signatory Government of the Sudan -> SDN/GOV (borderline "
     "target null)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("played a key role in drafting", "045", "DEU/GOV", "UKR/GOV", False, A, N, False)],
     "Germany (2017); 'The Minsk agreements, which Germany played a key role in drafting' = Germany's brokering of the "
     "Minsk agreements in the Ukraine conflict (sentence before) -> mediation 045 (guideline: mediate/broker 045; "
     "borderline 057 as a drafter, or not coded), to the one party the speech names, Ukraine -> UKR/GOV (borderline "
     "RUS/GOV and UKR/REB as well, from outside knowledge; the speech never names Russia as a party); the agreements "
     "themselves name no party and are not coded (README: the agreement of a welcome is coded unless it names no party; "
     "borderline a nominal 057 UKR/GOV -> RUS/GOV); Minsk is part of a name, not a metonym; 'provide a clear road "
     "map' is an evaluation"),
 9: ([("urges", "107", "UGA/GOV", "SOM/REB", False, A, N, False)],
     "Uganda (1994); 'Uganda urges all Somali groups and factions to put behind them fear and mistrust, and to begin "
     "to implement all commitments they undertook in the Nairobi Declaration on National Reconciliation' = a request "
     "(guideline: urge -> 10x), the unnamed Somali factions -> SOM/REB (held-out 34/35: unnamed Somali factions of "
     "1993 SOM/REB), Y = implementing a reconciliation agreement -> 107 (held-out 36/37: a call to return to an "
     "agreement 107; borderline 100); the commitments undertaken in the Nairobi Declaration and the Addis Ababa "
     "Agreements are agreements among the same factions, SOM/REB with itself, not coded (held-out 121: agreements "
     "among unnamed domestic parties uncoded; borderline a nominal 057 SOM/REB -> SOM/REB); Nairobi and Addis Ababa "
     "are places in names, not metonyms"),
 10: ([("cooperate", "050", "SYR/GOV", N, False, A, N, False)],
      "Russian Federation (2014); 'Damascus has already demonstrated its ability to cooperate with the international "
      "community' = a capital-city metonym (guideline: -> the country's GOV) -> SYR/GOV; the demonstrated ability "
      "presupposes realised cooperation in the chemical-weapons elimination programme -> 050 asserted (borderline "
      "not coded as a capacity), the international community an uncoded collective -> target null (borderline "
      "org:OPCW or org:UN for the Joint Mission); 'to fulfil its obligations in the framework of the programme for "
      "eliminating its chemical weapons' = compliance with obligations, not a codable behaviour (guideline)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Turkmenistan (2004): 'it has been noted several times that one of today's major threats ... is terrorism' "
          "= agentless statements (01x) and a threat as risk (guideline); not coded"),
 12: ([("will be extended", "071", "JPN/GOV", N, False, F, N, False)],
      "Japan (1991); 'This April the Government of Japan stated that its official development assistance will be "
      "extended with special attention to the following considerations' = the speaker's own government's past "
      "statement (guideline: reported_by null), the speech verb not coded; inside it, Japan's future ODA -> economic "
      "aid 071 future (held-out 42/43: a future material act keeps its code), the recipients an uncoded class ('the "
      "recipient country') -> target null; the considerations (military expenditures, democratisation, human "
      "rights) are criteria, not acts; borderline not coded as an abstract aid policy, or a conditional 071"),
 13: ([], "Barbados (2019): 'Greta Thunberg spoke from this rostrum' = a statement (01x, not coded); 'she must be "
          "comforted and told that when humankind cannot answer, it will attack' = consolation and a figurative "
          "attack by nature (guideline: figurative uses not coded)"),
 14: ([("I met", "040", "UGA/GOV", "USA/GOV", False, A, N, False)],
      "Uganda (2014); 'When President Obama was walking out, I met him at the door' = President Museveni meeting "
      "President Obama at the Assembly -> 040 (guideline: meet 040), symmetric, from the document's own government "
      "-> UGA/GOV -> USA/GOV; 'told him that he had copied some of my statement' = a remark (speech verb, not coded), "
      "'copied' no political act"),
 # --- UNGDC 1990-2019 random: future
 15: ([("welcomes", "051", "ESP/GOV", N, False, A, N, False),
       ("be signing", "030", "ESP/GOV", N, False, F, N, False)],
      "Spain (1997); 'Spain welcomes the outcome of the Oslo Conference' = a welcome (guideline: 051) of the "
      "convention adopted at the Oslo Diplomatic Conference, its convenors not named -> target null (held-out 113: "
      "a welcome of conferences whose convenors are not named 051 with no target; borderline NOR/GOV as host, or "
      "not coded); 'will be signing the Convention on the Prohibition ... of Anti-Personnel Mines' = a future "
      "signature of a multilateral treaty -> 030 future with no target (held-out 119/121: 'intends to sign the "
      "Statute', 'will adopt' the compact are 030 future with no target; borderline a future 057); 'while promoting "
      "discussion of this question in Geneva at the Conference on Disarmament' = advocacy of talks among an uncoded "
      "membership, not coded (borderline a 106 with no target, or 036 future); Oslo and Geneva are places"),
 16: ([("its cooperation", "063", "MNE/GOV", "org:ICTY", False, F, N, True)],
      "Montenegro (2007); 'Montenegro will continue to demonstrate its ... commitment to, and compliance with, "
      "international obligations through its cooperation with the ICTY' = a cooperation noun naming its parties "
      "(held-out 10/11: cooperation nouns nominal) -> judicial cooperation 063 (held-out 76 row 34: transfer to the "
      "Tribunal 063), org:ICTY (held-out 26/27), a material act continued in the future -> keeps its code, future "
      "(held-out 42/43: 'we will continue support' 070 future; borderline 0313 future as an intent, or asserted as "
      "ongoing cooperation); the commitment to obligations is abstract compliance, not coded"),
 17: ([], "Indonesia (1993): 'We anticipate the forthcoming report by the Secretary-General ... will mark an "
          "important milestone' = an expectation about a report, no act between actors"),
 # --- UNGDC 1990-2019 random: demand
 18: ([("believes in dialogue", "051", "COD/GOV", "ZAF/GOV", False, A, N, False),
       ("believes in dialogue", "051", "COD/GOV", "ZAF/OPP", False, A, N, False),
       ("has just been launched", "040", "ZAF/GOV", "ZAF/OPP", False, A, N, False)],
      "Zaire (1990); 'My country believes in dialogue, and particularly in the one which has just been launched by "
      "President De Klerk and the Vice-President of the ANC, Nelson Mandela' = an endorsement of a named dialogue "
      "-> 051 to each party (held-out 121: 'draws hope from' an agreement 051 to each party; README: support aimed "
      "at a process goes to its named parties; borderline not coded as a belief), the ANC of 1990 -> ZAF/OPP "
      "(held-out 26/27); the dialogue launched = a passive with its agents named -> 040 (earlier sets: dialogue "
      "between named parties 040; borderline 046 negotiations), symmetric, from the first-named, De Klerk -> "
      "ZAF/GOV; 'a dialogue which should lead to the total eradication of apartheid' is its hoped-for outcome"),
 19: ([], "Guinea-Bissau (1997): the sentence starts at 'African Republic and Somalia' (the splitter cut after 'the "
          "Central'); 'dialogue must prevail in the search for solutions' = an agentless deontic whose parties in "
          "Burundi, the Congo, the Central African Republic and Somalia are never named; not coded (borderline a "
          "demanded nominal 040 per country, GOV -> REB)"),
 20: ([], "Austria (1999): 'Those who planned, authorized or executed these acts must be held ... accountable and be "
          "brought to justice' = a deontic for the East Timor atrocities of the sentence before, whose perpetrators "
          "the speech never names, and with no named agent of the prosecution -> null-null, not coded (held-out 30/31: "
          "'deserve to be brought before the International Tribunal' a demanded 173 with no source, here without a "
          "target either; borderline a demanded 173 null -> IDN/MIL, the militias' backers, from outside knowledge)"),
 21: ([], "Azerbaijan (2000): 'The United Nations is called upon to continue to play a key and effective role in "
          "strengthening international economic cooperation and advising States' = an agentless, generic "
          "description of the UN's role (held-out 50 row 19: 'is called upon to shoulder ever-expanding "
          "responsibilities' not coded); not coded (borderline a 1011 with no source to org:UN, as held-out 94 row "
          "14's 'is once again called upon' 108)"),
 22: ([], "Croatia (2000): the United Nations' universality, 'we must never underestimate the simple fact' = a "
          "description and an attitude, no act"),
 23: ([], "Trinidad and Tobago (2014): 'Measures must now be put in place to spur a proactive ... approach to ... "
          "development' = an agentless deontic about development policy, no actor"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("to reject", "127", "ISR/GOV", "PSE/GOV", False, A, N, False)],
      "Kuwait (2001); 'The obvious policy of the Government of Israel is to reject any Palestinian, regional or "
      "international initiative' = a habitual rejection (guideline: refusal -> REJECT, negated false) of peace "
      "initiatives -> rejecting a plan to settle the dispute 127 (held-out 52/53: 'they rejected this particular "
      "Plan' 127; borderline 120), one per coded proposer: the Palestinian side -> PSE/GOV; the regional and "
      "international proposers are uncoded collectives, dropped (guideline: compound split; held-out 120: uncoded "
      "parts of a compound dropped)"),
 25: ([], "Austria (2003): 'I turn now to what the Secretary-General called soft threats' = a speech-structuring "
          "remark; the Secretary-General's naming is a statement (01x) and the threats are risks"),
 26: ([], "Moldova (2009): 'supports the ongoing process of reform of the United Nations' = a UN reform position "
          "(held-out 52/53, 54-61: not coded; borderline 051 to org:UN)"),
 27: ([], "Antigua and Barbuda (2000): a fragment cut by the splitter, 'Organization for Economic Cooperation and'; "
          "the act ('all of this is being done by the') lies before the cut (held-out 54-61: fragments whose act "
          "lies outside the sentence left uncoded; borderline 170 org:OECD -> ATG/GOV)"),
 28: ([], "Bahrain (1992): 'It is also called for by current international developments' = figurative, an "
          "inanimate subject, no actor"),
 29: ([("clearly support", "051", "GRC/GOV", "TUR/GOV", False, A, N, False),
       ("clearly support", "051", "GRC/GOV", "org:EU", False, A, N, False)],
      "Greece (2004); 'we clearly support Turkey's European perspective' = verbal support (guideline: 051) for "
      "Turkey's EU accession -> following held-out 115 (support for 'our neighbour's path towards the European "
      "Union' goes to TUR/GOV and to org:EU), one 051 to each (borderline TUR/GOV only, since 'European "
      "perspective' does not name the Union)"),
 30: ([], "El Salvador (2005): the sentence starts at 'Diseases in Latin America and the Caribbean' (the splitter "
          "cut inside the name of the third Forum); the verb 'we shall shortly host' lies before the cut, so the "
          "sentence holds only the names of the meetings and their purpose (held-out 102-109: a fragment whose verb "
          "was cut away is left uncoded; borderline 036 future SLV/GOV with no target)"),
 31: ([("visiting", "042", "org:UN", "UZB/GOV", False, A, N, False)],
      "Uzbekistan (2011); 'The Secretary-General, Mr. Ban Ki-moon, himself was convinced of that while visiting the "
      "Aral Sea last year' (the sentence spans a page break) = the Secretary-General's April 2010 visit -> 042 (guideline: "
      "visit 042) from org:UN (held-out 30/31: the Secretary-General's visit to the speaker's country a 042 from "
      "org:UN) to the speaker's government, the Aral Sea lying in Uzbekistan -> UZB/GOV (borderline bare UZB, or "
      "KAZ/GOV as well, the sea being shared); 'was convinced' is a state of mind"),
 32: ([("need to support", "051", N, "MAR/GOV", False, D, N, False)],
      "Bahrain (2017); 'the Kingdom of Bahrain reaffirms the need to support the negotiations aimed at achieving a "
      "consensual and final political solution' (Western Sahara) = a deontic of support with no named supporter "
      "(held-out 46/47: 'it has become imperative to continue to support' a demanded 051 with no source; borderline "
      "an asserted 051 BHR/GOV, 'reaffirms' being Bahrain's own stance) -> demanded 051 to the negotiations' "
      "parties the speech names (README: support aimed at a process goes to its named parties): Morocco -> MAR/GOV; "
      "the POLISARIO Front is never named (borderline ESH/REB); the negotiations themselves have no agent in the "
      "sentence, not coded; Security Council resolutions that 'confirm the seriousness of Morocco's self-government "
      "initiative' = an evaluation (held-out 6: viewing a plan as serious is an evaluation; borderline 051 org:UNSC "
      "-> MAR/GOV), and the autonomy initiative itself is not coded (held-out 76 row 21)"),
 33: ([("advocated", "1034", "TGO/GOV", "org:AU", False, A, N, False)],
      "Togo (1994); 'the proposal that General Eyadema, President of the Republic of Togo, made to the Tunis Summit "
      "of the OAU in June 1994, when he advocated the creation of an African peace force' = a historic request "
      "(held-out 54-61: advocacy of a settlement is a request; held-out 34/35: 'we advocate the unconditional "
      "implementation' a request with its sub-code), the proposal and the advocacy one act -> coded once; Y = a buffer force between "
      "belligerents -> demand peacekeeping 1034 (borderline 1044 institutional change), the OAU of 1994 -> org:AU "
      "(held-out 34/35: the OAU of 1995 org:AU); Eyadema -> TGO/GOV; the force's mission is hypothetical, not coded"),
 34: ([("was recognized", "051", "org:LON", "ISR/CVL", False, A, N, False),
       ("supported", "051", "org:UN", "ISR/CVL", False, A, N, False)],
      "Israel (2018); 'That right [the Jewish people's right of self-determination] was recognized nearly a century ago "
      "by the League of Nations, and more than 70 years ago by the United Nations when it supported the "
      "establishment of a Jewish State' = historic endorsements -> 051 (guideline: express support; borderline 054 "
      "diplomatic recognition, though a people's right is not a state), the Jewish people -> ISR/CVL (borderline bare "
      "ISR); new organisation code org:LON for the League of Nations (borderline source null, no code); the UN's "
      "recognition and its support for resolution 181 (II) (next sentence) are one act per pair, coded once from "
      "org:UN as the sentence names it (borderline org:UNGA, whose resolution it was)"),
 35: ([("We therefore welcome", "051", "LCA/GOV", N, False, A, N, False)],
      "Saint Lucia (2008); 'We therefore welcome efforts in that area' = a welcome (guideline: 051) of triangular-"
      "cooperation efforts whose authors are unnamed -> target null (held-out 76 row 27: 'We commend and support all "
      "efforts' 051 null; borderline not coded as a welcome of an abstract modality)"),
 36: ([], "Russian Federation (2010): the sentence starts at 'Iranian nuclear programme' (the splitter cut after "
          "'Clarifying the outstanding questions about the'); 'would ... promote the interests of Iran' = a "
          "hypothetical evaluation, and the clarification's verb lies before the cut; not coded"),
 37: ([("I thank", "051", "TLS/GOV", N, False, A, N, False),
       ("assistance provided", "070", N, "TLS/GOV", False, A, N, True)],
      "Timor-Leste (2010); 'on behalf of our people I thank the international community' = thanks (guideline: 051) "
      "from the speaker's government (README: 'reiterate to the United Nations the gratitude of' the people is the government's 051; "
      "borderline a second 051 from TLS/CVL), to an uncoded collective -> target null (held-out 14/15: thanks that include a "
      "group without a code have target null); 'for the steady and generous assistance provided to us in our years of need' = "
      "the aid thanked for, its providers uncoded -> nominal 070 with no source (held-out 121: thanks to uncoded "
      "partners 'for their contribution' a nominal 070 with no source) to TLS/GOV (borderline bare TLS)"),
 38: ([("support", "051", "TGO/CVL", "TGO/GOV", False, A, N, True)],
      "Togo (2003); 'the people's support for the political reform that the Government has been undertaking' = a "
      "support noun with its agent named -> nominal 051 (guideline: verbal support 051; README: a people's "
      "welcome is a CVL event) TGO/CVL -> TGO/GOV (borderline not coded as domestic opinion); the Government's "
      "political reform is domestic policy-making, not coded"),
 39: ([], "Austria (1996): 'A more cooperative approach to security is to provide a setting conducive to ... "
          "disarmament' = an abstract position, no actor"),
 40: ([], "Norway (2003): 'In the Millennium Development Goals, we have pledged to halve the proportion of people "
          "living in extreme poverty' = 'we' meaning all states that adopted the Goals (held-out 42/43: not coded), "
          "a development goal with no counterpart (borderline 0331 NOR/GOV with no target)"),
 41: ([("is using", "163", "USA/GOV", N, False, A, N, False)],
      "United States (2003); 'Under the Trafficking Victims Protection Act, the United States is using sanctions "
      "against Governments to discourage human trafficking' = sanctions (guideline: 163), ongoing -> asserted, the "
      "sanctioned Governments unnamed -> target null (held-out 10/11: sanctions for a class with target null); the "
      "Act is the legal basis, not a separate act"),
 42: ([("call", "1033", "SSD/GOV", N, False, A, N, False)],
      "South Sudan (2012); 'We therefore call upon the international community to assist in meeting the "
      "humanitarian needs of the refugees within South Sudan, as well as ... those internally displaced' = a request "
      "(guideline: call on -> 10x) for humanitarian aid -> 1033, the international community uncoded -> target "
      "null; Y not coded separately (guideline); the refugees from Southern Kordofan and Blue Nile are the "
      "beneficiaries, not the addressee"),
 43: ([], "Tanzania (2016): 'Unilateral sanctions and embargoes imposed on countries are a hindrance to development' "
          "= a general statement about sanctions with no imposer and no named target, null-null, not coded "
          "(borderline a nominal 163 null -> null)"),
 44: ([("We encourage", "051", "TZA/GOV", "SDN", False, A, N, False)],
      "Tanzania (2005); 'We encourage progress in the current peace negotiations on Darfur' = encouragement of a "
      "process, not of an addressee (earlier sets: 'we encourage the efforts' 051, while 'encourage X to' is 10x) -> "
      "051; the negotiations' parties (the Abuja talks) are not named in the speech -> the bare country of the "
      "region (held-out 62-73: a welcome of a development inside a named country whose parties are not named goes "
      "to the bare country) -> SDN (borderline target null, or a 107 request to SDN/GOV and SDN/REB); the "
      "negotiations themselves have no named agent, not coded"),
 45: ([("support", "051", "CHL/GOV", "BOL/GOV", False, A, N, False),
       ("offered our cooperation", "039", "CHL/GOV", "BOL/GOV", False, A, N, False),
       ("condemning", "111", "CHL/GOV", "BOL/OPP", False, A, N, False)],
      "Chile (2008); 'we nations of South America' = the UNASUR members (next sentence), a group without a code, "
      "coded for the member the document names as actor, the speaker's own Chile, convener of the La Moneda summit "
      "(held-out 12/13: a group without a code is each member the document names) -> CHL/GOV; 'came to the "
      "support of the legitimately elected authorities' of Bolivia -> 051 (guideline; borderline 070) -> BOL/GOV; "
      "'offered our cooperation to help in the resumption of the domestic political dialogue' = an offer to "
      "facilitate talks -> intent to mediate 039 asserted (held-out 38/39: good offices made available 039; "
      "borderline 030), to BOL/GOV, the opposition party to the dialogue unnamed (borderline a second 039 to "
      "BOL/OPP); 'while condemning the rebellion and bloodshed' -> 111 to the unnamed Bolivian autonomist "
      "opposition of September 2008 -> BOL/OPP (borderline BOL/REB under the unnamed-outlaw-groups rule, or target "
      "null); the rebellion itself has no named agent, not coded; 'a threat to disrupt the democratic institutional "
      "order' is a risk (guideline)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("stand ready", "0334", "ARM/GOV", "LBN", False, A, N, False),
       ("stand ready", "0334", "ARM/GOV", "MLI", False, A, N, False)],
      "Armenia (2017); 'we stand ready to increase our contribution in Lebanon and Mali - respectively, to UNIFIL "
      "and MINUSMA' = readiness stated as a fact (held-out 8: 'stands ready to engage/assist' 03x asserted) to "
      "contribute peacekeepers -> 0334, one per mission's host country (held-out 46/47: troops in ISAF or UNIFIL are "
      "074 to the host country; held-out 117: participation in the UN Mission in Haiti to bare HTI) -> bare LBN and "
      "MLI (borderline org:UN)"),
 47: ([], "Bangladesh (2005): a fragment cut by the splitter, 'Charter and its legitimacy based on the rule of law'; "
          "the verb ('We are constitutionally committed to uphold the') lies before the cut; no act"),
 48: ([], "Kyrgyzstan (2006): 'We advocate enhanced efforts to seek solutions in the interests of all members of the "
          "international community' = advocacy with no addressee and no specific behaviour (held-out 52/53: urging "
          "with no addressee on general matters not coded; borderline a generic 100 with no target)"),
 49: ([], "Djibouti (2012): the challenges facing Somalia, 'the problems of terrorism and piracy off the Somali coast' "
          "= agentless problems, no named actor (borderline a nominal 181 null -> SOM for piracy)"),
 50: ([], "Sri Lanka (2019): strengthening the General Assembly through its revitalization process = a UN reform "
          "position (held-out 52/53, 54-61), not coded"),
 51: ([], "DPRK (2000): 'Durable international peace and security are inconceivable without the eradication of "
          "poverty' = an abstract statement, no actor"),
 52: ([("mediate", "045", "org:ECOWAS", "LBR/REB", False, A, N, True),
       ("mediate", "045", "org:ECOWAS", "LBR/GOV", False, A, N, True)],
      "Liberia (1992); 'The timely initiative of the Economic Community of West African States to mediate in the "
      "Liberian conflict' = ECOWAS's realised mediation (the speech: 'undertook a mediatory initiative', the "
      "Yamoussoukro talks) -> a mediation noun naming its broker (held-out 9: 045 from the broker to each party), "
      "org:ECOWAS (README), nominal, to the parties the speech names: the NPFL -> LBR/REB and the speaker's "
      "Interim Government of National Unity -> LBR/GOV (borderline LBR/REB only, the interim Government being a "
      "product of the plan); 'was a laudable response' = an evaluation (held-out 119: 'commendable role' uncoded; "
      "borderline 051 LBR/GOV -> org:ECOWAS)"),
 53: ([("war", "190", N, "MOZ", False, A, N, True)],
      "Mozambique (1995); 'a direct consequence of the war which ravaged our country for so many years' = the civil "
      "war, an event noun whose belligerent (RENAMO) the speech never names -> nominal 190 with no source (README: "
      "wars whose agent the speech never names have no source), the country as a whole -> bare MOZ "
      "(guideline); the next sentence names the Rhodesian and apartheid regimes as creators of 'the war situation', "
      "sponsors rather than the fighting side (borderline source ZAF/GOV from the next sentence, as the README's 'a "
      "war that was imposed on us', or not coded); the impoverishment is a state"),
 54: ([("thank", "051", "YEM/GOV", "org:UN", False, A, N, False),
       ("humanitarian efforts", "073", "org:UN", "YEM/CVL", False, A, N, True)],
      "Yemen (2018); 'I would also like to sincerely thank the humanitarian organizations of the Arab coalition "
      "countries, as well as our sisterly and friendly donor countries, in addition to the various United Nations "
      "bodies, for their exceptional humanitarian efforts' -> thanks 051 (guideline), 'would like to' performative "
      "-> asserted, to the one coded addressee, the UN bodies -> org:UN; the coalition countries' organizations and "
      "the donor countries are uncoded collectives whose members the sentence does not name (Saudi Arabia is thanked "
      "separately before, 'also'), dropped (guideline: compound split; borderline SAU); the efforts thanked for get "
      "their agent from the thanks (held-out 28/29) -> nominal humanitarian aid 073 org:UN -> the suffering people "
      "YEM/CVL (held-out 113: humanitarian assistance to AFG/CVL; borderline YEM/GOV)"),
 55: ([], "Netherlands for the Twelve (1991): 'The Twelve stress the need for changing budgetary priorities in order "
          "to alleviate the financial and staffing difficulties' of the UN Centre for Human Rights = a position on the "
          "UN's internal budget (held-out 52/53, 54-61: UN reform positions not coded; borderline a 1044 org:EU -> "
          "org:UN, the European Community being org:EU)"),
 56: ([], "Russian Federation (2012): 'The entire sequence of events in the Arab world ... proves the futility of any "
          "such policy' (imposing political systems) = an evaluation; 'interethnic and interreligious clashes' are "
          "hypothetical and agentless"),
 57: ([], "Canada (2017): 'the federal Government has a historic responsibility for providing services to indigenous "
          "peoples' = a domestic public-service responsibility, not aid between political actors; not coded "
          "(borderline a demanded 070 CAN/GOV -> CAN/CVL, as held-out 113's 'duty to provide all possible "
          "assistance')"),
 58: ([("sponsor", "1042", "HUN/GOV", "org:UNGA", False, A, N, False)],
      "Hungary (1996); 'Hungary was among the first countries to sponsor resolution 50/245' = sponsoring the General "
      "Assembly resolution adopting the CTBT -> the sponsor's own request (held-out 98-101: joining to sponsor a draft "
      "resolution 1042 to org:UNGA; held-out 126 row 31) -> 1042 HUN/GOV -> org:UNGA, asserted (borderline 102 as a "
      "call to endorse the treaty); the other early sponsors are an uncoded class, not coded"),
 59: ([], "Belgium (1991): 'Article 56 of the Charter implies the possibility of interference of this kind' = a legal "
          "interpretation, no act; 'Let me just point out' is the speaker's statement"),
}
