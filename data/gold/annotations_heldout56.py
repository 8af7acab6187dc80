"""Hand annotations for the FIFTY-SIXTH held-out event gold set (source of events-heldout56.jsonl).

Keyed by the row index of selection-heldout56.jsonl (output of select_bulk_heldout.py 56; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout56.jsonl \
        --annotations annotations_heldout56 --output events-heldout56.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("condemn", "111", "GNQ/GOV", N, False, A, N, False)],
     "Equatorial Guinea (2004); 'the terrorism that we condemn today' = the speaker's standing condemnation of "
     "terrorism -> 111 (held-out 52 row 28: 'our consistent and unequivocal condemnation of terrorism' 111 TON/GOV "
     "-> null), 'we' read as the speech's government, as in the sentence's own 'We do not believe' (borderline not "
     "coded, 'we' meaning all states, held-out 42/43), terrorism with no named perpetrator -> target null; 'the "
     "terrorist acts committed by mercenaries' = acts of an uncoded group with no named target (the mercenary "
     "invasion of 6 March 2004 lies in the preceding text), not coded; 'do not believe' negates a belief, not an "
     "event"),
 1: ([("we urge those", "100", "LSO/GOV", N, False, A, N, False)],
     "Lesotho (2019); 'we urge those who are contemplating withdrawing from the Paris Agreement to refrain from doing "
     "so' = a request (guideline: urge -> 10x); the addressees are not named in the sentence or the document "
     "(borderline USA/GOV by world knowledge) -> target null (held-out 52 row 23: 'calls on its partners' 100 -> "
     "null); Y = staying in an agreement, no more specific sub-code -> 100 (borderline 102); the contemplated "
     "withdrawal is Y's object, not coded; 'we do not spoil the benefits' = 'we' meaning all parties, no event"),
 2: ([("we have urged them", "100", "YEM/GOV", "YEM/REB", False, A, N, False),
      ("we have called on them", "100", "YEM/GOV", "YEM/REB", False, A, N, False)],
     "Yemen (Hadi, 2016); 'them' = the rebels of the preceding paragraphs, 'the Houthi/ Saleh militias' coalition' "
     "-> YEM/REB (guideline: Houthis -> YEM/REB), taken from the context (guideline); two distinct requests with "
     "different demands, each coded (held-out 52 row 34: two episodes each coded): urging them to demonstrate "
     "their loyalty to their homeland -> 100, calling on them to dissociate themselves from Iran ('the State', "
     "named in the document: 'scheme led by Iran', 'terrorism sponsored by Iran') -> 100 (borderline 1042 policy "
     "change); 'More than once' = repeated, asserted; 'the State that did not bring anything to Yemen except "
     "destruction and fuel for wars' = an evaluative description of Iran (guideline: evaluations not coded; "
     "borderline 072 IRN/GOV -> YEM/REB for 'fuel for wars'), and 'did not bring anything ... except' is no event "
     "negation"),
 3: ([], "Ecuador (1995): 'We do not believe that this urgent need to restructure the Council will be met by the mere "
         "inclusion of two major industrial Powers as new permanent members' = a position on Security Council reform "
         "(held-out 7: UN reform not coded); the inclusion is hypothetical and agentless"),
 4: ([], "Bangladesh (2003): 'The imperatives ... do not require elaboration in this House' = no act; 'threats to the "
         "existing regimes' = a risk to disarmament regimes (guideline: figurative 'threat')"),
 5: ([("We welcome the reforms", "051", "DNK/GOV", N, False, A, N, False)],
     "Denmark (1991); welcoming 'the reforms which many countries have initiated in the economic and social areas' = "
     "051 (guideline: welcome), 'many countries' an uncoded collective -> target null (held-out 52 row 16: "
     "'Ecuador welcomes the growing trend towards democratization' 051 -> null); the reforms are domestic; 'they do "
     "not yet go far enough' is an evaluation; 'we are pleased that democracy and pluralism are spreading' has no "
     "actor, not a second event"),
 6: ([], "Zimbabwe (Mugabe, 2007): 'Africa has not called for a Nuremberg trial against the white world, which "
         "committed heinous crimes against humanity' = a negated request of an uncoded collective ('Africa', not the "
         "AU) toward an uncoded one ('the white world'), null-null, not coded; the crimes likewise have an uncoded "
         "agent and no named victim in the sentence (Ian Smith's rule lies in the preceding text)"),
 7: ([], "Canada (2004): 'the Conference on Disarmament ... has not even been able to agree on a work plan since 1998' = "
         "a negated agreement inside one UN body among its uncoded members, an internal procedural matter, not coded"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("support the European Union-facilitated dialogue", "051", "GRC/GOV", "SRB/GOV", False, A, N, False),
      ("support the European Union-facilitated dialogue", "051", "GRC/GOV", "XKX/GOV", False, A, N, False),
      ("European Union-facilitated dialogue", "045", "org:EU", "SRB/GOV", False, A, N, True),
      ("European Union-facilitated dialogue", "045", "org:EU", "XKX/GOV", False, A, N, True),
      ("welcome", "051", "GRC/GOV", "SRB/GOV", False, A, N, False)],
     "Greece (2012); capital metonyms Belgrade -> SRB/GOV and Pristina -> XKX/GOV (held-out 26 row 8, 52 row 9); "
     "support for the EU-facilitated dialogue = support aimed at a process -> 051 to each named party (held-out 8; "
     "held-out 16 row 18: 'support for the EU-facilitated Dialogue' 051 to the party + nominal 045 org:EU); the "
     "facilitation = a mediation noun naming its broker -> nominal 045 from org:EU to each party (held-out 9); the "
     "dialogue itself is not coded separately (held-out 16 row 18); welcoming 'the constructive approach to the "
     "talks on the part of the Serbian leadership' = praise of a party -> 051 to SRB/GOV (held-out 38 row 37: "
     "welcoming the pragmatic approach of Kosovo and Serbia 051 to each)"),
 9: ([("supports the peace talks", "051", "KHM/GOV", N, False, A, N, False)],
     "Cambodia (2003); supporting 'the peace talks in Beijing' (the six-party talks on the Korean peninsula) = "
     "support aimed at a process -> 051 to its parties, but the document names none of them ('countries that are "
     "directly involved', 'all the parties concerned') -> target null (held-out 27 row 39: 'support these efforts' "
     "for negotiations with unnamed parties 051 -> null); Beijing is the venue, not a metonym (borderline a "
     "nominal 043 CHN/GOV as host); 'believes that only dialogue and compromise can provide the way out' is a view"),
 10: ([("signed", "057", "ISR/GOV", "PSE/GOV", False, A, N, False)],
      "Ghana (1995); the sentence starts at 'Palestinian accords signed in Washington' (the splitter cut after 'We "
      "also note with appreciation the recent Israeli-', which lies in the preceding text); the accords (Oslo II, "
      "signed in Washington in September 1995) -> agreement signed 057 (guideline), the parties taken from the "
      "accord's name, cut off by the splitter (held-out 44/45: a subject cut off by the splitter is taken from the "
      "context; held-out 28/29 'the Israeli-Jordan Accords' 057 from the first-named), the PLO -> PSE/GOV (held-out "
      "31, 34); a passive participle with its parties -> not nominal; the welcome ('note with appreciation', 051 to "
      "each party, held-out 48/49) has its verb outside the sentence, so it cannot be coded here; Washington is the "
      "venue, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("our aid", "070", "AUS/GOV", N, False, A, N, True)],
      "Australia (2010); 'we said that our aid programme has doubled over the last five years' = the speaker's own "
      "statement of that week (guideline: a speaker's own past statements are its assertion, reported_by null); "
      "the aid programme = the government's realised, ongoing aid with its agent ('our') -> nominal 070 (held-out "
      "20/21: committed aid sums are aid; one aid noun of mixed kinds 070), recipients not named in the sentence "
      "(the least developed countries and small island States follow) -> target null; 'is projected to double "
      "again by 2015' is the same programme's growth, coded once (borderline a separate future 070); New York is "
      "a place"),
 12: ([("it was prepared to supply oil", "0331", "IRQ/GOV", N, False, A, N, False),
       ("intimidate", "130", "USA/GOV", N, False, A, N, False),
       ("make transportation of the oil impossible", "191", "USA/GOV", "IRQ", False, A, N, False)],
      "Iraq (1990); the speech reads out the Foreign Minister's statement (Tariq Aziz, prevented from attending), so "
      "the quoted text is the speech's own government (held-out 7: the President quoted in his own government's "
      "text -> reported_by null); 'Iraq announced that it was prepared to supply oil, free of charge, to third-world "
      "countries' = an offer of economic aid stated as a fact -> 0331 asserted (guideline: explicit intent stated as "
      "a fact; held-out 9 'stands ready to assist' 03x asserted), the announcement the speaker's own government's "
      "-> reported_by null, third-world countries uncoded -> target null; 'the United States and its allies "
      "mobilised their political and military machine to intimidate those countries' -> threaten 130 from USA/GOV "
      "(the allies uncoded, dropped, held-out 2 compound rule), 'those countries' uncoded -> null; the "
      "mobilisation is the means of the intimidation, not coded separately (borderline 150); 'make transportation "
      "of the oil impossible' = the naval interdiction of Iraqi oil -> blockade 191 (guideline), the oil Iraq's -> "
      "bare IRQ (borderline 163 embargo, or not coded as an effect of the intimidation)"),
 13: ([], "Paraguay (1994): 'until we secure for our inhabitants ... living standards' = domestic policy; 'foreigners "
          "whom we have welcomed into our land' = immigration in general, the foreigners of no named nationality "
          "(borderline 075 PRY/GOV -> null, as admitting refugees in held-out 6), not coded"),
 14: ([], "Azerbaijan (2011): the position 'is based on strict adherence to the norms and principles of international "
          "law, according to which the acquisition of territory by force is inadmissible and must be rejected' = a "
          "legal norm, agentless; 'according to' attributes a norm, not an event"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "New Zealand (1995): 'whether ... the new members will have been able to take their seats' in the "
          "Conference on Disarmament = membership of a body, unnamed members, no CAMEO act (held-out 26 row 40: "
          "admission not coded)"),
 16: ([("welcome it back to the Rio Group", "030", "PRY/GOV", "PER/GOV", False, F, N, False)],
      "Paraguay (1992); 'We hope that ... we will shortly be able to welcome it back to the Rio Group' = Peru's "
      "readmission after its suspension (Fujimori's 1992 self-coup); the speaker's own hoped-for cooperative act -> "
      "030 future (held-out 12/13: 'hope that we can work together' 030 future), 'we' in a UN speech -> PRY/GOV "
      "(borderline the Rio Group's members, an uncoded collective, or not coded as readmission to a group); Peru's "
      "finding solutions to its own problems is domestic and optative, not coded"),
 17: ([], "Slovakia (2015): 'we need systematic and comprehensive action ... and close cooperation on the part of "
          "countries, both of origin and of destination' = a need with uncoded collectives, abstract; a page header "
          "lies inside the sentence (an extraction artefact)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Liberia (2001): 'the world must come together and ... construct new models in answer to this scourge' = an "
          "uncoded collective, abstract deontic (terrorism has no named agent)"),
 19: ([("providing means", "070", "org:UN", "PSE/CVL", False, D, N, False)],
      "Maldives (1996); 'the United Nations should continue to play its important role in providing means to the "
      "Palestinian people in their just struggle' = a deontic without a request verb -> Y coded with source X, "
      "demanded (guideline); providing means = aid of unspecified kind -> 070, the Palestinian people -> PSE/CVL "
      "(held-out 53 row 4); 'we also feel' is the speaker's view, not attribution; the restoration of rights and "
      "establishment of a State are aims"),
 20: ([], "Germany (2013): 'Iran must allay the international community's doubts about the exclusively peaceful "
          "nature of its nuclear programme' = a deontic whose Y (allaying doubts, transparency) is not a codable "
          "behaviour (guideline: 'comply with obligations' not coded; borderline 0862 receive inspectors)"),
 21: ([("demolished", "120", "USA/GOV", "PRK/GOV", False, A, N, False)],
      "DPRK (2004); 'the basis for the talks demolished by the United States' = the US undoing the six-party talks' "
      "agreed basis (preceding text: 'disregarding the common understanding and agreement reached at the third "
      "round') -> reject 120 (held-out 34/35: 'the door that the former Israeli Government closed' 120), a passive "
      "with its agent named -> not nominal, to the speaker's government, the complaining party (borderline target "
      "null, or not coded as figurative); 'should be properly restored' and 'clarified' are agentless deontic "
      "passives, not coded; 'if the six-party talks are to be resumed' = an agentless conditional resumption, not "
      "coded; 'the secret nuclear experiments in South Korea' = an event noun with a place, not an agent, and lab "
      "experiments, not weapons tests (borderline nominal 150 KOR/GOV)"),
 22: ([], "Mexico (2009): 'The United Nations must realize that ... policies must be adjusted' = a deontic of "
          "awareness and an agentless one, no codable behaviour"),
 23: ([], "Papua New Guinea (1999): what the Charter 'should' be and 'must recognize' = a view on the Charter, no act"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Jamaica (1997): demand and profits 'have spawned a transnational network of criminals' = no actor, no act "
          "between actors"),
 25: ([], "Austria (2004): the sentence starts at 'Organization on development cooperation' (UNIDO's work, cut by the "
          "splitter); 'the fight against the so-called uncivil society by the United Nations Office on Drugs and "
          "Crime' = a figurative fight against crime with no coded target; contributing 'to the international "
          "community's efforts' = inanimate subjects (the work of UN bodies) and an uncoded collective, abstract"),
 26: ([("welcomes the mediation efforts", "051", "LVA/GOV", "org:AU", False, A, N, False),
       ("mediation efforts", "045", "org:AU", N, False, A, N, True),
       ("encourages all parties involved", "1056", "LVA/GOV", N, False, A, N, False)],
      "Latvia (2004) on Darfur; welcoming the African Union's mediation efforts -> 051 to org:AU (held-out 9 row 8: "
      "support for EU-brokered discussions 051 to the broker); the mediation efforts = a mediation noun with its "
      "agent -> nominal 045 org:AU, the parties 'all parties involved' are not named (guideline: 'all parties' -> "
      "null; borderline SDN/GOV and SDN/REB by world knowledge) -> target null; 'encourages all parties involved to "
      "ensure that no further harm comes to the civilians' = a request (held-out row 85: 'encourage efforts to "
      "maintain calm' 100; held-out 49 row 4: 'encourage countries' 102), addressees null, Y = stop the violence against "
      "civilians -> de-escalation 1056 (borderline 100)"),
 27: ([], "Norway (2016): 'They [the SDGs] provide us with a road map' and 'we have agreed to leave no one behind' = "
          "'we' meaning all Member States (held-out 42/43: not coded), abstract commitment"),
 28: ([("We welcome the Baker-Pankin accord", "051", "TUR/GOV", "USA/GOV", False, A, N, False),
       ("We welcome the Baker-Pankin accord", "051", "TUR/GOV", "SUN/GOV", False, A, N, False),
       ("Baker-Pankin accord", "057", "USA/GOV", "SUN/GOV", False, A, N, True)],
      "Turkey (1991); the Baker-Pankin accord of 13 September 1991 = the agreement of US Secretary of State Baker "
      "and Soviet Foreign Minister Pankin on Afghanistan -> both coded to their governments of the speech date "
      "(USSR -> SUN, held-out 26/27); welcoming it -> 051 to each party (held-out 48/49: 'noted with satisfaction the "
      "signing' 051 to the signatories); the accord named after its parties -> nominal 057 from the first-named "
      "(held-out 28/29 'the Israeli-Jordan Accords'); its content, 'an end to the delivery of military supplies to "
      "the parties as of next January', is a planned clause of the agreement, not coded separately (held-out 38/39: "
      "a treaty clause is the treaty's 057; borderline a future nominal 1622 USA/GOV and SUN/GOV -> the Afghan "
      "parties)"),
 29: ([("support of the international community", "070", N, "TGO", False, A, N, True)],
      "Togo (2006); 'All the changes ... were made possible by the support of the international community' = "
      "realised support of an uncoded collective -> nominal 070 with no source (held-out 27 row 27: 'the support "
      "provided by the international community' 070 null -> NGA/GOV), to Togo's society and political process -> "
      "bare TGO (borderline TGO/GOV); 'the maturity of the people' and 'the sense of compromise of the political "
      "class' are attitudes, not coded"),
 30: ([("ready to play our part", "030", "AUS/GOV", N, False, A, N, False)],
      "Australia (1997); 'We stand ready to play our part' in the Kyoto negotiations on climate change = readiness "
      "to cooperate stated as a fact -> 030 asserted (held-out 9: 'stands ready to engage/assist' 03x asserted), the "
      "other negotiating parties uncoded -> target null (borderline not coded as an abstract commitment); 'no "
      "intention of imposing upon Australians an unfair ... cost' is domestic; 'as we have made clear' is the "
      "speaker's own statement"),
 31: ([("are working in concert", "050", "BTN/GOV", "org:UNDP", False, A, N, False),
       ("are working in concert", "050", "BTN/GOV", "USA/EDU", False, A, N, False)],
      "Bhutan (2011); the sentence starts at 'Columbia University' (the splitter cut after 'my Government, in "
      "collaboration with the United Nations Development Programme, the Earth Institute of'); the subject is taken "
      "from the context (held-out 44/45), 'my Government' -> BTN/GOV; working in concert with UNDP and the Earth "
      "Institute of Columbia University = cooperation -> 050 per named partner: org:UNDP (held-out 32/33 code), "
      "the university -> USA/EDU (held-out 14/15: universities are EDU); 'leading scientists and thinkers' are "
      "uncoded, dropped; preparing the panel discussion stipulated by the resolution is the purpose (borderline "
      "036 future)"),
 32: ([], "Romania (2001): 'Regional cooperation makes it possible to capitalize on the advantages of globalization' = "
          "abstract, no actor"),
 33: ([("condemns", "111", "SMR/GOV", N, False, A, N, False)],
      "San Marino (2004); 'San Marino once again condemns any form of terrorism' -> 111 (guideline), terrorism with "
      "no named perpetrator -> target null (held-out 52 row 28, held-out 44/45: condemning attacks by unnamed "
      "perpetrators 111 with no target); 'once again' = repeated, asserted; 'the most serious and impending threat "
      "to peace' = figurative threat"),
 34: ([("host", "043", "KEN/GOV", "org:UNEP", False, A, N, True),
       ("shall continue to provide", "070", "KEN/GOV", "org:UNEP", False, F, N, False)],
      "Kenya (1993); 'As a host country' to UNEP's headquarters in Nairobi (preceding sentences) = hosting an "
      "organisation's seat -> nominal 043 (held-out 51 row 24: 'As host to the International Seabed Authority' 043 "
      "nominal; borderline not coded, as a status); the United Nations Environment Programme -> org:UNEP (new code, "
      "like org:UNDP and org:UNFPA); 'shall continue to provide all the necessary assistance to UNEP' = a future "
      "material act keeps its code (held-out 42/43: 'we will continue support' 070 future) -> 070 future"),
 35: ([("supports", "051", "LVA/GOV", N, False, A, N, False)],
      "Latvia (2016); supporting 'this important initiative' (veto restraint in atrocity situations, preceding "
      "sentence; its authors unnamed in the document) and 'the Accountability, Coherence and Transparency group's "
      "code of conduct' = support for named proposals -> 051 (held-out 48 row 27: support for the Non-Aligned "
      "Movement's position on Council reform 051 -> null), the ACT group has no code and the initiative's authors "
      "are not named -> target null, one event for the one actor pair (borderline not coded as an abstract position "
      "on UN reform, held-out 7)"),
 36: ([("welcoming seven new States", "051", "YUG/GOV", "KOR/GOV", False, A, N, False),
       ("welcoming seven new States", "051", "YUG/GOV", "PRK/GOV", False, A, N, False),
       ("welcoming seven new States", "051", "YUG/GOV", "LTU/GOV", False, A, N, False),
       ("welcoming seven new States", "051", "YUG/GOV", "LVA/GOV", False, A, N, False),
       ("welcoming seven new States", "051", "YUG/GOV", "EST/GOV", False, A, N, False),
       ("welcoming seven new States", "051", "YUG/GOV", "FSM/GOV", False, A, N, False),
       ("welcoming seven new States", "051", "YUG/GOV", "MHL/GOV", False, A, N, False)],
      "Yugoslavia (1991, the SFRY -> YUG, held-out 26/27); 'I join in welcoming seven new States to the world "
      "Organisation' = a performative welcome -> 051 asserted, one event per state, the seven named in the "
      "following sentence (the Republic of Korea, the DPRK, Lithuania, Latvia, Estonia, Micronesia, the Marshall "
      "Islands) and taken from the context (held-out 35 row 31: Pakistan's identical welcome of the same seven, 051 "
      "to each GOV); the admission itself is the UN's act on membership, not coded"),
 37: ([], "Turkmenistan (2019): 'we support greater and more active involvement on the part of international "
          "organizations in addressing water issues' = an abstract policy position (guideline: 'we support the "
          "allocation of resources'), no named counterpart"),
 38: ([], "Indonesia (1996): 'Weapons of mass destruction still pose a potent threat' = a risk (guideline: figurative "
          "'threat'), no actor"),
 39: ([], "Colombia (2011): the fragment '1992, and an implementation plan was agreed on in' = an agentless passive "
          "agreement (Johannesburg 2002) whose parties are not named, not coded"),
 40: ([("supports", "051", "org:AU", N, False, A, N, False)],
      "Malawi (Mutharika, 2010), speaking on behalf of the African Union as its Chairperson (preceding text: 'On "
      "behalf of the African Union') -> a head of state speaking as chair of the AU is the organisation (held-out "
      "44/45) -> org:AU; supporting 'the position taken by the Non-Aligned Movement' = support for a named actor's "
      "position -> 051, the Movement has no code (held-out 39 row 0, 48 row 27) -> target null; the NAM 'calling "
      "for justice and equal treatment for all nations concerned' = a request of an uncoded author to an uncoded "
      "collective, null-null, not coded"),
 41: ([], "Tonga (2012): the fragment 'The coming meeting of the United Nations' (the splitter cut before 'Framework "
          "Convention on Climate Change in Qatar') = a meeting noun without an agent and without a verb, not coded"),
 42: ([], "Saint Lucia (1994): the UN 'has ... been party to the achievement of many political strides towards "
          "democratization and ... cooperation between nation States' = an abstract evaluation, no named "
          "counterpart"),
 43: ([], "Argentina (2005): 'there has been an increase in the number of attacks' (terrorism) = agentless, no named "
          "target; 'the efforts made' has no agent in the sentence"),
 44: ([("welcomes the steps", "051", "BRB/GOV", "org:UNSC", False, A, N, False)],
      "Barbados (1997); welcoming 'the steps already taken in this direction [openness and transparency in the work "
      "of the Council] through regular briefings and monthly assessments by Council Presidents' = praise of a named "
      "body's acts -> 051 to org:UNSC (held-out 38/39: welcoming a General Assembly decision 051 to org:UNGA); "
      "'attaches particular importance to the principle' is a view (borderline not coded as a position on Council "
      "working methods)"),
 45: ([], "Honduras (2014): drug trafficking as 'a multinational, criminal octopus' = an uncoded criminal network, "
          "figurative, no named target"),
 # --- UNGDC 1990-2019 random: no cue
 46: ([("will engage in close consultations", "036", "KOR/GOV", N, False, F, N, False)],
      "Republic of Korea (Moon, 2018); 'will engage in close consultations with countries in the region on concrete "
      "steps towards the East Asian railroad community' = a future meeting/consultation -> 036 future (guideline), "
      "'countries in the region' unnamed -> target null (held-out 53 row 16: future cooperation with an uncoded "
      "collective, target null)"),
 47: ([("pays", "070", "ESP/GOV", "org:UN", False, A, N, False)],
      "Spain (1996); 'Spain ... pays promptly and in full its assessed contributions' to the budget of the "
      "Organization = habitual financial contribution to the UN -> 070 asserted (held-out 26 row 20: 'contribute "
      "effectively to the United Nations' 070), to org:UN (borderline not coded, as meeting a membership obligation "
      "rather than aid; held-out 51 row 13 noted withheld assessed contributions only as borderline)"),
 48: ([("launched the Stability Pact", "050", "org:EU", N, False, A, N, False)],
      "Finland (1999) speaking on behalf of the European Union (document opening); 'the European Union launched the "
      "Stability Pact for South-Eastern Europe' = the launch of a cooperation framework -> 050 (held-out 2: "
      "'launched' cooperation 050; borderline 030 or 057), the countries of South-Eastern Europe are not named in the "
      "sentence (the FRY's hoped-for joining follows as an optative) -> target null"),
 49: ([], "Brazil (1990): 'The economic recovery of our peoples ... will not be sacrificed' = agentless, no act"),
 50: ([], "Marshall Islands (1995): 'Nuclear damage to one island nation poses ... dangers to others' = no actor, "
          "a generic risk"),
 51: ([("became a\nparty", "057", "MDV/GOV", N, False, A, N, False)],
      "Maldives (1993); 'The Nuclear Non-Proliferation Treaty was one of the first international Treaties to which "
      "my country became a party' = joining the NPT -> 057 with no target (held-out 48/49: joining the NPT is 057 "
      "with no target), 'my country' -> MDV/GOV; 'after gaining its independence in 1965' is no act between actors"),
 52: ([], "Russia (2004): 'Another challenge is ensuring environmental security' = no act"),
 53: ([], "Slovakia (1996): 'it is of utmost importance to pay great attention to the issues of security and peace' = "
          "an agentless deontic, no codable behaviour"),
 54: ([], "India (2015): the seventieth year of a human life as a milestone = no act"),
 55: ([], "Gabon (2009): 'The unity we reached on measures ... will require the complete and unified participation of "
          "our countries' = 'we' and 'our countries' meaning the participants of the UN conference on the financial "
          "crisis (an uncoded collective, held-out 42/43), abstract"),
 56: ([("preventing children’s access", "1623", N, "AFG/CVL", False, A, N, False)],
      "Afghanistan (2006); 'terrorists are preventing children's access to vaccination and health care' in southern "
      "Afghanistan = denial of humanitarian access -> 1623 (held-out 48/49: denial of humanitarian access 1623 to "
      "the civilians), the children -> AFG/CVL; the terrorists are unnamed and, by the preceding text, 'infiltrated "
      "our borders' -> no code (held-out 6: an unnamed 'terrorist coalition' has no code) -> source null "
      "(borderline AFG/REB for the Taliban insurgency, held-out 34/35: unnamed outlaw groups are the country's REB)"),
 57: ([], "Czech Republic (1999): 'The peaceful resolution of disputes will ... continue to be one of the main "
          "priorities of the United Nations' = an abstract priority, no act"),
 58: ([], "Guinea-Bissau (1997): the Organization 'is going through a period of complex transition' = no act between "
          "actors"),
 59: ([("signatories", "057", "IND/GOV", N, False, A, N, True)],
      "India (2007); 'India is honoured to be one of the first signatories of the International Convention for the "
      "Protection of All Persons from Enforced Disappearance' = signing a multilateral convention -> 057 with no "
      "target (held-out 28/29: signing a ratification instrument 057 with no target), a signatory noun with its "
      "agent -> nominal; 'is honoured' is an attitude"),
}
