"""Hand annotations for the HUNDRED-AND-SIXTEENTH held-out event gold set (source of events-heldout116.jsonl).

Keyed by the row index of selection-heldout116.jsonl (output of select_bulk_heldout.py 116; all rows come from
bulk_ungdc_1990_2019.jsonl, UN General Debate speeches of 1990-2019).
Same format and guidelines as annotations.py (see README.md):
Each event: (trigger, cameo, source, target, negated, modality, reported_by, nominal)
  trigger  -- the trigger words exactly as they occur in the sentence; "text@k" = k-th occurrence
  modality -- A asserted, D demanded, F future, H hypothetical, Q question
Actors and office holders are coded as of each speech's date.
Annotated from the text and the document context only, before any coder output on
these sentences was seen. Every row was checked against its byte offsets, since the context shown
before a sentence can read as part of it.
Build with:
    python3 data/gold/build_events.py --selection selection-heldout116.jsonl \\
        --annotations annotations_heldout116 --output events-heldout116.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([("we call for", "108", "MKD/GOV", "org:OSCE", False, A, N, False),
      ("we call for", "108", "MKD/GOV", "org:EU", False, A, N, False),
      ("we call for", "108", "MKD/GOV", "org:NATO", False, A, N, False),
      ("we call for", "108", "MKD/GOV", "org:UN", False, A, N, False)],
     "The former Yugoslav Republic of Macedonia (1998); 'we call for the full mobilization and harmonization of the "
     "activities of the international community, the OSCE, the European Union and NATO, as well as our "
     "Organization, the United Nations' = a request (guideline: call for -> 10x) about the Kosovo crisis (preceding "
     "sentences: the massacres in Kosovo, 'settling the Kosovo crisis'), one per coded addressee (guideline compound "
     "split; the international community is uncoded and dropped), Y = third parties' concerted activities for "
     "'a peaceful solution' -> demand mediation 108 (held-out 28/29: asking a truce's guarantors to stop escalation "
     "108 per addressee; borderline generic 100, or 107 settlement); NATO -> org:NATO (held-out 86-89: ISAF is "
     "org:NATO); 'the possibilities for a peaceful solution have not yet been exhausted' negates no event (the "
     "stratum cue)"),
 1: ([], "Suriname (2008): 'If we do not find lasting solutions now, the cost of our inaction will be unacceptably high' "
         "= 'we' meaning humankind (preceding sentence: 'we, human beings'), a conditional about policies; 'the "
         "threats that we will ... pass on to the next generation' are risks (guideline: figurative threat); no act "
         "between actors"),
 2: ([("condemn", "111", "BLR/GOV", N, False, A, N, False)],
     "Belarus (2014); 'we do not understand and strongly condemn some attempts to revise the outcome of the Second "
     "World War, downplaying the significance of the Great Victory or desecrating the memory of the fallen heroes' "
     "-> 111 (guideline: condemn), the authors of the attempts unnamed in the sentence and the document -> target "
     "null (held-out 44/45: condemning attacks by unnamed perpetrators is the speaker's 111 with no target; "
     "borderline UKR/GOV or the Baltic governments, the likely addressees in 2014, never named); 'do not understand' "
     "is an attitude, not a negated event; the attempts themselves are agentless and not coded"),
 3: ([], "Swaziland (2012): 'We have not seen any tangible proof of compliance with the internationally agreed time "
         "frames' = the nuclear-weapon States' disarmament under the NPT (preceding sentence), never named; compliance "
         "with obligations is not a codable behaviour (guideline) and 'have not seen' negates a perception, not an "
         "event; 'a cause for serious concern' is 01x; not coded"),
 4: ([], "Guinea (2008): 'those promises ... have not been fulfilled' = the promise of 0.7 per cent of GDP for official "
         "development assistance (preceding sentences) made by 'the dominant groups of the world' and 'the leading "
         "powers' to poor countries; the content is named (held-out 32/33: unfulfilled pledges whose content is named "
         "take the content's code, negated), but both makers and beneficiaries are uncoded collectives, null-null, "
         "not coded (held-out 54-61: acts between uncoded collectives left uncoded; borderline a negated 0331 null -> "
         "null)"),
 5: ([], "Qatar (1996): 'Such problems have not been met with the rapid economic and political changes' = agentless, "
         "the problems (conflicts, migrations, environmental deterioration) met by no named actor; not coded"),
 6: ([], "Honduras (2007): 'Migration has not been and should never be considered a crime or threat' = an evaluation "
         "of migration, no actor and no act (guideline: threat as risk)"),
 7: ([("threats", "130", "GTM/GOV", "BLZ", False, A, N, True)],
     "Belize (2016); 'the repeated threats to our security by our neighbour, Guatemala' = a threat noun with its agent "
     "named -> nominal 130 (held-out 50 row 0: 'the threats from the United States' nominal 138, target the bare "
     "country), Guatemala's territorial claim and the hostile border incidents (preceding and following text) -> "
     "GTM/GOV, 'our security' -> the country as a whole BLZ (borderline BLZ/GOV; borderline 138 threaten with "
     "military force, or not coded as a risk, though the agent is a named state); 'repeated' -> asserted, habitual; "
     "'We have never cowered' is a statement of resolve, not a negated event (held-out 6: 'will not stand by' not "
     "coded; borderline a negated 080 BLZ/GOV -> GTM/GOV, never having yielded)"),
 # --- UNGDC 1990-2019 random: future
 8: ([("organized\nby the Government of Brazil", "043", "BRA/GOV", N, False, A, N, False)],
     "Suriname (2004); 'The meeting on the subject of poverty organized by the Government of Brazil under the "
     "auspices of the United Nations' = the World Leaders' Meeting on Action against Hunger and Poverty convened by "
     "President Lula in New York on 20 September 2004, before this speech -> a passive with its agent named -> "
     "convene 043 (guideline: host/convene 043), asserted, the participating leaders an uncoded group -> target null "
     "(held-out 28/29: several conferences hosted by one government are one 043 with no target); a participle, as "
     "'the agreement reached' in held-out 76 row 29 -> not nominal (borderline nominal, 'The meeting'); 'under the "
     "auspices of the United Nations' is sponsorship of a meeting, not a mediation between parties (borderline a "
     "second 043 from org:UN); 'the international community must move from political will to action' = a deontic "
     "for an uncoded collective, not coded"),
 9: ([("offer Vienna as a platform", "036", "AUT/GOV", N, False, F, N, False)],
     "Austria (2010); 'We will continue to offer Vienna as a platform for dialogue and cooperation' = an offer to host "
     "meetings (held-out 52/53: 'offered to host' 036) with 'will' -> future (guideline: future cooperative acts, host "
     "included, 036), the participants unnamed -> target null (borderline org:UN, from the preceding sentence's "
     "hosting of the United Nations Office at Vienna, held-out 50/51: hosting an organisation's seat a nominal 043; "
     "borderline 043 asserted, the offer being a continuing one); Vienna is a place, not a metonym"),
 10: ([("I call upon", "100", "FSM/GOV", "org:UN", False, A, N, False)],
      "Micronesia (2013); 'I call upon this Organization to employ its collective will to pursue the ideals of our "
      "Charter' = a request (guideline: call on -> 10x) to the United Nations -> org:UN, Y = pursuing the Charter's "
      "ideals (in the context, putting an end to the killings of internal conflicts), no specific behaviour -> "
      "generic 100 (held-out 77 row 16: 'we urge the United Nations to approach this troubling issue' 100; "
      "borderline not coded as an abstract appeal, or 1056 from the context's 'put an end to the senseless "
      "killings')"),
 # --- UNGDC 1990-2019 random: demand
 11: ([("we call on", "1031", "TKM/GOV", "org:UN", False, A, N, False)],
      "Turkmenistan (2002); 'we call on the United Nations to assist us in the effective implementation of this "
      "project' = a request (guideline: call on -> 10x) to org:UN, Y = assistance with the trans-Afghan gas "
      "pipeline (preceding sentences) -> demand economic aid 1031 (borderline 1011 economic cooperation, the "
      "project being a joint venture); Y is not coded separately (guideline)"),
 12: ([("must\ndo", "071", "org:UN", "COD/GOV", False, D, N, False),
       ("must\ndo", "071", "org:UN", "HTI/GOV", False, D, N, False)],
      "Uruguay (2004); 'The examples of Ireland, Portugal, Spain and Greece ... indicate what we in the United Nations "
      "must do for the Congo and Haiti' = a deontic with no request verb (guideline: demanded codes Y with source "
      "X); Y = to emulate the European Union's effort to raise its poorer members' income (preceding sentence) -> "
      "economic aid 071 (following sentence: 'funds that can immediately be spent for the practical benefit of "
      "peoples'), 'we in the United Nations' = the membership acting through the Organization -> org:UN (borderline "
      "source null, held-out 30/31: 'our' meaning all countries a demanded 071 with no source), one per named "
      "beneficiary -> COD/GOV, HTI/GOV (borderline not coded, 'do for' being vague); the EU's past aid to the four "
      "countries lies in the preceding sentence ('The examples' names no act), and 'which will surely be emulated "
      "for new European Union members' is an agentless passive for an unnamed class of members, not coded "
      "(borderline a future 071 org:EU -> null)"),
 13: ([], "Nepal (2003): 'the international community must look beyond the immediacy of conflicts and attempt to build "
          "an edifice of durable peace' = a deontic for an uncoded collective, figurative, no codable behaviour"),
 14: ([], "Malta (2019): 'We should therefore be committed to continuing to provide the best for our peoples' = 'we' "
          "meaning all states (held-out 42/43: not coded), domestic welfare, no counterpart"),
 15: ([], "Spain (2018): 'the dignity of human beings must also be at the heart of our public and political action' = an "
          "abstract norm; 'recall those pillars' is the speaker's own statement; no act"),
 16: ([("his horrific methods", "175", "SYR/GOV", "SYR/CVL", False, A, N, True)],
      "European Union (Tusk, 2015); 'millions of people have fled his horrific methods of trying to secure stability "
      "in Syria' = Al-Assad's 'State terrorism' and 'the use of barrel bombs and chemical weapons against civilians' "
      "(preceding sentences) -> an act noun with its agent named ('his') -> nominal violent repression 175 (held-out "
      "24/25: a government that 'responded with violence' to protests 175; borderline 180 or 195 for the barrel "
      "bombs), SYR/GOV -> the fleeing population SYR/CVL; the flight itself is no act between actors; 'those "
      "proposing the idea that Bashar Al-Assad should be part of Syria's transition' are uncoded proposers and the "
      "idea is no codable behaviour; 'we cannot forget' is an attitude, not a negated event"),
 # --- UNGDC 1990-2019 random: cue
 17: ([("assistance", "070", "CAN/GOV", "AFG/GOV", False, A, N, True)],
      "Canada (2007); 'Thanks to the assistance of Canada and the international community, Afghanistan has made "
      "progress' = an aid noun with its agent named -> nominal 070 (held-out 36/37: 'our support for Iraq' a nominal "
      "070), the uncoded international community dropped (guideline compound split), the recipient -> AFG/GOV "
      "(preceding text: 'help the democratically elected Afghan Government rebuild its country'; borderline bare "
      "AFG); 'Thanks to' means 'because of', not a thanks act; borderline 071 for reconstruction aid"),
 18: ([("we commend", "051", "CPV/GOV", "org:UN", False, A, N, False)],
      "Cape Verde (2007); 'we commend the United Nations for having chosen climate change as the theme for this "
      "sixty-second session' -> 051 (guideline: commend) to org:UN (borderline org:UNGA, the theme being the "
      "Assembly President's choice); 'many countries in the South have ... warned the international community about "
      "this phenomenon' = a warning about a natural phenomenon between uncoded collectives (held-out 48/49: 'issues a "
      "warning' about harm is not a threat), not coded"),
 19: ([("I welcome", "051", "LIE/GOV", "LVA/GOV", False, A, N, False),
       ("I welcome", "051", "LIE/GOV", "POL/GOV", False, A, N, False),
       ("I welcome", "051", "LIE/GOV", "ESP/GOV", False, A, N, False),
       ("ratifications", "057", "LVA/GOV", N, False, A, N, True),
       ("ratifications", "057", "POL/GOV", N, False, A, N, True),
       ("ratifications", "057", "ESP/GOV", N, False, A, N, True)],
      "Liechtenstein (2014); 'I welcome the ratifications by Latvia, Poland and Spain just a few days ago' of the "
      "Kampala amendments on the crime of aggression (preceding sentence) -> 051 to each ratifying government "
      "(held-out 30/31: welcoming several developments is 051 to each named party, the developments coded too); the "
      "ratifications -> nominal 057 per ratifier with no target (held-out 28/29: signing a ratification instrument is "
      "057 with no target; held-out 48/49: joining the NPT 057 with no target; borderline target org:ICC, the "
      "amendments being to the Rome Statute)"),
 20: ([("attack", "180", N, "USA", False, A, N, True)],
      "Chile (2002); 'The attack perpetrated a few kilometres from this place' = the 11 September 2001 terrorist attack "
      "on New York (preceding sentence: 'this city suffered a reprehensible terrorist attack'), its perpetrators "
      "(al-Qaida, uncoded) never named -> nominal 180 with no source, one per victim country -> USA (held-out 54-61: an "
      "agentless terrorist attack is 180 with no source, one per victim country); borderline not coded, 'The "
      "attack' being an anaphoric event noun without an agent (guideline's 'this aggression')"),
 21: ([("assistance", "070", N, "BDI/GOV", False, A, N, True)],
      "Burundi (1992); 'Thanks to the assistance of the international community, we were able ... to set them up again "
      "on their own land, to build new homes for them and to help reintegrate them' = the help received for "
      "resettling the refugees repatriated in 1988 -> nominal 070 from an uncoded collective -> source null (held-out "
      "102-109: 'we had a lot of help' 070 with no source), to the speaker's government BDI/GOV (borderline 073 "
      "humanitarian aid); resettling and reintegrating the returnees is the Government's domestic act with its own "
      "citizens, not coded"),
 22: ([("supporting the creation", "051", N, "IRQ/GOV", False, D, N, False)],
      "United Kingdom (Cameron, 2014); 'In Iraq this means supporting the creation of a new and genuinely inclusive "
      "Government' = the content of the preceding deontic 'we must support the building blocks of free and open "
      "societies' -> demanded; 'we' = the states and peoples addressed in general -> source null (held-out 14/15: 'it "
      "is essential that we continue to support' (member states in general) has source null; borderline GBR/GOV), "
      "support for a political process goes to its named party (held-out 8: support aimed at a process goes to its "
      "named parties) -> the new Iraqi Government IRQ/GOV -> 051 (borderline 070 material support, or not coded as "
      "'we' meaning all states); 'capable of uniting all Iraqis' is a quality"),
 23: ([], "Thailand (1998): 'nations continue to place greater value on armaments than on meeting the basic needs of "
          "their people' = uncoded 'nations', a priority with no counterpart; not coded (borderline a 154 null -> "
          "null)"),
 24: ([("We welcomed", "051", "MDV/GOV", N, False, A, N, False)],
      "Maldives (2000); 'We welcomed the adoption of the Kyoto Protocol' = the speaker's own past welcome (held-out "
      "50/51: the speaker's own past thanks are 051) -> 051, the adopting Conference of the Parties an uncoded body "
      "-> target null (held-out 54-61: welcoming a decision of an uncoded body is 051 with no target); the adoption is "
      "agentless, not coded"),
 25: ([], "Qatar (2007): 'International aid is one of the areas for promoting international partnership' = a general "
          "statement about aid, no actor"),
 26: ([], "Bahamas (2010): 'not acknowledge the plight of our great neighbour, Haiti' = sympathy after a natural disaster "
          "(held-out 10/11: solidarity after a natural disaster is condolence, 01x), not coded; 'note the high "
          "incidence' is a statement"),
 27: ([("We reaffirm our solemn pledge", "030", "NPL/GOV", "org:UN", False, A, N, False)],
      "Nepal (2005); 'We reaffirm our solemn pledge to the Charter of the United Nations' = a renewed commitment to the "
      "Organization stated as a fact (held-out 28/29: a pledge made on joining the UN is 030 to org:UN; held-out 46/47: "
      "commitments stated as facts are asserted 03x) -> 030 asserted to org:UN (borderline not coded as an abstract "
      "commitment to principles, held-out 76 row 45); 'renew our unwavering commitment to make the Organization more "
      "equitable, credible and relevant' = a UN reform position (held-out 54-61), not coded"),
 28: ([("I am particularly pleased", "051", "MLI/GOV", "org:UNSC", False, A, N, False),
       ("establishes the legal framework for a sanctions regime", "163", "org:UNSC", N, False, A, N, False)],
      "Mali (2017); 'I am particularly pleased by the adoption, on 5 September, of resolution 2374 (2017)' = a welcome "
      "(held-out 62-73: 'we are pleased with' 051) of a Security Council resolution -> 051 to org:UNSC (held-out 26/27: "
      "welcoming a UN resolution 051 to the adopting body); 'which establishes the legal framework for a sanctions "
      "regime against perpetrators of acts impeding the implementation of the Agreement' = an inanimate resolution "
      "standing for the Council that adopted it (held-out 62-73) -> 163 (held-out 22/23: the EU adopting a sanctions "
      "regime a nominal 163), asserted (borderline hypothetical, no one being listed yet), the perpetrators unnamed "
      "-> target null (held-out 24/25: entities designated with no nationality 163 with no target; borderline MLI/REB, "
      "the armed groups of the peace process); the impeding acts are agentless, not coded"),
 29: ([], "Uzbekistan (1996): 'continues to support the complete elimination of nuclear weapons' = an abstract policy "
          "position (guideline); 'views as historic the decision to conclude the Comprehensive Nuclear-Test-Ban "
          "Treaty, adopted under the auspices of the United Nations, and the beginning of the signature process' = "
          "an evaluation (held-out 6: 'continues to view [a plan] as serious' is an evaluation, not a praise act; "
          "borderline 051 UZB/GOV -> org:UNGA, held-out 38/39: welcoming a General Assembly decision); the treaty's "
          "adoption and signature are agentless, with no named party; not coded"),
 30: ([], "DR Congo (2017): 'The Charter of the United Nations imposes obligations on us' = a document's obligations, "
          "no act between actors"),
 31: ([], "The former Yugoslav Republic of Macedonia (2004): 'the world is facing a range of challenges and threats' = "
          "risks (guideline), and 'no alternative to the multilateral approach' an abstract position; no act"),
 32: ([("is very welcome", "051", "DEU/GOV", "USA/GOV", False, A, N, False)],
      "Germany (2000); 'President Clinton's decision not to commit now to the development of a national missile "
      "defence system is very welcome' = the speaker's welcome of another government's decision, as 'it is "
      "regrettable' is the speaker's 110 (held-out 6) and 'should be welcomed' the speaker's 051 (held-out 20/21) -> 051 "
      "to USA/GOV (borderline not coded, held-out 52/53: welcomes by an impersonal passive not coded); the deferral of "
      "the missile defence programme is a weapons policy with no target (borderline a negated nominal 154 USA/GOV "
      "-> null, held-out 16/17: a build-up of an arsenal a nominal 154), not coded"),
 33: ([("provide significant support", "070", "AUS/GOV", "PSE/GOV", False, A, N, False),
       ("build its\ninfrastructure and economy", "071", "AUS/GOV", "PSE/GOV", False, A, N, False)],
      "Australia (2012); 'we provide significant support to the foundations of a future Palestinian State' = material "
      "aid (following sentence: 'More than $300 million in aid has been provided') -> 070, to the Palestinian "
      "Authority building the institutions for statehood (following sentence: President Abbas and Prime Minister "
      "Fayyad) -> PSE/GOV; 'and build its infrastructure and economy' -> economic aid 071 (borderline one 070 for "
      "both verbs, held-out 20/21: one aid noun covering several kinds is one 070; held-out 77 row 39 coded each aid "
      "verb)"),
 34: ([], "Sudan (2002): 'the United Nations remains the ideal mechanism for achieving international cooperation' = a "
          "conviction, an evaluation; no act"),
 35: ([], "Ecuador (2007): 'if we base ourselves only on that, we run the risk of agreeing that human life is simply a "
          "process of resistance' = 'agreeing' is holding an opinion, hypothetical, 'we' meaning everyone; no act"),
 36: ([], "Swaziland (2016): 'This appeal' = the call for Africa's voice in the Security Council (preceding sentence), "
          "'specifically articulated in the 2005 Ezulwini Consensus adopted by the African Union Heads of State and "
          "Government' = a Council reform position with no addressee (held-out 52/53: urging Council reform with no "
          "addressee not coded; held-out 54-61: UN reform positions uncoded; borderline a nominal 1044 org:AU -> null, "
          "as held-out 9's 'calls for' seats for Africa); the adoption of the Consensus is an internal act of the AU"),
 37: ([("We welcome", "051", "AUT/GOV", "org:UN", False, A, N, False),
       ("We welcome", "051", "AUT/GOV", "org:UNIDO", False, A, N, False),
       ("cooperation", "050", "org:UN", "org:UNIDO", False, A, N, True)],
      "Austria (2013); 'We welcome the initiative's cooperation with thematic and regional hubs, as well as with other "
      "specialized organizations like the United Nations Industrial Development Organization' = the Sustainable "
      "Energy for All initiative, whose Office of the Secretary-General's Special Representative opened in Vienna "
      "(preceding sentence) -> org:UN (held-out 34/35: a UN programme as subject stands for org:UN); the welcome "
      "aimed at a cooperation goes to its named parties (held-out 8) -> 051 to org:UN and to org:UNIDO (held-out "
      "74-85 codes); the cooperation noun naming its parties -> nominal 050 org:UN -> org:UNIDO (held-out 38/39); the "
      "thematic and regional hubs are uncoded and dropped"),
 38: ([("We equally appreciate", "051", "MAR/GOV", "org:UN", False, A, N, False)],
      "Morocco (2006); 'We equally appreciate his unfailing support for regional and international development "
      "activities' = appreciation of Secretary-General Kofi Annan (preceding sentence) -> 051 to org:UN (held-out "
      "48/49: supporting the Secretary-General 051 to org:UN); the support itself is aimed at activities, no "
      "recipient actor, not coded (borderline a nominal 070 org:UN -> null, held-out 24/25: thanks 'for the ongoing "
      "support' gives the support its agent)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Tajikistan (2016): 'Tajikistan stands for a comprehensive settlement of the crises in the Middle East' = "
          "advocacy with no named party or addressee for several unnamed crises, an abstract policy position "
          "(guideline; held-out 7: support for 'the start of negotiations' not coded; borderline a request 107 TJK/GOV "
          "-> null, held-out 54-61: advocacy of a settlement is a request)"),
 40: ([("is delighted at the initiative", "051", "MDG/GOV", "FRA/GOV", False, A, N, False)],
      "Madagascar (2016); 'Madagascar is delighted at the initiative' = a welcome (held-out 62-73: 'we are pleased with' "
      "051) of 'the initiative of the French authorities' by which negotiations on the Iles Eparses were restarted "
      "on 17 June (preceding sentence) -> 051 to FRA/GOV; the restarted negotiations lie in the preceding sentence "
      "and 'the initiative' names no act type, not coded (borderline a nominal 046 FRA/GOV -> MDG/GOV); 'in line "
      "with the implementation of the relevant General Assembly resolutions' is an evaluation"),
 41: ([], "Honduras (2006): 'today we see them cropping up again, together with the tyrannies of trade' = political, "
          "ideological and religious tyrannies in general, no named actor; not coded"),
 42: ([], "Singapore (2007): 'the role of climate change in the conflict in Darfur' = a conflict noun naming no parties "
          "(guideline: event nouns without an agent not coded)"),
 43: ([], "Yemen (1998): the sentence starts at 'Yemen, has therefore launched' (the splitter cut after 'The Republic of "
          "Yemen, which represents the united'); a domestic political and institutional reform, no act between "
          "actors"),
 44: ([], "Cyprus (2000): 'I will therefore limit myself in this statement to only one aspect' = a speech act about the "
          "speech itself; 'we all have an obligation to address' is a norm for all states"),
 45: ([], "Papua New Guinea (2014): 'My Government is implementing a policy of free education' = domestic policy, no "
          "counterpart"),
 46: ([], "Brunei Darussalam (2008): 'we affirm the right of all small nations and fragile societies ... to continue "
          "their way of life' = an abstract position, no act"),
 47: ([], "Brunei Darussalam (2000): 'The Summit Declaration has clearly invited us all, as Members of the United Nations, "
          "to accept a joint international responsibility to find solutions' = the Millennium Declaration's call to "
          "all Member States (an uncoded collective including the speaker's, held-out 42/43: 'we' meaning all states), Y "
          "= accepting a responsibility, no codable behaviour (guideline); not coded (borderline a 100 org:UNGA -> "
          "null, held-out 36/37: a General Assembly resolution's 'calling for' stands for org:UNGA)"),
 48: ([("extend my\ncongratulations", "051", "BHR/GOV", "CHE/GOV", False, A, N, False)],
      "Bahrain (2002); 'I am pleased to extend my congratulations to the Swiss Confederation on its having joined the "
      "Organization' = a performative congratulation (held-out 6: 'congratulated' 051) -> 051 to CHE/GOV (earlier "
      "sets: welcoming the admission of South Sudan 051 to the new member); Switzerland's joining the United Nations "
      "is a UN admission (held-out 54-61: UN admissions and membership positions uncoded), not coded (borderline a 057 "
      "CHE/GOV -> org:UN)"),
 49: ([], "Norway (1997): 'Other countries feel that they are paying too much' = unnamed countries' view of their UN "
          "assessments (preceding sentences on the scale of assessments), a feeling, no act"),
 50: ([], "Cambodia (2015): 'Cambodia has launched its National Council of Green Growth' = a domestic institution, no "
          "counterpart"),
 51: ([], "Bangladesh (2019): 'multilateralism remains a panacea' = an evaluation, no act"),
 52: ([("We are delighted", "051", "AND/GOV", "org:UN", False, A, N, False)],
      "Andorra (2007); 'We are delighted with the thrust and dynamism displayed by the new Secretary-General, Mr. Ban "
      "Ki-moon, since he took office' = praise of the Secretary-General (held-out 62-73: 'we are pleased with' 051; "
      "held-out 44/45: supporting the Secretary-General 051 to org:UN) -> 051 to org:UN (borderline an evaluation, "
      "held-out 48/49: 'it is commendable to observe' is an evaluation); taking office is no act between actors"),
}
