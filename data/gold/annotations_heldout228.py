"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-EIGHTH held-out event gold set (source of events-heldout228.jsonl).

Keyed by the row index of selection-heldout228.jsonl (output of select_statement_sentence_heldout.py 228; rows 0-29
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 30-49
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each document's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout228.jsonl \\
        --annotations annotations_heldout228 --output events-heldout228.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([], "Briefing previewing Blinken's ASEAN-related ministerials (3 Aug 2021), Senior Official Two: 'during these "
         "ministerial meetings we do not expect Afghanistan to come up as a topic of discussion' = an expectation "
         "about a meeting's agenda; 'these ministerial meetings' is a meeting noun with no participant named in the "
         "sentence (guideline: event nouns without an agent not coded), and a topic that will not come up is no "
         "negated event (borderline a negated future nominal 036 USA/GOV -> org:ASEAN on Afghanistan)"),
 1: ([("Support for Ukraine", "070", "USA/GOV", "UKR", False, F, N, True)],
     "Blinken on NBC Meet the Press (20 Feb 2022); 'Support for Ukraine across the board diplomatically, militarily, "
     "and economically will not only continue, it will deepen' = an event noun whose agent is plain from the text "
     "around it ('we've provided more than a billion dollars in assistance to Ukraine', held-out rule: such a noun is "
     "coded) -> nominal 070 USA/GOV, one act of support of several kinds -> generic 070 (held-out rule: one aid noun "
     "covering several kinds is one 070), to the country -> bare UKR (set 226: 'powerful support for Ukraine' a "
     "nominal 070 to bare UKR); 'will continue ... will deepen' -> future (held-out rule: 'we will continue support' "
     "070 future), continuing and deepening coded once; 'not only' is no negation; the other countries 'rallied' "
     "in the sentence before are not named (borderline a second 070 with no source); borderline hypothetical, the "
     "sentence before conditioning it on 'if this aggression goes forward', or 051 for the diplomatic part"),
 2: ([], "Release on the 2021 Fiscal Transparency Report (June 2021): 'Seventeen of the 67 governments that did not "
         "meet minimum requirements made significant progress' = unnamed governments' compliance with a US standard "
         "and their domestic budget reforms (set 222: six unnamed countries' failure to meet the TIP minimum "
         "standards uncoded compliance); no act between actors"),
 3: ([("refused to reverse those moves", "1234", "SLV/GOV", "USA/GOV", False, A, N, False),
      ("Special Envoy Zuniga’s visit", "042", "USA/GOV", "SLV", False, A, N, True)],
     "Roman Gressier's question at Julie Chung's briefing (27 May 2021), the journalist's own assertion, reported_by "
     "null (held-out 9 row 25, 10 row 45); 'the government refused to reverse those moves' = an explicit refusal -> "
     "REJECT, not negated (guideline), taking the code of what was refused (README: a refusal takes the code of what "
     "was refused): reversing the removal of the supreme court magistrates and the attorney general (sentence "
     "before) = restoring judicial institutions -> 1234 reject demand for change in institutions (borderline 1232, "
     "or generic 120), El Salvador's government -> SLV/GOV; the demand refused is the one pressed on the 'Special "
     "Envoy Zuniga's visit' -> USA/GOV (borderline target null, the sentence naming no request); 'Special Envoy "
     "Zuniga's visit' = a visit noun with its agent -> nominal 042, Zuniga being the US Special Envoy for the "
     "Northern Triangle -> USA/GOV, to the country -> bare SLV (held-out 12 row 2: visits go to the bare country; "
     "set 157: 'the visit' a nominal 042 to bare PSE)"),
 # --- State Dept random: capital
 4: ([], "Blinken at the Foreign Affairs centennial (1 June 2022): 'we can't rely on Beijing to change its own "
         "trajectory' = Beijing is a capital metonym (CHN/GOV, guideline), but relying on another actor's hoped-for "
         "change is an expectation, not an act (held-out rule: a hope about another actor's act is optative and not "
         "coded; borderline a negated hypothetical 0832 CHN/GOV); 'a debate and discussion going on for many years "
         "in Washington and New York' is a domestic debate with Washington and New York as places, not metonyms"),
 # --- State Dept random: reported
 5: ([("they seek", "102", "AFG/REB", N, False, A, "AFG/REB", False),
      ("sanctions lifted on them", "163", N, "AFG/REB", False, A, N, True)],
     "Blinken's remarks on the P-2 designation (2 Aug 2021), before 15 Aug 2021 -> the Taliban AFG/REB (guideline); "
     "'The Taliban has repeatedly said that they seek in the future a number of things' = seeking is a request verb "
     "(set 163: 'seek the support of the United Nations' a 102; set 160: 'We seek the support' a 102), inside the "
     "Taliban's own statement -> reported_by AFG/REB (set 127: 'He said that he would like to visit me' reported by "
     "the speaker himself); the list after the dash ('international recognition, international support; ... travel "
     "freely ...; ... sanctions lifted') spells out the one request, coded once from its first demand, recognition "
     "-> 102 demand diplomatic cooperation (sets 114 and 154: one appeal with several demands coded from the first "
     "demand; borderline the held-out rule's most specific sub-code, 1054 for the sanctions or 1051 for the travel ban, or one "
     "request per clause, 'want' and 'would like' being desire verbs); the addressee, the 'international' community, "
     "is an uncoded collective -> target null; 'in the future' qualifies the things sought, the seeking is "
     "asserted; 'they would like sanctions lifted on them' presupposes the existing sanctions on the Taliban -> "
     "nominal 163 to AFG/REB with no source, the speech never naming the UN or US imposers (set 115: sanctions "
     "named inside a demand to lift them a nominal 163 with no source; set 208), reported_by null since Blinken "
     "himself takes them as fact (borderline reported_by AFG/REB)"),
 6: ([("we’re encouraged", "051", "USA/GOV", "ETH/GOV", False, A, N, False),
      ("we’re encouraged", "051", "USA/GOV", "ETH/REB", False, A, N, False),
      ("have taken steps to enable the delivery of desperately needed food and aid", "0863", "ETH/GOV", "ETH/CVL",
       False, A, N, False),
      ("have taken steps to enable the delivery of desperately needed food and aid", "0863", "ETH/REB", "ETH/CVL",
       False, A, N, False)],
     "Jalina Porter's briefing (6 May 2022); 'what we've said previously' = the speaker's own past statements, not "
     "reported speech (guideline); 'we're encouraged that' -> 051 (held-out rule: 'we are encouraged by' is 051), "
     "one per party (held-out rule: welcoming several developments is 051 to each named party, the developments "
     "coded too): the Government of Ethiopia -> ETH/GOV; 'regional authorities in Tigray' -> ETH/REB as a party to "
     "the war (set 225: the Tigrayan authorities ETH/REB; borderline ETH/GOV under the sub-national rule); the Afar "
     "regional authorities, a sub-national government aligned with the federal one -> ETH/GOV (guideline: a "
     "sub-national government takes the country's GOV), the same pair coded once (guideline); 'have taken steps to "
     "enable the delivery of desperately needed food and aid' = allowing humanitarian aid through -> 0863, realised "
     "-> asserted, to 'the war-affected communities' -> ETH/CVL (held-out rule: agentless denial of humanitarian "
     "access is 1623 to the civilians), one per agent"),
 7: ([("the agreement", "057", "IRN/GOV", "USA/GOV", False, A, N, True)],
     "Blinken's press availability in Jerusalem (25 May 2021); 'Our experts said that' = the US government's own "
     "experts -> the document's own government, reported_by null (held-out rule: the President quoted in a State Dept "
     "release is the document's own government; borderline reported_by USA/GOV); 'Iran was abiding by its "
     "commitments' = compliance, not coded (set 131: 'has not deviated from the understandings and agreements' is "
     "compliance; set 150: 'will comply with' uncoded); 'the agreement' = the anaphoric JCPOA, whose agent Iran "
     "('its commitments') the sentence names -> nominal 057 from IRN/GOV to each party the document names, the "
     "United States ('since we pulled out of the agreement'), no other P5+1 member being named (set 198: Cambodia's "
     "anaphoric 'this agreement' a nominal 057 from IRN/GOV to each P5+1 member the speech names; set 209; "
     "borderline uncoded, the agreement named only as the frame of a compliance claim)"),
 # --- State Dept random: future
 8: ([("They will discuss", "036", "USA/GOV", "DEU/GOV", False, F, N, False)],
     "Fact sheet on Blinken's Germany trip (22 June 2021); 'They' = Blinken, Chancellor Merkel and Foreign Minister "
     "Maas of the sentence before -> a future meeting, 036 with modality future (guideline), symmetric, coded once "
     "from the document's government to DEU/GOV (guideline; Merkel and Maas are one actor code); 'the challenges "
     "posed by China and Russia' are topics and risks, not acts (guideline: figurative threats not coded)"),
 9: ([("in partnership with the EU", "050", "USA/GOV", "org:EU", False, A, N, True),
      ("we enlisted more than a hundred countries", "050", "USA/GOV", N, False, A, N, False)],
     "Blinken's Earth Day 2022 statement; 'We also released the United States Long-Term Strategy under the Paris "
     "Agreement, which outlines how we will achieve a net-zero economy' = a domestic strategy document (held-out "
     "rule: submitting a national report is not coded; domestic programmes not coded), the Paris Agreement agentless; "
     "'in partnership with the EU' = a partnership noun naming its parties -> nominal 050 USA/GOV -> org:EU (held-out "
     "rule: cooperation nouns naming their parties are a nominal 050); 'we enlisted more than a hundred countries in "
     "the fight to reduce methane emissions' (the Global Methane Pledge) = bringing other states into a joint "
     "effort -> diplomatic cooperation 050 from the speaker's government, the countries an uncoded collective -> "
     "target null (held-out rule: thanks that include a group without a code have target null), realised -> "
     "asserted (borderline 102, a realised request to join, or 053; borderline a second 050 from org:EU, the "
     "enlisting being done 'in partnership with' it)"),
 # --- State Dept random: demand
 10: ([("an insistence", "1055", "org:G7", "CHN/GOV", False, A, N, True),
       ("China’s failure to cooperate", "086", "CHN/GOV", "org:WHO", True, A, N, True)],
      "Blinken to CBS Face the Nation (13 June 2021); 'One of the things that's coming out of the G7 is an insistence "
      "that the WHO be able to move forward with China cooperating on this so-called phase two report' = the G7 "
      "summit's demand, an event noun with its agent -> nominal request (held-out rule: 'Israel's insistence on a "
      "peace' a nominal 100), from org:G7 (held-out 227 row 3), addressed to China, whose cooperation is demanded -> "
      "CHN/GOV; Y = letting the WHO investigation proceed in China -> 1055 demand that the target allow international "
      "involvement (borderline 1013 or 102), Y not coded separately (guideline); 'China's failure to cooperate' with "
      "the initial WHO-convened study = a failed cooperation with an international investigation -> negated nominal "
      "086 CHN/GOV -> org:WHO (guideline: 'failed to condemn' is a negated event; set 205: Iran 'failed ... to "
      "provide the transparency that the IAEA has long demanded' a negated 086; set 161: cooperation with inspection "
      "teams 0862; borderline a negated 050, or a REJECT 1245 read as a refusal); 'which had real problems with it' "
      "is an evaluation of the report"),
 11: ([("supported the initial resolution", "051", N, "org:UNGA", False, A, N, False),
       ("should stop", "087", "RUS/MIL", "UKR", False, D, "org:UNGA", False),
       ("this invasion by Russia", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Deputy Secretary Sherman at the UN Security Council (29 Mar 2022); 'A hundred and forty-one countries "
      "supported the initial resolution in the UN General Assembly' = voting support for a General Assembly "
      "resolution -> 051 to org:UNGA (set 132: 'Supported it' (a GA resolution) a 051 to org:UNGA), the countries an "
      "uncoded collective -> source null (set 119: 'One hundred States supported Ukraine' a 051 with no source); 'to "
      "say that this invasion by Russia should stop' = the resolution's content, a deontic with no request verb -> "
      "Y coded with modality demanded (guideline), stopping the invasion -> de-escalation 087 (held-out rule: 'such "
      "atrocities must stop' a demanded 087; borderline 0874), its agent the invader; said through the resolution -> "
      "reported_by org:UNGA (held-out rule: a quoted resolution's acts are reported_by org:UNGA; set 169: a demanded "
      "085 reported by org:UNGA; borderline a 1056 from org:UNGA, the resolution's 'demands' being a request, or "
      "reported_by null for the uncoded countries); 'this invasion by Russia' = realised, an event noun with its "
      "agent -> nominal 192 (guideline: invade -> 192), RUS/MIL -> bare UKR as in the earlier sets' 'Russia's "
      "invasion of Ukraine' (borderline RUS/GOV), Sherman's own characterisation, reported_by null"),
 12: ([("Secretary Blinken urged participants", "100", "USA/GOV", N, False, A, N, False)],
      "Joint Statement on the COVID-19 Global Action Plan ministerial (19 July 2022); 'Secretary Blinken urged "
      "participants to focus on the collective commitment to strengthen the global health security architecture' = "
      "a request (guideline: urge -> 10x), asserted, to the meeting's participants, an uncoded collective of "
      "partner governments -> target null (set 183: 'urges all Member States to cooperate' a generic 100 with no "
      "target); Y = focusing on a shared commitment has no sure sub-code -> generic 100 (borderline 102, diplomatic "
      "cooperation), Y not coded separately"),
 # --- State Dept random: cue
 13: ([("The actions of Cuban security forces", "175", "CUB/COP", "CUB/CVL", False, A, N, True),
       ("mobilized by Cuban Communist Party First Secretary Miguel Diaz-Canel", "175", "CUB/GOV", "CUB/CVL", False, A,
        N, False),
       ("unwillingness to meet their basic needs and aspirations", "1233", "CUB/GOV", "CUB/CVL", False, A, N, True)],
      "Blinken's statement sanctioning Cuban security forces (22 July 2021); 'The actions of Cuban security forces' "
      "= the violent repression of the protests of the sentence before, an event noun with its agent -> nominal 175 "
      "(guideline: violent repression 175), the Interior Ministry forces -> CUB/COP (README choices: Cuban Interior "
      "Ministry forces including the police -> CUB/COP; borderline CUB/MIL, the Minister of the Armed Forces being "
      "sanctioned in the text after), against the protesters -> CUB/CVL; the 'violent mobs mobilized by Cuban "
      "Communist Party First Secretary Miguel Diaz-Canel' = unnamed pro-government crowds whose agent is the head of "
      "party and state -> a non-nominal 175 CUB/GOV -> CUB/CVL on the participle (set 187: a participle with its "
      "agent is not nominal; borderline the mobs as a pro-government militia, CUB/MIL under the Janjaweed rule, or a "
      "153 for the mobilization); 'the regime's ... unwillingness to meet their basic needs and aspirations' = a "
      "refusal noun -> REJECT (guideline: 'unwillingness to negotiate' is a REJECT), coded once with the code of what "
      "was refused (README choices: a refusal noun with two refused acts is coded once), the protesters' demand for "
      "'respect for their fundamental freedoms and a better future' (sentence before) -> 1233 reject demand for "
      "rights, nominal, CUB/GOV -> CUB/CVL (borderline 120 or 123); 'the regime's fear of its own people' is a "
      "sentiment, and 'lay bare' an evaluation"),
 14: ([("We reaffirm our readiness to work with Libya", "030", "USA/GOV", "LBY", False, A, N, False)],
      "Joint statement of France, Germany, Italy, the UK and the US on Libya (4 Mar 2022); 'We' in a joint "
      "statement -> USA/GOV, not split (guideline; held-out 15 row 4 coded this same statement's 'We echo' from USA/GOV; "
      "held-out 12 row 15); 'reaffirm our readiness to work with Libya ... and to support its stability, independence, "
      "territorial integrity, and national unity' = readiness stated as a fact -> intent to cooperate 030 asserted "
      "(held-out rule: 'stands ready to engage/assist' is 03x asserted), the support for Libya's stability and "
      "integrity folded in as the same commitment (held-out rule: one commitment with several purposes is coded "
      "once; borderline a separate 032), to the country, whose government was then contested -> bare LBY (held-out "
      "227 row 25: 'help Libya' to bare LBY; held-out 18: support for sovereignty to the bare country; borderline "
      "LBY/GOV); 'all international partners' is an uncoded collective, dropped"),
 15: ([("condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("recent ballistic missile launches", "150", "PRK/MIL", N, False, A, N, True),
       ("in violation of multiple UN Security Council resolutions", "128", "PRK/GOV", "org:UNSC", False, A, N, True),
       ("reaffirmed openness to diplomacy and dialogue", "036", "USA/GOV", "PRK/GOV", False, A, N, False)],
      "Readout of Blinken's call with FM Chung (4 Feb 2022); 'The Secretary condemned' -> 111 USA/GOV -> PRK/GOV "
      "(guideline); the DPRK's 'recent ballistic missile launches' -> nominal 150 PRK/MIL with no target (guideline: "
      "missile launches 150; held-out 8, 10, 11, 20: DPRK launches PRK/MIL, target null); 'which were in violation of "
      "multiple UN Security Council resolutions' = breaching the Council's binding resolutions -> defy norms 128, "
      "nominal, from the state bound by them -> PRK/GOV, to org:UNSC (set 146: 'In total disregard of United Nations "
      "resolutions' a nominal 128; set 224: 'violation of UN Security Council sanctions' a 128 to org:UNSC; "
      "borderline uncoded as a characterisation, as held-out 6 and 22, or source PRK/MIL); 'reaffirmed openness to "
      "diplomacy and dialogue with the DPRK' = readiness to talk stated as a fact -> 036 asserted (held-out rule: "
      "'are prepared to engage in dialogue' is 036 asserted)"),
 16: ([], "Mekong-U.S. Partnership release (30 June 2021): a closing pointer to a website and a Facebook page, no "
          "event"),
 17: ([], "Blinken's Georgetown commencement address (21 May 2022): Madeleine Albright meeting Zbigniew Brzezinski as a "
          "student is a meeting of private persons long before office, and 'whose family ... had fled the Nazis' "
          "is flight, with no act of the Nazis stated; no political event"),
 18: ([("discussed", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("discussed", "040", "USA/GOV", "KOR/GOV", False, A, N, False)],
      "Joint Statement on the U.S.-Japan-ROK Trilateral Ministerial (12 Feb 2022); 'The Secretary and Foreign "
      "Ministers discussed' -> 040 (guideline), symmetric, coded from the document's government to each other "
      "participant (held-out 223 row 17: a joint statement naming its governments one event per government) -> "
      "JPN/GOV and KOR/GOV; 'reuniting separated Korean families' and 'the swift resolution of the abductions issue' "
      "are topics, the abductions having no agent in the sentence (guideline: event nouns without an agent not "
      "coded; borderline a nominal 181 PRK/GOV -> JPN/CVL, as set 186's 'the abduction victims')"),
 19: ([("PEPFAR support", "070", "USA/GOV", N, False, A, N, True)],
      "Blinken's statement welcoming Nkengasong as Global AIDS Coordinator (13 June 2022); 'The health "
      "infrastructure and systems created with PEPFAR support' = support by the President's Emergency Plan for AIDS "
      "Relief, a US government programme ('Through PEPFAR, the U.S. government has invested over $100 billion', "
      "sentence before) -> nominal 070 from USA/GOV (held-out rule: an inanimate subject standing for a government's act, "
      "as held-out 6's 'This funding'), realised -> asserted; the recipients, 'countries and communities', are an uncoded collective "
      "-> target null (borderline 073, health aid being humanitarian); 'have strengthened the capacity ... and have "
      "served as a backbone for combating other health threats' describes outcomes, not further acts"),
 20: ([], "G7 Foreign Ministers' Statement on Belarus (27 May 2021): 'It was also a serious attack on the rules "
          "governing civil aviation' = 'It', the forced landing and arrests of the first sentence, characterised as "
          "an attack on rules -> figurative (guideline: 'attack on sovereignty' not coded; held-out 227 row 19: 'When "
          "these principles are attacked as they are by Russia' uncoded), the act itself coded where the statement "
          "names it (borderline a 128 BLR/GOV with no target or to a new org:ICAO, or a 181 under set 2's rule that "
          "a metaphor for a real act is coded as that act)"),
 21: ([("expressed gratitude", "051", "BGD/GOV", "USA/GOV", False, A, N, False),
       ("the United States donated", "073", "USA/GOV", "BGD", False, A, N, False),
       ("in partnership with COVAX", "050", "USA/GOV", N, False, A, N, True)],
      "Release on the U.S.-Bangladesh High-Level Economic Consultation (2 June 2022); 'Bangladesh expressed gratitude' "
      "= thanks -> 051 BGD/GOV -> USA/GOV (guideline); 'the over 64 million vaccine doses the United States donated' "
      "= the thanked act, presupposed -> asserted 073 (the first held-out set and held-out 11: vaccine donations 073 to the bare country), "
      "a finite verb with its subject, not nominal, 'to support Bangladesh's COVID-19 response efforts' -> bare BGD "
      "(borderline BGD/GOV); 'in partnership with COVAX' = a partnership noun with the vaccine facility, which has no "
      "code (co-led by the WHO, Gavi and CEPI) -> nominal 050 USA/GOV with target null (held-out rule: an act with an "
      "uncoded party has target null; borderline org:WHO, or folded into the donation)"),
 22: ([("to have you here", "042", "EGY/GOV", "USA", False, A, N, False)],
      "Blinken and FM Shoukry before their meeting in Washington (13 Apr 2022); 'It's very good to have you here, and "
      "I welcome you' = a welcome of a visiting minister -> the visit it shows, 042 EGY/GOV -> bare USA, not the "
      "welcome (held-out 12 rule: 'welcome Secretary Blinken to Delhi' codes the visit, 042 to the country; borderline "
      "a 043 hosting USA/GOV -> EGY/GOV, as set 224's welcome of the Council of the Americas); the meeting itself "
      "was announced in the sentences before and is not in this sentence"),
 # --- State Dept random: nocue
 23: ([("our commitment", "131", "USA/GOV", "RUS/GOV", False, A, N, True),
       ("our commitment", "131", "DEU/GOV", "RUS/GOV", False, A, N, True)],
      "Briefing on European energy security (21 July 2021), Senior Official; 'that's our commitment' = anaphoric to "
      "'a commitment on the part of both the United States and Germany to hold Russia accountable and to impose "
      "costs if it elects to use energy as a weapon or to commit aggressive acts against Ukraine' (sentence before) "
      "-> a statement of resolve that is a warning, asserted (guideline: a threat or warning is itself asserted), of "
      "non-military costs -> 131 (set 221: 'additional significant costs being imposed upon Russia' a 131), an event "
      "noun whose agent 'our' is in the sentence and whose content is plain from the text before (held-out rule; set "
      "208: the anaphoric 'We reiterate this appeal' coded from context) -> nominal, one per speaker (held-out rule: "
      "a jointly reaffirmed warning is one 130 per speaker), the US and Germany -> RUS/GOV; the threatened acts are "
      "in the sentence before and not repeated here (borderline uncoded as a summary 'headline', or 1312, or "
      "USA/GOV only)"),
 24: ([("is donating", "073", "USA/GOV", "org:CARICOM", False, A, N, False)],
      "Spokesperson's release on vaccine donations (12 Aug 2021); 'The United States is donating 5.5 million Pfizer "
      "vaccine doses along with ancillary kits' = vaccine aid under way -> 073 asserted (the first held-out set and "
      "held-out 11: vaccine donations 073), 'to the 15 member countries of the Caribbean Community (CARICOM)' -> org:CARICOM (set 150's "
      "code; borderline one 073 per member, the next sentence naming six of the fifteen)"),
 25: ([], "Release on the media crackdown in Russia (3 Mar 2022): 'Ekho Moskvy has been respected for its even-handed "
          "treatment ... and, until yesterday, its broadcasts reached some 1.8 million daily listeners' = an "
          "evaluation and a description; the shutdown implied by 'until yesterday' has no agent or act in the "
          "sentence, the blocking being coded where the text before names the Prosecutor General (borderline an "
          "agentless 1721 to RUS/MED)"),
 26: ([("we can address these and many other issues", "036", "USA/GOV", "USA/LEG", False, F, N, False)],
      "Blinken's opening remarks before the House Foreign Affairs Committee (28 Apr 2022); 'we can address these and "
      "many other issues throughout the course of the testimony' = 'we' the Secretary and the Committee, the "
      "discussion still to come in the hearing -> intent to meet/discuss 036 with modality future (guideline), the "
      "executive with Congress -> USA/GOV -> USA/LEG (held-out 18 row 29: Blinken to a Senate subcommittee 'looking "
      "forward to working with you' 030 future to USA/LEG; held-out 5: executive-Congress acts are coded; borderline "
      "uncoded as a procedural remark within the hearing, or an asserted 040)"),
 27: ([], "Blinken's Canada Day message (1 July 2021): 'I wish our Canadian friends and neighbors a safe and happy "
          "Canada Day' = well-wishing (README choices: well-wishing not coded)"),
 28: ([], "Blinken at the 2022 TIP Report launch: 'There are nearly 25 million people currently victims of "
          "trafficking' = a statistic of agentless trafficking, no actor (guideline: agentless events not coded)"),
 29: ([], "Launch of the U.S.-Germany Dialogue on Holocaust Issues (24 June 2021), a survivor's testimony: 'I got "
          "the assignment to help at the arrival of the train' in Theresienstadt in 1945 = a prisoner's personal "
          "task, no act between political actors"),
 # --- UNGDC 2020-2024 random: neg
 30: ([], "Ireland (2020): 'without a firm commitment to supporting the poorest and most vulnerable countries ..., we "
          "will never adequately address insecurity and conflict' = 'we' meaning all States (held-out rule: 'we' "
          "meaning all states not coded), a conditional generalisation; 'never' is no event negation"),
 31: ([("sanctions are imposed", "163", N, "CUB", False, A, N, False)],
      "Namibia (2022); 'Children who are born there do not know any other reality except one in which sanctions are "
      "imposed' = 'there' is Cuba, named in the sentences before ('the unjust embargo against Cuba') -> sanctions "
      "163 to the bare country (guideline: sanctions -> 163), an agentless passive, the speech never naming the "
      "United States -> source null (set 154: 'the unattributed blockade' a nominal 163 with no source to bare CUB; "
      "set 208), realised and ongoing -> asserted, a verb with no event noun -> not nominal; 'do not know any other "
      "reality' is no negated event"),
 32: ([], "Barbados (2022): 'We ask ourselves whether the time has not come for our voices to collectively demand "
          "such a review through the boards of directors' = a deliberative question whose 'we' is the membership "
          "('our voices collectively'; held-out rule: 'we' meaning all states not coded) about a demand not yet "
          "made (borderline a 1044 question to org:IMF and org:WB, the Bretton Woods institutions of the sentence "
          "before); 'whether the time has not come' is no event negation"),
 # --- UNGDC 2020-2024 random: capital
 33: ([], "Sweden (2021): 'The implementation of the Stockholm and Riyadh agreements remains a key step' = agreement "
          "nouns whose parties the sentence does not name (the Yemeni parties of the sentence before are unnamed), "
          "and their implementation is compliance (set 128: the implementation of the Minsk agreements left "
          "uncoded); Stockholm and Riyadh name the agreements, not metonyms (borderline a nominal 057 YEM/GOV -> "
          "YEM/REB for the Stockholm Agreement)"),
 # --- UNGDC 2020-2024 random: reported
 34: ([("the sanctions", "163", "USA/GOV", "VEN", False, A, N, True)],
      "Saint Kitts and Nevis (2023); 'its Caribbean neighbours are denied as a result of the sanctions' = the "
      "anaphoric sanctions on Venezuela of the sentences before, whose imposer is plain from the text around it ('the "
      "application of sanctions', 'unilateral measures', and the call for dialogue 'between the Governments of ... "
      "Venezuela and the United States to relieve the hardships that those impositions have caused') -> nominal 163 "
      "USA/GOV -> bare VEN (held-out rule: an event noun whose agent is plain only from the text around it is coded; "
      "borderline source null, the speech never saying 'imposed by'); the neighbours' denied access is the "
      "sanctions' effect on uncoded third parties, folded in (borderline a second 163 with no source); 'others "
      "benefit from access' names no act; 'It should also be noted' is the speaker's framing, not attribution"),
 # --- UNGDC 2020-2024 random: future
 35: ([("We condemn", "111", "VEN/GOV", "USA/GOV", False, A, N, False),
       ("intends to militarize the situation", "154", "USA/GOV", "VEN", False, F, N, False)],
      "Venezuela (2023); 'We condemn' -> 111 (guideline) to the Government of the United States named in the same "
      "sentence -> USA/GOV; 'the Government of the United States of America intends to militarize the situation' = "
      "a planned military build-up (the next sentence: the Southern Command 'seeks to establish a military base in "
      "the contested territory') -> 154 (guideline: troop build-ups 154), 'intends to' -> future (guideline), "
      "presupposed by the factive 'condemn the fact that' -> the speaker's assertion, not reported; directed, in the "
      "speech's framing, against Venezuela ('a launching pad for its aggression against Venezuela') -> bare VEN "
      "(borderline target null, or GUY, where the base would be)"),
 # --- UNGDC 2020-2024 random: demand
 36: ([("this Russian invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "Ukraine (Zelenskyy, 2024); 'this Russian invasion' = realised, an event noun with its agent -> nominal 192 "
      "RUS/MIL -> bare UKR, as the earlier sets' 'Russia's invasion of Ukraine' (guideline: invade 192; borderline "
      "RUS/GOV); 'We must not allow a second or third phase' = a deontic whose Y, not allowing further phases, is "
      "prevention with no CAMEO act, 'we' being Ukraine and its supporters (guideline: if Y is not a codable "
      "behaviour, nothing is coded; borderline a negated, demanded 192 for the future phases)"),
 37: ([], "Grenada (2022): 'Young people ... must play a central role in the implementation of the targets set by the "
          "2030 Agenda' = a deontic about young people in general and domestic development policy, no act between "
          "actors (held-out rule: domestic programmes not coded); 'targets set by the 2030 Agenda' agentless"),
 # --- UNGDC 2020-2024 random: cue
 38: ([], "Namibia (2020): 'some Member States face more obstacles ..., including those which have sanctions imposed "
          "on them' = a generalisation about sanctions on an unnamed class of States with no imposer named (set 129: "
          "a generalisation about sanctions uncoded; set 144: 'unjust sanctions' as a generalisation; borderline a "
          "163 with no source to ZWE/GOV, named in the next sentence)"),
 39: ([("we expect understanding and cooperation with our neighbours", "102", "MKD/GOV", N, False, A, N, False)],
      "North Macedonia (2024); 'we expect understanding and cooperation with our neighbours' = an expectation "
      "addressed to named-by-role others -> a request (held-out rule: 'we expect more support, especially by the EU' "
      "is a request; set 125: 'expects Belgrade to do the same' a 1042), for diplomatic cooperation -> 102, the "
      "neighbours never named in the speech (Bulgaria's veto is only implied) -> target null (borderline BGR/GOV "
      "from outside knowledge); 'without the threat of a veto' names a threat the speaker asks to be absent, with "
      "no agent in the speech, not coded (borderline a nominal 1313 or 129 with no source); 'As a peace-loving "
      "country, committed to good neighbourliness and regional cooperation' is a self-description (borderline a "
      "030 asserted with no target, as set 184's 'have no intention other than to diversify their relations')"),
 40: ([("systematic attacks", "180", "SDN/REB", "SDN/CVL", False, A, N, True)],
      "Sudan (2024); 'The systematic attacks by this militia' = the RSF militia of the paragraph before, at war with "
      "the government and the armed forces -> SDN/REB (guideline: armed groups fighting the state are the country's "
      "REB, as M23 COD/REB; borderline SDN/MIL as a former state paramilitary, under the Janjaweed rule), attacks by "
      "an armed group on civilians -> 180 (guideline: unspecified violence by non-state armed groups), nominal with "
      "its agent, realised -> asserted, against 'our citizens' -> SDN/CVL; 'worsen the suffering' is their result, "
      "folded in"),
 41: ([("we reject the outdated worldview", "120", "LTU/GOV", N, False, A, N, False)],
      "Lithuania (2020); 'we reject the outdated worldview that the powerful can divide the world into spheres of "
      "interests' = a performative rejection -> 120 (set 137: 'We reject that premise' a 120 with no target; set 204: "
      "'El Salvador rejects the criminalization of migrants' a 120 with no target), the 'powerful' unnamed -> target "
      "null (borderline RUS/GOV from the 1939 Moscow agreement of the next sentence, or uncoded as an abstract "
      "position)"),
 42: ([("Kiribati welcomes", "051", "KIR/GOV", "org:UN", False, A, N, False),
       ("the endorsement of our LDC status by the United Nations Economic and Social Council", "051", "org:UN",
        "KIR/GOV", False, A, N, True)],
      "Kiribati (2024); 'Kiribati welcomes' -> 051 (guideline) to ECOSOC -> org:UN (set 155: ECOSOC -> org:UN); "
      "'the endorsement of our LDC status by ... ECOSOC' = an endorsement noun with its agent -> nominal 051 org:UN "
      "-> KIR/GOV (held-out rule: welcoming several developments is 051 to each named party, the developments coded "
      "too; set 194: the Security Council's 'unanimous support for the peace plan' a nominal 051), realised -> "
      "asserted (borderline 0832, the Council giving way on the graduation, as set 152's vulnerability criterion)"),
 43: ([("reaffirms its unwavering support", "051", "TUN/GOV", "PSE/CVL", False, A, N, False)],
      "Tunisia (2024); 'Tunisia reaffirms its unwavering support for the inalienable rights of the Palestinian "
      "people, first and foremost their right to self-determination' = express support -> 051 (guideline), to the "
      "Palestinian people -> PSE/CVL (set 115: support for Palestine's people's struggle a 051 to PSE/CVL; set 119), "
      "a reaffirmation performed in the speech -> not nominal (set 173: 'Our deep appreciation' not nominal); the "
      "state 'with East Jerusalem as its capital' is the aim, not an act"),
 44: ([("We appreciate the support", "051", "PLW/GOV", N, False, A, N, False)],
      "Palau (2023); 'We appreciate the support of nations opposing and placing a moratorium on deep-sea mining' = "
      "thanks -> 051, the 'nations' an uncoded collective -> target null (held-out rule: thanks that include a group "
      "without a code have target null); their support, opposition and moratorium run between uncoded parties, or "
      "have no counterpart, and are not coded (README choices: acts between uncoded collectives not coded)"),
 # --- UNGDC 2020-2024 random: nocue
 45: ([], "Germany (2024): 'lasting security for Israelis will only be possible if there is lasting security for "
          "Palestinians' = a conditional principle about security, no act"),
 46: ([], "Andorra (2021): 'Education is a human right that, since the adoption of the 2030 Agenda ..., has been "
          "acknowledged in SDG 4' = an agentless adoption and acknowledgement (set 182: 'We welcome SDG 14' the "
          "welcome only), no act between actors"),
 47: ([("the offer made by our Government", "033", "URY/GOV", "org:UN", False, A, N, True)],
      "Uruguay (2020); 'the offer made by our Government to establish a laboratory to increase medical diagnostic "
      "capabilities within United Nations peace operations' = an offer of material help, intent to provide aid -> 033 "
      "(held-out rule: 'offered to host' 036; an offered sum of aid 071; set 182: 'have offered their resources and "
      "experience' an asserted 033), realised -> asserted, to the peace operations -> org:UN; the event noun 'offer' "
      "with its agent -> nominal, 'made' being a light verb (borderline non-nominal as a participle, set 187; "
      "borderline 0334 for peacekeeping); 'this national commitment' (to UN peacekeeping, sentence before) is the "
      "same commitment the offer demonstrates, not coded twice"),
 48: ([], "Côte d'Ivoire (2024): 'exacerbated by terrorism, which is spreading in regions such as the Sahel' = agentless "
          "terrorism with no named victim country (set 209: Boko Haram's terror with no victim country uncoded), "
          "'deterioration in security and retreat from peace' a description"),
 49: ([], "Croatia (2020): 'We emphasize in particular the importance to elevate the vaccine against COVID 19 to the "
          "status of a global public good' = an abstract policy position with no counterpart (guideline: abstract "
          "policy positions not coded)"),
}
