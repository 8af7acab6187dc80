"""Hand annotations for the HUNDRED-AND-SEVENTY-SECOND held-out event gold set (source of events-heldout172.jsonl).

Keyed by the row index of selection-heldout172.jsonl (output of select_bulk_sentence_heldout.py 172; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout172.jsonl \
        --annotations annotations_heldout172 --output events-heldout172.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Argentina (2011): 'If this does not happen' = the multilateral credit organisations' regulating of capital "
         "flows (preceding sentence), a regulatory process and no CAMEO act between actors; the overwhelmed "
         "economies are a predicted outcome with no actor; the negation bears on a condition, not on an event"),
 1: ([("was convened", "043", N, "ETH/GOV", False, A, N, False),
      ("was convened", "043", N, "ERI/GOV", False, A, N, False),
      ("failed to respond", "030", "ETH/GOV", N, True, A, N, False),
      ("imposed", "1055", N, "ETH/GOV", False, A, N, False)],
     "Eritrea (2007); 'the meeting was convened in The Hague' = the Eritrea-Ethiopia Boundary Commission's "
     "convening of 'a meeting of the parties' (sentence before) -> host/convene 043 (guideline), an agentless passive "
     "whose agent, the Commission, has no code -> source null, one event per party taken from the sentence before, "
     "ETH/GOV and ERI/GOV (borderline uncoded as a time clause, like the meetings only 'held at' a venue of set 110); "
     "The Hague is a place; 'that bogus pretext was removed' (the venue change) is not coded; 'Ethiopia failed to "
     "respond to the five conditions' -> 'not respond to a call' = negated 030 (guideline), the Commission uncoded -> "
     "target null (borderline an asserted 128 or 1246, defying the Commission); 'the five conditions that the "
     "Commission had imposed' = the Commission's demands on Ethiopia -> 10x from a source with no code (null), "
     "their content in the next sentence (lift restrictions on EEBC personnel, security assurances, free access to "
     "pillar locations, acceptance of the 2002 decision, arrears) so that the Commission 'could proceed' -> demand "
     "that the target allow international involvement 1055 as the most specific common sub-code (set 9: a request "
     "with several demands takes the most specific sub-code; borderline generic 100); the demarcation operations "
     "are the purpose, not coded"),
 2: ([], "Peru (1997): 'All of the foregoing should be achieved through a legitimate agreement' = the Security Council "
         "reform of the preceding sentences (expansion, limits on the veto), a UN reform position (held-out 54-61), "
         "not coded; 'does not discriminate' is a property of the hoped-for agreement, not a negated event"),
 3: ([], "Panama (2012): 'Our job will not be finished if we do not assume the responsibility of facing up to ... the "
         "protection of children ... from the threat posed to them by the misuse of cyberspace' = 'we' meaning all "
         "states (held-out 42/43), a policy goal; 'the threat posed' is a risk with no actor (guideline: figurative "
         "threat); not coded"),
 4: ([], "Marshall Islands (2016): vulnerability to natural hazards and climate-driven events 'will be far worse', "
         "'even with strong efforts to curb global emissions under the Paris Agreement' = an agentless effort of all "
         "states and a predicted condition, no act between actors"),
 5: ([("respond to requests", "030", "org:UN", "SSD/GOV", True, A, N, False),
      ("requests from", "103", "SSD/GOV", "org:UN", False, A, N, True)],
     "South Sudan (2014); 'the new mandate does not allow UNMISS to respond to requests from national, state and "
     "local partners for assistance in ... capacity-building, peacebuilding, DDR, security sector reform, recovery and "
     "development' = UNMISS not responding, because not permitted (sets 102-109: a presidency that 'did not permit him to "
     "travel' is a negated 042 of the traveller) -> 'not respond to a call' = negated 030 (guideline) from UNMISS -> "
     "org:UN to the South Sudanese Government at all levels -> SSD/GOV (borderline a negated 070, the response being "
     "assistance itself; or a 162 org:UNSC -> SSD/GOV for the mandate that curtails it, the mandate being the "
     "Council's resolution 2155); the habitual restriction under the current mandate -> asserted; 'requests from "
     "national, state and local partners for assistance' = a request noun whose agent is in the sentence -> nominal "
     "demand for aid 103 SSD/GOV -> org:UN (borderline 1031 for the recovery and development part, or uncoded as "
     "generic possible requests); 'I note' is the speaker's own statement"),
 6: ([], "Croatia (1998): 'Croatia cannot support any solution for Bosnia and Herzegovina that does not fully "
         "incorporate these founding principles' = a stance against any hypothetical solution that revises Dayton, "
         "with no proposer named; following held-out 50/51 ('will not support any indefinite extension' of a treaty "
         "is not coded); borderline a performative 120 with no target, or a negated 051 to bare BIH"),
 7: ([("popular support", "051", "SOM/CVL", "SOM/GOV", False, A, N, True)],
     "Somalia (2005); 'They' = the observers and analysts of the sentence before, and 'have never clearly understood "
     "the importance of' bears on their understanding, not on an event (no negated event); 'the level of popular "
     "support that the new Somali Government enjoyed upon relocating to Somalia' = the population's support for the "
     "Transitional Federal Government (the next sentence: 'the admiration and active support it receives from the "
     "local population') -> nominal 051 SOM/CVL -> SOM/GOV (set 133: the people's support for the Government's reform "
     "a nominal 051 TGO/CVL -> TGO/GOV; borderline 070 for the 'active support', or uncoded as a sentiment); the "
     "Government's relocation from Nairobi is domestic, not coded"),
 # --- UNGDC 1990-2019 random: future
 8: ([("I call upon", "100", "NGA/GOV", N, False, A, N, False)],
     "Nigeria (2015); 'I call upon all Member States to show the political will needed to uphold the Charter of the "
     "United Nations in that regard' (small arms and light weapons, sentence before) = a request (guideline: call on "
     "-> 10x) to all Member States, an uncoded collective -> target null, Y = upholding the Charter, no specific "
     "behaviour -> generic 100 (set 151: 'We urge Member States to work to meet these goals' a 100 with no target; "
     "borderline uncoded as a call for compliance addressed to all states)"),
 9: ([("will sign", "030", "MWI/GOV", N, False, F, N, False),
      ("commit my Government to the ratification", "030", "MWI/GOV", N, False, F, N, False)],
     "Malawi (2016); 'This afternoon, I will sign the Paris Agreement on Climate Change here at Headquarters' = a "
     "future signing of a multilateral treaty -> 030 future with no target (held-out 44/45: 'would sign' a multilateral "
     "treaty 030 with no target; set 119: 'Ukraine intends to sign the Statute' 030 future; borderline a future 057, "
     "or target org:UN as the depositary); 'and commit my Government to the ratification and implementation' = a "
     "second future act, the undertaking to ratify -> 030 future (held-out 98-101: 'will be ratified' a future 030), "
     "coded separately as a distinct act (borderline one event, same code and pair); Headquarters is a place"),
 10: ([("technological support", "070", N, "FSM/GOV", False, D, N, True)],
      "Micronesia (1996); 'island countries will require the financial and technological support of the "
      "industrialized world' = a statement of need (held-out 46/47: statements of need are demanded aid with no source "
      "to the speaker's government; example 77 row 13: 'will need the cooperation' demanded) -> demanded nominal 070, "
      "one aid noun covering two kinds (held-out 20/21), the industrialized world an uncoded collective -> source "
      "null, 'island countries' a class that includes the speaker -> FSM/GOV (set 122: a demanded 070 to the one "
      "member of the class the speech names; borderline null -> null, uncoded)"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Mongolia (2007): 'We all must carry our share of the common endeavour' = 'we' meaning all states (held-out "
          "42/43); 'those who contribute the most to global warming bear the bulk of the burden' = a norm for an uncoded "
          "class of emitters, no counterpart; not coded"),
 12: ([], "Jamaica (2002): 'Africa has suffered ... from a myriad of difficult problems and should be given a new "
          "start' = an agentless figurative deontic for a continent with no code, no act named; not coded (borderline "
          "a demanded 070 with no source and no target)"),
 13: ([], "Dominican Republic (1998): 'We must also struggle to lay the bases of economic growth' = 'we' meaning all "
          "states (the 'challenge of combating together, and on a global scale' of the sentence before), a policy goal; "
          "not coded"),
 14: ([], "Samoa (2007): the reorganisation 'should also include a functioning Security Council, whose membership "
          "should be increased in both categories' = a UN reform position (held-out 54-61), not coded"),
 15: ([], "Nauru (2010): 'we must ensure that we do not leave one segment of our community behind' = domestic policy "
          "towards the nation's youth, no act between actors"),
 16: ([], "Bulgaria (2004): the sentence starts at 'must be complied with' (the splitter cut after the named Security "
          "Council resolutions 1556 and 1564 on Darfur); an agentless demand of compliance with resolutions, and "
          "compliance is not coded (set 138: 'must be respected by the Indonesian Government' uncoded); 'to avoid a "
          "repetition of the tragedy' is the purpose, and 'the events that occurred during the last decade' (Rwanda) "
          "have no named actor; not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("supports all efforts", "051", "OMN/GOV", N, False, A, N, False),
       ("economic sanctions", "163", "org:UNSC", "IRQ", False, A, N, True)],
      "Oman (2001); 'The Sultanate of Oman supports all efforts to lift completely the economic sanctions against "
      "Iraq' = verbal support (guideline: 051) for efforts whose authors are unnamed -> target null (example 76 row "
      "27: 'We commend and support all efforts' 051 with no target); the lifting is the efforts' purpose, not coded "
      "(example 76 row 13: purposes uncoded; borderline a hypothetical 085 org:UNSC -> IRQ, as set 170, or a 1054 "
      "request to org:UNSC, as held-out 28/29's 'support for a release' 1053); 'the economic sanctions against Iraq' = the "
      "1990 embargo of the sentence before -> nominal 163 from the Security Council (held-out 42/43: sanctions "
      "'imposed on Iraq' with no agent in the sentence are the Security Council's) to the bare country (set 134: "
      "'consequences of sanctions' nominal 163 org:UNSC -> bare IRQ)"),
 18: ([("assure him of the full cooperation", "030", "ETH/GOV", "org:UNGA", False, A, N, False)],
      "Ethiopia (2011); 'I wish to assure him of the full cooperation of my delegation' = an assurance of cooperation "
      "to the President of the General Assembly ('him', the sentence before) -> 030 to org:UNGA (held-out 38/39: "
      "assurances of cooperation to the President of the General Assembly 030; 'assures the Assembly of its full "
      "cooperation' 030 to org:UNGA), performative -> asserted (borderline 032)"),
 19: ([("conducts military actions", "150", "USA/MIL", "PRK", False, A, N, False)],
      "DPRK (2013); 'The United Nations Command, which has nothing to do with the United Nations, continuously conducts "
      "military actions threatening the Korean peninsula ... under the baton of the United States' = the US-led "
      "command's military activity (the sentence before: the war exercises with 'massive build-ups' against the "
      "DPRK) -> demonstrate military power 150 (guideline: shows of force; borderline 138 threaten with military "
      "force, or 190), habitual -> asserted; the command is armed forces that the speech attributes to the United "
      "States alone ('has nothing to do with the United Nations') -> USA/MIL (guideline: /MIL for armed forces; "
      "borderline USA/GOV under held-out 46/47's rule for a coalition 'led by the United States', or org:UN), the "
      "threatened party -> the speaker's country, bare PRK (borderline target null for 'the Korean peninsula and its "
      "surrounding area'); 'in the name of the United Nations' is no act of the UN"),
 20: ([], "Burkina Faso (1990): 'The immigration of Soviet and Eastern European Jews to the occupied Arab territories' "
          "= a movement of people, no CAMEO act (set 142: settlement activity has no code); 'the occupied Arab "
          "territories' is an adjective whose occupier the sentence never names (the sentence before speaks only of "
          "an unnamed annexation of 22 years) -> not coded (set 143: 'the occupied territories' with Israel named only "
          "in the sentence before left uncoded; borderline a nominal 192 ISR/GOV to bare PSE and SYR); 'inflaming an "
          "open wound' is figurative"),
 21: ([("commitment", "037", "SDN/GOV", N, False, A, N, True),
       ("we concluded", "057", "SDN/GOV", N, False, A, N, False)],
      "Sudan (2011); 'the international community has followed' = observation, not coded; 'the Government of the "
      "Sudan's degree of commitment to the choice of peace' = a commitment to settlement stated as a fact, shown by "
      "the implementation -> nominal 037 (example 76 row 49: 'commitment to the peace process' a nominal 037 with "
      "target null; borderline uncoded as the object of the observation), the counterpart unnamed -> target null; the "
      "implementation of the CPA is compliance, not coded; 'the Comprehensive Peace Agreement, which we concluded and "
      "signed on 9 January 2005' = an agreement concluded -> 057, 'concluded and signed' one act, the SPLM/A never "
      "named in the speech -> target null (held-out 94-97: an alliance signed that names no other signatory a 057 "
      "with no target; set 154: a Framework signed coded from the one signatory named; borderline SDN/REB for the "
      "SPLM/A of 2005, or SSD/GOV as of the speech)"),
 22: ([], "Grenada (2000): 'A large percentage of the needs of the developing countries ... can be met' = an agentless "
          "possibility about uncoded collectives (the relief fund of the sentence before); no act"),
 23: ([("welcome the decision", "051", "MCO/GOV", "org:UN", False, A, N, False)],
      "Monaco (2002); 'welcome the decision of the Secretary-General to appoint ... Mr. Sergio Vieira de Mello to "
      "succeed ... Mrs. Mary Robinson as United Nations High Commissioner for Human Rights' = a welcome (guideline: "
      "051) of the Secretary-General's decision and of the appointee, both -> org:UN, one event (an earlier set: "
      "welcoming an appointment is 051 to the appointee; set 122: welcoming Voronkov's nomination a 051 to org:UN); "
      "'I would like to' performative -> asserted; the appointment itself is an internal UN act, not coded"),
 24: ([("welcomes the signing", "051", "NPL/GOV", "SUN/GOV", False, A, N, False),
       ("welcomes the signing", "051", "NPL/GOV", "USA/GOV", False, A, N, False),
       ("signing of the treaty on strategic arms reduction", "057", "SUN/GOV", "USA/GOV", False, A, N, True)],
      "Nepal (1991); 'Nepal welcomes the signing of the treaty on strategic arms reduction (START)' = a welcome of an "
      "agreement -> 051 to each signatory, taken from the sentence before ('negotiations between the Soviet Union "
      "and the United States'; set 140: the signatories of a welcomed signing taken from the text around it), the "
      "USSR of 1991 -> SUN/GOV; the signing itself -> nominal 057 (an earlier set: the welcome of an agreement between "
      "named parties codes the agreement too), symmetric, from the first-named in the text (borderline USA/GOV -> "
      "SUN/GOV, as set 132's ABM Treaty); 'looks forward to a continuation of the process leading to deeper cuts in "
      "strategic arsenals' = a hope about the two Powers' acts, optative, not coded (held-out 4: 'looks forward to "
      "receiving Russia's written response' not coded; borderline a future 087 from each)"),
 25: ([("This support", "070", N, "ECU/GOV", False, D, N, True)],
      "Ecuador (2004); 'This support is necessary' = the 'greater technical and economic support' that countries such "
      "as Ecuador taking in refugees 'should receive' (sentence before) -> a statement of need (set 119: 'The annual "
      "foreign financing needs ... remain significant' a demanded nominal 071 with no source to BFA/GOV) -> demanded "
      "nominal 070, one aid noun covering two kinds, the providers unnamed -> source null, the recipient taken from "
      "the sentence before ('countries, such as Ecuador': held-out 26/27, a collective naming one member is coded for "
      "that member) -> ECU/GOV (borderline uncoded, an anaphoric event noun whose participants lie outside the "
      "sentence); the persons entering border communities are migrants, not an act"),
 26: ([("strive to lighten", "070", "org:UN", N, False, D, N, False)],
      "Mauritania (1999); 'The situation calls for the Organization to strive to lighten the heavy burden under which "
      "the developing countries languish in the economic and social fields' = an inanimate 'calls for', no request by "
      "an actor, read as a deontic (set 129: Somalia's plight 'calls for urgent international relief' a demanded "
      "070) -> the United Nations' help to the developing countries -> demanded 070 org:UN, the developing countries "
      "an uncoded class -> target null (borderline uncoded as vague, or 071 for the debt burden named in the sentence "
      "before)"),
 27: ([("armed conflict", "190", "ARM/GOV", "AZE/GOV", False, A, N, True)],
      "Azerbaijan (2010); 'The ongoing armed conflict between Armenia and Azerbaijan' = a conflict noun naming its "
      "parties -> nominal 190 from the first-named (held-out 65: 'the Pakistani-Indian conflict' a nominal 190 from "
      "the first-named; example 77 row 21) -> ARM/GOV -> AZE/GOV (borderline bare AZE, or ARM/MIL); 'represents a "
      "major threat to international and regional peace' is figurative (guideline: threat as risk)"),
 28: ([("give us support in proportion", "070", N, "BOL/GOV", False, D, N, False)],
      "Bolivia (2002); 'It is only right that those countries where drug consumption has greatest impact ... give us "
      "support in proportion' = a deontic with no request verb -> demanded (guideline: 'it is important to help X'), "
      "support for the counter-narcotics struggle -> 070 (borderline 071), the consumer countries an uncoded class "
      "never named -> source null (held-out 46/47 and 98-101: demanded aid with no source), 'us' -> BOL/GOV"),
 29: ([], "Barbados (2000): 'My country has spoken extensively in other forums about our serious concerns over the "
          "unilateral manner in which the OECD has proceeded on its so-called harmful tax competition initiative' = "
          "expressed concern, 01x, not coded (set 6: 'are alarmed by' is expressed concern), and 'this unfortunate "
          "move' an evaluation; the OECD's initiative is named without its target or content in the sentence -> not "
          "coded (borderline a nominal 170 org:OECD -> BRB/GOV, the next sentence describing rules set 'to the "
          "exclusion of all other interested parties', or a 111 BRB/GOV -> org:OECD)"),
 30: ([("agreeing with the statement", "051", "ATG/GOV", "org:IMF", False, A, N, False)],
      "Antigua and Barbuda (2001); 'we find ourselves agreeing with the statement made by the Managing Director of "
      "the International Monetary Fund' (Köhler, on OECD agricultural subsidies and the 0.7 per cent ODA target, next "
      "sentences) -> agreement with another's statement 051 (held-out 10/11: 'I agree with Merkel that ...' 051; set "
      "131: 'I agree with President Roosevelt' 051), the Managing Director -> org:IMF; 'his address to members of "
      "the Deutsche Bundestag' is a speech (01x), not coded (borderline 040 org:IMF -> DEU/LEG); Berlin is a place"),
 31: ([("support of the United Nations", "070", "org:UN", "LBR/GOV", False, A, N, True)],
      "Liberia (2010); 'With the support of the United Nations, multiparty democratic elections were held in 2005' "
      "= a nominal 070 from org:UN (held-out 28/29: 'with the support of our United Nations partners' a nominal 070 "
      "from org:UN; set 154: 'with the help of the United Nations' a nominal 070 to NPL/GOV) to the Liberian "
      "authorities that held the elections -> LBR/GOV (borderline bare LBR); the elections are domestic and "
      "agentless, and 'the end of the civil crisis' has no actor; not coded"),
 32: ([], "Switzerland (2010): 'That means more than providing assistance to countries when they are unable to help "
          "their own citizens' = a definition of international solidarity, generic, with no actor; not coded"),
 33: ([("We welcome", "051", "LTU/GOV", "org:UNGA", False, A, N, False)],
      "Lithuania (2005); 'We welcome the affirmation by the outcome document of the inextricable link between "
      "development, security and human rights' = a welcome (guideline: 051) of the World Summit Outcome, adopted by "
      "the General Assembly as resolution 60/1 -> org:UNGA (held-out 26/27: welcoming a UN resolution 051 to "
      "org:UNGA; set 151: support for a High-level Meeting's Political Declaration 051 to org:UNGA; borderline "
      "target null, as set 155's welcome of a commitment made by all states, or uncoded as a welcome of a concept)"),
 34: ([("deserves to be condemned", "111", "FRA/GOV", "SYR/GOV", False, A, N, False),
       ("200,000 deaths", "202", "SYR/GOV", "SYR/CVL", False, A, N, True),
       ("displaced persons", "201", "SYR/GOV", "SYR/CVL", False, A, N, True)],
      "France (2014); the sentence starts at 'Al-Assad regime' (the splitter cut after 'The Bashar'), its subject "
      "inside the sentence -> SYR/GOV; 'deserves to be condemned' = the speaker's condemnation in an impersonal "
      "frame (set 110: 'deserve to be commended' the speaker's 051; an earlier set: 'should be utterly deplored and "
      "condemned' the speaker's 110 and 111) -> 111 FRA/GOV -> SYR/GOV; 'they are complicit in ... 200,000 deaths and "
      "so many displaced persons' = the regime named as agent of the deaths and displacement -> nominal 202 and "
      "nominal 201 SYR/GOV -> SYR/CVL (set 136: Syrian deaths and displacement a 202 and a 201 from SYR/GOV to "
      "SYR/CVL; borderline 112 for the accusation of complicity, folded into the 111)"),
 35: ([("supports", "051", "BLR/GOV", "RUS/GOV", False, A, N, False),
       ("supports", "051", "BLR/GOV", "NLD/GOV", False, A, N, False),
       ("initiatives of Russia and the Netherlands", "036", "RUS/GOV", N, False, F, N, True),
       ("initiatives of Russia and the Netherlands", "036", "NLD/GOV", N, False, F, N, True)],
      "Belarus (1997); 'readily supports the initiatives of Russia and the Netherlands' -> 051 to each proposer "
      "(guideline: compound split; held-out 8: support aimed at a process goes to its named parties); the "
      "initiatives 'concerning a number of special events to commemorate the one hundredth anniversary of the First "
      "Peace Conference' (1999, the next sentence: 'Should this conference take place') = proposals to hold "
      "meetings -> nominal 036 future from each, with no target (set 139: an 'initiative ... to organize' a "
      "conference a future 036 with no target; borderline 043 future, or uncoded as a commemoration)"),
 36: ([("sincere appreciation", "051", "BDI/GOV", "org:UN", False, A, N, False),
       ("have worked from near", "045", "org:UN", "BDI", False, A, N, False)],
      "Burundi (2001); 'We feel the same sentiments of sincere appreciation to the United Nations and all countries and "
      "personalities' = thanks (guideline: 051) -> org:UN, the unnamed countries and personalities dropped (guideline "
      "compound rule; held-out 14/15: thanks including a group without a code); 'that have worked from near or afar "
      "to see to the signing of the Peace Accord' = the efforts towards the Arusha Accord -> 045 from org:UN (set 168: "
      "the Secretary-General's Cyprus efforts a nominal 045; set 170: endeavours for Western Sahara a 045), the "
      "Burundian parties never named in the sentence -> bare BDI (set 149: Djibouti's brokering with the Arta "
      "parties unnamed a 045 to bare SOM; borderline 070, or uncoded as vague effort); 'continue to invest of "
      "themselves in order to see the Agreement fully implemented' is the same actors' continuing effort, coded once; "
      "the signing, whose parties the sentence does not name, and the implementation are not coded"),
 37: ([("to thank", "051", "SLB/GOV", N, False, A, N, False),
       ("continued support and", "070", N, "SLB/GOV", False, A, N, True)],
      "Solomon Islands (2009); 'I take this moment to thank my Pacific neighbours' = thanks (051) to an uncoded group "
      "whose RAMSI contributors the speech never names (held-out 12/13: a group without a code is each member the "
      "document names; held-out 14/15: thanks that include a group without a code have target null) -> target null "
      "(borderline AUS/GOV and NZL/GOV, the main contributors, from outside knowledge); 'their continued support and "
      "contribution to the Regional Mission' = one aid noun (held-out 20/21) -> nominal 070 with no source (the "
      "agent from the thanks, uncoded) to SLB/GOV, RAMSI serving the Solomon Islands (borderline 074 to bare SLB)"),
 38: ([], "Belarus (2001): 'the Republic of Belarus cannot remain indifferent to this threat' = resolve about "
          "terrorism as a threat to humanity, figurative (guideline: threat as risk) with no named actor; not coded "
          "(held-out 6: 'will not stand by' not coded)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Uganda (2005): regions that 'have progressed well' or 'have not been quite as successful' on the MDGs = "
          "development performance, no act"),
 40: ([], "Tunisia (2011): 'It was a decisive turning point' = the revolution of the sentences before, an anaphoric "
          "pronoun and an evaluation; 'regain our natural place in the community of nations' is figurative; not coded"),
 41: ([("We call", "1031", "FJI/GOV", N, False, A, N, False)],
      "Fiji (1997); 'We call on all Member States which are in arrears to settle those arrears promptly, fully and "
      "without conditions' = a request (guideline: call on -> 10x) whose Y is paying assessed contributions to the UN "
      "(earlier sets: paid or withheld contributions are 071 or 1221) -> demand economic aid 1031 (borderline "
      "generic 100), the Member States in arrears an unnamed class -> target null; the relative clause 'which are in "
      "arrears' is not coded (set 117: 'call on all countries that have not yet done so' with the negated act "
      "uncoded; borderline a negated 071 with no source to org:UN, as set 150)"),
 42: ([], "United States (Bush, 2001): 'Every other country is a potential target' = a possible terrorist attack on "
          "unnamed countries, with no named attacker or victim; not coded (borderline a hypothetical 180 null -> null)"),
 43: ([], "Bulgaria (2015): 'a national from the Group of Eastern European States has never been appointed' "
          "Secretary-General = an agentless internal UN appointment of a person, no act between actors (held-out 54-61: "
          "UN admissions and appointments as positions, uncoded); the negation bears on a UN staffing fact"),
 44: ([], "DPRK (2008): 'If the six parties are not true to their word in carrying out their respective "
          "obligations because of their great lack of trust in one another, no progress will be made' = a conditional "
          "about compliance (not coded) by the Six-Party Talks members, not named in the sentence; lack of trust is a "
          "sentiment; not coded (borderline a hypothetical negated 030 between the parties)"),
 45: ([], "Tunisia (1990): 'That initiative demonstrates the need to give priority to non-inflationary growth' = the "
          "IMF decision of the sentence before, an anaphoric noun and an evaluation of economic policy; no act"),
 46: ([], "Liberia (1994): 'None of the armed factions engaged in the struggle appeared capable of winning a decisive "
          "victory and establishing legitimate authority' = a capacity judgement; 'engaged in the struggle' is an agent "
          "description of the unnamed factions of the three-way war (example 77 row 3: an agent description not coded; "
          "borderline a 190 LBR/REB -> LBR/REB)"),
 47: ([], "Nigeria (2019): 'Our election promises emphasized political stability ...' = domestic campaign "
          "programme, no act between actors"),
 48: ([], "North Macedonia (2011): 'We aim for incorporation into the dominant culture, without any assimilation or "
          "disintegration' = a cultural self-description, no act between actors"),
 49: ([], "Portugal (1992): 'Following the first Conference on that subject, the Washington Conference, we sought to "
          "give an answer to the challenges presented by the collapse of the Soviet Union' = a conference named only by "
          "place (set 131: left uncoded) and a vague aim of the Lisbon Conference's participants, 'we' meaning the "
          "participating states; the collapse of the USSR has no actor; not coded (borderline a 070 PRT/GOV with no "
          "target for assistance to the newly independent States)"),
 50: ([("express our gratitude", "051", "LBN/GOV", N, False, H, N, False)],
      "Lebanon (1996); 'We had hoped to express our gratitude to the countries, peoples and organizations which have "
      "tried to bring about this peace' = a counterfactual thanks, not given because peace was not restored (the "
      "sentence before: 'We would have very much liked our participation ... to be an occasion for gratitude') -> "
      "051 hypothetical (guideline: counterfactuals 'I would have preferred to meet' hypothetical), the uncoded "
      "collectives -> target null (borderline uncoded as a counterfactual wish, as set 143, or USA/GOV and RUS/GOV "
      "as the Madrid sponsors, whom the speech calls only 'two influential Powers'); 'which have tried to bring about "
      "this peace' = efforts of uncoded collectives, null -> null, not coded"),
 51: ([("worked for the proclamation", "1042", "BEN/GOV", "org:UNGA", False, A, N, False)],
      "Benin (2009); 'Benin worked for the proclamation of 2009 as the International Year of Human Rights Learning' = "
      "Benin's promotion of the General Assembly's proclamation (resolution 62/171) -> its own request for a "
      "resolution (held-out 98-101: joining to sponsor a draft resolution a future 1042 to org:UNGA; set 133: sponsoring a resolution a 1042; borderline 102, or "
      "uncoded as a UN-internal initiative); the proclamation itself is agentless, not coded"),
 52: ([], "Monaco (2008): 'when adopting the resolution on oceans and the law of the sea, member States expressed their "
          "deep concern' = expressed concern (01x) and the adoption of a resolution by all member States ('we' meaning "
          "all states, held-out 42/43); not coded"),
}
