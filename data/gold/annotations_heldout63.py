"""Hand annotations for the SIXTY-THIRD held-out event gold set (source of events-heldout63.jsonl).

Keyed by the row index of selection-heldout63.jsonl (output of select_bulk_heldout.py 63; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout63.jsonl \
        --annotations annotations_heldout63 --output events-heldout63.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "United Arab Emirates (2007): the sentence starts at 'International Atomic Energy Agency will eventually lead "
         "to a permanent, peaceful solution' (the splitter cut after 'We hope that talks between Iran and the', which "
         "lies in the preceding text); the talks noun is outside the sentence and the hope is optative; 'will not be "
         "faced with any threats to their security' = a risk (guideline: figurative 'threat'), agentless; not coded"),
 1: ([], "Lebanon (1995): a fragment cut by the splitter, 'The peace negotiations, however, do not absolve the' "
         "[Security Council from the obligation ...]; the negotiations noun has no agent in the sentence (guideline), "
         "and 'do not absolve' is no event; the Council's failure to condemn lies in the preceding text"),
 2: ([("we call upon those States", "102", "PER/GOV", N, False, A, N, False)],
     "Peru (2002); calling upon 'those States that have not yet done so' (an uncoded collective -> target null) to "
     "sign and ratify the 12 UN conventions against terrorism = a request whose Y is joining treaties -> demand "
     "diplomatic cooperation 102 (held-out 37 row 2, 43 row 18: calling on states to ratify a convention 102); the "
     "relative clause = a negated 057 of the same uncoded collective with no target, null-null, not coded (held-out "
     "45 row 3); 'Peru is a party to 12 United Nations conventions' is a status, not an act (borderline 057 with no "
     "target, as held-out 48/49's joining the NPT)"),
 3: ([("refused to discuss", "125", "IRN/GOV", "ARE/GOV", False, A, N, False),
      ("military occupation", "192", "IRN/GOV", "ARE", False, A, N, True),
      ("refused to have the case referred", "1245", "IRN/GOV", "ARE/GOV", False, A, N, False)],
     "United Arab Emirates (1992); 'the Iranian delegation' at the bilateral meetings in Abu Dhabi (preceding "
     "sentence) -> IRN/GOV; an explicit refusal is a REJECT with negated false (guideline): refusing to discuss "
     "ending the occupation = rejecting a proposal to discuss -> 125, to the UAE as proposer -> ARE/GOV; 'the "
     "military occupation of the two islands of Greater Tunb and Lesser Tunb' = an occupation noun whose agent "
     "the preceding sentence names ('the continued occupation by the Islamic Republic of Iran') -> nominal 192 "
     "IRN/GOV (held-out 48/49: an event noun whose agent is plain only from the text around it is coded; held-out "
     "54-61: 'will never accept the occupation'), the islands claimed as the UAE's territory -> bare ARE "
     "(guideline: target of an invasion); refusing to have the case referred to the International Court of "
     "Justice = declining third-party adjudication -> 1245 decline to allow international involvement "
     "(borderline 126 reject mediation, which CAMEO keeps for mediators)"),
 4: ([], "Republic of Korea (2004): 'the international community must never give in to the demands of terrorists' = "
         "a deontic over an uncoded collective toward an uncoded group, null-null, not coded; 'remains firm in its "
         "conviction' is an attitude; the killing of a Korean in Iraq lies in the preceding text"),
 5: ([], "Kenya (1997): 'These efforts [of many countries to implement economic reforms, Africa] have not met with "
         "adequate bilateral and multilateral financial support' = a negated 071 whose donors are unnamed and whose "
         "recipients are an uncoded collective ('many countries' of Africa), null-null, not coded; the resulting "
         "prospects are an effect"),
 6: ([], "Andorra (2002): 'the attacks on the World Trade Center' = an attack noun; its perpetrators, 'the suicide "
         "hijackers', are an uncoded group and appear only as the subject of 'did not know New York' (held-out 26 "
         "row 43: 'the 9/11 terrorist attack' not coded; held-out 47 row 42: borderline 180 null -> USA); 'saw' the "
         "attacks is perception, and 'did not know New York' negates knowledge, not an event"),
 7: ([], "Saint Vincent and the Grenadines (1992): 'demands for the same leadership in the field of social development "
         "have not been given the same degree of political importance' = an agentless passive over demands of no "
         "named author, not coded; 'not been given' negates an emphasis, not an event"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "United States (Christopher, 1995): 'this year's sarin gas attack in Tokyo' = an attack noun without an agent "
         "in the sentence (Aum Shinrikyo is not named; held-out 44 row 44, 56 row 44: bombings in named cities not "
         "coded), Tokyo a place, not a metonym; 'when terrorists acquire weapons of mass destruction' is generic"),
 9: ([("concluded an historic agreement", "057", "SRB/GOV", "XKX/GOV", False, A, N, False)],
     "Greece (2013); capital metonyms Belgrade -> SRB/GOV and Pristina -> XKX/GOV (held-out 26 row 8, 52 row 9, 56 row "
     "8); concluding the April 2013 agreement (the Brussels Agreement) -> 057 (guideline: agreements concluded), "
     "symmetric -> coded once from the first-named (guideline); 'Demonstrating political courage' and 'a major "
     "development' are evaluations, not a separate praise act"),
 10: ([], "Slovakia (2016): 'I believe the Minsk agreements remain the only viable way out of the crisis' = a view on an "
          "agreement noun without an agent in the sentence (guideline); the call for progress lies in the preceding "
          "sentence"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Costa Rica (2007): 'According to the Millennium Project, with one tenth of this amount ... we would have met "
          "the targets for 2006 for all the Millennium Development Goals' = a counterfactual estimate with 'we' "
          "meaning all countries; no act between actors; 'according to' attributes an estimate"),
 12: ([], "Paraguay (2011): 'our peoples' demands for strengthened democracy' = demands of uncoded peoples (the "
          "preceding text: demands for democratization of the world order) with no named addressee, abstract; "
          "Nelson Mandela's words ('he said that there can be no democracy with poverty') = a quoted maxim, no event "
          "(the speech verb is not coded)"),
 13: ([], "Dominican Republic (2015): 'according to tests, only one third of poor students ... meet the minimum reading "
          "competency levels' = a domestic statistic, no act"),
 14: ([], "Italy (2012): 'International efforts to protect sea lanes and fight piracy can be effective only if all "
          "nations cooperate in good faith, according to the established rules' = a conditional over an uncoded "
          "collective, abstract; 'according to' means 'in accordance with' (guideline), not attribution; the fight "
          "against piracy has no named agent"),
 # --- UNGDC 1990-2019 random: future
 15: ([("calling for a global agreement", "102", "BHS/GOV", N, False, A, N, False)],
      "Bahamas (2009); 'the Bahamas has joined with many like-minded States ... in calling for a global agreement in "
      "Copenhagen, with legally binding targets' = a call (guideline: call for -> 10x) with no named addressee -> "
      "target null (held-out 9; held-out 35 row 27: Gabon 'has continued to call for the adoption of a universal and "
      "binding agreement on climate change' 102 null), Y = adopting an agreement -> 102; the like-minded States and "
      "AOSIS are uncoded and dropped (held-out 2 compound rule); ongoing -> asserted; Copenhagen is a venue"),
 16: ([], "The former Yugoslav Republic of Macedonia (1993): 'not only will permanent peace in Bosnia and Herzegovina be "
          "impossible, but a precedent will be set which will incite new conflicts' = an agentless forecast, no act"),
 17: ([("Bulgarian-Greek\ncross-border cooperation", "050", "BGR/GOV", "GRC/GOV", False, A, N, True),
       ("water-sharing agreements", "057", "BGR/GOV", "GRC/GOV", False, A, N, True)],
      "Bulgaria (1996); 'the Bulgarian-Greek cross-border cooperation and water-sharing agreements, which recently "
      "entered into force' = a cooperation noun and agreement nouns named by their parties -> nominal 050 (held-out "
      "38/39: an agreement or cooperation named by its parties is a nominal 057 or 050; borderline 061 economic "
      "cooperation) and nominal 057 (held-out 20/21: an agreement entering into force is a nominal 057; held-out "
      "28/29: named after its parties, from the first-named), both BGR/GOV -> GRC/GOV; the agreements' entry into "
      "force is the same 057, coded once; 'will be submitted to the OSCE under the Pact on Stability' = a procedural "
      "submission (held-out 50/51: submitting a national report not coded; borderline 030 future to org:OSCE)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Liechtenstein (2002): 'This [seizing the Council, implementing its decisions] must therefore be the way to go "
          "for the international community' = a deontic over an uncoded collective with no codable Y"),
 19: ([], "Palau (2004): 'The principle of universality should be applied so that the 23 million people of Taiwan can "
          "bring their talents ... to the organizations ... of the United Nations' = an agentless deontic on "
          "Taiwan's participation in the UN (held-out 54-61: UN admissions left uncoded); 'thereby aiding the rest of "
          "the world' is a hoped-for effect toward an uncoded collective"),
 20: ([], "Bolivia (Morales, 2007): 'If we are to talk about globalization, first of all we must globalize the human "
          "being' = 'we' meaning all, figurative, no act; the visa problems lie in the following text"),
 21: ([], "Bahamas (2003): 'It should be remembered that most of us in the region are small island developing States' "
          "= an agentless deontic of remembrance, a description, no act"),
 22: ([], "Costa Rica (1999): 'Solidarity and fraternity among nations must be genuine' = an abstract deontic, no "
          "actor"),
 23: ([("urge\nour brethren in Afghanistan", "100", "SAU/GOV", "AFG", False, A, N, False)],
      "Saudi Arabia (1993); 'We take this opportunity to urge our brethren in Afghanistan to comply with the terms of "
      "the agreement' = a request (guideline: urge -> 10x); the agreement = the Mecca Agreement among the Afghan "
      "mujahidin factions (preceding sentences), whose parties the sentence calls 'our brethren in Afghanistan' -> "
      "the Afghans as a whole, bare AFG (borderline AFG/GOV, the National Government that combined all factions, or "
      "AFG/REB for the factions); Y = compliance with an agreement -> generic 100 (held-out 27 row 9: 'respect the "
      "Washington agreements' 100; borderline 107); reconstruction and regaining Afghanistan's place are the purpose"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("welcome the normalization", "051", "SEN/GOV", "MRT", False, A, N, False)],
      "Senegal (Wade, 2009); welcoming 'the normalization of the situation in our sister Republic of Mauritania "
      "following the Dakar Accord of June 2009' = a welcome (guideline 051) aimed at a development in a named "
      "country whose parties (the junta and the opposition) the document does not name -> the country as a whole, "
      "bare MRT (borderline MRT/GOV, or target null as held-out 56 row 9's unnamed parties); the Dakar Accord is "
      "an agreement noun without its parties in the sentence (Dakar the venue, not a metonym), not coded; its "
      "conclusion with the Contact Group's support lies in the following sentence"),
 25: ([], "Algeria (1994): 'the peace which the international community encourages and supports in the Middle East' = "
          "support of an uncoded collective for an abstract peace, null-null; 'the unity of Arab ranks, which has been "
          "affected by the consequences of the Gulf war' = an agentless war noun and an uncoded collective; not coded"),
 26: ([], "Mauritius (2015): 'It is gratifying to note that the Addis Ababa International Conference on Financing for "
          "Development has pledged to support the economic transformation of SIDS and LDCs' = an impersonal "
          "evaluation (held-out 48/49: 'it is commendable to observe' not coded), and the pledge of a conference of "
          "all states (an uncoded body, held-out 54-61) to uncoded collectives (SIDS and LDCs), null-null, not coded "
          "(borderline 0331 org:UN -> null, the conference being a UN conference)"),
 27: ([("We reiterate our support", "051", "LSO/GOV", "ESH", False, A, N, False)],
      "Lesotho (2017); 'We reiterate our support for Western Sahara in its struggle for self-determination' = "
      "expressed support (guideline 051), reiterated now -> asserted; Western Sahara = its people in their struggle "
      "-> bare ESH (ISO alpha-3; borderline ESH/GOV for the Sahrawi Arab Democratic Republic named in the following "
      "sentence); the struggle has no named counterpart in the sentence"),
 28: ([], "Philippines (1998): 'Cooperation by all Cambodian parties ... is required' = a deontic (demanded) 050 among "
          "'all Cambodian parties', which the document does not name (guideline: 'all parties' -> null), null-null, not "
          "coded (borderline demanded 050 between KHM/GOV and KHM/OPP after the 1998 elections)"),
 29: ([("My country welcomes the inter-Malian dialogue", "051", "TCD/GOV", "MLI", False, A, N, False)],
      "Chad (2014); welcoming 'the inter-Malian dialogue towards a definitive return to peace and security in that "
      "country' = a welcome aimed at a process (guideline 051; held-out 8: to its named parties); 'inter-Malian' names "
      "only the country, not the parties (the Government and the northern armed movements, unnamed in the document) "
      "-> bare MLI, as row 24 (borderline MLI/GOV and MLI/REB); the dialogue itself is not coded separately "
      "(held-out 16 row 18)"),
 30: ([("Panama welcomes the progress", "051", "PAN/GOV", N, False, A, N, False),
       ("rejects any attempt", "120", "PAN/GOV", N, False, A, N, False)],
      "Panama (2005); welcoming 'the progress that has been made towards that goal' (the UN's founding aim of peace) "
      "-> 051 with no named party -> target null (held-out 52 row 16: welcoming a growing trend 051 null); rejecting "
      "'any attempt to delay the application of peaceful solutions' by unnamed agents -> 120 with no target (held-out "
      "46/47: 'We utterly reject attacks' by unnamed agents 120 null)"),
 31: ([("are grateful", "051", "SOM/GOV", "DJI/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/GOV", "ETH/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/GOV", "KEN/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/GOV", "UGA/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/GOV", "BDI/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/GOV", "NGA/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/CVL", "DJI/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/CVL", "ETH/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/CVL", "KEN/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/CVL", "UGA/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/CVL", "BDI/GOV", False, A, N, False),
       ("are grateful", "051", "SOM/CVL", "NGA/GOV", False, A, N, False),
       ("their support in stabilizing our country", "074", "DJI/GOV", "SOM", False, A, N, True),
       ("their support in stabilizing our country", "074", "ETH/GOV", "SOM", False, A, N, True),
       ("their support in stabilizing our country", "074", "KEN/GOV", "SOM", False, A, N, True),
       ("their support in stabilizing our country", "074", "UGA/GOV", "SOM", False, A, N, True),
       ("their support in stabilizing our country", "074", "BDI/GOV", "SOM", False, A, N, True),
       ("their support in stabilizing our country", "074", "NGA/GOV", "SOM", False, A, N, True)],
      "Somalia (2016); 'The Federal Republic of Somalia and our people are grateful to the troop-contributing countries "
      "in AMISOM for their support in stabilizing our country' = thanks (guideline 051), a joint expression of a "
      "government and its people -> one 051 each from SOM/GOV and SOM/CVL (held-out 36/37); the troop-contributing "
      "countries are a group without a code, one event per member the document names (held-out 12/13: the Quint; "
      "held-out 56 row 36: members named in the following sentence): Djibouti, Ethiopia, Kenya, Uganda, Burundi and "
      "Nigeria ('We thank the brotherly States of ... for contributing to the AMISOM forces and the police "
      "contingent'); their support = peacekeeping troops in AMISOM -> nominal 074 per contributor to the host "
      "country, bare SOM (held-out 44/45: troops in ISAF or UNIFIL 074 to the host country; held-out 24/25: thanks "
      "'for the ongoing support' gives the support its agent; borderline target org:AU for the mission, or the "
      "thanks to org:AU alone)"),
 32: ([("Eritrea welcomes the adoption", "051", "ERI/GOV", "org:UNGA", False, A, N, False)],
      "Eritrea (2015); welcoming 'the adoption of the Sustainable Development Goals contained in the 2030 Agenda "
      "(resolution 70/1)' = welcoming a UN resolution -> 051 to org:UNGA (held-out 30/31; held-out 38/39: welcoming a "
      "General Assembly decision); 'is determined to achieve them' is domestic"),
 33: ([], "Slovakia (1999): 'cooperation between the international community and African States is greatly needed' = "
          "a statement of need between uncoded collectives, null-null, not coded"),
 34: ([], "Mongolia (1999): 'The problems of this group of States [landlocked developing countries] demand the "
          "increased attention and support of the international community' = a figurative 'demand' (problems as "
          "subject) and a need for aid of an uncoded collective to an uncoded collective, null-null; Mongolia is not "
          "named as a member in the sentence (held-out 26: a collective deontic is coded only for a member it names)"),
 35: ([], "Grenada (2000): 'Another area that needs urgent and immediate assistance from the international community "
          "is that of natural disasters' = a need for aid of an uncoded collective toward an area, not an actor "
          "(borderline demanded 073 null -> GRD/GOV as held-out 46/47's statements of need), not coded"),
 36: ([], "Ethiopia (2018): 'The Agreement offers a real prospect for peace in South Sudan after five years of civil "
          "war' = an evaluation of the revitalized agreement (its signing by 'the South Sudanese parties' lies in the "
          "preceding sentence); the civil war noun has no agent in the sentence"),
 37: ([("was negotiated", "046", "AGO/GOV", "AGO/REB", False, A, N, False),
       ("disarming", "0873", N, "AGO/REB", False, D, N, True)],
      "Angola (1999); 'what remains to be done ... is to enforce what was negotiated in-depth at Lusaka over an entire "
      "year' = the Lusaka Protocol, which the document names as 'signed between the Government and UNITA' -> the "
      "agentless passive takes its parties from the context (guideline) -> 046 AGO/GOV -> AGO/REB, historic, "
      "asserted (held-out 24/25: 'ostensibly participating in negotiations' 046); Savimbi's UNITA at war in 1999 -> "
      "AGO/REB (borderline AGO/OPP, held-out 30/31's Renovation Committee); 'what remains to be done is to enforce "
      "... particularly the disarming of all of Mr. Jonas Savimbi's military forces' = a deontic without a request "
      "verb -> demanded; disarming -> 0873 with a null source (held-out 6 'must be disarmed' 0873 null -> "
      "LBN/REB), nominal; 'the restoration of state administration' is domestic; the enforcement itself is not "
      "coded separately"),
 38: ([], "Albania (2008): 'The Stabilization and Association Agreement serves as our guide, and the primary objective "
          "is the conclusion of the ratification agreement by the end of this year' = an agreement named as a guide "
          "and an objective (optative), no act in the sentence (borderline nominal 057 ALB/GOV -> org:EU for the "
          "agreement of 2006, or 030 future for the ratification)"),
 39: ([], "Bosnia and Herzegovina (2010): 'the Dayton Peace Agreement ended the aggression in and brought peace to "
          "Bosnia and Herzegovina' = an agreement as an inanimate subject whose signatories the document does not name "
          "(the speech opens here), and an aggression noun without an agent in the sentence; not coded (borderline "
          "nominal 057 among the unnamed signatories)"),
 40: ([("are closed", "191", "TUR/GOV", "ARM", False, A, N, False),
       ("are closed", "191", "AZE/GOV", "ARM", False, A, N, False)],
      "Armenia (2006); 'Armenia's eastern and western borders are closed, thus stifling economic interaction' = an "
      "agentless passive whose agents the document makes plain (guideline; held-out 48/49): the western border is "
      "Turkey's ('Turkey's insistence on keeping the border closed', following sentence), the eastern Azerbaijan's "
      "(the adversary named throughout the speech; borderline, the document never says that Azerbaijan closed it) "
      "-> closing borders = restrict movement 191 (borderline 163 embargo), one per agent, to the country as a "
      "whole -> bare ARM (held-out 56 row 12: blockade of oil to bare IRQ); ongoing -> asserted; the stifled "
      "economic interaction and regional cooperation are effects"),
 41: ([("the arrest of all \nindictees", "173", N, "SDN", False, D, N, True),
       ("sought by the Court", "1124", "org:ICC", "SDN", False, A, N, False)],
      "Liechtenstein (2007); 'That message [the Security Council's referral of the situation in Darfur to the ICC, "
      "preceding sentence] ... needs to be backed up by enforcement action, in particular by the arrest of all "
      "indictees sought by the Court' = a deontic ('needs to') without a request verb -> the arrest 173 demanded, "
      "nominal, with no source (the arresting States and the UN appear only in the following sentence's call; "
      "held-out 50/51: 'deserve to be brought before the International Tribunal' demanded 173 with no source); the "
      "indictees of the Darfur situation are Sudanese persons, unnamed in the document -> bare SDN (borderline "
      "SDN/GOV for the minister indicted in 2007, or target null); 'indictees sought by the Court' = the ICC's "
      "charges for international crimes -> 1124 (guideline: 'the ICC has charged' 1124), realised, a passive with its "
      "agent named -> not nominal (borderline not coded as a description of the indictees)"),
 42: ([], "Uganda (Museveni, 2001): 'our comrades used mass action: strikes, demonstrations, petitions, diplomatic "
          "struggle' = protests (141, 143) of the African liberation movements (an uncoded collective) against the "
          "colonial and minority regimes of the preceding sentence (Portuguese, minority whites: several, not "
          "resolved to one code), acts between uncoded groups (held-out 54-61), not coded (borderline 141 null -> "
          "PRT/GOV)"),
 43: ([("direct negotiations", "046", "AFG/GOV", "AFG/REB", False, D, N, True)],
      "Uzbekistan (2018); 'It [the Tashkent Declaration] reinforced a firm consensus ... on the necessity of obtaining "
      "the earliest possible launch of direct negotiations between the Government of Afghanistan and the Taliban "
      "Movement' = direct talks that are necessary -> a demanded nominal 046 (held-out 40/41: direct talks that "
      "'should occur' are a demanded nominal 046), the Taliban before 15 Aug 2021 -> AFG/REB (guideline); the "
      "consensus of the conference participants (uncoded, held-out 54-61) is not a separate request (borderline 106 "
      "null -> AFG/GOV and AFG/REB as the declaration's demand)"),
 44: ([], "Angola (2019): 'The best solutions are found at the negotiating table' = a maxim, no actor"),
 45: ([("We therefore welcome the higher number of ratifications", "051", "JAM/GOV", N, False, A, N, False)],
      "Jamaica (2015); welcoming 'the higher number of ratifications of the Convention on the Rights of Persons with "
      "Disabilities' = 051 (guideline), the ratifying states unnamed -> target null (held-out 52 row 24: welcoming the "
      "conclusion of a convention 051 null); the ratifications are agentless, not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Uganda (2014): 'In many African countries, positive results are beginning to manifest themselves' = an "
          "assessment, no act"),
 47: ([], "Marshall Islands (1991): 'we have experienced first hand the ravages of war and paid the high price of "
          "maintaining peace' = an agentless war noun (the Pacific War and nuclear testing are not named in the "
          "sentence), no act between actors"),
 48: ([], "Austria (1997): 'human rights have moved into the centre of United Nations programmes and activities' = a "
          "development without an act; the Vienna World Conference is a name (Vienna a venue)"),
 49: ([("have been projecting a false picture of \nmass starvation", "112", N, "ZWE/GOV", False, A, N, False)],
      "Zimbabwe (2005); 'our detractors and ill-wishers have been projecting a false picture of mass starvation' = "
      "allegations, in the speaker's framing false, of a famine under the Government's watch -> accuse 112 "
      "(held-out 42/43: 'fallacious allegations' by 'certain quarters' 112 with no source), the detractors an "
      "unnamed, uncoded group -> source null, target the speaker's government (borderline bare ZWE, or 111); "
      "ongoing -> asserted; 'that message' = the speaker's own statement of the previous year (01x, not an appeal)"),
 50: ([], "Lesotho (2009): 'No other organization is better placed than the United Nations to find solutions' = an "
          "evaluation, no act"),
 51: ([("Indonesia will establish the Asian African Centre", "030", "IDN/GOV", N, False, F, N, False)],
      "Indonesia (2015); establishing the Asian African Centre 'as a follow-up to the 2015 Asian African Summit aimed "
      "at revitalizing the partnership between Asian and African countries' = a future act of cooperation-building "
      "-> intent 030 future (guideline: future cooperative acts get 03x future; held-out 12/13: a mechanism that "
      "'will deepen' cooperation 030 future), the partners an uncoded collective -> target null (borderline not "
      "coded as an institution the speaker sets up at home); the Summit noun has no agent in the sentence"),
 52: ([], "India (1997): 'Incitement to terrorism and complicity and participation in terrorism across borders "
          "undermine the international system' = event nouns without an agent in the sentence or the preceding text "
          "(no state is named), not coded"),
 53: ([], "Uganda (2015): the rules of Christianity 'would have been clear to every member of the human family' = a "
          "counterfactual reflection, no act"),
 54: ([], "Netherlands (2011): 'The call from the streets of the Arab world for freedom and democracy has brought about "
          "great change' = a demand of uncoded protesters across a region to unnamed governments, null-null, not "
          "coded; the change is an effect"),
 55: ([], "China (1994): 'Conditions vary from country to country' = no act"),
 56: ([], "Sao Tome and Principe (2012): domestic institutional reforms in public finance, justice and defence, no act "
          "between actors"),
 57: ([], "Iceland (1992): 'This year marks the end of the United Nations Decade of Disabled Persons' = commemoration, "
          "no act"),
 58: ([], "Venezuela (1996): 'This is the deep-seated reason for the so-called Venezuelan crisis' = an explanation of a "
          "domestic crisis, no act"),
 59: ([], "Belarus (1996): 'it is not so easy for the major political actors to achieve a coordinated approach' = "
          "domestic coordination among unnamed political actors, no act between coded actors"),
}
