"""Hand annotations for the HUNDRED-AND-SEVENTY-THIRD held-out event gold set (source of events-heldout173.jsonl).

Keyed by the row index of selection-heldout173.jsonl (output of select_bulk_sentence_heldout.py 173; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, each from a speech in which one other
sentence was annotated for an earlier set; that earlier annotation is irrelevant here).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout173.jsonl \
        --annotations annotations_heldout173 --output events-heldout173.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Italy (2002): 'When terrorist attacks or threats to peace are carried out by networks or regimes ..., then "
         "democracies have not only the right but also the duty to defend themselves' = a generic conditional about "
         "unnamed networks or regimes and democracies in general, uncoded collectives on both sides, null-null, not "
         "coded (borderline a hypothetical 180 null -> null and a hypothetical 190 of the democracies; the Iraq of the "
         "text before is not named in the sentence); 'threats to peace' is a risk (guideline)"),
 1: ([("appeals", "102", "GMB/GOV", N, False, A, N, False)],
     "Gambia (2005); 'my delegation appeals to those States that have not yet done so, to consider speedily becoming "
     "party to it' (the Rome Statute) = a request (guideline: appeal -> 10x) to join a treaty -> 102 (README 117: 'We "
     "call on all countries that have not yet done so to join the Rome Statute' a 102 with no target), the "
     "non-party States an uncoded class -> target null (borderline org:ICC); their non-accession ('have not yet "
     "done so') is left uncoded, following the same precedent (borderline a negated 057 with no source); 'The Rome "
     "Statute is a beacon of hope' is an evaluation"),
 2: ([("persisting in its refusal", "1246", "ISR/GOV", "org:UNSC", False, A, N, False),
      ("continuing to ignore", "030", "ISR/GOV", "SYR/GOV", True, A, N, False),
      ("Syrian proposals", "036", "SYR/GOV", "ISR/GOV", False, A, N, True)],
     "Morocco (1997); 'Israel, which is still persisting in its refusal to implement Security Council resolutions 242 "
     "(1967), 338 (1973) and 425 (1978)' = an explicit refusal (guideline: REJECT, negated false) that takes the code "
     "of what was refused (README: a refusal to implement a resolution 1246; set 162), the three resolutions "
     "demanding Israel's withdrawal from the occupied Arab territories and from southern Lebanon -> decline to "
     "de-escalate 1246, one event for the three resolutions, to their author org:UNSC (borderline 128 defy norms, as "
     "set 93's refusal to respect Council resolutions); 'persisting in its refusal' = 'still refuses', a verb phrase "
     "-> not nominal (borderline nominal, as 'Israel's refusal'); 'has once again brought about an escalation of "
     "tension in southern Lebanon' = an outcome named by its effect, with no act named, left uncoded (borderline a "
     "nominal 190 ISR/GOV -> bare LBN); 'is continuing to ignore the Syrian proposals to resume negotiations' = not "
     "responding to an initiative (guideline: 'not respond(ed) to a call / letter / initiative' negated 030; README "
     "54-61: 'has ignored the appeals' a negated 030) -> negated 030 ISR/GOV -> SYR/GOV (borderline 125 refusal to "
     "negotiate, or 120 as set 112's 'refused to heed'); 'the Syrian proposals to resume negotiations' = a proposal "
     "noun naming its author -> nominal 036 SYR/GOV -> ISR/GOV (README 154: 'proposals to exchange' prisoners a "
     "nominal 0353; borderline 106 as a request for negotiations); 'the point at which they were broken off' is "
     "agentless, not coded"),
 3: ([], "Ethiopia (2005): 'although all our expectations have not been met, the High-level Plenary Meeting provided "
         "great impetus' for the MDGs and UN reform = an evaluation of a meeting of all states; 'have not been met' "
         "negates expectations, not an event; UN reform is a reform position, not coded"),
 4: ([], "Senegal (2003): 'Today, they no longer agonize over the question of who was the aggressor and who the "
         "aggressed, or of who was the occupier and who the occupied' = the French and Germans (sentence before) no "
         "longer debating the 1939-1945 roles; 'agonize over the question' is no act between actors, and 'the "
         "aggressor' / 'the occupier' are agent nouns for a war that lies in the sentence before (borderline a "
         "nominal 190 and 192 DEU -> FRA), not coded"),
 5: ([("occupying", "192", "ISR/GOV", "PSE", True, A, N, False)],
     "Israel (1998); 'It can no longer be claimed by anyone that Israel is occupying the Palestinians' = the speaker's "
     "denial that the occupation still goes on (the text before: 98 per cent of the Palestinians living under "
     "Palestinian rule) -> the text says the event does not happen now (guideline negation; README 132: 'Iraq which no "
     "longer occupies the land of others' a negated 192) -> negated 192, the occupied Palestinian territory -> bare "
     "PSE (guideline: target of an occupation; borderline PSE/CVL for 'the Palestinians'); the claimants are "
     "'anyone', uncoded -> reported_by null; borderline an asserted 192 reported by its (uncoded) claimants, "
     "following README 52/53's 'a claim the speaker quotes in order to dispute it is still coded', or uncoded "
     "following set 157's disputed orchestration (only the presupposed act coded)"),
 6: ([("strongly condemns", "111", "AUT/GOV", "BIH/REB", False, A, N, False),
      ("calling for an end", "1056", "AUT/GOV", "BIH/REB", False, F, N, False)],
     "Austria (1994); 'Austria strongly condemns these crimes, wherever and by whomever they may be perpetrated' -> "
     "111 (guideline), 'these crimes' = the attacks, sieges and 'ethnic cleansing' of 'the Serbian side' in Bosnia in "
     "the sentences before (guideline: 'we condemn this aggression' takes its target from the previous sentence), "
     "the Bosnian Serb forces of 1994 -> BIH/REB (README: Bosnian Serb forces of 1993 BIH/REB); borderline target "
     "null, since 'wherever and by whomever' generalises the condemnation; 'we shall never stop calling for an end to "
     "such practices' = a continuing request for an end to the ethnic cleansing (guideline: 'never ceased to demand' "
     "an asserted 104; README 52/53: 'will never give up working with' 030 future, not negated) -> not negated, "
     "'shall' -> future, Y = ending the violence -> 1056 (README 14/15: 'we insist that the killing must stop' 1056), "
     "to the same perpetrator (borderline uncoded, as set 142's 'Cuba will never tire of calling for this', or "
     "target null)"),
 7: ([("discussed", "040", "PSE/GOV", "ISR/GOV", True, A, N, False)],
     "Lebanon (1995); 'What about those whose status was never discussed either at Oslo or at Taba?' = a rhetorical "
     "question whose relative clause presupposes the non-discussion (README: a presupposing question codes the acts "
     "it presupposes) -> asserted; 'never discussed' -> negated (guideline: 'never met'; README 48/49: 'have never met "
     "the world leaders' a negated 040); the agentless passive takes its parties from the sentence before ('the second "
     "Protocol between the Palestinian Authority and Israel'; guideline: missing participant from context) -> 040 "
     "PSE/GOV -> ISR/GOV from the first-named (borderline 046 negotiation, or uncoded as an agentless passive whose "
     "negation bears on a topic of talks that did take place); Oslo and Taba are places"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "China (1997): 'We hope that the special session of the General Assembly on international drug control ... "
         "will yield positive results by formulating a cross-century strategy ... through strengthened international "
         "cooperation' = an optative hope about an Assembly session (README: hopes about other actors' acts not coded; "
         "borderline a future 043 or 030 from org:UNGA), the cooperation between uncoded collectives"),
 9: ([("has ratified", "057", "BGD/GOV", N, False, A, N, False)],
     "Bangladesh (2016); 'Bangladesh has ratified the Agreement' (the Paris Agreement, sentence before) = ratification "
     "of a multilateral treaty -> 057 with no target (README 48/49: joining the NPT 057 with no target; set 146: 'to "
     "sign and ratify' the NPT one 057 with no target); 'we hope that the large carbon-emitting countries will ratify "
     "it soon' = an optative hope about uncoded parties' acts, not coded (borderline a 102 with no target as an "
     "implicit appeal)"),
 10: ([], "United Kingdom (1998): 'The convention will provide practical means to achieve this, but the negotiations "
          "are dragging' = the agentless negotiations of the convention against organized crime among all states, "
          "null-null, not coded (borderline a nominal 046 null -> null); the convention's future means are a "
          "description"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Chile (2003): 'The renewal of the United Nations is therefore an urgent task that must be approached from a "
          "lofty political and ethical perspective' = a UN reform position (README: reform positions not coded); "
          "the bureaucratic standpoint and its effects are an evaluation"),
 12: ([("we call on", "100", "MAR/GOV", N, False, A, N, False)],
      "Morocco (2001); 'we call on all competent bodies to do everything possible to fulfil their responsibilities for "
      "combating or preventing terrorism' = a request (guideline: call on -> 10x) whose Y, combating terrorism, has no "
      "CAMEO request sub-code -> generic 100 (set 151: 'We urge Member States to work to meet these goals' a 100 with "
      "no target), 'all competent bodies' an open, uncoded class -> target null (borderline org:UN, since the sentence "
      "before names the United Nations, its Security Council and General Assembly; or uncoded as a call on all, as set "
      "112's call on 'all cultures and peoples')"),
 13: ([], "Tunisia (2009): a fragment cut by the splitter, 'We must redouble our efforts to reform the' [United "
          "Nations] = 'we' meaning all states (README 42/43) and a UN reform position, not coded"),
 14: ([("Russian-Ukrainian conflict", "190", "RUS/GOV", "UKR/GOV", False, A, N, True),
       ("Dialogue", "046", "RUS/GOV", "UKR/GOV", False, D, N, True)],
      "Estonia (2015); 'the Russian-Ukrainian conflict' = a conflict noun naming its parties -> nominal 190 from the "
      "first-named (README 65: 'the Pakistani-Indian conflict' a nominal 190 from the first-named; held-out 77 row 21: "
      "Israel-Palestine conflict ISR/GOV -> PSE/GOV; borderline bare UKR, the text before speaking of 'the aggression "
      "against Ukraine'); 'Dialogue and diplomatic efforts to find a solution to the Russian-Ukrainian conflict must "
      "continue' = a deontic with no request verb (guideline: demanded) about talks whose parties are the conflict's "
      "(README 137: an agentless peace arrangement 'imperative' a demanded nominal 057 between the parties; README "
      "40/41: direct talks that 'should occur' a demanded nominal 046) -> demanded nominal 046 RUS/GOV -> UKR/GOV, one "
      "event for 'dialogue and diplomatic efforts' (borderline 040, or source null since the sentence names no "
      "negotiator, the Normandy mediators included)"),
 15: ([("We urge", "102", "BEN/GOV", N, False, A, N, False)],
      "Benin (2005); 'We urge all United Nations Member States to support this initiative' (the least developed "
      "countries' planned international monitoring body for migrants' remittances, sentence before) = a request "
      "(guideline: urge -> 10x) for policy support -> 102 (README 123: 'urge others to support this important "
      "campaign' a 102 with no target; README 137: 'I encourage all delegations to consider supporting it' a 102 with "
      "no target), the Member States an uncoded collective -> target null; the initiative itself lies in the sentence "
      "before, not coded"),
 16: ([], "Jordan (2003): 'Our primary purpose should be how to improve the role and performance of the United Nations' "
          "= a UN reform position (README), 'our' meaning all states, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("discussions", "040", "MNG/GOV", "org:UN", False, A, N, True)],
      "Mongolia (2001); 'the discussions and conclusions of that conference' = the joint conference 'organized by the "
      "Government of Mongolia and the United Nations' on 3 September 2001 (sentence before) -> an event noun whose "
      "participants are plain from the text around it (README 48/49: coded) -> nominal 040 MNG/GOV -> org:UN "
      "(borderline uncoded, the conference being named only as the source of the memorandum); 'has been incorporated "
      "into the memorandum of the Government' and 'circulated as an official document' are a national report's "
      "drafting and submission (README 50/51: submitting a national report not coded); the 'conclusions' are no "
      "separate agreement"),
 18: ([("thank", "051", "PNG/GOV", N, False, A, N, False)],
      "Papua New Guinea (2019); 'We also thank those funding the support for youth and others in this rallying call' "
      "= thanks (guideline: thank -> 051) to unnamed funders -> target null (README 14/15: thanks that include a group "
      "without a code have target null); their funding of youth and 'others in this rallying call' runs between "
      "uncoded parties, null-null, not coded (borderline a 070 with no source and no target, following set 147's "
      "gratitude to 'many countries that have extended unflagging support')"),
 19: ([("cooperation", "050", "ECU/GOV", "KOR/GOV", False, A, N, True)],
      "Ecuador (2001); 'You are a worthy representative of the Republic of Korea, a country very close to my own "
      "through our important ties of friendship and cooperation' = a cooperation noun between two named states "
      "(README 134: 'ties of ... international cooperation' between two states a nominal 050) -> nominal 050, "
      "symmetric, from the document's own government (guideline); 'a worthy representative' (of the Assembly's "
      "President, Han Seung-soo) is an evaluation, not a praise act (borderline 051 to org:UNGA)"),
 20: ([("strongly supports", "051", "MNE/GOV", N, False, A, N, False)],
      "Montenegro (2014); 'Montenegro strongly supports global efforts towards disarmament and non-proliferation' = "
      "verbal support (guideline: 051) for efforts whose authors are unnamed -> target null (held-out 76 row 27: 'We "
      "commend and support all efforts' 051 with target null; README 150: Denmark's support for unattributed "
      "initiatives a 051 with no target); borderline uncoded as an abstract policy position (guideline: 'we support "
      "the allocation of resources')"),
 21: ([], "Antigua and Barbuda (2019): 'Confrontation instead of dialogue and cooperation is exacerbating risks, "
          "eroding confidence and weakening the prospects of global economic growth' = an evaluation of the US-China "
          "trade contention of the sentence before; 'confrontation' names no act (borderline a nominal 160 or 170 "
          "USA/GOV -> CHN/GOV, its parties from the text before); 'instead of dialogue and cooperation' is a contrast, "
          "not negated events (README: 'instead of implementing' a contrast)"),
 22: ([], "Uruguay (1993): 'In our capacity as Chairman of the Negotiating Committee of the Uruguay Round ... we wish "
          "to express our concern over the obstacles in the way of concluding the Round' = expressed concern (01x, "
          "not coded, guideline); the Round's conclusion among all GATT parties is agentless (borderline a negated "
          "nominal 057 null -> null)"),
 23: ([], "Peru (2001): a fragment cut by the splitter, 'Terrorist Bombings; and the International Convention for the "
          "Suppression of the Financing of Terrorism' = the end of the list of instruments whose verb 'we deposited' "
          "lies before the cut (README 102-109: a fragment whose verb was cut away is left uncoded; borderline 030 to "
          "org:UN for the deposit)"),
 24: ([], "Djibouti (1996): 'With the regional economy slowly but steadily recovering ..., the need for enhanced "
          "cooperation cannot be overemphasized' = an agentless need for cooperation among the unnamed Horn of Africa "
          "countries, not coded (README 139: 'cooperation between developed and developing nations' left uncoded; "
          "borderline a demanded nominal 050 DJI/GOV -> null, as set 128's 'We need partnerships and cooperation "
          "with the United Nations'); the turmoil is agentless"),
 25: ([("look forward to fruitful cooperation", "030", "DEU/GOV", N, False, F, N, False)],
      "Germany (2007); 'We look forward to fruitful cooperation with all partners in the United Nations' = a future "
      "cooperative act (guideline: 'look forward to' -> future, 03x) -> 030 future (README 170: Pakistan's look "
      "forward to cooperation a future 030), the partners the other Member States, an uncoded collective -> target "
      "null (borderline org:UN)"),
 26: ([("protests across the world", "141", "USA/CVL", N, False, A, N, True)],
      "Belarus (2012); 'Mass protests across the world, like the Occupy Wall Street movement, testify to public "
      "rejection of the prevailing development model' = demonstrations (held-out 38 row 34: food-price demonstrations "
      "a nominal 141 from the population, target null) -> nominal 141, the one protest named being the Occupy Wall "
      "Street movement -> USA/CVL, the other protesters around the world uncoded and dropped (guideline compound "
      "rule); protesting an economic model, no actor named -> target null (borderline USA/BUS for 'Wall Street', or "
      "uncoded as a generalisation, as the same row's 'reactions ... repeated on an almost global scale'); 'public "
      "rejection of the prevailing development model' is an attitude towards an abstraction, not coded"),
 27: ([("cowardly attacks", "183", N, "org:UN", False, A, N, True)],
      "San Marino (2003); 'I cannot start my speech without mentioning the cowardly attacks on the United Nations "
      "offices in Baghdad, which took a heavy toll of lives including that of Sergio Vieira de Mello' = the August 2003 "
      "Canal Hotel bombing, its perpetrators unnamed -> nominal 183 with no source to org:UN (README 111: the UN Canal "
      "Hotel bombing an agentless nominal 183 to org:UN; borderline 1831/1832 or 180); the deaths are the attack's "
      "toll, folded in (borderline a 1823 to org:UN for Vieira de Mello); 'cannot start ... without mentioning' is the "
      "speaker's own statement, and Baghdad a place"),
 28: ([("the sanctions", "163", "org:UNSC", "ERI", False, A, N, True),
       ("training, arming", "072", "ERI/GOV", "SOM/REB", False, A, N, True),
       ("nurturing", "070", "ERI/GOV", "SOM/REB", False, A, N, True),
       ("causing havoc", "180", "SOM/REB", "SOM", False, A, N, False)],
      "Ethiopia (2010); 'Despite the sanctions' = the Security Council's resolution 1907 (2009) sanctions on Eritrea, "
      "named in the sentence before -> nominal 163 org:UNSC -> bare ERI (README 167: Eritrea's 'imposition of "
      "sanctions' a nominal 163 org:UNSC -> ERI); 'despite' concedes them, no negation; 'Eritrea is still the "
      "principal architect of the complicated situation in Somalia' is an evaluation whose acts follow: 'through its "
      "training, arming and nurturing of extremist elements such as Al-Shabaab and Hizb al-Islam' = event nouns with "
      "their agent ('its') -> the Eritrean regime ERI/GOV, the two insurgent groups -> SOM/REB (earlier sets: "
      "al-Shabaab SOM/REB), one event per code for the same pair (README 26/27: arming and supporting named groups 072 "
      "and 070): training and arming -> military aid 072, coded once, and nurturing -> support 070 (borderline one "
      "070 for all three); 'who are causing havoc in that country today' = unspecified violence by non-state armed "
      "groups (guideline: 180) -> SOM/REB -> bare SOM (borderline SOM/CVL)"),
 29: ([("We are grateful for and appreciate", "051", "SDN/GOV", "org:UN", False, A, N, False),
       ("that support", "051", "org:UN", "SDN/GOV", False, A, N, True)],
      "Sudan (1999); 'We are grateful for and appreciate that support' = thanks (guideline: 051), one act, to the "
      "supporters named in the sentence before ('The call for a comprehensive ceasefire has also been endorsed by the "
      "United Nations and the international community') -> org:UN, the international community uncoded and dropped "
      "(guideline compound rule); 'that support' = that endorsement of the Government's own ceasefire initiative "
      "(text before) -> nominal 051 org:UN -> SDN/GOV, its agent from the thanks and the context (README 28/29: "
      "thanks 'for the ongoing support' gives the support its agent; README 169: thanks to the UN 'for their "
      "support' a 051 and a nominal 051; borderline 070, or IGAD and its partners of the sentence before as well)"),
 30: ([], "Hungary (2018): 'More than 300 people were killed and more than 1,000 injured' = the toll of the terrorist "
          "attacks 'committed by persons with a migratory background' (sentence before), uncoded perpetrators and "
          "victims unnamed across Europe, not coded (README 111 and 150: agentless killings of uncoded victims and "
          "agentless terrorist deaths left uncoded; borderline a 180 or 202 null -> null)"),
 31: ([("seeking to advance those ties", "030", "TUN/GOV", "org:EU", False, A, N, False)],
      "Tunisia (2007); 'Tunisia has been constantly seeking to advance those ties and to broaden their scope, so as to "
      "cover all fields of cooperation' (its relations with the European Union) = an intent to cooperate stated as a "
      "fact (README 112: 'endeavouring to expand ... cooperation' a 030 asserted; README 111: 'seeks to participate "
      "... in initiatives for regional cooperation' a 030 asserted) -> 030 asserted to org:EU, one event for advancing "
      "and broadening the ties (borderline 050 as realised cooperation); 'with the aim of building a solidarity-based "
      "partnership with European Union countries' is the purpose, the member states unnamed, not coded"),
 32: ([("consistently supported", "051", "PRY/GOV", "org:UNGA", False, A, N, False),
       ("call for", "1054", "org:UNGA", "USA/GOV", False, A, N, False),
       ("economic, commercial and financial embargo", "163", "USA/GOV", "CUB", False, A, N, True)],
      "Paraguay (2011); 'Paraguay has consistently supported the resolutions adopted by the General Assembly at "
      "previous sessions' -> 051 to org:UNGA (README: 'Supported it' (a General Assembly resolution) a 051 to "
      "org:UNGA), habitual -> asserted; 'which call for the lifting of the economic, commercial and financial embargo "
      "against Cuba' = the resolutions' own request (README: a General Assembly resolution's 'calling for' stands for "
      "org:UNGA) -> demand easing of an embargo 1054, to the imposer, the United States, named in the next sentence's "
      "title of resolution 65/6 ('imposed by the United States of America against Cuba'; guideline: missing "
      "participant from context; borderline target null, as set 122 where the speech never names the US); the "
      "embargo itself -> nominal 163 USA/GOV -> bare CUB (README 146: the embargo 'imposed by the most powerful nation "
      "on Earth' 163 USA/GOV -> bare CUB)"),
 33: ([], "Latvia (1991): 'Where we once served as a battlefield for opposing foreign armies, we can now serve as a "
          "crossroads for commercial exchange and economic cooperation' = a historic war between armies the sentence "
          "does not name (borderline a nominal 190 between DEU/MIL and SUN/MIL on Latvian soil) and a figurative "
          "potential role with no named partner (borderline a hypothetical 050 LVA/GOV -> null), not coded"),
 34: ([("lift", "085", "org:UNSC", "LBY", False, D, N, False),
       ("embargo", "163", "org:UNSC", "LBY", False, A, N, True)],
      "Mauritania (2002); 'We think it is now up to the Security Council to take the necessary steps to lift the "
      "embargo imposed on Libya' = a deontic with no request verb ('it is up to X to do Y', like 'X should do Y'; "
      "guideline: demanded codes Y with source X and no REQUEST for the speaker; README 14/15: 'the Security Council "
      "has a special responsibility to call for' a demanded request from org:UNSC) -> demanded 085 org:UNSC -> bare "
      "LBY (earlier sets: the lifting of the Libya sanctions 085 org:UNSC -> LBY; borderline a 1054 MRT/GOV -> "
      "org:UNSC as the speaker's request); 'the embargo imposed on Libya' = the Lockerbie sanctions of resolutions 748 "
      "and 883, the imposer the Council named in the same sentence -> nominal 163 org:UNSC -> bare LBY; 'We think' "
      "frames the speaker's own view, no attribution"),
 35: ([("has ratified", "057", "SYC/GOV", N, False, A, N, False),
       ("support", "051", "SYC/GOV", "org:UN", False, A, N, False)],
      "Seychelles (2004); 'The Seychelles has ratified all international conventions on drug trafficking' = "
      "ratification of multilateral treaties -> one 057 with no target (README 48/49: joining the NPT 057 with no "
      "target; one act for the conventions); 'we support all United Nations resolutions on the prevention and "
      "suppression of the financing of terrorist acts' = verbal support for a body's decisions -> 051 (README: "
      "'Supported it' a 051 to org:UNGA; README 38/39: welcoming a General Assembly decision) to org:UN, the "
      "resolutions being both the Security Council's (1373) and the Assembly's (borderline org:UNSC, or uncoded as an "
      "abstract counter-terrorism position)"),
 36: ([("pledging full cooperation", "0313", "URY/GOV", "org:ICC", False, A, N, False)],
      "Uruguay (2008); 'In 2006, Uruguay enacted a national law pledging full cooperation with the ICC' = a commitment "
      "stated as a fact (guideline: an explicit intent verb stated as a fact -> 03x asserted) to cooperate with a "
      "court -> express intent to cooperate on judicial matters 0313 (held-out 76 row 34: 'commitment to cooperating "
      "with the ICTY' a nominal 0313) to org:ICC; the country as lawmaker -> URY/GOV (borderline URY/LEG, or 030); "
      "enacting the law itself is a domestic act, not coded separately"),
 37: ([("makes a pledge", "030", "MHL/GOV", "org:UN", False, A, N, False)],
      "Marshall Islands (1991); 'My Government makes a pledge to conduct its affairs as a responsible member of this "
      "Organisation' = a pledge made on joining the UN (README 28/29: a pledge made on joining the UN is 030 to "
      "org:UN) -> 030 asserted to org:UN (borderline uncoded as an abstract commitment to the Charter, as set 137's "
      "reaffirmed commitments)"),
 38: ([("wishes to assure", "030", "KNA/GOV", "org:UNGA", False, A, N, False)],
      "Saint Kitts and Nevis (1995); 'The Government of Saint Kitts and Nevis wishes to assure you, Mr. President, of "
      "its continued cooperation and support' = an assurance of cooperation to the President of the General Assembly "
      "(README 38/39 and 48/49: assurances of cooperation to the President of the Assembly 030 to org:UNGA; README: "
      "an assurance of 'support and cooperation' is one 030) -> one 030 asserted to org:UNGA (borderline a second "
      "event 032 for the support)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Japan (2005): a fragment cut by the splitter, 'We have embarked on a mission to renew the' [United "
          "Nations] = 'we' meaning all states (README 42/43) and a UN reform position, not coded"),
 40: ([], "Malawi (2007): tuberculosis as one of Malawi's biggest challenges = a description of a health problem, no "
          "act between actors"),
 41: ([], "Netherlands (1990): 'conditions of life on Earth, and therewith the world's security, are at stake' = an "
          "evaluation, no actor"),
 42: ([], "Czech Republic (2018): 'it is crucial for the United Nations to seek more synergies among its "
          "humanitarian, development and security activities' = the Organization's internal working methods, a UN "
          "reform position (README), not coded (borderline a demanded 050 org:UN -> org:UN)"),
 43: ([], "Saint Vincent and the Grenadines (1997): 'there are friends who will smile with us while plotting our "
          "execution' = a figurative image of betrayal by unnamed 'friends' (the text before: the discrediting of the "
          "judicial system; after: the banana ruling), no named agent and no real act (guideline: figurative uses "
          "not coded; borderline a 1382 null -> VCT/GOV)"),
 44: ([("our deep appreciation", "051", "BGD/GOV", "org:UNGA", False, A, N, False)],
      "Bangladesh (1998); 'To your predecessor, Hennadiy Udovenko, I express our deep appreciation for a job well "
      "done' = praise of the outgoing President of the General Assembly -> 051 to org:UNGA (README 30/31: appreciation "
      "of an outgoing President of the General Assembly goes to org:UNGA); performative -> asserted; the appreciation noun "
      "of a performative 'I express' is not flagged nominal, as held-out 76 row 54's 'sincere congratulations' "
      "(borderline nominal)"),
 45: ([], "Cyprus (1998): 'Such a federation, becoming a member of the European Union, will thrive at home and "
          "abroad' = a hoped-for accession of a future federal Cyprus, a membership position (README 54-61: admissions "
          "and membership positions uncoded; borderline a hypothetical 057 CYP/GOV -> org:EU)"),
 46: ([], "Uzbekistan (1998): 'Considerable progress has already been made to implement this idea' (the Central Asian "
          "nuclear-weapon-free zone) = agentless implementation by unnamed regional states (README: non-implementation "
          "of agreements with no named party not coded; borderline a 030 from UZB/GOV with no target)"),
 47: ([("this abominable carnage", "202", "SOM/REB", "SOM/CVL", False, A, N, True)],
      "Chad (1992); 'this abominable carnage whose victims are always the same: women and children' = the killings of "
      "the Somali civil war, 'the break-up of the Somalian nation as a result of the appetites of certain warlords' in "
      "the sentence before -> an event noun whose agent is plain from the text around it (README 48/49: coded) -> "
      "killings of many civilians 202 (guideline), the unnamed Somali factions -> SOM/REB (README: unnamed Somali "
      "factions of 1993 SOM/REB), the women and children -> SOM/CVL (borderline 180 or 190, or uncoded as the "
      "guideline's agentless 'this aggression'); 'It is high time that we put an end to' it = 'we' meaning the "
      "international community as a whole (README 42/43: not coded; borderline a demanded 1056 with no source)"),
 48: ([("work intensively", "050", "PER/GOV", N, False, D, N, False)],
      "Peru (2008); 'Global warming requires us to work intensively with the entire international community to "
      "reduce emissions' = a statement of need (README 42/43, 46/47: 'Countries such as mine require assistance', "
      "statements of need demanded) whose 'us' is Peru, set against 'the entire international community' -> "
      "demanded 050 PER/GOV, the partner an uncoded collective -> target null (README 137: 'We remain eager to work "
      "within the United Nations system' 030; borderline uncoded as an abstract climate position, or 'us' meaning all "
      "states); reducing emissions is the purpose"),
 49: ([], "Kuwait (1993): a fragment cut by the splitter, 'On behalf of the Government and the people of Kuwait,' = "
          "the opening of a sentence whose verb ('extend deepest sympathy and condolences' to India) lies after the "
          "cut (README: fragments whose verb lies outside the sentence left uncoded; condolences are not coded "
          "either)"),
 50: ([], "Burundi (1997): 'the political change that occurred on 25 July 1996 took place just in time to save the "
          "country from genocide and nightmare' = Buyoya's coup, named by an agentless noun (README: coups are not "
          "coded, CAMEO having no code for them), and an averted genocide with no agent, not coded (borderline a "
          "hypothetical 202 BDI/REB -> BDI/CVL from the 'armed groups' of the sentence before)"),
 51: ([], "Senegal (1998): 'We therefore have the obligation and the duty, as members of the family of nations, to "
          "continue to strive to bring about a world order that is more stable, equitable and just' = 'we' meaning all "
          "states (README 42/43), an abstract goal, not coded"),
 52: ([], "Romania (1993): 'Wisdom and caution are all the more necessary in this respect, since we recognize the "
          "United Nations peace-keeping operations as an important dimension of a future new world order' = an "
          "evaluation of peacekeeping in general, no act (borderline a 051 ROU/GOV -> org:UN); the caution about "
          "'unilateral authority' is a general norm"),
}
