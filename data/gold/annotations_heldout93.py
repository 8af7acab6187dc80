"""Hand annotations for the NINETY-THIRD held-out event gold set (source of events-heldout93.jsonl).

Keyed by the row index of selection-heldout93.jsonl (output of select_bulk_heldout.py 93; all rows come from
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
    python3 data/gold/build_events.py --selection selection-heldout93.jsonl \
        --annotations annotations_heldout93 --output events-heldout93.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Bhutan (2018): 'We must therefore act now and ensure ... that international support to tackle climate "
         "change, mobilized through the landmark Paris Agreement, does not waver' = 'we' meaning all states "
         "(held-out 42/43: not coded), the support flowing between uncoded collectives (held-out 54-61: acts "
         "between uncoded collectives left uncoded); 'does not waver' is a hoped-for continuity, not a negated "
         "event (borderline a demanded 070 null -> null)"),
 1: ([], "Switzerland (2004): 'I will never forget the whole-hearted welcome that Switzerland received on that "
         "occasion' = the Assembly's reception of Switzerland on its admission in 2002 (preceding sentence); "
         "'never' bears on the speaker's memory, not on the welcome (guideline: negation that bears on something "
         "other than the event); a welcome of an arriving party codes the act it shows (held-out 12/13: 'welcome "
         "Secretary Blinken to Delhi' codes the visit), here the UN admission, which is left uncoded (held-out "
         "54-61: UN admissions uncoded); borderline a nominal 051 org:UNGA -> CHE/GOV, or the speaker's gratitude "
         "as 051 CHE/GOV -> org:UNGA"),
 2: ([("We condemn", "111", "CAN/GOV", "IRN/GOV", False, A, N, False),
      ("refusal", "128", "IRN/GOV", "org:UNSC", False, A, N, True),
      ("refusal", "1245", "IRN/GOV", "org:IAEA", False, A, N, True)],
     "Canada (2009); 'We condemn' -> 111 (guideline) to IRN/GOV; 'Iran's continued refusal to respect Security "
     "Council resolutions and International Atomic Energy Agency (IAEA) obligations' = an explicit refusal "
     "(guideline: REJECT, negated false) that takes the code of what was refused (held-out 34/35), one refusal noun "
     "with two objects coded once per code (held-out 62 row 5): refusing to respect the Council's resolutions = "
     "defy norms 128 to org:UNSC (held-out 48/49: 'repudiated its obligations under the resolution' 128 to "
     "org:UNSC; borderline 1246, the refusal to implement a resolution), refusing the IAEA obligations (safeguards "
     "and inspections) -> 1245 to org:IAEA (held-out 38/39: refusing safeguards 1245 to org:IAEA; borderline 128), "
     "both nominal; 'continued' makes them ongoing -> asserted"),
 3: ([], "Nicaragua (2007): 'the minority on planet Earth who own the wealth, own the nuclear weapons, impose their "
         "policies on the Assembly and go over the heads of the Security Council' = an evaluative description of "
         "the capitalist, imperialist countries (preceding sentences; an uncoded collective) (held-out 47 row 9: "
         "'impose its own false perceptions on others' an evaluative description, not coded); 'will never be "
         "resolved' negates a process, not an event; borderline 170 null -> org:UNGA for imposing policies and 128 "
         "null -> org:UNSC for bypassing the Council"),
 4: ([("does not respect or comply with", "128", "ISR/GOV", N, False, A, N, False),
      ("taking", "1711", "ISR/GOV", "PSE", False, A, N, False),
      ("its construction", "191", "ISR/GOV", "PSE", False, A, N, True),
      ("the occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Bahrain (2004); 'It' = Israel (preceding sentence: 'Israel is increasing its oppressive measures'); 'does not "
     "respect or comply with international law and international legality' = defying the law, whose non-"
     "compliance is the act (the 'by taking' clause), so an asserted 128, not a negated event (held-out 61 row 28: "
     "'in gross violation of international conventions and norms' 128 with target null; borderline not coded as "
     "a description), no named party -> target null; 'taking areas of Palestinian land' = seizure of land -> "
     "confiscate property 1711 (held-out 10: 'taking their water' 1711; borderline 192 as an annexation of land), "
     "to the territory -> bare PSE; 'its construction of the so-called barrier' = the separation barrier, an event "
     "noun with its agent -> nominal 191 to PSE (held-out 40 row 31: 'the construction by Israel of the wall' 191 "
     "ISR/GOV -> PSE); 'which consolidates the occupation' = Israel's occupation, an event noun whose agent is plain "
     "from the text around it (held-out 48/49) -> nominal 192 to PSE (borderline not coded as an anaphoric noun); "
     "'the settlements' have no CAMEO code (held-out 61 row 28); 'extinguishes hopes' is figurative"),
 5: ([], "India (2016): 'We will not be able to win the fight against terrorism by making specious distinctions ... "
         "between terrorists who attack some and those who attack others' = 'we' meaning all states (held-out "
         "42/43), a general norm; the attacks are generic, by and against unnamed parties; 'will not be able' "
         "bears on success, not on an event; not coded"),
 6: ([], "Bangladesh (2010): 'terrorism will not be allowed on the soil of Bangladesh' = a domestic resolve with no "
         "counterpart; 'we are a party to all terrorism-related United Nations conventions' is a status (held-out "
         "63 row 2: 'Peru is a party to 12 United Nations conventions' a status; borderline 057 with no target); 'accord "
         "them our full support' = support for treaties with no counterpart (held-out 51 row 1, 66 row 15: support "
         "for a treaty not coded; borderline 051 BGD/GOV -> org:UNGA)"),
 7: ([("Bombings", "195", N, "AFG", False, A, N, True),
      ("Bombings", "195", N, "PAK", False, A, N, True)],
     "Iran (2009); 'Bombings in Afghanistan and Pakistan have not yet stopped' = ongoing bombings, 'not yet stopped' "
     "bearing on their end (guideline: negation that bears on something other than the event), so asserted; the "
     "bombers are not named in the sentence or the document (the speech speaks of occupation and interference "
     "without naming the states) -> source null (held-out 26/27: an agentless bombing coded with no source), one "
     "per country where they fall (held-out 54-61: an agentless attack one per victim country) -> bare AFG and PAK; "
     "bombardment -> 195 (guideline; borderline 183 for insurgent suicide bombings), nominal; 'the Guantanamo "
     "prison has not yet been shut down' = an agentless non-closure with no CAMEO code (borderline a negated 0841 "
     "USA/GOV), and 'there are still secret prisons in Europe' a state with no agent, not coded"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Namibia (2018): the youth yearning for opportunities; 'opportunities, not threats' is figurative (guideline: "
         "threat as risk), no actor"),
 9: ([], "Turkey (1999): 'the United Nations will continue to be the focal point of our collective endeavours' = a "
         "description of the Organization's role, no act"),
 10: ([], "Nigeria (2008): 'The same creativity and political will that was demonstrated in confronting blood diamonds "
          "... must be available ... in dealing with the blood oil that now threatens the Gulf' = a deontic with no "
          "named actor; 'threatens the Gulf' is figurative (guideline: threat as risk); not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "China (2015): 'We should firmly pursue green, low-carbon, circular and sustainable development' = 'we' "
          "meaning all states (held-out 42/43), a policy goal, not coded"),
 12: ([], "The former Yugoslav Republic of Macedonia (2005): 'the establishment of the human rights council must be "
          "seen as a powerful tool' = a UN reform position (held-out 54-61: reform positions uncoded), agentless"),
 13: ([], "Myanmar (1995): 'The enlargement should however be accompanied by measures to make it more effective' = "
          "Security Council reform (held-out 54-61: reform positions uncoded), agentless"),
 14: ([], "Gabon (1992): 'Nor should it be confined to mere declarations of intent' = 'it' = solidarity (preceding "
          "sentence), an abstract norm with no actor"),
 15: ([], "Uzbekistan (2001): 'we must ... quit the cautious and defensive stance adopted in the struggle against "
          "international terrorism and to go on the offensive' = 'we' meaning the entire international community "
          "(preceding sentences; held-out 42/43: not coded), the terrorists unnamed; null-null (borderline a "
          "demanded 190 null -> null)"),
 16: ([("we should like to stress", "051", "GNB/GOV", "org:UN", False, A, N, False),
       ("establishment of the peace", "045", "org:UN", "AGO", False, A, N, True)],
      "Guinea-Bissau (1996); 'we should like to stress the important role of the United Nations, the Troika and the "
      "Special Representative of the Secretary-General, Mr. Blondin Beye, in the establishment of the peace process "
      "in Angola' = a performative acknowledgement of their role -> 051 (held-out 8: acknowledging a government's "
      "progress 051; borderline not coded as a statement, held-out 35 row 10), the United Nations and the "
      "Secretary-General's Special Representative -> org:UN, coded once for that pair; the Troika (the observer "
      "states) has no code and the document names none of its members -> dropped (held-out 12/13); their role in "
      "establishing the peace process = mediation -> nominal 045 (held-out 54-61: a facilitation or mediation of "
      "an organisation is a nominal 045 to each party), the Angolan parties are not named in the document -> the "
      "bare country AGO (held-out 62-73: a development inside a named country whose parties are not named goes to "
      "the bare country; borderline AGO/GOV and AGO/REB for UNITA, or target null)"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("is grateful", "051", "KNA/GOV", "org:UNGA", False, A, N, False),
       ("is grateful", "051", "KNA/GOV", "org:UN", False, A, N, False),
       ("its support", "070", "org:UN", N, False, A, N, True)],
      "Saint Kitts and Nevis (2016); 'is grateful to the General Assembly for its continued advocacy, as well as to "
      "the Joint United Nations Programme on HIV/AIDS' = thanks -> 051 per body thanked (held-out 28/29: thanks to "
      "UN funds and programmes go to each one named), the Assembly -> org:UNGA, UNAIDS -> org:UN (held-out 37 row "
      "25: UNAIDS, a UN programme, stands for org:UN); 'for its support to the Pan-Caribbean Partnership against "
      "HIV and AIDS' = UNAIDS's support, its agent from the thanks (held-out 24/25) -> nominal 070 (borderline 051 "
      "verbal support), the Partnership has no code -> target null (borderline org:CARICOM, whose body it is, a "
      "fact the document does not state); the Assembly's 'continued advocacy' has no named addressee, not coded; "
      "'has been declared an example of ... best practices' is an impersonal passive evaluation (held-out 52/53)"),
 18: ([("is organizing a wide-ranging discussion", "043", "BDI/GOV", "BDI/CVL", False, A, N, False)],
      "Burundi (1998); 'the political class within our country is organizing a wide-ranging discussion on the "
      "partnership to enable the people of Burundi to absorb the idea of peace' = the 1998 national debate on the "
      "political partnership between the Government and the National Assembly (preceding sentences) -> convening "
      "a discussion 043 (guideline: host/convene 043), ongoing -> asserted; the political class as a whole, led "
      "by the Government that speaks here -> BDI/GOV (borderline one event per sector, BDI/GOV, BDI/LEG and "
      "BDI/OPP for the registered parties, held-out 20/21), the people it is organized for -> BDI/CVL (borderline "
      "not coded as a domestic process, or 040 among the political class); the stabilization and restoration of "
      "peace are purposes"),
 19: ([], "Ethiopia (2007): 'It is not just the absence of conflict and dispute, but the reality of peace and "
          "cooperation, which is ... an absolute necessity' = an abstract norm for the region, no actor; 'not' "
          "bears on a contrast, not an event"),
 20: ([], "Bhutan (2012): 'I have reminded the Assembly each year that ...' = the speaker's own statement (01x, not "
          "coded); the solutions and measures of 'we' meaning all states (held-out 42/43) are an evaluation"),
 21: ([], "Sierra Leone (2002): 'Those goals are all underpinned by a strong belief in the principles of multilateral "
          "cooperation' = the Millennium Declaration goals (preceding sentence), a description; the commitment "
          "lies in the preceding sentence, not this one"),
 22: ([("express \nour strongest rejection", "120", "URY/GOV", N, False, A, N, False)],
      "Uruguay (2014); 'We would like to once again express our strongest rejection of it' = 'it' = 'the unjust "
      "blockade imposed against Cuba' (preceding sentence) -> a performative rejection by the speaker, 'would like "
      "to' performative -> asserted, REJECT 120 (guideline; borderline 111 disapproval); the blockade's imposer is "
      "never named in the document (an agentless passive) -> target null (held-out 13/14: an embargo on Cuba whose "
      "imposer is not named has no target; held-out 46/47: 'We utterly reject attacks' by unnamed agents 120 with "
      "no target; borderline USA/GOV from world knowledge); 'it' is an anaphoric event noun, the blockade not coded "
      "again here (borderline a nominal 163 null -> CUB)"),
 23: ([], "Honduras (2008): 'for each dollar that the international community contributes to cooperation, it "
          "allocates 10 dollars to the arms race' = acts of an uncoded collective with no named recipient (held-out "
          "54-61: acts between uncoded collectives left uncoded; borderline 070 null -> null)"),
 24: ([], "Myanmar (2016): 'Many of our shared concerns ... have already been discussed comprehensively in the "
          "Assembly' = an agentless passive about the general debate, the discussants being all Member States "
          "(held-out 42/43: 'we' meaning all states), no act between coded actors"),
 25: ([("strongly condemns", "111", "HUN/GOV", N, False, A, N, False)],
      "Hungary (2005); 'Hungary, along with its partners in the European Union and NATO, strongly condemns all forms "
      "of terrorism' -> 111 (guideline), terrorism with no named perpetrator -> target null (held-out 53 row 28: "
      "'Saint Lucia condemns terrorism in all its forms' 111 null); 'its partners in the European Union and NATO' = "
      "the member states as co-actors, an uncoded collective, dropped (held-out 76 row 36: 'With our European Union "
      "partners' dropped; borderline org:EU and org:NATO as second and third sources)"),
 26: ([], "Madagascar (2019): 'it is integrating ways of meeting the global challenges ... within its own national "
          "ambitions and projects' = domestic policy; membership of the UN is a status; no act between actors"),
 27: ([("has welcomed", "051", "MNG/GOV", "KOR/GOV", False, A, N, False),
       ("has welcomed", "051", "MNG/GOV", "PRK/GOV", False, A, N, False),
       ("inter-Korean", "040", "KOR/GOV", "PRK/GOV", False, A, N, True)],
      "Mongolia (2018); 'has welcomed recent positive developments on the Korean peninsula, including the "
      "inter-Korean and other bilateral summits' = praise of developments -> 051 to each named party, the "
      "developments coded too (held-out 30/31; held-out 39 row 9: the same case in 2018, 051 to KOR/GOV and PRK/GOV); "
      "'the inter-Korean ... summits' = meeting nouns naming their participants -> nominal 040, symmetric, neither "
      "named first -> KOR/GOV -> PRK/GOV, coded once for the pair (held-out 39 row 9; borderline the reverse "
      "direction); the 'other bilateral summits' name no parties in the sentence or the document, not coded "
      "(borderline 040 PRK/GOV -> null); 'has been closely following' is observation; confidence-building is the "
      "effect"),
 28: ([], "Bulgaria (2013): 'Negotiations are the best way forward towards the ultimate goal' = an evaluation of the "
          "Israeli-Palestinian talks named in the preceding sentence; the noun has no agent in this sentence "
          "(guideline: event nouns without an agent not coded; borderline a nominal 046 ISR/GOV -> PSE/GOV)"),
 29: ([("We welcome", "051", "BWA/GOV", "GNB/MIL", False, A, N, False),
       ("mediation", "045", "org:ECOWAS", "GNB/MIL", False, A, N, True),
       ("mediation", "045", "org:AU", "GNB/MIL", False, A, N, True),
       ("has agreed to hand over", "0341", "GNB/MIL", "GNB/GOV", False, A, N, False)],
      "Botswana (2003); 'We welcome the news that ... the military in Guinea-Bissau has agreed to hand over power' -> "
      "051 to the party whose act is welcomed (held-out 76 row 29: a welcomed agreement 051 to its parties, the "
      "mediator not welcomed; borderline also 051 to org:ECOWAS and org:AU), the junta of the September 2003 coup "
      "(preceding sentence) -> GNB/MIL (guideline: military juntas MIL); 'through the mediation of the Economic "
      "Community of West African States (ECOWAS) and the African Union' -> nominal 045, one per mediator and party "
      "(held-out 8), the other Bissau-Guinean parties are not named -> to GNB/MIL only; 'has agreed to hand over "
      "power to a civilian interim administration' = an explicit intent verb stated as a fact (guideline: 03x "
      "asserted) -> intent to change leadership 0341 (borderline 0831 as a realised accession to demands for a "
      "change in leadership, or 057), to the incoming civilian administration -> GNB/GOV (held-out 16/17: a "
      "president-elect is the incoming government; borderline org:ECOWAS, the mediator it agreed with); the "
      "hand-over itself is the intent's Y, not coded separately; 'until elections are held' is agentless and "
      "future"),
 30: ([("we welcome", "051", "YEM/GOV", "SOM/GOV", False, A, N, False)],
      "Yemen (2009); 'we welcome the efforts of the Transitional Federal Government to secure peace and to extend its "
      "administration throughout Somali territory' -> 051 (guideline) to SOM/GOV; the efforts themselves are "
      "domestic and too vague to code (borderline 190 SOM/GOV -> SOM/REB for extending control over insurgent-held "
      "territory)"),
 31: ([], "Papua New Guinea (2019): 'We take seriously the importance of being a party to the Paris Agreement by "
          "adopting the measures needed' = a status and domestic measures (held-out 63 row 2: being a party is a status), "
          "no counterpart; not coded (borderline 0312 PNG/GOV -> null)"),
 32: ([], "Swaziland (2002): the food security situation exacerbated by the lack of clean water and HIV/AIDS = a "
          "description, no actor"),
 33: ([("welcomed", "051", "TUN/GOV", N, False, A, N, False)],
      "Tunisia (1995); 'Tunisia welcomed the signing of the Convention on chemical weapons' -> 051 (guideline), the "
      "signatories (all signing states, January 1993) an uncoded collective -> target null (held-out 54-61: "
      "welcoming a decision of an uncoded body 051 with no target; held-out 40 row 32: Tonga's welcome of a summit "
      "051 null); the signing itself has no coded party, not coded (borderline 057 null -> null)"),
 34: ([], "Seychelles (1992): 'Can we welcome the changes that have occurred ... the democratization of institutions' "
          "= a rhetorical question whose 'we' is the international community of the preceding sentence ('Have we the "
          "right today to denounce the corruption ... in many developing countries'; held-out 42/43: 'we' meaning all "
          "states), the democratizing countries an uncoded class; null-null, not coded (borderline 051 question "
          "SYC/GOV -> null); the democratization is domestic"),
 35: ([("I also welcome", "051", "DMA/GOV", "org:UNGA", False, A, N, False),
       ("the support", "051", "org:UNGA", "HTI", False, A, N, True)],
      "Dominica (2011); the splitter cut the sentence after 'the President of the'; the following text completes it "
      "as 'Assembly in keeping our sister island of Haiti on the global stage' (held-out 44/45: a part cut off by "
      "the splitter is taken from the context; held-out 37 row 25, 72 row 28: an object taken from the following "
      "text); 'I also welcome the support of the President of the [General] Assembly' = praise of the President's "
      "work -> 051 to org:UNGA (held-out 44/45: commending the Assembly President's election 051 to org:UNGA); the support "
      "itself, keeping Haiti on the global stage after the 2010 earthquake = advocacy, verbal support -> nominal "
      "051 (borderline 070), agent from the welcome (held-out 24/25: thanks 'for the ongoing support'), to the country as a whole -> bare HTI "
      "(borderline HTI/GOV); borderline not coded as a fragment whose object lies outside it"),
 36: ([], "Cambodia (2017): climate change 'presents a serious and unprecedented threat to global peace and security' "
          "= a figurative threat (guideline: threat as risk), no actor"),
 37: ([("In cooperation with", "050", "LVA/GOV", "org:UNDP", False, A, N, True)],
      "Latvia (2003); 'it' = the Government of Latvia (preceding sentence: 'The Government of Latvia is actively "
      "pursuing its commitments ... it has prepared'); 'In cooperation with the United Nations Development Programme "
      "office in Riga, it has also established a working group' = a cooperation noun naming its parties -> nominal "
      "050 (held-out 10/11: cooperation nouns a nominal 050; held-out 76 row 9: 'in collaboration with the United "
      "Nations' 050), the UNDP office -> org:UNDP (held-out 32/33, 48/49: org:UNDP; borderline org:UN), Riga the "
      "place; establishing the working group on child mortality is domestic, not coded"),
 38: ([], "Ireland (2004): 'They' = the Beslan attacks (preceding sentence); 'reinforce ... the absolute duty of "
          "Member States of the United Nations to cooperate effectively in identifying and bringing to justice those "
          "who plan ... terrorist acts' = a norm for all Member States (held-out 42/43: not coded), the terrorists "
          "unnamed; null-null (borderline a demanded 050 null -> null); the Beslan attack (RUS victims) lies in the "
          "preceding sentence, not this one"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Cambodia (2006): 'Addressing this crucial problem requires painstaking efforts at the national and "
          "international levels' = extreme poverty (preceding sentence), an abstract need with no actor"),
 40: ([], "Bahamas (1995): 'This constitutes a major step forward in the Middle East peace process' = an evaluation of "
          "the agreement on expanded Palestinian self-rule welcomed in the preceding sentence, an anaphoric noun "
          "(guideline: not coded; borderline a nominal 057 ISR/GOV -> PSE/GOV)"),
 41: ([], "Uruguay (2002): 'True solidarity is reflected not only in the undertaking of commitments at international "
          "summits and conferences' = a generic norm, commitments with no named actor"),
 42: ([], "Peru (2011): 'Citizens need access to health, education, housing ...' = a domestic need, no act between "
          "actors"),
 43: ([], "Uganda (2013): 'additional external funding, if it is focused, sizeable and on time, can be very useful' = "
          "a general evaluation of aid from unnamed providers (held-out 77 row 41: Uganda's 'Aid ... is welcome' not "
          "coded); borderline a nominal hypothetical 070 null -> UGA/GOV (held-out 52/53: hoped-for support from "
          "uncoded parties)"),
 44: ([], "Czech Republic (1993): a fragment cut by the splitter, 'Today, however, the fighting in Bosnia and' "
          "[Herzegovina seems to be resulting in a division of that country]; the fighting's parties are named "
          "neither in the sentence nor in the document -> an event noun with no agent, not coded (guideline; "
          "borderline a nominal 190 null -> BIH)"),
 45: ([], "Indonesia (2019): 'We are all concerned about the ongoing wars and conflicts in the world' = concern (01x, "
          "not coded), 'we' meaning all states, the wars unnamed"),
 46: ([], "Kyrgyzstan (2010): 'has repeatedly come out in favour of fully optimizing the management of peacekeeping "
          "operations' = a UN reform position (held-out 54-61: reform positions uncoded)"),
 47: ([], "Tajikistan (2001): the sentence starts at 'Control and Crime Prevention' (the splitter cut inside 'According "
          "to the United Nations Office for Drug'); 'the considerable decrease in the poppy crop in Afghanistan ... "
          "has not resulted in a reduction of illicit heroin trafficking' = agentless developments of a drug trade "
          "by unnamed traffickers, no act between coded actors; 'has not resulted' negates an effect, not an event; "
          "were an event coded, it would be reported_by org:UN"),
 48: ([], "Cuba (2004): the sentence starts at 'United Nations' (the splitter cut after 'First, after the aggression "
          "on Iraq, there is no'); the aggression lies before the cut (held-out 54-61: fragments whose act lies "
          "outside the sentence left uncoded); the rest describes what the UN should be, no act"),
 49: ([], "Peru (2014): 'Those issues ... are of vital importance to Peru' = an evaluation, no act"),
 50: ([], "DPRK (2002): 'It is also important that democracy and impartiality be ensured in all United Nations "
          "activities and the work of reforming the Security Council ... is undertaken' = a UN reform position "
          "(held-out 54-61: reform positions uncoded), agentless"),
 51: ([("to pay a tribute", "051", "UKR/GOV", "org:UNGA", False, A, N, False)],
      "Ukraine (1997); 'Allow me also to pay a tribute to the President of the General Assembly at its fifty-first "
      "session, Mr. Razali Ismail' -> 051 (held-out 52/53: 'pay tribute to' 051), performative -> asserted, a former "
      "President of the Assembly -> org:UNGA (held-out 62-73: tributes to a former President of the Assembly go to "
      "org:UNGA; borderline MYS/GOV); 'who made a notable contribution to the Organization's progress along the "
      "path of reform' = a UN reform contribution, not coded"),
 52: ([], "Congo (1997): 'It has also taught us that ... the cruel reality of Africa ... is that it counts only for its "
          "wealth' = 'It' = the great economic Powers' indifference (preceding sentences), an evaluation, no act"),
}
