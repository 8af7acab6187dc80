"""Hand annotations for the HUNDRED-AND-EIGHTY-THIRD held-out event gold set (source of events-heldout183.jsonl).

Keyed by the row index of selection-heldout183.jsonl (output of select_bulk_sentence_heldout.py 183; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout183.jsonl \
        --annotations annotations_heldout183 --output events-heldout183.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("Negotiations", "046", "SYR/GOV", "ISR/GOV", False, A, N, True)],
     "Syria (2006); 'Negotiations continued for 10 years but did not bear fruit' = the Madrid-process negotiations in "
     "which, per the sentence before, Syria 'took part', with Israel, named in the text after ('the Israeli political "
     "will to make peace was non-existent') -> an event noun whose parties are plain from the text around it (README "
     "48/49: coded) -> nominal 046 SYR/GOV -> ISR/GOV (borderline no source -> ISR/GOV, as sets 123/137/145 coded "
     "'the negotiations' with one side unnamed; or not coded as an event noun without an agent in the sentence); 'did "
     "not bear fruit' negates the outcome, not the negotiations (README: 'did not stop the fighting', 'we did not meet "
     "with success' give no negated event)"),
 1: ([("have not hesitated to support", "070", "BHR/GOV", "YEM/GOV", False, A, N, False),
      ("have not hesitated to support", "070", "org:GCC", "YEM/GOV", False, A, N, False),
      ("a request", "103", "YEM/GOV", "BHR/GOV", False, A, N, True),
      ("a request", "103", "YEM/GOV", "org:GCC", False, A, N, True),
      ("Iranian support", "070", "IRN/GOV", "YEM/REB", False, A, N, True)],
     "Bahrain (2015); 'have not hesitated to support Yemen' = litotes, an asserted act (README: 'did not hesitate to "
     "respond to the appeal' an asserted 030; 'We did not hesitate to grant humanitarian assistance' litotes) -> the "
     "2015 coalition support -> 070 (borderline 190 against YEM/REB, or 074), to the government whose President asked "
     "for it -> YEM/GOV (borderline bare YEM); the compound source is split (guideline): Bahrain and 'its sister "
     "countries of the Gulf Cooperation Council', the members unnamed, coded as org:GCC (the next sentence: 'The "
     "position taken by the GCC in support of Yemen'; borderline dropped as an uncoded collective); 'in response to a "
     "request by ... Hadi ... that we help the brotherly people of Yemen' = a request noun of a named author -> nominal "
     "103 demand aid (borderline 1032, the help being military), YEM/GOV to each party of 'we' (BHR/GOV, org:GCC); "
     "'rebel groups that benefit from Iranian support' = Iran's support of the Houthis (guideline: YEM/REB) -> nominal "
     "070 IRN/GOV -> YEM/REB; 'who have been confronted with rebel groups' is a description of the conflict, not coded "
     "(borderline a 180 YEM/REB -> YEM/CVL)"),
 2: ([], "Slovakia (2012): 'Persons whose basic needs are met do not seek conflict' = a generalisation about people, "
         "no actor, no act; the negation bears on a generic tendency"),
 3: ([], "Tanzania (1997): 'The threat of nuclear war ... has not gone away or receded' = a threat as a risk "
         "(guideline: figurative), the 'ideological confrontation of the past' an unnamed cold-war rivalry; no act "
         "between named actors"),
 4: ([("signs agreements", "057", "USA/GOV", N, False, A, N, False),
      ("refuses to sign", "128", "USA/GOV", N, False, A, N, False)],
     "Bolivia (2013); 'it' = the United States of the sentence before ('I would like to say to the United States') "
     "-> USA/GOV; 'signs agreements' = a habitual signing of agreements with unnamed partners -> 057 with no target "
     "(borderline not coded as a generalisation); 'yet refuses to sign some of the most important treaties in the "
     "world' = an explicit refusal (guideline: REJECT, negated false) to join multilateral treaties -> 128 defy norms, "
     "following the first set and set 152 ('continues to refuse to ratify' the NPT is a 128 with no target; borderline "
     "127, or a negated 057)"),
 5: ([("making a special appeal", "102", "GTM/GOV", "org:UN", False, A, N, False)],
     "Guatemala (2008); 'I am making a special appeal and proposal to the Secretary-General that we no longer try to "
     "resolve the problem of migration bilaterally; rather, we must do so as a bloc' = a request (guideline: appeal -> "
     "10x) to the Secretary-General -> org:UN, appeal and proposal one act; Y = multilateral cooperation on migration -> "
     "demand diplomatic cooperation 102 (borderline 1042 for the change of approach, or 1044 for the UN forum "
     "proposed in the text after); Y is not coded separately (guideline); 'no longer try' bears on an approach of "
     "'we' (all states), not a negated event"),
 6: ([], "Dominican Republic (2009): 'We might consider that we have failed ... the only path remaining is to abandon "
         "any effort to meet those goals' = a hypothetical attitude of 'we' meaning all states towards the MDGs "
         "(README: 'we' meaning all states not coded); no act between actors"),
 7: ([("will not tolerate", "120", "KOR/GOV", N, False, A, N, False),
      ("urges", "100", "KOR/GOV", N, False, A, N, False)],
     "Republic of Korea (1998); 'will not tolerate any acts of terrorism' = a performative non-acceptance by the "
     "speaker (guideline: 'we will never accept it' is 12x, negated false) -> 120, the perpetrators unnamed -> target "
     "null (README: 'We utterly reject attacks' by unnamed agents 120 with no target; borderline 111, or resolve left "
     "uncoded); 'urges all Member States to cooperate in devising effective international measures to combat "
     "terrorism' = a request (guideline: urge -> 10x) to an uncoded collective -> target null, Y = collaboration on "
     "measures -> generic 100, following held-out 77 row 10's 'urge greater collaboration among Member States to "
     "devise strategies' (borderline 102; or not coded as a call on all states)"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Ireland (2005): 'We have seen elsewhere that ... with political will and the support of the international "
         "community, it is possible to move forward, away from conflict' = a generalisation about unnamed places, the "
         "support an uncoded collective's to unnamed recipients, null-null (borderline a hypothetical nominal 070 null "
         "-> null); not coded"),
 9: ([("will be discussed", "036", "TON/GOV", "org:UN", False, F, N, False),
      ("our participation", "074", "TON/GOV", N, False, F, N, True)],
     "Tonga (2004); 'arrangements for our participation will be discussed further with the United Nations' = a "
     "future discussion, the passive's party plain from 'our' -> 036 future (guideline: future meetings and "
     "discussions 036) TON/GOV -> org:UN; 'our participation' = Tonga's contribution to United Nations peacekeeping "
     "(the sentence before: 'giving favourable consideration to contributing to the United Nations peacekeeping "
     "efforts') -> nominal 074, future since the arrangements are still to be made (borderline hypothetical, the "
     "contribution being under consideration; or not coded as the topic of the discussion), the host countries "
     "unnamed -> target null (README: 'Contributed a small number of officers to UN efforts' 074 with no target; "
     "borderline org:UN)"),
 10: ([("deserves the support", "051", N, "org:UN", False, D, N, False)],
      "Austria (1997); 'the Secretary-General's intention to strengthen the United Nations capacities in this field "
      "deserves the support of all Member States' = a deontic ('deserves', README: statements of what an actor "
      "deserves are demanded) whose source is the uncoded membership -> demanded 051 with no source to org:UN "
      "(README: 'All Member States should strive to extend their full support ... to revitalize the United Nations' "
      "a demanded 051 with no source; borderline the speaker's own 051, as set 110's 'deserve to be commended'); the "
      "Secretary-General's intention concerns the UN's own capacities, not coded; 'I hope that regional cooperation "
      "will soon contribute' is optative and agentless"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Ukraine (2004): 'The role of the United Nations in the field of non-proliferation and disarmament should "
          "also be strengthened' = an agentless deontic about the UN's role, a UN reform position (README: not coded)"),
 12: ([("does not provide amnesty", "056", "CIV/LEG", N, True, A, N, False)],
      "Cote d'Ivoire (2003); 'that law does not provide amnesty for common crimes and offences, including crimes "
      "related to violations of human rights' = the amnesty law passed on 6 August 2003 (sentence before) standing for "
      "its enacter, the National Assembly -> CIV/LEG (README: a parliament's law is the LEG's act; borderline "
      "CIV/GOV), and plain negation of the amnesty (056, README: 'extending a generous amnesty' 056) for these crimes "
      "-> negated 056 (guideline), the perpetrators unnamed -> target null (borderline CIV/REB, the former rebellion "
      "the law mainly covered; or not coded as a description of the law's scope); 'which must be investigated' = an "
      "agentless deontic investigation of unnamed perpetrators, null-null, not coded (README: perpetrators to 'be "
      "brought to justice' who are unnamed left uncoded; borderline a demanded 091)"),
 13: ([], "Belize (2010): 'That myopic view needs to be broadened, and we must disabuse ourselves of the donor-driven "
          "dialectic' = 'we' meaning all states at the UN (README: not coded), an attitude; no act"),
 14: ([], "Slovenia (2008): 'Transformation should be the key idea of policymaking to guide United Nations action' = an "
          "abstract deontic about UN policy, no act"),
 15: ([], "Slovenia (2003): 'Values grounded in that awareness must become an inseparable component of relations "
          "between countries' = an abstract norm, no actor"),
 16: ([], "Chile (2001): 'as the Secretary-General has so rightly said, ... we must learn how to manage it better and "
          "... together' = 'we' meaning all states (README: not coded); the Secretary-General's statement is a speech "
          "act (01x), and 'so rightly' is an adverb of approval, not coded (sets 156/157: 'rightly' a sentence adverb "
          "of approval; borderline 051 CHL/GOV -> org:UN, as set 131's 'I agree with President Roosevelt')"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("a freeze in Israeli", "080", "ISR/GOV", "PSE", False, A, N, True),
       ("occupied", "192", "ISR/GOV", "PSE", False, A, N, True),
       ("the negotiations", "046", "ISR/GOV", "PSE/GOV", False, A, N, True)],
      "Egypt (2010); 'a freeze in Israeli settlement activity' = Israel's settlement moratorium of 2009-2010, whose "
      "prolongation the next sentence discusses -> a nominal yield 080 ISR/GOV -> bare PSE, following set 142's "
      "'an end to all new settlement activity' (a demanded 080 ISR/GOV -> PSE), asserted as the existing moratorium "
      "(borderline hypothetical, 'a freeze' being the test of intentions; or not coded, settlement activity having no "
      "CAMEO code); 'the occupied Palestinian territories', with Israel named in the same sentence -> nominal 192 "
      "ISR/GOV -> bare PSE (set 179); 'its level of commitment to the success of the negotiations' = the 2010 direct "
      "negotiations launched in Washington (text before) -> nominal 046 from the named Israeli side to the "
      "Palestinians -> PSE/GOV (borderline no source -> ISR/GOV, as sets 123/137/145); the commitment and the "
      "'intentions' are attributes under assessment, not coded"),
 18: ([("leading and carrying out field visits", "062", "SSD/MIL", "SSD/REB", False, A, N, False)],
      "South Sudan (2019); 'the Chief of the South Sudan People's Defence Forces and the Deputy Chief of Staff of the "
      "Sudan People's Liberation Army in Opposition are, together, leading and carrying out field visits to their "
      "respective forces' = the army and the armed opposition acting jointly under the Revitalized Peace Agreement -> "
      "military cooperation 062 (borderline 050), symmetric, from the first-named (guideline), the SSPDF -> SSD/MIL, "
      "the SPLA-IO, an armed opposition movement in 2019 -> SSD/REB (set 174: the agreement's armed party SSD/REB); "
      "the visits to their own forces, the sensitising and the preparation for cantonment are internal and purposes, "
      "not coded (borderline a 0873 for the cantonment)"),
 19: ([("it supports", "051", "CAF/GOV", "MAR/GOV", False, A, N, False)],
      "Central African Republic (2014); 'it supports the position of the Kingdom of Morocco on the Sahara issue' = "
      "verbal support (guideline: 051) for a named government's position -> MAR/GOV (held-out 76 row 21: support for "
      "Morocco's autonomy initiative 051 to MAR/GOV); 'in accordance with Security Council resolutions' is an "
      "evaluation, not coded"),
 20: ([("the attack", "180", N, "USA", False, A, N, True),
       ("sought", "102", "USA/GOV", N, False, A, N, False),
       ("international cooperation", "050", N, "USA/GOV", False, A, N, True),
       ("incapacitation", "190", "USA/GOV", N, False, A, N, True),
       ("the removal of the Taliban regime", "190", "USA/GOV", "AFG/REB", False, A, N, True),
       ("hosted", "070", "AFG/REB", N, False, A, N, False)],
      "New Zealand (2002); 'The primary victim of the attack, the United States' = the 11 September attacks, the "
      "attacker (al Qaeda, uncoded) not named as such -> nominal 180 with no source to the victim country, bare USA "
      "(set 116: 'The attack perpetrated' a nominal 180 with no source to USA; borderline not coded as an anaphoric "
      "event noun, as set 178's 'That attack'); 'sought ... international cooperation' = a request to an uncoded "
      "collective -> 102 with no target (borderline 1012); 'secured international cooperation' = the cooperation "
      "received from the uncoded international community -> nominal 050 with no source to USA/GOV (README: "
      "'assistance and cooperation we received from advanced countries' a nominal 050 with no source); 'that achieved "
      "the incapacitation of the Al Qaeda terrorist organization and the removal of the Taliban regime' = the 2001 "
      "military campaign of the cooperation the United States led -> nominal 190 per object, source USA/GOV as the "
      "party that sought and secured it (README: a coalition led by the United States is USA/GOV; borderline source "
      "null, as held-out 62 row 53's 'the international community succeeded in liberating'), al Qaeda having no code "
      "-> target null, the Taliban of 2001 -> AFG/REB (guideline: up to 15 Aug 2021); 'the Taliban regime that had "
      "hosted it' = harbouring terrorists -> 070 (set 5: harbouring terrorists is support 070) AFG/REB -> null "
      "(al Qaeda uncoded)"),
 21: ([("We advocate", "107", "DOM/GOV", "BIH", False, A, N, False),
       ("We advocate", "107", "DOM/GOV", "ISR/GOV", False, A, N, False),
       ("We advocate", "107", "DOM/GOV", "PSE/GOV", False, A, N, False),
       ("We advocate", "103", "DOM/GOV", N, False, A, N, False)],
      "Dominican Republic (1996); 'We advocate a definitive and peaceful resolution of the conflict in Bosnia and "
      "Herzegovina' = advocacy of a settlement is a request 107 (README), the parties unnamed -> bare BIH (set 166: "
      "an appeal to 'all parties involved in this conflict' a 107 to bare COD; borderline BIH/GOV, as set 125's "
      "Ireland); '[resolution] ... of the search for peace in Middle East between the Government of Israel and the "
      "Palestine Liberation Organization' = the same advocacy for a named pair -> one 107 to each party, the PLO -> "
      "PSE/GOV; the 'search for peace' itself is left uncoded (borderline a nominal 046 ISR/GOV -> PSE/GOV); '[and] "
      "of cooperation and assistance with regard to situations such as those of Somalia, Burundi and Liberia' = a "
      "call for aid with no addressee named -> one 103 with no target (set 117: a call for 'sympathy and support' for "
      "two countries one 1033 with no target; borderline one per beneficiary country)"),
 22: ([], "Uruguay (2013): 'we have rejected our own biological imperative ... and we have replaced it by functional "
          "consumerism' = 'we' meaning humankind, figurative; no act between actors"),
 23: ([("continues to maintain", "050", "VNM/GOV", "org:UN", False, A, N, False)],
      "Viet Nam (1995); 'continues to maintain close and effective cooperation with the United Nations and with "
      "specialized agencies of the United Nations system' = diplomatic cooperation 050, asserted and habitual, to "
      "org:UN; the specialized agencies share the code, so the pair is coded once (guideline: one event per actor "
      "pair; borderline a second event for the agencies)"),
 24: ([("encourage", "100", "CZE/GOV", N, False, A, N, False)],
      "Czech Republic (2008); 'I would like to encourage all Members of this universal Organization to cooperate in "
      "our common efforts to make this world secure and prosperous' = a performative request to the whole membership "
      "(an uncoded collective) -> target null, Y = generic cooperation -> 100, as row 7 and held-out 77 row 10 "
      "(borderline 102; or not coded, the addressees being all states)"),
 25: ([("China supports", "051", "CHN/GOV", "org:G20", False, A, N, False)],
      "China (2011); 'China supports the transition of the Group of' = a fragment cut by the splitter whose verb lies "
      "in the sentence, its object completed by the text after ('20 (G-20) from a short-term crisis response "
      "mechanism to a long-term mechanism of economic governance'; README: a fragment whose object was cut off is "
      "coded from the text after when its verb is in the sentence) -> verbal support 051 to org:G20 (borderline not "
      "coded as an institutional reform position, like UN reform positions)"),
 26: ([], "Antigua and Barbuda (1997): 'the agreed and accepted target of 0.7 per cent of the gross national product "
          "of the industrialized countries pledged to development assistance' = aid pledged by an uncoded collective "
          "to unnamed recipients, null-null (README: unfulfilled aid promises between uncoded collectives left "
          "uncoded; borderline a nominal 0331 null -> null)"),
 27: ([], "Madagascar (2008): 'official development assistance continues to shrink, while the aid provided by the "
          "international community remains insufficient' = a global aid trend between uncoded collectives (set 145: a "
          "falling-ODA trend between uncoded collectives left uncoded); the recipients are developing countries in "
          "general, per the text after (borderline a nominal 162 and a nominal 070 with no source to MDG/GOV)"),
 28: ([], "Congo (2009): 'We have pledged to open a new path to the future and to mark it with proper behaviour and "
          "clean technologies' = a domestic pledge with no counterpart (borderline a 030 with no target)"),
 29: ([("condemned", "111", "org:UNGA", N, False, A, N, False),
       ("embargo", "163", N, "CUB", False, A, N, True)],
      "Haiti (2010); 'an embargo of this kind' = the embargo against Cuba of the sentence before, its imposer never "
      "named in the speech -> nominal 163 with no source to bare CUB (set 154: 'the unattributed blockade is a nominal "
      "163 with no source to bare CUB'; set 122); 'having been condemned in many Assembly resolutions' = a passive "
      "whose agent the resolutions name -> 111 from org:UNGA (README: a General Assembly resolution stands for "
      "org:UNGA), the imposer unnamed -> target null (borderline USA/GOV from outside knowledge); 'is absolutely "
      "contrary to the values we advocate' is an evaluation without a behaviour verb, not coded (borderline the "
      "speaker's 111)"),
 30: ([("fired on with live bullets", "175", "ISR/GOV", "PSE/CVL", False, A, N, False),
       ("arrested", "173", "ISR/GOV", "PSE/CVL", False, A, N, False)],
      "Malaysia (2018); 'They were fired on with live bullets and arrested' = 'they' = the Palestinians of the "
      "sentence before (who 'tried to fight with catapults and stones'), agentless passives whose agent is Israel, "
      "named in the text before ('the State of Israel', 'Israeli settlements') and after (README: an agentless act "
      "takes its agent from the text before when it names one; borderline source null) -> ISR/GOV (the armed forces "
      "not named; borderline ISR/MIL); shooting at protesters -> 175 (README: an occupying army's 'shooting "
      "civilians' 175; borderline 190 or 1823), arrests -> 173 (guideline), both to PSE/CVL (borderline PSE/REB)"),
 31: ([("negotiations", "046", "IRN/GOV", N, False, A, N, True)],
      "Iran (2007); 'After three years of negotiations and attempts to build confidence' = Iran's nuclear "
      "negotiations with 'these Powers', whom the speech never names -> nominal 046 from IRN/GOV with no target "
      "(set 113/139: nuclear negotiations a nominal 046 from Iran with no target); 'attempts to build confidence' is "
      "folded into the negotiations (borderline a separate 030 with no target); 'the main concern of these Powers is "
      "... to prevent its scientific progress' states the uncoded Powers' aim inside the Iranian nation's 'firm "
      "belief', not a realised act (borderline a 170 with no source to IRN/GOV); 'the possible deviation' is a "
      "hypothetical with no counterpart"),
 32: ([("cooperation", "050", N, "TGO/GOV", False, A, N, True)],
      "Togo (1997); 'the progressive resumption of cooperation' = the resumption of the donors' cooperation with Togo "
      "after its suspension, the partners unnamed -> nominal 050 with no source to TGO/GOV (README: 'assistance and "
      "cooperation we received from advanced countries' a nominal 050 with no source; the plain cooperation-noun rule; "
      "borderline 061 or 070, or not coded as an agentless trend); strengthening 'Togo's contribution to the reserves "
      "of the West African Economic and Monetary Union' is an effect, not coded"),
 33: ([], "Equatorial Guinea (2019): 'We believe that the Paris Agreement ... is ... the efficient solution to the "
          "threat of global climate change' = a belief and a figurative threat (guideline), no act"),
 34: ([("foreign occupation", "192", "ISR/GOV", "PSE", False, A, N, True)],
      "Iceland (2014); 'let the future of Palestinian children be a future without foreign occupation' = an optative "
      "wish that is not coded, while the realised occupation named inside it is (set 113: a realised occupation named "
      "inside an optative hope is a nominal 192) -> nominal 192, its agent plain from the text around it (the Israel "
      "Defense Forces before, 'The occupation of Palestine must end' addressed 'To the Israelis' after) -> ISR/GOV -> "
      "bare PSE (borderline a demanded 0874, reading 'let' as a demand); 'Let the loss of life not have been in vain' "
      "is optative and agentless"),
 35: ([("appreciates", "051", "ZMB/GOV", "BWA/GOV", False, A, N, False),
       ("the hosting", "043", "BWA/GOV", N, False, A, N, True),
       ("appreciates", "051", "ZMB/GOV", "org:AU", False, A, N, False),
       ("appreciates", "051", "ZMB/GOV", "org:UNEP", False, A, N, False),
       ("convened", "043", "org:AU", N, False, A, N, False),
       ("convened", "043", "org:UNEP", N, False, A, N, False)],
      "Zambia (2019); 'Zambia appreciates the hosting of the Elephant Summit initiative in Kasane, Botswana' = praise "
      "(051) of a hosting whose host is the country named with the venue -> 051 to BWA/GOV plus the hosting noun as a "
      "nominal 043 BWA/GOV with no target (README: a commended meeting is a 051 plus a nominal 043; borderline Kasane, "
      "Botswana a mere venue, as set 163's 'Dakar will host', giving a 051 with no target); 'as well as Africa's "
      "Wildlife Economy Summit in Victoria Falls, Zimbabwe, ... convened by the African Union and the United Nations "
      "Environment Programme' = a summit credited to its named conveners -> one 051 each to org:AU and org:UNEP "
      "(held-out 56: org:UNEP), and the convening -> 043 from each (guideline: host/convene 043), a participle, not "
      "nominal (set 116), the participants unnamed -> target null; Zimbabwe is left as the venue (borderline a 051 and "
      "a 043 from ZWE/GOV)"),
 36: ([("achieving understanding", "045", "ZAF/CVL", "BDI", False, A, N, False)],
      "Algeria (2001); the sentence starts at 'Mandela in achieving' (the splitter cut after 'We hail the important "
      "role played by Mr. Nelson'), so the hailing verb lies outside it and is not coded (README: fragments whose "
      "verb lies before the cut); 'Mandela in achieving understanding among the parties in Burundi in the "
      "implementation of the Arusha Agreement' = the facilitation of the Burundi peace process, its agent inside the "
      "sentence -> mediate 045 (guideline), Mandela in 2001 a former president -> ZAF/CVL (guideline: a former "
      "official CVL; borderline ZAF/GOV), the parties unnamed -> bare BDI (set 147: mediation whose parties the speech "
      "never names goes to the bare country; borderline BDI/GOV); the Arusha Agreement's implementation among unnamed "
      "parties is not coded"),
 37: ([], "South Africa (2017): 'we strongly cautioned against seeking to resolve internal challenges of sovereign "
          "States by imposing foreign solutions through military means' = advice against a generic course of action by "
          "unnamed states ('some of us present here' in the text before), not a threat (set 112: 'we warn against "
          "using terrorism as a pretext' left uncoded; README: a warning about harm is not a threat) and a call with "
          "no addressee (borderline a 1056 or 111 with no target); the military means named are generic"),
 38: ([("thank", "051", "GAB/GOV", N, False, A, N, False),
       ("that support", "051", N, "GAB/GOV", False, A, N, True)],
      "Gabon (2015); 'I wish to thank Member States for that support' = a performative thanks (guideline: thank 051) "
      "to an uncoded collective -> target null (README: thanks that include a group without a code has target null); "
      "'that support' = the support Member States gave the Gabonese presidency of the Human Rights Council (sentence "
      "before) -> a nominal 051 with no source to GAB/GOV, the support taking its agent from the thanks (set 169: "
      "thanks 'for their support' a 051 plus a nominal 051; borderline 070, or target org:UN)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Maldives (2007): a fragment cut by the splitter, 'Since the start of the reform agenda in 2004, the' = a "
          "domestic reform programme, no act"),
 40: ([("I proposed", "1012", "CZE/GOV", N, False, A, N, False)],
      "Czech Republic (2016); 'Last year, I proposed the creation of an international force, equipped with drones, "
      "helicopters and air rangers and using improved communication among national secret services' = President "
      "Zeman's past proposal to the membership, his own act -> a request (a proposal that others join in creating a "
      "force) whose Y is military cooperation -> 1012, the most specific of its demands (README: a request with "
      "several demands takes the most specific sub-code; borderline 1014 for the intelligence part, or a 0312 offer), "
      "the addressees unnamed -> target null (borderline org:UN, the next sentence naming a UN official's similar "
      "proposal)"),
 41: ([], "Lesotho (2009): 'the continuing possession and development of nuclear weapons cast doubt ...' = agentless "
          "event nouns with no named possessor or target (guideline: not coded; borderline a nominal 154 null -> "
          "null)"),
 42: ([("congratulate", "051", "AGO/GOV", "org:UN", False, A, N, False)],
      "Angola (2011); 'Allow me to also congratulate the Secretary-' = a fragment cut by the splitter whose verb lies "
      "in the sentence, the object completed from the text after ('General on his reappointment'; README: coded "
      "from the text after the cut) -> a performative congratulation 051 asserted, the Secretary-General -> org:UN"),
 43: ([], "Netherlands (2015): 'A key feature of a legal order is the absence of impunity' = an abstract norm, no "
          "actor"),
 44: ([], "Syria (1995): 'Had it been otherwise, there would have been no need whatsoever to hold the Madrid "
          "Conference' = a counterfactual about the need for the conference, agentless, the holding of a realised "
          "conference being only the counterfactual's topic (borderline a negated, hypothetical 043 USA/GOV with no "
          "target, the United States named before as the Conference's sponsor)"),
 45: ([], "United Kingdom (2006): 'The Vice-President of Palau has just given us a vivid description' = a statement "
          "(01x), not coded"),
 46: ([], "El Salvador (2003): 'the number of automobiles has grown by a factor of four' = domestic statistics, no act"),
 47: ([], "Myanmar (2009): 'the Constitution also establishes 14 State and regional legislative bodies' = a domestic "
          "constitutional provision, no act between actors"),
 48: ([], "Guinea (2010): 'the remarkable progress made in many areas by countries that are among the poorest' = "
          "development progress of uncoded countries, no act between actors"),
 49: ([("continues to contribute", "071", "DNK/GOV", N, False, A, N, False)],
      "Denmark (1996); 'Denmark, for its part, continues to contribute one per cent of its gross national product' = "
      "official development assistance, asserted and habitual -> economic aid 071, the recipients unnamed -> target "
      "null (set 152: Luxembourg's 'have achieved or gone beyond 0.7 per cent' a 071 for the speaker only)"),
 50: ([], "Nigeria (2002): 'they are often exacerbated ... by the influx of small arms into the continent' = an "
          "agentless event noun (guideline: not coded), the suppliers and recipients unnamed (borderline a nominal 072 "
          "null -> null)"),
 51: ([], "Egypt (2014): 'May peace be upon the Assembly' = a closing blessing, well-wishing, not coded"),
 52: ([("my congratulations", "051", "SAU/GOV", "org:UNGA", False, A, N, False)],
      "Saudi Arabia (2019); 'I have the pleasure to convey to ... Mr. Tijjani Muhammad-Bande my congratulations for "
      "his elections as President of the General Assembly' = a performative congratulation -> 051 asserted to "
      "org:UNGA (README: commending the Assembly President's election 051 to org:UNGA), the appreciation noun of a "
      "performative not flagged nominal (set 173); 'I also thank ... Ms. Maria Fernanda Espinosa Garces for her "
      "efforts as President of the Assembly' = thanks to the outgoing President -> the same code and pair, coded once "
      "(guideline: one event per actor pair; held-out 76 rows 28 and 30: welcome and thanks, commendation and "
      "gratitude coded once; borderline a second 051 to org:UNGA for the outgoing President)"),
}
