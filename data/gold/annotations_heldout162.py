"""Hand annotations for the HUNDRED-AND-SIXTY-SECOND held-out event gold set (source of events-heldout162.jsonl).

Keyed by the row index of selection-heldout162.jsonl (output of select_bulk_sentence_heldout.py 162; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout162.jsonl \
        --annotations annotations_heldout162 --output events-heldout162.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("block", "1246", "COD/GOV", N, False, A, N, False)],
     "Uganda (2000); 'one of the signatories, namely, the Government of the Democratic Republic of the Congo, has done "
     "everything possible to block the implementation of this disengagement plan, as well as several other aspects of "
     "the Lusaka Agreement' = obstruction of an agreed military disengagement, a refusal that takes the code of what "
     "was refused (README: a refusal to implement a resolution 1246; set 112: the Haitian army's "
     "refusal to comply with Governors Island a nominal 1246) -> refuse to de-escalate 1246, one event for the plan "
     "and the other aspects (borderline a second event 128 for the rest of the Lusaka Agreement); the other "
     "signatories are not named in the sentence -> target null (borderline UGA/GOV, the speaker being a signatory "
     "whose forces were to disengage, or org:UN for MONUC's supervision); 'it has not been possible to effect the "
     "disengagement of forces' = an agentless non-event between all fighting forces, null-null, not coded "
     "(borderline a negated 087 with no source)"),
 1: ([], "Syria (2014): 'Those events have surprised many of the countries' is no act; 'we have been warning the "
         "international community about trends' = a warning about developments, a statement (01x, not coded; README: "
         "'issues a warning' about economic harm is not a threat), to an uncoded collective (borderline 130 SYR/GOV -> "
         "null)"),
 2: ([], "Hungary (1999): 'The Court will not only bring to justice people who have been accused of serious crimes, "
         "but will also act as a deterrent' = the International Criminal Court's general future function, its "
         "targets an unnamed class of accused persons (README: perpetrators to 'be brought to justice' who are "
         "unnamed left uncoded; borderline a future 1121 org:ICC -> null); 'have been accused' is agentless, 'act as "
         "a deterrent' figurative; 'not only ... but also' is no negation"),
 3: ([("France welcomes", "051", "FRA/GOV", N, False, A, N, False),
      ("calls on", "102", "FRA/GOV", N, False, A, N, False)],
     "France (1993); 'France welcomes the signing in Paris by nearly 150 States of the Convention banning chemical "
     "weapons' -> 051, the signatories an uncoded collective -> target null, and the signing itself (an uncoded "
     "collective's act, Paris a place) not coded (README: the welcome of an agreement codes the agreement too "
     "unless it names no party; borderline 057 FRA/GOV with no target, France being host and signatory); 'calls on "
     "the States which have not yet ratified this Convention to do so' = a request (guideline: call on -> 10x) to "
     "ratify a treaty -> 102 (held-out 76 row 2), the addressees an uncoded class -> target null; their negated "
     "ratification is not coded (set 117: 'We call on all countries that have not yet done so to join the Rome "
     "Statute' a 102 with no target, its negated accession uncoded)"),
 4: ([], "Ecuador (1993): 'we shall no longer be divided by borders and borders will become points of union and of "
         "promising cooperation' = a figurative hope about Ecuador-Peru relations (the process of dialogue of the "
         "sentence before); 'no longer be divided' negates a state, not an event (borderline a future 050 ECU/GOV -> "
         "PER/GOV)"),
 5: ([("use of force", "190", "ISR/GOV", "PSE/CVL", False, A, N, True),
      ("resistance", "120", "PSE/REB", "ISR/GOV", False, A, N, True),
      ("occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Oman (2002); 'the use of force against the Palestinian people will not lead to a fair solution ... as the "
     "Israeli Government claims' = the Israeli use of force is presupposed in the speaker's voice (the sentence "
     "before: successive Israeli Governments' desire 'to impose peace through excessive force'), only its effect is "
     "the claim -> reported_by null; an event noun whose agent the same sentence names -> nominal 190 ISR/GOV -> "
     "PSE/CVL (set 146: weapons used against civilians 190 ISR/GOV -> PSE/CVL; borderline 175 repression); 'nor "
     "will it end the legitimate Palestinian resistance against Israeli occupation' = the resistance is presupposed "
     "ongoing, the negation bears on its end (no negated event) -> nominal 120, PETRARCH's CAMEO dictionary listing "
     "RESIST with REFUSE (set 129: 'organized resistance' 120; borderline 190 for the armed intifada 'by all "
     "factions and in all forms' of the sentence before), the factions -> PSE/REB (borderline PSE/CVL), against the "
     "occupier -> ISR/GOV (borderline ISR/MIL); 'Israeli occupation' -> nominal 192 ISR/GOV -> bare PSE (README: "
     "'Israeli-occupied Golan' a nominal 192); 'an end to violence' is agentless"),
 6: ([("met", "040", "USA/GOV", "XKX/CVL", False, A, N, False),
      ("abuses", "180", N, "XKX/CVL", False, A, N, True)],
     "United States (Clinton, 1999); 'The people I met there' = the President's meeting with refugees in a camp in "
     "Macedonia (the visit lies in the sentence before) -> 040 (README: welcoming refugees on a visit is a meeting), "
     "the refugees of the Kosovo conflict the speech describes -> XKX/CVL (guideline: Kosovo -> XKX; borderline "
     "YUG/CVL, Kosovo being a province of the FRY in 1999, or a 042 visit to MKD/GOV); 'had suffered horrible, "
     "horrible abuses' = an agentless event noun with its victims named (README: an agentless terrorist attack 180 "
     "with no source per victim) -> nominal 180 with no source, the perpetrators named only far earlier in the "
     "speech ('atrocities committed by Serb forces'; borderline YUG/MIL, or 175); 'had never given up hope' negates "
     "an attitude, not an event; 'an international community that stands for their dignity' is an uncoded "
     "collective's stance, not coded"),
 7: ([], "Bosnia and Herzegovina (2008): 'we all must say: make no mistake, genocide will not be rewarded' = 'we all' "
         "meaning all states (README: not coded), a demanded statement; 'those who now seek to legitimize the "
         "systemic violations of the Dayton Peace Agreement' are not named in the sentence or its context (borderline "
         "a nominal 128 BIH/REB -> null for the violations); 'genocide' has no agent in the sentence"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("reiterates its continued support", "051", "QAT/GOV", "PSE/GOV", False, A, N, False),
      ("reiterates its continued support", "051", "QAT/GOV", "ISR/GOV", False, A, N, False)],
     "Qatar (1993); 'Qatar reiterates its continued support for the peace efforts' = verbal support (guideline: 051) "
     "aimed at a process -> its named parties (held-out 8: support aimed at a process goes to its named parties), "
     "the PLO and Israel of the agreement welcomed in the sentence before -> PSE/GOV and ISR/GOV (set 140: Qatar's "
     "'reaffirms its commitment to support the peace effort' a 032 to each); 'undertaken according to and on the "
     "basis of the principles agreed upon' = 'according to' meaning in accordance with (guideline: not attribution); "
     "'the principles agreed upon' is an agentless agreement whose parties are ambiguous (the Madrid terms of "
     "reference or the Declaration of Principles), not coded (borderline a nominal 057 PSE/GOV -> ISR/GOV)"),
 9: ([], "Afghanistan (1993): 'God Almighty condemns the killing of innocent people and says that when anyone kills an "
         "innocent person ...' = a religious maxim quoted from the Koran; God is no political actor and the "
         "killings are generic, with no agent or victim; not coded (borderline a 111 with no source)"),
 10: ([("to withdraw", "0874", "ISR/GOV", "LBN", False, D, N, False),
       ("to withdraw", "0874", "ISR/GOV", "PSE", False, D, N, False),
       ("occupation", "192", "ISR/GOV", "LBN", False, A, N, True),
       ("occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Lebanon (2008); 'Lebanon stresses the need for Israel to withdraw from all Arab territories that are still "
      "under occupation' = a deontic with no request verb (guideline: 'X needs to do Y' codes Y demanded; README: "
      "'reaffirms the need to support' a demanded 051) -> demanded 0874 from ISR/GOV; 'all Arab territories' resolved "
      "to the two the speech names, the occupied Lebanese territory (Shabaa Farms, Kfarshuba, Al-Ghajar, earlier in "
      "the speech) and the Palestinian land of the same sentence -> bare LBN and PSE (set 149: Syria's 'occupation of "
      "Arab lands' one 192 each to the two the speech names; borderline a third to SYR, or target null as set 124); "
      "'still under occupation', the occupier named in the same sentence -> nominal 192 ISR/GOV to each; 'stresses "
      "the inalienable right of the Palestinian people to return ... and to establish their independent State' = "
      "rights, no act between actors, not coded; 'Having said that' is the speaker's own statement"),
 11: ([("abandon", "080", "USA/GOV", "PRK/GOV", False, D, N, False),
       ("replace the Korean Armistice Agreement", "057", "USA/GOV", "PRK/GOV", False, D, N, False),
       ("withdraw its armed forces", "0874", "USA/GOV", "KOR", False, D, N, False)],
      "DPRK (2016); 'Kim Jong Un ... noted at the seventh Congress of the Party that the United States should ...' = "
      "the speaker's own leader quoted -> reported_by null (held-out 76 row 11: the document's own government "
      "quoted); the speech verb is not coded, and the deontic 'should' codes each Y with the United States as "
      "source, demanded (guideline): 'abandon its anachronistic hostile policy towards our country' -> yield 080 "
      "(held-out 70 row 24: abandoning a coercive stance is the Y of 105 'demand that target yields'; borderline "
      "0832, or not coded since 'hostile policy' is itself an uncoded evaluation, held-out 73 row 40), to PRK/GOV; "
      "'replace the Korean Armistice Agreement with a peace agreement' -> 057 USA/GOV -> PRK/GOV (set 137: the "
      "Armistice a 057 PRK/GOV -> USA/GOV and a new peace arrangement a demanded 057 between them); 'withdraw its "
      "armed forces and war equipment from South Korea' -> 0874 (set 131: MINUSTAH's withdrawal a demanded 0874 to "
      "the bare host country) -> bare KOR (borderline USA/MIL as source, or PRK/GOV as target)"),
 # --- UNGDC 1990-2019 random: future
 12: ([("will actively strive to further strengthen", "030", "PRK/GOV", N, False, F, N, False)],
      "DPRK (2009); 'will actively strive to further strengthen and develop friendly and cooperative relations with "
      "all United Nations Member States' = a future cooperative act -> 03x future (guideline), 030 (set 146: 'will "
      "step up its efforts, in close cooperation with friendly countries' a future 030 with no target), all Member "
      "States an uncoded collective -> target null; 'to fully discharge its commitment towards defending the peace "
      "and security of the Korean peninsula and the rest of the world' = an abstract commitment, not coded "
      "(borderline a second future 030)"),
 13: ([("terrorist activities", "180", "RWA/REB", "RWA", False, A, N, True)],
      "Rwanda (2002); 'My Government is convinced that the implementation of those Agreements will lead us ... to the "
      "establishment of a climate of confidence and good cooperative relations' = a confident prediction, not coded "
      "(set 123: a confident prediction is a hope; borderline a hypothetical nominal 050 RWA/GOV -> COD/GOV, the "
      "Pretoria Accord's parties), and the implementation is compliance (not coded); 'the terrorist activities "
      "orchestrated by ALIR' = realised violence of the Hutu rebel army with its agent named -> nominal 180 "
      "(guideline: unspecified violence by non-state armed groups 180), ALIR -> RWA/REB (README: the exiled "
      "Hutu camp leadership RWA/REB), the target of 'our struggle' -> bare RWA (borderline RWA/CVL); 'our struggle against "
      "the terrorist activities' is a counter-terrorism aim, not coded (borderline a nominal 190 RWA/GOV -> RWA/REB); "
      "'by any other terrorist organization' is unnamed"),
 14: ([], "Niger (2014): 'I express the hope that the dialogue will lead to an agreement that respects the unity and "
          "integrity of Mali' = an optative hope (held-out 7), the agreement hoped for not coded; 'the dialogue' = "
          "the inter-Malian dialogue of the sentence before, whose parties the speech does not name, not coded "
          "(set 115: a national dialogue among unnamed parties left uncoded; borderline a nominal 046 MLI/GOV -> "
          "MLI/REB)"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "San Marino (2005): 'the commission should submit recommendations to the Security Council' = the intended "
          "working method of the proposed Peacebuilding Commission, a UN reform position (README: left uncoded; "
          "borderline a demanded 100 org:UN -> org:UNSC)"),
 16: ([("commend", "051", "EGY/GOV", "org:UN", False, A, N, False)],
      "Egypt (2015); 'I should also like to commend the constructive role played by the Secretary-General and his "
      "ceaseless efforts' = a performative praise (guideline: commend 051; held-out 76 row 35) -> asserted, the "
      "Secretary-General -> org:UN; 'to uphold the principles of the ... Charter' is no act between actors"),
 17: ([], "Guatemala (1993): 'We must not overlook the fact that the problems of national development are to be found "
          "also in the Central American region' = an observation, no act"),
 18: ([], "Bolivia (2009): 'Those who proclaim themselves to be the leaders of democracy should give up their "
          "privileges and accept true democratization of the Security Council' = a Security Council reform position "
          "(README: UN reform left uncoded), the addressees unnamed (borderline a demanded 0834 from USA/GOV, the "
          "Government the speech names a few sentences later, to org:UNSC)"),
 19: ([], "The former Yugoslav Republic of Macedonia (1995): 'We should all work together towards a safer world' = "
          "'we' meaning all states (README: not coded); 'fears and threats of the future' are risks"),
 20: ([], "Samoa (2009): 'The full cost society must bear is becoming a stark reality that we can no longer ignore' = a "
          "statement about climate change costs, no act between actors"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("has consistently supported", "051", "RUS/GOV", N, False, A, N, False)],
      "Russian Federation (2009); 'Russia ... has consistently supported efforts to strengthen the nuclear "
      "non-proliferation regime in the Middle East' = habitual verbal support (guideline: 051) for efforts whose "
      "authors the sentence does not name -> target null (held-out 76 row 27: praise of unattributed efforts 051 "
      "null; set 150: support for unattributed peacekeeping initiatives 051 with no target; borderline not coded as "
      "an abstract policy position); 'as a member of the Quartet' is a status"),
 22: ([("I signed this important Convention", "057", "FSM/GOV", N, False, A, N, False)],
      "Micronesia (2001); 'I signed this important Convention yesterday on behalf of the Federated States of "
      "Micronesia' = the President's signing of the International Convention for the Suppression of the Financing "
      "of Terrorism -> 057 with no target (README: signing a ratification instrument 057 with no target; joining "
      "the NPT 057 with no target); 'I anticipate its prompt ratification by our Congress' = an expectation about "
      "another body's act, not coded (set 123: a confident prediction of another actor's act is a hope; borderline "
      "a future 030 from FSM/LEG, as the README's 'will be ratified')"),
 23: ([("participation", "040", "COD/REB", N, True, A, N, True)],
      "Zambia (1999, the Lusaka mediator); 'Both the Political Committee and the Joint Military Commission met ... in "
      "Lusaka with the participation of all members except the MLC' = meetings of the Lusaka Agreement's bodies, "
      "which have no code and whose member states the speech does not name one by one, so the meeting itself is not "
      "coded (borderline a 040 per named member, the RCD and COD/GOV); the MLC's absence -> a negated nominal 040 "
      "(guideline: 'did not meet' negated; set 140: 'I did not attend the High-level Meeting' a negated 040), the "
      "Movement for the Liberation of the Congo -> COD/REB, the bodies -> target null; 'whose representatives were "
      "not able to travel to Lusaka because of logistical constraints' is the same non-event, coded once "
      "(borderline a separate negated 042 COD/REB -> ZMB/GOV, as the README's 'did not permit him to travel'); Lusaka "
      "is a place"),
 24: ([("strongly condemns", "111", "SUR/GOV", N, False, A, N, False)],
      "Suriname (2005); 'My Government strongly condemns all acts of terrorism committed by whomever' -> 111 "
      "(guideline), the perpetrators unnamed -> target null (README: condemning attacks by unnamed perpetrators is "
      "the speaker's 111 with no target); the acts of terrorism have no agent or victim, not coded"),
 25: ([], "Lao PDR (2004): a fragment cut by the splitter, 'Violence continues unabated in the occupied' [Palestinian "
          "territories]; the violence is agentless, and the occupier is not named in the sentence or the one before "
          "(set 143: 'the occupied territories' with Israel named only nearby left uncoded; borderline a nominal 192 "
          "ISR/GOV -> PSE from the text after the cut)"),
 26: ([], "Nepal (2008): 'The Himalayan range provides life-supporting water' = a description, no actor"),
 27: ([], "Mexico (2017): 'The successful case of the Final Agreement for Ending the Conflict and Building a Stable and "
          "Lasting Peace is a significant example' = an evaluation of Colombia's 2016 peace agreement, whose parties "
          "(Colombia, the FARC) the speech never names in this connection; not coded (README: agreements between "
          "unnamed parties left uncoded; borderline a nominal 057 COL/GOV -> COL/REB)"),
 28: ([("have begun destruction", "087", "USA/GOV", "SUN/GOV", False, A, N, False),
       ("have begun destruction", "087", "SUN/GOV", "USA/GOV", False, A, N, False),
       ("exchanged instruments of ratification", "057", "USA/GOV", "SUN/GOV", False, A, N, False),
       ("concluded the much-awaited Treaty", "057", "USA/GOV", "SUN/GOV", False, A, N, False)],
      "Madagascar (1991); 'the two nuclear super-Powers' = the United States and the Soviet Union (1991, before the "
      "dissolution -> SUN/GOV); 'have begun destruction of types of weapons described in the various agreements in "
      "force' = disarmament under the INF Treaty -> de-escalate 087 (held-out 117: dismantling a nuclear programme "
      "087; borderline 0873), each power destroying its own weapons -> one event per actor (guideline: compound "
      "source split), each to the other; 'they have finally exchanged instruments of ratification for the threshold "
      "Treaty and the partial test-ban Treaty' = the treaties entering into force (README: an agreement entering into "
      "force a nominal 057) -> 057, symmetric and coded once, the two treaties one act (borderline one 057 per "
      "treaty, or 030 for the exchange); 'they have concluded the ... START Treaty' -> a second 057 for the same "
      "pair, a distinct act; neither pair is named in order, so the symmetric events run from the United States, "
      "listed first by convention (borderline from SUN/GOV)"),
 29: ([], "Cambodia (2004): 'most members of this global institution have called for reform of the United Nations, "
          "particularly of the Security Council' = UN reform calls by an uncoded collective with no addressee "
          "(README: UN reform positions left uncoded)"),
 30: ([], "Brunei Darussalam (2014): 'The international and regional situation continues to be threatened by "
          "instability, injustices ... and natural disasters' = figurative threat (guideline: threat as risk), no "
          "actor"),
 31: ([], "Turkey (1991): 'This new stage calls for an even-handed approach by the international community in "
          "support of an agreement based on the consent of two equal parties: the Turkish Cypriots and the Greek "
          "Cypriots' = an inanimate subject's call for an attitude of an uncoded collective towards a hoped-for "
          "agreement, one of whose parties has no code (held-out 4: the Turkish-Cypriot leadership has no code); not "
          "coded (borderline a demanded nominal 051 with no source to CYP/GOV, or a hypothetical 057)"),
 32: ([], "Bosnia and Herzegovina (2013): 'continued and greater financial aid to Africa is just as important' = a "
          "deontic evaluation (guideline: 'it is important to help X' demanded) whose donors are unnamed (the "
          "developed countries of the text before) and whose recipient is a continent with no code, null-null, not "
          "coded (README: acts between uncoded collectives; borderline a demanded 071 null -> null)"),
 33: ([("warmly welcomes this rapid reaction", "051", "BEL/GOV", "org:UN", False, A, N, False),
       ("rapid reaction", "111", "org:UN", N, False, A, N, True)],
      "Belgium (1992); 'Belgium warmly welcomes this rapid reaction' = a welcome (guideline: 051) of the Human Rights "
      "Commission's extraordinary session that 'strongly condemned the ... abuses taking places in the former "
      "Yugoslavia' (sentence before) -> to the Commission, a UN body -> org:UN (held-out 82 row 40, 139 row 7: the "
      "Commission on Human Rights and its rapporteur org:UN); the reaction itself = an anaphoric event noun whose "
      "agent and content the sentence before gives (set 116: the anaphoric 'The attack perpetrated' coded; README: "
      "welcoming several developments codes the developments too) -> nominal 111 from org:UN, the abuses' "
      "perpetrators unnamed -> target null (borderline bare YUG, or the reaction left uncoded as an anaphoric noun); "
      "'would like to see it serve as an example in the future' is optative"),
 34: ([("rejects", "120", "ZMB/GOV", N, False, A, N, False)],
      "Zambia (2005); 'Zambia rejects terrorism in all its forms and manifestations' -> 120 with no target (set 150: "
      "'Bangladesh abjures religious extremism' a 120 with no target; held-out 46/47: 'We utterly reject attacks' by "
      "unnamed agents 120 with no target; borderline not coded as an abstract counter-terrorism stance)"),
 35: ([], "Swaziland (2003): 'the threat of internal and inter-State conflicts around the world' = figurative threat "
          "(guideline: risk), no actor; 'I refer here to' is the speaker's own statement"),
 36: ([("we praise", "051", "MLI/GOV", N, False, A, N, False)],
      "Mali (1993); the sentence starts at '- we praise' (the splitter cut after 'Elsewhere - in Cambodia, "
      "Afghanistan and El Salvador'); 'we praise the efforts to bring about progressive normalization' -> 051 "
      "(guideline: praise), the efforts' authors unnamed -> target null (held-out 76 row 27: praise of efforts with "
      "unnamed authors 051 null; borderline one 051 each to bare KHM, AFG and SLV, taken from the text before the "
      "cut, as a welcome of a development inside a named country); the normalization itself is agentless"),
 37: ([("commend", "051", "KNA/GOV", "org:UN", False, A, N, False)],
      "Saint Kitts and Nevis (1992); 'Next I wish to commend most highly our Secretary-General,' = a performative "
      "praise (guideline: commend 051) -> asserted, the Secretary-General (Boutros-Ghali, named after the cut) -> "
      "org:UN (held-out 77 row 29)"),
 38: ([("The condition", "1056", "COL/GOV", "COL/REB", False, A, N, True)],
      "Colombia (2003); 'The condition is the same — the cessation of hostilities' = the Government's condition for "
      "a peace process with the illegal paramilitary groups (the sentence before), a request noun (set 141: "
      "'Israeli preconditions' a nominal 100; set 124: 'Our demands for the freezing of settlement activities' a "
      "nominal 1056) whose Y is a cessation of hostilities -> 1056 (guideline: de-escalation), source the speaker's "
      "government; the paramilitaries -> COL/REB (README: Colombia's unnamed armed groups COL/REB; borderline "
      "COL/MIL under the pro-government militia rule, as the Janjaweed); 'the same' as for the ELN"),
 39: ([], "Georgia (2016): 'I welcome this year's focus on the transformative power of the SDGs' = the welcome of a "
          "session theme with no chooser named (set 120 and set 142: the welcome of a session theme not coded; "
          "borderline 051 to org:UNGA, as set 129's theme 'the President has chosen')"),
 40: ([("deplores", "110", "GMB/GOV", "YUG/GOV", False, A, N, False),
       ("Serbian aggression", "190", "YUG/GOV", "BIH", False, A, N, True)],
      "The Gambia (1993); 'The Gambia deplores the continued Serbian aggression against the Republic of Bosnia and "
      "Herzegovina' -> 'deplores' 110, as in most earlier sets (borderline 111, PETRARCH's DEPLORE [111]), to the "
      "aggressor; 'Serbian aggression' = an event noun with its agent as an adjective -> nominal 190 (guideline: "
      "aggression 190) from YUG/GOV (set 134: 'Serbian aggression' (1995) a nominal 190 YUG/GOV -> bare BIH; "
      "borderline BIH/REB for the Bosnian Serb forces), the attacked state -> bare BIH (guideline: target of an "
      "invasion)"),
 41: ([("thank", "051", "SRB/GOV", N, False, A, N, False),
       ("support", "051", N, "SRB/GOV", False, A, N, True)],
      "Serbia (2011); 'allow me to once again sincerely thank those countries for their support and solidarity' = "
      "thanks (guideline: 051) to 'a majority of Member States' that have not recognized Kosovo (sentence before), "
      "an uncoded collective -> target null; the thanks give the support its agent (README: thanks 'for the ongoing "
      "support'), an uncoded collective -> a nominal 051 with no source to SRB/GOV (set 147: gratitude to 'many "
      "countries that have extended unflagging support' a 051 with no target plus a 051 with no source; borderline "
      "070), 'support and solidarity' one act; 'On behalf of the Republic of Serbia' is the speaker's government"),
 42: ([("expects", "1056", "AZE/GOV", "ARM/GOV", False, A, N, False),
       ("military build-up", "154", "ARM/GOV", "AZE", False, A, N, True),
       ("occupied", "192", "ARM/GOV", "AZE", False, A, N, True)],
      "Azerbaijan (2016); 'Azerbaijan expects Armenia to halt its military build-up in the occupied territory and "
      "engage in negotiations with Azerbaijan in good faith' = a request (set 125: 'expects Belgrade to do the same' "
      "a 1042) with two demands -> the most specific sub-code (held-out 9), de-escalation 1056 (borderline 106 for "
      "the negotiations), Y not coded separately; the realised act named inside the request (README: 'end its "
      "repression of Mr. Navalny' codes the repression) -> 'its military build-up' a nominal 154 (guideline: troop "
      "build-ups 154), Armenia named as the state -> ARM/GOV (borderline ARM/MIL), in the occupied territory -> bare "
      "AZE (borderline target null); 'the occupied territory', its occupier named in the same sentence -> nominal "
      "192 ARM/GOV -> bare AZE (set 146: 'all the occupied territories' a nominal 192 ARM/MIL -> AZE; borderline "
      "ARM/MIL); 'so as to find a ... political solution' is the purpose"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([("helped", "071", N, "org:UN", False, H, N, False)],
      "Ghana (1998); 'there are very small but extremely rich countries among us who could have helped without making "
      "a dent in their national wealth' = a counterfactual (README: counterfactuals hypothetical) about the UN's "
      "financial crisis of the sentence before -> hypothetical financial aid 071 (borderline 070), the countries "
      "unnamed -> source null, the Organization -> org:UN (set 127: the default of Member States in paying their "
      "contributions a negated 071 with no source to org:UN); no negation in the text, so not negated (borderline "
      "a negated hypothetical 071, or not coded as an uncoded collective's counterfactual); 'let me admit' is the "
      "speaker's own statement"),
 44: ([], "Comoros (2008): a fragment cut by the splitter, 'Comorian archipelago, comprised of the four islands of'; "
          "'French colonization' lies before the cut; a geographical description, no act"),
 45: ([], "Guinea (1999): 'this would revitalize our ever more fragile economies' = the hypothetical effect of the "
          "conference called for before the splitter's cut; no act in the sentence"),
 46: ([], "Bosnia and Herzegovina (2004): the size of the armed forces in 1995 and now = a description; the implied "
          "demobilization has no verb or agent in the sentence (borderline a 0873 BIH/MIL with no target)"),
 47: ([], "Zambia (2013): 'Zambia continues to enjoy political stability and has embraced democratic principles' = "
          "domestic description, no counterpart"),
 48: ([], "Venezuela (1995): 'the imprint of France in Canada, as well as the Hispanic minority in the United States, "
          "are living reminders of this community' = a cultural description, no act"),
 49: ([("We applaud", "051", "BEN/GOV", "org:UN", False, A, N, False),
       ("We applaud", "051", "BEN/GOV", "FRA/GOV", False, A, N, False),
       ("We applaud", "051", "BEN/GOV", "JPN/GOV", False, A, N, False)],
      "Benin (1996); 'We applaud the initiatives of the United Nations system ... as well as the actions of all "
      "partners for the development of Africa, including France and Japan' = praise (guideline: 051), one per coded "
      "party (guideline: compound split): the UN system -> org:UN, France and Japan -> FRA/GOV and JPN/GOV, 'all "
      "partners' an uncoded collective dropped; 'which has long been working for the development of Africa' and "
      "'have made the development ... of Africa a priority' = policy descriptions towards a continent with no code, "
      "not coded (borderline a habitual 070 org:UN -> null, as set 153's UN agencies that 'provide valuable support "
      "to countries')"),
 50: ([], "Rwanda (2008): 'we are determined to intensify efforts in the areas of reforestation, terracing and "
          "irrigation' = a domestic programme, no counterpart"),
 51: ([], "Samoa (2015): natural disasters resulting in the loss of lives = no political actor"),
 52: ([], "Slovakia (1996): 'the family requires better protection and promotion' = an abstract need, no actor"),
 53: ([], "Uzbekistan (2014): 'Today they [the Afghan people] want peace and stability and the right to define their "
          "fate on their own' = a wish, no act"),
 54: ([("congratulations", "051", "ALB/GOV", "org:UNGA", False, A, N, False),
       ("congratulations", "051", "ALB/CVL", "org:UNGA", False, A, N, False)],
      "Albania (1992); 'on behalf of the Albanian delegation and the Albanian people, to extend my heartfelt "
      "congratulations to you, Sir, upon your election as President of the General Assembly' = a performative "
      "congratulation -> 051 asserted to org:UNGA (held-out 76 rows 16 and 54), made on behalf of the delegation "
      "(the Government) and the people -> one 051 each from ALB/GOV and ALB/CVL (README: thanks on behalf of a "
      "government and people give one 051 from each); 'to extend my ... congratulations' is a performative verb phrase -> not nominal (held-out 76 row 54); the election is "
      "agentless"),
 55: ([], "Australia (1991): 'the financial situation of the United Nations has improved and there has been an "
          "increased preparedness to look to the need for administrative reform' = agentless developments and a UN "
          "reform position, no act"),
 56: ([], "Tajikistan (2001): 'We are profoundly concerned about the grave humanitarian situation in Afghanistan' = "
          "expressed concern (guideline: 01x, not coded)"),
}
