"""Hand annotations for the NINETIETH held-out event gold set (source of events-heldout90.jsonl).

Keyed by the row index of selection-heldout90.jsonl (output of select_bulk_heldout.py 90; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout90.jsonl \
        --annotations annotations_heldout90 --output events-heldout90.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Bahrain (2008): 'That is a task the international community must undertake in a spirit of cooperation' = "
         "a deontic for an uncoded collective with no counterpart and no codable behaviour; 'they will not forgive "
         "our mistakes' = future generations' judgement, figurative, no act between actors (the negation bears on "
         "no event)"),
 1: ([("Soviet occupation", "192", "SUN", "LTU", False, A, N, True)],
     "Lithuania (2008); 'following the Soviet occupation, my country regained independence' = an occupation noun "
     "with its agent named by the adjective -> nominal 192 (guideline: occupy 192), the historic state -> bare SUN "
     "(first set: 'Soviet-occupied' 192 from SUN; guideline: USSR -> SUN; borderline SUN/MIL or SUN/GOV), the "
     "country as a whole -> bare LTU (guideline: target of an invasion); 'regained independence' is no act between "
     "actors; 'joined the United Nations' = a UN admission (held-out 54-61: admissions and membership positions "
     "uncoded; borderline 057 to org:UN); 'we were told that never again would Molotovs and Ribbentrops dare to "
     "decide the future of other nations' = an assurance by unnamed tellers about figurative 'Molotovs and "
     "Ribbentrops' (a type, not actors), negated and hypothetical at most, not coded"),
 2: ([], "Marshall Islands (2013): 'Simply repeating well-worn negotiation slogans has not got the world anywhere' = "
         "an agentless evaluation of climate diplomacy; the negation bears on an outcome, no act between actors"),
 3: ([("will not be", "120", "KNA/GOV", "ZAF/GOV", False, A, N, False),
      ("we call upon", "100", "KNA/GOV", N, False, A, N, False)],
     "Saint Kitts and Nevis (1990); 'We in Saint Kitts and Nevis will not be ... lulled into tacit acceptance of "
     "aparteid by token gestures of conciliation' = a performative non-acceptance by the speaker (guideline: 'we "
     "will never accept it' is 12x with negated false) -> 120 asserted, aimed at the apartheid Government -> "
     "ZAF/GOV (the previous sentences: Mandela's release and the unbanning of the ANC as the gestures; borderline "
     "not coded as a statement of resolve, or target null); 'we call upon all nations to not allow themselves to "
     "be' lulled = a request (guideline: call on -> 10x) to an uncoded collective -> target null (held-out 77 row "
     "10: calls to uncoded collectives coded with target null), Y = keeping up the pressure against apartheid, no "
     "specific CAMEO sub-code -> 100 (borderline not coded, Y an attitude rather than a behaviour); the 'token "
     "gestures of conciliation' have no agent in the sentence, not coded (borderline a nominal 080 ZAF/GOV -> "
     "ZAF/OPP)"),
 4: ([("refuses to meet its assessed and legally due contributions", "1221", "USA/GOV", "org:UN", False, A, N,
       False)],
     "Malaysia (1996); 'That country' = the Organization's 'major donor country, the wealthiest nation in the "
     "world' (preceding sentence), i.e. the United States withholding its 1996 arrears (held-out 28/29: a state the "
     "speaker leaves unnamed is coded when the document makes it plain) -> USA/GOV; 'refuses to meet its assessed "
     "and legally due contributions' = an explicit refusal (guideline: REJECT, negated false) that takes the code of "
     "what was refused (held-out 34/35): paying assessed contributions is aid to the UN (held-out 56: 'pays ... its "
     "assessed contributions' 070), the assessment being the Organization's demand -> reject demand for economic "
     "aid 1221 (borderline 128 defy norms/law for 'legally due', or 121) to org:UN; 'yet insists on maintaining its "
     "hegemony on global management' = an evaluation of a stance with no codable Y, not coded (borderline a 100 "
     "USA/GOV -> org:UN)"),
 5: ([], "Italy (2016): 'They are challenges and threats for which borders no longer exist' = figurative threats "
         "(guideline: threat as risk), no actor; 'no longer' bears on borders, not an event"),
 6: ([], "Latvia (2011): 'Any proposed agreement on climate change action should be a reasonable compromise ... and "
         "does not exclude any of the major economies' = a norm about a future agreement among uncoded parties, no "
         "actor and no codable behaviour (borderline a demanded 057 null -> null)"),
 7: ([], "Cote d'Ivoire (2008): 'Economic globalization ... has not been beneficial to developing countries' = an "
         "evaluation of a process, no actor; the negation bears on an effect"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("are now in our territory", "192", "RWA/GOV", "COD", False, A, N, False),
      ("are now in our territory", "192", "UGA/GOV", "COD", False, A, N, False),
      ("are now in our territory", "192", "BDI/GOV", "COD", False, A, N, False)],
     "DR Congo (1999); 'these people who are now in our territory, who came from the hills, who came to defend their "
     "borders' = the foreign forces the speech names just before ('Our Rwandan, Ugandan and Burundi brothers must "
     "be solemnly requested ... to go back home'; 'The presence of these outsiders, their occupation') -> occupation "
     "192 (guideline), one event per occupier (guideline compound split), the states named -> RWA/GOV, UGA/GOV, "
     "BDI/GOV (borderline /MIL, 'They brought soldiers'), the country as a whole -> bare COD; 'who came to defend "
     "their borders' is the same entry into the territory, coded once (guideline: repeated mention), 'to defend' "
     "its stated purpose; 'our efforts were stopped cold by these people' = the effect of the same war on the "
     "Congolese planting (borderline a 190 per invader); 'their borders that, according to them, were threatened "
     "by genocidal bands in our country' = the invaders' claim (reported_by RWA/GOV, UGA/GOV, BDI/GOV) of a "
     "security risk from the Hutu militias, 'threatened' meaning endangered (guideline: threat as risk), not coded "
     "(borderline a 138 RWA/REB -> RWA reported by each claimant)"),
 # --- UNGDC 1990-2019 random: future
 9: ([("will play a constructive part in negotiations", "036", "POL/GOV", N, False, F, N, False)],
     "Poland (2000); 'We will play a constructive part in negotiations on this problem' = the negotiations on the "
     "UN scale of assessments (preceding sentence) -> a future negotiation, 036 future (guideline: future "
     "cooperative acts get 03x, 036 for meetings; held-out 77 row 14: 'resume bilateral talks' 036 future), the "
     "other Member States uncoded -> target null (held-out 32/33: an intent to take part in a UN process is 036 "
     "future with no target; borderline org:UNGA, the Fifth Committee)"),
 10: ([], "Bahamas (1999): 'It is our hope ... that the Beijing review will result in strategies to further engage "
          "the international community in support of the world's women' = an optative hope about an agentless "
          "review and an uncoded collective (held-out 5: hopes about others' acts not coded)"),
 11: ([], "Pakistan (2012): 'Regional cooperation and connectivity will bring us closer and bind us together' = a "
          "cooperation noun with no parties named in the sentence ('us' = the countries of the region, an uncoded "
          "collective), an expected effect; not coded (guideline: event nouns without an agent; borderline a "
          "nominal future 050 PAK/GOV -> IND/GOV from the preceding talk of normalizing trade relations)"),
 # --- UNGDC 1990-2019 random: demand
 12: ([], "Denmark (2007): 'Donors must actively support partner countries in achieving gender equality' = a "
          "deontic between uncoded collectives (donors, partner countries), null-null, not coded (held-out 77 rows "
          "19, 28; borderline a demanded 070 null -> null)"),
 13: ([("peacekeeping operation", "074", "org:UN", "XKX", False, A, N, True)],
      "Spain (2000); the sentence starts at 'Interim Administration Mission in Kosovo' (the splitter cut after 'The "
      "difficulties faced by the United Nations'), the subject being UNMIK; 'what is probably the peacekeeping "
      "operation with the widest-ranging objectives ever undertaken by the United Nations' = the UN's operation in "
      "Kosovo with its agent named -> nominal 074 (held-out 22/23: a 'positive role as a peacekeeping contributor' "
      "nominal 074) org:UN -> XKX (guideline: Kosovo -> XKX; borderline YUG, the state of 2000); 'should not "
      "overshadow its achievements' is an evaluation, not coded; borderline the whole row not coded as a "
      "description of a mission"),
 14: ([], "Brazil (2002): 'the form and content of each task must be defined through dialogue' = an agentless deontic "
          "about multilateral method, no actor (borderline a demanded 040 null -> null)"),
 15: ([], "Kenya (2012): 'we must invest first in the prevention of disputes' = 'we' meaning the community of nations "
          "(preceding sentence, held-out 42/43: 'we' meaning all states not coded), a policy goal"),
 16: ([], "Cameroon (1998): 'the international community must increase its assistance to that continent' = a "
          "deontic aid demand from an uncoded collective to a continent (no country code), null-null, not coded "
          "(held-out 77 row 19: debt relief for the countries of Africa not coded; borderline a demanded 070 null -> "
          "null)"),
 17: ([], "Kyrgyzstan (2011): 'Palestine and Israel should become good neighbours on the basis of the two-State "
          "solution' = a deontic whose Y is a state of relations, not a codable behaviour (guideline: 'form a "
          "government' not coded); borderline a demanded 050 (or 057) PSE/GOV -> ISR/GOV; the Secretary-General's "
          "call to return to the table lies in the preceding sentence"),
 # --- UNGDC 1990-2019 random: cue
 18: ([("It is deplorable", "110", "NAM/GOV", N, False, A, N, False)],
      "Namibia (2009); 'It is deplorable that ... colonialism is still an issue with which this Organization has to "
      "deal' = the speaker's disapproval (held-out 6: 'it is regrettable' 110; held-out 12/13: 'it should be deplored "
      "that' the speaker's 110), the persistence of colonialism having no agent in the sentence (Western Sahara "
      "follows, Morocco never named) -> target null (held-out 44/45: condemning attacks by unnamed perpetrators "
      "111 with no target); borderline not coded as an evaluation of a situation"),
 19: ([("deviation", "128", "ISR/GOV", N, False, A, N, True),
       ("excessive force", "190", "ISR/GOV", "PSE", False, A, N, True)],
      "Oman (2002); 'the Israeli Government's deviation from the fair principles and foundations established at the "
      "1991 Madrid Conference' = departing from agreed principles of the peace process, agent named -> nominal 128 "
      "defy norms (held-out 34/35: 'flouting of the resolutions' nominal 128; held-out 44/45: a violation of "
      "agreements 128), the Madrid framework's several counterparts -> target null (borderline PSE/GOV, the "
      "Israeli-Palestinian track named in the preceding sentence); 'the desire of successive Israeli Governments "
      "since 1996 to impose peace through excessive force' = the military force used against the Palestinians "
      "(2002) -> nominal 190 ISR/GOV -> bare PSE (guideline: generic military action 190; borderline 175 "
      "repression, or hypothetical as the object of a 'desire')"),
 20: ([("to assure you of the cooperation", "030", "OMN/GOV", "org:UNGA", False, A, N, False)],
      "Oman (2014); 'I would also like to assure you of the cooperation of the delegation of the Sultanate of Oman in "
      "working with you' = an assurance of cooperation to the President of the General Assembly -> 030 to org:UNGA "
      "(held-out 38/39, 48/49: assurances of cooperation to the PGA 030 to org:UNGA), 'would like to' "
      "performative -> asserted"),
 21: ([], "Belarus (1992): 'The removal of the threat of nuclear war' = an agentless development and a threat as risk "
          "(guideline), 'the growing burdens technology imposes' has no actor; nothing coded"),
 22: ([], "Uruguay (2005): 'neither privileges nor condemnations are allowed' = a figurative description of a common "
          "task, no actor; 'condemnations' names no act"),
 23: ([], "Trinidad and Tobago (2001): 'remains committed to the agreement on the economic and environmental goals "
          "of the United Nations' = a commitment to abstract goals (held-out 76 row 45: 'firmly committed to the "
          "goals set by these conferences' not coded), an abstract policy position; borderline 030 TTO/GOV -> "
          "org:UN"),
 24: ([], "Togo (2014): the domestic poverty trend and business climate, job creation programmes = domestic policy, "
          "no act between actors"),
 25: ([], "Niger (1998): 'The marginalization of the African continent ... calls for the establishment of an "
          "international mechanism' = an inanimate subject that 'calls for' in the sense of 'requires', not a "
          "request act; agentless"),
 26: ([], "Sierra Leone (1993): 'We believe that the support of the international community is indispensable to "
          "dealing with the disastrous consequences of the presence of such mines' = the mines of 'the third world' "
          "in general (preceding sentences), so an uncoded collective's support to uncoded beneficiaries, null-null, "
          "not coded (borderline a demanded 070 null -> SLE/GOV as a statement of need, held-out 46/47); the EC "
          "initiative welcomed lies in the preceding sentence"),
 27: ([], "Costa Rica (1994): 'we Costa Ricans wish to rid ourselves of such self-deception' = a domestic resolve "
          "about development choices, no act between actors"),
 28: ([], "Trinidad and Tobago (2014): percentages of development targets met, statistics, no act"),
 29: ([("We fully support", "051", "AUT/GOV", "org:ECOWAS", False, A, N, False),
       ("We fully support", "051", "AUT/GOV", "org:AU", False, A, N, False)],
      "Austria (2012); 'We fully support the efforts by the Economic Community of West African States and the African "
      "Union to try to find ... a lasting political solution to the crisis in Mali' = verbal support (guideline: 051; "
      "borderline 050) for the efforts of named bodies -> one 051 per organisation (guideline compound split; "
      "held-out 8: support aimed at a process goes to its named parties), org:ECOWAS and org:AU; the efforts "
      "themselves ('to try to find') are too vague to code (borderline a nominal 045 mediation per organisation "
      "to MLI/GOV); 'together with the United Nations' = the organisations' cooperation with the UN inside that "
      "tentative infinitive, not coded (borderline a nominal 050 org:ECOWAS/org:AU -> org:UN)"),
 30: ([], "Romania (2014): 'all countries of Eastern Europe and the Black Sea region have shared and openly declared "
          "the common goals of peace and cooperation' = declarations (01x, not coded) of an uncoded collective that "
          "includes the speaker, no counterpart"),
 31: ([("terrorist attacks", "180", N, "USA", False, A, N, True)],
      "Andorra (2004); 'the terrorist attacks on New York and Washington' = the 11 September attacks, attackers not "
      "named in the sentence -> nominal 180 with no source, one per victim country (held-out 54-61: an agentless "
      "terrorist attack 180 with no source; earlier sets coded these attacks 180 null -> USA), New York and "
      "Washington being places, not metonyms; 'the worldwide outpouring of sympathy' = condolence, not coded "
      "(held-out 46/47); 'that changed perception is profoundly troubling' is an evaluation (the pre-emptive "
      "doctrine lies in the preceding sentence)"),
 32: ([], "Greece (2003): 'the world's citizens put great faith in the power of the United Nations to respond to the "
          "potential threat of weapons of mass destruction' = a sentiment of an uncoded collective about a capacity "
          "of the UN; 'potential threat' is a risk (guideline); nothing coded"),
 33: ([("has welcomed all", "051", "ARM/GOV", N, False, A, N, False),
       ("favourable response", "0356", "ARM/GOV", "org:OSCE", False, A, N, False),
       ("cease-fire appeal made by the President of the Minsk group", "1056", "org:OSCE", "ARM/GOV", False, A, N,
        True),
       ("cease-fire appeal made by the President of the Minsk group", "1056", "org:OSCE", "AZE/GOV", False, A, N,
        True)],
      "Armenia (1992); 'Armenia has welcomed all proposals made to date' for a cease-fire -> 051 (guideline: welcome "
      "051), their authors (several mediators) not named -> target null (borderline 036/037 as acceptance of the "
      "proposals); 'has just given an unconditional and favourable response to the cease-fire appeal' = accepting a "
      "cease-fire -> intent to de-escalate 0356 asserted (held-out 48/49: 'No more war' 0356; held-out 8: 'responded to the "
      "Call to Action' 030 to the caller; borderline 030), to the appeal's author -> org:OSCE (the CSCE of 1992 is "
      "org:OSCE; borderline AZE/GOV, the other side of the cease-fire); 'like the parliament of Nagorno-Karabakh' = "
      "a breakaway body with no code (held-out 9), dropped (held-out 4 compound rule); 'the cease-fire appeal made by the "
      "President of the Minsk group of the CSCE' = a nominal request of its author (held-out 14/15: the echoed call "
      "a nominal request) -> de-escalation 1056 (guideline), one per addressee the document names: Armenia, which "
      "answered it, and Azerbaijan, which 'did not adopt the same position' (following sentence) (borderline ARM/GOV "
      "only); 'In order to bring about the required cease-fire' is the purpose"),
 34: ([("congratulating", "051", "SLE/GOV", "org:UNGA", False, A, N, False),
       ("to assure him", "030", "SLE/GOV", "org:UNGA", False, A, N, False)],
      "Sierra Leone (2009); 'congratulating Mr. Ali Abdussalam Treki on his assumption of the presidency of the "
      "General Assembly' -> 051 to org:UNGA (held-out 44/45: commending the Assembly President's election 051 to "
      "org:UNGA); 'to assure him of my delegation's support and cooperation' = an assurance to the PGA -> 030 to "
      "org:UNGA (held-out 38/39, 48/49), 'support and cooperation' one assurance, coded once (borderline a second "
      "event 032, as held-out 76 row 40 'assure you of my Government's support'); 'I would like to' performative -> "
      "asserted"),
 35: ([("I congratulate and welcome", "051", "TZA/GOV", "SSD/GOV", False, A, N, False),
       ("assure them of", "030", "TZA/GOV", "SSD/GOV", False, A, N, False)],
      "Tanzania (2011); 'I congratulate and welcome the newest member of the United Nations family, the Republic of "
      "South Sudan' = congratulation and welcome, one act to one party -> 051 to SSD/GOV (the UN admission itself "
      "is agentless and uncoded, held-out 54-61); 'and assure them of Tanzania's continued friendship and "
      "cooperation' = an assurance of cooperation -> 030 asserted to SSD/GOV (held-out 38/39: assurances of "
      "cooperation 030; borderline 050 for a continuing relationship)"),
 36: ([], "Benin (2019): 'The high-level events held ... were opportunities for exchange and engagement' = UN meetings "
          "of the whole membership (uncoded collective) described and evaluated, no named participants; not coded "
          "(borderline a nominal 040 BEN/GOV -> org:UN)"),
 37: ([], "Egypt (1992): 'Our responsibility is to support the process of dialogue and negotiations ... in South "
          "Africa' = 'our' meaning the international community the preceding sentences address ('I therefore urge "
          "the international community to shoulder its responsibilities') (held-out 42/43: 'we' meaning all states "
          "not coded), and the negotiating parties are named neither in the sentence nor nearby; borderline a "
          "demanded 051 EGY/GOV -> ZAF/GOV and ZAF/OPP, with the negotiations a nominal 046 ZAF/GOV -> ZAF/OPP"),
 38: ([("signed", "057", "BRA/GOV", N, False, A, N, False)],
      "Brazil (2000); the sentence is cut by the splitter at 'Brazil signed the Rome', completed as 'Statute' by the "
      "following text (held-out 44/45: a part cut off by the splitter is taken from the context) -> signing a "
      "multilateral treaty 057 with no target (held-out 48/49: joining the NPT 057 with no target; earlier sets: "
      "'signed the NPT' 057 null; borderline org:ICC); 'Efforts to establish an International Criminal Court have "
      "moved ahead' is agentless"),
 39: ([], "Colombia (1998): 'not a question of a simple, formal agreement ... but of a meeting of wills and a ... "
          "consensus regarding proposals' = figurative and abstract, about UN reform priorities (held-out 52/53, "
          "54-61: reform positions not coded), no actor"),
 # --- UNGDC 1990-2019 random: nocue
 40: ([("Venezuela echoes", "1042", "VEN/GOV", N, False, A, N, False),
       ("the call", "1042", "org:UN", N, False, A, N, True)],
      "Venezuela (2004); 'Venezuela echoes the call of the Secretary-General, Mr. Kofi Annan, that all the nations "
      "that proclaim the rule of law in their territory respect it abroad' = echoing a call is the speaker's own "
      "request and the call itself a nominal request of its author (held-out 14/15; 'echo the call' coded 1042 in an "
      "earlier set) -> Y = a change in foreign conduct -> demand policy change 1042 (borderline generic 100), the "
      "Secretary-General -> org:UN; the addressees are an uncoded class of nations (the preceding sentence aims "
      "at unnamed powers that 'impose their will by military force') -> target null for both (borderline USA/GOV, "
      "never named)"),
 41: ([], "Nicaragua (2013): the 2006 maternal mortality rate, a statistic, no act"),
 42: ([], "Cape Verde (2005): doubts about achieving the Millennium Development Goals = an evaluation, no act"),
 43: ([], "Slovenia (1995): 'This is especially necessary in our times' = an evaluation, no act"),
 44: ([], "Georgia (2019): 'Georgia therefore updated its nationally determined contribution' under the climate "
          "Convention = a national climate plan submitted under a treaty (held-out 50/51: submitting a national "
          "report not coded), domestic emissions policy; no act between actors (borderline 030 GEO/GOV -> null)"),
 45: ([], "Saint Kitts and Nevis (2015): adding waste-to-energy and geothermal energy = domestic energy policy, no "
          "act between actors"),
 46: ([], "Sierra Leone (2019): educational aims = domestic policy, no act"),
 47: ([], "Israel (1993): 'And who will comply with the State where suspicion intercepts the enterprising spirit of "
          "the people?' = a rhetorical question about state control of economies in general, no actor and no "
          "codable event"),
 48: ([], "Mauritius (1996): a new interpretation of the concept of regional blocs = an abstract description, no "
          "actor"),
 49: ([("made immediate financial and other tangible contributions", "070", "ATG/GOV", "DMA/GOV", False, A, N,
        False)],
      "Antigua and Barbuda (2015); 'We made immediate financial and other tangible contributions to Dominica' after "
      "tropical storm Erika; 'we' = the Caribbean countries acting 'within the limited capacity of our respective "
      "States members of the Caribbean Community' (preceding sentence), a collective including the speaker, coded "
      "for the one member named (held-out 26/27: a collective naming one member is coded for it; borderline "
      "org:CARICOM) -> ATG/GOV; one aid noun covering several kinds -> one 070 (held-out 20/21; borderline 073 "
      "humanitarian relief or 071 for the financial part), to Dominica -> DMA/GOV (borderline DMA/CVL, 'its "
      "suffering people')"),
 50: ([], "Marshall Islands (2005): 'We are in the final stages of completing the' = a fragment cut by the splitter, "
          "completed by the following text as 'HIV/AIDS National Strategic Plan', a domestic plan; no act between "
          "actors"),
 51: ([], "Liechtenstein (2006): 'it is time to try our hand again at expanding the Council' = Security Council "
          "reform (held-out 52/53, 54-61: UN reform positions not coded)"),
 52: ([], "Solomon Islands (2002): 'We began this important work' = the new Government's domestic programme, no act "
          "between actors"),
 53: ([], "Australia (1994): 'If the international community is to respond ... this perspective has to be "
          "broadened' = a conditional about an uncoded collective's response to abstract challenges, no act"),
}
