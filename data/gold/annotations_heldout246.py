"""Hand annotations for the TWO-HUNDRED-AND-FORTY-SIXTH held-out event gold set (source of events-heldout246.jsonl).

Keyed by the row index of selection-heldout246.jsonl (output of select_statement_sentence_heldout.py 246; rows 0-21
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 22-39
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's or release's date; the speaker of a briefing turn or of a
transcript is the one named at the head of that turn (journalists' questions are their own words).
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout246.jsonl \\
        --annotations annotations_heldout246 --output events-heldout246.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("we will continue to use our sanctions authorities", "163", "USA/GOV", "IRN", False, F, N, False)],
     "Blinken's statement on sanctions against an Iranian petrochemical evasion network (16 June 2022); 'we will "
     "continue to use our sanctions authorities to limit exports of petroleum ... from Iran' = sanctions -> 163 "
     "(guideline), a continued conflictual act keeps its own code with modality future (guideline; held-out 18 row "
     "2: 'will continue to take action ... including through additional sanctions' 163 future), aimed at the "
     "country's exports as a whole -> bare IRN (set 225: 'our sanctions and export controls against Russia' to bare "
     "RUS; set 238: 'the sanctions ... on Russia' bare RUS) (borderline IRN/GOV); 'Absent a deal' states the "
     "present condition under which the policy continues, so the event stays future (borderline hypothetical under "
     "the guideline's if-rule, as held-out 18 row 2's 'as appropriate'); 'a deal' is an event noun with no agent in "
     "the sentence, not coded (guideline) (borderline a negated, hypothetical 057 USA/GOV -> IRN/GOV, the 'mutual "
     "return' of the sentence before)"),
 1: ([("support regional African efforts", "032", "USA/GOV", N, False, F, N, False)],
     "Announcement of Blinken's August 2022 trip (29 July 2022), DRC leg; 'He will also focus on combating "
     "corruption, supporting trade and investment, addressing the climate crisis, building agricultural resilience' "
     "= topics of the meetings announced in the sentence before, not acts between named actors (set 242: Zeya's "
     "'partnering with India and Nepal' as a discussion topic uncoded); 'and support regional African efforts to "
     "advance peace in eastern DRC and the broader Great Lakes region' is a finite verb coordinated with 'will ... "
     "focus' -> future diplomatic support = 032 future (README: 'will give our full support to the world "
     "conference' 032 future), the efforts' authors (the regional African mediators) never named -> target null "
     "(README choices: support for global efforts towards disarmament is a 051 with no target; set 140: 'will "
     "continue to provide all necessary support for a Cyprus solution' a future 032 with no target) (borderline "
     "uncoded as one more topic of the visit, reading 'support' as a slip for 'supporting', or bare COD as set 214's "
     "'defence of democracy in Venezuela'); the peace the efforts seek is their aim, not coded"),
 # --- State Dept random: demand
 2: ([("we renew our call on all armed actors", "1043", "USA/GOV", "ETH/GOV", False, A, N, False),
      ("we renew our call on all armed actors", "1043", "USA/GOV", "ETH/REB", False, A, N, False),
      ("human rights abuses and violence against civilians", "175", "ETH/GOV", "ETH/CVL", False, A, N, True),
      ("human rights abuses and violence against civilians", "175", "ETH/REB", "ETH/CVL", False, A, N, True)],
     "Price's statement on mass atrocities in Western Tigray (8 Apr 2022); 'we renew our call on all armed actors to "
     "renounce and end human rights abuses and violence against civilians' = one asserted request per addressee "
     "(guideline: call on -> 10x, compound split), 'all armed actors' resolved to the parties the document names: "
     "the Government of Ethiopia -> ETH/GOV, with the Amhara authorities of the first sentence folded in under the "
     "sub-national rule (set 228: the Afar authorities folded into ETH/GOV), and the Tigray regional authority -> "
     "ETH/REB as a party to the war (sets 225 and 228) (set 243 row 3: 'call on all to maintain calm' resolved to "
     "the parties named; set 238: 'all parties in conflict-affected regions' one request each to ETH/GOV and "
     "ETH/REB) (borderline target null, the foreign forces of the next sentence being unnamed); Y = end human "
     "rights abuses, the first-named demand -> 1043 (guideline: 1043 rights; a request with several demands takes "
     "the most specific sub-code, first named) (borderline 1056 for ending violence); the realised abuses named "
     "inside the request are coded too, from each addressee (README choices: 'end its repression of Mr. Navalny' "
     "codes the repression; set 231 row 9: 'must also end violence against civilians' codes a nominal 175 from the "
     "addressee) -> nominal 175 to ETH/CVL (borderline uncoded, as held-out 226 row 18's 'end the violence', whose "
     "violence had no agent of its own; or 180); 'In keeping with these declarations' refers to the ceasefire "
     "declarations of the sentence before, anaphoric, not coded"),
 3: ([("We call on Russia", "1055", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("forced deportation", "174", "RUS/GOV", "UKR/CVL", False, A, N, True)],
     "Blinken's statement on Russia's 'filtration' operations and deportations (13 July 2022); 'We call on Russia to "
     "provide outside independent observers access to so-called \"filtration\" facilities and to forced deportation "
     "relocation areas in Russia' = one asserted request (guideline), Russia -> RUS/GOV, Y = admit outside observers "
     "-> 1055 demand that the target allow international involvement (set 242: 'ensure unhindered humanitarian "
     "access' a 1055; set 172: the Commission's conditions 1055) (borderline 1043); Y not coded separately; the "
     "realised deportations named inside the request are coded (README choices: a realised act named inside a "
     "request is coded too) -> nominal 174 (guideline: deportation 174), agent and victims from the sentences "
     "before ('Russian authorities', 'Ukrainian citizens forcibly removed') -> RUS/GOV -> UKR/CVL (borderline "
     "uncoded as a modifier of 'relocation areas'); the 'filtration' facilities are places, not an event noun "
     "(borderline a nominal 173 for the filtration detentions)"),
 4: ([], "Blinken before his meeting with Moldovan PM Gavrilita (6 Mar 2022): 'They are in fact global because this "
         "is having an impact on everything that we actually need to be doing' = the war's consequences ('They' = "
         "'the consequences' of the sentence before), an effect and not an act between actors; 'we' meaning all "
         "governments, not coded"),
 # --- State Dept random: cue
 5: ([("discussed", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
      ("their commitment to the complete denuclearization", "030", "USA/GOV", "KOR/GOV", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's meeting with ROK FM Chung (22 July 2021); 'Deputy Secretary Sherman and "
     "Foreign Minister Chung discussed' -> 040 (guideline), symmetric, coded once from the document's government "
     "(guideline); 'their commitment to the complete denuclearization of the Korean Peninsula' = a realised joint "
     "commitment with its agents named as the topic -> nominal 030 asserted, from the document's government to the "
     "partner (set 241 row 16: Sherman's 'shared commitment to the complete denuclearization' with ROK officials a "
     "nominal 030 -> KOR/GOV; set 224 row 23) (borderline uncoded as a policy commitment with no counterpart, as "
     "held-out 19 row 33)"),
 6: ([("we focused on", "040", "USA/GOV", "ARM/GOV", False, A, N, False),
      ("deepening cooperation in the sphere of defense", "0312", "USA/GOV", "ARM/GOV", False, F, N, True)],
     "Armenian FM Mirzoyan at the signing ceremony with Blinken (2 May 2022), his turn; 'during this session, we "
     "focused on ...' = the two delegations' talks in the capstone session of the U.S.-Armenia Strategic Dialogue "
     "(sentence before) -> 040 (guideline: discuss 040; set 235: 'The Ministers considered the complex global "
     "economic context' read as a 040), symmetric and coded once from the document's government although the "
     "foreign minister speaks (set 242: Osmani's and Le Drian's symmetric 'our cooperation' coded from the "
     "document's government) (borderline uncoded, the session being already named in the sentence before, or "
     "from ARM/GOV); 'looking ways of deepening cooperation in the sphere of defense' = plans discussed to expand "
     "cooperation -> nominal 03x future (README choices: plans discussed to expand cooperation are a nominal 030 "
     "future per partner), defence -> 0312 intent to cooperate militarily (set 227: 'joint service cooperation "
     "... will spur' 0312 future nominal) (borderline 030); 'our democratic reforms, justice reforms' are Armenia's "
     "domestic reforms and 'prevention and fight against corruption' a domestic topic, not coded; 'cooperation in "
     "banking sphere' is a topic of the talks, not coded (set 243 row 6: 'The discussion focused on cooperation in "
     "space-based Earth observation' uncoded) (borderline a nominal 061 USA/GOV -> ARM/GOV)"),
 7: ([("our support for Ukraine itself", "070", "USA/GOV", "UKR", False, A, N, True)],
     "Blinken at a roundtable on humanitarian assistance in Ukraine (19 May 2022), his turn; 'I'm proud of the fact "
     "that we've stood up in terms of our support for Ukraine itself - security, economic, and humanitarian' = "
     "realised support presupposed by the factive 'proud of the fact' (guideline: a fact presupposed by a factive "
     "frame is asserted) -> one aid noun covering several kinds is one 070 (README choices) (borderline 072, 071 and "
     "073 split), nominal, to the bare country (set 226: Blinken's 'powerful support for Ukraine' an asserted "
     "nominal 070 to bare UKR) (borderline UKR/GOV); 'I'm proud' is self-praise, not coded"),
 8: ([("spoke about", "040", "USA/GOV", "OMN/GOV", False, A, N, False),
      ("Russia’s unprovoked and unjustified attack against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's call with Omani Deputy FM al-Harthy (3 Mar 2022); 'The Deputy Secretary "
     "spoke about ...' with the counterpart of the sentence before -> 040 (set 233: Sherman 'spoke about our "
     "concerns' with PRC officials a 040; set 243 row 12: each sentence's discussion coded on its own) (borderline "
     "uncoded, the call being coded in the sentence before); 'Russia's unprovoked and unjustified attack against "
     "Ukraine' = an event noun with its agent -> nominal 190 (guideline: generic military attack 190; 'Russia's "
     "invasion' RUS/GOV), target of the attack the country -> bare UKR (guideline); the importance of the Charter's "
     "principles is abstract; 'coordinating a strong international response at the UN in support of Ukrainian "
     "sovereignty' is a topic of the call, not coded (set 242: discussion topics uncoded) (borderline a future 030 "
     "USA/GOV -> OMN/GOV, or a 051 to bare UKR)"),
 9: ([("their shared commitment to working toward the complete denuclearization", "030", "USA/GOV", "JPN/GOV",
       False, A, N, True),
      ("trilateral cooperation among the United States, Japan, and the Republic of Korea", "050", "USA/GOV",
       "JPN/GOV", False, A, N, True),
      ("trilateral cooperation among the United States, Japan, and the Republic of Korea", "050", "USA/GOV",
       "KOR/GOV", False, A, N, True)],
     "Readout of Deputy Secretary Sherman's meeting with Japanese Defense Minister Kishi (21 July 2021), Kishi -> "
     "JPN/GOV; 'underscored the importance of peace and stability in the Taiwan Strait' is an abstract position with "
     "no act; 'highlighted their shared commitment to working toward the complete denuclearization of the Korean "
     "Peninsula' = a realised joint commitment with its agents -> nominal 030 asserted from the document's "
     "government to the partner (set 241 row 16; set 224 row 23) (borderline uncoded, as held-out 19 row 33); "
     "'trilateral cooperation among the United States, Japan, and the Republic of Korea' = a cooperation noun naming "
     "its parties -> nominal 050, one event per pair from the document's government (README choices: an agreement or "
     "cooperation named by its parties is a nominal 057 or 050; set 236: trilateral cooperation one event per pair "
     "from the document's government) (borderline folded into the commitment as its means, or a third 050 JPN/GOV "
     "-> KOR/GOV)"),
 10: ([], "Joint State-DHS statement on expanding the Central American Minors program (15 June 2021): 'We are firmly "
          "committed to welcoming people to the United States with humanity and respect, as well as providing a "
          "legal alternative to irregular migration' = an abstract commitment of immigration policy whose "
          "beneficiaries, 'people', are an open class (guideline: abstract policy positions without an actor not "
          "coded; set 243 row 11: 'We remain deeply committed to ... protecting and supporting survivors' uncoded) "
          "(borderline an asserted 030 USA/GOV to each of SLV/CVL, GTM/CVL and HND/CVL, the children's nationalities "
          "named in the text before, or a 075 for admissions); the legal alternative to irregular migration is a "
          "domestic programme"),
 11: ([("remain engaged", "070", "USA/GOV", "AFG", False, A, N, False)],
      "Release on new U.S. humanitarian assistance for Afghanistan (4 June 2021); 'We remain engaged through our full "
      "diplomatic, economic, and assistance toolkit to support the peaceful, stable future the Afghan people want "
      "and deserve' = ongoing realised support of several kinds -> one 070 (README choices: one aid noun covering "
      "several kinds is one 070), to the bare country whose future is meant (title: 'Continued U.S. Support for a "
      "Peaceful, Stable Afghanistan'; set 226: 'powerful support for Ukraine' bare UKR) (borderline AFG/CVL for 'the "
      "Afghan people', 032 for the diplomatic part, or uncoded as a purpose); 'want and deserve' are sentiments"),
 12: ([("supports India’s emergence", "051", "USA/GOV", "IND/GOV", False, A, N, False)],
      "Fact sheet 'The United States and India: Deepening our Strategic Partnership' (27 July 2021); 'The United "
      "States supports India's emergence as a leading global power and vital partner' -> 051 (guideline: express "
      "support 051), India as a power and partner = its government (set 204: 'Kazakhstan fully supports "
      "Afghanistan's integration' a 051 to AFG/GOV) (borderline bare IND, as set 184's support for Georgia's "
      "sovereignty); 'vital partner in efforts to ensure' a peaceful Indo-Pacific names a role, no act"),
 13: ([("reiterated U.S. commitment to Ukraine’s sovereignty", "032", "USA/GOV", "UKR", False, A, N, True),
       ("to continue surging security, economic, and humanitarian support", "033", "USA/GOV", "UKR/CVL", False, A,
        N, False),
       ("bombardment by Russian forces", "195", "RUS/MIL", "UKR/CVL", False, A, N, True)],
      "Readout of Blinken's call with FM Kuleba (11 Mar 2022); 'He reiterated U.S. commitment to Ukraine's "
      "sovereignty and territorial integrity' = a commitment of political support stated as a fact -> nominal 032 "
      "asserted to the bare country (set 243 row 14: 'our shared commitment to Ukraine's sovereignty and territorial "
      "integrity' a nominal 032 to bare UKR); 'and to continue surging security, economic, and humanitarian support "
      "to the people of Ukraine' = the same commitment's second object, material -> 033 intent to provide material "
      "aid, asserted (README choices: a pledge of continued support is 03x asserted; set 197: Hungary's 'will remain "
      "committed to supporting ... by contributing troops and civilian and development assistance' asserted 032, "
      "0334 and 0331), one aid noun covering several kinds -> one event (README choices), to UKR/CVL, 'the people' "
      "(borderline a future 070, or 0332/0331/0333 split); 'increasingly brutal bombardment by Russian forces' -> "
      "nominal 195 (guideline: bombardment 195), the forces named -> RUS/MIL (guideline), against 'they' = the people "
      "of Ukraine -> UKR/CVL (borderline bare UKR); 'reiterated' is the speech verb of the Department's own "
      "Secretary, not coded"),
 14: ([("They discussed", "040", "USA/GOV", "DNK/GOV", False, A, N, False),
       ("urging Russia to de-escalate", "1056", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("urging Russia to de-escalate", "1056", "DNK/GOV", "RUS/GOV", False, A, N, False),
       ("would result in massive consequences and severe costs", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
       ("would result in massive consequences and severe costs", "130", "DNK/GOV", "RUS/GOV", False, A, N, False),
       ("any further Russian aggression", "190", "RUS/GOV", "UKR", False, H, N, True)],
      "Readout of Deputy Secretary Sherman's meeting with Danish Acting Permanent Secretary Moller Sorensen (16 Feb "
      "2022), the Danish MFA's senior official -> DNK/GOV; 'They discussed' -> 040, symmetric, coded once from the "
      "document's government (guideline); 'our shared commitment to urging Russia to de-escalate and choose "
      "diplomacy' = the two governments' standing, realised urging -> one asserted request per partner ('our' = the "
      "US and Denmark; set 243 row 14: 'our shared commitment' one event per partner), Y = de-escalation -> 1056 "
      "(guideline), the more specific of the two demands (borderline a nominal 030 per partner for the commitment, as "
      "set 241 row 16, the urging folded in; or 106 for 'choose diplomacy'); 'reaffirmed that any further Russian "
      "aggression would result in massive consequences and severe costs to the Russian Federation' = a warning, "
      "asserted 130, with the threatened act hypothetical (guideline: 'Russia would face massive consequences for "
      "attacking Ukraine' 130 asserted + 190 hypothetical), one 130 per speaker (README choices: a jointly reaffirmed "
      "warning is one 130 per speaker) (borderline 131 for 'severe costs', as set 221's 'additional significant "
      "costs'); 'any further Russian aggression' -> hypothetical nominal 190 RUS/GOV, against Ukraine, the target of "
      "the February 2022 build-up -> bare UKR (borderline target null, Ukraine not named in the sentence)"),
 # --- State Dept random: nocue
 15: ([("spoke yesterday with", "040", "USA/GOV", "KEN/GOV", False, A, N, False)],
      "Readout of Blinken's call with Kenyan Cabinet Secretary for Foreign Affairs Omamo (26 May 2022); the sentence "
      "starts after the splitter's cut at 'Antony J.', so 'Blinken' is its subject -> USA/GOV; 'spoke ... with' a "
      "counterpart -> 040 (guideline: consult 040; held-out readouts: 'spoke with' 040), Omamo -> KEN/GOV"),
 16: ([], "Blinken's meet-and-greet with U.S. Mission France staff (25 June 2021): COVID-19's impact on work, 'it' "
          "being the pandemic, no act between actors; internal Department business (held-out 4 row 31)"),
 17: ([], "Blinken at the Panama Ministerial Conference on Migration and Protection (20 Apr 2022): 'We're focusing on "
          "different aspects of the problem today' = the agenda of the conference, whose 'we' is all the "
          "participating delegations, an open collective never listed (README choices: 'we' meaning all states not "
          "coded); the hosting by Panama is thanked in the sentence before (borderline a 040 USA/GOV -> PAN/GOV, the "
          "host, as set 224's Negev Summit participation)"),
 18: ([("Russia’s unprovoked, premeditated aggression against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True),
       ("launching the rapid response task force", "154", "org:NATO", N, False, A, N, False)],
      "Blinken with NATO Secretary General Stoltenberg before their meeting (4 Mar 2022), Blinken's turn; 'Russia's "
      "unprovoked, premeditated aggression against Ukraine' -> nominal 190 RUS/GOV -> bare UKR (guideline: "
      "'aggression' 190, 'Russia's invasion' RUS/GOV); 'this Alliance came together with speed, with unity, with "
      "determination' is NATO's internal unity, no act between actors; 'immediately launching the rapid response "
      "task force' = activating the NATO Response Force for the eastern flank -> mobilise armed forces 154 "
      "(guideline: troop build-ups 154) from org:NATO, a defensive posture with no target named (README choices: a "
      "force posture named as a topic is a nominal 154; set 235: 'force posture changes' a 154 with no target) "
      "(borderline RUS/GOV as target, or 152 increase alert); 'putting in place the graduated plans to continue to "
      "bolster NATO's security' is the same posture, folded in (borderline a second 154)"),
 19: ([("Russia’s unprovoked and unjustified war against Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True),
       ("intimidate and punish its own citizens", "175", "BLR/GOV", "BLR/CVL", False, A, N, False),
       ("approving legislation", "1721", "BLR/GOV", "BLR/CVL", False, A, N, False)],
      "Blinken's statement on the possible death penalty for activists in Belarus (18 May 2022); 'Russia's "
      "unprovoked and unjustified war against Ukraine' -> nominal 190 RUS/GOV -> bare UKR (guideline), its second "
      "mention 'Russia's war in Ukraine' coded once (guideline: a repeated mention is coded once); 'the Lukashenka "
      "regime in Belarus' -> BLR/GOV (held-out 22 row: the Lukashenka regime BLR/GOV); 'has found new ways to "
      "intimidate and punish its own citizens' = realised repression -> 175 BLR/GOV -> BLR/CVL (held-out 22: the "
      "regime's crackdown 175); 'including by approving legislation to apply the death penalty to pro-democracy "
      "activists and those opposing Russia's war' = a realised law restricting dissent -> 1721 (set 239: 'Passing "
      "repressive laws ... to restrict and criminalize speech, dissent' a 1721 to the citizens; README choices: "
      "political dissent is 140, here the target class), activists and anti-war protesters both citizens -> one "
      "event to BLR/CVL (README choices: Uyghur activists CHN/CVL; set 229: Hong Kong activists HKG/CVL) (borderline folded into the 175 as its means, or a second "
      "event to BLR/OPP for the pro-democracy activists); 'those opposing Russia's war' names a class of persons, "
      "their opposition not coded separately (borderline a 140 BLR/CVL -> RUS/GOV)"),
 20: ([], "2022 Roadmap for the Global Partnership for Action on Gender-Based Online Harassment and Abuse (16 Mar "
          "2022): 'The United States, Denmark, the United Kingdom, Sweden, Australia, and the Republic of Korea form "
          "the initial set of member countries in the Global Partnership' = a statement of membership, a status and "
          "not an act (set 242: Osmani's 'our membership to NATO' a status, uncoded) (borderline one 050 from USA/GOV "
          "to each of the five other founding governments, or one 030 per co-launcher as set 241's Global Methane "
          "Pledge)"),
 21: ([], "Release on the U.S.-chaired Annual Tripartite Consultations on Resettlement (17 June 2022): 'the United "
          "States will outline plans at the ATCR' = a future statement, 01x and not coded (guideline), and restoring, "
          "expanding and modernising the U.S. Refugee Admissions Program is a domestic programme; the chairing of the "
          "consultations is only in the title and the text before (borderline a future 036 USA/GOV -> org:UNHCR for "
          "taking part in UNHCR's consultations)"),
 # --- UNGDC 2020-2024 random: neg
 22: ([], "Guatemala (Giammattei, 2020): 'We do not need United Nations cooperation to be focused on administrative "
          "issues or technical assistance' = a position on what UN cooperation should focus on; the negation bears "
          "on the focus, not on any act, and the cooperation itself is not refused ('We must promote ... a model that "
          "allows us to move from a paradigm of cooperation to one of investment', text after) (README choices: "
          "statements of need are demanded aid, here a denied need for a kind of aid; set 190: 'We do not ask for "
          "direct financial assistance' a negated 1031, an act of asking absent here) (borderline a negated, demanded "
          "nominal 070 org:UN -> GTM/GOV)"),
 23: ([], "Ethiopia (2023): 'The target of mobilizing $100 billion by 2030 to support the mitigation and adaptation "
          "efforts of developing countries has not been achieved' = unfulfilled climate-finance pledges between "
          "uncoded groups of countries (set 225: unfulfilled climate-finance pledges between uncoded groups left "
          "uncoded; set 234: unmet emitters' commitments between uncoded groups) (borderline a negated 0331 with no "
          "source and no target)"),
 24: ([("release prisoners", "0841", "YEM/REB", "YEM/CVL", True, A, N, False)],
      "Yemen (al-Alimi, 2022); 'They' = 'The Houthi terrorist militias' of the sentence before -> YEM/REB "
      "(guideline: Houthis YEM/REB); 'do not ... release prisoners, detainees and abductees' = plain negation of a "
      "release -> negated 0841 (guideline: plain negation keeps the event's own code; README choices: unfulfilled "
      "pledges whose content is named take the content's code, negated, 0841), habitual -> asserted, the detainees "
      "and abductees being Yemenis held by the Houthis -> YEM/CVL, the three nouns one class (borderline a second "
      "event to YEM/MIL for prisoners of war, or 1243 as a refusal); 'They do not pay the wages of their "
      "employees' = the unpaid salaries of public servants in Houthi-held areas, a domestic payroll matter with no "
      "CAMEO act (borderline a negated 071 YEM/REB -> YEM/CVL); the detentions and abductions implied by the "
      "nouns are not coded separately (held-out 18 row 3: 'those unjustly detained' inside a release request not "
      "coded)"),
 # --- UNGDC 2020-2024 random: future
 25: ([("manoeuvres of hostile forces to stifle", "170", N, "PRK/GOV", False, A, N, True)],
      "DPRK (Kim Song, 2020); 'The manoeuvres of hostile forces to stifle the Democratic People's Republic of Korea' "
      "= an event noun of realised pressure -> nominal 170 (set 213 row 38: 'the attempts of the United States to "
      "suffocate the Democratic People's Republic of Korea' a nominal 170 USA/GOV -> PRK/GOV), asserted as ongoing; "
      "the 'hostile forces' are never named in this speech (it does not mention the United States) -> source null "
      "(guideline: collectives without a code -> null) (borderline USA/GOV from outside knowledge, or uncoded as an "
      "unattributed characterisation); 'will continue to hinder our progress' is an effect, and 'numerous other "
      "difficulties' name no act"),
 # --- UNGDC 2020-2024 random: demand
 26: ([("I call on this General Assembly", "1043", "PAK/GOV", "org:UNGA", False, A, N, False)],
      "Pakistan (Imran Khan, 2021); 'I call on this General Assembly to demand that Syed Geelani's mortal remains be "
      "allowed to be buried in the \"cemetery of martyrs\" with the appropriate Islamic rites' = one asserted request "
      "to org:UNGA (guideline), its sub-code taken from the innermost demand, as set 204 took 1013 from a request to "
      "the Assembly to seek a court's opinion: a burial with Islamic rites = respect for religious rights -> 1043 "
      "(borderline 1053 for the return of the remains, or generic 100); Y, the Assembly's demand on India (named "
      "only in the sentence before, 'Indian barbarity'), is not coded separately (guideline) (borderline a "
      "hypothetical 1043 org:UNGA -> IND/GOV); the snatching of the remains is in the sentence before"),
 27: ([], "Marshall Islands (Heine, 2024): 'Instead of rewarding some of the richest and most polluting businesses ... "
          "we should repurpose these funds to the roll-out of renewables, and to directly supporting the poorest and "
          "most vulnerable' = a hortative whose 'we' is all States, those that subsidise fossil fuels (README choices: "
          "'we' meaning all states not coded), the beneficiaries an open class"),
 # --- UNGDC 2020-2024 random: cue
 28: ([], "Austria (2020): 'As Secretary-General Antonio Guterres said \"the warning lights are flashing\"' = a quoted "
          "metaphor about the pandemic's effects, no act (guideline: the speech verb of reported speech not coded; "
          "figurative uses not coded)"),
 29: ([("We call for intensified talks", "106", "DJI/GOV", "YEM", False, A, N, False)],
      "Djibouti (Guelleh, 2022), 'Turning to Yemen' in the sentence before; 'We call for intensified talks aimed at "
      "reaching a lasting ceasefire' = 'S calls for Y', one asserted request (guideline), Y = negotiations -> 106 "
      "(guideline: the sub-code comes from Y, negotiations 106) (borderline 1056 for the ceasefire); the Yemeni "
      "parties are never named, so the request goes to the bare country the speech names (set 194: an appeal for "
      "peace with no addressee 'for Sarajevo' a 107 to bare BIH; set 219: a call on unnamed parties a 107 to bare "
      "UKR) (borderline target null, as set 243 row 35's call with no addressee); Y not coded separately"),
 30: ([], "India (Modi, 2020): 'But we cannot deny that there have been several wars, and many more civil wars' = "
          "agentless wars with no party or place named (README choices: conflicts named only by place and agentless "
          "events uncoded), 'we' meaning all States; 'cannot deny' is an admission, no REJECT"),
 31: ([], "Botswana (Masisi, 2020): 'this turn of events demands our urgent collective action if we are to eradicate "
          "poverty' = an inanimate subject and 'our' meaning all States (README choices: 'we' meaning all states not "
          "coded), poverty eradication an abstract goal"),
 32: ([("calling upon all the living forces of the Nation", "102", "GAB/GOV", "GAB/CVL", False, A, N, False)],
      "Gabon (Oligui Nguema, 2024, the transitional authority after the August 2023 coup) -> GAB/GOV under the "
      "UN-speech rule (README choices: Sudan's 2023-24 speeches SDN/GOV; set 243 row 24: Burkina Faso 2023 BFA/GOV) "
      "(borderline GAB/MIL under the junta rule); the coup itself is not coded (README choices: coups are not "
      "coded), and 'carried out without bloodshed' negates the manner of that uncoded act, no negated event "
      "(borderline a negated 180 GAB/MIL -> GAB/GOV); 'we advocated peace and national unity by calling upon all the "
      "living forces of the Nation ... to join in the effort to build a more just and prosperous Gabon' = one asserted "
      "request (guideline: call on -> 10x), the advocacy being its manner, addressed to the nation's political and "
      "social forces -> GAB/CVL (borderline a second request to GAB/OPP for the ousted party), Y = join the "
      "transition's effort = policy support -> 102 (set 211: a call to back African peace initiatives a 102) "
      "(borderline 107 for 'peace and national unity' as a settlement, or generic 100); Y not coded separately"),
 33: ([("raise my voice to demand an end to this genocide", "1056", "HND/GOV", N, False, A, N, False),
       ("this genocide", "202", N, "PSE/CVL", False, A, N, True)],
      "Honduras (Castro, 2024); 'I also raise my voice to demand an end to this genocide' = the speaker's own "
      "asserted request (guideline: demand -> 10x), Y = end mass killing -> 1056 de-escalation (README choices: 'we "
      "insist that the killing must stop' 1056), the perpetrator never named in the speech (it never names Israel) "
      "-> target null (borderline ISR/GOV from outside knowledge); 'this genocide' = the genocide 'against the "
      "Palestinian people' of the sentence before -> nominal 202 (README choices: genocide 202; genocide inside a "
      "request coded), agentless -> source null, victims from the sentence before -> PSE/CVL (set 237: the anaphoric "
      "'This attack' a nominal 190 with no source to SYR/CVL; set 236: 'These attacks' coded) (borderline uncoded "
      "as an anaphoric event noun, guideline 'the crime')"),
 34: ([("My country supports", "051", "PRT/GOV", "org:EU", False, A, N, False),
       ("European Union-Africa dialogue", "040", "org:EU", N, False, A, N, True),
       ("My country supports", "051", "PRT/GOV", N, False, A, N, False),
       ("My country supports", "051", "PRT/GOV", "MOZ/GOV", False, A, N, False),
       ("the cooperation with Mozambique", "062", N, "MOZ/GOV", False, A, N, True),
       ("its fight against terrorism", "190", "MOZ/GOV", "MOZ/REB", False, A, N, True)],
      "Portugal (Rebelo de Sousa, 2021); 'My country supports ...' -> 051 (guideline: express support 051), compound "
      "object split by party (guideline): (1) 'the European Union-Africa dialogue' -> 051 to org:EU and the dialogue "
      "named by its parties a nominal 040 from org:EU with no target, 'Africa' being a continent without a code "
      "(README choices, set 134: 'A \"European Union-Africa partnership\" is a 051 to org:EU and a nominal 050 from "
      "it with no target'; a meeting noun whose name gives its participants is a nominal 040) (borderline org:AU as "
      "the dialogue's partner, as set 178's Europe-Africa summits); (2) 'international action for the stabilization "
      "of the Sahel, maritime security in the Gulf of Guinea' = unattributed international efforts in regions "
      "without a code -> one 051 with no target (README choices: support for global efforts towards disarmament is a "
      "051 with no target); (3) 'the cooperation with Mozambique in its fight against terrorism' = support aimed at a "
      "process goes to its named party (README choices) -> 051 to MOZ/GOV, plus the cooperation itself, security "
      "cooperation whose international partners are unnamed -> nominal 062 with no source (README choices: security "
      "cooperation 062) (borderline source PRT/GOV or org:EU, the EU training mission led by Portugal), and "
      "Mozambique's 'fight against terrorism' in Cabo Delgado -> nominal 190, the unnamed insurgents MOZ/REB (README "
      "choices: unnamed outlaw groups are the country's REB; set 236: Pakistan's 'fought terrorism ..., defeating "
      "terrorist groups on our soil' a 190 PAK/GOV -> PAK/REB) (borderline target null, as set 213's Iraq, or "
      "uncoded as a generic fight against terrorism)"),
 # --- UNGDC 2020-2024 random: nocue
 35: ([], "Seychelles (2024): 'Widened and prolonged conflict risks affecting smaller states like Seychelles' = a risk "
          "(guideline: risks not coded), the conflict agentless and unplaced"),
 36: ([], "Kiribati (Maamau, 2021): 'The theme is a powerful wake up call to continue to place our trust and faith in "
          "this body' = an evaluation of the session theme and a sentiment of trust, 'our' meaning all peoples (set "
          "120: the welcome of a session theme uncoded)"),
 37: ([], "Fiji (Bainimarama, 2021): wealthy nations propping up their own economies and developing nations "
          "borrowing at punitive rates = domestic economic policies of uncoded collectives, no act between actors "
          "(README choices: acts between uncoded collectives not coded)"),
 38: ([], "Lao PDR (2024): 'the Lao Government has adopted the Lao PDR Smooth Transition Strategy for LDC Graduation' "
          "= a domestic strategy (held-out 26/50: domestic policy not coded)"),
 39: ([("We are contributing to development of e-services globally", "070", "EST/GOV", N, False, A, N, False),
       ("digital memorandum between Estonia and African Union", "057", "EST/GOV", "org:AU", False, A, N, True)],
      "Estonia (Kaljulaid, 2020); 'We are contributing to development of e-services globally, notably in Africa' = "
      "ongoing development assistance -> 070 (set 168: Estonia's contributions one 070), the "
      "recipients 'globally' and 'in Africa' without a code -> target null (borderline 061 economic cooperation, or "
      "org:AU as the channel); 'through digital memorandum between Estonia and African Union' = an agreement named "
      "by its parties -> nominal 057 EST/GOV -> org:AU (README choices: an agreement or cooperation named by its "
      "parties is a nominal 057; an agreement named after its parties is a nominal 057 from the first-named party) "
      "(borderline a nominal 050)"),
}
