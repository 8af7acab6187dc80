"""Hand annotations for the TWO-HUNDRED-AND-TWENTY-SECOND held-out event gold set (source of events-heldout222.jsonl).

Keyed by the row index of selection-heldout222.jsonl (output of select_statement_sentence_heldout.py 222; rows 0-30
come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022, rows 31-50
from statements_ungdc_2020_2024.jsonl, UN General Debate speeches of 2020-2024).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout222.jsonl \\
        --annotations annotations_heldout222 --output events-heldout222.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: neg
 0: ([("do not support the restoration of the Islamic Emirate", "051", "org:UNSC", "AFG/REB", True, A, N, False)],
     "Price (10 Aug 2021) quoting the final line of the Security Council's press statement; 'put out a statement' "
     "and 'recall Resolution 2513' are statements (01x, not coded), and 'reaffirm that there is no military "
     "solution' is a position, not an act; 'declare that they do not support the restoration of the Islamic "
     "Emirate' = the Council members' own declaration of non-support -> a negated 051 (held-out 6: 'we do not "
     "support efforts' a negated 051; set 187: al-Shabaab 'does not support the creation of a national "
     "Government' a negated 051), not a REJECT since no refusal verb is used (borderline 120); 'the members of the "
     "Security Council' -> org:UNSC; the Islamic Emirate = the Taliban's proclaimed regime, before 15 Aug 2021 -> "
     "AFG/REB (guideline); the quoted declaration is the Council's own performative act, so reported_by null "
     "(held-out 6: a quoted own declaration; set 156: the Secretary-General's quoted 'It is shameful' his own "
     "110 with reported_by null; borderline reported_by org:UNSC under 'said'); the restoration itself, a "
     "takeover of power, has no CAMEO code (coups are not coded)"),
 1: ([("My call to Foreign Minister Lavrov", "036", "USA/GOV", "RUS/GOV", False, F, N, True),
      ("a negotiation about Ukraine", "046", "USA/GOV", "RUS/GOV", True, F, N, True)],
     "Blinken (27 Jul 2022); the call he expects 'in the coming days' (text before: 'I expect to speak with "
     "Russian Foreign Minister Lavrov') = a future meeting noun with its agent 'My' -> nominal 036 future "
     "(guideline: future meetings 036; held-out: a meeting on a day's public schedule is 036 future, nominal; calls "
     "are meetings, held-out 15); 'will not be a negotiation about Ukraine' = the text says the negotiation will "
     "not happen on that call -> negated future 046, nominal, between the same pair (guideline: plain negation "
     "keeps the event's own code; 'without entering into war'), not a REJECT (no refusal verb; borderline 125, or "
     "uncoded as a description of the call's character rather than an event); Ukraine is the topic, not a party "
     "('nothing about Ukraine without Ukraine', text after)"),
 2: ([("received downgrades", "110", "USA/GOV", N, False, A, N, False)],
     "Trafficking in Persons Report 2021 briefing; the tier downgrades = the Department's own administrative "
     "disapproval (first held-out set row 6: TIP-report 'downgraded' a 110 USA/GOV -> each government), 'received' being a "
     "passive-like frame for the US government's own act -> USA/GOV (guideline exception for the document's own "
     "administrative acts), 'as the department assessed' naming the agent too; the six countries are never named "
     "(searched: the briefing lists no country for this move) -> target null (guideline: collectives without a "
     "code; borderline not coded without a counterpart); 'the governments did not meet all four of the minimum "
     "standards and were not making appreciable progress' = non-compliance with a US statutory standard and a "
     "lack of progress, no negated act between actors (guideline: 'comply with obligations' not codable)"),
 3: ([], "Ukraine Travel Advisory (12 Feb 2022): 'Have a contingency plan in place that does not rely on U.S. "
         "government assistance' = advice to private US travellers about their own planning; the US assistance "
         "is a hypothetical crisis service the plan should not rely on, and the negation bears on the reliance, "
         "not on an act between actors (first set row 6 and held-out 6 row 36: travel advisories uncoded; "
         "borderline a negated, hypothetical 073 USA/GOV -> USA/CVL)"),
 # --- State Dept random: capital
 4: ([("will be severe", "130", "USA/GOV", "RUS/GOV", False, A, N, False),
      ("further invades Ukraine", "192", "RUS/GOV", "UKR", False, H, N, False)],
     "Blinken (13 Feb 2022) on his call with Lavrov the night before (text before: 'I spoke by phone last night "
     "with Russian Foreign Minister Lavrov'); 'I also underscored that ... the response from the United States and "
     "our allies and partners will be swift, it will be united, it will be severe' = a warning made to Russia, "
     "itself asserted -> 130 USA/GOV -> RUS/GOV (guideline: a threat or warning is asserted; held-out 6 row 19 "
     "'would be met with swift and severe consequences' 130; held-out 14 row 21); the response is unspecified, "
     "not coded (held-out 5 row 50), and 'our allies and partners' an uncoded collective, dropped; the threatened "
     "condition 'if Moscow chooses the path of aggression and further invades Ukraine' -> invade 192 "
     "hypothetical, Moscow a capital metonym -> RUS/GOV even for a military act (guideline), Ukraine the country "
     "-> bare UKR (guideline: target of an invasion); 'chooses the path of aggression' is the same act, folded "
     "into the 192 (borderline a separate hypothetical 190)"),
 5: ([("runs counter to the spirit of the Minsk agreements", "128", "RUS/GOV", "UKR/GOV", False, A, N, False)],
     "G7 Foreign Ministers' Statement (19 Feb 2022); 'This' = that the Russian Federation 'continues to hand out "
     "Russian passports to the inhabitants of the non-government controlled areas of Ukraine' (sentence before) "
     "-> an inanimate subject standing for a government's act is that government's (held-out 9) -> RUS/GOV; "
     "'runs counter to the spirit of the Minsk agreements' = a breach of an agreement asserted by the speakers -> "
     "violate norms 128 (held-out: a claimed 'flagrant violation' of agreements is a 128 to each party; set 141: "
     "'violation of paragraph 31' a 128), to the other party the statement names in implementing Minsk -> "
     "UKR/GOV (borderline uncoded as an evaluation, as set 206's policies that 'run counter to their declared "
     "intentions', or target null); the passport issuance itself has no CAMEO code (set 138: mass grants of "
     "citizenship uncoded) and was condemned in the sentence before"),
 # --- State Dept random: reported
 6: ([("has spent something like $20 million", "071", "USA/GOV", "CUB/CVL", False, A, "USA/GOV", False)],
     "journalist's question (Lara) relaying White House Press Secretary Psaki (USA/GOV); 'the United States has "
     "spent ... $20 million to support democracy assistance programs in Cuba since 2009' = realised funding of "
     "programmes in Cuba, money -> economic aid 071 (Price's answer: 'economic support funds for democracy "
     "promotion programs to Cuba'; held-out 4 row 11: 'plans to provide $500,000' 071; borderline 070), the "
     "beneficiaries being independent media, activists and the Cuban public (text after) -> CUB/CVL (borderline "
     "bare CUB); inside 'Psaki said that' and relayed by a third party -> reported_by USA/GOV (README: a journalist "
     "who relays the Secretary's statement gives reported_by USA/GOV); the speech verb is not coded"),
 7: ([], "Blinken in San José (2 Jun 2021): 'we've always said that sanctions are not permanent' = the speaker's own "
         "past statements (reported_by would be null) of a generalisation about sanctions as an instrument, no "
         "particular imposition or lifting asserted (set 129: a generalisation about sanctions uncoded; set 144: "
         "'unjust sanctions' as a generalisation; borderline a nominal 163 USA/GOV -> VEN/GOV and NIC/GOV from the "
         "sentence before, or a hypothetical 085)"),
 8: ([("might be prepared to let ships out", "0356", "RUS/GOV", "UKR", False, H, "RUS/GOV", False),
      ("attacking Odessa directly", "190", "RUS/MIL", "UKR", False, H, N, False)],
     "Blinken (24 Jun 2022) after 'the Russian effective blockade of the port' of Odesa (sentence before); 'When "
     "Russia says that it might be prepared to let ships out' = an expressed readiness to ease a military "
     "blockade -> intent to de-escalate 0356 (CAMEO 0356 covers easing a blockade; set 207: Kim's 'expressed his "
     "firm willingness to ... take additional denuclearization measures' a 0356; guideline: 'are prepared to "
     "engage' 03x), hedged by 'might' -> hypothetical (borderline asserted as a stated readiness, or 0872 for "
     "the easing itself), inside 'Russia says that' -> reported_by RUS/GOV; the blockade is of Ukraine's port -> "
     "bare UKR; 'that potentially creates the risk of Russian ships going in and attacking Odessa directly' = a "
     "possible attack with its agent named -> 190 hypothetical (guideline: 'Iran could attack Israel'), 'Russian "
     "ships' = the navy -> RUS/MIL, Odesa a city -> the country, bare UKR; 'going in' folded into the attack; the "
     "risk itself is not a threat act (guideline)"),
 # --- State Dept random: future
 9: ([], "Price (10 May 2022) on the Ukraine supplemental request; 'It' = 'This funding' (text before); 'It will "
         "help replenish the – and stockpile in support of U.S. troops on NATO territory' = US funding for its own "
         "stocks and its own forces, a domestic budget purpose with no counterpart (held-out 11 row 31: the "
         "Department's budget request for its own staffing uncoded; borderline a future 154 USA/GOV with no target "
         "as a force-posture build-up, or a future 070 USA/GOV -> USA/MIL); NATO territory is a place"),
 10: ([("will send an additional $25 million", "073", "USA/GOV", "IND", False, F, N, False)],
      "Blinken in New Delhi (28 Jul 2021); 'I am pleased to announce' is the announcement (01x, not coded); 'the "
      "United States Government will send an additional $25 million to support vaccination efforts across India' "
      "= a future material act, which keeps its own code with modality future (guideline; held-out 4 row 11 "
      "'plans to provide $500,000' 071 future), COVID-19 vaccination support = health/humanitarian aid 073 "
      "(held-out 11 row 37: COVID-19 response funding for the Philippines 073 to the bare country; first set "
      "vaccine aid 073), the country-wide efforts -> bare IND (borderline IND/GOV, or 071 as money; or an asserted "
      "0331 as sets 149 and 153 coded an 'announced that it would contribute' sum)"),
 # --- State Dept random: demand
 11: ([], "Ethiopia elections statement (11 Jun 2021): 'These elections should not be seen as a singular event but "
          "rather as part of a democratic political process that involves dialogue, cooperation, and compromise' = "
          "a prescription about how to view the elections, with no agent, and dialogue and cooperation named as "
          "abstract features of a process with no named parties (guideline: abstract positions not coded; "
          "borderline a demanded 040/050 among unnamed Ethiopian actors); holding elections is domestic"),
 12: ([("Iran has threatened", "130", "IRN/GOV", "org:IAEA", False, A, N, False),
       ("Iran’s insistence", "100", "IRN/GOV", "USA/GOV", False, A, N, True)],
      "Price (14 Jun 2022) asked about Grossi's 'dead end' remark; 'the steps that Iran has taken' are not named in "
      "the sentence (the text before has Iran 'taking offline' IAEA monitoring), not coded (borderline a 1245 to "
      "org:IAEA from the context); 'the steps that Iran has threatened' = threats of further nuclear steps, itself "
      "asserted -> 130 (guideline), aimed at the IAEA Board of Governors' resolution it answers (text before) -> "
      "org:IAEA (held-out 7 row 4: 'to threaten further nuclear provocations' 130 IRN/GOV -> org:IAEA; borderline "
      "USA/GOV, or target null); 'a return to the deal' is an event noun with no agent in the sentence (the "
      "'mutual return' is in the sentence after), hypothetical, not coded; 'Iran's insistence on bringing in "
      "issues that are extraneous to the JCPOA' = a demand noun with its agent -> nominal 100 (held-out 34: 'Israel's "
      "insistence on a peace' a nominal 100; borderline 1042), aimed at the other side of the Vienna talks, the "
      "document's own government -> USA/GOV (borderline target null)"),
 13: ([], "Price (21 Jul 2022) on a state-sponsor-of-terrorism designation for Russia: 'there are criteria against "
          "which the Secretary must make such a determination' = a description of the statute's legal standard; "
          "the determination is a hypothetical designation not asserted, and 'must' states a legal duty, not a "
          "demanded act (borderline a hypothetical 163 USA/GOV -> RUS/GOV)"),
 # --- State Dept random: cue
 14: ([("his support for the Belfast", "051", "USA/GOV", N, False, A, N, True)],
      "Price (9 Jun 2021) on Northern Ireland; 'President Biden has been unequivocal in his support for the Belfast "
      "– for the Good Friday Agreement' = verbal support (guideline: 'express support' 051), a support noun with "
      "its agent 'his' -> nominal (set 112: 'has been a consistent supporter of the United Nations' a nominal 051), "
      "Biden -> USA/GOV; support for an agreement goes to its named parties (held-out 8), and the document never "
      "names the Agreement's parties (only the UK-EU trade dispute and 'all communities in Northern Ireland') -> "
      "target null (held-out 25 row 20: support for a settlement naming no party -> null; borderline GBR/GOV and "
      "IRL/GOV from outside knowledge, or bare GBR); the 1998 Agreement itself is named without parties and is "
      "not coded (README: the welcome of an agreement codes it too unless it names no party)"),
 15: ([("to cooperate on the potential of clean hydrogen", "0311", "USA/GOV", "SAU/GOV", False, A, N, False)],
      "U.S.-Saudi Arabia Joint Statement Addressing the Climate Challenge (16 Jun 2021); a list item under 'They "
      "affirmed their intention to work together:' (text before), the elided subject being the two governments "
      "(held-out 9 row 37: a bulleted summary takes its elided subject from the context) -> an intent stated as a "
      "fact -> 03x asserted (guideline), for clean-hydrogen development and deployment = economic and "
      "technological cooperation -> 0311 (held-out 16: a joint commitment to critical-mineral supply chains "
      "0311; borderline 030), a joint commitment -> one event per pair from the document's government (held-out "
      "16); 'to partner to accelerate' is the same intent, coded once (held-out 16/17: one commitment with several "
      "purposes coded once); 'recognizing the two countries' respective initiatives' means taking them into "
      "account, not praise (borderline a 051 each way); borderline uncoded, the intent verb lying before the "
      "splitter's cut (README: a request whose verb falls outside the sentence is left uncoded)"),
 16: ([("why not condemn", "111", "IND/GOV", "RUS/GOV", True, A, N, False),
       ("Russia’s invasion", "192", "RUS/MIL", "UKR", False, A, N, True)],
      "journalist's question at the US-India 2+2 (12 Apr 2022) to EAM Jaishankar and Defence Minister Singh (both "
      "IND/GOV, one event per actor pair); 'why not condemn Russia's invasion?' presupposes that India has not "
      "condemned it -> a negated 111 IND/GOV -> RUS/GOV, asserted (first set row 106: 'Isn't it problematic that "
      "India has yet to condemn' a negated asserted 111; held-out: 'Why have they not been imposed?' presupposes "
      "the non-imposition; borderline modality question, as the condemnation is what is asked about); the "
      "journalist's own question, reported_by null; 'Russia's invasion' -> nominal 192 RUS/MIL -> UKR (first set "
      "row 106; held-out 11, 19), Ukraine from the topic of the briefing"),
 17: ([("he discussed shared concerns", "040", "USA/GOV", "POL/GOV", False, A, N, False)],
      "Counselor Chollet's trip to Warsaw (23 Jul 2021); 'he' = Chollet -> USA/GOV; discussed -> 040 (guideline), "
      "with the officials he met (sentence before: Deputy FM Przydacz and energy-infrastructure Secretary of State "
      "Naimski -> POL/GOV, one event per actor pair; borderline a second 040 to POL/LEG for Senate Marshal Grodzki, "
      "also met); the 'shared concerns' about Nord Stream 2 are expressed concern (01x), the topic, not coded"),
 18: ([], "Rewards for Justice (15 Jul 2021): 'the program has paid in excess of $200 million to more than 100 people "
          "across the globe who provided actionable information' = rewards to an unnamed class of informants "
          "(held-out 23 row 13: the same sentence uncoded; borderline 071 USA/GOV -> null and 064 null -> USA/GOV); "
          "'helped prevent terrorism, bring terrorist leaders to justice' has no named actor"),
 19: ([("We welcome Australia’s work", "051", "USA/GOV", "AUS/GOV", False, A, N, False),
       ("Australia’s work with us", "061", "AUS/GOV", "USA/GOV", False, A, N, True)],
      "fact sheet 'The United States and Australia: A Vital Partnership' (8 Feb 2022) -> 'We' = USA/GOV "
      "(guideline); 'We welcome' -> 051 to AUS/GOV (guideline); the welcomed act is coded too (README: welcoming "
      "several developments is 051 to each named party, the developments coded too): 'Australia's work with us ... "
      "to strengthen the resilience, security, and diversity of key supply chains, including critical minerals' = "
      "a realised cooperation noun with its agent and partner -> nominal, supply-chain cooperation = economic "
      "cooperation 061 (set 148: 'fruitful cooperation' with lenders a nominal 061; borderline 050 under the plain "
      "cooperation-noun rule), 'likeminded partners' an uncoded collective, dropped; 'of which Australia has "
      "world-leading reserves' is a description"),
 20: ([("We continue to encourage the Government of Guatemala", "1043", "USA/GOV", "GTM/GOV", False, A, N, False)],
      "Price (5 Aug 2021) after the removal of FECI's head; 'encourage' a government to act -> request 10x "
      "(set 147: 'We encourage Iraq to cooperate fully' a 1055; set 198: 'encourage the two Korean States to "
      "persevere' 107), habitual -> asserted; Y = reject spurious lawsuits used to silence opposition viewpoints "
      "or impede the judicial process = an end to judicial harassment, a rights and rule-of-law demand -> 1043 "
      "(held-out 25 row 6: torture and impunity 1043; borderline 1042 policy change, or 1052), Y not coded "
      "separately (guideline: not a 12x of Guatemala's); the lawsuits have no named agent in the sentence"),
 21: ([("Thank you for giving me time", "051", "BGD/GOV", "USA/GOV", False, A, N, False),
       ("giving me time and this meeting", "043", "USA/GOV", "BGD/GOV", False, A, N, False)],
      "Bangladeshi FM Momen to Blinken before their meeting (4 Apr 2022); thanks -> 051 (guideline) BGD/GOV -> "
      "USA/GOV; 'for giving me time and this meeting with my colleagues' = Blinken receiving him for the meeting "
      "under way -> host 043 USA/GOV -> BGD/GOV (held-out 16 row 29: 'receiving us' is hosting, 043; held-out: a "
      "guest thanking for the welcome codes 051 and the visit), a verb with its agent 'you', not nominal "
      "(borderline a nominal 040 'this meeting' between them, or a 042 visit BGD/GOV -> USA)"),
 22: ([], "Blinken with Mike Allen (7 Jun 2021); the sentence runs across a blank line into the next turn (a splitter "
          "artefact); 'let's see what actually happens in Israel in terms of the government' = the formation of an "
          "Israeli government, a domestic process, and 'you agree that that's expected?' a question about a "
          "prediction, not a 051 (agreeing with a forecast is no support act)"),
 23: ([], "OBO release (9 Jul 2021): 'OBO provides ... facilities that represent the U.S. government to the host nation "
          "and that support U.S. diplomats' = the Department's own buildings for its own staff, domestic, no act "
          "between actors"),
 # --- State Dept random: nocue
 24: ([], "Price (4 Aug 2021): 'And this, as we've said, is just the beginning' = 'this' is the 110 million vaccines "
          "donated (sentence before), an anaphoric evaluation with no verb of its own; the speaker's own past "
          "statement, no new act (borderline a future 073 USA/GOV with no target)"),
 25: ([("Russia’s aggression", "190", "RUS/MIL", "UKR", False, A, N, True)],
      "Blinken at the Uniting for Global Food Security Conference (24 Jun 2022); the drivers of food insecurity "
      "'climate, COVID, and now conflict with Russia's aggression' = an aggression noun with its agent -> nominal "
      "190 (guideline: 'aggression' -> 190; held-out 20 'further Russian aggression', held-out 25 row 16 "
      "'continuing Russian aggression' RUS/MIL), the victim taken from the sentence before ('Russia's unprovoked "
      "war on Ukraine') -> UKR (held-out 25 row 27 had no victim in the document and left the target null); "
      "'conflict' is the same war, coded once"),
 26: ([], "Senior administration officials previewing Sherman's China trip (24 Jul 2021): 'I'm sure you're all aware "
          "of the floods ... in Hunan Province' = the opening of a condolence about a natural disaster (held-out 11: "
          "solidarity after a natural disaster is condolence, 01x, not coded); the name of the next briefer is "
          "missing from the transcript"),
 27: ([], "journalist Christiane Jacke (22 Jun 2022): 'my apologies if you already touched on that topic' = a "
          "courtesy between a reporter and the briefer for joining the call late, not a political act (borderline a "
          "055 apology, as set 115's apology to the President of the Assembly, with a media source whose country "
          "the transcript does not give)"),
 28: ([("are fighting", "190", "AFG/GOV", "AFG/REB", False, A, N, False),
       ("are fighting", "190", "AFG/MIL", "AFG/REB", False, A, N, False)],
      "Price (11 Aug 2021); 'We need to see a united front' = a deontic for Afghanistan's political and military "
      "leaders (sentence before: 'We need to see Afghans' leaders united') whose Y, unity among themselves, is not "
      "a codable act between actors (guideline: Y not codable -> nothing coded; borderline a demanded 050 "
      "AFG/GOV -> AFG/MIL); 'knowing that they and their forces are fighting for a just cause' = a factive frame "
      "presupposing the fighting -> asserted (guideline), a compound source split (guideline): 'they' = the "
      "leaders -> AFG/GOV, 'their forces' = the ANDSF -> AFG/MIL; the enemy is the Taliban offensive the whole "
      "answer is about (text before and after) -> AFG/REB before 15 Aug 2021 (guideline; borderline target null, "
      "or a single event from AFG/MIL); fight -> 190"),
 29: ([("bringing both sides together", "043", "USA/GOV", "AZE/GOV", False, A, N, False),
       ("bringing both sides together", "043", "USA/GOV", "ARM/GOV", False, A, N, False)],
      "journalist's question (6 Jun 2022) after 'you mentioned direct engagement on Azerbaijan/Armenia. The "
      "Secretary, in fact, offered his help with border efforts' (sentence before); 'Other than just bringing both "
      "sides together' presupposes the US convening of the two sides, the 'direct engagement' Price had "
      "mentioned -> convene 043 (guideline: host/convene; held-out: inviting two capitals' decision-makers to a "
      "platform for discussion is 043 to each), one per side, both sides -> AZE/GOV and ARM/GOV from the sentence "
      "before, agent the Secretary -> USA/GOV from the context (guideline: a missing participant from the "
      "document); asserted, as presupposed rather than asked (borderline hypothetical, as the content of the "
      "offer, 045 mediation, or uncoded as an agentless gerund); the question about 'what does that mean in "
      "practice' asks about the offer, which is not itself coded here"),
 30: ([], "Price (17 Jun 2021) on COVID-19 at Embassy Kabul: 'we were able to deploy vaccines around the world' = the "
          "Department's vaccines for its own diplomatic posts and staff (text after: 'Posts around the world were "
          "afforded access'), domestic, no act between actors; 'our counterparts' are colleagues in the Department"),
 # --- UNGDC 2020-2024 random: neg
 31: ([("having called upon", "1056", "org:UN", N, False, A, N, False)],
      "Kuwait (2020); 'Countries and societies that suffer ... have not been absent from the conscience of this "
      "long-standing organization' = litotes about the UN's attention, a sentiment, no negated act; 'having called "
      "upon its Secretary General to silence the guns and suppress the cannons' = the Organization's call for "
      "an end to fighting -> request 10x, de-escalation 1056 (guideline), asserted; the next sentence makes it "
      "plain that the call is the Secretary-General's global ceasefire appeal of 23 March 2020 ('he launched an "
      "appeal for a ceasefire around the world'), made by the Organization through him -> source org:UN, the "
      "addressees being the parties to armed conflicts everywhere, an uncoded collective -> target null "
      "(borderline the literal reading, org:UN -> org:UN, the Organization asking its own Secretary-General); "
      "'humanitarian crises ... as a result of armed conflicts' is agentless"),
 32: ([], "Chile (2023): 'technological development must be a tool for unity, not division, and one that ... does not "
          "further entrench inequalities' = a prescription with an inanimate subject and no actor; 'not' negates no "
          "act between actors"),
 33: ([], "Seychelles (2022): 'we have not only set aside 30 per cent of our exclusive economic zone for protection "
          "... but also have helped consolidate progress towards our commitments under the [UNFCCC] and the Paris "
          "Agreement' = domestic marine protection and compliance with its own treaty commitments, no counterpart "
          "(set 148: Lithuania's fulfilment of an EU emissions commitment uncoded); 'not only' is no negation"),
 # --- UNGDC 2020-2024 random: capital
 34: ([("demonstrated Russia’s goodwill in pursuing negotiated agreements", "037", "RUS/GOV", "UKR/GOV", False, A, N,
        False),
       ("the 2022 Istanbul talks", "046", "RUS/GOV", "UKR/GOV", False, A, N, True)],
      "Russia (2024); 'he' = Putin, whose 'realistic settlement plan' of 14 June 2024 is in the sentence before -> "
      "RUS/GOV; 'clearly demonstrated Russia's goodwill in pursuing negotiated agreements' = the speaker's claim "
      "that the plan shows an intent to settle -> 037 asserted (guideline: an intent stated as a fact is an "
      "asserted 03x; set 181: Netanyahu's 'committed to a vision of two States' a 037; borderline 036, or "
      "uncoded as self-praise), the counterpart being Ukraine, whose President's 'peace formula' the text before "
      "names -> UKR/GOV (borderline target null); 'the 2014 coup in Kyiv' = a coup (no CAMEO code), Kyiv only the "
      "place, not a metonym; 'the sabotage of the 2015 Minsk Agreements' has no agent in the speech's sentence "
      "(borderline a nominal 128 with no source), and the Agreements are named without their parties, not coded; "
      "'the collapse of the 2022 Istanbul talks' presupposes the talks, Russia's own negotiations with Ukraine "
      "-> nominal 046 from the speaker's government (set 154: the Crans-Montana negotiations a nominal 046 with "
      "the parties from the context; borderline uncoded as talks named only by place and year), the collapse "
      "being no negated act"),
 # --- UNGDC 2020-2024 random: reported
 35: ([], "Lebanon (2023): 'We have always said that the world is witnessing cross-border challenges that require "
          "greater coordination and cooperation among countries' = the speaker's own past statement (no "
          "reported_by) of a need for cooperation among all countries ('we' meaning all states, held-out 42/43; set "
          "179: a need for 'greater international cooperation' uncoded)"),
 # --- UNGDC 2020-2024 random: future
 36: ([("We welcomed approximately 433,000 Venezuelan citizens", "075", "ECU/GOV", "VEN/CVL", False, A, N, False)],
      "Ecuador (2021); receiving Venezuelan migrants fleeing their homeland (sentence before: 'the exodus of "
      "Venezuelan nationals') -> grant asylum/admit 075 (held-out 6: admitting refugees 075; set 196: Costa Rica's "
      "response to Nicaraguan migrants a 075 to NIC/CVL; set 186: 'we are welcoming another group from Syria' "
      "075), Venezuelan citizens -> VEN/CVL; the 'solidarity-based process of regularization' is the same "
      "admission, folded in (borderline a separate 073, or 081)"),
 # --- UNGDC 2020-2024 random: demand
 37: ([], "Senegal (2020): 'the theme chosen ... could not be more timely, as it calls on us to take a clearer look at "
          "our shared challenges' = an evaluation of the session theme with no praise verb (set 120: the welcome of a "
          "theme uncoded; set 190: praise of a report with no praise verb uncoded; borderline a 051 to org:UNGA, as "
          "set 203's 'can only welcome that appropriate choice of theme'), and 'calls on us' has an inanimate "
          "subject and 'us' meaning all states (held-out 42/43)"),
 38: ([], "The Gambia (2022): 'To recover as a global family, we must muster the requisite courage and political "
          "will' = 'we' meaning all states (held-out 42/43), no codable Y"),
 # --- UNGDC 2020-2024 random: cue
 39: ([("we propose to hold an international forum on food security", "036", "TKM/GOV", N, False, A, N, False)],
      "Turkmenistan (2022); proposing to host a forum in its own country -> 036 asserted (held-out: 'offered to "
      "host' 036; set 143: Azerbaijan 'proposing to host' World Expo an asserted 036 with no target; set 168: "
      "Turkmenistan's suggested UN conference a 036), no invitees named -> target null (borderline 043 future, or "
      "org:UN); the purposes (market stability, joint search for solutions, 'to support the efforts of the "
      "Secretary-General') are not separate acts (set 182: support named only as a purpose uncoded; borderline a "
      "051 to org:UN)"),
 40: ([("coming to the aid of our fellow peoples", "070", "HTI/GOV", N, False, A, N, False)],
      "Haiti (2023); 'We have always answered the call, coming to the aid of our fellow peoples in their legitimate "
      "struggle for freedom and self-determination' = Haiti's historic and habitual help to other peoples' "
      "liberation struggles -> provide aid 070, asserted (README: historic acts in speeches are coded), the "
      "Haitian state -> HTI/GOV, the peoples unnamed -> target null (set 119: 'All who selflessly helped us in the "
      "struggle' a 070); 'answered the call' is the same act, the aid being how the call was answered, folded in "
      "(borderline a separate asserted 030, as the held-out 'did not hesitate to respond to the appeal'); 'we have "
      "done that within the United Nations itself' is a pro-verb for the same support in another venue, coded once "
      "(guideline: a repeated mention coded once; borderline a 051 with no target for UN votes)"),
 41: ([], "Belarus (2021): 'it is a matter of concern that the United Nations is increasingly becoming a theatrical "
          "stage for individual States' = expressed concern (01x, not coded) and an evaluation, no act"),
 42: ([], "Argentina (2021): 'Change, while difficult, is not impossible' = a generalisation, no actor"),
 43: ([("we are committed to ensuring", "032", "ITA/GOV", "LBY", False, A, N, False)],
      "Italy (2022); 'In Libya, we are committed to ensuring that the difficult process of national reconciliation "
      "receives strong support from the international community' = a commitment stated as a fact -> asserted 03x "
      "(held-out: 'remain committed to supporting' an asserted 03x), to diplomatic support for a process -> 032; "
      "support aimed at a process goes to its named parties (held-out 8), none named -> the bare country (README: a "
      "development inside a named country whose parties are not named goes to the bare country; set 219: "
      "Burkina Faso's support for a Western Sahara solution to bare ESH) -> LBY (borderline LBY/GOV, or 030); the "
      "international community's hoped-for support is the aim of Italy's commitment, not coded (held-out: hopes "
      "about others' aid are optative; borderline a future nominal 070 with no source to bare LBY, as set 52)"),
 44: ([("This war", "190", "RUS/GOV", "UKR", False, A, N, True)],
      "EU (2024), Borrell; 'This war' = the war in Ukraine that 'a permanent member of the Security Council ... has "
      "launched' (sentence before), the speech itself making the agent plain ('Iran's military support for "
      "Russia's war in Ukraine'; 'Russia ... in its illegal war against Ukraine') -> an anaphoric war noun coded "
      "with the agent from the text before (set 189: the anaphoric 'such flagrant aggression' a nominal 190 "
      "IRQ/GOV -> KWT; README: a state the speaker leaves unnamed is coded when the document makes it plain), the "
      "Security Council member state -> RUS/GOV (borderline RUS/MIL, or uncoded as an event noun without an agent "
      "in the sentence, as set 178's 'That attack'), Ukraine the country -> bare UKR; 'a threat to each of us' is "
      "a risk (guideline: figurative), not a threat act"),
 45: ([("reiterates its solidarity with Venezuela", "051", "SYR/GOV", "VEN/GOV", False, A, N, False)],
      "Syria (2024); solidarity with a government facing outside pressure = express support 051 (held-out 6 row "
      "69: Nicaragua's 'express our solidarity' with Russia a 051), "
      "unlike sympathy after a natural disaster, read as condolence (held-out 11); Venezuela 'in the face of the flagrant interference in "
      "their internal affairs' = the Maduro government -> VEN/GOV (borderline bare VEN); the interference and "
      "'the hostile policies against them' have no agent in the sentence (the United States is named only for "
      "Cuba and Korea in the sentence before) and interference has no CAMEO code, not coded (borderline a nominal "
      "170 USA/GOV -> VEN/GOV)"),
 # --- UNGDC 2020-2024 random: nocue
 46: ([], "The Bahamas (2024): 'The genocidal crisis of the Second World War gave birth to the United Nations, and the "
          "ensuing wars of Independence, and regional conflicts' = historic crises and wars named with no agent "
          "and no victim (set 149: the Second World War's bombing raids uncoded; set 187: conflicts named only by "
          "place uncoded), no act"),
 47: ([], "Ukraine (2021): 'Is it not proof of impunity and contempt for international law?' = 'it' is 'another "
          "State's issuance of its passports to hundreds of thousands of Ukrainians in the occupied territory' "
          "(sentence before), evaluated in a rhetorical question; 'impunity and contempt for international law' are "
          "evaluative nouns with no act of their own (guideline: evaluations not coded; borderline a nominal 128 "
          "RUS/GOV with no target), and the passport issuance has no CAMEO code (set 138)"),
 48: ([], "Seychelles (2020): economic forecast, no actor"),
 49: ([], "India (2022): 'We have announced our updated nationally determined contributions after COP 26' = "
          "submitting a national climate pledge under the UNFCCC, a domestic commitment with no counterpart "
          "(held-out: submitting a national report is not coded; set 146: Kiribati's commitment to the Paris "
          "Agreement uncoded; borderline a 030 to org:UN)"),
 50: ([], "Belize (2024): 'Its institutions cannot be held back by the world as it was eighty years ago' = a UN-reform "
          "position about the United Nations' institutions (held-out 54-61: UN reform positions uncoded)"),
}
