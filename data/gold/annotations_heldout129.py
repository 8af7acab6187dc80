"""Hand annotations for the HUNDRED-AND-TWENTY-NINTH held-out event gold set (source of events-heldout129.jsonl).

Keyed by the row index of selection-heldout129.jsonl (output of select_bulk_sentence_heldout.py 129; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout129.jsonl \
        --annotations annotations_heldout129 --output events-heldout129.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("call for debt cancellation", "1031", "PHL/GOV", N, True, A, N, False),
      ("calls for the use", "1011", "PHL/GOV", N, False, A, N, False)],
     "Philippines (2006); 'This initiative' = 'the Philippine initiative on debt for equity in MDG projects' launched "
     "by the Government (preceding sentence), an inanimate subject standing for the government's own proposal (README: an inanimate subject standing for a government's act is that government's; borderline not coded, as "
     "set 121 left Angola's inanimate 'calls for a global coalition') -> PHL/GOV; 'does not call for debt "
     "cancellation, a debt moratorium or debt reduction' = plain negation of a request (guideline; README: 'I do not "
     "demand' a negated 100), one request for debt relief -> economic aid 1031 (README: debt written off is a 071), "
     "negated; 'it merely calls for the use of part of the payments ... as equity for creditors in MDG projects' = "
     "an asserted request whose Y is a debt-for-equity investment scheme -> demand economic cooperation 1011 "
     "(borderline 1031); the creditors an uncoded class -> target null for both; HIPC eligibility is a status"),
 1: ([("to commend", "051", "JOR/GOV", "org:UNGA", False, A, N, False)],
     "Jordan (2004); 'I would be remiss if I failed to commend the Open-ended Working Group on ... the Security "
     "Council' = an asserted praise (README: 'I would be remiss if I did not ... without condemning' is an asserted "
     "111), so 'failed to' is no negation -> 051; the Working Group is a body of the General Assembly -> org:UNGA "
     "(borderline org:UN; borderline not coded as a Security Council reform position, README)"),
 2: ([], "Chile (2015): a conditional about trade, financial flows, debt mechanisms and insufficient ODA with no named "
         "provider or recipient (emerging countries an uncoded class); 'if there are not enough ... flows' negates no "
         "actor's event"),
 3: ([], "Ireland (2019): 'The partnership, cooperation, mutual trust and respect that are at the heart of "
         "multilateralism' = an abstract description of values, no actor"),
 4: ([], "Iran (2012): 'I do not believe that Muslims, Christians, Jews ... have any problems among themselves, or are "
         "hostile to one another' = a belief about religious communities (no codes), no act"),
 5: ([("refused to present himself", "121", "CAF/MIL", "CAF/JUD", False, A, N, False),
      ("organized", "120", "CAF/MIL", "CAF/GOV", False, A, N, False)],
     "Central African Republic (2001); 'the former army Chief of Staff' = General Bozize, dismissed in October 2001, "
     "who with loyal soldiers resisted arrest in November -> CAF/MIL (README set 114: Guinea-Bissau's mutinous "
     "junta GNB/MIL; borderline CAF/REB by the document-date rule, since he had fled to Chad to lead a rebellion by "
     "the time of the speech); 'having refused to present himself to the commission of judicial inquiry' = an "
     "explicit refusal (guideline: REJECT, not negated) that takes the code of what was refused (held-out 34/35): "
     "refusing to cooperate with a judicial body -> 121 (README: refusing to cooperate with a tribunal 121), the joint "
     "judicial inquiry commission -> CAF/JUD (borderline CAF/GOV, which established it); 'organized resistance' to "
     "the authorities = defiance -> 120 (PETRARCH's CAMEO dictionary lists RESIST with REFUSE under 120; borderline "
     "190 for the armed clashes of November 2001, or 154) to CAF/GOV; 'threatened to turn into a rebellion' and "
     "'almost plunged the country into renewed tragedy' are risks, not acts (guideline); 'had been established' is "
     "the agentless creation of a domestic commission and the coup attempt is not coded (README: coups not coded)"),
 6: ([("will not pay more than 25 per cent", "071", "USA/GOV", "org:UN", True, F, N, False)],
     "United States (Trump, 2018); 'I have told our negotiators' is the speaker's instruction to his own officials, a "
     "statement not coded, and its complement is the speaker's own voice (reported_by null); 'the United States will "
     "not pay more than 25 per cent of the United Nations peacekeeping budget' = plain negation of a payment verb, not "
     "an acceptance verb -> negated future (README: 'will not ... fund reconstruction' 071 negated future, not "
     "REJECT), paying assessed UN contributions -> 071 (README: 'remains committed to its financial obligations to "
     "the Organization' 033) to org:UN; borderline 1221 (README: a refusal to pay assessed contributions 1221), or an "
     "asserted future 071 with the negation bearing only on the amount (set 113)"),
 7: ([], "Armenia (1999): 'does not see ... as being permanently condemned to marginalization' and 'believes that close "
         "cooperation in the region ... will help bring lasting stability' = beliefs about regional cooperation with no "
         "named partner (borderline a hypothetical 050 with target null)"),
 # --- UNGDC 1990-2019 random: capital
 8: ([("Kiev is ready, if necessary, to host", "036", "UKR/GOV", "YUG/GOV", False, A, N, False),
      ("Kiev is ready, if necessary, to host", "036", "UKR/GOV", "HRV/GOV", False, A, N, False),
      ("Kiev is ready, if necessary, to host", "036", "UKR/GOV", "BIH/GOV", False, A, N, False)],
     "Ukraine (1995); 'Kiev' = capital metonym -> UKR/GOV (guideline); 'is ready, if necessary, to host a meeting of "
     "the leaders of the parties to the conflict' = an offer to host stated as a fact -> 036 asserted (README: "
     "'offered to host' 036; 'stands ready to engage' 03x asserted); the post-Yugoslav conflict's parties are named "
     "in the next sentence, where President Kuchma 'has sent letters with appropriate proposals to the leaders of "
     "Serbia, Croatia, and Bosnia and Herzegovina' (guideline: missing participant from context) -> one 036 per party; "
     "Serbia of 1995 -> YUG/GOV (README: a state that later dissolved takes its code of the speech's date; borderline "
     "SRB/GOV), Croatia HRV/GOV, Bosnia and Herzegovina BIH/GOV (borderline a fourth to the Bosnian Serbs, BIH/REB, "
     "not named); 'the participation of all the countries and international organizations concerned' is unnamed"),
 9: ([("We are encouraged", "051", "IDN/GOV", "org:G7", False, A, N, False),
      ("responded", "030", "org:G7", N, False, A, N, False),
      ("urged the Paris Club", "1031", "org:G7", N, False, A, N, False)],
     "Indonesia (1994); 'We are encouraged that the G-7 ...' = a welcome (README: 'we are encouraged by' 051) -> 051 to "
     "org:G7 (earlier sets: org:G7); 'the G-7 responded positively to the Non-Aligned Movement' = a favourable "
     "response to the memorandum President Soeharto sent as NAM Chairman inviting the G-7 to dialogue (preceding "
     "sentence) -> 030 (README: 'responded to the ... Call to Action' 030; borderline 036, an accepted invitation "
     "to dialogue), the Non-Aligned Movement having no code (sets 110/112) -> target null (borderline IDN/GOV as the "
     "NAM chair's government); 'it urged the Paris Club to pursue its efforts to improve the debt treatment ... reduce "
     "the stock of debt ... increase concessionality' = a request (guideline: urge -> 10x) for debt relief -> demand "
     "economic aid 1031, the Paris Club an uncoded creditor group -> target null; its Y not coded separately "
     "(guideline); all inside the factive 'We are encouraged that' -> asserted; Tokyo and Naples are venues"),
 10: ([("commended", "051", "MEX/GOV", "USA/GOV", False, A, N, False),
       ("commended", "051", "MEX/GOV", "RUS/GOV", False, A, N, False),
       ("commended", "051", "MEX/GOV", N, False, A, N, False),
       ("The signing", "057", "USA/GOV", "RUS/GOV", False, A, N, True)],
      "Mexico (2010); 'are achievements that must be commended' = the speaker's praise (README: 'should be welcomed' is "
      "the speaker's 051) -> 051 to each party the sentence names: the New START signatories USA/GOV and RUS/GOV "
      "(README: 'noted with satisfaction the signing' 051 to the signatories), and the outcome of the NPT Review "
      "Conference, a decision of an uncoded body -> 051 with target null (README); 'The signing of the new "
      "strategic arms reduction treaty between the United States and Russia' -> nominal 057 from the first-named "
      "(README: the welcome of an agreement between named parties codes the agreement too); 'the nuclear summit held "
      "in Washington' = a summit only 'held in' a venue (set 110: left uncoded; borderline 043 USA/GOV with no target) "
      "-- Washington is a place here, not a metonym"),
 # --- UNGDC 1990-2019 random: reported
 11: ([("signed", "057", "PSE/GOV", "ISR/GOV", False, A, N, False)],
      "Israel (1997); 'the agreements they have signed' = the Oslo accords signed by the Palestinians (the PLO, README "
      "held-out 31: PSE/GOV) with Israel -> 057, a verb, not nominal (README: historic signing 057); 'the failure of "
      "the Palestinians to carry out their commitments' = non-compliance with unnamed commitments, which is no "
      "codable behaviour (guideline: 'comply with obligations' not coded; README: unfulfilled pledges are "
      "coded only when their content is named) -> not coded (borderline a nominal 128 PSE/GOV -> ISR/GOV, or a negated "
      "030); 'we have spared no effort to implement those accords' = Israel's compliance, not coded (borderline 057 "
      "or 030 ISR/GOV -> PSE/GOV); 'according to the agreements' is not attribution (guideline); the trust 'has been "
      "undermined' is an effect"),
 12: ([("noted with appreciation", "051", N, "org:UN", False, A, N, False)],
      "Micronesia (1991); 'The forum' = the South Pacific Forum, which has no code (sets 117, 120: no org:PIF) -> source "
      "null (README: praise from uncoded collectives 051 with no source); 'noted with appreciation that the "
      "Intergovernmental Negotiating Committee ... acknowledged the need to address the special situation of ... small "
      "island States' = appreciation of the Committee's step (README: 'noted with satisfaction the signing' 051) -> "
      "051 to the General Assembly's negotiating committee -> org:UN (borderline org:UNGA, which set it up; borderline "
      "an uncoded 01x statement, as set 89 left 'It was also noted'); 'acknowledged the need' is a statement (01x), "
      "not coded; sea-level rise has no actor"),
 13: ([("we pay", "051", "TGO/GOV", "GHA/CVL", False, A, N, False)],
      "Togo (2018); 'to whom we pay a well-deserved and grateful tribute for his admirable commitment' -> 051 (README: "
      "'pay tribute to' 051); the late Kofi Annan, a former Secretary-General praised years later, is his country's "
      "civilian (README: Boutros-Ghali EGY/CVL) -> GHA/CVL (borderline org:UN); 'said on 24 September 2001' is a speech "
      "verb and the quotation a maxim about cooperation, no act"),
 14: ([("had claimed", "112", N, "BDI/GOV", False, A, N, False)],
      "Burundi (2018); 'the discourse of some who had claimed that his intentions were to shape the new Constitution "
      "for his own benefit and to remain in power until 2034' = allegations of self-serving aims against President "
      "Nkurunziza, which the speaker disputes -> accusation 112 (README: 'fallacious allegations' by 'certain "
      "quarters' a nominal 112 with no source; a claim the speaker quotes to dispute it is still coded), 'some' "
      "uncoded -> source null, target the President -> BDI/GOV; borderline not coded, as a speech verb whose "
      "complement is an intention and no event; 'that gesture ... sets a welcome example' = an impersonal evaluation "
      "of the President's announcement (README: impersonal welcomes not coded)"),
 # --- UNGDC 1990-2019 random: future
 15: ([("We also welcome", "051", "COG/GOV", "KOR", False, A, N, False),
       ("We also welcome", "051", "COG/GOV", "PRK", False, A, N, False)],
      "Congo (2000); 'We also welcome the most recent developments in the Korean Peninsula' = the welcome of a "
      "development (the inter-Korean rapprochement of June 2000) whose parties the speech never names -> one 051 to "
      "each bare country of the peninsula (README: a welcome of a development inside a named country whose parties "
      "are not named goes to the bare country; set 123: no parties from outside knowledge; borderline KOR/GOV and "
      "PRK/GOV for the summit's governments, or target null); 'the will and deep aspiration of the Korean people ... "
      "to live together in peace' is a sentiment, and 'separated by war' an agentless historic war, not coded"),
 16: ([("will now take steps to remove", "085", "PNG/GOV", "ZAF", False, F, N, False)],
      "Papua New Guinea (1993); the sentence starts at 'Secretariat' (the splitter cut after 'Following the "
      "recommendations made by Mr. Mandela, the Organization of African Unity and the Commonwealth'); 'my Government "
      "will now take steps to remove legally enforced sanctions' = a future lifting of PNG's sanctions 'against South "
      "Africa' (preceding text) -> 085 ease economic sanctions, future, to the bare country the sanctions were against "
      "(borderline ZAF/GOV); 'the resolution adopted by consensus in the General Assembly on Friday 8 October' "
      "(resolution 48/1 on lifting sanctions) names no act of its own in the sentence, and the recommendations lie "
      "before the cut (README: a request whose verb falls outside the sentence is left uncoded; borderline a nominal "
      "1054 from org:UNGA)"),
 17: ([], "Fiji (1994): 'Unless creative and supportive international responses ... are urgently stimulated, I fear "
          "that their continuing vulnerability ... will increase' = an agentless conditional about support from "
          "uncoded parties to an uncoded class of small island states, null-null, not coded (borderline a demanded "
          "070 null -> null)"),
 # --- UNGDC 1990-2019 random: demand
 18: ([], "Saint Lucia (1998): 'There must be a United Nations with a greater commitment to upholding ... article 28' = "
          "an abstract deontic about the Organization's orientation (README: UN reform positions not coded)"),
 19: ([], "United Kingdom (May, 2018): 'we must learn the lessons of the past and show ... how cooperation between "
          "strong and accountable States ... can best deliver security' = 'we' meaning all states of the Assembly "
          "(held-out 42/43: not coded), an abstract cooperation with no named partner"),
 20: ([], "Tajikistan (1994): 'I should like to say a few words on the question of the proposed reform of the "
          "Organization' = a speech act about the speech itself; UN reform not coded"),
 21: ([], "Germany (1990): 'Aggression must be treated as aggression, blackmail as blackmail, and the [violation] of "
          "human rights ... as the violation of human rights' = a general norm on how such acts must be judged; the "
          "nouns are used generically, not as Iraq's acts named in the sentence before (guideline: event nouns without "
          "an agent in the sentence not coded; borderline a nominal 190 IRQ/GOV -> KWT from the context)"),
 22: ([], "Mongolia (2011): 'the democratic process ... should be supported by international cooperation' = an "
          "agentless deontic about support from uncoded parties to democratic transitions in general, null-null, not "
          "coded (borderline a demanded 070 null -> null)"),
 23: ([], "Ethiopia (1992): 'our collective and individual strategic planning activities' = 'our' meaning all states "
          "(held-out 42/43); 'which call for effective international cooperation and mutual consultation' = "
          "problems as an inanimate subject, 'call for' meaning 'require', no actor"),
 # --- UNGDC 1990-2019 random: cue
 24: ([("to praise him", "051", "BGR/GOV", "org:UNGA", False, A, N, False)],
      "Bulgaria (2011); 'Allow me also personally to praise him for the theme he has chosen' = 'him' = Nassir "
      "Abdulaziz Al-Nasser, President of the General Assembly (preceding sentence) -> praise of the President -> 051 to "
      "org:UNGA (README: commending the Assembly President 051 to org:UNGA), 'Allow me' performative -> asserted; "
      "unlike set 120's uncoded 'welcomes the theme that the President has chosen', the object here is the President "
      "himself (borderline not coded as the welcome of a theme)"),
 25: ([], "Portugal (2009): 'there is no more appropriate forum than the United Nations' = an evaluation; 'threats to "
          "the international peace and security' are risks (guideline)"),
 26: ([], "Lebanon (2014): 'The current international mobilization against terror' = the efforts of an uncoded "
          "collective against unnamed terrorist groups, null-null; 'reflects the international community's "
          "awareness' and 'the need to extinguish the flames of violence' are a sentiment and an agentless purpose, "
          "not coded (borderline a nominal 190 null -> null)"),
 27: ([("to commend", "051", "BIH/GOV", "org:UN", False, A, N, False)],
      "Bosnia and Herzegovina (2012); 'I also want to commend the Secretary-General for his tireless efforts ... and for "
      "his firm commitment' -> 051 (guideline: commend) to the Secretary-General -> org:UN (held-out 48/49); 'his "
      "tireless efforts to advance dialogue and cooperation' name no counterpart, not coded"),
 28: ([], "Guinea-Bissau (1994): 'despite numerous agreements concluded between the parties concerned' in Liberia = "
          "agreements among parties the speech does not name (set 121: agreements among unnamed domestic parties "
          "left uncoded; set 123: a negotiating process among unnamed parties left uncoded; borderline 057 LBR/GOV -> "
          "LBR/REB); 'the situation remains virtually unchanged' is a description"),
 29: ([("We expect them", "100", "SYC/GOV", N, False, A, N, False)],
      "Seychelles (1998); 'We expect them to be accountable and to meet their Kyoto commitments' = 'them' = 'the "
      "industrialized nations' of the preceding sentence, an uncoded collective -> target null; 'we expect X to' is a "
      "request (held-out 42/43: 'we expect more support ... by the EU' is a request), with a compliance Y (held-out "
      "23: a request with a compliance Y is still a request) and no more specific sub-code for emission cuts -> "
      "generic 100 (borderline 1011, or not coded as aimed at an uncoded collective)"),
 30: ([("the threat of the use of force", "138", N, "VEN", False, A, N, True)],
      "Trinidad and Tobago (2019); 'a global stand-off that saw the threat of the use of force by external forces "
      "against the country' = a realised threat of military force against Venezuela in 2019 -> nominal 138 (held-out "
      "50/51: 'the threats from the United States' a nominal 138), the 'external forces' never named in the "
      "speech -> source null (README: wars and sanctions whose agent the speech never names have no source), target "
      "'the country' -> bare VEN (borderline VEN/GOV); borderline not coded as a threat meaning risk (guideline: "
      "'threats of Russian military action' = risk), but 'by external forces against the country' names an actual "
      "threatening act"),
 31: ([], "Burundi (2017): victims of trafficking 'wrenched from their countries of origin' and 'mistreated in the host "
          "countries' = agentless acts between uncoded collectives (unnamed traffickers and host countries, migrants), "
          "not coded (borderline a 175 null -> null)"),
 32: ([("offer our support", "051", "SWZ/GOV", "TCD", False, A, N, False),
       ("offer our support", "051", "SWZ/GOV", "LBR", False, A, N, False)],
      "Swaziland (1991); 'offer our support for their resolution by peaceful means' = verbal support for the peaceful "
      "settlement of named conflicts -> 051 (guideline; borderline 032 as an offer), the parties not named -> one per "
      "bare country named (README: a welcome of a development inside a named country whose parties are not named goes "
      "to the bare country): Chad TCD and Liberia LBR; the Horn of Africa is a region with no code, dropped; "
      "borderline not coded, as set 116 left 'stands for a comprehensive settlement' with no parties named; 'we can "
      "only pray for swift conclusions' is optative; 'give cause for concern' is 01x"),
 33: ([], "Georgia (1999): a fragment cut by the splitter, 'Nations, the Organization for Security and Cooperation in', "
          "with no verb; its act lies outside the sentence"),
 34: ([], "Uzbekistan (1999): 'Terrorists casually and most insolently attack peaceful populations and deprive human "
          "beings of their fundamental right to life' = a generic statement about unnamed terrorists and unnamed "
          "populations, acts between uncoded collectives, not coded (borderline a habitual 180 null -> null)"),
 35: ([], "Republic of Korea (1999): 'a pressing need for a new paradigm of international development cooperation' = an "
          "abstract policy position with 'all members of the global community' as actor, not coded"),
 36: ([], "Iran (2014): 'Sanctions only create further impediments to long-term cooperation in the future' = a "
          "generalisation about sanctions as an instrument, the imposers unnamed ('those who have imposed sanctions' in "
          "the sentence before) and the cooperation hypothetical; not coded (borderline a nominal 163 with no source "
          "to bare IRN)"),
 37: ([("We also condemn", "111", "SYR/GOV", N, False, A, N, False),
       ("we condemn", "111", "SYR/GOV", "ISR/GOV", False, A, N, False),
       ("terrorism exercised by Israel", "180", "ISR/GOV", N, False, A, N, True)],
      "Syria (1998); 'We also condemn killing innocent civilians everywhere' -> 111 with no target (README: condemning "
      "attacks by unnamed perpetrators is the speaker's 111 with no target), the generic killings not coded; 'just as "
      "we condemn the State terrorism exercised by Israel against the Arabs' -> 111 to ISR/GOV, and the State "
      "terrorism a nominal 180 ISR/GOV (README: crimes against Palestinians in the speaker's own voice 180 "
      "ISR/GOV), 'the Arabs' an uncoded collective -> target null (borderline PSE/CVL or LBN/CVL); trigger the part of "
      "the noun phrase that shares a line with its agent"),
 38: ([], "Finland (2017): 'It is crucial to ensure that the countries possessing nuclear weapons are on board for any "
          "negotiations' = a deontic about an unnamed class of states joining unnamed negotiations, null-null, not "
          "coded (borderline a demanded 036 null -> null)"),
 39: ([("We reiterate the", "1053", "AUT/GOV", "MMR/MIL", False, A, N, False),
       ("detention", "173", "MMR/MIL", "MMR/OPP", False, A, N, True)],
      "Austria (2007); 'We reiterate the call for the release from detention of ... Aung San Suu Kyi' = the speaker's "
      "own request for a release -> 1053 (README: support for a release 1053), addressed to the Burmese junta -> "
      "MMR/MIL (guideline: military juntas MMR/MIL), the situation in Myanmar/Burma being the paragraph's topic; the "
      "realised detention named inside the request -> nominal 173 (README: a realised act named inside a request is "
      "coded too; support for a release 1053 and the detention 173), agent from the context, to the leader of the "
      "democratic opposition -> MMR/OPP; the call's other authors (the EU and ASEAN) are in the sentence before, not "
      "coded here"),
 40: ([("decline", "162", N, "ATG/GOV", False, A, N, True),
       ("we have relied on", "070", "CHN/GOV", "ATG/GOV", False, A, N, False),
       ("we have relied on", "070", "VEN/GOV", "ATG/GOV", False, A, N, False)],
      "Antigua and Barbuda (2014); the sentence starts at '(CARICOM) region' (the splitter cut after 'My own country and "
      "the Caribbean Community'), the subject taken from the context (held-out 44/45); 'have witnessed a decline in "
      "bilateral assistance from larger and richer nations within our own hemisphere' = a reduction of aid -> nominal "
      "162, the donors unnamed -> source null, to the speaker's government ATG/GOV (borderline a second 162 to "
      "org:CARICOM, but the 'region' means its member states, not the organisation); 'we have relied on non-"
      "traditional sources, such as the People's Republic of China and the Bolivarian Republic of Venezuela' = aid "
      "received from named providers (README: 'reliant on the assistance of others' a nominal 070) -> 070 from each, "
      "CHN/GOV and VEN/GOV, to ATG/GOV (borderline 071; borderline nominal)"),
 41: ([], "Colombia (1992): 'the helping hand is withdrawn and the back is turned' = a figurative reduction of aid by "
          "unnamed donors to developing countries in general, null-null, not coded (borderline a 162 null -> null)"),
 42: ([], "Timor-Leste (2019): 'appreciates and welcomes your choice, Mr. President, for the theme of this session' = "
          "the welcome of the chosen theme (set 120: 'Welcomes the theme that the President has chosen' not coded; "
          "borderline 051 to org:UNGA)"),
 43: ([("their quests for liberty", "140", "TUN/CVL", "TUN/GOV", False, A, N, True),
       ("their quests for liberty", "140", "EGY/CVL", "EGY/GOV", False, A, N, True)],
      "Luxembourg (2011); 'In Tunisia and in Egypt, the people have also prevailed in their quests for liberty and the "
      "rewriting of the social contract, in the face of the supporters of their former regimes' = the 2011 popular "
      "uprisings -> political dissent 140 (README: political dissent 140; the ANC's struggle a nominal 140; borderline "
      "1411 for the leaders' fall, as the README's 'a revolution is a nominal 1411'), nominal, one per people, TUN/CVL and EGY/CVL, against the "
      "former regimes, the governments of their time (README: a former ruling class is the government of its time) -> "
      "TUN/GOV and EGY/GOV (borderline target null, since only the regimes' 'supporters' are named)"),
 44: ([("recommended by the Secretary-General", "100", "org:UN", N, False, A, N, False)],
      "Norway (2005); the sentence starts 'A 12' because a page number sits in the text; 'A broad-based strategy is "
      "necessary to counter this threat' = an agentless deontic about terrorism, not coded; 'as recommended by the "
      "Secretary-General' = the Secretary-General's recommendation of a counter-terrorism strategy (RECOMMEND is an "
      "appeal verb in PETRARCH's CAMEO dictionary; guideline: appeals are 10x) -> generic 100 from org:UN, a passive "
      "participle with its agent, not nominal (set 116: 'organized by the Government of Brazil'), addressed to the "
      "Member States, uncoded -> target null (held-out 77: 'his call' with no addressee coded with target null; "
      "borderline org:UNGA, or not coded as a call with no named addressee)"),
 45: ([("urgent international relief", "073", N, "SOM", False, D, N, True),
       ("long-standing assistance", "070", N, "SOM", False, D, N, True)],
      "Poland (1992); 'It' = 'The dramatic plight of famine-stricken Somalia' (preceding sentence); 'calls not only for "
      "urgent international relief but also for long-standing assistance' = a statement of need ('calls for' meaning "
      "'requires') -> demanded aid with no source (README: statements of need are demanded aid with no source; set "
      "119: financing needs a demanded nominal 071), relief -> humanitarian aid 073 and long-standing assistance -> "
      "070, one per kind, to the bare country of 1992, which had no functioning government (borderline SOM/CVL for "
      "the famine victims; borderline not coded, as set 121 left an inanimate 'calls for a global coalition')"),
 # --- UNGDC 1990-2019 random: nocue
 46: ([("ask to be treated fairly", "100", "BDI/CVL", N, False, A, N, False)],
      "Burundi (1998); 'Burundians simply ask to be treated fairly' = a request (guideline: ask -> 10x) of the people "
      "of Burundi, under the regional economic sanctions named in the preceding text, to the international community "
      "(uncoded) -> target null; Y is fair treatment, no specific behaviour -> generic 100 (borderline 1054 for the "
      "sanctions, or source BDI/GOV, whose delegate speaks for the people)"),
 47: ([], "Belgium (1999): 'It is a beacon ... a source of hope' = a description of the United Nations, no act"),
 48: ([], "Equatorial Guinea (1993): 'The weight of that debt is another serious difficulty' = a description, no act"),
 49: ([], "Colombia (1994): 'Our greatest challenge ... is to give legitimacy to a new economic system' = an abstract "
          "goal, no counterpart"),
 50: ([], "Brazil (2015): 'The slow recovery of the world economy and the end of the commodity super cycle have "
          "negatively affected our economic growth' = economic conditions, no actor"),
 51: ([("presentation of Albania’s candidacy", "102", "ALB/GOV", "org:UNGA", False, A, N, True)],
      "Albania (2014); 'The presentation of Albania's candidacy for membership on the Human Rights Council for the "
      "2015-2017 term' -> nominal 102 to org:UNGA, which elects the Council (set 118: Viet Nam's 'put forth its "
      "candidature' for the Human Rights Council a 102 to org:UNGA; borderline not coded as a membership position); "
      "'our road towards building a society based on human rights' is domestic"),
 52: ([], "Micronesia (1993): 'exclusive economic zones and multilateral treaties have had major impact' = a "
          "description of legal regimes, no actor; the Pacific as a 'back yard' is figurative"),
 53: ([], "Guinea (1995): 'May the decades to come bring greater understanding among people and among nations' = an "
          "optative wish, no act"),
 54: ([], "Holy See (2018): 'Article 22 of the Universal Declaration affirms that everyone has the right to social "
          "security' = a document's content, no act between actors"),
 55: ([("we are being forced", "170", N, "BLR/GOV", False, A, N, False)],
      "Belarus (2014); 'we are being forced to renounce the values of a traditional family and recognize instead the "
      "diversity of that institution's forms' = claimed coercion by the unnamed 'some' of the sentence before ('some "
      "have been doing their best to impose on us extraneous cultural preferences') -> 170 with no source (README: "
      "an agentless passive -> null; a 'pressure campaign' a nominal 170), 'we' in a UN speech -> BLR/GOV; borderline "
      "not coded, since 'we' earlier in the paragraph means 'the majority' of nations (an uncoded collective that "
      "includes Belarus), or 1043 as a demand about rights"),
 56: ([], "Burundi (2005): 'how can the people feel that the new policy includes them if their living conditions are "
          "not rapidly improved?' = a rhetorical question about domestic conditions, no act"),
 57: ([("congratulate you", "051", "org:AU", "org:UNGA", False, A, N, False),
       ("congratulate the Secretary-General", "051", "org:AU", "org:UN", False, A, N, False)],
      "Benin (2012); the sentence starts at 'African continent' (the splitter cut after 'On behalf of the'); 'as Chair "
      "of the African Union, I would like to congratulate you, Mr. President, on your election' = President Boni Yayi "
      "speaking as AU Chairperson (held-out 48/49: a head of state speaking as chair of the OIC or the AU is the "
      "organisation; borderline BEN/GOV) -> 051 to org:UNGA (README: commending the Assembly President's election); "
      "'congratulate the Secretary-General for his leadership role' -> 051 to org:UN; 'would like to' performative -> "
      "asserted"),
 58: ([], "Bhutan (2013): 'Without it [a strong means of implementation], the capacity of developing and least developed "
          "countries ... will remain severely challenged' = a conditional about an uncoded class, no act"),
 59: ([], "Togo (1996): 'is particularly concerned at the tragic events' = expressed concern (01x, not coded); 'the tragic "
          "events that took place last week in Jerusalem, which claimed many Palestinian and Israeli victims' = the "
          "September 1996 clashes, an event noun with no agent and no stated kind of act, the sentence before naming "
          "no agent either; not coded (borderline an agentless 1823 or 190 with no source to PSE/CVL and ISR/CVL, as "
          "README coded agentless terrorist attacks per victim country); Jerusalem is a place"),
}
