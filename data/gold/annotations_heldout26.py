"""Hand annotations for the TWENTY-SIXTH held-out event gold set (source of events-heldout26.jsonl).

Keyed by the row index of selection-heldout26.jsonl (output of select_bulk_heldout.py 26).
All sentences come from UN General Debate speeches of 1990-2019 (bulk_ungdc_1990_2019.jsonl).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Office holders and countries are coded as of each speech's date (USSR -> SUN, FR Yugoslavia -> YUG).
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout26.jsonl \
        --annotations annotations_heldout26 --output events-heldout26.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("will not hesitate to support other members", "030", "GTM/GOV", N, False, F, N, False)],
     "Guatemala (2019); 'we will not hesitate to support other members' = a pledge of readiness to help other "
     "countries preserve natural resources (the biofence invention of the preceding text) -> intent to cooperate "
     "(held-out 9 'stands ready to assist' 03x; 'will' -> future as held-out 12/13's 'will' readiness), 030 as "
     "held-out 18 row 54 (borderline 033 material aid); 'other members' = an uncoded collective -> target null; "
     "'not hesitate' bears on hesitating, not an event negation (guideline 'never ceased to demand')"),
 1: ([], "Belize: ocean degradation, no actor"),
 2: ([], "Ireland (1997): 'Some critics contend that development cooperation has not succeeded' = an evaluation of "
         "a policy by unnamed critics, no act between actors"),
 3: ([], "Mexico: 'Change ... depends on the cooperation of multiple actors' = generic, no named actor"),
 4: ([("the sanctions should be\nlifted", "085", N, "IRQ", False, D, N, False)],
     "Iraq (1995); 'the sanctions should be lifted' = an agentless deontic passive -> Y = ease sanctions 085 "
     "demanded with source null (guideline: agentless passives -> null; held-out 6 'must be disarmed' 0873 null "
     "demanded; held-out 10/11 'must cease' 085 demanded), sanctions on a country -> the bare country (held-out 13 "
     "row 22) (borderline source org:UNSC, whose competence to impose sanctions the preceding text names); 'the "
     "imposition of sanctions on Iraq' is an event noun with no agent in the sentence, not coded; 'no longer exist' "
     "bears on the grounds, not an event"),
 5: ([], "Vanuatu (1998): 'if we do not observe our joint call for the disarmament of nuclear weapons' = 'we' = the "
         "world's states (collective), null-null, not coded"),
 6: ([("refuse to cooperate with the\nTribunal", "121", "YUG/GOV", "org:ICTY", False, A, N, False)],
     "Croatia (1994); an explicit refusal = REJECT (guideline), refusal of (judicial) cooperation -> 121 reject "
     "material cooperation (the counterpart of 06x; borderline 128 defy norms, law); 'those aggressor countries' = "
     "the document's 'Serbian aggression', 'sanctions against Serbia (Yugoslavia)', 'Belgrade' -> the Federal "
     "Republic of Yugoslavia (Serbia and Montenegro) as of 1994 -> YUG/GOV (new: FR Yugoslavia 1992-2003 coded YUG, "
     "its ISO 3166 code then, as USSR -> SUN; borderline null for the plural 'countries'); the Tribunal = the War "
     "Crimes Tribunal for the former Yugoslavia (previous sentence) -> org:ICTY (new code); 'the international "
     "community should also devise ways and means to prosecute the perpetrators' = a deontic over an uncoded "
     "collective with unnamed perpetrators (held-out 21 row 4 'must be brought to justice'), not coded"),
 7: ([("have already recognized the Renovation\nCommittee", "054", "org:SADC", "AGO/OPP", False, A, N, False)],
     "Angola (1998); 'The SADC countries' -> org:SADC (held-out 4 code); recognizing the UNITA Renovation Committee "
     "(as the legitimate UNITA leadership) -> grant recognition 054; the Renovation Committee = UNITA's political "
     "cadres and officers who removed Savimbi and support the transformation of UNITA into a civilian party "
     "(preceding text) -> AGO/OPP (new; borderline AGO/REB, the code of UNITA's armed wing); 'we are convinced that "
     "the international community ... will not hesitate to support' = an expectation about an uncoded collective's "
     "act, optative (held-out 20 row 48 'We are confident that the mission will be of great assistance'), not coded"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("Direct negotiations between Belgrade \nand Pristina", "046", "SRB/GOV", "XKX/GOV", False, A, N, True)],
     "Romania (2007); capital metonyms Belgrade -> SRB/GOV (Serbia in 2007), Pristina -> XKX/GOV (the Provisional "
     "Institutions, held-out 5 row 64); the Troika-facilitated direct negotiations (talks held that day in New York, "
     "preceding text) = a realised negotiation noun naming its parties -> nominal 046, symmetric, from the "
     "first-named; 'will contribute to reaching a genuine compromise' is the expected effect, not coded"),
 9: ([], "New Zealand (2003): terrorist attacks without an agent (nominal rule); Casablanca, Riyadh, Jakarta and "
         "Baghdad are places, not metonyms"),
 10: ([("We therefore call for the full and timely implementation", "100", "SVN/GOV", N, False, A, N, False)],
      "Slovenia (2015); a call for the implementation of the Minsk agreements = a request; its parties are not named "
      "in the sentence or the document (only 'the conflict in Ukraine') -> target null (held-out 9 row 'calls for' "
      "1044 target null); implementing a peace agreement has no specific sub-code -> 100 (borderline 1056 or "
      "target RUS/GOV and UKR/GOV)"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Afghanistan (1996); the President of the Security Council 'stated that' the members 'express their strong "
          "view that the warring parties should renounce the use of force and settle their differences ... through "
          "negotiations' = a reported deontic (guideline: code Y with source X, demanded, reported_by org:UNSC), but X "
          "= 'the warring parties', an uncoded collective (guideline 'all parties' -> null), null-null, not coded "
          "(borderline 087 and 046 demanded AFG/GOV <-> AFG/REB, reported_by org:UNSC, from the document's Taliban "
          "context); 'express their strong view' = a statement, 01x"),
 12: ([], "Mali (1995): OECD and UNCTAD estimates that the Uruguay Round 'will benefit the industrialized countries "
          "only' = a forecast of effects, no act; 'the eighth negotiating cycle' is a noun without an agent"),
 13: ([], "Malawi (1991): 'the trend towards greater international understanding and cooperation has continued' = no "
          "named actor; the Persian Gulf crisis is a noun without an agent"),
 14: ([("agree with the Secretary-General", "051", "AZE/GOV", "org:UN", False, A, N, False)],
      "Azerbaijan (1997); 'One cannot but agree with the Secretary-General when he says that ...' = the speaker's "
      "endorsement of the Secretary-General's statement (held-out 10/11 'I agree with Merkel that ...' 051) -> 051 "
      "to org:UN; inside his statement (reported_by org:UN) 'Member States seek assistance' is an uncoded "
      "collective and 'the United Nations is seeking to restore peace' in unnamed conflict areas has no target, "
      "neither coded; 'cannot but' is not an event negation"),
 # --- UNGDC 1990-2019 random: future
 15: ([("We can only regret such threats", "110", "MDG/GOV", N, False, A, N, False)],
      "Madagascar (2009, the Transitional Authority); regretting the threats of sanctions = disapproval 110 (held-out "
      "6 'it is regrettable' 110); the threateners are 'some technical and financial partners' (previous sentence), "
      "an uncoded collective -> target null; 'such threats' is an event noun without an agent in the sentence, not "
      "coded (borderline nominal 1312 null -> MDG); 'will serve only to increase the suffering' is an effect"),
 16: ([("We welcome in \nadvance", "051", "BEN/GOV", "org:UNGA", False, A, N, False)],
      "Benin (1992); welcoming the resolutions the Assembly will adopt = the speaker's welcome, performed now -> 051 "
      "asserted to org:UNGA (held-out 21 row 52 welcome of an Assembly resolution); 'the Assembly will establish an "
      "intergovernmental negotiating committee' = the organisation's own internal act, not an act toward another "
      "actor, not coded"),
 17: ([("keep Pretoria at the negotiating table", "036", "ZAF/GOV", "ZAF/OPP", False, F, N, False)],
      "Tanzania (1990); capital metonym Pretoria -> ZAF/GOV (the apartheid government); its continued negotiation "
      "with the ANC (preceding text: 'the talks between the ANC and the Pretoria regime') forecast with 'will' -> "
      "future cooperative act -> 036 future (guideline); the ANC, unbanned in 1990 and in talks as a political "
      "movement -> ZAF/OPP (new; borderline ZAF/REB); 'sanctions ... have brought the struggle this far' = "
      "sanctions without an agent in the sentence (the 'world community' of the next sentence), not coded"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Guyana (2008): 'those financial flows should be proportional' = an agentless deontic about carbon-market "
          "money; 'stays within the developed world' = no act"),
 19: ([], "Ghana (1994): 'we must keep two things in mind' = no act"),
 20: ([("contribute effectively to the United\nNations", "070", "BGD/GOV", "org:UN", False, D, N, False)],
      "Bangladesh (2005); 'All countries, including Bangladesh, must seek ways and means to contribute effectively to "
      "the United Nations' = a deontic without a request verb -> Y coded with source X, demanded (guideline); "
      "compound of an uncoded collective and a coded party -> the coded party only (held-out 2), Bangladesh -> "
      "BGD/GOV; contributing to the UN through peacemaking, peacekeeping or peacebuilding = one contribution noun of "
      "several kinds -> generic 070 (held-out 20/21 one aid noun of mixed kinds; borderline 074 peacekeeping, or not "
      "coded as an abstract position)"),
 21: ([], "Costa Rica (2015): 'we should begin to adopt measures' on armed drones = 'we' = the member states "
          "(collective), not coded"),
 22: ([], "Eswatini (2003): the UN's response to terrorism 'was a lesson that should not be forgotten' = an "
          "evaluation, no act"),
 23: ([], "Australia (2011): 'we must define and deliver drivers of global growth' = 'we' = the world's economies, "
          "abstract"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Brunei (2005): 'it is not merely an attack' = figurative (world order under attack)"),
 25: ([("efforts to alleviate the suffering of the brotherly people\nof Iraq", "073", N, "IRQ/CVL", False, A, N, True),
       ("imposed on that country", "163", N, "IRQ", False, A, N, False)],
      "Oman (2000); 'the economic embargo imposed on that country' = an agentless passive with a named target -> 163 "
      "with null source, target the country (held-out 21 row 60 'imposed on Zimbabwe'); the international and "
      "regional efforts to alleviate the suffering of the Iraqi people = relief by uncoded collectives -> nominal "
      "humanitarian aid 073 with null source to IRQ/CVL (held-out 20 row 72 collective solidarity 070 null; "
      "borderline not coded as a vague 'efforts' noun)"),
 26: ([], "Benin (1990): the developing countries' economic situation deteriorated = no act; 'threat' = risk"),
 27: ([("We are appreciative", "051", "KIR/GOV", N, False, A, N, False),
       ("the support we have\nreceived and continue to receive", "070", N, "KIR/GOV", False, A, N, True)],
      "Kiribati (2005); appreciation of the support received = thanks -> 051, the donors unnamed -> target null "
      "(held-out 14/15, 21 row 61); the adaptation support received -> nominal 070 with null source to the "
      "speaker's government (held-out 21 row 61); 'continue to receive' = ongoing -> asserted"),
 28: ([("were killed in Benghazi", "1823", N, "USA/GOV", False, A, N, False),
       ("was murdered in Istanbul", "1823", N, "TUR/COP", False, A, N, False),
       ("were killed in a car\nbomb", "1832", N, "YEM/CVL", False, A, N, False),
       ("killed by\na suicide bomber", "1831", N, "AFG/CVL", False, A, N, False)],
      "United States (Obama, 2012); four killings in agentless passives (held-out 22/23 'a historic murder is an "
      "agentless 1823'): 'our civilians ... killed in Benghazi' = Ambassador Chris Stevens and his colleagues "
      "(document opening) -> 1823 to USA/GOV (borderline USA/CVL, the text's 'civilians'); the murdered Turkish "
      "police officer -> 1823 to TUR/COP; more than 10 Yemenis killed in a car bomb -> vehicular bombing 1832 to "
      "YEM/CVL (guideline: bombings 183x; borderline 202 for many killed); Afghan children killed by a suicide "
      "bomber -> suicide bombing 1831, the bomber unnamed -> source null, AFG/CVL; 'mourned by their parents' is no "
      "act between actors; Istanbul, Sana'a, Kabul are places"),
 29: ([("signed a “ship rider” agreement", "057", "VCT/GOV", N, False, A, N, False)],
      "Saint Vincent and the Grenadines (1999); signing the ship-rider agreement -> 057; its counterpart is not "
      "named in the sentence or the document -> target null (held-out 21 row 17 multilateral signing null); 'gives "
      "authority to pursue such criminals' = the agreement's content, a capability, not coded"),
 30: ([], "Jordan (1996): 'the 1993 Oslo agreement' = an agreement noun whose parties are not named (Oslo is a "
          "place), not coded"),
 31: ([("reiterate its call for the international community", "1031", "TTO/GOV", N, False, A, N, False)],
      "Trinidad and Tobago (2019); a call on the international community and the international financial and "
      "development institutions (uncoded collectives, one request, target null) to consider new parameters for "
      "access to concessionary financing -> demand economic aid 1031 (borderline 1042 policy change); 'takes this "
      "opportunity to reiterate' = the call made now -> asserted"),
 32: ([], "Djibouti (1998): its approach based on mutual respect and cooperation = an abstract policy, no named "
          "counterpart"),
 33: ([("which Nepal\nhosted", "043", "NPL/GOV", "org:SAARC", False, A, N, False)],
      "Nepal (2002); hosting the eleventh SAARC summit -> 043, participants = the SAARC member states -> org:SAARC "
      "(new code; held-out 20 row 60 hosting a forum 043 to its participants); the summit noun is the same event "
      "(held-out 20/21: hosted and attended coded once); the member States' 'eagerness not to let their political "
      "differences affect' integration = an attitude, not coded"),
 34: ([], "Niger (1990): 'many distinguished persons ... welcomed the emergence of a new era of dialogue and "
          "international understanding' = an uncoded collective welcoming a worldwide era, null-null, not coded "
          "(borderline 051 null -> USA/GOV and SUN/GOV from 'the improving climate between the super-Powers'); the "
          "improving climate is a state, not an event"),
 35: ([("I offer today, from this rostrum, to open negotiations", "036", "PAK/GOV", "IND/GOV", False, A, N, False)],
      "Pakistan (1997); offering to open negotiations on a non-aggression treaty with India = an explicit intent "
      "stated as a fact -> 036 asserted (guideline 'proposed shipping' 03x asserted)"),
 36: ([("We welcome international scrutiny", "051", "AUS/GOV", N, False, A, N, False),
       ("are prepared to engage in dialogue", "036", "AUS/GOV", N, False, A, N, False)],
      "Australia (1990); welcoming international scrutiny of its human-rights efforts (Aboriginal and Torres Strait "
      "Islander people) -> 051 (guideline welcome), scrutiny by an uncoded collective -> target null (borderline "
      "086 allow international involvement); 'are prepared to engage in dialogue with any interested country' = "
      "readiness stated as a fact -> 036 asserted (held-out 9 'stands ready to engage' 036), 'any interested "
      "country' -> null"),
 37: ([], "Kyrgyzstan (2015): 'new walls being built - those of sanctions, bans and trade barriers' = sanctions "
          "without an agent, a metaphor; the demolished Berlin Wall has no agent"),
 38: ([("Slovenia welcomed", "051", "SVN/GOV", "org:UNGA", False, A, N, False)],
      "Slovenia (2017); welcoming the reform of the UN counter-terrorism architecture and resolution 71/291, the "
      "General Assembly resolution that made that reform (establishing the Office of Counter-Terrorism) -> one "
      "051 to org:UNGA (held-out 21 row 52; borderline a second 051 to org:UN for the reform); the resolution's "
      "purpose ('to assist Member States') is not an act"),
 39: ([], "Fiji (1996): 'The meeting of the South Pacific Forum held in the Marshall Islands' = a meeting of one "
          "organisation's members, no pair of actors; 'held in' names a place, not a host; 'the Forum's concern' = "
          "01x"),
 40: ([("I extend a special welcome", "051", "DEU/GOV", N, False, A, N, False)],
      "Germany (1992); welcoming the representatives of the newly admitted member states -> 051 (guideline welcome; "
      "held-out 24/25 congratulations 051), the countries are not named in the document -> target null; 'have been "
      "admitted to our Organization' = the UN's admission of members, no CAMEO act, not coded"),
 41: ([("to have been part of the process", "046", "NGA/GOV", N, False, A, N, False)],
      "Nigeria (2016); having taken part in the process leading to the adoption of the Paris Agreement = "
      "participation in the multilateral negotiations -> 046 (held-out 24/25 'participating in negotiations' 046), "
      "the other parties an uncoded collective -> target null; 'the adoption of the Paris Agreement' by the "
      "Conference of the Parties is an agentless noun here, not coded"),
 42: ([("We support all international efforts", "051", "SLB/GOV", N, False, A, N, False)],
      "Solomon Islands (2009); support for the international efforts to find a solution (Middle East) = support for "
      "the efforts of an uncoded collective -> 051 target null (held-out 21 row 56)"),
 43: ([], "Estonia (2011): 'the 9/11 terrorist attack' = an event noun without an agent; commemorating its victims "
          "is condolence (01x)"),
 44: ([], "Honduras (2010): commitment to human dignity, support and solidarity = abstract values"),
 45: ([], "Singapore (1996): 'we all support that' (greater efficiency of the UN) = an abstract policy position "
          "(held-out 7 support for UN reform)"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Estonia (2019): the Estonian start-up sector underwrote a memorandum promising climate neutrality = a "
          "domestic commitment with no counterpart (held-out 20 row 47), not coded (borderline 057 EST/BUS -> null)"),
 47: ([], "Zimbabwe (2002): provision of schools and health care to its children = domestic policy"),
 48: ([], "Albania (2019): interreligious harmony = no act"),
 49: ([], "Paraguay (2018): 'deeply concerned about the scourge of terrorism' = 01x; no actor"),
 50: ([], "Nepal (2007): priority to women's rights = domestic policy"),
 51: ([], "Sudan (1991): 'We have applied the law' = domestic"),
 52: ([], "Bolivia (2004): 'the incident in Beslan' = a noun without an agent; 'brutal actions' evaluative, no agent"),
 53: ([], "Angola (2005): the involvement of international financial institutions and the private sector 'has "
          "proven ... fundamental' = an evaluation, uncoded collectives"),
 54: ([], "Dominica (2014): natural hazards, no actor"),
 55: ([], "Costa Rica (2017): 'none of the nuclear Powers wanted to be part of it' (the Treaty on the Prohibition of "
          "Nuclear Weapons) = an uncoded collective not joining a treaty effort with no counterpart actor, "
          "null-null, not coded; 'Many will say' = unnamed speakers"),
 56: ([], "Austria (2014): 'They finance themselves' = the terrorist organizations, uncoded, a reflexive act"),
 57: ([], "Cabo Verde (2010): agentless 'similar efforts were made ... to help farmers' = domestic programmes in "
          "unnamed countries, no actor"),
 58: ([("congratulate", "051", "MOZ/GOV", "org:UNGA", False, A, N, False)],
      "Mozambique (1993); congratulating Ambassador Insanally (Guyana) on his election as President of the General "
      "Assembly -> 051 to org:UNGA (held-out 11 row 76, 12 row 68); 'would like to' = the performative "
      "congratulation -> asserted; 'his election' has no agent"),
 59: ([], "Malta (1994): 'a nation at peace with itself and with others' = a state, no act"),
}
