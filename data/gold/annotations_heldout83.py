"""Hand annotations for the EIGHTY-THIRD held-out event gold set (source of events-heldout83.jsonl).

Keyed by the row index of selection-heldout83.jsonl (output of select_bulk_heldout.py 83; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout83.jsonl \
        --annotations annotations_heldout83 --output events-heldout83.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Ethiopia (2017): 'Global income inequality is no longer just a development challenge; it is also a security "
         "threat' = a figurative threat (guideline: risk), no actor; 'no longer' bears on a description, not an event"),
 1: ([("intervention of the North Atlantic Treaty Organization", "190", "org:NATO", "YUG", False, A, N, True),
      ("refused to accept the provisions", "127", "YUG/GOV", N, False, A, N, False)],
     "Saudi Arabia (1999); 'the intervention of the North Atlantic Treaty Organization forces' = NATO's 1999 air "
     "campaign over Kosovo, an event noun with its agent -> nominal 190 (held-out 10/11: 'military intervention' "
     "190), the alliance -> org:NATO (no member named), against the Federal Republic of Yugoslavia as a whole -> bare "
     "YUG (guideline: bare country as target of an invasion; held-out 26/27: a state that later dissolved takes its "
     "code of the speech's date; borderline YUG/GOV); 'Serbia refused to accept the provisions of the Rambouillet "
     "agreement' = an explicit refusal -> REJECT, negated false (guideline), of a plan to settle a dispute -> 127 "
     "(held-out 30/31: a refusal takes the code of what was refused; rejecting a peace plan 127), Serbia in 1999 = "
     "the Belgrade government -> YUG/GOV; the Contact Group that drafted the plan is not named in the document -> "
     "target null (borderline one 127 per Contact Group member); 'This situation was reversed' is an outcome"),
 2: ([], "Guyana (2011): 'How do we generate the energy needed ...' = a rhetorical question about energy policy with "
         "'we' meaning all states (held-out 42/43), no act between actors"),
 3: ([], "Slovenia (2009): 'The time has come for a broad look at the entire experience since that period [Bonn 2001], "
         "an assessment of what exactly went wrong ...' in Afghanistan = an agentless deontic over reviews and "
         "assessments, not codable behaviour; the 'international ... assistance' and 'international military "
         "presence' have uncoded agents (borderline demanded 070 null -> AFG, or a negated demanded 0874)"),
 4: ([("our bilateral agreement with the Soviet Union", "057", "BGR/GOV", "SUN/GOV", False, A, N, True)],
     "Bulgaria (1990); 'our bilateral agreement with the Soviet Union' = an agreement named by its parties -> nominal "
     "057 (held-out 38/39: an agreement named by its parties is a nominal 057), the USSR -> SUN/GOV (guideline: USSR "
     "-> SUN); 'the Warsaw Treaty' is a named treaty whose parties the sentence does not list, not coded (borderline "
     "nominal 057 BGR/GOV with no target); 'the old system of military alliances ... is disintegrating' and 'a new "
     "system has not yet been built' are agentless developments; 'guarantees ... stem from' describes a state"),
 5: ([("agreements recently signed with Chile", "057", "ARG/GOV", "CHL/GOV", False, A, N, False),
      ("economic cooperation", "061", "ARG/GOV", "CHL/GOV", False, H, N, True)],
     "Argentina (1991); 'important agreements recently signed with Chile' (the 1991 boundary agreements) = agreements "
     "concluded -> 057 (guideline; held-out 22/23: an agreement 'signed with' X is 057), the signer plain from the "
     "speech -> ARG/GOV to CHL/GOV, the participle 'signed' carries the act -> not nominal; 'there are no longer any "
     "points of disagreement' is a state, not a negated event; 'this opens up the possibility of carrying on an "
     "intensive programme of economic cooperation, which is crucial for both nations' = economic cooperation between "
     "the two -> 061, an event noun, stated as a possibility -> hypothetical (borderline 030 future, held-out 40/41: "
     "plans to expand cooperation a nominal 030 future, or not coded)"),
 6: ([], "Suriname (2013): 'inequality is rampant', people 'living in extreme poverty' and children 'still denied their "
         "right to primary education' = agentless conditions; the denial has no agent and no named country, not coded"),
 7: ([("I therefore urge the international community", "100", "SEN/GOV", N, False, A, N, False)],
     "Senegal (2018); 'I therefore urge the international community to continue its efforts to ensure the effective "
     "realization of our shared ideal of a better world for all' = one asserted REQUEST (guideline: urge -> 10x), "
     "the international community uncoded -> target null (held-out 80 row 6: an urging of an uncoded collective, "
     "target null); Y = continuing general efforts, no specific sub-code -> 100 (borderline not coded, Y being an "
     "abstract aim); the quoted 'warning' of Kofi Annan lies in the preceding sentence"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("this type of aid", "071", "PRT/GOV", N, False, A, "org:OECD", True)],
     "Portugal (1998); 'according to data on 1997 recently issued by the OECD, Portugal was the donor that registered "
     "the largest increase in this type of aid' = Portugal's official development assistance, an aid noun whose agent "
     "the sentence names ('Portugal was the donor') -> nominal economic aid 071 (held-out 24/25: committed aid sums "
     "are aid), recipients unnamed -> target null; inside 'according to' data of a named source -> reported_by "
     "org:OECD (guideline: 'according to X'; org:OECD added in held-out 62-73); 'I would like to put on record' is "
     "the speaker's own statement"),
 9: ([("decommissioning and destruction of rebel", "0873", "IDN/REB", "IDN/GOV", False, A, N, True)],
     "Indonesia (2005); 'The decommissioning and destruction of rebel weapons are working according to the peace "
     "agreement' = the disarmament of the Free Aceh Movement under the Helsinki memorandum of August 2005 (preceding "
     "text) -> demobilize armed forces 0873 (held-out 6: 'must be disarmed' 0873), an event noun with its agent "
     "('rebel') -> nominal, GAM -> IDN/REB (guideline: non-state armed groups REB), toward the other party of the "
     "agreement -> IDN/GOV (borderline target null), ongoing -> asserted; decommissioning and destruction are one "
     "process, coded once (the destruction was carried out with the EU/ASEAN monitors of the preceding sentence); "
     "'according to the peace agreement' = in accordance with, not attribution (reported_by null) and a reference "
     "to a document, not coded (held-out 81 row 8)"),
 10: ([], "El Salvador (1998): 'the Secretary-General said again that the volume of external assistance to the "
          "developing countries has declined steadily ... and much of what is given is not appropriate' = aid "
          "between uncoded collectives (donors, developing countries), null-null, not coded (borderline 071 null -> "
          "null reported_by org:UN); the speech verb is not coded"),
 11: ([], "Suriname (1993): 'the Secretary-General noted that very serious problems caused by civil unrest and other "
          "sources of strife affect an increasing number of people ...' = a statement (01x) about agentless unrest "
          "and its demands on UN operational activities, no act between actors"),
 # --- UNGDC 1990-2019 random: future
 12: ([("pledge to the Assembly", "030", "CAN/GOV", "org:UNGA", False, A, N, False)],
      "Canada (2002); 'I pledge to the Assembly today that Canada will spare no effort in so doing' = 'so doing' = "
      "making the United Nations 'our principal instrument of peace' (preceding sentence) -> an assurance of "
      "cooperation addressed to the Assembly -> 030 to org:UNGA (held-out 50/51: 'assures the Assembly of its full "
      "cooperation' 030 to org:UNGA; borderline org:UN, the content being the Organization as a whole), a pledge "
      "stated as a fact -> asserted (guideline: 'we pledged to continue' 03x asserted)"),
 13: ([], "Philippines (2012): 'the Philippines has been among the principal advocates for developing norms of "
          "international law that will protect ... migrants' = advocacy of legal norms with no addressee, an abstract "
          "policy position (guideline), not coded (borderline 1043 PHL/GOV with no target); 'To further galvanize "
          "international dialogue and cooperation' is a purpose"),
 14: ([], "Tunisia (1994): 'the African Heads of State and Government recognized, during their meeting in Tunis, the "
          "importance of this world Summit and the need carefully to consider the recommendations' = a statement "
          "(01x) of the OAU summit; the summit is a body's meeting among its members (held-out 71 row 17: not coded), "
          "Tunisia's hosting is not said in the sentence (borderline nominal 043 TUN/GOV -> org:AU); the World Summit "
          "for Social Development is an agentless future conference"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Antigua and Barbuda (2000): 'The countries that have pledged to contribute 0.7 per cent of their ODA should "
          "carry out their commitment' = a deontic over unnamed donors (uncoded) about aid to uncoded developing "
          "countries; null-null, not coded (held-out 81 row 4; borderline a demanded 071 and a nominal 0331 with no "
          "source and no target)"),
 16: ([], "Italy (1991): 'We propose that the selection of the latter [new permanent members of the Security Council] "
          "should be made on the basis of objective criteria' = a UN reform position (held-out 54-61: reform "
          "positions left uncoded)"),
 17: ([], "Ghana (2000): 'the tremendous progress made in the establishment of legal frameworks for the pursuit of "
          "crimes against humanity ... must continue' = an agentless deontic about legal development, no act between "
          "actors (borderline demanded 0313 with no source and no target)"),
 18: ([], "Rwanda (2013): 'The General Assembly and the Security Council should be examining this matter [the ICC trial "
          "of Kenyan leaders] as well as the wider issues of universal jurisdiction that have already been brought "
          "before them' = a deontic on org:UNGA and org:UNSC whose Y (deliberating an issue) is not a codable "
          "behaviour (guideline: demanded only for a codable Y; borderline demanded 090); 'have already been brought "
          "before them' is an agentless passive (the African Union's request is not named)"),
 19: ([], "United States (Bush, 2001): 'We must pass all necessary laws in our own countries to allow the confiscation "
          "of terrorist assets' = 'we' meaning all Member States (held-out 42/43: not coded), domestic legislation "
          "against uncoded terrorists (borderline a demanded 163 with no source and no target)"),
 20: ([("providing teachers", "070", N, "HTI/CVL", False, D, N, False)],
      "Uruguay (2010); 'greater emphasis should be placed on providing teachers, doctors, engineers, agronomists, "
      "experts ... who could contribute effectively to solving the problems of the Haitian population' = an agentless "
      "deontic ('it is important to help X' -> demanded) over a codable Y, providing personnel = technical aid -> "
      "070 (borderline 073 humanitarian aid), the providers unnamed (the UN mission's mandate and contributors of the "
      "preceding sentence) -> source null (held-out 42/43: statements of need demanded aid with no source), to the "
      "population -> HTI/CVL (borderline HTI/GOV); 'In our view' is the speaker's opinion frame, not attribution"),
 # --- UNGDC 1990-2019 random: cue
 21: ([], "Andorra (2017): 'Rating agencies measure the solvency of our countries, the WTO analyses the level of "
          "openness ... and the OECD ensures transparency and healthy fiscal competition' = descriptions of the "
          "habitual evaluative work of agencies over states in general, no act toward a named actor (borderline 090 "
          "org:WTO / org:OECD with no target)"),
 22: ([], "Laos (1993): 'It would be in the highest interest of ... the world if peace, stability and cooperation were "
          "to be achieved' in north-east Asia = a hypothetical evaluation of agentless outcomes, no act"),
 23: ([("agreed to transfer", "0344", "BIH/GOV", "BIH/GOV", False, A, N, False)],
      "Bosnia and Herzegovina (2005); 'Entities have agreed to transfer their jurisdictions to the State' = the "
      "Federation and Republika Srpska agreeing to hand powers (defence, following sentence) to the State level -> an "
      "explicit intent verb stated as a fact -> 03x asserted (guideline: 'EU leaders agreed to open negotiations'), "
      "intent to change institutions 0344; the entities are sub-national governments -> the country's GOV "
      "(guideline: Bougainville takes PNG/GOV; earlier sets code PNG/GOV -> PNG/GOV), the State -> BIH/GOV, so the "
      "pair is BIH/GOV -> BIH/GOV (new: a same-code pair between levels of one state; borderline 0834 as a realised "
      "concession, or not coded as an internal constitutional act)"),
 24: ([], "Monaco (1994): 'this humanitarian assistance comes in response to tragic situations ... that make it "
          "difficult to deliver' = the international community's aid (preceding sentence, an uncoded collective) "
          "described in general, no named recipient in the sentence; null-null, not coded (borderline 073 null -> "
          "BIH and RWA from the preceding sentence)"),
 25: ([("army of occupation", "192", "RUS/MIL", "MDA", False, A, N, True)],
      "Moldova (1992); 'It' = the Fourteenth Army (preceding sentence), the Russian army stationed in Transnistria -> "
      "RUS/MIL (guideline: /MIL for armed forces); 'It is an army of occupation' = the speaker's assertion of an "
      "occupation of Moldovan territory -> 192, an event noun whose agent is the army the sentence speaks of -> "
      "nominal (held-out 22/23: 'Israeli-occupied Golan' nominal 192), target of the occupation -> bare MDA "
      "(guideline; borderline not coded as a characterization); 'a permanent source of tension and conflict' is an "
      "evaluation; 'the deployment of so-called peace-keeping forces' = the trilateral peacekeeping force of July "
      "1992, an event noun whose agent the sentence does not give, not coded (borderline nominal 074 RUS/MIL -> "
      "MDA)"),
 26: ([("support for the continuing efforts", "051", "AFG/GOV", "org:UN", False, A, N, True)],
      "Afghanistan (1997, the Rabbani government holding the seat -> AFG/GOV; the Taliban AFG/REB); a fragment cut by "
      "the splitter: '\u201csupport for the continuing efforts of the United' [Nations Special Mission to "
      "Afghanistan\u201d, following text], its frame 'We express our full' in the preceding text; the support noun is "
      "inside the sentence and its agent plain from the text around it (held-out 48/49: an event noun whose agent is "
      "plain only from the surrounding text is coded) -> nominal 051 AFG/GOV -> org:UN (UNSMA); the words are quoted "
      "from resolution 51/195 B but adopted as the speaker's own support (reported_by null; borderline reported_by "
      "org:UNGA); the Mission's efforts (mediation) are not named as an act, not coded (borderline nominal 045 org:UN "
      "-> the Afghan parties)"),
 27: ([("full support for President Mahmoud Abbas", "051", N, "PSE/GOV", False, D, N, True)],
      "Spain (2006); a fragment cut at ';' by the splitter, inside 'We must say \u201cyes\u201d to ...' (preceding "
      "text) = a deontic whose 'we' is the coalition for peace / the international community the speaker calls for -> "
      "demanded with no source (held-out 32/33: 'Now is the time to scale up our support', 'our' meaning all "
      "countries, a demanded act with no source); 'full support for President Mahmoud Abbas' = support for the "
      "Palestinian President -> 051, nominal, to PSE/GOV (borderline 070 for material support after the 2006 "
      "election, or source ESP/GOV)"),
 28: ([("We commend", "051", "FJI/GOV", "USA/GOV", False, A, N, False),
       ("bold action", "0356", "USA/GOV", N, False, A, N, True),
       ("welcome", "051", "FJI/GOV", "SUN/GOV", False, A, N, False),
       ("positive response by President Gorbachev", "030", "SUN/GOV", "USA/GOV", False, A, N, True)],
      "Fiji (1991); 'his' = President Bush (preceding sentence: 'The recently announced initiative by President Bush "
      "further to reduce nuclear weapons'); 'We commend his bold action' = praise 051 to USA/GOV; 'his bold action' = "
      "the Presidential Nuclear Initiatives, an event noun with its agent -> nominal 0356 with target null, as "
      "held-out 71 row 12 coded the same initiative (borderline not coded, its content lying in the preceding "
      "sentence); 'welcome the positive response by President Gorbachev' = 051 to SUN/GOV (guideline: USSR -> SUN), "
      "and the response itself = a positive answer to the US initiative -> nominal 030 SUN/GOV -> USA/GOV (held-out "
      "8: 'responded to the ... Call to Action' 030; borderline 0356 for Gorbachev's own announced reductions)"),
 29: ([("terrorist attacks", "180", "ARM/GOV", "AZE", False, A, N, True),
       ("imposed on Azerbaijan by neighbouring Armenia", "190", "ARM/GOV", "AZE", False, A, N, False)],
      "Azerbaijan (2001); 'Azerbaijan suffered from a series of horrific terrorist attacks that were part and parcel "
      "of the conflict imposed on Azerbaijan by neighbouring Armenia' = terrorist attacks on Azerbaijan -> 180 "
      "(guideline: unspecified violence by non-state groups 180), nominal; the sentence ties them to Armenia's "
      "conflict, so the agent is taken as ARM/GOV (borderline source null, as the sets' agentless terrorist attacks "
      "180 with no source), the victim country -> bare AZE; 'the conflict imposed on Azerbaijan by neighbouring "
      "Armenia' = the Nagorno-Karabakh war -> 190 (guideline: war, aggression), the participle with its agent "
      "carries the act -> not nominal, ARM/GOV -> bare AZE (guideline: target of an invasion)"),
 30: ([], "Tajikistan (2013): 'That meeting [the Intergovernmental Commission TRACECA in Dushanbe] was followed ... by "
          "the High-level International Conference on ... Road Transport' = conference nouns without an agent in the "
          "sentence (guideline: 'the meeting' not coded); Tajikistan's hosting is implied by the venue of the "
          "preceding sentence only (borderline nominal 043 TJK/GOV with no target)"),
 31: ([("tripartite\nagreement", "057", "MRT/GOV", "org:UNHCR", False, A, N, True),
       ("tripartite\nagreement", "057", "MRT/GOV", "SEN/GOV", False, A, N, True)],
      "Mauritania (2012); 'the tripartite agreement with the Office of the UNHCR, on the one hand, and the Government "
      "of the host State, the sister Republic of Senegal, on the other' (2007, on the return of Mauritanian refugees, "
      "following sentence) = an agreement named by its parties -> nominal 057 (held-out 38/39), one event per "
      "counterpart (guideline: compound split) -> org:UNHCR and SEN/GOV; 'has sought to fulfil all the obligations and "
      "commitments it undertook' = complying with obligations, not codable (guideline), and the commitments are "
      "those of the same agreement, coded once; 'host State' names Senegal's role, not an event in the sentence "
      "(borderline 075 SEN/GOV -> MRT/CVL for hosting the refugees)"),
 32: ([("like to see tangible assistance extended", "103", "UGA/GOV", N, False, A, N, False)],
      "Uganda (1997); 'we would like to see tangible assistance extended to the Democratic Republic of the Congo "
      "without delay or preconditions' = a call for aid to the new Kabila government, 'would like to see' a "
      "politeness form of a demand, asserted (held-out 30/31: 'we expect more support, especially by the EU' is a "
      "request) -> demand aid 103, the donors unnamed -> target null; the aid itself (Y) is not coded separately "
      "(guideline; borderline instead a demanded 070 null -> COD/GOV, or not coded as optative, held-out 32/33: "
      "hopes about others' aid)"),
 33: ([("make our testimony and accumulated experience", "064", "SLV/GOV", N, False, D, N, False)],
      "El Salvador (2004); 'We believe that the time has come to make our testimony and accumulated experience, both "
      "during the political negotiations for peace and the peace-building phase, available to other peoples' = 'now "
      "is the time for X to' -> demanded (guideline), X = El Salvador itself; sharing its experience = share "
      "information 064, the recipients 'other peoples' uncoded -> target null (borderline 030 asserted, as an offer "
      "of cooperation)"),
 34: ([("repeat our condemnation", "111", "SYR/GOV", N, False, A, N, False)],
      "Syria (2006); 'I repeat our condemnation of that act [the 11 September 2001 attacks, preceding sentence]' = a "
      "performed condemnation -> 111 (guideline), the perpetrators unnamed -> target null (held-out 44/45: condemning "
      "attacks by unnamed perpetrators is 111 with no target); 'our sympathy with the victims' is condolence "
      "(held-out 46/47: not coded); 'that heinous terrorist crime' is a demonstrative noun without an agent "
      "(guideline: not coded)"),
 35: ([], "Iran (2005): 'the future of the world is intertwined with its current state and with the prevailing trends' "
          "= a reflection, no act"),
 36: ([], "United Arab Emirates (1998): a fragment cut by the splitter, 'We also call for reactivating the role of the "
          "International' [Court of Justice, following text] = a call with no addressee about the role of a principal "
          "UN organ, a UN reform position (held-out 54-61: left uncoded; held-out 52/53: urging Council reform with "
          "no addressee not coded; held-out 80 row 54) -> not coded (borderline 107 or 1044 ARE/GOV with no target, "
          "since the speech goes on to the Gulf disputes)"),
 37: ([], "Guatemala (2002): 'The peace agreements were our second declaration of independence' = the 1996 peace "
          "agreements named without their parties in the sentence (guideline: event nouns without an agent not "
          "coded), evaluated (borderline nominal 057 GTM/GOV -> GTM/REB)"),
 38: ([], "Sierra Leone (1999): 'a truth and reconciliation commission was provided for in the agreement' = an "
          "agentless passive about a provision of the Lom\u00e9 agreement; 'the agreement' is a definite noun without "
          "its parties in the sentence, not coded (borderline nominal 057 SLE/GOV -> SLE/REB)"),
 39: ([], "Romania (2017): 'Let me welcome the theme of the seventy-second session of the General Assembly' = a "
          "welcome of a theme, not of an actor's act (held-out set 1 row 119: 'welcomes the session's theme (not an "
          "actor)' not coded; borderline 051 ROU/GOV -> org:UNGA)"),
 40: ([], "Greece (2004): the athletes at the Athens Olympics 'proved that the aspirations of all sides can ... lead "
          "to a strengthening of friendship, solidarity and cooperation' = an evaluation, uncoded actors, no act"),
 41: ([("We strongly condemn", "111", "DNK/GOV", "SYR/GOV", False, A, N, False),
       ("violence", "175", "SYR/GOV", "SYR/CVL", False, A, N, True),
       ("killings of peaceful demonstrators", "202", "SYR/GOV", "SYR/CVL", False, A, N, True)],
      "Denmark (2011); 'We strongly condemn the violence and the killings of peaceful demonstrators' in Syria "
      "(preceding sentence: 'More than 2,600 people in Syria have died during the popular uprising') = 111 "
      "(guideline), the target taken from the context (guideline: 'we condemn this aggression'; following sentence: "
      "'pressure on the Syrian regime') -> SYR/GOV; 'the violence' against the protesters = repression 175 (held-out "
      "40/41: a government that 'responded with violence' to protests is 175) and 'the killings of peaceful "
      "demonstrators' = killings of many civilians 202 (guideline; held-out 81 row 7: Syrians killed daily under the "
      "regime's fire 202), event nouns whose agent is plain from the surrounding text (held-out 48/49) -> nominal "
      "SYR/GOV -> SYR/CVL, one per code (held-out 32/33; borderline one event only, or 1823)"),
 42: ([("We welcome also the presence", "051", "MRT/GOV", "LIE/GOV", False, A, N, False)],
      "Mauritania (1990); 'We welcome also the presence amongst us of the delegation of the Principality of "
      "Liechtenstein and extend our warm congratulations on their admission to the United Nations' = a welcome of a "
      "new member state -> 051 to LIE/GOV (held-out 81 row 29); the congratulations are praise of the same pair, "
      "coded once (borderline a second 051); the admission itself is a UN membership act, not coded (held-out 54-61)"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Cape Verde (1991): 'A new international order seems to be taking shape ...' = a description, no act"),
 44: ([], "Mexico (2008): 'To defend nature is to defend humankind' = the end of a quotation of Octavio Paz, a maxim, "
          "no act"),
 45: ([], "Austria (2005): 'we need to reach out to the Islamic world, both internationally and inside our societies' "
          "= a deontic with 'we' meaning the Western or all states (held-out 42/43), toward an uncoded collective; "
          "null-null, not coded (borderline demanded 030 AUT/GOV with no target)"),
 46: ([("continues to encourage", "051", "RWA/GOV", "PRK/GOV", False, A, N, False),
       ("continues to encourage", "051", "RWA/GOV", "KOR/GOV", False, A, N, False)],
      "Rwanda (1991); 'Rwanda also continues to encourage all efforts aimed at the peaceful and independent "
      "reunification of the Korean nation' = endorsement of a process -> 051 to its named parties (held-out 8: "
      "support aimed at a process goes to its named parties; held-out 48/49: welcoming cross-Strait dialogue 051 to "
      "each side), 'the two Koreas' named in the same sentence -> PRK/GOV and KOR/GOV (borderline one 051 with no "
      "target as an abstract position); 'hopes that the admission of the two Koreas ... will contribute' = an "
      "optative hope about UN membership, not coded"),
 47: ([], "Rwanda (2003): 'As I said at the beginning of my statement, the major challenges in the world today include "
          "poverty;' = the speaker's own past statement listing challenges, cut at ';' by the splitter, no act"),
 48: ([], "Mexico (1996): 'Mexico recognizes and scrupulously respects the sovereign right of every nation to determine "
          "the rules ... for the admission of foreign workers' = an attitude toward a principle, not diplomatic "
          "recognition (054) of an actor; no act"),
 49: ([("did likewise with the Jordanians", "057", "ISR/GOV", "JOR/GOV", False, A, N, False)],
      "Israel (Peres, 2001); 'We did likewise with the Jordanians' = 'Israel made peace with Egypt and returned all "
      "the land and water' (preceding sentence) -> the 1994 peace treaty with Jordan, the missing content taken from "
      "the context (guideline) -> sign formal agreement 057, the peace concluded with the state -> JOR/GOV "
      "(borderline JOR/CVL for 'the Jordanians', or a second event 0842 for the return of land and water); 'not "
      "because of terror, but because terror came to an end' = agentless terror, no act"),
 50: ([], "Paraguay (2004): 'my Government inherited a situation characterized by economic stagnation ...' = a "
          "domestic description, no act between actors"),
 51: ([("place on record Botswana's appreciation", "051", "BWA/GOV", "ZAF/GOV", False, A, N, False)],
      "Botswana (2002); 'I also wish to place on record Botswana's appreciation of the efforts and determination of "
      "President Mbeki of South Africa' = a performed expression of appreciation -> praise 051 (guideline) to "
      "ZAF/GOV; the noun is the speaker's own act performed by 'place on record' -> not nominal (as 'reaffirms its "
      "solidarity'); Mbeki's efforts (mediation on the DRC, following sentence) are not named as an act in the "
      "sentence, not coded (borderline nominal 045 ZAF/GOV -> COD/GOV)"),
 52: ([], "Uruguay (2012): 'An independent judicial system ... is necessary for the genuine rule of law' = a general "
          "statement, no act"),
 53: ([], "Saint Lucia (2006): 'To assist developing countries ... there is a need to establish a global renewable "
          "energy and energy efficiency fund' = an agentless need; the aid would go to uncoded developing countries, "
          "null-null, not coded"),
 54: ([], "Andorra (2010): 'the United Nations has taken many actions to promote disarmament, development and the rule "
          "of law and democratic practices, and it continues to do so' = a general description of the Organization's "
          "work with no specific act and no counterpart (borderline 070 org:UN with no target)"),
 55: ([], "Mauritius (2013): 'Small developing countries are very concerned about the slowdown in global growth ...' = "
          "expressed concern (01x, not coded) of an uncoded collective"),
 56: ([], "Russia (2010): 'That requires joint efforts by Governments, international financial and trade institutions, "
          "the private sector and civil society' = an abstract requirement over uncoded collectives, no act"),
}
