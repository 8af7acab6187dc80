"""Hand annotations for the HUNDRED-AND-NINETY-SECOND held-out event gold set (source of events-heldout192.jsonl).

Keyed by the row index of selection-heldout192.jsonl (output of select_bulk_sentence_heldout.py 192; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout192.jsonl \
        --annotations annotations_heldout192 --output events-heldout192.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019 random: neg
 0: ([], "Uruguay (2006): 'it is important to resume, as soon as possible, the negotiations in Geneva' = the Doha "
         "Round among the whole WTO membership, an agentless deontic between uncoded parties (held-out 77 row 18: "
         "'Members of the WTO should ... speedily resume the Doha development round' null-null, not coded; borderline "
         "a demanded nominal 046 null -> null, or org:WTO); 'we will not achieve satisfactory results without the "
         "elimination of agricultural subsidies' = 'we' meaning the developing countries as a whole and a conditional "
         "about agentless subsidy cuts in the uncoded 'developed countries' (borderline a demanded 081 null -> null); "
         "'will not achieve' negates an outcome, not an event"),
 1: ([("I encourage", "102", "LVA/GOV", N, False, A, N, False)],
     "Latvia (2005); 'I encourage those United Nations Member States that have not yet done so to ratify the Rome "
     "Statute ... and to support the Court's endeavours to bring war criminals to justice' = a request (set 183: "
     "'encourage all Members ... to cooperate' a request) to an unnamed class of states -> target null, Y = "
     "ratifying a treaty -> 102 (set 117: 'We call on all countries that have not yet done so to join the Rome "
     "Statute' a 102 with no target, its negated accession uncoded); the support for the Court's endeavours is a "
     "second demand of the same request verb, folded in (held-out 9: a request with several demands takes the most "
     "specific sub-code; borderline a second 102 to org:ICC); Y is not coded separately (guideline), and 'that have "
     "not yet done so' is left uncoded as in set 117 (borderline a negated 057 null -> org:ICC)"),
 2: ([], "Ecuador (2006): 'The harmonious continuity of humanity is threatened' is a figurative threat (guideline: "
         "threat as risk), no actor; 'the world - including the developed countries - has not been able to find an "
         "adequate answer' = an uncoded collective's failure to respond to a situation, no codable behaviour and no "
         "counterpart, so no negated event"),
 3: ([("the sanctions", "163", N, "IRQ", False, A, N, True)],
     "Qatar (2000); 'the sanctions have failed to achieve the goal for which they were established' = the sanctions "
     "on Iraq, 'the economic boycott of Iraq, which has gone on for a decade' of the sentence before, an event noun "
     "whose referent is plain from the text around it (held-out 48/49; set 132: 'Those sanctions' coded; set 179: "
     "'the sanctions' codes a nominal 163 to the bare country) -> nominal 163 to bare IRQ (set 132, 179); the speech "
     "never names the imposer (the text after speaks only of sanctions 'whether by individual States or through the "
     "United Nations') -> source null (set 127: an embargo whose imposer the speech never names; set 185; borderline "
     "org:UNSC from outside knowledge, as held-out 42/43 did when the text before named it); 'have failed to achieve the "
     "goal' bears on the effect, so the sanctions are asserted (held-out 34/35: sanctions that 'failed to paralyse' a war "
     "machine an asserted nominal 163); 'All of us now know' is a statement with 'us' meaning all"),
 4: ([("the imposition of economic sanctions", "163", "SRB/GOV", "XKX", True, A, N, True)],
     "Serbia (2008); 'we have not exercised other unilateral options, such as the imposition of economic sanctions "
     "against our breakaway province' = plain negation of a sanctions act by the speaker (guideline: plain negation "
     "keeps the event's own code) -> negated 163 (guideline: sanctions 163), the act named as a noun of 'exercised', "
     "its agent 'we' in the sentence -> nominal, SRB/GOV; 'our breakaway province' = Kosovo, whose UDI the sentences "
     "before name -> XKX (guideline: Kosovo XKX), the bare code because the sanctions would have hit the province "
     "as a whole (set 132, 179: sanctions to the bare country; borderline XKX/GOV for its institutions); 'other "
     "unilateral options' are not coded beyond the one example the sentence names"),
 5: ([("agreement\nwas reached", "057", "SYR/GOV", "ISR/GOV", False, A, N, False)],
     "Syria (1996); 'before agreement was reached between the parties on the foundations and rules that made up the "
     "terms of reference of the Madrid Peace Conference' = the 1991 agreement on the Madrid terms of reference, an "
     "agentless passive whose 'parties' are those of 'the Arab-Israeli conflict' of the sentence before, the speaker "
     "among them (the text after: 'Both Syria and Israel agreed') (README: an agentless 'A peace settlement has been "
     "signed' takes its parties from the sentence before) -> 057 (guideline: agreements concluded), symmetric, from "
     "the document's own government to Israel (guideline), a verb phrase -> not nominal (held-out 76 row 29: 'the "
     "agreement reached' not nominal); borderline further 057s to Lebanon, Jordan and the Palestinians, whom the "
     "speech does not name here, or uncoded as agentless; 'how many meetings were convened, how many parties "
     "contributed, how many letters were sent and assurances given' are agentless passives whose conveners, "
     "senders and recipients the sentence never names, not coded (borderline a 043 and a 031 from USA/GOV); 'Many "
     "people do not know' negates a knowing, not an event"),
 6: ([], "Central African Republic (1991): 'But that has not happened' = the agentless extension of the new climate's "
         "developments to 'other spheres of cooperation', no actor, so no negated event; 'the strictly limited "
         "cooperation among States in so fundamental an area as development' = cooperation among states in general, "
         "an uncoded collective with no named party (borderline a nominal 061 null -> null)"),
 7: ([("has not spared any effort", "045", "CPV/GOV", "GNB", False, A, N, False)],
     "Cape Verde (1998); 'has not spared any effort in contributing to the search for a political and negotiated "
     "solution to the crisis' in Guinea-Bissau = litotes, an asserted effort (set 176: 'We did not hesitate to grant' "
     "litotes; set 183: 'Have not hesitated to support'), not a negated event; the effort is Cape Verde's mediation, "
     "which the text after places in the CPLP Contact Group 'which we have the honour to be coordinating' and the "
     "Praia ceasefire -> mediate 045 (guideline; set 149: Djibouti's 'endeavour to broker' a 045), the parties to the "
     "1998 conflict (the Vieira Government and the Mane junta) never named in the speech -> bare GNB (set 149: the "
     "Arta parties unnamed -> bare SOM; set 147: mediation in Guinea-Bissau whose parties the speech never names to "
     "bare GNB); borderline 107 (advocacy of a settlement), or org:CPLP as source; 'together with the other "
     "Portuguese-speaking countries shares with Guinea-Bissau a long common history' describes ties, and 'has been "
     "following with particular attention' is no act"),
 # --- UNGDC 1990-2019 random: future
 8: ([], "Palestine (2006): 'I hope ... that this session will promote cooperation between nations and peoples' = an "
         "optative hope with an inanimate subject (the session) about cooperation among all nations, no act between "
         "named actors (set 123: hopes not coded)"),
 9: ([("assure him", "030", "JAM/GOV", "org:UNGA", False, A, N, False)],
     "Jamaica (2008); 'I want you, Sir, to assure him of Jamaica's full support and cooperation in all of his "
     "endeavours' = the speaker's assurance, relayed through the presiding Vice-President, to the President of the "
     "General Assembly, D'Escoto Brockmann, of the sentence before -> one 030 for 'support and cooperation' (README: "
     "an assurance of 'support and cooperation' is one 030; README: assurances of cooperation to the President of "
     "the Assembly 030 to org:UNGA), performative -> asserted (borderline 032, as held-out 76 row 40's 'I assure "
     "you of my Government's support'); the request to the Vice-President to convey it is a courtesy, not a "
     "separate request (borderline a 100 to org:UNGA); 'Much will be demanded of his leadership' is agentless"),
 10: ([("will fully support", "032", "CIV/GOV", N, False, F, N, False)],
      "Cote d'Ivoire (2005); 'When the time comes, Cote d'Ivoire will fully support the world initiative to be "
      "launched in 2006 aimed at strengthening the health systems in developing countries' = a future supporting act "
      "of the speaker -> 03x future (guideline), verbal policy support -> 032 (README: 'will give our full support to "
      "the world conference' 032 future), the initiative's authors never named in the speech -> target null (README: "
      "a welcome of conferences whose convenors are not named 051 with no target; borderline org:WHO or org:UN); 'to "
      "be launched in 2006' is an agentless future launch, not coded"),
 # --- UNGDC 1990-2019 random: demand
 11: ([], "Belgium (1994): 'The conflicting parties themselves must agree to the deployment and aims of the operation, "
          "except in the case of an obvious humanitarian catastrophe' = a general condition for United Nations "
          "peace-keeping operations, with unnamed parties and no named operation, a norm (held-out 77 row 3: norms "
          "for unnamed parties not coded; borderline a demanded 0861 null -> org:UN)"),
 12: ([("express my personal happiness and sense of pride", "051", "NAM/GOV", "org:UNGA", False, A, N, False)],
      "Namibia (1990); 'I should like to express my personal happiness and sense of pride to your predecessor, "
      "General Joseph Garba, for the efficiency and wisdom with which he steered the forty-fourth session' = praise of "
      "the outgoing President of the General Assembly (the text after: 'deserves praise ... for a job well done') -> "
      "051 (set 122: 'Express my pleasure at seeing you ... assume the presidency' a 051 to org:UNGA; borderline 01x), "
      "'should like to' performative -> asserted, to org:UNGA (README: appreciation of an outgoing President of the "
      "General Assembly goes to org:UNGA; borderline NGA/GOV); his steering of the session is the reason for the "
      "praise, not coded"),
 13: ([], "Uruguay (1998): 'We must all respect ethnic individuality' = 'we' meaning all states (README: not coded), "
          "a norm with no counterpart"),
 14: ([], "Paraguay (2004): 'The United Nations ... must not lose sight of its historic memory, its raison d'etre and "
          "the objectives that led to its creation' = a deontic about the Organization's outlook, no codable "
          "behaviour; 'regulatory frameworks that can put a stop to economic Darwinism and conflicts' is a purpose "
          "with no named party"),
 15: ([], "Namibia (2006): 'The African people know that they must take a lead in resolving problems and challenges "
          "on the continent' = a self-obligation of an uncoded collective (Africans in general) with no counterpart, "
          "not coded"),
 16: ([("reaffirm", "030", "COG/GOV", "org:UN", False, A, N, False)],
      "Congo (2001); 'I would like, in conclusion, to reaffirm my country's commitment to the United Nations' = a "
      "commitment to the Organization itself, stated as a fact -> 030 asserted to org:UN (set 116: 'Reaffirm our "
      "solemn pledge to the Charter' a 030 to org:UN; set 137: 'We remain eager to work within the United Nations "
      "system' a 030 to org:UN; borderline uncoded, as set 137's reaffirmed commitments to the Charter and to the "
      "Organization's mission), 'would like to' performative -> asserted; 'which must remain the preferred forum for "
      "international coordination and dialogue' is a norm about the Organization's role, not coded"),
 # --- UNGDC 1990-2019 random: cue
 17: ([], "Andorra (1996): youth's idealism that 'compels human beings to strive for dialogue and genuine coexistence' "
          "= a description of the young, no actor and no act; 'something we too often criticize' is a generic "
          "attitude with 'we' meaning everyone, not a 111"),
 18: ([("the occupation", "192", "IRN/GOV", "ARE", False, A, N, True)],
      "Bahrain (2014); a fragment cut by the splitter after 'the occupation by the Islamic'; the text after completes "
      "the agent and the object ('Republic of Iran of the three islands Greater Tunb, Lesser Tunb and Abu Musa, which "
      "belong to the United Arab Emirates'); the event noun and the start of its agent phrase are inside the "
      "sentence (set 142: a noun whose agent lies inside the sentence is coded across the cut; set 145: 'The "
      "invasion' in a Georgian fragment a nominal 192 from context) -> nominal 192 (guideline: occupy 192) IRN/GOV -> "
      "bare ARE, the country the islands belong to (set 111: Iran's installations on the occupied islands to bare "
      "ARE; README: an annexation of land a 192 to the country it belongs to); the condemnation and the call on Iran "
      "lie after the cut and are not coded"),
 19: ([("hosted", "043", "AUS/GOV", N, False, A, N, False)],
      "Australia (2002); 'Australia hosted a regional ministerial meeting in Melbourne in October 2001' (on HIV/AIDS) "
      "-> 043 (guideline: host/convene), the participating ministers' countries unnamed -> target null (README: "
      "conferences hosted by one government with no target); Melbourne is a place"),
 20: ([("commend", "051", "ATG/GOV", "org:UN", False, A, N, False),
       ("work they are doing", "073", "org:UN", "HTI", False, A, N, True)],
      "Antigua and Barbuda (2008); 'I commend the United Nations and its organs' -> 051 (guideline: commend), the "
      "organs folded into org:UN (one event per actor pair); 'for the work they are doing in Haiti and elsewhere in "
      "the Caribbean, which was severely affected by hurricanes over the past weeks' = the UN's relief work after the "
      "2008 hurricanes (the text after: 'lend additional support to the United Nations in its humanitarian efforts') "
      "-> nominal 073 org:UN -> bare HTI (set 127: 'efforts by United Nations agencies are commendable' a 051 plus a "
      "nominal 073 org:UN -> KEN), the rest of the Caribbean unnamed and dropped; borderline the work left uncoded, "
      "as the Botswana row's 'for the work they do', or 074 for MINUSTAH"),
 21: ([("call for", "102", "CAF/GOV", N, False, A, N, False)],
      "Central African Republic (2019); 'I firmly call for the effective implementation of the Paris Agreement on "
      "Climate Change and its ratification by all States parties' = a request (guideline: call for -> 10x) to an "
      "uncoded class of states -> target null, its most specific demand the ratification of a treaty -> 102 (set 117: "
      "the call to join the Rome Statute a 102 with no target; held-out 76 row 2: calls to ratify or join a treaty "
      "102); the implementation is compliance, folded in (borderline uncoded as a call on all states, as set 113's "
      "'calls for strict compliance by all nations')"),
 22: ([], "Republic of Korea (2013): 'The Korean Peninsula Trust-Building Process aspires to safeguard peace based on "
          "strong deterrence, while simultaneously building peace through dialogue and cooperation' = the aim of a "
          "policy with an inanimate subject and no named counterpart, an abstract policy position (guideline); "
          "deterrence is a posture, not an act (borderline a 030 KOR/GOV -> PRK/GOV for the offer of dialogue and "
          "cooperation)"),
 23: ([], "Uzbekistan (2005): 'The global environmental agenda also calls for the pressing issues ... to be "
          "addressed' = an inanimate subject, not a request act (set 121: Angola's 'calls for a global coalition' "
          "with an inanimate subject uncoded), no actor"),
 24: ([("we welcome", "051", "OMN/GOV", "org:WTO", False, A, N, False),
       ("the invitation", "043", "org:WTO", N, False, A, N, True)],
      "Oman (2008); a fragment cut by the splitter after 'the invitation by the Director-'; the welcome verb is in the "
      "sentence and the text after completes the object ('General of the WTO, Mr. Pascal Lamy, to hold another round "
      "of trade negotiations in the context of the Doha Development Agenda') (sets 104-109: a fragment coded from the "
      "text after the cut when its verb is in the sentence) -> 051 (guideline: welcome) to the Director-General -> "
      "org:WTO (set 128: org:WTO), 'While' concessive, still asserted; the invitation to a round of negotiations = a "
      "convening (held-out 76 row 49: 'invited by Mr. Kofi Annan ... to attend face-to-face talks' a 043) -> nominal "
      "043 from org:WTO, the WTO members invited an uncoded collective -> target null (borderline 036, or the "
      "invitation uncoded as a meeting of an uncoded membership)"),
 25: ([], "Iceland (2013): 'It is a challenge to ensure food security when land and water resources are threatened' = "
          "a figurative threat (guideline: threat as risk), no actor"),
 26: ([], "Suriname (2010): 'The electorate gave its leaders a mission to create a society in which everyone "
          "participates' = the 2010 election as a mandate from the voters to the Government, an election with no "
          "CAMEO code and a domestic aim, not coded (borderline a 1044 SUR/CVL -> SUR/GOV, as set 129's 'ask to be "
          "treated fairly' and set 182's demanded reforms)"),
 27: ([], "Ethiopia (2007): 'The further democratization of the country and the nurturing of the rule of law is a "
          "pledge that every Ethiopian is making' = a domestic pledge of the people with no counterpart (held-out 76 "
          "row 39: a domestic pledge of the people not coded)"),
 28: ([("We welcome", "051", "MDG/GOV", N, False, A, N, False)],
      "Madagascar (1999); 'We welcome the debt-reduction plan approved recently at the G-8 Summit in Cologne' -> 051 "
      "(guideline: welcome), the G-8 having no code and its members unnamed in the speech -> target null (set 118: "
      "Burkina Faso's welcome of the G-8 debt decision with no target; borderline org:G7); the plan itself runs from "
      "the uncoded G-8 to an unnamed class of debtor countries, not coded (set 118; borderline a nominal 0331 null -> "
      "null); 'the slow pace ... tends to erode our hopes' is an evaluation of the plan's effects, not a 110 "
      "(borderline 110 with no target)"),
 29: ([("has been placed under virtual house arrest", "1721", "AFG/REB", "AFG/CVL", False, A, N, False),
       ("remains terrorized", "175", "AFG/REB", "AFG/CVL", False, A, N, False)],
      "Afghanistan (1999, the Rabbani Government's speech); 'over 50 per cent of the Afghan population has been placed "
      "under virtual house arrest' = the Taliban's confinement of Afghan women to their homes, a passive whose agent "
      "the same sentence and the ones before name (guideline: Taliban AFG/REB before 15 Aug 2021) -> 'virtual' marks "
      "a metaphor for a real restriction (README: 'a full assault on media freedom', a metaphor for a real crackdown, "
      "coded) -> impose restrictions on freedoms 1721 (borderline 173 read literally, or 175), to the population -> "
      "AFG/CVL; 'the entire population remains terrorized by the Taliban' = a passive with its agent named -> violent "
      "repression of the population 175 (borderline 180), the state 'remains' read as an ongoing act, asserted"),
 30: ([], "Indonesia (2007): 'I count myself as an optimist who sees today a larger window of opportunity to strike a "
          "global consensus to tackle global warming' = an optative outlook about an agreement of all states (set "
          "123: hopes not coded; 'we' meaning all states), no act"),
 31: ([("participating", "040", "IRQ/GOV", "org:UNGA", False, A, N, False)],
      "Iraq (2013); 'I have great pleasure in participating in the current session of the General Assembly to discuss "
      "the vital issue of post-2015 sustainable development' = the speaker's participation in the Assembly's debate -> "
      "040 to org:UNGA (set 119: the Captains Regent's 'participation' in a General Assembly plenary a 040 to "
      "org:UNGA; set 153: 'My presence here' a 040 to org:UNGA; borderline uncoded, since every speaker's attendance "
      "is implied), a gerund with its object -> not nominal; 'which we all hope to be able to accomplish' = 'we' "
      "meaning all states, an optative hope, not coded"),
 32: ([], "Cambodia (2005): 'When death strikes, we are all the same' = a generic maxim; 'strikes' is figurative, no "
          "actor"),
 33: ([], "Tajikistan (1992): 'We support the peaceful settlement of all regional and international conflicts' = an "
          "abstract policy position with no named party (guideline: not coded; set 116: 'stands for a comprehensive "
          "settlement' with no parties named uncoded, borderline 107)"),
 34: ([("we condemn", "111", "NER/GOV", N, False, A, N, False),
       ("murderous attack", "180", N, "USA/GOV", False, A, N, True)],
      "Niger (2012); 'we condemn the murderous attack against the United States diplomatic mission in Benghazi' -> 111 "
      "(guideline: condemn), the attackers unnamed -> target null (README: condemning attacks by unnamed perpetrators "
      "is the speaker's 111 with no target); the attack itself = an agentless terrorist attack -> nominal 180 with no "
      "source (set 113: an escalation to attacks on US missions a nominal 180 with no source to USA/GOV; guideline: "
      "unspecified violence by non-state armed groups 180; borderline 1823 for the killing of the Ambassador), the "
      "diplomatic mission -> USA/GOV (set 113); 'we repeat here the sincere condolences of the people and Government "
      "of the Niger to the American people and Government' = condolences, not coded (README)"),
 35: ([("welcomes", "051", "MLI/GOV", N, False, A, N, False)],
      "Mali (1992); 'My delegation welcomes the new Member States' -> 051 (guideline: welcome), the new Members of 1992 "
      "never named in the speech -> target null (set 166: Bhutan's welcome of new Members a 051 with no target; "
      "borderline one 051 per new Member as set 144/179 when the speech names them, or uncoded as a UN admission "
      "position, held-out 54-61); the admission itself is not coded (README); 'whose presence here confirms the "
      "universality' is an evaluation"),
 36: ([], "Moldova (2000): 'The evolution of the situation in the international arena ... calls for imposes a new "
          "vision and a redefinition of the concrete mechanisms' of the Organization = an inanimate subject and a UN "
          "reform position (README: not coded), no actor"),
 37: ([], "Jamaica (1999): 'The widening of the gap between rich and poor and the increasing marginalization of ... "
          "developing countries ... are urgent matters demanding the attention of the international community' = "
          "trends as an inanimate subject, 'demanding' not a request act, no actor"),
 38: ([], "Trinidad and Tobago (2016): 'is deeply concerned about the growing number of violent extremist acts across "
          "the world' = expressed concern (guideline: 01x, not coded); the extremist acts have no named agent or "
          "victim, and 'the threat that they pose to our shared values' is a figurative threat (guideline)"),
 # --- UNGDC 1990-2019 random: nocue
 39: ([], "Micronesia (2000): 'We are thus committed to achieving a successful outcome to the sixth session of the "
          "Conference of the Parties' = a commitment to an outcome of a conference of all parties, an abstract aim "
          "with no named counterpart (set 146: Kiribati's commitment to the Paris Agreement uncoded; borderline a 030 "
          "FSM/GOV -> org:UN, or with no target as set 112's 'endeavouring to expand cooperation'); 'to be held in "
          "November' is an agentless future meeting"),
 40: ([("warmly congratulate", "051", "GNQ/GOV", "org:UN", False, A, N, False)],
      "Equatorial Guinea (2015); 'I would also like to take this opportunity to warmly congratulate Secretary-General "
      "Ban Ki Moon for his tireless efforts' -> 051 (guideline: congratulate/praise), 'would like to' performative -> "
      "asserted, the Secretary-General -> org:UN (README: supporting the Secretary-General 051 to org:UN); 'his "
      "tireless efforts to face up to the complex challenges facing the Organization' name no act"),
 41: ([], "Djibouti (2000): '26 August 2000 is a date which will forever stir the hearts and spirits of Somalis' = a "
          "commemoration of the Arta election, the act itself lying in the sentence after; no act in the sentence"),
 42: ([], "Mongolia (1996): 'Less than four years separate us from the next millennium' = a time expression, no act"),
 43: ([], "Pakistan (1995): 'We have continuously abided by its principles' (the Charter's) = compliance with norms, "
          "not coded (README: compliance; set 131: 'Has not deviated from the understandings' not coded)"),
 44: ([("regional and international intervention", "190", N, "SYR", False, H, N, True)],
      "Iraq (2012); 'the facts on the ground suggest that regional and international intervention could adversely "
      "impact the Syrian issue and might cause unlimited chaos' = a contemplated foreign intervention in the Syrian "
      "war whose interveners the speech never names, inside 'could' -> hypothetical; 'military intervention' is 190 "
      "(README), the intervention meant here being the armed one of the 2012 debate (the sentence before: 'the danger "
      "of providing the fighting parties with weapons') -> hypothetical nominal 190 with no source to bare SYR (set "
      "132: a contemplated 'striking Iraq' whose striker the speech never names a hypothetical 190 with no source to "
      "bare IRQ; set 174: 'perhaps even the resumption of war' a hypothetical nominal 190 with no source; borderline "
      "uncoded as a generalisation about the risks of intervention); 'We also realize' is the speaker's statement"),
 45: ([], "Angola (2013): 'The conflict in Syria poses a risk to international peace and security, and the violence is "
          "seriously worsening the humanitarian situation' = a conflict named only by place and agentless violence "
          "(set 131, 187: conflicts named only by place uncoded; borderline a nominal 190 with no source to bare SYR, "
          "as set 147's 'continued armed hostilities'); 'poses a risk' is a figurative threat (guideline)"),
 46: ([], "Costa Rica (1996): 'situations of extreme poverty and social injustice ... or of crime and drug trafficking "
          "... have unleashed varying degrees of violence' = a generalisation about unnamed democracies, with "
          "situations as subject, no actor"),
 47: ([], "Israel (2002): 'Without wars, our region will be able to bloom again' = a generic counterfactual about wars "
          "with no named party (borderline a negated hypothetical 190 null -> null)"),
 48: ([], "India (1991): 'The peace dividend now needs to be realized at the international level' = an agentless "
          "deontic about a transfer of resources between uncoded parties, not coded (borderline a demanded 071 null "
          "-> null)"),
 49: ([], "Namibia (1994): a fragment cut by the splitter after 'Mr. Boutros Boutros-Ghali, our illustrious'; "
          "'Secretary-General, has always kept his plate full in the service of our Organization and its Charter' = "
          "a description of the Secretary-General's workload, an implied tribute with no praise verb (README: 'it is "
          "commendable to observe' an evaluation; borderline a 051 NAM/GOV -> org:UN), no act between actors"),
 50: ([], "Samoa (1991): 'We confirm our belief in the rights of people freely to decide for themselves' = a belief, an "
          "abstract position with no named people (borderline a 051 with no target for self-determination)"),
 51: ([], "Bangladesh (2015): 'We continue to transform Bangladesh into a land where the rule of law and social justice "
          "prevail' = domestic policy, no counterpart"),
 52: ([("has decided", "0331", "KWT/GOV", N, False, A, N, False)],
      "Kuwait (1990); 'Kuwait, for its part, has decided ... to write off all interests on its loans' = a decision "
      "stated as a fact to forgive interest owed by the least developed countries (the text before and after: the "
      "Paris Conference on the Least Developed Countries, 'the poorest nations') -> an explicit intent stated as a "
      "fact, 03x asserted (guideline), economic aid -> 0331 (README: debt undertaken to be written off a 0331, debt "
      "written off a 071; borderline 071 asserted, the decision taken), the debtor countries an uncoded class -> "
      "target null; 'in line with our previous proposal regarding this issue' refers to an earlier Kuwaiti proposal "
      "whose content and addressees the sentence does not give, not coded (borderline a nominal 1031 with no "
      "target)"),
}
