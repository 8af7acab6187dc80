"""Hand annotations for the THIRTY-SIXTH held-out event gold set (source of events-heldout36.jsonl).

Keyed by the row index of selection-heldout36.jsonl (output of select_bulk_heldout.py 36; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout36.jsonl \
        --annotations annotations_heldout36 --output events-heldout36.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("echo the call", "1042", "KNA/GOV", N, False, A, N, False)],
     "Saint Kitts and Nevis (2014); 'I would be remiss if I failed to echo the call for a new paradigm for the "
     "assessment used in the policy of graduation' = the speaker performs the echo (held-out 16/17: 'I would be "
     "remiss if I did not ... without condemning' is an asserted 111), so not negated and not hypothetical; echoing a "
     "call is the speaker's own request (held-out 14/15: 'we echo the Secretary-General's call'), Y = change the "
     "per-capita-income criterion of graduation -> demand policy change 1042; no named addressee (the graduating "
     "bodies are not named) -> target null (held-out 9, 27 row 36: 'calls for' with null target); the call's "
     "original authors are unnamed, so no nominal request of its author (held-out 34 row 30)"),
 1: ([("Our call for dialogue and negotiations", "106", "GHA/GOV", "LBY/GOV", False, A, N, True),
      ("have not elicited the expected response", "030", N, "GHA/GOV", True, A, N, False)],
     "Ghana (1996) on the Lockerbie dispute; 'Our call for dialogue and negotiations that could lead to an acceptable "
     "solution of the dispute between Libya and the three permanent members of the Security Council' = the speaker's "
     "request (the following sentence: 'our calls') -> a call noun with its agent 'Our' -> nominal 106 (demand "
     "negotiation), 'we' in a UN speech -> GHA/GOV (borderline org:AU, the OAU of the previous sentence, whose call "
     "Ghana joins); addressees: Libya -> LBY/GOV, and 'the three permanent members' whom the document never names "
     "(neither here nor in 'the three States concerned' of the following sentence) -> dropped as an uncoded party "
     "(held-out 2 compound rule; held-out 26 row 40: a group whose members the document does not name); the "
     "call 'has not elicited the expected response' = 'not respond(ed) to a call' -> negated 030 (guideline), the "
     "non-responders unnamed -> source null, to the callers -> GHA/GOV (borderline not coded); 'proposals for a fair "
     "trial of the two suspects in The Hague' = proposals whose author the sentence does not give ('our' may not "
     "reach them; historically the OAU and League of Arab States) -> not coded (borderline nominal 037 GHA/GOV); The "
     "Hague is a venue"),
 2: ([("appeal to the international community", "101", "COD/GOV", N, False, A, N, False)],
     "Zaire (1990), coded COD (held-out 26/27: a renamed state keeps its current code); 'I should like to appeal to "
     "the international community' = a performative appeal -> one asserted request (guideline: appeals -> 10x; "
     "held-out 26 row 58, 35 row 7: 'would like to' performative), the international community and 'all peace-"
     "loving and justice-loving States' = uncoded collectives -> target null; Y = show solidarity and increase "
     "co-operation with African States (in the context of economic, trade and co-operation relations, previous "
     "sentence) -> demand material cooperation 101 (held-out 18 row 50, 21 row 49; borderline 102 diplomatic "
     "cooperation, or 100); Y's deontic 'should show ... and increase' is the content of the appeal, not coded "
     "separately (guideline)"),
 3: ([], "France (Macron, 2017): 'The perpetrators of the attack of 4 April [Khan Shaykhun] must be brought to "
         "international justice' = an agentless deontic passive with unnamed perpetrators (the document does not "
         "name them) -> null-null, not coded (held-out 21 row 4 'The perpetrators must be brought to justice'; "
         "held-out 26 row 6); 'the attack of 4 April' is an event noun without an agent; 'that must never happen "
         "again' is agentless"),
 4: ([], "Pakistan (1995): 'this refusal to live up to solemn agreements' = an event noun whose agent (the regime in "
         "Kabul, previous sentence) is not in the sentence (guideline: 'this aggression' is not coded; borderline "
         "nominal 128 AFG/GOV from the context); 'fighting in Afghanistan has been endemic' = agentless, the parties "
         "unnamed"),
 5: ([], "Libya (1995): the splitter cut the sentence after 'have not' (the text continues 'been limited to the Libyan "
         "people'); 'the adverse effects of the sanctions' = a sanctions noun with neither its imposer nor its target "
         "in the sentence (held-out 26 rows 4 and 17; unlike held-out 35 row 6, where the sanctioned state was in the "
         "sentence), not coded; the negation bears on the effects, not on an event"),
 6: ([], "Fiji (2000): 'This ... does not give a country the right to impose on another, its standards of democratic "
         "governance' = a general principle about unnamed countries, no act between named actors; 'does not' "
         "negates a right, not an event"),
 7: ([("rejected viscerally", "120", "HTI/CVL", "HTI/GOV", False, A, N, False),
      ("rejected viscerally", "120", "HTI/CVL", "HTI/MIL", False, A, N, False)],
     "Haiti (1992); 'May the true face of the Haitian people never again be hidden behind the faces of ...' = "
     "optative, not coded, and 'never again' negates no event; 'Papa Doc, Cedras, and the tontons macoutes, all "
     "rejected viscerally, democratically, and once and for all by a bare-handed people' = the Haitian people's "
     "rejection of the dictatorships (the fall of Duvalierism, the 1990 vote), a passive with its agent named (not "
     "nominal) -> reject 120, 'a bare-handed people' -> HTI/CVL; Papa Doc (François Duvalier) -> HTI/GOV by the "
     "office held at the time (held-out 5); Cedras, head of the military junta in 1992 -> HTI/MIL (junta rule, "
     "MMR/MIL), and the tontons macoutes, the regime's militia -> HTI/MIL (guideline: pro-government militia -> "
     "the country's MIL, Janjaweed), the same code and pair as Cedras, coded once; borderline not coded as an "
     "evaluative description"),
 # --- UNGDC 1990-2019 random: capital
 8: ([], "Afghanistan (2014): 'the pledges made at the 2012 Tokyo and Chicago Conferences will maintain the Afghan "
         "Government's overall socioeconomic efforts' = a pledge noun whose makers (the donors) are not named "
         "(held-out 35 row 36: an aid noun without an agent is not coded; held-out 33 row 31), and its 'maintaining' "
         "the Government's efforts is the pledges' expected effect (borderline nominal 033 null -> AFG/GOV); Tokyo "
         "and Chicago are venues, not metonyms"),
 9: ([("call on the leaders of", "107", "MUS/GOV", "SOM/REB", False, A, N, False)],
     "Mauritius (1993); 'Mauritius would like to call on the leaders of the various Somali factions' = a performative "
     "request (held-out 35 row 7) -> asserted; the unnamed armed factions of 1993 -> SOM/REB (held-out 30/31, "
     "34/35: unnamed armed groups are the country's REB), several factions, one code, coded once; Y = revert to "
     "the agreement reached in Addis Ababa (the March 1993 national reconciliation agreement among the factions) "
     "and submit to the peace-keeping process of the OAU Mechanism for Conflict Prevention, Management and "
     "Resolution -> demand settling of dispute 107 (held-out 35 row 23; borderline 1055 allow international "
     "involvement for the OAU process, or 100 as held-out 27 row 9's 'respect the agreements'); Y is not coded "
     "separately; 'the agreement reached' and 'the recently established' Mechanism are agentless; Addis Ababa "
     "is a venue, not a metonym"),
 10: ([], "Bosnia and Herzegovina (2015): 'we hope that the parties to that conflict [Ukraine] will adhere to the "
          "peace agreement reached in Minsk' = optative, a hope about other actors' acts (held-out 5, 32/33), and the "
          "parties are unnamed; Minsk is a venue, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("negotiations were under way", "046", N, "IRN/GOV", False, A, "USA/GOV", True)],
      "Argentina (Fernández, 2015); Gary Samore, in 2010 the White House's top adviser on nuclear issues (previous "
      "sentence) -> USA/GOV; 'explained to our Minister for Foreign Affairs' = the speech verb, not coded; inside his "
      "explanation (reported_by USA/GOV): 'negotiations were under way on an agreement for the Islamic Republic of "
      "Iran to cease its uranium enrichment' = a negotiation noun with one named party -> nominal 046, the other "
      "negotiators unnamed -> source null, Iran -> IRN/GOV (borderline source USA/GOV, the explainer's government); "
      "the cessation is the agreement's content, not coded; 'Iran claimed that it needed to enrich' = a speech verb "
      "over a need, no act; 'that was hindering negotiations' has no CAMEO act; 'the Tehran nuclear reactor' is a "
      "name, not a metonym"),
 12: ([], "Dominican Republic (2012): 'When a country is ranked according to those simple criteria, the contribution "
          "of international cooperation is reduced and access to loans from international financial institutions is "
          "reduced' = a general conditional about an unnamed country, agentless, uncoded institutions, no named "
          "actor pair (borderline 162 null-null)"),
 13: ([], "Iran (Ahmadinejad, 2010) on 11 September: 'It was also covered up and said that ... no trace of suicide "
          "attackers was found' = agentless passives (the cover-up's agent is not named in the sentence), a "
          "statement (01x) and a finding, no act between named actors"),
 14: ([("crimes it has carried", "180", "ISR/GOV", "PSE/CVL", False, A, N, False)],
      "Syria (2002); 'Israel has claimed that ...' = the speech verb, not coded, and what Israel claims is the "
      "justification ('carried out in self-defence and in the war against terrorism'); 'the crimes it has carried "
      "against the Palestinian people under occupation' is the speaker's own description of a realised act "
      "(presupposed, in the speaker's voice) -> reported_by null; the acts = the military attack on cities, villages "
      "and camps of the preceding text -> a behaviour verb with its agent 'it' = Israel -> ISR/GOV, victims the "
      "Palestinian people -> PSE/CVL; generic crimes against civilians -> unspecified violence 180 (borderline 190 "
      "generic military attack, or 175 repression); the second mention ('have been carried out') is the same event, "
      "coded once; 'under occupation' is a noun without an agent in its phrase (held-out 27 row 3), 'the war "
      "against terrorism' is Israel's framing, neither coded"),
 # --- UNGDC 1990-2019 random: future
 15: ([], "Sudan (2018): 'Those reforms will ensure that the General Assembly is able to meet the requirements' = "
          "internal UN reform, an inanimate subject, no act between actors (held-out 27 row 21)"),
 16: ([], "Senegal (2017): 'the Dakar International Forum on Peace and Security in Africa, whose fourth meeting will "
          "be held on 13 and 14 November' = an agentless passive, the host and participants not named in the "
          "sentence (held-out 27 row 16: 'will be held ... in Tokyo' not coded; unlike held-out 35 row 17's 'my "
          "country will host'; borderline 036 SEN/GOV future); Dakar is part of the forum's name"),
 17: ([("extends", "051", "PRK/GOV", N, False, A, N, False),
       ("extends", "051", "PRK/CVL", N, False, A, N, False)],
      "DPRK (1995); 'The Government of the DPRK and the Korean people extends, and will continue to extend in the "
      "future, active support and solidarity to the peoples of all the countries' = expressed support -> 051 "
      "(guideline: 'express support' -> 051; borderline 070 material support), ongoing -> asserted, the future "
      "continuation the same act, coded once (held-out 27 row 37: continued support); a compound source split into "
      "one event per actor (guideline): the Government -> PRK/GOV, the Korean people -> PRK/CVL; 'the peoples of "
      "all the countries in the world' = an uncoded collective -> target null; their efforts to build a new society "
      "are abstract"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Jamaica (2007): 'we must not lose sight of our strategic objectives' = 'we' = the Assembly's members "
          "(collective), an attitude toward the Charter's purposes, no codable Y"),
 19: ([], "Singapore (1993): 'the great must seek the mandate of the many' = a deontic over uncoded collectives (the "
          "great Powers, the many), null-null, not coded"),
 20: ([], "Saudi Arabia (2004): 'Those countries [consumer and producer countries] should seek to intensify their "
          "cooperation' = a deontic over uncoded collectives, null-null, not coded (held-out 27 row 38); OPEC is named "
          "only to delimit the producers"),
 21: ([], "Palau (2000): 'During the Millennium Summit, we also presented institutional issues' = a statement (01x); "
          "'that should be seriously considered by the entire membership of this Organization' = a deontic over an "
          "uncoded collective about internal UN matters, no codable Y"),
 22: ([], "Congo (1995): 'This reflection must necessarily be based on history' = abstract, no actor"),
 23: ([], "Japan (1994): 'I believe we should, in cooperation with the countries concerned, actively consider "
          "extending assistance ... in regions or countries where there are elements of instability' = 'we' = the "
          "international community of the preceding paragraph (preventive diplomacy, 'the international community "
          "must seriously consider concrete measures'), an uncoded collective, the recipients unnamed -> null-null, "
          "not coded; 'consider extending' is deliberation, not yet an act (borderline demanded 070 JPN/GOV -> null)"),
 # --- UNGDC 1990-2019 random: cue
 24: ([], "Burundi (1995): 'We respect the bilateral, regional and international agreements and conventions to which "
          "Burundi has freely subscribed' = a statement of compliance with unnamed agreements, no CAMEO act toward an "
          "actor; 'to which Burundi has freely subscribed' defines the class of agreements (held-out 29 row 0), not "
          "coded (borderline 057 BDI/GOV with null target)"),
 25: ([("were invaded", "192", "JPN", N, False, A, N, False)],
      "Timor-Leste (2005); 'countries that were invaded and colonized by Japan during the Second World War' = a "
      "historic invasion with its agent named in a passive (not nominal) -> 192 (guideline: invade/occupy 192), "
      "Japan in a historic war -> bare JPN (guideline), 'colonized' the same code and pair, coded once; the "
      "countries are unnamed (an uncoded collective) -> target null; 'We understand' and 'not receptive' are "
      "attitudes; 'their former aggressor' is a description"),
 26: ([("we support the efforts", "051", "PAN/GOV", N, False, A, N, False)],
      "Panama (2013); 'we support the efforts resulting from decisions made at the United Nations Conference on "
      "Sustainable Development in Rio de Janeiro and the work resulting from the meetings convened for the "
      "establishment of the High-level Political Forum' = support for the efforts of an uncoded collective (the "
      "Conference's Member States) -> 051 target null (held-out 27 rows 33 and 39, 34 row 39; borderline not coded "
      "as an abstract position, held-out 7, 35 row 44); the two objects, one pair, coded once; 'decisions made' and "
      "'the meetings convened' are agentless"),
 27: ([("has been working to build", "050", "org:OSCE", "org:UN", False, A, N, False)],
      "Norway (1999); 'As Chairman-in-Office of the OSCE, Norway has been working to build closer relations with the "
      "United Nations system' = a national government acting in its OSCE role (held-out 22/23: the OSCE "
      "Chair-in-Office is org:OSCE; borderline NOR/GOV) -> org:OSCE; ongoing work to build closer relations = "
      "diplomatic cooperation 050 (held-out 30/31 row 26, 35 row 30; borderline 030), the UN system -> org:UN"),
 28: ([], "Botswana (1999): 'the old danger or threat posed to the security of humankind by weapons of mass "
          "destruction remains' = risk (guideline), no actor; the end of the cold war is no act"),
 29: ([("express our satisfaction", "051", "UGA/GOV", "JOR/GOV", False, A, N, False),
       ("express our satisfaction", "051", "UGA/GOV", "ISR/GOV", False, A, N, False),
       ("signing by", "057", "JOR/GOV", "ISR/GOV", False, A, N, True)],
      "Uganda (1994); the splitter cut the sentence after 'the signing by'; both triggers lie in it, and the signers "
      "continue in the following text, 'Jordan and Israel of the Washington Declaration' (held-out 27 row 35, 34 row "
      "23: a participant taken from the following text; unlike held-out 34 rows 48 and 52, where the trigger lay "
      "outside); 'We express our satisfaction over the signing' = welcome -> 051 (held-out 19: 'satisfaction at the "
      "positive developments' = welcome 051), aimed at an agreement and going to its named parties, one event per "
      "party (held-out 8, 32 row 8) -> JOR/GOV and ISR/GOV; the signing of the Washington Declaration (July 1994) = "
      "a signing noun with its agents ('by') -> nominal 057 (guideline: agreements concluded 057), symmetric, from "
      "the first-named (guideline) -> JOR/GOV -> ISR/GOV; Washington is part of the Declaration's name"),
 30: ([], "Denmark (1997): UN reform 'about strengthening and revitalizing the Organization' = internal UN reform, no "
          "act between actors (held-out 27 row 21)"),
 31: ([], "Dominica (1997): 'has much to offer to visitors ... we are working hard to make ourselves the ecotourism "
          "destination of the Caribbean' = domestic economic policy, no counterpart"),
 32: ([], "Chad (2005): the splitter cut the sentence after 'Chad's mediation led to the conclusion of the', so the "
          "mediation and conclusion nouns lie in the preceding text (held-out 34 rows 48 and 52: a trigger outside "
          "the sentence is not coded); what remains, 'the N'Djamena and the Abuja agreements' and 'talks are still "
          "under way', has no agent and no named parties in the sentence (the Darfur parties are unnamed in the "
          "context too; held-out 35 row 12); N'Djamena and Abuja are parts of the agreements' names and a venue"),
 33: ([], "Mexico (1999): 'it is essential to mobilize broader support efforts to contribute to full recovery' after "
          "natural catastrophes = an agentless deontic, no named actor (held-out 32 row 7)"),
 34: ([], "Solomon Islands (2008): 'Such cooperation' = the renewable energy programmes of the Republic of China on "
          "Taiwan, Turkey, Italy and Austria (previous sentence), an anaphoric event noun without an agent in the "
          "sentence (guideline: 'this aggression' is not coded; borderline nominal 070 per donor to SLB/GOV); its "
          "preserving the UN's character and translating into action the rural electrification policy are its "
          "effects, domestic"),
 35: ([("We appeal to the parties", "107", "UGA/GOV", N, False, A, N, False)],
      "Uganda (1998) on Western Sahara; 'We appeal to the parties' = a request (guideline: appeals -> 10x), the "
      "parties are not named in the sentence or the document context -> target null (held-out 16 row 4, 19 row 51: "
      "'all parties' -> null; borderline MAR/GOV and the Polisario Front); Y = overcome their differences and allow a "
      "just and impartial (UN-supervised, previous sentence) referendum to take place -> demand settling of dispute "
      "107 (as row 9; borderline 1055 allow international involvement); Y is not coded separately"),
 36: ([("pay a tribute", "051", "AUT/GOV", N, False, A, N, False)],
      "Austria (1990); 'I want to pay a tribute to the many silent heroes of change' (in Eastern Europe, previous "
      "sentences) = praise -> 051 (held-out 21 row 66, 34 row 58 'I salute' 051), 'I want to' performative -> "
      "asserted; the heroes, writers, believers, intellectuals, farmers and workers are uncoded collectives -> "
      "target null; 'admiration to the believers' is the same praise, coded once; 'all those who have been arrested, "
      "beaten, persecuted or exiled' = agentless passives with unnamed victims, null-null, not coded"),
 37: ([("to reach the critical threshold", "0331", "GRC/GOV", N, False, A, N, False)],
      "Greece (2006); 'Among our objectives ... is to reach the critical threshold of 0.7 per cent of gross national "
      "income to be allocated for official development assistance' = an intent to provide economic aid stated as a "
      "fact -> 03x asserted (guideline 'we pledged to continue'; held-out 7: pledges of economic support 0331 "
      "asserted), 'our' = the speaker's country (borderline the EU's collective target, or the MDG agenda's 'we' of "
      "all donors -> not coded); the recipients 'the countries most seriously affected by economic difficulties' are "
      "an uncoded collective -> target null"),
 38: ([], "Tuvalu (2017): 'We are particularly concerned with the threat to global peace and security posed by the "
          "DPRK' = expressed concern, 01x, not coded (guideline), and 'the threat to global peace' is risk (guideline: "
          "'threat to all of us' is figurative; borderline nominal 150 PRK/GOV for the missile and nuclear tests "
          "behind it)"),
 39: ([("appealed to the", "100", "MNG/GOV", N, False, A, N, False)],
      "Mongolia (2002); 'In his address to the General Assembly last year, my Prime Minister appealed to the "
      "international community to make the first decade of this new century a decade of implementation and "
      "cooperation' = a past request of the speaker's own government (guideline: a speaker's own past statements "
      "are its own assertion, reported_by null; the Prime Minister -> MNG/GOV), the international community -> "
      "null; Y = implementation (of the 1990s commitments, previous sentence) and cooperation, vague -> generic 100 "
      "(borderline 101); 'we cannot afford to fail' is an attitude"),
 40: ([], "Albania (1992): 'That threat is even greater' = risk (a spill-over of the conflict into Kosovo); 'the "
          "continuing repression of the third group of peoples of the former Yugoslavia' (the Albanians of Kosovo) = "
          "an event noun without an agent in the sentence (guideline; borderline nominal 175 YUG/GOV -> YUG/CVL), and "
          "the anti-constitutional amendments, special laws and paralysis of institutional life are likewise "
          "agentless"),
 41: ([("reaffirm its\ncategorical denunciation", "111", "KWT/GOV", N, False, A, N, False)],
      "Kuwait (1998); 'Kuwait wishes to reaffirm its categorical denunciation and rejection of all forms of violence "
      "and terrorism, irrespective of their source' = the speaker's condemnation, reaffirmed = performed again -> "
      "111 asserted (held-out 30 row 38 'reaffirms its condemnation of acts of terrorism'), 'wishes to' "
      "performative, no named perpetrator -> target null (held-out 27 row 45); the 'rejection' of practices in "
      "general is an abstract position, not a separate 12x (held-out 34 row 37)"),
 42: ([], "Finland (1998): 'Finland also strongly supports the finalization of an optional protocol on children in "
          "armed conflicts based on an age limit of 18 years' = support for the outcome of a multilateral drafting "
          "process with no named parties, an abstract policy position (held-out 7: support for 'the start of "
          "negotiations' not coded; held-out 35 row 44; borderline 051 FIN/GOV -> null, as held-out 34 row 39); 'let "
          "me emphasize' is a statement"),
 43: ([("while condemning this joint scheme", "111", "IRN/GOV", "ISR/GOV", False, A, N, False)],
      "Iran (1990); 'while condemning this joint scheme of the Zionists and hegemonic Powers' = condemnation -> 111, "
      "'this joint scheme' = the massive settlement of Jewish migrants in occupied Palestine (previous sentence), "
      "its authors named in the sentence: 'the Zionists' = the Israeli state in Iran's usage -> ISR/GOV, 'hegemonic "
      "Powers' = unnamed, uncoded -> dropped (held-out 2 compound rule: 'Iran and its proxies'); the scheme is a plan "
      "with no CAMEO act of its own, not coded; 'it is incumbent upon the international community to counter such "
      "illegal and inhuman practices' = a deontic over an uncoded collective, not coded"),
 44: ([], "Malaysia (2001): the splitter cut the sentence after 'we are grateful to President George W.', so the "
          "thanks (051 MYS/GOV -> USA/GOV) lie in the preceding text (held-out 34 rows 48 and 52: a trigger outside "
          "the sentence is not coded); 'Bush and other world leaders ... categorically rejecting the stereotyping and "
          "association of Islam and Muslims with terrorism' = rejection of a practice whose agents are unnamed, an "
          "abstract position (held-out 34 row 37), not a 12x toward a named party (borderline 120 USA/GOV -> null)"),
 45: ([], "Jamaica (2017): 'it is imperative that we identify both grant funds and concessionary financing' = 'we' = "
          "small states and their partners (collective), identifying funding is no CAMEO act toward a named actor"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([], "Austria (1998): 'Only through concerted action can we win the battle against terrorists' = figurative, "
          "'we' = all states, terrorists unnamed"),
 47: ([("contributor of military and police", "074", "TZA/GOV", "LBN", False, A, N, True),
       ("contributor of military and police", "074", "TZA/GOV", "SDN", False, A, N, True),
       ("contributor of military and police", "074", "TZA/GOV", "COD", False, A, N, True)],
      "Tanzania (2013); the splitter cut the sentence after 'With more than 2,500 peacekeepers — in Lebanon,'; 'we are "
      "the sixth-largest contributor of military and police peacekeepers' = a realised habitual act named by an agent "
      "noun (held-out 22/23: 'a positive role as a peacekeeping contributor' is a nominal 074; held-out 20 row 17) "
      "-> nominal 074, 'we' -> TZA/GOV; one event per country of deployment (held-out 27 row 27: AMISOM 074 to the "
      "country): Lebanon (UNIFIL, the list's first item in the preceding text, taken from the context, guideline) "
      "-> LBN, Darfur (UNAMID) -> SDN, the Democratic Republic of the Congo (MONUSCO and the Intervention Brigade) "
      "-> COD (borderline a single 074 to org:UN, as held-out 20's 'contribute ... to UN peacekeeping')"),
 48: ([], "Greece (1993): the upheaval in Bosnia 'has turned into a tragedy' = no actor"),
 49: ([], "DPRK (1994): 'national sovereignty is trampled underfoot and ... regional conflicts ... continue unabated, "
          "only to escalate into wars' = agentless, figurative, no named actors"),
 50: ([], "San Marino (2010): some countries withstanding the economic crisis = no act between actors"),
 51: ([("calling", "100", "org:UNGA", N, False, A, N, False)],
      "Egypt (1999); the splitter cut the sentence after 'The Alliance tabled a resolution, which was adopted by the'; "
      "'calling for the adoption of serious and concrete steps in this regard' = the resolution's request, and the "
      "resolution, adopted by the General Assembly, stands for its author (held-out 30/31: a Security Council "
      "resolution stands for the Council; held-out 34 row 5) -> org:UNGA (borderline the New Agenda Coalition's "
      "governments, who tabled it in the preceding text); the addressees (the nuclear-weapon States) are unnamed -> "
      "target null; Y = steps towards nuclear disarmament (the preceding text) -> generic 100 (borderline 1056 "
      "de-escalation); the adoption by 'a large majority' is the Assembly's internal vote, not coded; '21' is a "
      "page number inside the sentence"),
 52: ([], "India (1993): 'We are also witnessing strife, conflicts and ... civil wars in many parts of the world' = "
          "agentless event nouns, no named actors"),
 53: ([], "Iran (2001): the splitter cut inside the name 'United Nations Educational, Scientific and Cultural "
          "Organization'; the fragment holds no verb or event noun"),
 54: ([], "Central African Republic (1993): the splitter cut the sentence after 'My delegation also welcomes the "
          "admission to our', so the welcome lies in the preceding text (held-out 34 row 48: the verb of the "
          "congratulation outside the sentence, not coded); what remains names the Czech Republic and the Slovak "
          "Republic, whose admission to the UN is the UN's act on membership, no CAMEO act (held-out 32 row 35, 35 "
          "row 31)"),
 55: ([], "Marshall Islands (2012): 'our relatively modest needs can easily be overlooked' in the scale of the future "
          "Green Climate Fund = an agentless hypothetical neglect, no CAMEO act"),
 56: ([], "Dominican Republic (2013): 'That declaration shows that the leaders of the world's nations are committed to "
          "doing what is needed to attain that future' = an inanimate subject, an uncoded collective, abstract"),
 57: ([], "Tanzania (2010): 'the population of refugees in Tanzania declined' = a statistic, no act (the voluntary "
          "repatriation lies in the preceding sentence)"),
 58: ([], "Bangladesh (1996): 'In 1890, the wealth of each European was twice that of a South Asian' = a historical "
          "comparison, no act"),
 59: ([], "Netherlands (1999): 'How can we make it [the Security Council] catch up with developments?' = a question "
          "about internal UN reform, no act between actors"),
}
