"""Hand annotations for the SEVENTEENTH held-out event gold set (source of events-heldout17.jsonl).

Keyed by the row index of selection-heldout17.jsonl (output of select_heldout17.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout17.jsonl \
        --annotations annotations_heldout17 --output events-heldout17.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will defend every", "0334", "USA/GOV", "org:NATO", False, F, N, False)],
     "Blinken in Vilnius; 'will defend every inch of NATO territory' = the Article 5 commitment, intent to provide "
     "military protection -> 0334 (held-out 11, 12 'commitment to the defense' -> 0334), 'will' -> future (guideline: "
     "future cooperative acts get 03x future; borderline hypothetical for 'should it come under attack', or 130 "
     "asserted as deterrence aimed at Russia, who is not named); 'with all allies and partners' = collective, "
     "dropped; NATO territory -> org:NATO (borderline: the member states); 'should it come under attack' has no "
     "agent, not coded"),
 1: ([("will meet with counterparts", "036", N, "USA/GOV", False, F, N, False)],
     "IVLP exchange; 'The municipal leaders' = a subset of the participants from 13 countries (previous sentence) "
     "whose countries the document does not assign to this group -> source null (borderline: one event per listed "
     "country); their counterparts in Kalamazoo, San Antonio and Los Angeles = American local government officials "
     "-> USA/GOV (sub-national government takes the country's GOV); future meeting -> 036 future"),
 2: ([], "internal: the new FSI Director will lead the Department's training efforts"),
 # --- State Dept random: demand
 3: ([("urges all parties", "1056", "USA/GOV", N, False, A, N, False)],
     "Yemen truce; 'all parties' (collective) -> null (held-out 9 row 17); several demands (seize the moment, listen "
     "to the people, maintain support for the truce, build towards a peace process) -> the most specific sub-code "
     "(held-out 9): maintaining the truce = de-escalation 1056 (borderline 107 for the peace process); Y not coded "
     "separately"),
 4: ([("call on all Ethiopians", "1056", "USA/GOV", "ETH/CVL", False, A, N, False)],
     "Price on the killings of civilians in Oromia; 'all Ethiopians' = the people -> ETH/CVL (borderline ETH); Y = "
     "reject violence and pursue peaceful dialogue -> 1056 as held-out 14 row 5 (cease violence + dialogue; "
     "borderline 106/107 for the dialogue to resolve differences); the killings are in the previous sentence"),
 5: ([("agreed to coordinate closely", "030", "USA/GOV", "FRA/GOV", False, A, N, False),
      ("agreed to coordinate closely", "030", "USA/GOV", "DEU/GOV", False, A, N, False),
      ("agreed to coordinate closely", "030", "USA/GOV", "ITA/GOV", False, A, N, False),
      ("agreed to coordinate closely", "030", "USA/GOV", "GBR/GOV", False, A, N, False),
      ("continue to escalate its aggression against Ukraine", "190", "RUS/MIL", "UKR", False, H, N, False)],
     "Sherman and her French, German, Italian and UK counterparts (first sentence of the document); 'agreed to "
     "coordinate closely on next steps' = intent to cooperate stated as a fact -> 030 asserted, symmetric, coded from "
     "the document's government to each counterpart; 'massive additional economic sanctions' = the content of the "
     "coordinated next steps, conditional, not coded separately (borderline 163 hypothetical per participant -> RUS); "
     "'should Russia continue to escalate its aggression' -> 190 hypothetical RUS/MIL -> UKR (held-out 14 row 21 "
     "'any further aggression'); 'Russia's flagrant disregard ... demands a severe response' = inanimate subject, "
     "a statement, not a request"),
 6: ([("insisting that China supports", "102", "USA/GOV", "CHN/GOV", False, D, N, False),
      ("insisting that China supports", "102", "org:EU", "CHN/GOV", False, D, N, False)],
     "US-EU High-Level Dialogue on Russia; 'They' = Under Secretary Nuland (USA/GOV) and EEAS Deputy Secretary "
     "General Mora (org:EU) -> compound source split; 'underlined the importance of insisting' = a deontic without a "
     "request verb (guideline 'it is important to help X') -> the insisting (a request) is coded with modality "
     "demanded (held-out 15 row 6 coded a realised 'insisting that China cooperate' as an asserted request); Y = "
     "China supports an end to hostilities, humanitarian corridors and preventing escalation = demand policy support "
     "102 (borderline 1056)"),
 7: ([("We again call on Turkey", "1053", "USA/GOV", "TUR/GOV", False, A, N, False)],
     "release Osman Kavala and free all others arbitrarily incarcerated -> 1053; the incarceration of 'all others' "
     "is an agentless passive, not coded; Kavala's conviction is in the previous sentences"),
 8: ([("we call on Azerbaijan", "1056", "USA/GOV", "AZE/GOV", False, A, N, False)],
     "Y = relocate its forces to the positions held on May 11 = military withdrawal / de-escalation -> 1056"),
 # --- State Dept random: cue
 9: ([("committed to supporting Ukraine", "030", "USA/GOV", "UKR", False, A, N, False),
      ("our economic restrictions and robust sanctions", "163", "USA/GOV", "RUS/GOV", False, A, N, True)],
     "'The United States and our Allies and partners' -> USA/GOV (collective dropped); commitment to support Ukraine "
     "stated as a fact -> 03x asserted, target the country (held-out 15 row 15); 030 because the support is "
     "unspecified (borderline 032/033); the sanctions already imposed ('our', realised and ongoing) -> nominal 163, "
     "target 'the Russian government' named in the sentence -> RUS/GOV; 'ensuring ... feels the compounding effects' "
     "is the aim"),
 10: ([("signing a spurious complaint", "112", "NIC/LEG", "NIC/OPP", False, A, N, False),
       ("disqualify the last remaining legitimate opposition party", "1722", "NIC/GOV", "NIC/OPP", False, A, N,
        False),
       ("hound its leader into exile", "174", "NIC/GOV", "NIC/OPP", False, A, N, False)],
      "a verbless list item of the designation list (the listing itself, 'The State Department adds ... to the "
      "list', is in an earlier sentence, so no trigger here); the reasons are stated in the Department's own voice "
      "('for conspiring', no 'alleged') -> reported_by null; Osuna, a National Assembly member -> NIC/LEG; her "
      "spurious complaint against the opposition party (CxL) = accusation 112 (borderline 1121); 'the government' "
      "(the Ortega-Murillo regime) disqualifying the party = ban political parties 1722; hounding its leader into "
      "exile -> expel 174 (borderline 175); 'conspiring with the Ortega-Murillo regime' = collusion, the means being "
      "the complaint, not coded separately (borderline 050 NIC/LEG -> NIC/GOV); 'to subvert the elections' is a "
      "purpose"),
 11: ([], "GAP meeting; 'partners have ramped up vaccine deliveries ... to more places' = unnamed partners to unnamed "
          "recipients (null-null), not coded (held-out 14 row 0)"),
 12: ([], "Zoom link and meeting ID"),
 13: ([], "generic: inclusion of women in peace processes leads to better agreements; no actor"),
 14: ([("met with", "040", "USA/GOV", "EGY/GOV", False, A, N, False)],
      "Kerry (USA/GOV) met PM Madbouly and other Egyptian officials (FM Shoukry, Minister Fouad) -> one actor pair, "
      "040 coded once"),
 15: ([("met today with", "040", "USA/GOV", "PAK/GOV", False, A, N, False)],
      "Sherman and the Special Assistant to the Prime Minister of Pakistan -> PAK/GOV"),
 16: ([("met today with", "040", "USA/GOV", "ISR/CVL", False, A, N, False)],
      "Blinken and Natan Sharansky, 'renowned human rights defender' and chair of an institute -> Israeli citizen, "
      "human rights defenders CVL (held-out 4: no separate sector for defenders) -> ISR/CVL (borderline ISR/NGO or "
      "USA/NGO for the New York-based institute)"),
 17: ([("called for restraint", "1056", "USA/GOV", "AZE/GOV", False, A, N, False)],
      "Blinken's call with President Aliyev; the call for restraint, de-escalation and renewed diplomacy (Armenia-"
      "Azerbaijan, next sentence) was made to the interlocutor -> AZE/GOV from the context (borderline null, both "
      "sides); several demands -> the most specific, de-escalation 1056"),
 18: ([], "'They' = Blinken and NSA Akiba pledged to maintain peace and stability, commerce and respect for "
          "international law = a joint pledge of abstract aims with no counterpart (borderline 030 USA/GOV -> "
          "JPN/GOV)"),
 19: ([("we are imposing sanctions", "163", "USA/GOV", "RUS/CVL", False, A, N, False)],
      "sanctions on Putin's adult children and on Lavrov's wife and daughter -> one actor pair (relatives of "
      "officials, private persons) -> RUS/CVL (borderline RUS/BUS for Tikhonova, or RUS/GOV as proxies of the "
      "officials)"),
 20: ([], "internal: welcoming an appointee back to the Department"),
 21: ([("met today in Washington with", "040", "USA/GOV", "MMR/OPP", False, A, N, False)],
      "Sherman and National Unity Government representatives incl. Zin Mar Aung -> MMR/OPP (held-out 8: Myanmar's "
      "ousted elected leaders -> MMR/OPP); Washington is the venue"),
 22: ([("our commitment to continue to work on strengthening that relationship", "030", "EGY/GOV", "USA/GOV", False,
        A, N, True)],
      "FM Shoukry (speaker); commitment to keep strengthening the relationship with the United States and find new "
      "areas of cooperation = intent stated as a fact -> 030 asserted, nominal ('our commitment'); 'the importance "
      "that Egypt attaches to the relationship' is an evaluation"),
 23: ([("UN-led diplomacy", "045", "org:UN", N, False, A, N, True)],
      "Sherman and FM Lamamra 'agreed on the importance of promoting regional stability, including support for' "
      "the UN diplomacy = a shared view, not an act (held-out 15 row 3; borderline 051 to org:UN); 'ongoing UN-led "
      "diplomacy on the Western Sahara' = a mediation noun naming its broker -> 045 from org:UN (held-out 9), the "
      "parties (Morocco, the Polisario) not named -> target null"),
 24: ([], "public participation in an advisory council meeting: domestic"),
 25: ([("We commend them", "051", "USA/GOV", "ETH/GOV", False, A, N, False)],
      "'them' = the Government of Ethiopia and regional authorities (previous sentence; sub-national authorities take "
      "the country's GOV) -> one pair, 051; 'the delivery of humanitarian assistance ... to Ethiopians in Tigray and "
      "Afar' is the reason for praise, relief within the country (domestic, as row 58), not coded separately "
      "(borderline 073 ETH/GOV -> ETH/CVL)"),
 26: ([("underscored U.S. support for the Euro-Atlantic aspirations", "051", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("underscored U.S. support for the Euro-Atlantic aspirations", "051", "USA/GOV", "MDA/GOV", False, A, N, False),
       ("underscored U.S. support for the Euro-Atlantic aspirations", "051", "USA/GOV", "GEO/GOV", False, A, N, False)],
      "Sherman with EEAS SG Sannino; expressed support for the EU/NATO aspirations of Ukraine, Moldova and Georgia -> "
      "051 per named country, the aspirations being their governments' policy -> GOV (held-out 14 row 23 support for "
      "accession negotiations -> GOV; borderline bare country); 'the countries of the Western Balkans' are not named "
      "-> dropped (held-out 15 row 11)"),
 27: ([], "addressing barriers can create opportunities for U.S. businesses: generic, no act"),
 # --- State Dept random: nocue
 28: ([], "Arab American colleagues representing the United States: internal, no act"),
 29: ([("taking measures", "163", "USA/GOV", "CHN/BUS", False, A, N, False)],
      "'It' = today's action, the Withhold Release Order prohibiting seafood imports from Dalian Ocean Fishing "
      "Company (PRC firm; previous sentences) -> an import ban = embargo 163, the target taken from the context "
      "(held-out 15 row 40: an anaphoric 'This is a step by X' takes its act from the context) -> CHN/BUS; "
      "borderline: not coded, 'taking measures to address harmful fishing practices' being generic with a practice, "
      "not an actor, as its object"),
 30: ([], "the Advisory 'highlights' risks (01x); the entities complicit in forced labour are unnamed and the "
          "abuses agentless here"),
 31: ([], "award citation: the INL team improving data quality, internal"),
 32: ([], "national day well-wishing (held-out 7: not coded)"),
 33: ([], "'This includes a request for $200 million' = part of the President's budget request to Congress (previous "
          "sentence), a domestic budget request (held-out 11 row 31; borderline 1031 future USA/GOV -> USA/LEG as "
          "held-out 5's executive request to Congress)"),
 34: ([("By designating them", "163", "USA/GOV", N, False, A, N, False)],
      "terrorism designation of five ISIS financial facilitators -> 163 (earlier sets); ISIS has no code (as AQIM) "
      "-> target null; 'aim to expose and disrupt' is the purpose; the network's financing of ISIS recruitment is "
      "null-null"),
 35: ([], "livestream pointer and press contact"),
 36: ([], "'committed to addressing terrorist activity in ungoverned spaces in Syria through ... counterterrorism "
          "tools and constructive engagement with our partners' = an abstract policy commitment; the partners are "
          "unnamed and the terrorist group has no code (borderline 030 USA/GOV -> null)"),
 37: ([], "Eid greetings: well-wishing, no act"),
 38: ([], "the Secretary will deliver remarks on the report: a statement (01x)"),
 39: ([], "internal: the Department ensuring its employees' access to health services"),
 40: ([("rapid growth of the PRC’s nuclear arsenal", "154", "CHN/MIL", N, False, A, N, True)],
      "'noted deep concern' = 01x; the rapid growth of the PRC's nuclear arsenal = a realised military build-up -> "
      "154 (guideline: troop build-ups -> 154), nominal, the PRC's forces -> CHN/MIL (as 'the DPRK's missile "
      "launches' -> PRK/MIL), no target (borderline: a capacity, not coded); 'Beijing has sharply deviated from its "
      "nuclear strategy' = a capital metonym with no codable event (a doctrine change)"),
 41: ([("we’ve worked in the past", "050", "USA/GOV", N, False, A, N, False),
       ("not some quasi-governmental authority", "050", "USA/GOV", "PSE/REB", True, H, N, False)],
      "Blinken on ABC; working with 'trusted, independent parties' (unnamed) on Gaza reconstruction -> 050, the past "
      "work asserted and the repeated 'can continue to work with' coded once, target null; 'not some "
      "quasi-governmental authority' = Hamas ('They're in charge in Gaza', the question) -> the elided 'work with' "
      "negated, 'can' -> hypothetical, PSE/REB (held-out 4: Hamas -> PSE/REB; new: an elliptical 'not X' after a "
      "cooperation verb is a negated event with X as target; borderline: not coded)"),
 # --- UNGDC random: neg
 42: ([], "Chile: a new threat to democracy from within the region: no actor, no act"),
 43: ([("fought against the dictatorship", "140", "HND/CVL", "HND/GOV", False, A, N, False),
       ("supported me en masse", "051", "HND/CVL", "HND/GOV", False, A, N, False),
       ("refusing to allow", "120", "HND/CVL", N, False, A, N, False)],
      "Honduras (President Castro, 2022); 'the resistance' = the popular resistance movement -> HND/CVL (borderline "
      "HND/OPP); its struggle against 'the dictatorship imposed during the past 13 years' (the governments of that "
      "period, office-at-the-time rule) = political dissent 140 (borderline figurative); its mass rally for the "
      "president on 15 September -> expressed support 051 to 'me' = HND/GOV (borderline 141 demonstrate); "
      "'refusing to allow our national assets to ... be handed over' = an explicit refusal -> REJECT 120, the "
      "handers-over not named (agentless passive) -> target null; 'fighting off public threats' has agentless "
      "threats, figurative"),
 44: ([("Serbia supports the UN Charter, territorial integrity of Ukraine", "051", "SRB/GOV", "UKR", False, A, N,
        False)],
      "Serbia; support for Ukraine's territorial integrity -> 051 to the country (earlier sets 'support for Ukraine's "
      "sovereignty'); support for the UN Charter is abstract; 'we did not question it for a moment, nor shall we' "
      "restates the same support, not a separate (negated) event (borderline negated 110/120)"),
 45: ([], "Cabo Verde: an opportunity to build a better world: no act"),
 46: ([("We therefore reject", "120", "HND/GOV", "HND/BUS", False, A, N, False),
       ("refuse to accept the changes", "120", "HND/BUS", "HND/GOV", False, A, N, False)],
      "Honduras (President Castro, 2024); 'we reject their being held hostage by the ten most powerful families' = "
      "the speaker's performative rejection of the families' hold -> REJECT 120 (guideline 'we will never accept "
      "it'), target the families, economic elites -> HND/BUS (borderline HND/ELI, not used in this project); "
      "'held hostage' is figurative (no 181); 'have appropriated our principal economic resources' = economic "
      "concentration, not coded (borderline 1711); the families' refusal to accept the president's reforms -> "
      "explicit refusal 120 to HND/GOV ('I am promoting')"),
 # --- UNGDC random: future
 47: ([], "Tajikistan will continue its efforts to prevent the spread of terrorism and believes the world "
          "community's support is vital: abstract, no counterpart"),
 48: ([], "San Marino: coal, oil and gas demand will raise emissions: no actor"),
 # --- UNGDC random: demand
 49: ([], "Yemen: 'The international community must play its role to end the Houthi arrogance' = deontic over a "
          "collective (null), Y ('end the arrogance') not a CAMEO act"),
 50: ([], "Kazakhstan: each UN agency should reinstate its efficiency: deontic, Y not a CAMEO act"),
 51: ([], "Vanuatu: needs must be reflected in the financial system: deontic, no act"),
 52: ([], "Lithuania: the aggressor (Russia) 'has demonstrated its eagerness to endanger the global population' = an "
          "evaluation, no specific act (borderline 130 RUS/GOV -> null); 'we should not allow ourselves to be "
          "frightened' = deontic, Y not an act"),
 # --- UNGDC random: cue
 53: ([("our cooperation with the International Monetary Fund", "050", "LBN/GOV", "org:IMF", False, A, N, True)],
      "Lebanon; the government's realised, ongoing cooperation with the IMF -> cooperation noun naming its parties, "
      "nominal 050 (held-out 11, 13; borderline 061 economic cooperation); org:IMF added (new); working on a "
      "recovery plan is domestic"),
 54: ([], "Seychelles: Paris Agreement obligations as lifelines if all States adhered: no named actor"),
 55: ([], "Benin reaffirms its support for diplomatic initiatives aimed at a viable Palestinian State = an abstract "
          "policy position (held-out 7: support for 'the start of negotiations' not coded; borderline 051 BEN/GOV -> "
          "PSE)"),
 56: ([], "Laos: the common desire that the UN be transformed = UN reform, abstract (held-out 7)"),
 57: ([("We welcomed Afghan refugees", "075", "ALB/GOV", "AFG/CVL", False, A, N, False)],
      "Albania; admitting Afghan refugees = grant asylum 075 (held-out 6); 'moral duty to be in solidarity' is "
      "abstract"),
 58: ([], "Morocco: the King's instructions to mobilise State institutions (armed forces, authorities) for earthquake "
          "rescue and relief to the injured and affected families = domestic disaster response (internal command; "
          "borderline 073 MAR/GOV -> MAR/CVL); mobilising forces for relief is not force posture"),
 59: ([], "Hungary: people denied access to water: agentless, no act"),
 60: ([], "Tonga supports strengthening pandemic and disaster planning: abstract policy position"),
 61: ([], "Czechia: 'we are concerned' = 01x; 'unilateral threatening actions' in the Taiwan Strait have no agent in "
          "the sentence"),
 62: ([("the support of partners", "070", N, "GMB/GOV", False, A, N, True)],
      "The Gambia; 'the support of partners' (unnamed) -> source null, to 'my Government' -> GMB/GOV, nominal 070 "
      "(held-out 15 row 42 'the support of the development partners'); instituting social protection programmes for "
      "'our people' is domestic policy, not coded (borderline 071 GMB/GOV -> GMB/CVL)"),
 63: ([], "Nepal supports an inclusive and fair international order: abstract policy position"),
 64: ([], "Viet Nam: decoupling, economic pressures and sanctions threaten development = agentless nouns"),
 65: ([], "Argentina: countries of the global South have shared views: no act"),
 66: ([], "Israel: 'The second threat is the demise of truth': no act"),
 # --- UNGDC random: nocue
 67: ([], "Myanmar: colonial migration and inter-communal violence have sowed mistrust: agentless, historic"),
 68: ([], "Guinea-Bissau: ECOWAS created a framework and mechanisms to prevent crises = institutional, no "
          "counterpart"),
 69: ([], "Bangladesh quoting Bangabandhu (1974): human solidarity can bring a solution: no act"),
 70: ([], "Nigeria: the General Assembly's theme sums up a common desire: no act"),
 71: ([], "Oman: equality principles in the State statute: domestic"),
 72: ([], "Congo reaffirms the centrality of the Common African Position (Security Council reform) = an abstract "
          "policy position (held-out 7: support for UN reform not coded; borderline 051 COG/GOV -> org:AU)"),
 73: ([], "Eswatini: 'we have taken decisive steps to address this crisis' (climate): domestic, no counterpart"),
 74: ([], "Algeria: conviction about human rights: no act"),
 75: ([], "United States (Biden, 2024): 'Our NATO Allies and partners in 50-plus nations stood up as well' = "
          "figurative 'stand up' (against aggression / for Ukraine, as 'the Ukrainian people stood up'), its act "
          "elided; Allies and partners a collective (held-out 14 row 21) -> not coded (borderline 070 org:NATO -> "
          "UKR, by 'as well' after America's assistance)"),
}
