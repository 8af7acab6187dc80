"""Hand annotations for the HUNDRED-AND-FORTY-SEVENTH held-out event gold set (source of events-heldout147.jsonl).

Keyed by the row index of selection-heldout147.jsonl (output of select_bulk_sentence_heldout.py 147; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout147.jsonl \\
        --annotations annotations_heldout147 --output events-heldout147.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("We regret", "110", "BGR/GOV", "org:UNSC", False, A, N, False),
      ("confirm its backing", "051", "org:UNSC", "org:UN", True, A, N, False)],
     "Bulgaria (2007); 'We regret that the Security Council has not been able to adopt a new resolution' = the "
     "speaker's disapproval (README: 'it is regrettable', 'notes with regret' 110) -> 110 to org:UNSC; 'has not been "
     "able to adopt a new resolution ... and thus to confirm its backing for a negotiated solution on the basis of "
     "the proposal of Special Envoy Ahtisaari' = the Council's non-endorsement of the UN Special Envoy's status "
     "proposal for Kosovo -> plain negation of a support act (guideline) -> negated 051 org:UNSC -> org:UN, "
     "Ahtisaari being the Secretary-General's Special Envoy (borderline a negated 057 with no target, as set 139's "
     "'failed to agree on the continuation of' a mission; or target XKX); adopting the resolution itself is coded "
     "once with the backing it would have expressed"),
 1: ([("invasion", "192", "USA/GOV", "IRQ", False, A, N, True)],
     "Venezuela (2007); 'the invasion has not led to a safer or more balanced world' = the 2003 invasion of Iraq, an "
     "event noun whose agent is plain from the text before ('Six years ago ... invasion and aggression were sold to "
     "... the people of Iraq'; 'From 2002 to 2006 of the United States budget, $610 billion have been invested in "
     "maintaining the war') (held-out 48/49: such event nouns are coded) -> nominal 192 (guideline: invade 192) "
     "USA/GOV -> bare IRQ (guideline: target of an invasion); 'has not led to' negates a consequence, not the "
     "invasion; '$610 billion invested in death' = US war spending, no act between actors beyond the war itself, "
     "not coded separately (borderline 154); 'multiplied the violence' is agentless"),
 2: ([("failed to\ncooperate", "050", "org:UN", "org:UN", True, A, N, False)],
     "Denmark (1997); 'they' = 'the United Nations development organizations' of the sentence before -> org:UN; "
     "'All too often they have failed to cooperate' = a habitual non-cooperation among the UN organizations "
     "themselves (the text after: 'costly competition for funds', 'let us not compete among United Nations "
     "organizations but cooperate effectively') -> guideline 'failed to' = negated, 050 org:UN -> org:UN (as "
     "set 124's Somali parties SOM/REB -> SOM/REB; borderline target null)"),
 3: ([("We do not impose", "172", "ECU/GOV", N, True, A, N, False)],
     "Ecuador (2009); 'We do not impose any restrictions on the freedom of movement of people around the world' = "
     "Ecuador's open migration policy (universal citizenship, the sentence before) -> restrictions on entry are "
     "administrative sanctions (guideline: visa restrictions 172), plainly negated -> negated 172, habitual "
     "asserted; 'people around the world' an uncoded collective -> target null (borderline not coded as a "
     "description of domestic policy)"),
 4: ([("continued armed hostilities", "190", N, "SYR", False, A, N, True)],
     "Cambodia (2014); 'In Syria, the continued armed hostilities have ... caused the deaths of thousands of innocent "
     "people and children, but have also led to millions of refugees' = the Syrian war, whose parties the speech "
     "never names (ISIS, the sentence before, has no code) -> nominal 190 with no source (README: wars whose agent "
     "the speech never names have no source; set 133: 'The war which ravaged our country' nominal 190 no source) to "
     "bare SYR; the deaths and refugees are the hostilities' results, coded once (set 127: deaths as the attacks' "
     "result; borderline a separate 202 and 201 to SYR/CVL, as set 136, or nothing, as set 131's conflicts named "
     "only by place)"),
 5: ([], "Grenada (1996): 'The need for official development assistance and the transfer of real resources from the "
         "North to the South has never been as pronounced' = a statement of need between uncoded collectives (North, "
         "South), null-null, not coded (README: acts between uncoded collectives; borderline a demanded nominal 071 "
         "null -> GRD/GOV); 'never' bears on the degree of need, not on an event"),
 6: ([("this savagery", "190", "ISR/GOV", "LBN", False, A, N, True),
      ("rallied around its army and Government", "051", "LBN/CVL", "LBN/MIL", False, A, N, False),
      ("rallied around its army and Government", "051", "LBN/CVL", "LBN/GOV", False, A, N, False),
      ("embraced its national resistance", "051", "LBN/CVL", "LBN/REB", False, A, N, False),
      ("men faced", "190", "LBN/REB", "ISR/MIL", False, A, N, False)],
     "Lebanon (2006); 'this savagery' = the July-August 2006 war, 'a premeditated Israeli \"sentence\"' at the start "
     "of the speech -> an anaphoric event noun whose agent the document makes plain (held-out 48/49) -> nominal 190 "
     "ISR/GOV -> bare LBN (borderline 195 for the air campaign, or not coded as an agentless event noun); 'did not "
     "weaken our people's resolve nor shake its resilience' negates effects, not an event; 'it rallied around its "
     "army and Government' = the people's support -> 051 LBN/CVL to each (set 133: the people's support for the "
     "Government a nominal 051 CVL -> GOV; borderline 070); 'embraced its national resistance' = Hizballah -> "
     "LBN/REB (guideline), 051; 'whose men faced occupation forces with epic valour, preventing their advance' = "
     "Hizballah fighting the Israeli army -> 190 LBN/REB -> ISR/MIL, 'preventing their advance' the same fighting, "
     "coded once; 'occupation forces' is an agent noun (set 125: 'the occupiers' uncoded), no separate 192; "
     "'presenting Lebanon with yet another victory' is no act"),
 7: ([], "United States (Obama, 2010): 'the ultimate success of democracy ... will not come because the United States "
         "dictates it' = the negation bears on a cause, a general statement, no event (borderline a negated, "
         "hypothetical 170 USA/GOV with no target); 'because individual citizens demand a say in how they are "
         "governed' = a generic claim of unnamed citizens on unnamed governments, null-null, not coded (borderline "
         "1043 null -> null)"),
 # --- UNGDC 1990-2019 random: reported
 8: ([("he had come to the United", "042", "ISR/GOV", "org:UN", False, A, "ISR/GOV", False),
      ("Israeli occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
     "Palestine (2005); 'the Israeli Prime Minister, who a few days ago told the Assembly that he had come to the "
     "United Nations from Jerusalem' = Sharon at the 2005 World Summit; the speech verb is not coded (guideline), the "
     "visit inside it -> 042 ISR/GOV -> org:UN, reported_by ISR/GOV (held-out 52/53: a claim the speaker quotes in "
     "order to dispute it is still coded, reported by its author; borderline 040 to org:UNGA, as set 119's "
     "participation in a plenary, or not coded as a travel detail); 'I ... was not able to come here from Jerusalem' "
     "= the negation bears on the place of departure, the speaker being here, no negated 042 (borderline a negated "
     "042 PSE/GOV -> org:UN); 'East Jerusalem ... still remains under Israeli occupation' -> nominal 192 ISR/GOV -> "
     "bare PSE (guideline: the occupied country); 'the numerous United Nations resolutions in that regard' are "
     "resolutions named only by their aim (set 136), not coded"),
 9: ([("certifying countries", "112", "USA/GOV", N, False, A, N, False),
      ("imposing unilateral", "163", "USA/GOV", N, False, A, N, False),
      ("threatening through aggression", "130", "USA/GOV", N, False, A, N, False)],
     "Cuba (2007); the impersonal 'there is no hesitation at all in employing the practices of ...' has as its "
     "agent 'the mightiest military superpower ever to exist' of the sentence before, which the document makes "
     "plain is the United States (President Bush's speech of the day before is attacked later on) -> USA/GOV "
     "(held-out 28/29: a state the speaker leaves unnamed is coded when the document makes it plain; borderline "
     "source null); 'no hesitation at all' is litotes, the practices asserted as habitual; 'certifying countries' "
     "= the US unilateral certification (drug, terrorism lists) that labels countries as offenders -> 112 accuse "
     "(borderline not coded, CAMEO having no certification code, or 163 as the sanctions it entails); 'imposing "
     "unilateral blockades' -> 163 (held-out 18/19: a US 'blockade' of Cuba 163); 'threatening through aggression, "
     "blackmail and coercion' -> one 130 (borderline 170 for the coercion, or a separate 190); all with an uncoded "
     "class of victim 'countries' -> target null (borderline CUB for the blockade)"),
 10: ([("we endorse without hesitation", "051", "MHL/GOV", "org:UNGA", False, A, N, False)],
      "Marshall Islands (1995); 'Mr. President, we endorse without hesitation the concern expressed in your "
      "statement' = agreement with the President of the General Assembly's opening statement -> 051 to org:UNGA "
      "(README: 'I agree with Merkel that ...' 051; borderline an uncoded endorsement of a concern, 01x); the quoted "
      "'all States that are not yet Members should seek to be admitted' is a UN membership position (README "
      "54-61), not coded"),
 11: ([("negotiations between the Palestinians", "036", "PSE/GOV", "ISR/GOV", False, F, N, True)],
      "Jordan (2009); 'the political terms of reference for negotiations between the Palestinians and the Israelis' "
      "= the permanent-status negotiations that President Obama's speech sought to relaunch (not under way in "
      "September 2009) -> a negotiation noun naming its parties, prospective -> nominal 036 future (set 132: a "
      "dialogue agreed but not begun a future nominal 036) from the first-named, the Palestinian negotiators -> "
      "PSE/GOV (held-out 76 row 26) -> ISR/GOV (borderline an asserted nominal 046, or not coded); 'President Obama "
      "stated that' is a speech verb (01x), and the repeated 'successful negotiations' inside it is the same "
      "negotiations, coded once"),
 # --- UNGDC 1990-2019 random: future
 12: ([], "United States (Clinton, 1994): 'In Asia, security talks and economic cooperation will lead to further "
          "stability' = talks and cooperation among unnamed Asian parties, an expected effect; no party named in the "
          "sentence or the paragraph, not coded (borderline a future nominal 036 and 030 USA/GOV with no target)"),
 13: ([], "Sri Lanka (2005): quality-of-life indicators 'will be further elevated as we strive to meet the "
          "Millennium Development Goals' = domestic development, no act between actors"),
 14: ([], "Suriname (1996): continuing poverty 'will become a threat to national and international peace' = a "
          "figurative threat (guideline) with no actor"),
 # --- UNGDC 1990-2019 random: demand
 15: ([], "Belgium (2015): 'Other speakers before me have also urged that we must work to resolve the conflicts in "
          "Libya, Iraq and Syria' = a call by uncoded speakers to 'we' meaning all states (held-out 42/43: not coded), "
          "null-null, not coded (borderline a 107 with no source and no target)"),
 16: ([], "Canada (1991): 'He can and should find ways to remove this archaic stigma' = the incoming Secretary-"
          "General and the Charter's 'enemy states' clauses (the sentence before) = a UN Charter reform position "
          "(held-out 54-61: reform positions not coded; borderline a demanded 081 org:UN to the seven countries)"),
 17: ([], "Ghana (2007): 'This must be bridged quickly to enable struggling African nations to attain the Millennium "
          "Development Goals' = the gap in official development assistance (the sentence before), an agentless "
          "deontic for aid from unnamed donors to an uncoded class of countries, null-null, not coded (held-out 77 "
          "row 19; borderline a demanded 071 null -> GHA/GOV, Ghana being one of the nations)"),
 18: ([("commitment to reconstruction", "0331", "SAU/GOV", "LBN", False, A, N, True),
       ("we call on the international", "100", "SAU/GOV", N, False, A, N, False),
       ("that aggression", "190", "ISR/GOV", "LBN", False, A, N, True)],
      "Saudi Arabia (2006); 'our commitment to reconstruction efforts in Lebanon' = a commitment stated as a fact "
      "(held-out 46/47: asserted 03x) to economic aid for rebuilding -> nominal 0331 to bare LBN, the aid being for "
      "the country's reconstruction (borderline LBN/GOV, or 070 for the aid already given); 'we call on the "
      "international community to hold Israel responsible for providing fair compensation' = a request "
      "(guideline: call on -> 10x) to an uncoded collective -> target null (borderline ISR/GOV, on whom the demand "
      "finally bears), Y = reparations -> generic 100 (annotations_heldout10 row 72: reparations 100; borderline "
      "1031); Y not coded separately (guideline); 'that aggression' = the 2006 Israeli war on Lebanon of the "
      "sentences before ('a rapid Israeli withdrawal') -> nominal 190 ISR/GOV -> bare LBN; 'the destruction and "
      "losses inflicted upon Lebanon as a result of' it are its result, coded once (borderline a separate 1712)"),
 19: ([], "Bangladesh (1993): 'poverty is not the same as bankruptcy: the South ... has a glorious past' = a "
          "description, no act"),
 20: ([], "Mexico (1997): 'Peace is and must be possible' = an evaluation, no actor"),
 # --- UNGDC 1990-2019 random: cue
 21: ([("We support his proposal", "051", "UGA/GOV", "org:UN", False, A, N, False)],
      "Uganda (2003); 'his' = the Secretary-General of the sentence before; 'We support his proposal to establish a "
      "group of eminent persons' (the High-level Panel) -> 051 to org:UN (held-out 44/45: supporting the Secretary-"
      "General 051 to org:UN; set 121: support for a proposed UN conference 051 to org:UN; borderline not coded "
      "as a UN reform position, as set 118's Peacebuilding Commission); the proposal itself is not coded "
      "separately (borderline a nominal 030 org:UN with no target)"),
 22: ([("increased its official development assistance", "071", "IRL/GOV", N, False, A, N, False),
       ("remains committed to reaching the target", "0331", "IRL/GOV", N, False, A, N, False)],
      "Ireland (2003); 'Ireland has increased its official development assistance to 0.41 per cent' = realised "
      "economic aid -> 071, recipients unnamed -> target null; 'remains committed to reaching the target by 2007' "
      "= the 0.7 per cent target of the sentence before, a commitment stated as a fact (held-out 46/47: 'remain "
      "committed to supporting' asserted 03x; held-out 36/37: an aid target of 0.7 per cent 0331) -> 0331 asserted, "
      "target null (the 'United Nations target' is the norm, not the recipient)"),
 23: ([("participated in negotiations", "045", "STP/GOV", "GNB", False, A, N, False),
       ("participated in negotiations", "045", "org:SADC", "GNB", False, A, N, False)],
      "Sao Tome and Principe (1998); 'We participated in negotiations as a member of the Community of "
      "Portuguese-Speaking Countries, together with the Southern African Development Community, and our mediation "
      "resulted in a ceasefire' = mediation in the 1998 Guinea-Bissau conflict (the sentence before), the "
      "participation and 'our mediation' one act, coded once per mediator: the speaker -> STP/GOV (set 110: a "
      "state acting 'in its capacity as' co-mediator keeps its own code; borderline org:CPLP) and SADC -> org:SADC "
      "(compound split; borderline the speaker alone, SADC as a mere co-participant); the parties are never named in the speech ('all the parties in conflict', 'both "
      "parties') -> bare GNB (held-out 62-73: a welcome of a development inside a named country whose parties are not named goes "
      "to the bare country; borderline GNB/GOV and GNB/MIL, set 114's junta, from outside knowledge); the ceasefire "
      "is an agentless result with no named party, not coded (borderline a nominal 0871 GNB/GOV -> GNB/MIL)"),
 24: ([("the imposition of travel", "172", N, "SLE", False, A, N, True)],
      "Sierra Leone (2014); 'Our international partners were slow to recognize the threat' (Ebola) is cognition, "
      "no act; 'the closure of borders and the imposition of travel restrictions to and from Sierra Leone and our "
      "subregion' = measures by unnamed states (the uncoded 'international partners') -> administrative "
      "restrictions 172 (guideline: visa restrictions 172; borderline 191 restrict movement, or 163), one sanctions "
      "action of several parts coded once (held-out 14/15), no source, to bare SLE, the subregion uncoded"),
 25: ([], "Bangladesh (2014): 'a threat to peace anywhere is a threat to humankind' = figurative threats (guideline), "
          "no actor"),
 26: ([("We encourage Iraq", "1055", "GMB/GOV", "IRQ/GOV", False, A, N, False),
       ("the sanctions", "163", "org:UNSC", "IRQ", False, A, N, True)],
      "Gambia (1998); 'We encourage Iraq to cooperate fully with the United Nations' = a request (set 137: "
      "'encourage the sponsors ... to continue' a 108) whose Y is full cooperation with the UN inspection and humanitarian regime (the "
      "sentence before: 'resume cooperation with the United Nations and its bodies') -> allow international "
      "involvement 1055 (borderline 102 or generic 100); Y not coded separately (guideline); 'which would end the "
      "present logjam and pave the way for a comprehensive review' are hypothetical consequences, a review not "
      "being an easing (borderline a hypothetical 085); 'the sanctions' = the UN sanctions on Iraq -> nominal 163 "
      "org:UNSC -> bare IRQ (held-out 42/43: sanctions on Iraq with no agent are the Security Council's; set 134: "
      "'consequences of sanctions' nominal 163 org:UNSC -> IRQ; borderline not coded as the object of a review)"),
 27: ([("We also support", "051", "JOR/GOV", "org:G7", False, A, N, False)],
      "Jordan (1996); 'We also support the decisions of the latest summit meeting of the Group of Seven industrial "
      "Powers aimed at fighting terrorism' = verbal support of the Lyon summit's decisions -> 051 to org:G7 (set "
      "129: org:G7); the summit is the G7's own meeting, not coded; fighting terrorism and punishing its "
      "perpetrators are the decisions' purposes against uncoded parties; terrorism's taking lives and destroying "
      "infrastructure is agentless and generic, not coded"),
 28: ([], "Australia (1993): 'In the study we define security problems ... as \"emerging threats\"' = a definition in a "
          "study, no act"),
 29: ([], "Slovenia (1995): 'The solution lies only in overcoming such practices and attitudes and in establishing "
          "international cooperation' = an abstract prescription with no actor"),
 30: ([("The Secretary-General’s visit", "042", "org:UN", N, False, A, N, True)],
      "Solomon Islands (2019); 'The Secretary-General's visit to the Pacific earlier this year' = Guterres's May 2019 "
      "trip -> nominal 042 from org:UN (held-out 30/31: the Secretary-General's visit a nominal 042 from org:UN); "
      "'the Pacific' is a region of several states none of which the sentence or the paragraph names -> target "
      "null (borderline FJI/GOV, TUV/GOV and VUT/GOV from outside knowledge); 'highlighted the gravity' is no act"),
 31: ([("the terrorist attack on the United States", "180", N, "USA", False, A, N, True)],
      "Guyana (2001); the sentence begins at 'September' (the splitter cut after 'As was so aptly stated by the "
      "Economist of 15'), so the attribution lies outside it and reported_by is null (borderline GBR/MED for The "
      "Economist); 'the terrorist attack on the United States' = the 11 September attacks, attackers unnamed -> "
      "nominal 180 with no source (held-out 54-61: an agentless terrorist attack 180 with no source per victim "
      "country) to bare USA; 'altered the geopolitical landscape' is an effect"),
 32: ([], "Marshall Islands (1992): 'People throughout the world are now cooperating in the developmental process' = "
          "an uncoded collective, no counterpart, not coded"),
 33: ([], "Ukraine (2006): 'We are convinced that the BSEC can effectively support the efforts of the world community "
          "to combat terrorism' = a belief about a capability, the supported party an uncoded collective, not coded "
          "(borderline a hypothetical 051 org:BSEC with no target)"),
 34: ([], "Oman (1992): 'require ... that the Member States work together' = a deontic for all states (held-out 42/43: "
          "'we' meaning all states), null-null, not coded"),
 35: ([("express its heartfelt gratitude", "051", "PRK/GOV", N, False, A, N, False),
       ("have extended unflagging support", "051", N, "PRK/GOV", False, A, N, False)],
      "DPRK (2019); 'express its heartfelt gratitude to the delegations of the many countries' = thanks to an uncoded "
      "class of states -> 051 with target null (held-out 14/15: thanks that include a group without a code have "
      "target null); 'that have extended unflagging support and encouragement to the Democratic People's Republic of "
      "Korea' = their verbal support -> 051 with no source to PRK/GOV (held-out 98-101: praise from uncoded "
      "collectives 051 with no source; borderline 070), support and encouragement one act; 'accorded attention' is "
      "no act"),
 36: ([], "Australia (2010): 'Climate change ... demands both national and integrated global responses' = an "
          "inanimate subject, figurative demand, no actor"),
 37: ([], "Comoros (1994): a fragment cut by the splitter, 'Republic of the Comoros, cooperation between North and' "
          "[South]; North and South are uncoded collectives and the verb lies after the cut, not coded"),
 38: ([("is now involved in", "046", "BDI/GOV", "BDI/REB", False, A, N, False)],
      "Burundi (2003); 'The Transitional Government of Burundi is now involved in negotiations with the armed groups' "
      "= negotiations under way -> 046 (guideline: negotiations 046) BDI/GOV -> the armed rebel groups (CNDD-FDD, "
      "FNL) -> BDI/REB; 'in order to achieve a permanent ceasefire agreement and to ensure its effective "
      "implementation' is the purpose, not coded (borderline a hypothetical 0871)"),
 39: ([("to welcome", "051", "LIE/GOV", "ARM/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "AZE/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "BIH/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "GEO/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "KAZ/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "KGZ/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "HRV/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "MDA/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "SMR/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "SVN/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "TJK/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "TKM/GOV", False, A, N, False),
       ("to welcome", "051", "LIE/GOV", "UZB/GOV", False, A, N, False)],
      "Liechtenstein (1992); 'would like particularly to welcome those countries that have become Members of the "
      "United Nations this year' = a performative welcome of new Members -> 051 asserted, one per state named "
      "(set 137: a welcome of a new Member is a 051 to it; set 131: to its GOV; guideline compound split), 13 "
      "events; the admissions themselves are membership acts, not coded (held-out 54-61)"),
 40: ([("the sanctions", "163", "org:UNSC", "LBR", False, A, N, True)],
      "Liberia (2002); 'the sanctions' = 'the present sanctions regime imposed on Liberia through Security Council "
      "resolutions 1343 (2001) and 1408 (2002)' of the sentence before -> nominal 163 org:UNSC -> bare LBR (set 124: "
      "Liberia's sanctions regime a nominal 163 org:UNSC -> bare LBR); 'unjust' is an evaluative adjective, not a "
      "condemnation (guideline; borderline 111 LBR/GOV -> org:UNSC); 'created a grave humanitarian crisis' is an "
      "effect"),
 41: ([], "Suriname (2016): 'joint and consensual endeavours are required, as well as greater cooperation and "
          "dialogue' = an agentless deontic with no named party, not coded"),
 42: ([("international networks against trafficking", "050", "DOM/GOV", N, False, A, N, True)],
      "Dominican Republic (2004); 'Through the establishment of national and international networks against "
      "trafficking in Dominican children' = anti-trafficking cooperation set up by the Government with unnamed "
      "foreign partners -> nominal 050 with target null (set 111: 'seeks to participate ... in initiatives for "
      "regional cooperation' 030 with no target; borderline not coded as a domestic programme, set 134); 'with the "
      "cooperation of the diplomatic foreign and consular services' = the Government's own foreign service, no act "
      "between actors (borderline a second 050); the trafficking itself has no named agent"),
 # --- UNGDC 1990-2019 random: nocue
 43: ([], "Namibia (1998): 'allow me to share a few personal thoughts' = a speech act about the speech itself"),
 44: ([], "Dominican Republic (1995): a fragment cut by the splitter ('Council, as well as the inclusion of "
          "representatives of third-world countries') = a Security Council membership position (held-out 54-61), not "
          "coded"),
 45: ([], "Maldives (1990): children 'subjected to air and water pollutants' = environmental harm, no actor"),
 46: ([], "Lithuania (1996): 'the dangerously widespread use of conventional weapons undermines all attempts at the "
          "peaceful solution to conflicts' = a generic, agentless statement, not coded"),
 47: ([("strong partnership", "050", N, "AFG/GOV", False, D, N, True)],
      "Afghanistan (2004); 'we cannot succeed without the strong partnership of the international community' = a "
      "statement of need (held-out 46/47: statements of need are demanded with no source to the speaker's government) "
      "for cooperation -> demanded nominal 050, the international community uncoded -> no source (set 137: 'We need "
      "intelligent modalities for cooperation' a demanded nominal 050 with no source; borderline 070, or not coded "
      "as a conditional); 'cannot succeed' negates the speaker's success, not the partnership"),
 48: ([], "Paraguay (1996): 'a secretariat for social action was established at the ministerial level' = a domestic "
          "institution, 'following the mandate of the World Summit' is compliance, not coded"),
 49: ([], "Belize (1999): 'we believe in the potential benefits of globalization' = a belief, no act"),
 50: ([], "Malaysia (2008): 'the entire world comes together' in the General Assembly = all states, a description, "
          "not coded"),
 51: ([], "Kenya (1995): 'assure the Assembly that the Government and the people of Kenya are determined ... to "
          "continue the struggle to forge national unity' = a domestic resolve, no act between actors"),
 52: ([], "Madagascar (2004): 'We are devoted to good governance, respect for human rights and the fight against "
          "terrorism' = an abstract commitment (guideline: abstract policy positions), no named counterpart"),
 53: ([("participated in the debates", "040", "BOL/GOV", N, False, A, N, False)],
      "Bolivia (1996); 'We have participated in the debates on reforms of the United Nations Charter' = taking part "
      "in UN discussions -> 040 with no target (set 127: Libya 'taking part in discussions on Security Council reform' "
      "a 040 with no target; borderline org:UNGA, or not coded as a UN reform position); 'it is of the utmost "
      "importance to reach consensus' is a deontic for all states, not coded"),
 54: ([], "Micronesia (1994): 'all our efforts are mounting up to a long-term investment' = a belief, no act"),
 55: ([], "Grenada (1998): 'Can it be that there still exists among us a predominating subscription to the notion that "
          "might is right?' = a rhetorical question about an attitude, no act"),
 56: ([], "Belize (1993): 'it' = opening borders prematurely to the developed countries' products (the text before); "
          "'would also result in massive economic dislocation followed ... by social and political unrest in our "
          "countries' = hypothetical effects with no named actor, 'our countries' an uncoded class, not coded "
          "(borderline a hypothetical 140 BLZ/CVL)"),
}
