"""Hand annotations for the FIFTEENTH held-out event gold set (source of events-heldout15.jsonl).

Keyed by the row index of selection-heldout15.jsonl (output of select_heldout15.py).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout15.jsonl \
        --annotations annotations_heldout15 --output events-heldout15.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will launch the inaugural meeting", "036", "USA/GOV", "EGY/GOV", False, F, N, False)],
     "Kerry (USA/GOV) together with FM Shoukry will launch the inaugural meeting of the U.S.-Egypt Climate Working "
     "Group -> future meeting 036 future, symmetric, coded once from the document's government; 'a joint endeavor "
     "to advance ... goals' describes the group, not coded again"),
 1: ([("will meet with counterparts in the French government", "036", "USA/GOV", "FRA/GOV", False, F, N, False),
      ("Russian Federation’s premeditated, unprovoked, and unjustified war against Ukraine", "190", "RUS/MIL", "UKR",
       False, A, N, True)],
     "Assistant Secretary Sison's trip; future meeting -> 036 future to FRA/GOV; 'other diplomatic colleagues' "
     "(unnamed) dropped; 'continued close coordination at the United Nations' is the topic of the same meeting, not "
     "coded; the Russian Federation's war -> 190 nominal RUS/MIL -> UKR, as earlier sets' 'Russia's war'"),
 2: ([("will meet with Swiss officials in Bern", "036", "USA/GOV", "CHE/GOV", False, F, N, False)],
     "Sison; future meeting with Swiss officials -> 036 future (Bern a venue); 'Following meetings in Geneva' = a "
     "meeting noun whose counterparts are given only by a place, not coded (held-out 13 row 2); 'to discuss shared "
     "interests' is the purpose of the same meeting"),
 # --- State Dept random: demand
 3: ([("condemned", "111", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("condemned", "111", "CZE/GOV", "RUS/GOV", False, A, N, False),
      ("committed by Russia’s forces", "200", "RUS/MIL", "UKR", False, A, N, False),
      ("its unprovoked and unjustified war", "190", "RUS/MIL", "UKR", False, A, N, True)],
     "'They' = Blinken and Czech FM Lipavsky -> compound source split; condemnation -> 111 to RUS/GOV as earlier sets "
     "(also when the condemned acts are RUS/MIL's); the atrocities committed by Russia's forces -> 200 RUS/MIL -> UKR "
     "(earlier set 'committed by Russian forces' -> 200, not nominal); 'its ... war' = Russia's -> 190 nominal "
     "RUS/MIL -> UKR; 'agreed Ukraine's sovereignty ... must be respected' = a shared view with an agentless deontic "
     "whose Y is not a CAMEO act, not coded (borderline 051 to UKR); 'hold the Kremlin ... accountable' not coded "
     "(held-out 7)"),
 4: ([("We echo", "1056", "USA/GOV", N, False, A, N, False),
      ("UN Secretary-General’s call on all actors", "1056", "org:UN", N, False, A, N, True)],
     "joint statement of the Quint governments -> 'We' = USA/GOV (guideline, not split); echoing the "
     "Secretary-General's call = making the same request in one's own voice -> REQUEST (new; borderline: a statement, "
     "01x); the Secretary-General's call itself = nominal request with its agent -> org:UN; addressee 'all actors' "
     "(in Libya, unnamed collective) -> null; Y = refrain from actions that could undermine stability = "
     "de-escalation 1056 (borderline 100); 'express our concern' = 01x; violence, threats and kidnappings are "
     "agentless nouns"),
 5: ([], "'The overwhelming majority vote at the IAEA Board ... sends an unambiguous message to Iran' = 'send a "
         "message', 01x (first set row 90); its content 'it must meet its safeguards obligations and provide ... "
         "clarifications' is a deontic whose Y is compliance, not codable (guideline) (borderline 100 org:IAEA -> "
         "IRN/GOV for the resolution's demand, or 111 for the censure vote)"),
 6: ([("insisting that China cooperate", "1055", "org:G7", "CHN/GOV", False, A, N, False)],
     "Blinken (interview); 'The leaders of the G7' -> org:G7; 'insisting that China cooperate with the ... Phase 2 "
     "study by the WHO' = a demand -> REQUEST (the insisting is itself the event, reported_by null); Y = cooperate "
     "with the WHO's origins study = allow international involvement 1055 (borderline 101 or 100); 'have come "
     "together' = the G7 summit among its own members, not coded; 'that's not enough' is an evaluation"),
 7: ([], "Clinton (office at the time -> USA/GOV) signing the ILO Worst Forms of Child Labor Convention = joining a "
         "multilateral convention, no named counterpart (membership not coded, held-out 12 row 9; borderline 057 "
         "target null); 'he recognized that ... governments, companies, and workers must promote core labor "
         "standards' = a statement with a deontic over collectives, Y not codable"),
 8: ([], "deontic: transgender persons must be able to live free from violence; no actor, Y not a CAMEO act"),
 # --- State Dept random: cue
 9: ([("reaffirmed the U.S.-ROK Alliance", "030", "USA/GOV", "KOR/GOV", False, A, N, False),
      ("committed to trilateral cooperation", "030", "USA/GOV", "KOR/GOV", False, A, N, False),
      ("committed to trilateral cooperation", "030", "USA/GOV", "JPN/GOV", False, A, N, False)],
     "Blinken's call with ROK FM Chung; reaffirming the alliance = commitment to cooperation stated as a fact -> 030 "
     "asserted (held-out 'reaffirmed their cooperation' -> 030; borderline: an evaluation 'as the linchpin', or 051); "
     "committing to trilateral cooperation with the ROK and Japan -> 030 asserted, compound target split (same "
     "phrase coded so in an earlier set); denuclearization is the aim"),
 10: ([("thank you so much for the warm welcome", "051", "MKD/GOV", "USA/GOV", False, A, N, False),
       ("the warm welcome and the hospitality", "042", "MKD/GOV", "USA", False, A, N, True)],
      "FM Osmani to Blinken in Washington; thanking -> 051 (first set 'thank you'); 'thanks to your team' = the same "
      "pair (State Department staff), coded once; the welcome and hospitality show Osmani's visit -> nominal 042 to "
      "the country (held-out 12: a welcome of a visiting official codes the visit it shows, here from the guest's "
      "side; new; borderline: not coded, the thanks only)"),
 11: ([("has imposed economic sanctions", "163", "USA/GOV", N, False, A, N, False)],
      "OFAC (Treasury) -> USA/GOV; sanctions -> 163; 'seven individuals and one entity across four countries in the "
      "Western Balkans' - the countries are not named in the sentence or the document -> target null (borderline "
      "one event per Western Balkan country)"),
 12: ([("supporting civil society", "070", "USA/GOV", N, False, A, N, False)],
      "Blinken; 'we' = the United States; supporting civil society (anti-corruption actors throughout the hemisphere "
      "and the world, no single country) through funding, assistance and training -> 070, habitual, asserted, target "
      "null (borderline PAN/CVL, the event being in Panama; borderline: a policy description, not coded)"),
 13: ([("liaise with", "040", "USA/GOV", "org:UN", False, A, N, False),
       ("liaise with", "040", "USA/GOV", N, False, A, N, False)],
      "PRM's Regional Refugee Coordinators -> USA/GOV; liaising = consultation 040, habitual, asserted; UN officials "
      "-> org:UN; national and local government officials (of unnamed countries in the region), civil society, donor "
      "country representatives and aid recipients are unnamed -> one event with target null (borderline COL/ECU/PAN "
      "GOV from 'located in'); 'coordinate humanitarian diplomacy' and 'monitor and evaluate PRM-funded programs' "
      "name no counterpart (borderline: a job description, not coded)"),
 14: ([("spoke with Sudanese Prime Minister Hamdok", "040", "USA/GOV", "SDN/GOV", False, A, N, False)],
      "the splitter cut after 'Antony J.'; call with PM Hamdok -> 040; 'to discuss progress' is the same call; peace "
      "and reforms are topics"),
 15: ([("met today with", "040", "USA/GOV", "UKR/GOV", False, A, N, False),
       ("commitment to support Ukraine’s victory", "032", "USA/GOV", "UKR", False, A, N, True),
       ("Russia’s unjust and unprovoked war", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "the splitter keeps 'D.C. The Secretary ...' in one sentence; Zelenska (First Lady) -> UKR/GOV (earlier set); "
      "Washington is the venue; the U.S. commitment to support Ukraine's victory = intent stated as a fact -> 03x "
      "asserted, nominal (earlier set 'continued commitment to humanitarian aid' -> 033), 032 (borderline 0332), "
      "target the country; Russia's war -> 190 nominal RUS/MIL -> UKR; 'emphasized' = the Department's own Secretary, "
      "not reported speech"),
 16: ([("spoke today with", "040", "USA/GOV", "JPN/GOV", False, A, N, False),
       ("jointly condemned", "111", "USA/GOV", "PRK/GOV", False, A, N, False),
       ("jointly condemned", "111", "JPN/GOV", "PRK/GOV", False, A, N, False),
       ("DPRK’s March 24 Intercontinental ballistic missile launch", "150", "PRK/MIL", N, False, A, N, True)],
      "call with FM Hayashi -> 040; 'they jointly condemned' -> compound source split, target PRK/GOV as earlier sets; "
      "the ICBM launch -> 150 nominal PRK/MIL, target null (earlier set 'ballistic missile launches')"),
 17: ([("welcome Prime Minister Rama here", "042", "ALB/GOV", "USA", False, A, N, False),
       ("are doing together", "050", "USA/GOV", "ALB/GOV", False, A, N, False)],
      "Blinken (host) welcoming PM Rama to the State Department and the United States -> the welcome codes the visit "
      "it shows, 042 to the country (held-out 12); 'give us an opportunity to talk' = the meeting that follows (title "
      "'Before Their Meeting'), not coded (borderline 036 future or 040); the work the United States and Albania are "
      "doing together = ongoing cooperation stated in a relative clause (presupposed, held-out 13 row 1) -> 050, "
      "symmetric, coded once from the document's government (borderline: a topic, not coded)"),
 18: ([("reaffirmed their resolute support for Ukraine’s sovereignty", "051", "USA/GOV", "UKR", False, A, N, False),
       ("reaffirmed their resolute support for Ukraine’s sovereignty", "051", "JPN/GOV", "UKR", False, A, N, False),
       ("its war of aggression in Ukraine", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "'They' = Blinken and FM Hayashi -> compound source split; support for Ukraine's sovereignty and independence "
      "-> 051 to UKR (earlier sets); 'committed to holding the Kremlin accountable' not coded (held-out 7); 'its' = "
      "the Kremlin's -> 190 nominal RUS/GOV -> UKR (capital metonym rule, as 'Kremlin's ... war')"),
 19: ([("is designating World Human Care", "163", "USA/GOV", "IDN/NGO", False, A, N, False),
       ("has provided financial support", "071", "IDN/NGO", N, False, A, N, False)],
      "terrorism designation = sanctions 163 (earlier sets 'designating' -> 163); World Human Care, an Indonesia-based "
      "organization -> IDN/NGO (borderline IDN/CVL); its financial support to MMI = economic aid 071 (borderline 070, "
      "held-out 5 'support for terrorism'), habitual past, asserted; MMI, a terrorist group, has no code (as AQIM) "
      "-> target null"),
 20: ([], "Blinken to Moroccan women in STEM: mentoring others is not an act between political actors"),
 21: ([("has perpetrated a premeditated, unprovoked, and unjustified attack on Ukraine", "190", "RUS/MIL", "UKR",
        False, A, N, False)],
      "Russia's attack on Ukraine -> 190 RUS/MIL -> UKR as earlier sets; 'the world has watched in horror' = a "
      "collective's reaction, 01x"),
 22: ([("are coordinating closely", "050", "USA/GOV", "AUS/GOV", False, A, N, False),
       ("provide immediate help and support on assistance to Tonga", "073", "USA/GOV", "TON", False, A, N, False),
       ("provide immediate help and support on assistance to Tonga", "073", "AUS/GOV", "TON", False, A, N, False)],
      "the United States and Australia coordinating -> 050, symmetric, coded once from the document's government; "
      "'other international partners' dropped; disaster relief after the eruption and tsunami -> humanitarian aid "
      "073 per donor, target the country; the purpose clause states the ongoing relief -> asserted (borderline "
      "future/purpose, not coded)"),
 23: ([], "'remains deeply concerned about the ... threat' = expressed concern (01x); the REMVE threat is a risk"),
 24: ([("reiterated their pledge", "030", "AFG/GOV", "USA/GOV", False, A, N, False)],
      "July 2022 -> the Taliban = AFG/GOV (de facto authority); a reiterated pledge = intent stated as a fact -> 03x "
      "asserted; not allowing Afghan territory to be used to threaten any country = a security assurance -> 030 "
      "(borderline 0312); made to the U.S. delegation in the Doha meetings (document context) -> target USA/GOV "
      "(borderline null, 'any country'); the negation is inside the pledge's content, not event negation"),
 25: ([("we are targeting entities and individuals", "163", "USA/GOV", "RUS", False, A, N, False),
       ("its unconscionable war on the citizens of Ukraine", "190", "RUS/MIL", "UKR/CVL", False, A, N, True)],
      "Blinken; targeting (designating) Russian technology companies and cyber actors (title) -> sanctions 163 to the "
      "bare country (earlier sets); 'to shut down the Kremlin's sanctions evasion networks' is the purpose of the same "
      "act, and the evasion networks are not a CAMEO act; 'its' = the Russian Federation's war -> 190 nominal RUS/MIL "
      "(as 'Russia's war'), target the citizens of Ukraine -> UKR/CVL; presupposed ongoing -> asserted"),
 26: ([], "leading a joint statement signed by 50 countries on the UN Guiding Principles = a public statement (01x), "
          "no counterpart"),
 27: ([("met today with", "040", "USA/GOV", "AGO/GOV", False, A, N, False)],
      "Sherman and President Lourenço -> 040; Luanda is the venue (held-out 13 row 16)"),
 # --- State Dept random: nocue
 28: ([], "link to more information"),
 29: ([], "briefer: vaccine types available, no act between actors"),
 30: ([], "media contact"),
 31: ([("will continue working with the international community", "030", "USA/GOV", N, False, F, N, False)],
      "future cooperation with the international community (collective) -> 030 future, target null (held-out 13 row "
      "36); 'hold accountable those responsible' is not a CAMEO act (held-out 7); the repression and abuses in "
      "Belarus are agentless nouns here"),
 32: ([], "fragment of a list of speakers (cut at 'Jose W.'): no act"),
 33: ([("real partnership, collaboration", "050", "USA/GOV", "MWI/GOV", False, A, N, True)],
      "President Chakwera (MWI/GOV) in a State Dept transcript; 'Our relations with the U.S.' = Malawi and the US; a "
      "long story of partnership and collaboration = cooperation nouns naming their parties -> nominal 050 (held-out "
      "11, 13 row 26), symmetric, coded once from the document's government; 'help' has no stated agent or direction "
      "(borderline 070 USA/GOV -> MWI/GOV); relations dating back to 1964 is a state"),
 34: ([], "Blinken thanking the embassy's locally employed staff association: internal, not an act between actors"),
 35: ([], "a Special Advisor at the forefront of efforts to protect disability rights globally: abstract, no "
          "counterpart"),
 36: ([("stands with the people of Belarus", "051", "USA/GOV", "BLR/CVL", False, A, N, False)],
      "'stands with' = expressed support -> 051 (earlier set 'stand together with the Nicaraguan people in support'); "
      "the people's seeking independence and demonstrating courage is not an act between actors"),
 37: ([("opened the Strategic Dialogue", "040", "USA/GOV", "POL/GOV", False, A, N, False)],
      "Deputy FM Przydacz (POL/GOV) and Counselor Chollet (USA/GOV) opened the dialogue -> 040 (dialogue as "
      "meeting, held-out 4), symmetric, coded once from the document's government"),
 38: ([], "'The United States delegation was led by Jennifer R.' (cut fragment): internal"),
 39: ([], "'These designations' (of Porras, previous sentences) reaffirm a commitment to combat corruption = an "
          "abstract policy position; the designations have no agent in the sentence (borderline 163 USA/GOV -> "
          "GTM/JUD); 'corruption, which undermines ... faith' is not an act between actors"),
 40: ([("another important step by the Government of Ethiopia", "0814", "ETH/GOV", "ETH/CVL", False, A, N, True)],
      "'This' = the lifting of the state of emergency in Ethiopia (previous sentence, welcomed there); the step's "
      "agent is named in the sentence -> ease state of emergency 0814, nominal, the population -> ETH/CVL "
      "(borderline ETH; new: an anaphoric 'This is a step by X' takes its act from the context; borderline not "
      "coded, the act noun being in the previous sentence); 'to pave the way for a peaceful resolution' is a purpose"),
 41: ([], "media contact"),
 # --- UNGDC random: neg
 42: ([("the support of the development partners", "070", N, "SWZ", False, A, N, True)],
      "Eswatini; the development partners are unnamed -> source null (held-out 12 row 60); their support since 1986 "
      "against HIV/AIDS -> 070 nominal, target 'the country' -> SWZ (borderline SWZ/GOV); 'would never have been "
      "possible without' bears on the milestone, the support is presupposed -> asserted, not negated"),
 43: ([], "Norway: the humanitarian system 'will not be able to meet' needs: no actor, no act"),
 44: ([("We will no longer be placated by toothless pledges", "120", "PNG/GOV", N, False, A, N, False)],
      "Papua New Guinea; 'we will no longer be placated by toothless pledges' = performative non-acceptance of the "
      "(global North's) empty climate pledges -> REJECT 120, not negated (held-out 13 row 46 'will no longer accept "
      "unjust accusations'; borderline: a statement of resolve, not coded); the pledgers are unnamed (previous "
      "sentence 'the global North', a collective) -> null; 'toothless pledges' have no agent"),
 45: ([], "New Zealand: generic contrast of bullets, bombs and lies; no actor"),
 46: ([("did not hesitate to support it", "070", N, "LBN", False, A, N, False)],
      "Lebanon; 'his great solidarity' = Pope Francis's solidarity after the Beirut explosion = condolence-like "
      "solidarity after a disaster (01x, held-out 10/11), not coded (borderline 051 VAT/GOV -> LBN/CVL); 'brothers and "
      "sisters in humanity' (unnamed) -> source null; 'did not hesitate to support' = the negation bears on "
      "hesitating, the support is asserted (guideline 'never ceased to demand'); support after the explosion (aid, "
      "previous sentences) -> 070 (borderline 051, 'Morally'); 'it' = Lebanon -> LBN (borderline LBN/CVL)"),
 # --- UNGDC random: reported
 47: ([], "Cambodia: 'History has told us' that interference and military options are not solutions: generic, no "
          "actor"),
 48: ([], "Hungary: conflict on the rise 'according to the United Nations', which 'has warned' that peace is under "
          "threat = a statement about risk (01x), no event"),
 # --- UNGDC random: future
 49: ([("will host", "036", "PHL/GOV", N, False, F, N, False)],
      "Philippines; future hosting of a Philippine-Pacific forum = intent to meet 036 future (guideline, held-out 13 "
      "row 49); the Pacific participants are unnamed -> null; 'to discuss regional solutions' is the same forum"),
 50: ([], "Estonia launching a global alliance that will bring together unnamed interested countries = an abstract "
          "institutional initiative with no named counterpart (held-out 13 row 39; borderline 030 EST/GOV -> null)"),
 # --- UNGDC random: demand
 51: ([], "Finland: 'No government should adopt measures that undermine the rule of law' = generic deontic, no "
          "actor"),
 52: ([], "Canada: deontic 'we must focus on' vaccine production and distribution, 'we' = all; abstract"),
 53: ([], "Liberia: 'We must all rise above normal divisions': deontic, abstract"),
 54: ([], "Italy: 'the Security Council must be able to continue to fulfil its role': deontic, Y not a CAMEO act"),
 # --- UNGDC random: cue
 55: ([("we would like to encourage this Assembly", "1044", "SLE/GOV", "org:UNGA", False, A, N, False),
       ("Africa’s demand", "1044", "org:AU", N, False, A, N, True)],
      "Sierra Leone; 'would like to encourage' = polite performative request, asserted; 'this Assembly' -> org:UNGA; "
      "Y = adopt Africa's demand for Security Council reform -> 1044 (held-out 9, 13 row 56); Africa's demand "
      "outlined in the Ezulwini Consensus and the Sirte Declaration (the AU's Common African Position) = nominal "
      "request with its agent -> org:AU (borderline null, 'Africa' as a collective), addressee not named -> null; "
      "'address this long-standing injustice' is the same Y"),
 56: ([], "Tuvalu: a high-level meeting marking the start of a global effort to shape a declaration: no actor pair"),
 57: ([], "Cambodia: 'It is critical that the principles of the UN Charter ... remain the backbone': no actor"),
 58: ([("oppose the approval of the Tax Justice Law", "120", "HND/OPP", "HND/GOV", False, A, N, False),
       ("are boycotting the election of the new Attorney General", "143", "HND/OPP", "HND/GOV", False, A, N, False)],
      "Honduras (the president); 'they' = the alliance of corrupt politicians and supposed civil society conspiring against "
      "'my Government' (previous sentences) -> HND/OPP; opposing the government's proposed law -> REJECT 120; "
      "boycotting the (congressional) election of the Attorney General -> 143 boycott (borderline target HND/LEG); "
      "'to perpetuate the impunity' and 'to hinder the arrival of the international commission' are purposes, not "
      "coded (borderline 1245 to the unnamed commission)"),
 59: ([], "Algeria's belief about addressing root causes: no act"),
 60: ([("continue to support", "070", N, "org:UN", False, D, N, False)],
      "Singapore; 'It is thus essential that we continue to support' = deontic without a request verb (guideline "
      "'it is important to help X') -> Y coded, demanded; 'we' = the member states (previous sentence: 'commitment "
      "from member states') -> collective, source null; the elided object = the UN and the Secretary-General -> "
      "org:UN; political and financial support -> 070 (borderline: 'we' = all with an abstract Y, not coded, held-out "
      "12 rows 54, 62)"),
 61: ([], "Netherlands: verbless list item 'The immediate and unconditional release of all remaining hostages' = "
          "an event noun without an agent (held-out 13 row 77), not coded"),
 62: ([("We condemn", "111", "EGY/GOV", N, False, A, N, False)],
      "Egypt; condemning all unilateral actions that violate Somalia's unity and sovereignty -> 111; the "
      "actions' agent is not named in the sentence -> target null (held-out 13 row 59)"),
 63: ([("Mexico calls for", "1044", "MEX/GOV", N, False, A, N, False)],
      "Mexico; a call for the elimination (or restriction) of the veto = demand change in institutions 1044, addressee "
      "not named -> null (held-out 9, 13 row 56); 'The UN Security Council needs urgent reform' is an agentless "
      "deontic, the same demand; the following line about Latin America has no act"),
 64: ([("I also want to echo calls", "1056", "MLT/GOV", N, False, A, N, False)],
      "Malta on Afghanistan; echoing calls = the speaker's own request (as row 4); 'all involved' (unnamed) -> null "
      "(borderline AFG/GOV for the Taliban); several demands (end the violence, respect international law, uphold "
      "human rights, ensure safe departure) -> the most specific sub-code, first named: de-escalation 1056 (held-out "
      "9; borderline 1043); the calls echoed have no agent"),
 65: ([], "Norway: the General Assembly as a forum: no act"),
 66: ([], "Venezuela: 'The so-called sanctions' = an event noun without an agent in the sentence (the previous "
          "sentence's 'imposition of unilateral coercive measures' is agentless too), not coded"),
 67: ([], "Denmark: countries along the routes 'need more assistance' = agentless deontic over unnamed collectives"),
 68: ([], "Costa Rica: the challenge of preserving life on the planet: no act"),
 # --- UNGDC random: nocue
 69: ([], "Moldova: corruption affects poor States: no act"),
 70: ([], "Singapore: questions about digital transformation: no act"),
 71: ([], "Guyana: 'we are regaled with renewed unkept promises' = promises of unnamed parties (agentless); not "
          "coded (borderline negated 03x null -> GUY)"),
 72: ([("we delivered the Amalthea maritime corridor", "073", "CYP/GOV", "PSE/CVL", False, A, N, False)],
      "Cyprus; the Amalthea maritime corridor for aid to Gaza = humanitarian aid 073; its beneficiaries are the "
      "civilians of Gaza (previous sentences) -> PSE/CVL from the context (borderline null for 'to the international "
      "community', or 060 cooperation with the international community)"),
 73: ([], "Cabo Verde: sea-level rise affects all continents: no act"),
 74: ([], "Antigua and Barbuda: developing countries trapped in economic decline: no act"),
 75: ([], "Benin: 'Africa is the future of the world': no act"),
 76: ([], "Iraq: its democracy imbued with courage and hope: no act"),
 77: ([], "Belarus: global politics have deteriorated: no act"),
}
