"""Hand annotations for the HUNDRED-AND-EIGHTY-EIGHTH held-out event gold set (source of events-heldout188.jsonl).

Keyed by the row index of selection-heldout188.jsonl (output of select_bulk_sentence_heldout.py 188; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout188.jsonl \
        --annotations annotations_heldout188 --output events-heldout188.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("provided a detailed response", "030", "ARM/GOV", "org:OSCE", False, A, N, False),
      ("proposal", "045", "org:OSCE", "ARM/GOV", False, A, N, True),
      ("proposal", "045", "org:OSCE", "AZE/GOV", False, A, N, True),
      ("insisting", "1043", "ARM/GOV", "org:OSCE", False, A, N, False)],
     "Armenia (1997); 'Armenia has provided a detailed response to the proposal of the Minsk Group Co-Chairmen' = a "
     "reply to the mediators' settlement plan that does not reject it -> 030 (held-out 8: 'responded to the U.S. "
     "government's Call to Action' 030, the positive counterpart of 'has not responded'; borderline an uncoded 01x "
     "statement, or 038 accepting mediation), the co-chairs, whose countries the speech never names (only 'the three "
     "co-chairing countries') -> org:OSCE (held-out 166: the Minsk Group co-chairs' mediation is org:OSCE's); 'the "
     "proposal of the Minsk Group Co-Chairmen' = an event noun with its agent, a mediator's settlement proposal -> "
     "nominal 045 to each party (held-out 166: 045 to ARM/GOV and AZE/GOV), Azerbaijan taken from the text after "
     "('we urge Azerbaijan to negotiate') (borderline 107 per party, or a nominal 100 as for UN proposals in held-out "
     "143/187, or uncoded as the object of the response); 'insisting on securing commonly recognized freedoms for the "
     "Nagorny Karabakh population, as well as guaranteeing their security' = a demand made in the response -> "
     "request, one appeal with several demands coded from its first (held-out 154) -> demand rights 1043, to the "
     "co-chairs it answers (borderline AZE/GOV, the party that would grant them); 'are never threatened' lies in a "
     "purpose clause, not coded"),
 1: ([], "Egypt (1994): 'some have called attention to the fact that ... there is no justification whatsoever to the "
         "imposition on any nation of a way of life it does not approve of' = a statement (01x) by uncoded 'some' "
         "about a general norm; the imposition has no agent and no named target (borderline a nominal 170 null -> "
         "null, not coded as between uncoded parties)"),
 2: ([], "Nauru (2019): 'Our water supply does not meet the standards of the World Health Organization' = compliance "
         "with technical standards, no act between actors; 'we need to upgrade and climate-proof our health-care "
         "facilities' = a domestic programme (held-out 174: a domestic programme not coded)"),
 3: ([("fast-disappearing development assistance", "162", N, "DMA/GOV", False, A, N, True)],
     "Dominica (2007); 'We do not want to depend on fast-disappearing development assistance' = an attitude (no "
     "negated event: the negation bears on 'want'); the 'fast-disappearing' aid is a reduction of aid to the "
     "speaker's country by unnamed donors -> nominal 162 with no source to DMA/GOV (held-out 164: Dominica's "
     "'declining aid' a nominal 162; held-out 156: Gabon's 'dizzying decline in official development assistance' a "
     "nominal 162 with no source); the donors praised in the sentence before (China, Cuba, Venezuela, Japan, the EU) "
     "are not the ones whose aid is said to disappear, so they are not taken as source (borderline uncoded as a "
     "general ODA trend between uncoded collectives, as held-out 145)"),
 4: ([("without an agreement being reached", "057", "GRC/GOV", "TUR/GOV", True, A, N, False)],
     "Greece (2017); 'the July Conference on Cyprus in Switzerland ended without an agreement being reached' = a "
     "realised non-agreement (guideline: 'without entering into war' negated; held-out 136: 'an agreement is yet to "
     "be reached' a negated 057) among the Conference's parties; the failure is laid on 'the Turkish and "
     "Turkish-Cypriot sides', the Turkish-Cypriot side has no code (held-out 4) -> TUR/GOV, and the symmetric act is "
     "coded once from the document's own government, a participant as guarantor (guideline) -> negated 057 GRC/GOV "
     "-> TUR/GOV (borderline a second negated 057 from CYP/GOV, whom held-out 154 coded as Turkey's counterpart at "
     "Crans-Montana); 'did not share the goal of the normal-State concept' = an attitude, not a negated act "
     "(held-out 186: 'have not shown any faith in the Geneva Agreements' an attitude) (borderline a 127 TUR/GOV -> "
     "org:UN, the concept being the Secretary-General's); the Conference named by place and month is not coded "
     "separately"),
 5: ([], "Syria (1990): 'Peace and occupation has never coexisted under the same roof at any time in history' = a "
         "generalisation about history, no actor; 'never' bears on the coexistence of abstractions"),
 6: ([], "India (1998): 'Let us pledge that when we assemble here in the new millennium it will be to welcome the "
         "commitment that mankind shall never again be subjected to the use or threat of use of nuclear weapons' = "
         "a hortative with 'us'/'we' meaning all states (held-out 42/43: not coded); the use or threat of nuclear "
         "weapons is agentless and optative (borderline a negated future 2042 null -> null)"),
 7: ([], "Cape Verde (1994): the situation in Africa 'should never be considered as a pretext for showing lassitude "
         "or indifference' = a deontic about attitudes of unnamed parties, no act"),
 # --- UNGDC 1990-2019 random: future
 8: ([("urge", "1044", "ECU/GOV", N, False, A, N, False)],
     "Ecuador (2012); 'We want to use this platform to urge the international community and the representatives of "
     "all the countries of the world to join in demonstrating the resolve ... to drive the creation of a new "
     "international order ... more participatory and more democratic' = a performative request (guideline: urge -> "
     "10x) to uncoded collectives -> target null (held-out 149: Grenada's call on all States to pursue a development "
     "strategy a 1011 with no target), Y = a more democratic and participatory international order -> demand change "
     "in institutions 1044 (held-out 9: a call for institutional change with target null 1044) (borderline generic "
     "100, Y being political will; or uncoded as a call on all states, as held-out 112's call on 'all cultures and "
     "peoples')"),
 9: ([], "Azerbaijan (2015): 'In 2017, my country will host the Islamic Solidarity Games' = hosting a multi-sport "
         "event (held-out 181: hosting the South-East Asian Games left uncoded) (borderline a future 036 with no "
         "target, or to org:OIC, whose sports federation organises the Games)"),
 10: ([("understanding will be reached", "030", "LBY/GOV", "org:UNSC", False, F, N, False),
       ("to lift", "085", "org:UNSC", "LBY", False, D, N, False),
       ("the ban on arms", "163", "org:UNSC", "LBY", False, A, N, True)],
      "Libya (2013); 'We trust that an understanding will be reached with the United Nations, and the Security Council "
      "in particular' = a future agreement to which the speaker's government is itself a party, stated with "
      "confidence -> 030 future (held-out 125: Tunisia's hope to host a UN institution a future 036; the guideline's "
      "future cooperative acts 03x) LBY/GOV -> org:UNSC, the body named 'in particular' (borderline uncoded as an "
      "optative hope, held-out 123; or a second 030 to org:UN); 'the need ... to lift the ban on arms completely' = "
      "the content of the sought understanding, a deontic with no request verb -> demanded 085 from the Council that "
      "imposed it -> bare LBY (held-out 173: 'It is now up to the Security Council to ... lift the embargo' a "
      "demanded 085 org:UNSC -> LBY); 'the ban on arms' = the arms embargo of resolution 1970 (2011), named earlier in "
      "the speech -> nominal 163 org:UNSC -> LBY (held-out 170: the lifting of sanctions a nominal 085 beside a "
      "nominal 163 from org:UNSC); 'the need to impose control over our vast land and sea borders' is Libya's own "
      "domestic act, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Indonesia (2014): 'There must be a forward-looking attitude that embraces a win-win predisposition' = an "
          "abstract deontic about attitudes, no actor"),
 12: ([], "Brazil (2017): 'We should reinvigorate the mechanisms of conflict prevention' = 'we' meaning all states "
          "(held-out 42/43), a policy goal, not coded"),
 13: ([("support", "051", "DZA/GOV", "ARE", False, A, N, False),
       ("foreign occupation", "192", N, "ARE", False, A, N, True)],
      "Algeria (1994); 'I should like to reiterate Algeria's support for the reestablishment and preservation of the "
      "sovereignty of the United Arab Emirates over the islands of Abou Moussa, Greater Tumb and Lesser Tumb' = "
      "verbal support (guideline: 051), performative 'should like to' -> asserted, support for a state's "
      "sovereignty going to the bare country (held-out 184: 'the sovereignty and territorial integrity of Georgia' -> "
      "bare GEO; held-out 122) -> ARE (borderline ARE/GOV); 'which are still under foreign occupation' = an occupation "
      "noun whose occupier (Iran) the speech never names -> nominal 192 with no source to bare ARE (held-out 169: "
      "Latvia's 'Fifty years of foreign occupation' a nominal 192 with no source; held-out 114) (borderline IRN/GOV "
      "from outside knowledge, or uncoded as held-out 172's unattributed 'occupied Arab territories')"),
 14: ([], "Myanmar (1996): 'It [the United Nations] must actively work to guide the world through the transitional "
          "period' = a deontic whose content (guiding the world) is no codable behaviour (guideline: demanded Y not "
          "codable -> nothing coded)"),
 15: ([], "Uganda (2001): 'free trade ... should give African goods quota- and tariff-free access to the markets of "
          "the countries of the [OECD] and vice versa' = a deontic with an inanimate subject, between uncoded "
          "collectives (the OECD countries and African states), null-null, not coded (borderline a demanded 061 "
          "org:OECD -> null)"),
 16: ([], "Haiti (2018): 'They [peace, development and security] must be adequately supported by appropriate "
          "long-term investment' = an agentless deontic about abstractions, the recipients an uncoded class ('recipient "
          "countries' in the text after) (borderline a demanded 071 null -> HTI/GOV)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("commend", "051", "PAK/GOV", "org:UN", False, A, N, False)],
      "Pakistan (1997); 'I wish to commend the Secretary-General, Mr. Kofi' = a fragment cut by the splitter inside the "
      "name; verb and object lie in the sentence -> performative praise 051 (guideline: commend 051), the "
      "Secretary-General -> org:UN (held-out 48/49)"),
 18: ([("express our sincere gratitude", "051", "UZB/GOV", N, False, A, N, False),
       ("rendered assistance", "051", N, "UZB/GOV", False, A, N, False)],
      "Uzbekistan (2018); 'I would like to express our sincere gratitude to all our partners and friends' = thanks "
      "(guideline: thank 051), performative -> asserted, the partners uncoded -> target null; 'who have recently "
      "rendered assistance in the preparation and adoption of a historic General Assembly resolution' (72/283, "
      "initiated by Uzbekistan) = the partners' diplomatic backing of the speaker's resolution -> 051 with no source "
      "to UZB/GOV (held-out 183: 'Thank Member States for that support' a 051 with no target plus a 051 with no source "
      "to GAB/GOV; held-out 147) (borderline 070 for the word 'assistance', or 050); the adoption itself is the "
      "Assembly's vote on a text, not coded separately (held-out 134: an adopted resolution's content not coded)"),
 19: ([], "Mongolia (2013): 'Mongolia firmly supports non-proliferation and the complete elimination of weapons of mass "
          "destruction' = an abstract policy position (guideline), no counterpart"),
 20: ([("recipient of aid", "070", N, "JOR/GOV", False, A, N, True)],
      "Jordan (2017); 'Financial institutions often remind us that on a per capita basis, we are a top recipient of "
      "aid' = the speech verb ('remind') is not coded (guideline); inside it, Jordan's habitual receipt of aid from "
      "unnamed donors -> nominal 070 with no source to JOR/GOV (held-out 163: Kuwait's first place in humanitarian "
      "assistance a nominal 073; held-out 152: 'received a great deal of support' a 070 with no source), reported_by "
      "null, the 'financial institutions' being unnamed and uncoded (borderline org:IMF/org:WB, or uncoded as a "
      "statistic)"),
 21: ([("lifting", "085", "org:UNSC", "IRQ", False, H, N, False),
       ("the sanctions", "163", "org:UNSC", "IRQ", False, A, N, True),
       ("normalizing", "050", "IRQ/GOV", N, False, H, N, False)],
      "Spain (2002); 'That [Iraqi guarantees to destroy its weapons of mass destruction] is the only possible path "
      "towards lifting the sanctions and normalizing Iraq's relations with the international community' = "
      "conditional outcomes -> hypothetical; the lifting of the Security Council sanctions (resolutions 687 and 1284 "
      "named in the sentence before) -> 085 org:UNSC -> bare IRQ (held-out 170: the lifting of Iraq sanctions a "
      "hypothetical nominal 085 from org:UNSC; a gerund with an object, not nominal, as held-out 'normalizing "
      "relations'); 'the sanctions' themselves, realised -> nominal 163 org:UNSC -> IRQ (held-out 134, 172: sanctions "
      "on Iraq to bare IRQ); the normalisation of Iraq's relations -> 050 (held-out 131: 'Precondition for normalizing "
      "relations with Russia' a hypothetical 050) from IRQ/GOV, the international community uncoded -> target null "
      "(borderline uncoded, the other party an uncoded collective)"),
 22: ([("United Nations engagement", "040", "org:UN", "AFG", False, D, N, True),
       ("United Nations engagement", "040", "org:UN", "IRQ", False, D, N, True),
       ("United Nations engagement", "040", "org:UN", "LBY", False, D, N, True),
       ("United Nations engagement", "040", "org:UN", "SYR", False, D, N, True)],
      "Nepal (2014); 'The situation in Afghanistan, Iraq, Libya and Syria demands a more proactive United Nations "
      "engagement' = an inanimate subject stating a need (held-out 172: 'The situation calls for the Organization to "
      "strive' a demanded 070 from org:UN) -> demanded, an engagement noun with its agent as modifier -> nominal 040 "
      "(held-out 151: 'the engagement of the Somali Transitional Federal Government with other actors' a nominal 040) "
      "from org:UN to each bare country named (compound split; 'the situation in X' -> the country) (borderline 045, "
      "the next sentence asking the UN to help find a political settlement; or uncoded as an abstract call)"),
 23: ([("pledged", "0331", "JPN/GOV", N, False, A, N, False)],
      "Japan (2014); 'Last year I pledged in my address here ... that Japan would implement assistance in excess of $3 "
      "billion over three years, aimed chiefly at advancing the status of women' = an explicit intent verb stated as "
      "a fact (guideline: 'we pledged to continue' 03x asserted) about economic aid -> 0331 asserted (held-out 149: "
      "Canada's announced $600 million contribution an asserted 0331), the speaker's own past statement -> "
      "reported_by null (guideline), the beneficiaries unnamed -> target null (borderline org:UNGA, before which the "
      "pledge was made, or 033); the aim is a purpose, not coded"),
 24: ([("urgent requests", "103", "org:UN", N, False, A, N, True),
       ("are not met", "070", N, "org:UN", True, H, N, False)],
      "Djibouti (1994); 'the fault can hardly be laid at the feet of the United Nations' = an agentless evaluation of "
      "where blame belongs, not coded (borderline a negated hypothetical 112 null -> org:UN, as held-out 138's 'It is "
      "accused of'); 'its urgent requests for material and human resources' = the UN's habitual appeals to Member "
      "States for peacekeeping resources (sentence before) -> nominal request, presupposed as real -> asserted, "
      "demand aid 103 (borderline 1034, the resources being for peacekeeping; or hypothetical as inside the "
      "if-clause), the Member States uncoded -> target null; 'if [they] are not met or are met slowly or "
      "inadequately' = the non-provision inside an if-clause -> negated and hypothetical (guideline: 'if that deal "
      "has not been signed'), provide aid 070 with no source to org:UN (held-out 186: 'Unless the support promised to "
      "them actually reaches them' a hypothetical 070) (borderline 074); 'met slowly or inadequately' is a degree of "
      "the same act, coded once"),
 25: ([], "Tajikistan (2004): 'The ever-increasing severity of these problems makes them global threats to "
          "international peace and security' = figurative threat (guideline: threat as risk), no actor"),
 26: ([("firmly supports", "051", "TGO/GOV", N, False, A, N, False)],
      "Togo (2006); 'my country firmly supports every effort to resolve the region's security questions peacefully' "
      "(the Korean peninsula) = verbal support (guideline: 051) for efforts whose authors the sentence does not name "
      "('the States concerned' in the sentence before) -> target null (held-out 76 row 27: 'We commend and support "
      "all efforts' 051 null; held-out 173: support for 'global efforts towards disarmament' 051 with no target) "
      "(borderline PRK/GOV, KOR/GOV, USA/GOV and the other Six-Party members from outside knowledge)"),
 27: ([], "Lesotho (1998): small arms 'have encouraged habitual recourse to violence, thus threatening the cohesion ... "
          "of many societies' = an inanimate subject and a figurative threat (guideline), no named actor"),
 28: ([("complete agreement", "051", "STP/GOV", "org:AU", False, A, N, False)],
      "Sao Tome and Principe (2009); 'I want to state my complete agreement with what was said from this tribune "
      "yesterday ... by the President of the African Union, our brother-leader Qadhafi' = endorsement of a statement "
      "-> 051 (held-out 172: 'Agreeing with the statement' of the IMF Managing Director a 051; held-out 10/11: 'I "
      "agree with Merkel that' 051), Qadhafi speaking as AU President -> org:AU (held-out 48/49: a head of state "
      "speaking as chair of the AU is the organisation; borderline LBY/GOV); 'reclaiming better participation by the "
      "African countries as permanent members of the Security Council' = a Security Council reform demand with no "
      "addressee, not coded (held-out 116: the Ezulwini appeal for Council seats uncoded; held-out 134: a demand for "
      "Council seats uncoded) (borderline a 1044 org:AU -> null, as held-out 9's call for seats)"),
 29: ([], "Angola (2015): the causes of the conflicts in Libya, Syria and Iraq = 'violations of the basic rights of the "
          "people', 'external interference', 'attempted coups or changes of regime' and 'the artificial imposition of "
          "democracy from outside', all event nouns whose agents the sentence does not name (guideline: not coded; "
          "held-out 145: rights violations whose violator the speech never names uncoded); coups have no CAMEO code "
          "(held-out 22/23) (borderline a nominal 170 with no source to each of LBY, SYR and IRQ for the external "
          "interference)"),
 30: ([("welcomes", "051", "MNG/GOV", "org:UNGA", False, A, N, False)],
      "Mongolia (2006); 'My delegation therefore welcomes the most timely initiative of the presidency to focus our "
      "attention at this session ... on the implementation of the global partnership for development' = a welcome "
      "(guideline: 051) of the Assembly President's chosen focus -> org:UNGA (held-out 129: praise for the theme a "
      "President 'has chosen' a 051 to org:UNGA; held-out 157: 'fully supports this choice' of theme 051) (borderline "
      "uncoded as the welcome of a session theme, held-out 120/142)"),
 31: ([], "Slovenia (2017): 'Two years ago, we achieved a milestone by agreeing on our development road map' = 'we' "
          "meaning all states (the 2030 Agenda adopted by the whole membership; held-out 42/43), not coded (borderline "
          "a 057 with no target from SVN/GOV)"),
 32: ([("welcome", "051", "GRD/GOV", N, False, A, N, False)],
      "Grenada (2005); 'We also welcome the efforts made to address the special needs of Africa' = a welcome "
      "(guideline: 051) of efforts whose authors are not named (the 2005 World Summit's membership) -> target null "
      "(held-out 113: a welcome of conferences whose convenors are not named 051 with no target; held-out 155: a "
      "welcome of a commitment made by all states 051 with no target) (borderline uncoded as an evaluation of "
      "developments)"),
 33: ([("providing regular support", "070", "MCO/GOV", "org:UN", False, A, N, False),
       ("strengthen its financial cooperation", "0331", "MCO/GOV", "org:UN", False, A, N, False)],
      "Monaco (2004); 'We have been providing regular support for the activities of the Joint United Nations "
      "Programme on HIV/AIDS (UNAIDS) since its creation' = habitual aid -> 070 asserted (borderline 071, the support "
      "being financial per the next clause), UNAIDS, a UN programme -> org:UN (held-out 37 row 25, held-out 93); 'I "
      "am pleased to announce that the Principality has decided to strengthen its financial cooperation with the "
      "Programme' = a decision stated as a fact (guideline: an explicit intent verb stated as a fact -> 03x asserted) "
      "to increase funding -> 0331 asserted (held-out 122: 'intends to become one of its leading contributors' 0331) "
      "(borderline 0311, or a future 071); 'I am pleased to announce' is the speaker's own statement, not coded"),
 34: ([], "Sudan (2017): 'The Great Green Wall is one of the greatest regional environmental cooperation projects' = a "
          "description of a project of uncoded participants (African states from Dakar to Djibouti), null-null, not "
          "coded (borderline a nominal 050 with no source, or org:AU)"),
 35: ([("welcome", "051", "BGD/GOV", "USA/GOV", False, A, N, False)],
      "Bangladesh (2001); 'We therefore welcome President Bush's statement to the General Assembly' -> 051 (guideline: "
      "welcome 051) to USA/GOV; Bush's quotation of the sheikh of Al-Azhar 'as having declared that terrorism is a "
      "disease and that Islam prohibits killing innocent civilians' = statements (01x) and a religious norm with no "
      "actor, not coded"),
 36: ([("welcomed", "051", "GRC/GOV", "CYP/GOV", False, A, N, False),
       ("decision", "036", "CYP/GOV", N, False, A, N, True)],
      "Greece (2008); 'We thus welcomed the recent decision by Cypriot' = a fragment cut by the splitter after "
      "'Cypriot'; the verb and the decision noun lie in the sentence, so the cut-off object is taken from the text "
      "after (held-out 102-109: a fragment whose object was cut off is coded from the text after when its verb is in "
      "the sentence): 'President Dimitris Christofias and Turkish Cypriot leader Mehmet Ali Talat to resume "
      "negotiations under the auspices of the Secretary-General' -> the past welcome 051 to CYP/GOV, the "
      "Turkish-Cypriot leader having no code (held-out 4: dropped); the decision to resume negotiations = an intent "
      "stated as a fact -> nominal 036 asserted (held-out 179: 'the decision ... to resume negotiations' a nominal "
      "036 between the parties) from CYP/GOV with target null (borderline uncoded, its content lying after the cut); "
      "the Secretary-General's auspices lie after the cut, not coded"),
 37: ([("terrorist\nattack", "180", N, "org:UN", False, A, N, True)],
      "DR Congo (2003); 'the United Nations ... fell victim yet again to a terrorist attack in Iraq' = the 2003 bombing "
      "of the UN's Baghdad headquarters, attackers unnamed -> nominal 180 with no source (guideline: unspecified "
      "violence by non-state groups 180; held-out 54-61: an agentless terrorist attack 180 with no source per victim) "
      "to org:UN (borderline 183, as held-out 111's Canal Hotel bombing); 'the loss of its staff' is the attack's "
      "result, folded in (borderline a separate 1823/202); 'the tragic events of 11 September 2001', remembered by "
      "'the entire world', name no act or agent, not coded (borderline a nominal 180 with no source to bare USA, as "
      "held-out 115)"),
 38: ([], "China (2018): 'We need to forge closer partnerships for development and pursue international development "
          "cooperation, with the United Nations at its centre' = 'we' meaning all states (held-out 42/43), not coded "
          "(borderline a demanded 050 null -> org:UN)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Niger (2002): 'many difficulties have conspired to keep our countries at the bottom of the human development "
          "index' = a figurative, agentless description, no act"),
 40: ([("encouraged", "051", "MWI/GOV", "TWN/GOV", False, A, N, False),
       ("encouraged", "051", "MWI/GOV", "CHN/GOV", False, A, N, False),
       ("ready to talk", "036", "TWN/GOV", "CHN/GOV", False, A, N, False)],
      "Malawi (1996); 'We are encouraged by the recent reported indications that the two sides are ready to talk to "
      "each other' = 'we are encouraged by' is a welcome 051 (held-out 62-73) of the parties' readiness, one per side "
      "(held-out 164: a welcome of 'the clear political will to engage' one 051 per party); 'the two sides' = the "
      "Governments on both sides of the Taiwan Strait (sentence before) -> TWN/GOV and CHN/GOV; 'are ready to talk to "
      "each other' = readiness stated as a fact -> 036 asserted (held-out 26/27: 'are prepared to engage in dialogue' "
      "036 asserted), symmetric, from the first-named in the text before, the Republic of China on Taiwan; 'reported "
      "indications' has no named source -> reported_by null (guideline: 'reportedly' with no named source)"),
 41: ([], "Niger (2011): 'Our countries and the United Nations itself could increase their effectiveness ... if they "
          "sought resolution through mediation' = a generic conditional with 'our countries' meaning all states "
          "(held-out 42/43), no named dispute or party (borderline a hypothetical 038 with no source)"),
 42: ([("Georgia-Russia conflict", "190", "GEO/GOV", "RUS/GOV", False, A, N, True)],
      "Lithuania (2008); 'But did we see efforts to create such an architecture in the Georgia-Russia conflict?' = "
      "a rhetorical question about unnamed efforts ('we' the onlookers), not coded; the conflict it presupposes "
      "(guideline: a presupposed fact is asserted) = a conflict noun naming its parties -> nominal 190 from the "
      "first-named (held-out 65: 'the Pakistani-Indian conflict'; held-out 173: 'the Russian-Ukrainian conflict' 190 "
      "RUS/GOV -> UKR/GOV) (borderline RUS/GOV -> GEO from the speech's account of the 2008 war, the first-named rule "
      "making the victim the source)"),
 43: ([("congratulate", "051", "MYS/GOV", "org:UNGA", False, A, N, False),
       ("congratulate", "051", "MYS/GOV", "BHR/GOV", False, A, N, False)],
      "Malaysia (2006); 'I wish to congratulate Ms. Haya Rasheed Al-Khalifa and the State of Bahrain on her election "
      "as the President of the General Assembly' = a performative congratulation -> 051 asserted, split per "
      "addressee (guideline: compound split): the Assembly President -> org:UNGA (held-out 48/49), and her state -> "
      "BHR/GOV (borderline one event to org:UNGA only); the election is agentless"),
 44: ([], "Seychelles (2014): 'the turbulent events that have unfolded before our eyes during the course of 2014 have "
          "shown very clearly that the world is not at peace' = an agentless description"),
 45: ([], "Vanuatu (1998): 'An effective sequencing of the accession process is needed' = a procedural need about WTO "
          "accession of small island least developed countries in general, an agentless process and a membership "
          "position, not coded (borderline a nominal 102 VUT/GOV -> org:WTO, as held-out 128's application to join)"),
 46: ([], "The former Yugoslav Republic of Macedonia (2009): 'We believe that with truthful and sincere willingness "
          "and preparedness we can reach a solution whereby there will be neither winners nor losers' = a belief about "
          "a possible settlement of the name dispute with Greece (held-out 77 row 54: 'I believe that peace can be "
          "achieved' a belief, no act) (borderline a hypothetical 057 MKD/GOV -> GRC/GOV, as held-out 154's 'we could "
          "cooperate')"),
 47: ([], "Argentina (1990): 'This century has seen played out countless wars and conflicts' = a generalisation about "
          "history, no actor"),
 48: ([], "Croatia (2013): 'Croatia continues to follow the path of promoting an open and pluralistic democracy' = a "
          "domestic policy, no counterpart"),
 49: ([("distressed", "110", "WSM/GOV", N, False, A, N, False)],
      "Samoa (1993); 'we are deeply distressed to have learned last week of a breach of that moratorium' = displeasure "
      "at an act -> 110 (held-out 149: Samoa's 'we learn with dismay ... that emergency aid funds have declined' a 110 "
      "with no target; held-out 150: 'deep disappointment' 110) (borderline an uncoded sentiment, as held-out 144/186's "
      "'pained'); the breach = the October 1993 nuclear test, whose tester (China) the speech never names -> target "
      "null, and the breach itself is an agentless event noun, not coded (borderline a nominal 150 CHN/GOV from "
      "outside knowledge)"),
 50: ([], "Colombia (2011): 'This unity ... has enabled us to have historic laws and reforms approved in our Congress' "
          "= domestic law-making (held-out 174: a domestic programme not coded) (borderline a 051 COL/LEG -> COL/GOV for "
          "the approval)"),
 51: ([], "Spain (2015): 'Goya taught us that when reason deserts us ... it leaves space free for the worst demons of "
          "our nature' = a metaphor about an etching, no act"),
 52: ([], "Ukraine (1992): 'it will be possible to prevent any aggression or, if necessary, to suppress it through joint "
          "efforts' = a generic conditional about collective security, no actor or target (borderline a hypothetical "
          "190 null -> null)"),
}
