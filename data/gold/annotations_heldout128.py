"""Hand annotations for the HUNDRED-AND-TWENTY-EIGHTH held-out event gold set (source of events-heldout128.jsonl).

Keyed by the row index of selection-heldout128.jsonl (output of select_bulk_sentence_heldout.py 128; all rows come
from bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019, each from a speech in which one other
sentence was annotated for an earlier set; only the bytes of the selected sentence are annotated here).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout128.jsonl \\
        --annotations annotations_heldout128 --output events-heldout128.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("does not rule out", "138", "USA/GOV", "CUB/GOV", False, A, N, False),
      ("the use of\nforce", "190", "USA/GOV", "CUB", False, H, N, True),
      ("will also ratify", "030", "CUB/GOV", N, False, F, N, False),
      ("signed by our country", "057", "CUB/GOV", N, False, A, N, False)],
     "Cuba (2002); 'the only nuclear power in the Americas' = the United States, plain from the speech (the "
     "preceding text: 'the United States Government', which rejected Cuba's anti-terrorism proposal) -> USA/GOV; "
     "'pursues a policy of hostility towards Cuba that does not rule out the use of force' = keeping the military "
     "option open against Cuba, an implicit threat of force -> 138 asserted (guideline: a threat is asserted and "
     "the threatened act inside it hypothetical) plus the use of force as a hypothetical nominal 190 to bare CUB "
     "(guideline: the country as target of military action); borderline not coded as the description of a policy, "
     "or a nominal 170 for the 'hostility'; 'does not rule out' makes the threat, it is no negated event; 'despite "
     "the fact that' is factive (asserted); 'Cuba will also ratify the Treaty of Tlatelolco' -> 030 future with no "
     "target (README: 'will be ratified' a future 030; set 121: 'will adopt' the migration compact a future "
     "030 with no target; borderline a future 057); 'that was signed by our country in 1995' = a historic signing "
     "with no other signatory named -> 057 asserted with no target (README: an alliance 'signed in 1994' "
     "with no other signatory a 057 with no target)"),
 1: ([("has been the supporter of", "070", "USA/GOV", "AFG/REB", False, A, N, True)],
     "Iran (2019); 'has been the supporter of extremism, Talibanism and Da'eshism' = support for terrorist groups "
     "(held-out 5: harbouring terrorists 070, as 'support for terrorism'), an agent noun with its agent "
     "named -> nominal (set 112: 'has been a consistent supporter of the United Nations' a nominal 051); the compound "
     "split: 'Talibanism' = the Taliban, before 15 Aug 2021 -> AFG/REB (guideline), while 'extremism' and "
     "'Da'eshism' (ISIL, no code) are dropped (guideline compound rule; held-out 120: uncoded members of a compound "
     "dropped); borderline target null, reading the three -isms as ideologies rather than actors; 'has failed to "
     "resolve the issues in Afghanistan, Iraq and Syria' = a failed outcome, no act between actors (borderline a "
     "negated 037 or 045 USA/GOV -> null)"),
 2: ([("renunciation", "127", "ISR/GOV", "PSE/GOV", False, A, N, True),
      ("its negation of the principle", "127", "ISR/GOV", N, False, A, N, True),
      ("its refusal to resume negotiations", "125", "ISR/GOV", N, False, A, N, True),
      ("systematic judaization", "1712", "ISR/GOV", "PSE", False, A, N, True)],
     "Algeria (1997); the sentence starts at 'Administration's renunciation' (the splitter cut after 'the "
     "Israeli'), the subject taken from the context (held-out 44/45) -> ISR/GOV; 'renunciation of the Oslo "
     "declaration and the Washington agreements' = disowning agreements to settle the dispute -> a nominal 127 "
     "(CAMEO: reject plan, agreement to settle dispute; held-out 34/35: 'rejection of all peaceful proposals' a "
     "nominal 127), coded once for both agreements, to the Oslo counterparty, the Palestinians (the speech names "
     "'the Palestinian people' in the following text) -> PSE/GOV (borderline 160, as a withdrawal from an agreement, "
     "or 128 as 'repudiated its obligations'); 'its negation of the principle of land for peace' = a second "
     "rejection of the settlement formula, which bears on every Arab track (the following text: the Golan and "
     "southern Lebanon) -> nominal 127 with no target (borderline folded into the first 127); 'its refusal to resume "
     "negotiations at the point at which they were suspended' = an explicit refusal (guideline: REJECT, negated "
     "false) of negotiations -> 125, the track unnamed -> target null (borderline SYR/GOV, whose demand the wording "
     "echoes, or PSE/GOV); 'its continuing policy of settlement' is not coded (held-out precedent: the building of "
     "settlements has no CAMEO code); 'a programme of systematic judaization' of Al-Quds = altering the occupied "
     "city's character, an event noun whose agent is plain from the same sentence (held-out 48/49: altering an "
     "occupied area's historical features 1712) -> nominal 1712 to the occupied territory, bare PSE (borderline not "
     "coded, as part of the settlement policy)"),
 3: ([("application to join the World Trade Organization", "102", "VUT/GOV", "org:WTO", False, A, N, True),
      ("refuse to recognize", "120", "USA/GOV", "VUT/GOV", False, A, N, False),
      ("constant call for special consideration", "1011", "VUT/GOV", "USA/GOV", False, A, N, True)],
     "Vanuatu (2000); 'expressing our serious concern' is 01x, not coded; 'its application to join the World Trade "
     "Organization' = Vanuatu's accession bid -> nominal 102 to org:WTO (README: a bid for UN membership a "
     "nominal 102 to org:UN; set 118: a candidature 102); 'some powerful countries, in particular the United States of "
     "America, refuse to recognize our constant call for special consideration' = an explicit refusal (guideline: "
     "REJECT, negated false), the uncoded 'some powerful countries' dropped and the United States named -> USA/GOV; "
     "what is refused is a request for special and differential treatment in the accession terms -> generic 120 "
     "(borderline 1211 reject economic cooperation, or 1232); 'our constant call for special consideration' = a "
     "request noun of its author (held-out 14/15: the call itself a nominal request of its author) -> demand "
     "economic cooperation 1011 (borderline 100), addressed to the United States (the following text: 'The United "
     "States continues to place heavy and unreasonable demands on us'; borderline org:WTO)"),
 4: ([("never really accepted", "127", "ISR/GOV", N, False, A, N, False)],
     "Luxembourg (1998); 'the principle of land for peace - the current Israeli Government never really accepted' = "
     "a non-acceptance with an acceptance verb -> REJECT, negated false (guideline: 'will never accept it' is 12x; "
     "held-out 107: 'Israel will not accept' a 127), of a formula to settle the dispute -> 127; the speech never "
     "names the Palestinians or any other party to the peace process -> target null (borderline PSE/GOV as the "
     "Oslo counterparty); 'the Oslo agreements' is an agreement noun without an agent in the sentence, and 'the "
     "stagnation of the peace process' agentless, not coded"),
 5: ([], "Tanzania (1996): 'The end of the cold war did not ... usher in the spring of collective peace and the "
         "blossoming of the flowers of international cooperation' = figurative, no actor; 'did not' negates an "
         "outcome, not an event"),
 6: ([], "Malaysia (2015): 'the new conflicts and threats ... do not recognize borders' = threats as risks "
         "(guideline: figurative), no actor; 'do not recognize' is figurative, not a negated 054"),
 7: ([("is most grateful", "051", "LBR/GOV", N, False, A, N, False),
      ("the vital support it has received", "070", N, "LBR/GOV", False, A, N, True)],
     "Liberia (1999); 'Liberia is most grateful for the vital support it has received, especially in the areas of "
     "rehabilitation and reintegration of ex-combatants and resettlement of refugees' = thanks -> 051, the givers "
     "unnamed -> target null (set 118: the GDR's thanks with no target); the support received = aid of several "
     "kinds from uncoded donors -> one nominal 070 with no source to the speaker's government (held-out 20/21: one "
     "aid noun covering several kinds one 070; held-out 104-109: 'we had a lot of help' a 070 with no source); "
     "'Although we have not been favoured with the usual level of international support' = the negation bears on the "
     "level of the same support (set 113: support that 'has not been matched by a commensurate support' an asserted "
     "070), not coded again (borderline a negated 070 null -> LBR/GOV)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("Addis Ababa\nnegotiations", "046", "SDN/GOV", "SDN/REB", False, A, N, True),
      ("their intransigence", "124", "SDN/REB", "SDN/GOV", False, A, N, True)],
     "Sudan (2004); Addis Ababa is a venue, no metonym; 'the Addis Ababa negotiations' = the AU-sponsored Darfur "
     "talks between the Government and the rebels (preceding text: 'we sent a high-level delegation to the first round "
     "of negotiations at Addis Ababa ... a peaceful settlement with the rebels'), an event noun whose parties are "
     "plain from the text around it (held-out 48/49) -> nominal 046 from the document's government to the Darfur "
     "rebels (SLM/A and JEM) -> SDN/REB (borderline not coded, a time reference to talks that collapsed); 'the "
     "Security Council adopted its resolution 1564 (2004)' names no content of the resolution in the sentence, and "
     "'gave more incentive to the rebels and sent them an erroneous message' = an unintended effect and a 'message' "
     "(01x), not coded (borderline a 051 org:UNSC -> SDN/REB); 'to continue their intransigence' = the rebels' "
     "refusal to compromise in the talks, presupposed by 'continue' (preceding text: 'despite the intransigence and "
     "lack of seriousness of the rebels'; following: 'They insisted on conditions that were impossible to "
     "implement') -> nominal 124 decline to yield, asserted, to SDN/GOV (borderline 125, or not coded as an "
     "evaluation)"),
 9: ([("favour of an immediate end to the conflict", "1056", "ALB/GOV", "YUG/GOV", False, A, N, False),
      ("favour of an immediate end to the conflict", "1056", "ALB/GOV", "XKX/GOV", False, A, N, False)],
     "Albania (1998); 'We are in favour of an immediate end to the conflict and the initiation of negotiations "
     "between Belgrade and Pristina with the international involvement of a third party' = advocacy, coded as a "
     "request (held-out 54-61: advocacy of a settlement is a request; held-out 34/35: 'we advocate' a request with its sub-code), "
     "one per party named: Belgrade = the Federal Republic of Yugoslavia's government in 1998 -> YUG/GOV (held-out "
     "26/27: a state since dissolved takes its code of the speech's date), Pristina = the Kosovo Albanian "
     "leadership -> XKX/GOV by the capital rule (guideline: Kosovo XKX; borderline XKX/OPP or YUG/OPP, as no "
     "Kosovo government existed in 1998); several demands -> the most specific sub-code (held-out 9), the first "
     "named, de-escalation 1056 (borderline 106 for the negotiations, or 1055 for the third party's involvement; "
     "borderline 051 to each party as support for a dialogue not yet under way, held-out 32/33); Y is not coded "
     "separately (guideline)"),
 10: ([], "France (2019): 'the next steps are implementing the Minsk agreements and, ultimately, building a lasting "
          "peace' = a plan of next steps with no named actor in the sentence (Zelenskyi and Putin lie in the sentence "
          "before); implementing agreements is compliance (guideline: 'comply with obligations' not coded); "
          "borderline a future 037 between UKR/GOV and RUS/GOV"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("make\naccusations", "112", "AZE/GOV", "ARM/GOV", False, A, N, False),
       ("served as a regional", "070", "AZE/GOV", N, False, A, N, False)],
      "Armenia (2002); 'caused Azerbaijan to make accusations' = Azerbaijan's post-11 September accusations of "
      "terrorism, aimed at Armenia (the following sentence: 'Azerbaijan frivolously makes the same accusation against "
      "Armenia') -> 112 to ARM/GOV (borderline 1121); 'according to Western sources, Azerbaijan's own 10-year-long "
      "relationship with terrorists came to the surface and it was demonstrated that Azerbaijan had indeed served as "
      "a regional terrorist hub' = harbouring and supporting terrorists (held-out 5: harbouring terrorists 070) -> "
      "070 AZE/GOV, the terrorists unnamed -> target null; the relationship and the hub are one act, coded once; the "
      "attribution is to uncoded 'Western sources' and an agentless 'it was demonstrated' -> reported_by null "
      "(guideline: no named source -> null); asserted"),
 12: ([], "Iraq (1994): 'The same Report noted that these problems cannot be solved by the provision of food aid' = the "
          "FAO report's statement (01x) about agentless food aid and trade, no act between named actors (borderline "
          "a demanded 085 null -> IRQ for the implied lifting of the embargo)"),
 13: ([], "Cameroon (2013): 'While the creation of decent jobs should, according to Cameroon, occupy a central "
          "position, environmental issues should not be neglected' = policy priorities, no act"),
 14: ([("will let no one threaten its existence", "0334", "org:EU", "ISR/GOV", False, F, N, False)],
      "France (Sarkozy, 2008, speaking 'on behalf of Europe' as the EU presidency; held-out 44/45: a head of state "
      "speaking as chair of an organisation is the organisation) -> 'Europe' = org:EU, reported_by null (the "
      "speaker's own voice); the speech verb 'says to Israel' is not coded (guideline); 'that it is its friend' = a "
      "sentiment, not coded (borderline 051); 'that it will let no one threaten its existence' = a commitment to "
      "protect Israel -> 0334 future (README: 'will defend every inch of NATO territory' 0334 future; "
      "borderline a statement of resolve 130 to IRN/GOV, named in the sentence before); the threat itself is "
      "hypothetical and has no named agent, not coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Ethiopia (1994): 'we will continue to count on the support of the international community' = a hope about "
          "others' aid (held-out 32/33: 'we count on' optative, not coded)"),
 16: ([], "Belarus (1998): 'The representatives of Belarus will give a detailed account of these matters' = a "
          "future speech act in the Assembly's debates, no act toward another actor"),
 17: ([], "Sao Tome and Principe (2015): 'We hope that the agreement, once reached, will enhance the international "
          "obligation of all signatory parties to make funds available' = an optative hope about uncoded parties' "
          "obligations (held-out 7: hopes about others' acts not coded)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Brazil (2019): 'All our means ... should ultimately be directed towards that goal' = an abstract deontic, "
          "no act"),
 19: ([], "Republic of Korea (2001): 'The United Nations must stand firmly at the centre of efforts to further spread "
          "and consolidate multilateralism' = a deontic about the UN's role, no codable behaviour (guideline)"),
 20: ([("welcomes the transfer of authority and responsibility", "051", "KAZ/GOV", "IRQ/GOV", False, A, N, False),
       ("calls on the Iraqi people", "107", "KAZ/GOV", "IRQ/CVL", False, A, N, False)],
      "Kazakhstan (2004); 'welcomes the transfer of authority ... to the Interim Government of Iraq' -> 051 to the "
      "recipient, IRQ/GOV (held-out 12/13: welcoming an appointment 051 to the appointee); the transfer itself has no "
      "agent in the sentence or the speech (the Coalition Provisional Authority is never named), not coded "
      "(borderline a nominal 0834 USA/GOV -> IRQ/GOV); 'calls on the Iraqi people to come together in the name of "
      "national unity and conciliation' = a request (guideline: call on -> 10x) whose Y is reconciliation -> 107 "
      "(borderline 100) to IRQ/CVL; 'Emphasizing the need to ensure the independence ... of Iraq' is an abstract "
      "position, not coded"),
 21: ([], "Lebanon (2007): 'A last glimpse of a burning Middle East ... should allow you to reflect upon the choices "
          "ahead' = figurative, no act"),
 22: ([("That courageous decision", "054", "PSE/GOV", "ISR/GOV", False, A, N, True)],
      "Djibouti (1993); 'That courageous decision' = the PLO's and Israel's mutual recognition of the sentence before "
      "('They deserve our praise for having recognized each other'), an anaphoric event noun whose parties are plain "
      "from the text around it (held-out 48/49; set 116: the anaphoric 'The attack perpetrated' coded) -> mutual "
      "recognition, a nominal 054 (held-out 42/43: mutual recognition a nominal 054), symmetric, from the "
      "first-named, the PLO Chairman -> PSE/GOV (held-out 31) to ISR/GOV; borderline not coded (guideline: an event "
      "noun without an agent in the sentence); 'all those who refuse to speak save through the voices of their guns' "
      "= uncoded actors with no target, not coded; 'The process ... must of necessity be based on Security Council "
      "resolutions 242 (1967) and 338 (1973)' = an agentless deontic about the basis of the process, not coded"),
 23: ([], "Belgium (2019): 'Prevention and suppression must be more effective' = agentless, an abstract deontic"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("signed in 1972", "057", "IND/GOV", "PAK/GOV", False, A, N, False),
       ("Pakistan's blatant violation", "128", "PAK/GOV", "IND/GOV", False, A, N, True),
       ("has continued its quest to build a wholesome relationship", "030", "IND/GOV", "PAK/GOV", False, A, N, False)],
      "India (1990); 'The Indo-Pakistan Sheila [Simla] Agreement signed in 1972' = an agreement named after its "
      "parties -> 057 from the first-named (held-out 28/29), a participle -> not nominal (held-out 76 row 29); "
      "'Pakistan's blatant violation' of the agreement's principles (the preceding text: Pakistan's support for "
      "terrorist activities against India) -> nominal 128 to IND/GOV (held-out 44/45: a claimed flagrant violation "
      "of agreements a nominal 128 to each party); 'India has continued its quest to build a wholesome relationship "
      "of cordiality and friendship' = an effort to cooperate stated as a fact -> 030 asserted (set 111: 'seeks to "
      "participate in initiatives for regional cooperation' 030 asserted; borderline 050); the people's need and "
      "desire is a sentiment"),
 25: ([("partnerships and cooperation with the United Nations", "050", "NOR/GOV", "org:UN", False, D, N, True)],
      "Norway (2019); 'We need partnerships and cooperation with the United Nations and other international "
      "organizations, with civil society and various interest groups' = a statement of need about the speaker's own "
      "cooperation (held-out 46/47: statements of need are demanded) -> a demanded nominal 050 from NOR/GOV to "
      "org:UN (held-out 10/11: cooperation nouns 050); the other organisations, civil society and interest groups are "
      "uncoded, dropped; borderline asserted as a description of Norway's habitual practice ('we do not work alone'), "
      "or not coded as a general policy"),
 26: ([("We also support the proposal", "051", "THA/GOV", "org:UN", False, A, N, False)],
      "Thailand (2000); 'We also support the proposal for a special session of the General Assembly in 2001' on "
      "HIV/AIDS -> verbal support 051 (set 121: support for a proposed UN conference 051 to org:UN; borderline "
      "org:UNGA, the session being the Assembly's, or not coded as a UN position); the proposal's author is unnamed"),
 27: ([("My delegation supports this proposal", "051", "KEN/GOV", "org:UN", False, A, N, False)],
      "Kenya (1991); 'this proposal' = the Commission on Human Settlements' recommendation to convene a world "
      "conference on human settlements (sentence before), a UN body -> 051 to org:UN (set 121: support for a "
      "proposed UN conference 051 to org:UN; borderline not coded as a UN position)"),
 28: ([("the signing of the Agreement", "057", "MLI/GOV", "MLI/REB", False, A, N, True)],
      "Mali (2015); 'the signing of the Agreement' = the 2015 Agreement for Peace and Reconciliation, signed by 'all "
      "the Malian parties', the Government and the armed groups 'who had taken up arms' (preceding text) -> nominal "
      "057 with its parties from the context (README: an agentless 'A peace settlement has been signed' takes "
      "its parties from the sentence before), the unnamed armed movements -> MLI/REB (held-out 34/35: unnamed outlaw "
      "groups the country's REB); 'we have now created its implementation framework, the Comite de suivi de "
      "l'accord' = setting up a follow-up body, an institutional act with no named counterpart, not coded "
      "(borderline 050 MLI/GOV -> MLI/REB); 'which has already got down to work' is no act"),
 29: ([("1974 invasion", "192", "TUR/GOV", "CYP", False, A, N, True),
       ("continuing occupation by Turkey", "192", "TUR/GOV", "CYP", False, A, N, True)],
      "Cyprus (2014); 'the 1974 invasion and continuing occupation by Turkey' = invade/occupy -> 192 (guideline), "
      "'by Turkey' names the state -> TUR/GOV (borderline TUR/MIL, as an earlier set's 'foreign military invasion of 1974'), the "
      "country as a whole -> bare CYP (guideline); the 1974 invasion and the ongoing occupation are two acts, each "
      "coded (set 119: an 'armed attack' and an 'annexation' coded separately; borderline one 192); 'the violent "
      "division of my country' is their consequence, agentless, not coded"),
 30: ([("managed to get rid of a military", "1411", "ETH/CVL", "ETH/MIL", False, A, N, False),
       ("brutalized the society", "175", "ETH/MIL", "ETH/CVL", False, A, N, False)],
      "Ethiopia (1995); the sentence starts at 'Ethiopian peoples' (the splitter cut after 'that the'); 'the "
      "Ethiopian peoples managed to get rid of a military dictatorship' = the 1991 overthrow of the Derg, framed as "
      "the peoples' act -> 1411 (README: a revolution a nominal 1411 of the people against their government), "
      "the Derg a military junta -> ETH/MIL (guideline: juntas MIL); borderline 190 ETH/REB -> ETH/MIL for the "
      "EPRDF's armed victory, or not coded as a regime change (coups have no CAMEO code); 'had for 17 years "
      "brutalized the society' -> violent repression 175 to ETH/CVL (borderline 180); the ruined social fabric, "
      "economic mismanagement, 'imposition of stifling State control' over the economy and 'militarized the "
      "society' are domestic policies with no CAMEO act, not coded (borderline 172 and 154)"),
 31: ([
      ("We thank them", "051", "ARM/GOV", "URY/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "FRA/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "RUS/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "ITA/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "BEL/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "NLD/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "CHE/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "SWE/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "DEU/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "POL/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "LTU/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "GRC/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "SVK/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "CYP/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "LBN/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "ARG/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "VEN/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "CHL/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "CAN/GOV", False, A, N, False),
      ("We thank them", "051", "ARM/GOV", "VAT/GOV", False, A, N, False),
      ("recognition and condemnation", "111", "URY/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "FRA/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "RUS/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "ITA/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "BEL/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "NLD/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "CHE/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "SWE/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "DEU/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "POL/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "LTU/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "GRC/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "SVK/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "CYP/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "LBN/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "ARG/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "VEN/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "CHL/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "CAN/GOV", N, False, A, N, True),
      ("recognition and condemnation", "111", "VAT/GOV", N, False, A, N, True),
      ("the Armenian genocide", "202", N, "ARM/CVL", False, A, N, True)],
      "Armenia (2014); 'We thank them' = the twenty states named in the sentence before (Uruguay, France, Russia, "
      "Italy, Belgium, the Netherlands, Switzerland, Sweden, Germany, Poland, Lithuania, Greece, Slovakia, Cyprus, "
      "Lebanon, Argentina, Venezuela, Chile, Canada and the Holy See) -> one 051 per state (guideline: compound split; "
      "README: thanks to seven named countries a 051 and a 061 per country), the Holy See -> VAT/GOV (held-out "
      "9: Pope Francis VAT/GOV); 'for their recognition and condemnation of the Armenian genocide' = each state's "
      "condemnation -> one nominal 111 per state (held-out 28/29: thanks give the thanked act its agent), the "
      "states as named -> GOV (borderline LEG, most recognitions being parliamentary resolutions); the recognition "
      "of a historical crime has no CAMEO code of its own (it is not 054) and is folded into the 111; the 1915 "
      "perpetrator is not named in the sentence or the speech (which only asks Turkey to recognise the genocide) -> "
      "the 111s have no target (held-out 44/45: condemning attacks by unnamed perpetrators 111 with no target) and "
      "the genocide is a nominal 202 with no source (held-out 24/25: genocide 202; held-out 12/13: a historic murder "
      "agentless) to the Armenian people -> ARM/CVL (borderline source TUR/GOV for the Ottoman government)"),
 32: ([("has increased its cooperation", "070", "MCO/GOV", N, False, A, N, False)],
      "Monaco (2015); 'Monaco has increased its cooperation for climate change adaptation and for the preservation "
      "of biodiversity as well as for access to water, ... sustainable tourism and ... capacity-building' = "
      "development cooperation, i.e. aid (earlier sets: Sweden's and Estonia's development cooperation coded as aid) of several kinds -> one 070 "
      "(held-out 20/21; borderline 071 or 061), to the small island developing States of the sentence before, an "
      "uncoded class -> target null"),
 33: ([], "Egypt (2016): 'As Coordinator of the Committee of African Heads of State and Government on Climate Change, I "
          "reaffirm Africa's commitment to confronting climate change ... and its aspiration to put into practice the "
          "implementation mechanisms of the agreement' = a commitment and an aspiration toward abstract goals (guideline: "
          "abstract policy positions not coded), spoken for the AU committee (borderline a 030 org:AU with no target)"),
 34: ([], "Sierra Leone (1994): 'We look forward to the cooperation and assistance of the international community' "
          "= a hope about others' aid (held-out 32/33: 'look forward to the support of' optative, not coded)"),
 35: ([("We therefore call\nupon", "103", "OMN/GOV", "org:UN", False, A, N, False)],
      "Oman (1996); 'We therefore call upon the United Nations and the international community to continue to extend "
      "assistance to Africa through further cooperation with all its regional organizations' = a request "
      "(guideline: call on -> 10x) whose Y is aid -> 103 (borderline 1031, the context being Africa's economic "
      "decline), to org:UN, the uncoded international community dropped (guideline compound rule); Y is not coded "
      "separately (guideline)"),
 36: ([("occupies Arab territories", "192", "ISR/GOV", "SYR", False, A, N, False),
       ("to violate international law", "128", "ISR/GOV", N, False, A, N, False),
       ("to support terrorism", "070", "ISR/GOV", N, False, A, N, False)],
      "Syria (2019); 'Israel not only occupies Arab territories, including the Syrian Golan' -> 192 (guideline), the "
      "only occupied country named -> bare SYR (guideline: the country as target of an occupation), the other 'Arab "
      "territories' uncoded and dropped; 'continues every day to violate international law and human rights law' "
      "-> 128 defy norms, law (README: a refusal to respect international law an asserted 128), no target "
      "named; 'and to support terrorism' -> 070 (held-out 5: 'support for terrorism' 070), the terrorists unnamed -> "
      "target null (borderline SYR/REB, the armed groups in southern Syria); habitual, asserted"),
 37: ([("strongly supports", "051", "KHM/GOV", "JPN/GOV", False, A, N, False),
       ("strongly supports", "051", "KHM/GOV", "IND/GOV", False, A, N, False)],
      "Cambodia (2000); 'Cambodia strongly supports Japan's and India's permanent membership in this core body' = "
      "support for named governments' candidatures -> 051 per country (held-out 46/47: support for the G4's "
      "candidatures one 051 per country; an earlier set: Mauritius's support for India's claim to a permanent seat 051 to IND/GOV); "
      "borderline not coded as a Security Council reform position (held-out 54-61)"),
 38: ([], "Portugal (2004): 'Elections are the only way to enable the Iraqi people to meet the destiny of democracy' = "
          "an evaluation, no act"),
 39: ([("condemns", "111", "PNG/GOV", N, False, A, N, False),
       ("11 September\nattacks", "180", N, "USA", False, A, N, True),
       ("supports the ongoing", "051", "PNG/GOV", "USA/GOV", False, A, N, False)],
      "Papua New Guinea (2001); 'condemns the 11 September attacks on the United States' -> 111 with no target "
      "(held-out 44/45: condemning attacks by unnamed perpetrators the speaker's 111 with no target); the attacks = "
      "a nominal 180 with no source to bare USA (set 115: the 11 September attacks a nominal 180 with no source "
      "to USA); 'supports the ongoing campaign by the United States and its allies against terrorism' -> verbal "
      "support 051 to USA/GOV, the uncoded 'allies' dropped; the campaign itself, whose means (military, financial, "
      "legal) and target ('terrorism') the sentence leaves abstract, is not coded (borderline a nominal 190 USA/GOV "
      "-> AFG/REB for the Afghanistan operations then under way)"),
 40: ([("massive assistance", "070", N, "ATG", False, D, N, True),
       ("massive assistance", "070", N, "KNA", False, D, N, True),
       ("massive assistance", "070", N, "CUB", False, D, N, True),
       ("massive assistance", "070", N, "BHS", False, D, N, True),
       ("massive assistance", "070", N, "DMA", False, D, N, True)],
      "Saint Vincent and the Grenadines (2017); 'These countries' = Antigua and Barbuda, Saint Kitts and Nevis, Cuba, "
      "the Bahamas and Dominica (sentence before; guideline: missing participant from context), struck by the 2017 "
      "hurricanes; 'need immediate and massive assistance with both immediate relief and long-term reconstruction' = "
      "a statement of need (held-out 46/47, 42/43: demanded aid with no source) -> demanded nominal 070, one aid noun "
      "covering relief and reconstruction (held-out 20/21: one 070), the providers unnamed -> source null, one per "
      "country, the countries as a whole -> bare codes (an earlier set: Estonia's aid to Afghanistan to bare AFG; borderline GOV, or "
      "073 for the relief)"),
 41: ([], "Suriname (2011): 'As Members, we have the moral obligation to continue to live up to the provisions of our "
          "Charter' = 'we' meaning all states (held-out 42/43), compliance, not coded"),
 42: ([("strongly advocates a peaceful resolution", "037", "MDA/GOV", "MDA/REB", False, A, N, False),
       ("in collaboration with international", "050", "MDA/GOV", "org:OSCE", False, A, N, True),
       ("as mediators", "045", "RUS/GOV", "MDA/GOV", False, A, N, True),
       ("as mediators", "045", "RUS/GOV", "MDA/REB", False, A, N, True),
       ("as mediators", "045", "UKR/GOV", "MDA/GOV", False, A, N, True),
       ("as mediators", "045", "UKR/GOV", "MDA/REB", False, A, N, True)],
      "Moldova (1999); 'has shown more than once that it strongly advocates a peaceful resolution, through "
      "negotiations, of the conflict situation in Transnistria' = a party's own commitment to settle its conflict, "
      "stated as a fact -> 037 asserted (guideline: intent stated as a fact 03x asserted; borderline 107 with no target, "
      "as advocacy by a third party is a request, held-out 54-61), to the Transnistrian leadership -> MDA/REB (set 110: "
      "the Transnistrian leaders of the same speech MDA/REB); 'in collaboration with international organizations, "
      "primarily OSCE' = a cooperation noun naming its parties -> nominal 050 to org:OSCE, the other organisations "
      "unnamed and dropped; 'with the Russian Federation and Ukraine as mediators' = the mediators of the 1997 "
      "Moscow Memorandum format, a realised role -> nominal 045 per mediator and party (held-out 8: mediation 045 per "
      "mediator and party); borderline hypothetical for the 050 and 045s, read as the manner of the resolution "
      "advocated rather than as the existing format"),
 43: ([("displaying its readiness for constructive cooperation", "038", "AZE/GOV", "org:OSCE", False, A, N, False),
       ("Armenian-Azerbaijan conflict", "190", "ARM/GOV", "AZE/GOV", False, A, N, True)],
      "Azerbaijan (1995); 'is continuously displaying its readiness for constructive cooperation with the mediators in "
      "order to bring about a peaceful settlement' = a readiness stated as a fact (README: 'stands ready to "
      "engage' 03x asserted) to work with mediators -> express intent to accept mediation 038 (borderline 030 or "
      "037); 'the mediators' = the co-chairmen of the OSCE Minsk Conference (preceding text) -> org:OSCE; 'the "
      "Armenian-Azerbaijan conflict' = a conflict noun naming its parties -> nominal 190 from the first-named "
      "(held-out 65: 'the Pakistani-Indian conflict' a nominal 190 from the first-named); the settlement is the "
      "purpose, not coded"),
 44: ([], "Hungary (2015): 'the United Nations was founded to promote cooperation among its Member States and [after a "
          "page break] to establish international peace and security' = the agentless founding of the UN by its "
          "uncoded founders and its purpose, not coded (borderline a historic 057 with no source)"),
 45: ([("discuss their reunification", "040", "PRK/GOV", "KOR/GOV", True, A, N, False)],
      "Uganda (2017); 'Why cannot these people - they are one people - discuss their reunification' = 'these people' "
      "= North Korea and South Korea of the sentence before ('Who would lose if North Korea and South Korea ... were "
      "left alone to discuss their reunification?') -> a why-question presupposing that they do not (cannot) discuss "
      "-> negated 040, asserted (held-out 54-61: 'Why have they not been imposed?' a negated 163), symmetric, from "
      "the first-named PRK/GOV to KOR/GOV (borderline PRK/CVL and KOR/CVL for 'one people'; borderline question or "
      "hypothetical modality, or not coded as a rhetorical suggestion); 'maintaining a divided peninsula' is a state, "
      "not coded"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Bahrain (2001): the National Action Charter as part of a plan to develop Bahraini society = domestic "
          "policy, no act between actors"),
 47: ([], "Mongolia (2005): the fragment 'In conclusion, Mr. President, let me voice' (the splitter cut before its "
          "object) = a speech act, its content outside the sentence"),
 48: ([], "United Kingdom (2000): 'Let us show the determination and the conviction that the right in our Charter to be "
          "preserved from war is an equal right' = a hortative with 'us' meaning all states (held-out 42/43), no act"),
 49: ([], "Norway (1998): 'We need to find broad-based solutions' for Security Council reform = a UN reform position "
          "(held-out 54-61), not coded"),
 50: ([], "Honduras (1993): 'Concerted action within a regional framework is therefore necessary' = an agentless deontic "
          "about the Central American states as an uncoded collective (borderline a demanded 050 null -> null)"),
 51: ([("were delighted to note", "051", "ETH/GOV", "org:UN", False, A, N, False),
       ("were delighted to note", "051", "ETH/GOV", "org:AU", False, A, N, False),
       ("were delighted to note", "051", "ETH/GOV", "org:EU", False, A, N, False),
       ("the presence of international observers", "040", "org:UN", "ETH/GOV", False, A, N, True),
       ("the presence of international observers", "040", "org:AU", "ETH/GOV", False, A, N, True),
       ("the presence of international observers", "040", "org:EU", "ETH/GOV", False, A, N, True)],
      "Ethiopia (1991); 'He [We] were delighted to note that the National Conference on Peace and Democracy was "
      "honoured by the presence of international observers, including representatives of 16 Governments, the United "
      "Nations, the Organization of African Unity and the European Community' -> a welcome (set 116: 'We are "
      "delighted with' 051) of the observers' attendance, one per named organisation (held-out 30/31: welcoming "
      "several developments 051 to each named party), the OAU -> org:AU and the European Community -> org:EU "
      "(held-out 26/27, 34/35), the 16 unnamed Governments dropped; their attendance at the Conference convened by the "
      "transitional authorities = a nominal 040 from each organisation to the speaker's government (set 119: a "
      "participation in a plenary a nominal 040; set 122: the Secretary-General's attendance at a regional meeting "
      "a nominal 040; borderline 042 or not coded, observers not being participants)"),
 52: ([], "Lebanon (1994): 'Half a century will have passed since the birth of a great dream ... a dialogue amongst "
          "nations' = the UN's anniversary, figurative, no act"),
 53: ([], "Pakistan (2001): 'The roots are the causes, which need to be addressed' = an agentless deontic about the "
          "causes of terrorism, no act"),
 54: ([], "Ukraine (1994): 'This would be incompatible with the rules and principles of behaviour' = an evaluation"),
 55: ([], "Guinea-Bissau (2005): 'We feel that they are the foundation for the rule of law' = a belief"),
 56: ([], "Panama (1991): 'we have adopted the measures recommended by this Organization concerning dumping and "
          "incineration of toxic and dangerous waste' = domestic policy following a UN recommendation (held-out "
          "precedent, Nigeria 2005: the adoption of a strategy 'recommended by the United Nations' is no act toward "
          "the UN and the recommendation 01x advice), not coded (borderline 030 PAN/GOV -> org:UN as accepting a plan, "
          "and a 100 org:UN -> null for the recommendation)"),
 57: ([], "Chile (1991): 'I believe ... that we have begun passing through one of these stages' = a belief, no act"),
 58: ([], "Japan (1993): 'The post-cold-war era has opened ... a whole new chapter in Japanese politics' = figurative, "
          "no act"),
 59: ([], "Egypt (1999): 'The matter does not have a bearing on the Government of Iraq alone' = a description, no act"),
}
