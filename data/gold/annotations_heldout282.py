"""Hand annotations for the TWO-HUNDRED-AND-EIGHTY-SECOND held-out event gold set (source of events-heldout282.jsonl).

Keyed by the row index of selection-heldout282.jsonl (output of select_statement_sentence_heldout.py 282; rows 0-18
all come from statements_state_dept_pr.jsonl, State Department press releases and briefings of 2021-2022).
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
    python3 data/gold/build_events.py --selection selection-heldout282.jsonl \\
        --annotations annotations_heldout282 --output events-heldout282.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- State Dept random: future
 0: ([("will meet with the Secretary General of the International Maritime Organization", "036", "USA/GOV",
       "org:IMO", False, F, N, False),
      ("consult with a group of likeminded partner nations", "036", "USA/GOV", N, False, F, N, False)],
     "Release on Assistant Secretary Sison's travel to London and Vienna (19 July 2022) -> USA/GOV; 'In London' is "
     "the place of the announced meetings, the trip itself coded in no event here (the sentence before announces "
     "it); 'Assistant Secretary Sison will meet with the Secretary General of the International Maritime "
     "Organization (IMO)' = an announced meeting -> 036 future (guideline: future meetings 036; held-out 279 row 1: "
     "'discuss ... with his counterparts' a future 036), the IMO Secretary General standing for his organisation "
     "(held-out sets: the Secretary-General's acts are org:UN's); the IMO, a UN specialized agency, has no code yet "
     "-> new code org:IMO, following set 257's new org:ITU for another specialized agency and the separate codes "
     "of org:WFP, org:FAO and org:ICAO (borderline org:UN, as UNODC and the UN Office of Counter-Terrorism are "
     "coded); 'as well as consult with a group of likeminded partner nations on strategies to uphold and strengthen "
     "the multilateral system' = a second announced consultation -> 036 future, the 'likeminded partner nations' "
     "an uncoded collective never named in the document -> target null (guideline: collectives without a code -> "
     "null; held-out 279 row 18: 'our Allies and partners' target null) (borderline GBR/GOV as the host country of "
     "the London leg, or the consultation folded into the trip); 'to uphold and strengthen the multilateral "
     "system' is the consultation's abstract topic, not coded"),
 1: ([], "Statement by the Global Coalition on Countering Daesh/ISIS Globally (9 Feb 2022): 'We as a Coalition will "
         "sustain the necessary pressure to deny any Daesh/ISIS attempt to reconstitute or to retake and hold "
         "territory in Syria and Iraq' = continued coercion (170) by the Global Coalition, which has no code (README, "
         "first set: the Global Coalition to Defeat ISIS has no code, its events get null; held-out 22 row 35 and "
         "held-out 232 row 6: Coalition communiqués), against Daesh/ISIS, which has no code either (held-out 237 "
         "row 7; set 213: ISIL has no code) -> null to null, not coded (held-out 208 row 16 and held-out 221 row 28: "
         "acts between uncoded groups left uncoded) (borderline a future 170 USA/GOV with no target, reading the "
         "release's 'We' as the document's government, as sets 250 and 253 coded the collective author of a "
         "joint statement); 'to deny any ... attempt to reconstitute or to retake and hold territory in Syria and "
         "Iraq' is the pressure's purpose, and the attempt an uncoded group's hypothetical act inside it, not coded "
         "(set 179: an act named only inside a purpose uncoded) (borderline a hypothetical 192 with no source to "
         "bare SYR and to bare IRQ, as set 213's 'cities that had been occupied by the terrorists' a 192 with no "
         "source to bare IRQ)"),
 # --- State Dept random: cue
 2: ([("thanked", "051", "USA/GOV", "TUR/GOV", False, A, N, False),
      ("its strong support in defense of Ukraine", "070", "TUR/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Turkish FM Cavusoglu (28 Feb 2022); 'The Secretary also thanked Turkey' -> 051 "
     "(guideline: thank 051), the country thanked for its government's policy -> TUR/GOV; 'for its strong support "
     "in defense of Ukraine and its sovereignty and territorial integrity' = Turkey's support to Ukraine against "
     "Russia's attack (named in the sentence before), its agent given by 'its' and the thanks (README choices: "
     "thanks 'for the ongoing support' gives the support its agent from the thanks) -> nominal 070 to the country "
     "(set 249: Poland's 'its support of Ukraine' a nominal 070 to bare UKR; set 273: one nominal 070 'support of "
     "Ukraine' per government), 'in defense of' marking a material, not merely verbal, backing (borderline a "
     "nominal 051 to bare UKR, as set 266's 'continued U.S. support for Ukraine's sovereignty', or 072 for "
     "military aid); 'and its sovereignty and territorial integrity' names what is defended, the same support, "
     "folded in"),
 3: ([("discussed", "040", "USA/GOV", "BGR/GOV", False, A, N, False)],
     "Readout of Blinken's call with Bulgarian President Radev (11 June 2021); 'The Secretary and the President also "
     "discussed shared interests regarding rule of law, the Western Balkans, and energy diversification' -> 040 "
     "(guideline: discuss 040), a symmetric act coded once from the document's government (guideline) to the "
     "President's government -> BGR/GOV (held-out 279 row 6: 'discussed a range of international and bilateral "
     "issues' a 040); the topics name no act between actors"),
 4: ([("thanked", "051", "USA/GOV", "GRC/GOV", False, A, N, False),
      ("Greece’s strong sanctions enforcement", "163", "GRC/GOV", "RUS", False, A, N, True),
      ("its extensive humanitarian and defensive assistance", "070", "GRC/GOV", "UKR", False, A, N, True)],
     "Readout of Blinken's call with Greek PM Mitsotakis (21 Apr 2022); 'The Secretary thanked Greece' -> 051 "
     "(guideline: thank 051) -> GRC/GOV; 'for its steadfast support to Ukraine, including Greece's strong sanctions "
     "enforcement and its extensive humanitarian and defensive assistance' = support whose parts are named -> the "
     "general support folded into its named parts, following set 267 (Plenkovic's 'strong support ... for Ukraine, "
     "including providing security assistance and accepting refugees' a 072 and a 075, the support not coded "
     "separately) (borderline a separate nominal 070 to bare UKR for 'its steadfast support', as set 249); "
     "'Greece's strong sanctions enforcement' = Greece applying the sanctions on Russia -> nominal 163 (set 247: "
     "'for enforcing sanctions measures' a 163 LTU/GOV -> bare RUS), the sanctioned country taken from 'Russia's "
     "unprovoked and brutal war' in the sentence after (guideline: missing participant from the context) -> bare "
     "RUS, as set 247 (borderline RUS/GOV, or uncoded compliance with EU measures, as set 155); 'its extensive "
     "humanitarian and defensive assistance' = one aid noun covering two kinds -> one nominal 070 (README choices: "
     "one aid noun covering several kinds is one 070; set 249: 'providing humanitarian and security assistance' one "
     "070) to bare UKR (borderline a 073 to UKR/CVL plus a 072 to bare UKR)"),
 5: ([], "Blinken's statement on the Section 353 list (1 July 2021): 'Our objective with these designations is to "
         "support the people of Guatemala, Honduras, and El Salvador in their efforts to form a democratic, "
         "prosperous, and safe region ...' = the stated aim of the listing, support named only as a purpose (set "
         "182: support named only as a purpose uncoded; set 195 likewise) (borderline one 051 USA/GOV each to "
         "GTM/CVL, HND/CVL and SLV/CVL, as 'The United States stands with those citizens' of the text before); "
         "'these designations' = an anaphoric event noun, the listing coded where it is issued (set 267: 'This "
         "designation' uncoded as anaphoric) (borderline a nominal 172 USA/GOV with no target, README choices: "
         "issuing the Section 353 list is 172 with no target); the peoples' forming a region, taking part in the "
         "democratic process and reducing inequality are domestic aims with no counterpart"),
 6: ([("welcomes", "051", "USA/GOV", "org:UN", False, A, N, False)],
     "Blinken's statement welcoming the Yemen truce extension (2 June 2022); 'The United States welcomes today's "
     "announcement by the UN on the extension of the truce in Yemen' -> 051 (guideline: welcome 051), the welcomed "
     "announcement's author named in the sentence -> org:UN (README choices: welcoming a General Assembly decision "
     "or resolution is 051 to org:UNGA; a welcome of a UN recent decision is a 051 to org:UN), the truce's parties "
     "never being named in the document ('the parties', 'The Yemeni parties') (borderline bare YEM, as held-out "
     "278's welcome of the Sana'a-Cairo flight and the README rule that a welcome of a development inside a named "
     "country whose parties are not named goes to the bare country); the announcement itself is a statement (01x), "
     "not coded; 'the extension of the truce in Yemen' is an agentless event noun whose parties are never named, "
     "not coded (guideline: event nouns without an agent not coded) (borderline a nominal 045 org:UN -> bare YEM "
     "from the thanks to UN Special Envoy Grundberg 'to achieve this extension' in the text after, as set 275's "
     "'UN-negotiated truce', or a nominal 0871 with no source to bare YEM)"),
 7: ([("remain a committed partner to supporting this aim", "032", "USA/GOV", "HTI/GOV", False, A, N, False),
      ("the extraditions of individuals", "063", N, "USA/GOV", False, A, N, True),
      ("conspired in the perpetration of this offense", "1823", N, "HTI/GOV", False, A, N, False)],
     "Blinken's statement on the anniversary of President Moise's assassination (7 July 2022) -> 'We' = USA/GOV; "
     "'We remain a committed partner to supporting this aim' = a commitment to support stated as a fact -> 03x "
     "asserted (README choices: commitments stated as facts, 'remain committed to supporting', are asserted 03x; "
     "set 225: 'very committed to doing' an asserted 032), 'this aim' being the Haitian investigation bringing "
     "those responsible to justice that the sentence before urges on 'the Haitian authorities' -> intent to give "
     "political support 032 to HTI/GOV (guideline: missing participant from the context) (borderline 030, 033, or "
     "target null); 'as shown by the extraditions of individuals ...' = extraditions to the United States for "
     "acts 'within U.S. jurisdiction' -> judicial cooperation 063, following PETRARCH's CAMEO dictionary "
     "(EXTRADITE [063]), as earlier sets followed it for RENEGE, CLOSE AIRSPACE and DESIGNATE AMBASSADOR; the "
     "extraditing states are never named in the document -> an agentless nominal 063 with no source (set 267: an "
     "agentless nominal 173 -> MLI/GOV; set 273: Abe's assassination an agentless nominal 1823) to the receiving "
     "government -> USA/GOV (borderline a 063 USA/GOV -> HTI/GOV, reading the extraditions the release credits to "
     "'We' as U.S. judicial cooperation with Haiti; or uncoded as an event noun without an agent); 'individuals "
     "alleged to have conspired in the perpetration of this offense' = taking part in the assassination of the "
     "sitting president (the 'crime' and 'assassination of President Moise' of the sentence before) -> killing of "
     "an individual 1823 (guideline), the individuals' nationality never given -> source null, the victim the "
     "head of state at the time of the act -> HTI/GOV (README choices: a historic act involving a person named by "
     "the office held at the time is coded to that office's government); on the finite 'conspired', not nominal; "
     "'alleged' names no alleger -> reported_by null (guideline: 'reportedly' with no named source -> null) "
     "(borderline reported_by USA/GOV for the U.S. prosecutions the extraditions serve; or uncoded as anaphoric); "
     "'through acts committed within U.S. jurisdiction' is the conspiracy's means, folded in"),
 8: ([("We commend", "051", "USA/GOV", "DJI/GOV", False, A, N, False),
      ("its hosting the Executive Secretariat", "043", "DJI/GOV", "org:IGAD", False, A, N, True),
      ("its contributions to the African Union Mission in Somalia", "074", "DJI/GOV", "SOM", False, A, N, True),
      ("the important mediating role it plays", "045", "DJI/GOV", N, False, A, N, True)],
     "Blinken's statement on Djibouti's National Day (27 June 2021) -> 'We' = USA/GOV; 'We commend Djibouti's "
     "leadership in the region' -> 051 (guideline: commend 051) -> DJI/GOV; the leadership is illustrated by three "
     "acts, each with its agent 'its' = Djibouti: 'its hosting the Executive Secretariat of the Intergovernmental "
     "Authority on Development' -> nominal 043 to org:IGAD (README choices: hosting an organisation's seat is a "
     "nominal 043; 'we host' an organisation's centre is 043 to the organisation); 'its contributions to the "
     "African Union Mission in Somalia' = troop contributions to AMISOM -> nominal 074 to the country the "
     "operation serves, bare SOM (README choices: a country's part in SFOR or an operation is a 074 to the country "
     "it serves; set 151: 'our contribution to AMISOM' a nominal 074 UGA/GOV -> bare SOM) (borderline org:AU as "
     "target, or DJI/MIL as source); 'the important mediating role it plays' = habitual mediation whose parties "
     "are never named -> nominal 045 with target null (set 191: 'its role in solving problems that threaten peace "
     "... particularly in the Great Lakes region' a nominal 045 with no target; set 211: 'promoting the peaceful "
     "settlement of disputes' a habitual 045 with no target) (borderline non-nominal on 'it plays', or bare SOM "
     "from the Somalia context)"),
 9: ([("met with", "040", "USA/GOV", "org:WFP", False, A, N, False),
      ("met with", "040", "USA/GOV", "org:FAO", False, A, N, False)],
     "Readout of Blinken's meeting with the Rome-Based Food Security Agencies (27 June 2021); the splitter cut after "
     "'Antony J.' (as held-out 15 and 279 row 14), so the subject 'Blinken' opens the sentence -> USA/GOV; 'met "
     "with the heads of the Rome-Based Food Security Agencies ... including UN World Food Program (WFP) Executive "
     "Director David Beasley and UN Food and Agriculture Organization (FAO) Director-General Qu Dongyu' -> 040 "
     "(guideline: meet 040), the agencies a group without a code -> one event per member the document names "
     "(README choices: a group without a code is each member the document names) -> org:WFP (set 138: org:WFP) and "
     "org:FAO (set 125: support for the World Food Summit goes to org:FAO), the third agency (IFAD) never named "
     "(borderline a third 040 with no target, or org:UN for both); 'today in Rome' is the meeting's place, not a "
     "visit (set 276: 'met ... in Hanoi' names no visit, so no 042) (borderline a 042 to bare ITA)"),
 10: ([("spoke with", "040", "USA/GOV", "KOR/GOV", False, A, N, False),
       ("spoke with", "040", "USA/GOV", "JPN/GOV", False, A, N, False)],
      "Readout of Deputy Secretary Sherman's call with ROK First Vice FM Choi and Japanese Vice FM Mori (11 Mar 2022) "
      "-> USA/GOV; 'spoke with' = a call -> 040 (guideline: a call is 040), one event per other participant "
      "(guideline: one event per actor pair; held-out 278 row 0: the trilateral meeting one event from the "
      "document's government to each other participant) -> KOR/GOV and JPN/GOV; 'to discuss shared concerns about "
      "the DPRK's WMD and ballistic missile programs' = the call's purpose, folded into the 040, the concerns being "
      "01x; the programmes are named as a topic without a specific act (held-out 13 row 14 and set 115: Iran's "
      "nuclear programme a topic without a specific act) (borderline a nominal 154 PRK/GOV with no target, as the "
      "README's 'producing and stockpiling weapons of mass destruction is a nominal 154')"),
 11: ([("met today in Brussels with", "040", "USA/GOV", "org:NATO", False, A, N, False)],
      "Readout of Deputy Secretary Sherman's meeting with NATO Permanent Representatives (20 Apr 2022) -> USA/GOV; "
      "'met today in Brussels with NATO Deputy Secretary General Mircea Geoana and NATO Permanent Representatives' "
      "-> 040 (guideline: meet 040), the Alliance's Deputy Secretary General and the allies' Permanent "
      "Representatives sitting as the North Atlantic Council both standing for the organisation -> one 040 to "
      "org:NATO (set 264: the OSCE Chair-in-Office's representative and the OSCE Secretary General coded once) "
      "(borderline a second 040 with no target for the Permanent Representatives, their governments unnamed); 'in "
      "Brussels' is the meeting's place, not a visit (set 276: 'met ... in Hanoi' names no visit) (borderline a 042 "
      "to bare BEL)"),
 # --- State Dept random: nocue
 12: ([], "Release on changes to the Foreign Service entry process (26 Apr 2022): 'Combined scores from the FSOT and the "
          "Qualification Evaluations Panel ... will give the Department a more balanced view of candidates' = the "
          "Department's own recruitment procedure, internal administrative business with no counterpart (held-out "
          "4 and 13: internal Department business uncoded; held-out 279 row 15)"),
 13: ([("I offer warm congratulations", "051", "USA/GOV", "LKA/CVL", False, A, N, False)],
      "Blinken's statement on Sri Lanka's National Day (4 Feb 2022); 'On behalf of the United States of America, I "
      "offer warm congratulations to the people of Sri Lanka on the 74th anniversary of your independence' -> 051 "
      "(README choices: congratulating a people on a national day is 051; held-out 279 row 13: 'I congratulate the "
      "people of Jamaica' 051 USA/GOV -> JAM/CVL), the speaker's government -> USA/GOV, the people -> LKA/CVL; "
      "'offer' is a finite verb, not nominal (set 173: 'Our deep appreciation' a 051 that is not nominal); the "
      "anniversary is the occasion, not an act"),
 14: ([], "Blinken's statement on Pride Month (1 June 2021): 'LGBTQI+ persons around the world continue to face "
          "discrimination, violence, and other forms of persecution because of who they are and whom they love' = "
          "repression with no agent and no country named ('around the world') -> null to null, not coded (README "
          "choices: acts between uncoded collectives and agentless generalisations left uncoded) (borderline a "
          "habitual 175 with no source and no target)"),
 15: ([("brings together", "040", "USA/GOV", "USA/NGO", False, A, N, False),
       ("brings together", "040", "USA/GOV", "ESP/NGO", False, A, N, False),
       ("brings together", "040", "USA/GOV", "ESP/GOV", False, A, N, False),
       ("brings together", "040", "USA/GOV", "USA/BUS", False, A, N, False),
       ("brings together", "040", "USA/GOV", "ESP/BUS", False, A, N, False)],
      "Release on Under Secretary Fernandez's travel to Spain (1 July 2022); 'This annual conference' = the U.S.-Spain "
      "Forum in Bilbao of the sentence before, in which the Under Secretary is 'visiting Spain ... to participate'; "
      "'brings together members of the United States-Spain Council and its counterpart, the Fundacion Consejo "
      "Espana - EE.UU., with leaders from the public and private sectors of both countries to address important "
      "bilateral issues' = a recurring meeting of named actors -> habitual 040 asserted (guideline: meet/discuss "
      "040), an inanimate subject standing for the meeting it is; a symmetric meeting of several participants is "
      "coded from the document's government to each other participant (guideline: symmetric meetings coded from "
      "the document's own government; set 236: the thirteen-party Syria envoys' meeting twelve 040s from USA/GOV; "
      "held-out 278 row 0), the U.S. public sector being among the 'leaders from the public ... sectors of both "
      "countries' -> one 040 each to the United States-Spain Council, a binational non-profit -> USA/NGO (set 245: "
      "the Inter-American Dialogue USA/NGO), its Spanish counterpart foundation -> ESP/NGO, the Spanish public "
      "sector -> ESP/GOV and the two private sectors -> USA/BUS and ESP/BUS (README choices: one 036 per sector for "
      "a future convening of several sectors) (borderline a single 040 USA/NGO -> ESP/NGO from the first-named "
      "party, a 043 with no source as set 245's 'bringing us together', or uncoded as the description of a "
      "recurring forum, as held-out 279 row 16's exchange programme); 'to address important bilateral issues' is "
      "the meeting's purpose, folded in"),
 16: ([], "Announcement of Dorothy McAuliffe as Special Representative for Global Partnerships (3 June 2022): "
          "'McAuliffe successfully advocated for increased participation and funding for several programs to feed "
          "children in schools' = her past advocacy, as First Lady of Virginia, for domestic school-meal programmes, "
          "a career fact about a domestic programme with no foreign counterpart (set 267 and 270: career facts "
          "uncoded; README choices: domestic programmes uncoded) (borderline a generic 100 USA/CVL -> USA/GOV); "
          "'initiatives that provided summer and after-school meals' are domestic programmes"),
 17: ([], "Release on the 2022 Investment Climate Statements (28 July 2022): 'The Investment Climate Statements also "
          "serve as references for partner governments seeking to mobilize high-quality, sustainable investments to "
          "facilitate their economies' recovery' = a description of the reports' use, an inanimate subject with no "
          "act; the 'partner governments' are an uncoded collective never named, and mobilising investment for their "
          "own economies is domestic (held-out 279 row 15: the Department's own publications uncoded) (borderline a "
          "habitual 070 USA/GOV with no target for the information the reports provide)"),
 18: ([], "Blinken's statement on Vesak Day (26 May 2021): 'May this day inspire us all to reflect on our shared values "
          "and to collectively work to build a better world for Buddhists and people of all belief traditions' = an "
          "optative wish whose 'us all' means everyone, well-wishing with no act between actors (README choices: "
          "well-wishing and optative hopes uncoded; `we` meaning all States uncoded)"),
}
