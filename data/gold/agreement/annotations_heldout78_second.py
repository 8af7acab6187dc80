"""Second, independent hand annotation of the SEVENTY-EIGHTH held-out event gold set's sentences, for the
inter-annotator agreement study (source of agreement/events-heldout78-second.jsonl).

Keyed by the row index of selection-heldout78.jsonl (output of select_bulk_heldout.py 78; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Written without reading the first annotation of this set (annotations_heldout78.py / events-heldout78.jsonl).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout78.jsonl \
        --annotations agreement.annotations_heldout78_second --output agreement/events-heldout78-second.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Ireland (1994): 'Our discussions have shown that concrete decisions will not be easy' = the Assembly's "
         "deliberations on Security Council enlargement (preceding sentences), 'our' meaning all Member States "
         "(held-out 42/43: not coded); Council reform positions are left uncoded (held-out 54-61); 'we must avoid "
         "getting bogged down' is a norm for all states; 'competing claims of regional Powers' are unnamed"),
 1: ([], "Vanuatu (1992): problems that 'persist and plague the Earth, threatening our never-ending search for "
         "justice' = a figurative threat (guideline: threat as risk), no actor"),
 2: ([("negotiations", "046", "DEU/GOV", "IRN/GOV", False, A, N, True),
      ("managed to agree", "057", "DEU/GOV", "IRN/GOV", False, A, N, False)],
     "Germany (2015); 'we managed to agree that Iran will never have an atomic bomb' = the July 2015 nuclear "
     "agreement (JCPOA) that 'the five permanent members of the Security Council and Germany concluded ... with "
     "Iran' (preceding sentence) -> agreement concluded 057 (guideline), symmetric, coded once from the document's "
     "own government to the other party (guideline) -> DEU/GOV -> IRN/GOV (borderline one 057 per P5 member as "
     "well, the P5 being a group without a code whose members the document names only in part: Russia and the "
     "United States in the following sentence); 'After more than 10 years of negotiations' = the negotiations "
     "of the same parties, an event noun whose agent is plain from the 'we' of the sentence and the text around it "
     "(held-out 48/49) -> nominal 046 (borderline not coded as a time adverbial); 'Iran will never have an atomic "
     "bomb' and 'we can verify this' are the content of the agreement (a state and a capability), not coded "
     "separately (borderline a negated future 154 IRN/GOV, and 0862 for the verification)"),
 3: ([], "Saint Kitts and Nevis (1997): 'I hope ... that Member States will not continue to make unreasonable demands "
         "on this Organization while refusing it the requisite tools and resources' = an optative hope (held-out 5: "
         "a hope about another actor's act not coded) about the whole membership, an uncoded collective that "
         "includes the speaker (held-out 42/43), and the demands' Y (unspecified tasks) is no codable behaviour "
         "(held-out 50 row 19: a generic description of the demands on the UN not coded); borderline an asserted "
         "100 null -> org:UN and a 1231-type refusal of resources null -> org:UN, presupposed by 'continue'"),
 4: ([], "Sweden (2004): 'Discussions on the definition of genocide should never stop us from taking action' = a norm, "
         "'us' meaning all states (held-out 42/43), no named actor or target"),
 5: ([], "Finland (2012): 'The Security Council has not been able to take the leading role that it is expected to take "
         "... with respect to threats to peace such as in that country' (Syria) = a negated role, not a codable "
         "behaviour (guideline: 'comply with obligations' and similar are not coded); the threats to peace are "
         "agentless risks; borderline a negated 074 or 030 org:UNSC -> SYR (held-out: peacekeepers who 'have not "
         "been able to protect civilians' a negated 074), or a 110 disapproval FIN/GOV -> org:UNSC"),
 6: ([], "Gabon (2005): vaccine experiments and access to antiretroviral drugs = no act between actors; 'the agreement "
         "concluded within the context of the World Trade Organization' (the 2003 TRIPS decision on medicines) = an "
         "agentless agreement among the uncoded WTO membership, not coded (borderline a nominal 057 null -> "
         "org:WTO); 'efforts must be focused' is an agentless deontic"),
 7: ([("no protest", "140", "LTU/CVL", "EST/GOV", True, A, N, True),
      ("does not plan any", "163", "LTU/GOV", "EST/GOV", True, F, N, False)],
     "Lithuania (1992); 'We hear no protest from Lithuanians living in Estonia' = the Lithuanian minority in Estonia "
     "does not protest against Estonia's citizenship law (preceding sentence), contrasted with the Russian outcry -> "
     "negated political dissent 140 (held-out 32/33: political dissent 140), nominal, the ethnic Lithuanians -> "
     "LTU/CVL (borderline EST/CVL, as residents of Estonia), against the Estonian Government (borderline not "
     "coded, 'we hear' being a report of absence); 'Lithuania does not plan any sanctions against that country' -> "
     "sanctions 163 (guideline), plain negation of a non-acceptance-type act (held-out 6: 'will not ... lift "
     "sanctions' negated future) -> negated, 'plans to' -> future (guideline), Estonia -> EST/GOV (borderline bare "
     "EST)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("occupied territories", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Luxembourg (2005, EU Presidency); 'Israeli colonization activities in the occupied territories' = in the "
     "speaker's own voice (reported_by null); the occupation with its agent named in the same phrase ('Israeli') -> "
     "nominal 192 (held-out 71 row 22: 'the occupied territories' nominal 192 to bare PSE; held-out 22/23 "
     "'Israeli-occupied Golan'), the Palestinian territories -> bare PSE (guideline: target of an occupation); the "
     "colonization (settlement) activities themselves have no specific CAMEO code (held-out 29 row 18, 44 row 5: "
     "building settlements not coded; borderline the same 192, as held-out 36's 'invaded and colonized' coded "
     "once); 'the European Council noted that \"the policy of colonization is an obstacle to peace ...\"' = a "
     "statement and an evaluation (held-out 71 row 22: 'an obstacle to peace' is an evaluation, not a separate "
     "111; borderline 111 org:EU -> ISR/GOV)"),
 9: ([], "Bangladesh (2006): ODA to the LDCs in 2004 'according to the most recent data available' = aid statistics "
         "from uncoded donors to an uncoded class of countries, null-null, not coded; 'according to' the data is not "
         "attribution to an actor"),
 10: ([("renewed sanctions", "163", "USA/GOV", "ERI/GOV", False, A, "USA/GOV", False)],
      "Eritrea (2016); 'President Obama of the United States stated publicly that he had \"renewed sanctions on "
      "some of the worst abusers, including...' = the speech verb is not coded (guideline); the sanctions (on "
      "human-trafficking abusers) -> 163 (guideline) USA/GOV, reported_by USA/GOV (the President quoted); the "
      "sentence is cut at 'including...' and the quotation ends 'Eritrea\"' right after it (held-out 44/45: a part "
      "cut off by the splitter is taken from the context), a class naming one member -> coded for that member "
      "(held-out 26/27) -> ERI/GOV (borderline target null, the named country lying outside the sentence's bytes)"),
 11: ([("detained", "171", N, "BOL/GOV", False, A, "USA/MED", False)],
      "Bolivia (Morales, 2011); 'some parts of the United States media said that my aircraft had been detained in "
      "the United States with traces of cocaine' = a claim the speaker quotes in order to dispute it ('How false!' "
      "follows), still coded and reported by its author (held-out 52/53) -> reported_by USA/MED; holding an "
      "aircraft = seizing property 171 (borderline 1711 confiscate, or 173), an agentless passive -> source null "
      "(guideline; borderline USA/GOV, the detention being 'in the United States'); the President's aircraft -> "
      "BOL/GOV"),
 # --- UNGDC 1990-2019 random: future
 12: ([("express my gratitude", "051", "BIH/GOV", N, False, A, N, False),
       ("cooperation and the support", "050", N, "BIH/GOV", False, A, N, True)],
      "Bosnia and Herzegovina (2011); 'Allow me to express my gratitude' = performative thanks -> 051 asserted, for "
      "cooperation and support whose givers are not named (the other Council members and the Secretariat, "
      "unnamed) -> target null (held-out 34 row 11: thanks to unnamed partners 051 null; borderline org:UNSC); "
      "'the cooperation and the support we have received during ... membership in the Security Council' = realised "
      "cooperation received, its agent unnamed -> one nominal 050 with no source to the speaker's government "
      "(held-out 28/29: thanks for support give the support its agent from the thanks; held-out 20/21: one noun "
      "covering several kinds coded once; borderline a separate 051 for 'support'); the membership expiring is no "
      "act"),
 13: ([], "Russian Federation (2008): 'We will therefore base our relations on the principles of equality, mutual "
          "benefit ... and compliance with existing agreements' = principles for relations with the CIS countries "
          "(preceding sentence), a statement of policy principles rather than an act (guideline: abstract policy "
          "positions; compliance with obligations not coded); borderline a 030 future RUS/GOV -> null, the CIS "
          "members being an uncoded group"),
 14: ([("support civilian policing", "070", "LVA/GOV", "AFG/COP", False, F, N, False),
       ("to train", "072", "LVA/GOV", "AFG/MIL", False, F, N, False)],
      "Latvia (2013); 'Latvia will continue to support civilian policing and to train military personnel' in "
      "Afghanistan (preceding sentence; the following one: 'financial aid to the Afghan National Security Forces') "
      "= future material aid keeping its code (held-out 42/43: 'we will continue support' 070 future): support to "
      "the Afghan police -> 070 (borderline 072) to AFG/COP, training military personnel -> military aid 072 "
      "(CAMEO: training) to AFG/MIL; borderline both to AFG/GOV"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Guatemala (2013): 'international cooperation should be strengthened so as to reduce illegal flows of arms' = "
          "an agentless deontic with no named actor, and the criminal networks are uncoded; not coded"),
 16: ([], "Indonesia (2013): the post-2015 agenda 'must be anchored by a new global partnership' = an abstract deontic; "
          "President Yudhoyono's 'role as one of the three co-Chairs of the High-level Panel' is a role, not an act "
          "(borderline 050 IDN/GOV -> org:UN); forging a global consensus is a purpose"),
 17: ([], "Syria (1990): the end of the cold war, optimism, developing countries 'under colonial rule or under the "
          "protection of a colonial Power' = historic states with unnamed colonial powers, not coded"),
 18: ([("call on Sudan", "1055", "FRA/GOV", "SDN/GOV", False, A, N, False)],
      "France (2006); 'I solemnly call on Sudan to accept the United Nations peace mission without delay' = a request "
      "(guideline: call on -> 10x) FRA/GOV -> SDN/GOV, Y = accepting a UN peacekeeping force in Darfur -> demand to "
      "allow international involvement 1055; Y (the mission, 074/0861) is not coded separately (guideline)"),
 19: ([], "United Kingdom (1993): 'what the United Nations can do, it should do well' = a generic norm, no codable "
          "behaviour"),
 20: ([], "Chile (2013): moral and legal rules 'that must be respected by all' even in warfare = an abstract norm; "
          "'external or internal warfare' is generic, no actor"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Saint Vincent and the Grenadines (2012): 'our common pursuit of a ... binding arms trade treaty' fallen "
          "victim to United Nations paralysis = 'our' meaning all states (held-out 42/43), the failed July 2012 "
          "conference agentless; 'existential threat' is figurative; borderline a negated 057 null"),
 22: ([("We are not prepared to negotiate", "125", "MLI/GOV", "MLI/REB", False, A, N, False)],
      "Mali (2012); 'We are not prepared to negotiate issues that call into question the integrity of our territory "
      "and the secular nature of the country' = a stated unwillingness to negotiate (guideline: 'unwillingness to "
      "negotiate' is REJECT, negated false; held-out 7: refusing political talks 125) -> 125, with the armed groups "
      "occupying the north who raise those issues (the MNLA's secession, the Islamists' sharia; preceding "
      "sentences: negotiating with compatriots, not with terrorists) -> MLI/REB (held-out 30/31: unnamed armed "
      "groups are the country's REB; borderline target null, no group named in the sentence)"),
 23: ([], "Saint Vincent and the Grenadines (2000): 'shares the concerns of other developing countries with regard to "
          "the general decline in official development assistance' = expressed concern (01x, not coded), the decline "
          "agentless between uncoded donors and recipients (borderline 162 null -> null)"),
 24: ([("salute and welcome", "051", "PER/GOV", N, False, A, N, False)],
      "Peru (1990); 'a qualitatively new kind of détente that we salute and welcome' = a welcome (guideline: 051), one "
      "act for the two verbs; the détente is the conciliation and co-operation 'among the great Powers' and the arms "
      "limitation agreements (preceding sentences), whose parties the document does not name -> target null "
      "(held-out 59 row 29: a welcome of progress with no named party 051 null; borderline USA/GOV and SUN/GOV by "
      "world knowledge); the peoples rejoicing in reunification and reconciliation are a sentiment, not an act"),
 25: ([("active cooperation", "061", N, "AZE/GOV", False, D, N, True)],
      "Azerbaijan (1995); 'No country can be expected to undertake such a radical restructuring unilaterally without "
      "the active cooperation of international organizations, and Azerbaijan has been no exception' = a statement "
      "of need (held-out 46/47: statements of need are demanded with no source to the speaker's government; held-out "
      "77 row 13: 'will need the cooperation of its development partners to rebuild the economy' demanded 061) -> "
      "economic cooperation 061 for the market restructuring, nominal, the international organizations unnamed -> "
      "source null (borderline org:UN, the UN system of the preceding sentence), to AZE/GOV; borderline asserted "
      "(cooperation received, 'has been no exception')"),
 26: ([], "Viet Nam (2004): 'attaches great importance to promoting South-South cooperation, especially with African "
          "countries' = an attitude and a policy priority (held-out 49 row 47: 'attaches great importance to real "
          "partnership' not coded), the partners an uncoded class; the 'two plus one' formula with an African "
          "country and the FAO lies after the splitter's cut; borderline a nominal 050 VNM/GOV -> null"),
 27: ([("stand ready to support and assist", "033", "org:ASEAN", "MMR/GOV", False, A, N, False)],
      "Singapore (2018, ASEAN Chair); 'All members of ASEAN stand ready to support and assist Myanmar in that ... "
      "situation' (the Rakhine crisis) = readiness stated as a fact -> 03x asserted (held-out 8: 'stands ready to "
      "engage/assist' 03x), to provide aid -> 033 (borderline 0333 humanitarian, or a 032 for 'support' as well), "
      "'support and assist' one act; all members of the organisation -> org:ASEAN (borderline one 033 per member, "
      "or SGP/GOV only), to MMR/GOV"),
 28: ([], "Mali (1998): 'it is important now to go further to reduce and contain the threat of the proliferation of "
          "light weapons' = an agentless deontic, a figurative threat; the moratorium initiative lies in the "
          "preceding sentence"),
 29: ([], "Turkey (2000): 'whether the sanctions are properly targeted and whether there is universal compliance' = a "
          "general question about United Nations sanctions policy, no named imposer or target"),
 30: ([], "Fiji (2012): 'The world is facing many challenges that demand our attention' = figurative, no actor"),
 31: ([("assures the President of its full cooperation", "030", "SMR/GOV", "org:UNGA", False, A, N, False)],
      "San Marino (2016); 'We wish him a fruitful session' is well-wishing, not coded (held-out 7); 'the San Marino "
      "delegation assures the President of its full cooperation throughout the work of the General Assembly' -> 030 "
      "to org:UNGA (held-out 48/49: assuring the Assembly President of cooperation 030 to org:UNGA)"),
 32: ([("international cooperation", "070", N, "GNB/GOV", False, A, N, True),
       ("United Nations support", "070", "org:UN", "GNB/GOV", False, A, N, True)],
      "Guinea-Bissau (2017); 'we continue to rely on international cooperation and United Nations support through "
      "its specialized institutions' for health care = aid received, habitual -> asserted (held-out 34 row 38: "
      "'reliant on the assistance of others' nominal 070 null; held-out 73 row 45: 'relies on the support of United "
      "Nations institutions' nominal 070 from org:UN): the international cooperation from unnamed partners -> "
      "nominal 070 with no source (borderline 050 or 061), the UN's support -> nominal 070 org:UN, both to the "
      "speaker's government GNB/GOV; 'the State alone is unable to guarantee that public service' is domestic"),
 33: ([("made major efforts to conclude", "046", "MRT/GOV", N, False, A, N, False)],
      "Mauritania (1994); 'has, along with countries threatened by the phenomenon of desertification, made major "
      "efforts to conclude a world convention to fight drought and desertification' = participation in the "
      "negotiation of the UN Convention to Combat Desertification (the following sentence: 'the positive outcome of "
      "those negotiations') -> 046 (held-out 28/29: 'ostensibly participating in negotiations' 046), a multilateral "
      "treaty with no named counterpart -> target null (held-out 44/45: joining the NPT 057 with no target), the "
      "fellow affected countries uncoded co-actors, dropped; borderline 057 with no target (the convention was "
      "adopted in June 1994)"),
 34: ([("welcoming", "051", "COD/GOV", "org:UN", False, A, N, False)],
      "DR Congo (1997); 'welcoming the Secretary-General's initiative to establish a new department for "
      "disarmament' = a welcome of the Secretary-General's plan -> 051 to org:UN (held-out 48/49: supporting a UN "
      "plan or the Secretary-General 051 to org:UN; borderline not coded as a UN reform position, held-out 54-61); "
      "'would have liked to have been apprised of how matters stood regarding the Conference on Disarmament' = a "
      "counterfactual wish about being informed (01x, not coded; borderline a 110 disapproval COD/GOV -> org:UN)"),
 35: ([], "Romania (2009): 'We can debate historical themes, but we cannot deny history altogether' = a maxim, 'we' "
          "meaning all; no act between actors"),
 36: ([], "Bahamas (2001): loss of employment, falling revenues, 'foreign reserves are threatened' = economic effects "
          "after September 2001, figurative threat, no actor"),
 37: ([], "Brazil (2016): 'Brazil has warned that it is essential to make global governance structures more "
          "representative' = a speech act about governance reform (held-out 48/49: 'issues a warning' about harm is "
          "not a threat), a reform position left uncoded (held-out 54-61; borderline 1044 BRA/GOV -> null)"),
 38: ([("pursuing an initiative", "050", "PNG/GOV", "CRI/GOV", False, A, N, False)],
      "Papua New Guinea (2006); 'Together we are pursuing an initiative to access global carbon markets' = 'we' = the "
      "Coalition for Rainforest Nations that Papua New Guinea formed 'along with Costa Rica' (preceding sentence), a "
      "group without a code coded for the members the document names (held-out 12/13) -> joint diplomatic work with "
      "a named partner, cooperation 050 (held-out 59 row 37: 'Together with Colombia, we have coordinated efforts' "
      "050) PNG/GOV -> CRI/GOV; the carbon markets and the efforts to reduce deforestation are aims with no "
      "counterpart (borderline not coded, the coalition's members being co-agents of an act with no target)"),
 39: ([("implemented", "086", "HND/GOV", "org:OAS", False, A, N, False),
       ("with the support of the Organization of American States", "070", "org:OAS", "HND/GOV", False, A, N, True)],
      "Honduras (2016); 'we implemented, with the support of the Organization of American States, a mission to aid "
      "us in our fight against corruption and impunity' = the OAS Mission to Support the Fight against Corruption "
      "and Impunity in Honduras (MACCIH) set up in the country -> allowing an international mission 086 HND/GOV -> "
      "org:OAS (held-out 50/51: 'has hosted five ... peacekeeping operations' 0861 to org:UN; borderline 050, or not "
      "coded as domestic policy); the OAS's support -> nominal 070 org:OAS -> HND/GOV (held-out 28/29: 'with the "
      "support of our United Nations partners' nominal 070); 'a mission to aid us' is the same OAS aid, coded once"),
 40: ([("terrorist attack", "180", N, "USA", False, A, N, True)],
      "Italy (2002); 'the terrorist attack on the United States' of 11 September 2001 = an agentless terrorist attack "
      "(al-Qaida is not named in the sentence or before it) -> nominal 180 with no source, to the victim country as "
      "a whole (held-out 54-61: an agentless terrorist attack 180 with no source, one per victim country) -> bare "
      "USA (borderline USA/CVL); 'inflicted such deep wounds on the city' repeats the attack; 'the city that "
      "welcomes us' (New York as the UN's host) is a description, not coded (borderline 043 USA/GOV -> org:UN)"),
 41: ([], "Mauritius (2014): 'the international community agreed to build upon existing partnerships and promote new "
          "ones ... of large ocean States' = an intent of an uncoded collective for an uncoded class, null-null, not "
          "coded (held-out 54-61); 'held in Samoa' is a place in an agentless passive (borderline 043 WSM/GOV -> "
          "org:UN)"),
 42: ([], "Sweden (1996): 'We need to cooperate to deal with its consequences' = 'we' meaning all states (held-out "
          "42/43), globalization's consequences; not coded"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Haiti (1994): political stability allowing economic growth = a domestic expectation, no act"),
 44: ([], "Holy See (2004): 'Such fundamental human rights stand or fall together' = a maxim, no act"),
 45: ([("pay tribute", "051", "JAM/GOV", N, False, A, N, False)],
      "Jamaica (1994); 'I wish again to pay tribute to those who have contributed to the United Nations Convention on "
      "the Law of the Sea, to its ratification and to the establishment of the International Seabed Authority' = a "
      "performative tribute (held-out 52/53: 'pay tribute to' is 051) -> 051 asserted, the contributors unnamed -> "
      "target null (held-out 34 row 11); their contributions, the ratifications and the Authority's establishment "
      "are agentless or unnamed, not coded"),
 46: ([], "Guatemala (2001): 'One cannot but be frustrated at the limited progress made' on Security Council reform = "
          "an evaluation of a reform process (UN reform positions left uncoded, held-out 54-61); borderline 110 "
          "GTM/GOV -> org:UNGA"),
 47: ([], "Bahamas (2011): 'We look forward ... to a comprehensive review of this issue in 2014' = a hope about an "
          "agentless future review of the Political Declaration on non-communicable diseases, optative (held-out 5: "
          "'looks forward to receiving Russia's written response' not coded); borderline 036 future BHS/GOV -> "
          "org:UNGA as an intent to take part in a UN process (held-out 32/33)"),
 48: ([("bringing the key perpetrators to justice", "173", "BGD/GOV", N, False, A, N, False)],
      "Bangladesh (2017); 'we have already undertaken the daunting task of bringing the key perpetrators to justice "
      "through the International Crimes Tribunal' = prosecution of the perpetrators of the 1971 genocide by the "
      "speaker's government through its national tribunal -> 173 (held-out 30/31: 'deserve to be brought before the "
      "International Tribunal' 173; held-out 76 row 34: arrests of war-crimes suspects 173 with no target; "
      "borderline 1121 prosecution), source BGD/GOV ('we'; borderline BGD/JUD for the Tribunal), the perpetrators "
      "are not named in the sentence -> target null (borderline PAK/MIL, the preceding text naming the Pakistani "
      "military as author of the genocide, or BGD/OPP for the collaborators actually tried); realised -> asserted"),
 49: ([], "Trinidad and Tobago (2009): the illegal drug trade using the region as a trans-shipment route = uncoded "
          "criminal networks, no named actor or target"),
 50: ([], "New Zealand (1998): the sentence starts at 'Environment Minister' (the splitter cut after 'New Zealand is "
          "honoured to have our own'); Simon Upton to 'chair the Commission on Sustainable Development' = an office "
          "held in a UN body, not an act between actors (borderline 043 NZL/GOV -> org:UN as convening)"),
 51: ([("to thank", "051", "BWA/GOV", "org:UN", False, A, N, False)],
      "Botswana (2018); 'I also wish to thank our Secretary-General ... António Guterres, for his outstanding "
      "leadership' = performative thanks -> 051 asserted (guideline: thank 051) to the Secretary-General -> org:UN "
      "(held-out 48/49)"),
 52: ([], "Guyana (2001): debt and poverty traps inherent in the development-cooperation system = a figurative "
          "description, no actor"),
 53: ([], "United States (Clinton, 1993): 'His generation picked peace, human dignity and freedom' = a figurative "
          "tribute to a generation, no act between actors"),
 54: ([], "Liberia (2017): life expectancy and maternal mortality figures = statistics, no act"),
 55: ([("engage in constructive dialogue", "036", "SUR/GOV", N, False, F, N, False)],
      "Suriname (2009); 'We will continue to engage in constructive dialogue aimed at contributing to a better future "
      "for all' = the speech's closing pledge, a future cooperative act -> 036 future (guideline: future meetings "
      "and talks 036), the partners unnamed (the Member States of the preceding sentence) -> target null (held-out "
      "32/33: an intent to take part in a UN process 036 future with no target; borderline org:UN, or not coded as "
      "an abstract commitment)"),
 56: ([], "Cote d'Ivoire (2019): 'The resolution invites us to reclaim the three pillars of United Nations action' = "
          "Assembly resolution 73/127 (preceding sentence) addressing all Member States ('us' meaning all states, "
          "held-out 42/43), and reclaiming the pillars is no codable behaviour; borderline a 100 org:UNGA -> null "
          "(held-out 62-73: an inanimate resolution stands for the body that adopted it)"),
}
