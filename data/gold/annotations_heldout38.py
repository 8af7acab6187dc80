"""Hand annotations for the THIRTY-EIGHTH held-out event gold set (source of events-heldout38.jsonl).

Keyed by the row index of selection-heldout38.jsonl (output of select_bulk_heldout.py 38; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Each sentence was read from its byte offsets in the corpus, so that the
preceding context (shown to the annotator) was not taken for part of the sentence.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout38.jsonl \
        --annotations annotations_heldout38 --output events-heldout38.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Sri Lanka (1999): 'relieving these countries [the least developed] of a major portion of their debt burden "
         "is a commendable step' = an agentless debt relief (the creditors are not named) toward an uncoded "
         "collective, null-null, and an evaluation; 'they do not relapse into the poverty trap' negates no event; the "
         "preceding text ('should be restored', 'cancellation of their foreign debt') is not part of the sentence"),
 1: ([], "Gambia (2007): 'the commitments that were made in many forums by the international community in support of "
         "the MDGs in poor countries have not translated into real resource flows' = pledges of an uncoded collective "
         "to uncoded recipients, null-null, not coded (held-out 27 row 14); 'have not translated' negates an effect; "
         "the 'failure of several partners to fulfil their pledges' lies in the preceding sentence, not this one"),
 2: ([], "Papua New Guinea (1995): 'We do not believe there is a single recipe' = an opinion; the structural "
         "adjustment programmes 'which we in Papua New Guinea have only recently ploughed through and adopted' = "
         "domestic policy with the lenders not named in the sentence (the IMF and World Bank appear only in the "
         "preceding sentence), no act between actors"),
 3: ([], "Ghana (2015): 'If we are to discuss the road ahead, we must do so with new language' = 'we' = all (the "
         "Assembly), abstract; 'do not exist' negates no event"),
 4: ([], "Panama (1997): 'Many of them would not have been possible ... if cooperation had not imprinted a new meaning "
         "and purpose on our Organization' = a counterfactual about agentless cooperation with no actor pair"),
 5: ([("refuses to acknowledge", "120", "RWA/REB", "RWA/CVL", False, A, N, False),
      ("threats", "130", "RWA/REB", "RWA/CVL", False, A, N, True),
      ("violence", "180", "RWA/REB", "RWA/CVL", False, A, N, True)],
     "Djibouti (1994); 'the intransigent leadership of the millions of suffering Hutus' in the camps of eastern Zaire = "
     "the leaders of the former Rwandan regime and its militias in exile, who (following sentence) aim at 'rearming "
     "and returning one day to the battle field' -> an armed group of the country -> RWA/REB (held-out 30/31, 34/35: "
     "unnamed armed groups are the country's REB; borderline RWA/OPP as an ousted government, held-out 36/37); "
     "'refuses to acknowledge the plight of their people' = an explicit refusal -> REJECT 120 with negated false "
     "(guideline; held-out 16/17 'refusing to allow' 120), the refugees -> RWA/CVL (borderline not coded, as the "
     "refusal of an acknowledgement rather than of a demand); 'dissuading them with threats and violence from "
     "returning to their country' = threats -> 130 and violence by a non-state armed group -> 180 (guideline), event "
     "nouns whose agent is the sentence's subject -> nominal, to the refugees -> RWA/CVL; the return itself is the "
     "refugees' own act, not coded"),
 6: ([("My country urges all those States", "102", "CRI/GOV", N, False, A, N, False)],
     "Costa Rica (1998); urging all States that have not yet done so (an uncoded collective -> target null) to accede "
     "to the Ottawa anti-personnel mine Convention = a request whose Y is joining a treaty -> demand diplomatic "
     "cooperation 102 (held-out 37 row 2, same construction; held-out 32 row 2); 'that have not yet done so' = a "
     "negated accession of the same uncoded collective, null-null, not coded; the preceding context ('we urge Member "
     "States to sign it', on the terrorist bombings convention) belongs to earlier sentences"),
 7: ([("production", "154", "ISR/GOV", N, False, A, N, True),
      ("testing of these weapons", "150", "ISR/GOV", N, False, A, N, True),
      ("refusal to heed", "1245", "ISR/GOV", "org:IAEA", False, A, N, True),
      ("repeated international \nappeals", "1055", N, "ISR/GOV", False, A, N, True)],
     "Libya (1992); 'Israel's continued production, possession and stockpiling of weapons of mass destruction' = the "
     "build-up of an arsenal with its agent named -> nominal 154 (held-out 16/17: 'a build-up of an arsenal' nominal "
     "154), one build-up of three aspects coded once, no named target -> null; 'its testing of these weapons' -> "
     "weapons tests 150 (guideline), nominal; 'its refusal to heed repeated international appeals to submit its "
     "nuclear facilities to the safeguards regime of the IAEA' = a refusal noun with its agent -> nominal REJECT "
     "(guideline: 'refusal' is a 12x), what was refused being IAEA safeguards -> decline to allow international "
     "involvement 1245 (held-out 34/35: a refusal takes the code of what was refused), to the Agency whose "
     "involvement is refused -> org:IAEA (borderline target null for the uncoded appealers); the appeals themselves "
     "= requests with the agent given only as 'international' (uncoded) -> nominal 1055 with source null (held-out "
     "37 row 3: 'international aid' null source) -> ISR/GOV; 'This objective ... is obstructed by persistent "
     "difficulties' is no act; the objective (a WMD-free zone, preceding text) is Egypt's proposal of the previous "
     "sentence, not coded here"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("is increasingly threatening", "138", "UKR/GOV", "UKR/REB", False, A, N, False),
      ("resort to military options", "190", "UKR/GOV", "UKR/REB", False, H, N, False),
      ("put occupying forces in Donbas", "192", "UKR/GOV", "UKR/REB", False, H, N, False),
      ("the support of the West", "070", N, "UKR/GOV", False, H, N, True)],
     "Russia (Lavrov, 2018); capital metonym Kyiv -> UKR/GOV (guideline); 'instead of implementing the Minsk "
     "agreements and engaging in dialogue with Donetsk and Luhansk' = a contrast, no negated event (held-out 29 row "
     "39: 'Instead of peacefully resolving' is a contrast, no negated event); Donetsk and Luhansk = the separatist "
     "entities of eastern Ukraine -> UKR/REB (held-out 36/37: eastern Ukraine's separatists), one code, coded once; "
     "'is increasingly threatening to resort to military options' = a threat of military force -> 138 asserted, the "
     "threatened act -> 190 hypothetical (guideline: 'Russia would face massive consequences for attacking' 130 + "
     "190 hypothetical), aimed at Donbas -> UKR/REB (from the sentence's first clause); 'harbour the illusion that it "
     "may be able to put occupying forces in Donbas' = an imagined act of Kyiv's -> occupy 192 (guideline) "
     "hypothetical ('may be able to'), reported_by null (a belief ascribed by the speaker, not a speech verb; "
     "borderline reported_by UKR/GOV), target the region's de facto holders -> UKR/REB (borderline 190, or not coded "
     "as the speaker's polemic); 'with the support of the West' = an aid noun whose agent is an uncoded collective -> "
     "nominal 070 with source null (held-out 37 row 3) -> UKR/GOV, inside the same imagined scenario -> "
     "hypothetical; the preceding sentence (monitors, Minsk package) is not part of this one"),
 9: ([("have quite productively cooperated", "050", "RUS/GOV", "USA/GOV", False, A, N, False),
      ("have quite productively cooperated", "050", "RUS/GOV", "FRA/GOV", False, A, N, False)],
     "Russia (Primakov, 1997); 'we have quite productively cooperated with the United States and France' = diplomatic "
     "cooperation 050 (held-out 30/31: 'in cooperation with' 050), one event per named partner (guideline compound "
     "split); 'I believe that' frames the speaker's own assertion; the three being co-chairmen of the OSCE Minsk "
     "process is a status, not coded (held-out 9: 'being a Minsk Group Co-Chair since 1994 is a status'; borderline "
     "nominal 045 per co-chair), and the parties to the Nagorny Karabakh conflict are not named in the document; "
     "Minsk is part of the process's name, not a metonym"),
 10: ([("The new United States-\nRussia START agreement", "057", "USA/GOV", "RUS/GOV", False, A, N, True)],
      "Moldova (2010); 'The new United States-Russia START agreement' = an agreement named after its parties -> "
      "nominal 057 from the first-named (held-out 28/29: 'the Israeli-Jordan Accords' 057) -> USA/GOV -> RUS/GOV; "
      "'the nuclear summit in Washington' = a meeting noun with no agent in the sentence, Washington its venue, not a "
      "metonym (guideline), not coded (borderline 043 USA/GOV); the NPT Review Conference and the 'increased "
      "cooperation by Member States' have uncoded collectives"),
 # --- UNGDC 1990-2019 random: reported
 11: ([], "Indonesia (1994): 'it has been said that the United Nations system operates without sufficient "
          "coordination' = an agentless statement about internal functioning, no act"),
 12: ([], "San Marino (2018): 'The principle ... requires the adoption of specific measures to support people in "
          "vulnerable situations' = an agentless need, abstract; 'according to which' introduces a principle, not an "
          "attribution"),
 13: ([], "Poland (1995): 'According to the findings of the latest studies by the OECD, the less-developed countries "
          "represent ... new markets' = an attribution over a description, no act (the speech verbs of the preceding "
          "sentences, 'We do not accept the argument', are not part of this one)"),
 14: ([], "Equatorial Guinea (2015): 'everyone should contribute according to their abilities' to combating climate "
          "change = an abstract deontic of all; the congratulation of the US and Cuba and the request to lift the "
          "embargo lie in the preceding sentences, not this one"),
 # --- UNGDC 1990-2019 random: future
 15: ([("With the support of Singapore", "070", "SGP/GOV", "PAN/GOV", False, A, N, True),
       ("the technical assistance and financing of the Government of Japan", "070", "JPN/GOV", "PAN/GOV", False, F,
        N, True)],
      "Panama (Varela, 2016); 'With the support of Singapore, we are developing higher technical education' = an aid "
      "noun with its agent named -> nominal 070 (held-out 28/29: 'with the support of our United Nations partners' "
      "070; held-out 37 row 12), ongoing -> asserted, to the speaker's government; 'through the technical assistance "
      "and financing of the Government of Japan, Panama will build a 27-kilometer monorail' = one aid noun of two "
      "kinds -> one 070 (held-out 20/21: one aid noun covering several kinds is one 070; borderline 071), tied to the "
      "future building -> future (held-out 37 row 17: 'will be strengthened by our support' 070 future; borderline "
      "asserted, the financing being already agreed); building the monorail and developing education are domestic"),
 16: ([("We also welcome the decision", "051", "TTO/GOV", "org:UNGA", False, A, N, False)],
      "Trinidad and Tobago (2013); welcoming 'the decision to launch the intergovernmental process that will lead to "
      "an agreement on the post-2015 development agenda' = the decision of the outcome document of the General "
      "Assembly's special event on the MDGs (preceding sentence: 'the outcome document adopted on 23 September') -> "
      "praise 051 to org:UNGA (held-out 26/27: welcoming a UN resolution is 051 to org:UNGA; borderline target null); "
      "the intergovernmental process and the agreement are future acts of all Member States (collective), null-null, "
      "not coded; what the agenda 'should provide' is its hoped-for content"),
 17: ([], "Mauritania (1995): 'I should like to voice the hope that in future greater determination will be shown in "
          "dealing with this problem increasingly sternly until such time as the Serbs agree to a just and "
          "comprehensive solution' = optative (held-out 5, 32/33: a hope about other actors' acts is not coded), the "
          "sternness agentless and the Serbs' agreement inside the hope (borderline 057 hypothetical BIH/REB); NATO's "
          "new posture and the Serbian aggression lie in the preceding sentence, not this one"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Cape Verde (2002): the splitter cut the sentence before 'Africa should not cause us to lose sight of ...' "
          "(the preceding text: 'The positive signs that could predict a new era for'); no act; the demanded support "
          "for the Angolans lies in the preceding sentence, not this one"),
 19: ([], "Belize (1995): 'Can we ever seriously hope for the dedicated financial resources' = a question about a "
          "hope, optative, the providers unnamed"),
 20: ([("We condemn chemical warfare", "111", "MYS/GOV", N, False, A, N, False)],
      "Malaysia (1991); condemning chemical warfare with no named perpetrator -> 111 target null (held-out "
      "27 row 45: 'condemns the use of force' 111 null; held-out 36 row 41); 'must we still have nuclear weapons "
      "around' (the '7' is an extraction artefact for '?') and 'are they responsible enough not to use them' = "
      "questions about the possession and a hypothetical use by uncoded nuclear nations, not coded"),
 21: ([], "Germany (1991): 'Today sovereignty must meet its limits in the responsibility of States' = an abstract "
          "principle, no act; the intervention and the international tribunal lie in the following sentences"),
 22: ([("Papua New Guinea calls on all other\nStates", "101", "PNG/GOV", N, False, A, N, False)],
      "Papua New Guinea (1996); calling on all other States (an uncoded collective -> target null, held-out 37 row 2) "
      "to refrain from statements and actions that send misleading signals to lawbreakers (the Bougainville "
      "Revolutionary Army of the preceding text), to cooperate in preventing smuggling and illegal border violations, "
      "and to prevent outsiders from interfering in its internal affairs = one request with several demands, which "
      "takes the most specific sub-code (held-out 9): cooperation against smuggling -> demand material cooperation "
      "101 (borderline 1012 for border security, or 100); Y is not coded separately (guideline)"),
 23: ([], "Kazakhstan (2018): 'We must do more to address the roots of radicalization' = 'we' = all states (the "
          "preceding 'Stronger global leadership'), an abstract deontic"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("I also welcome the decision", "051", "ISL/GOV", "org:UNGA", False, A, N, False)],
      "Iceland (2000); welcoming the decision to hold a special session of the General Assembly on HIV/AIDS = praise "
      "of the Assembly's decision -> 051 to org:UNGA (held-out 26/27: welcoming a UN resolution; as row 16); the "
      "special session is a future meeting of the Assembly itself and the 'international efforts to combat it' have "
      "no agent, neither coded"),
 25: ([("hosted", "043", "KAZ/GOV", N, False, A, N, False)],
      "Kazakhstan (2009); the splitter cut the sentence after 'our country has hosted three'; the trigger lies in it "
      "and its object continues in the following text ('Congresses of Leaders of World and Traditional Religions, "
      "supported by the United Nations'; held-out 36 row 29: a participant taken from the following text) -> host 043, "
      "several congresses hosted by one government = one 043 with no target (held-out 28/29; held-out 37 row 9), the "
      "religious leaders being uncoded; 'since 2003' = realised, asserted"),
 26: ([("provide assistance", "070", "BRA/GOV", "VEN/CVL", False, A, N, False)],
      "Brazil (Temer, 2018); 'We have sought to provide assistance of all types to tens of thousands of migrants' = the "
      "Venezuelan migrants of the preceding sentences ('more than 1 million Venezuelans have left their country') -> "
      "VEN/CVL; assistance 'of all types' = one aid act covering several kinds -> 070 (held-out 20/21; borderline 073 "
      "humanitarian aid, as held-out 27 row 32's food and shelter for refugees); 'have sought to' describes realised "
      "efforts (the following sentences list shelters, documents, schooling) -> asserted"),
 27: ([], "Fiji (2007): 'These actions such as the travel bans, described as smart sanctions' = anaphoric event nouns "
          "whose agents ('those powerful States', 'the closest of our neighbours in the Pacific') are in the preceding "
          "sentences and are never named there (guideline: 'this aggression' is not coded; held-out 36 row 5: a "
          "sanctions noun without its imposer in the sentence), not coded (borderline nominal 172 AUS/GOV and NZL/GOV "
          "-> FJI/GOV; Australia and New Zealand are named only later, as beneficiaries of emigration); 'had a "
          "debilitating impact' is an effect"),
 28: ([("made\navailable", "039", "org:UN", "ETH/GOV", False, A, N, False),
       ("made\navailable", "039", "org:UN", "ERI/GOV", False, A, N, False)],
      "Ethiopia (2004); 'the good offices of the Secretary-General which have been made available to the two parties' "
      "= an offer of mediation, a passive with its agent named ('of the Secretary-General') -> express intent to "
      "mediate 039 (borderline 045 engage in mediation) from org:UN, one event per party: 'the two parties' = "
      "Ethiopia and Eritrea (preceding sentences; guideline: a participant from the context) -> ETH/GOV, ERI/GOV; "
      "'Dialogue and negotiation ... are the most realistic and feasible means' = an abstract evaluation of means, "
      "no negotiation event"),
 29: ([("concluded", "057", "KGZ/GOV", "RUS/GOV", False, A, N, False)],
      "Kyrgyzstan (2012); 'Kyrgyzstan and Russia concluded an agreement' on building the Kambar-Ata and Naryn Cascade "
      "power plants -> agreement concluded 057 (guideline), symmetric, from the first-named (the speech's own "
      "government) -> KGZ/GOV -> RUS/GOV; the building itself is the agreement's content, not coded"),
 30: ([("You can count on", "030", "TGO/GOV", "org:UNGA", False, A, N, False)],
      "Togo (1993); 'You can count on my delegation's full cooperation in the performance of the weighty "
      "responsibilities that fall to you' = an assurance of cooperation to the President of the General Assembly "
      "(Samuel Insanally, forty-eighth session; the preceding sentence congratulates him) -> org:UNGA; a pledge of "
      "support -> 030 asserted (held-out 12 row 68, 23 row 55: 'assure him of the full support' 030 org:UNGA); the "
      "congratulation of the preceding sentence is not part of this one"),
 31: ([], "Tajikistan (2006): 'This can be achieved through a combination of appropriate support from the "
          "international community and national efforts' = a hypothetical means, the support's agent an uncoded "
          "collective with no named recipient ('countries and regions faced with the water-resource problems'), "
          "null-null; the page header '13 06-53341' inside the sentence is an extraction artefact"),
 32: ([("The consolidation of", "050", "BLR/GOV", "RUS/GOV", False, A, N, True)],
      "Belarus (1999); 'The consolidation of efforts by Belarus and Russia' = a cooperation noun naming its parties -> "
      "nominal 050 (held-out 10/11: cooperation nouns a nominal 050), symmetric, from the first-named (the speech's own "
      "government) -> BLR/GOV -> RUS/GOV; 'enjoying wide public support in both countries' = popular approval, an "
      "attitude, not coded (borderline 051 BLR/CVL and RUS/CVL); solving problems is the effect"),
 33: ([("issued a communiqué reiterating", "1054", "org:AU", "org:EU", False, A, N, False),
       ("the call of the previous AU Summit", "1054", "org:AU", "org:EU", False, A, N, True)],
      "Burundi (2018); the Peace and Security Council of the African Union -> org:AU; 'issued a communiqué reiterating "
      "the call of the previous AU Summit to lift politically motivated sanctions' = the Council's own renewed request "
      "(held-out 14/15: echoing a call is the echoer's own request, and the call itself a nominal request of its "
      "author) -> demand easing of economic sanctions 1054; the earlier call of the AU Summit (July 2018, Nouakchott; "
      "preceding sentence) -> a nominal 1054 of the same organisation, a separate act at a different time, coded too "
      "(borderline coded once, one actor pair); the addressee is the European Union (preceding sentence: 'calling on "
      "the European Union to lift the unjust and immoral sanctions against Burundi'; guideline: a participant from "
      "the context) -> org:EU; the sanctions noun has no agent in the sentence (held-out 36 row 5), not coded "
      "separately (borderline nominal 163 org:EU -> BDI/GOV); the Council's meeting in New York is internal"),
 34: ([("demonstrations of the population", "141", "HTI/CVL", N, False, A, N, True)],
      "Haiti (2008); 'the first angry demonstrations of the population against the explosion in food prices' = "
      "the April 2008 food protests -> demonstrate 141, an event noun with its agent named ('of the population') -> "
      "nominal, the Haitian population -> HTI/CVL; against prices, no actor named -> target null (borderline HTI/GOV, "
      "the government the protests brought down); 'reactions that would be repeated on an almost global scale' have "
      "uncoded agents, and 'a collective cry of the poor' and 'the rejection of an order' are figurative; the "
      "catastrophic events (the hurricanes) are natural"),
 35: ([("I assure you of our total support", "030", "MUS/GOV", "org:UNGA", False, A, N, False)],
      "Mauritius (2017); 'you' = the President of the General Assembly at its seventy-second session (preceding "
      "sentence; Miroslav Lajčák) -> org:UNGA; assuring him of support = pledge of support -> 030 asserted (held-out "
      "12 row 68, 23 row 55; borderline 051); the congratulation of the preceding sentence is not part of this one"),
 36: ([], "El Salvador (Bukele, 2019): 'the effective and efficient use of those new platforms brought down a "
          "bipartisan system' = an inanimate subject and an electoral outcome, no CAMEO act between actors; the "
          "Chapultepec Agreement is a name"),
 37: ([("Bulgaria welcomes", "051", "BGR/GOV", "XKX/GOV", False, A, N, False),
       ("Bulgaria welcomes", "051", "BGR/GOV", "SRB/GOV", False, A, N, False),
       ("their first meetings", "040", "XKX/GOV", "SRB/GOV", False, A, N, True)],
      "Bulgaria (2011); welcoming 'the pragmatic approach taken by both Kosovo and Serbia' in the EU-facilitated "
      "Belgrade-Pristina dialogue (preceding sentence) = praise of the parties -> 051 to each (held-out 8: 051 to "
      "Pristina and Belgrade), Kosovo -> XKX/GOV (guideline), Serbia -> SRB/GOV; 'their first meetings' = a meeting "
      "noun whose agents are given by 'their' -> nominal 040 (held-out 30/31: welcoming developments, the developments "
      "coded too), symmetric, from the first-named -> XKX/GOV -> SRB/GOV; the EU's facilitation lies in the preceding "
      "sentence, not coded here"),
 38: ([("It is regrettable", "110", "SDN/GOV", N, False, A, N, False),
       ("pressures", "170", N, "SDN/GOV", False, A, N, True)],
      "Sudan (2006); 'It is regrettable that' = the speaker's disapproval -> 110 (held-out 6: 'it is regrettable' "
      "110), aimed at 'some influential international parties', unnamed in the sentence and the document (held-out "
      "27 row 45) -> target null; 'rather than fulfilling their pledges and commitments and respecting the provisions "
      "of the Abuja Peace Agreement' = a contrast, no negated event (held-out 29 row 39: 'Instead of peacefully "
      "resolving'; as row 8; borderline negated 030 null -> SDN/GOV); 'continue instead to undermine those efforts "
      "through unfair and unjustifiable pressures' = coercion -> nominal 170 (held-out 22/23: 'pressure campaign "
      "against Taiwan' 170) of the unnamed parties -> source null, against the Government's efforts to implement the "
      "Abuja Agreement -> SDN/GOV; 'partiality' is an evaluation; 'the negative signals that they send to "
      "non-signatories of the Abuja Agreement' (the Darfur rebel factions) = a statement, 01x, not coded (borderline "
      "051 null -> SDN/REB); the page header '45 06-52737' precedes the sentence and is not part of it"),
 39: ([], "Zimbabwe (1990): 'economic crises threaten to undo the gains' = risk, figurative (guideline), no actor; the "
          "welcome of the inter-Korean meeting lies in the preceding text, not this sentence"),
 40: ([], "Gambia (2011): 'it is urgent that we all support the implementation of the Istanbul Programme of Action' = "
          "'we all' = all states (collective), an abstract deontic with no named counterpart"),
 41: ([("would like to reiterate", "051", "MUS/GOV", "IND/GOV", False, A, N, False)],
      "Mauritius (1997); reiterating support for India's claim to a permanent seat in the Security Council = verbal "
      "support of a named government's claim -> 051 to IND/GOV (held-out 37 row 44: support of Argentina's claim 051 "
      "ARG/GOV); 'would like to' performative, 'reiterate' repeated -> asserted"),
 42: ([], "El Salvador (2014): 'We believe in a vision for development' = an abstract position, no act"),
 43: ([("demand also prompt and effective implementation", "100", "VNM/GOV", N, False, A, N, False)],
      "Viet Nam (1994); 'We demand also prompt and effective implementation of the relevant resolutions of the General "
      "Assembly' = a request with no named addressee -> target null; implementing resolutions -> generic 100 "
      "(held-out 37 row 30: 'reiterates its call for the full implementation of United Nations resolutions' 100 null; "
      "borderline 1054 to USA/GOV, since the resolutions, by the preceding sentence, are those against the embargo on "
      "Cuba, whose imposer that sentence leaves agentless); the demand to end the embargo lies in the preceding "
      "sentence and the welcome of the US-Cuba communiqué in the following one, neither coded here"),
 44: ([], "Czechoslovakia (1992): 'the Secretary-General's report deals with confidence-building measures, "
          "fact-finding, early warning and preventive diplomacy' = the content of a report, no act"),
 45: ([("which we\nsupport", "051", "EGY/GOV", "USA/GOV", False, A, N, False)],
      "Egypt (1998); 'It' = the Franco-Egyptian initiative of Presidents Mubarak and Chirac (preceding sentence); its "
      "aim of 'reinforcing these efforts and ensuring their success' is the initiative's purpose, not coded "
      "(borderline 051 from EGY/GOV and FRA/GOV); 'particularly those of the United States, which we support as long "
      "as they seek balanced agreements' = verbal support of the US peace efforts -> 051 EGY/GOV -> USA/GOV, the "
      "proviso limiting a support that is already given -> asserted (borderline hypothetical, as held-out 32/33's "
      "conditional welcome of hoped-for steps); the US efforts name no parties in the sentence, not coded as 045"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Palestine (Abbas, 2014): 'The list of martyrs, especially children, has grown, as hs [has] the number of the "
          "wounded, the disabled and the dozens of families who have been completely decimated' = agentless "
          "casualty counts; the war 'waged by that racist occupying State against Gaza' lies in the preceding "
          "sentence, not this one (borderline 202 ISR/GOV -> PSE/CVL from the context)"),
 47: ([], "Botswana (1991): 'violence evidently orchestrated by sinister elements that are bent on frustrating the "
          "birth of a new nation' = violence by unnamed, uncoded agents against unnamed victims, null-null, not coded "
          "(borderline 180 null -> ZAF/CVL); 'la' and 'Insoluble' are OCR artefacts"),
 48: ([], "Lebanon (2014): 'We gave humankind enlightenment' = figurative, historical, no act between actors"),
 49: ([], "Turkmenistan (2013): 'the importance of the joint work and coordinated efforts of all Member States' = an "
          "uncoded collective, abstract"),
 50: ([], "Germany (2008): 'Security Council reform is overdue' = internal UN reform, no act; the support for the UN "
          "reform process lies in the preceding sentence"),
 51: ([("to deter active conflict", "074", "CAN/MIL", N, False, A, N, False)],
      "Canada (2014); 'On many occasions Canadians have put their lives on the line to deter active conflict between "
      "peoples' = Canada's peacekeepers (the preceding sentence: Canada's support of the United Nations 'in the pursuit "
      "of world peace') -> peacekeeping 074 (held-out 36 row 47: peacekeeper contributions 074), the servicemen "
      "-> CAN/MIL (borderline CAN/GOV), habitual past -> asserted, the peoples unnamed -> target null (borderline not "
      "coded as a tribute)"),
 52: ([], "Maldives (1994): 'I make this statement because of the experience ... following the United Nations "
          "Conference on Environment and Development in Rio' = a statement, 01x; the Conference has no agent"),
 53: ([], "France (Hollande, 2016): 'United Nations peacekeeping operations have never been as numerous as they are "
          "now' = a statistic with no named recipient, no act (borderline 074 org:UN -> null); 'never' negates no "
          "event"),
 54: ([], "Guyana (2006): 'the United Nations has laboured to produce an effective development strategy' = internal "
          "UN work with no counterpart"),
 55: ([], "Senegal (1997): 'This decision is a tribute to your outstanding personal qualities' = the General "
          "Assembly's election of its President (preceding sentence), internal, described as a tribute (an "
          "evaluation); the congratulation lies in the following sentences"),
 56: ([("We seek to encourage meaningful dialogue", "106", "org:CARICOM", "VEN/GOV", False, A, N, False),
       ("We seek to encourage meaningful dialogue", "106", "org:CARICOM", "VEN/OPP", False, A, N, False)],
      "Grenada (2017); 'We' = CARICOM, chaired by Grenada's Prime Minister (preceding sentences: he 'has offered "
      "CARICOM's help in facilitation of dialogue between the Government and the opposition in Venezuela'; 'CARICOM "
      "will not attempt to dictate terms to either side') -> org:CARICOM (held-out 22/23: a national minister "
      "acting in an organisation's role is that organisation; borderline GRD/GOV); encouraging dialogue = a request "
      "for negotiations (held-out 20 row 64: 'we encourage' 10x; held-out 37 row 18) -> 106, 'seek to' = an ongoing "
      "effort -> asserted, one event per party named in the context (guideline: a participant from the context): the "
      "Government -> VEN/GOV, the opposition -> VEN/OPP (borderline 051 per party, as held-out 32/33's support for "
      "stimulating a dialogue); the Venezuelan people's coming together is the hoped-for premise, not coded"),
 57: ([("has been dealing with", "045", "org:OSCE", "ARM/GOV", False, A, N, False),
       ("has been dealing with", "045", "org:OSCE", "AZE/GOV", False, A, N, False)],
      "Armenia (2014); 'The OSCE Minsk Group ... has been dealing with the Nagorno Karabakh issue' = the Group's "
      "mediation -> 045 (held-out 8: mediation 045 per mediator and party), the Group as a body -> org:OSCE (held-out "
      "22/23: the OSCE Chair-in-Office is org:OSCE; held-out 30/31 named its co-Chairs one by one where the document "
      "named them as co-Chair countries), ongoing -> asserted; the parties, plain from the document (the speech's "
      "Armenia and Azerbaijan, named in the preceding and following sentences) -> ARM/GOV and AZE/GOV (Nagorno "
      "Karabakh's authorities have no code, held-out 9); borderline not coded as a description of the Group's "
      "mandate (held-out 9: a Minsk Group co-chairmanship as a status); 'the mandate granted by the international "
      "community' has an uncoded source; the Subcommittee on Prevention of Torture's visit lies in the preceding "
      "sentence"),
 58: ([("assured of Barbados’ commitment", "030", "BRB/GOV", "org:UN", False, A, N, False)],
      "Barbados (1994); 'Mr. President, be assured of Barbados' commitment to these endeavours' = an assurance of "
      "commitment addressed to the President of the General Assembly (held-out 12 row 68, 23 row 55: assurances of "
      "support 030 asserted), whose object, 'these endeavours', is renewing commitment to the Organization and "
      "ensuring its relevance (preceding sentence) -> intent to cooperate 030 to org:UN (borderline org:UNGA, or not "
      "coded as an abstract commitment, held-out 37 row 37)"),
 59: ([], "Guinea (1994): 'we are still far from the ideal of peace' = no act; the welcome of South Africa's return "
          "lies in the preceding text and the warlords in the following"),
}
