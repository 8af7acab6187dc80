"""Hand annotations for the HUNDRED-AND-SIXTY-THIRD held-out event gold set (source of events-heldout163.jsonl).

Keyed by the row index of selection-heldout163.jsonl (output of select_bulk_sentence_heldout.py 163; all rows come
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
    python3 data/gold/build_events.py --selection selection-heldout163.jsonl \\
        --annotations annotations_heldout163 --output events-heldout163.jsonl
"""
A, D, F, H, Q = "asserted", "demanded", "future", "hypothetical", "question"
N = None

ANN = {
 # --- UNGDC 1990-2019: neg
 0: ([("refused to negotiate", "125", "PSE/GOV", "ISR/GOV", False, A, N, False)],
     "Israel (Netanyahu, 2011); 'The truth is that so far the Palestinians have refused to negotiate' = an explicit "
     "refusal (guideline: REJECT, negated false) that takes the code of what was refused (README: 'refusal to "
     "negotiate' 125) -> 125, the Palestinians' negotiating authority -> PSE/GOV, the counterpart of the 'direct "
     "negotiations between the parties' of the sentence before -> ISR/GOV; 'The truth is that' is the speaker's own "
     "assertion, reported_by null"),
 1: ([], "Bhutan (1990): environmental challenges 'threatening the very survival of humanity' = a figurative threat "
         "(guideline: threat as risk), no actor; 'no longer confined to nations or regions' describes the problem, "
         "not a negated event"),
 2: ([("to point an accusing finger", "112", "CAF/GOV", N, True, A, N, False)],
     "Central African Republic (2009); 'We have not come to this sixty-fourth session of the General Assembly to "
     "point an accusing finger at the States responsible for global warming, but rather ... to convey a message' = "
     "the speaker disclaims an accusation (README: 'I could point an accusing finger at Turkey' a hypothetical 112) "
     "-> negated 112, asserted; the States responsible for global warming are an uncoded class -> target null; "
     "'to convey a message to the leaders of the world' is a statement (01x), not coded; the attendance itself, "
     "presupposed, is not coded (borderline a nominal 040 to org:UNGA, following set 153's 'My presence here'); "
     "borderline the 112 uncoded, the negation bearing on the purpose of the coming rather than on an act (as set "
     "154's Canadian 'makes war for gain')"),
 3: ([], "Ethiopia (2016): 'It is just plain foolish to deny that such abuses have no implications ... or that such "
         "abuse does not undermine our capacity' = an argument about effects; 'such abuses' is an anaphoric event "
         "noun (the abuse of media outlets financed by 'friendly Governments', unnamed, in the sentence before) with "
         "no agent in the sentence (guideline: not coded; borderline a nominal 170 with no source to ETH/GOV); the "
         "double negations bear on implications, not on events"),
 4: ([], "Yemen (2001): 'We in the Republic of Yemen have not been spared the perils and threats of terrorism' = a "
         "figurative threat (guideline: threat as risk) and an effect on the country, not a negated event (held-out "
         "77 row 0: 'has not been spared' not coded); borderline a nominal 180 with no source to bare YEM"),
 5: ([("signal its willingness to withdraw", "0356", "RWA/GOV", "COD/GOV", True, A, N, False)],
     "Angola (2001); 'Only Rwanda has not yet taken any step to signal its willingness to withdraw its forces' (from "
     "the DR Congo under the Lusaka process, the sentence before naming the other withdrawals) = a realised "
     "non-event, negated (guideline: 'has yet to', 'has not' + event verb) -> expressing intent to de-escalate "
     "militarily 0356 (the willingness being the event; the withdrawal inside it is its content, not coded "
     "separately; borderline a negated 0874 RWA/MIL -> bare COD), to the host government COD/GOV (borderline bare "
     "COD); 'to fulfil its basic obligation' is compliance, not coded, and 'as a signatory to the Lusaka Agreement' "
     "a status (borderline a 057 RWA/GOV -> COD/GOV)"),
 6: ([], "Equatorial Guinea (1999): 'conditions are imposed on cooperation using political criteria' = aid "
         "conditionality by unnamed donors on African societies, an agentless passive between uncoded collectives, "
         "null-null, not coded (held-out 125 row 6: conditionalities imposed by donors not coded; borderline a 1622 "
         "null -> null); 'funnel the benefits ... to a powerful few' is a description"),
 7: ([("established a mechanism", "050", "SRB/GOV", N, False, A, N, False)],
     "Serbia (2007); 'There is hardly any field in which we have not yet established a mechanism of mutual "
     "cooperation' = litotes: the countries of South-East Europe (the sentence before) have set up cooperation "
     "mechanisms in nearly every field -> asserted 050, not negated; 'we' = the region's states including Serbia, an "
     "uncoded collective coded for the speaker only (set 133: 'We nations of South America') -> SRB/GOV, the other "
     "states unnamed -> target null (borderline uncoded as an act among an uncoded collective, or 057 for "
     "establishing mechanisms)"),
 # --- UNGDC 1990-2019: reported
 8: ([("provision of humanitarian assistance", "073", "KWT/GOV", N, False, A, N, True)],
     "Kuwait (2016); 'Kuwait is proud to occupy first place in the provision of humanitarian assistance as a ratio "
     "of its gross domestic income, according to United Nations statistics for 2015' = Kuwait's habitual "
     "humanitarian aid, a nominal 073 with the recipients unnamed -> target null; 'according to United Nations "
     "statistics' covers only the ranking, so reported_by null (set 134: 'according to the World Health "
     "Organization' covering only the ranking; borderline reported_by org:UN, as set 141's OECD statistics); "
     "'occupy first place' is a ranking, not an occupation"),
 9: ([("democratic appeal", "1054", "ECU/GOV", "USA/GOV", False, A, N, False),
      ("it is time to end", "1054", N, "USA/GOV", False, A, N, False),
      ("has imposed", "163", "USA/GOV", "CUB", False, A, N, False)],
     "Ecuador (2013); 'we would like to make a democratic appeal: ... it is time to end the unjust embargo that the "
     "United States has imposed on Cuba' = the speaker's request (guideline: appeal -> 10x; 'would like to' "
     "performative -> asserted; a light verb with its noun, not nominal, as held-out 77 row 8's 'make a strong call') for lifting an embargo -> 1054, to its imposer named in the sentence -> USA/GOV "
     "(README: the one asked to lift an embargo gets the 1054, while a call to end an "
     "embargo whose imposer the document never names has no target); '188 of the Organization's 193 Member States have clearly stated that it is time to end' it = "
     "the General Assembly vote, a speech verb that is itself a demand -> a second 1054 from the uncoded majority of "
     "Member States -> source null (README: praise from uncoded collectives has no source; borderline org:UNGA, "
     "as set 152's New Agenda resolution), reported_by null; the embargo 'that the United States has imposed' -> "
     "163 USA/GOV -> bare CUB (set 146: 'imposed by the most powerful nation on Earth' 163 to bare CUB; borderline "
     "CUB/GOV), in the speaker's own voice (reported_by null)"),
 10: ([("strongly denouncing", "111", "PRT/GOV", N, False, A, N, False)],
      "Portugal (1990); 'One cannot expect Portugal to refrain from strongly denouncing the systematic violations of "
      "human rights ... of the Timorese' = litotes: Portugal denounces them -> an asserted 111 (borderline future), "
      "not negated; the speech never names Indonesia, so the violator is unnamed -> target null (README: condemning "
      "attacks by unnamed perpetrators 111 with no target; borderline IDN/GOV from outside knowledge); the "
      "violations themselves are agentless and left uncoded (set 145: Timor-Leste's violated rights whose violator "
      "the speech never names; borderline a nominal 175 with no source to the Timorese); 'according to reports "
      "from unbiased and reliable sources' names no source -> reported_by null (guideline)"),
 11: ([], "Italy (2000): 'That is what he said' = Kennedy's quoted inaugural address, a speech act; 'the wish ... that "
          "the United Nations ... may strengthen its contribution ... with the unflagging support of its membership' "
          "= an optative wish (held-out 7: hopes about other actors' acts not coded; borderline a nominal 070 with no "
          "source to org:UN)"),
 # --- UNGDC 1990-2019: future
 12: ([], "Dominica (1998): 'the people of several of our States ... freely expressed their will as to who should "
          "lead them' = domestic elections in unnamed Caribbean states, no act between actors; 'Since we last met in "
          "this forum' is a time expression, 'we' meaning all states"),
 13: ([("will host", "036", "SEN/GOV", N, False, F, N, False)],
      "Senegal (2018); 'Dakar will host the third iteration of the International Conference on the Emergence of "
      "Africa, on 17 and 18 January 2019' = a future hosting -> 036 future (guideline; held-out 120 row 1: 'Fiji will "
      "host' 036 future), from the Senegalese Government, Dakar being the venue named as the host city, a place "
      "rather than a metonym (held-out 125 row 5: Tunis hosting a UN institution); the conference's participants are "
      "unnamed -> target null (borderline org:UNDP as co-organiser); 'I am also pleased to note' is the speaker's "
      "satisfaction at its own act, not coded"),
 14: ([], "Mali (2009): 'Only a global and cooperative effort will succeed in laying the groundwork for a lasting "
          "recovery' = a generic statement, no actor"),
 # --- UNGDC 1990-2019: demand
 15: ([], "Indonesia (2019): 'We must therefore strengthen our regional institutions' = a deontic following a general "
          "point on regionalism, 'we' meaning all states and their regions (held-out 42/43: not coded); borderline a "
          "demanded 050 IDN/GOV -> org:ASEAN, named in the sentence after"),
 16: ([("congratulate", "051", "MYS/GOV", "org:UNGA", False, A, N, False)],
      "Malaysia (1994); 'I should like to congratulate you, Sir, on your election to the presidency of the ... "
      "General Assembly' = a performative congratulation -> 051 asserted to org:UNGA (held-out 48/49: commending the "
      "Assembly President's election 051 to org:UNGA)"),
 17: ([("congratulate", "051", "GMB/GOV", "org:UNGA", False, A, N, False)],
      "Gambia (2004); 'I should like, Sir, to congratulate you on your assumption of the presidency of the General "
      "Assembly' = a performative congratulation -> 051 asserted to org:UNGA (held-out 48/49)"),
 18: ([], "Slovakia (2014): 'We must not betray the commitments that we all made to the principles of democracy' = "
          "'we' meaning all states (held-out 42/43: not coded), commitments to abstract principles"),
 19: ([("We do not accept", "120", "LUX/GOV", N, False, A, N, False)],
      "Luxembourg (2018); 'We do not accept that the legitimacy and the very existence of the Court should be "
      "questioned on the pretext of State sovereignty' = a performative non-acceptance by the speaker (guideline: "
      "'we will never accept it' is a REJECT, negated false) -> 120, the questioners unnamed -> target null (held-out "
      "46/47: 'We utterly reject attacks' by unnamed agents 120 with no target); the agentless questioning of the ICC "
      "is left uncoded (set 110: an agentless 'is being seriously questioned' uncoded; borderline a 111 with no "
      "source to org:ICC)"),
 20: ([], "Barbados (1995): 'we urge early action to solve the acute financial crisis of the Organization' = a call "
          "with no addressee on the United Nations' finances, a UN finance position (sets 110, 113, 125, 146: calls "
          "with no addressee left uncoded; set 133: a call for budget changes uncoded); borderline a 100 (or 1031) "
          "BRB/GOV with target null"),
 # --- UNGDC 1990-2019: cue
 21: ([("established 14 agreements", "057", "MRT/GOV", N, False, A, N, False),
       ("created an open dialogue", "040", "MRT/GOV", "MRT/REB", False, A, N, False)],
      "Mauritania (2017); 'established 14 agreements and protocols relating to terrorism' = agreements concluded "
      "(guideline: 057), the partners unnamed -> target null (borderline uncoded as domestic legal instruments); "
      "'created an open dialogue with Salafists and religious extremists in order to rehabilitate and reintegrate "
      "them into society' = the Government's dialogue with detained jihadist Salafists -> 040 (borderline 043 as "
      "convening the dialogue), the extremists, militants to be reintegrated, -> MRT/REB (borderline MRT/REL for "
      "'Salafists' as a religious current); 'improved its legal framework' is domestic, not coded"),
 22: ([], "Zimbabwe (1994): 'What we are urging is the involvement of regional organizations, subregional "
          "organizations and neighbourly countries in conflict resolution and conflict management' = a doctrinal "
          "position on regional arrangements, with no addressee and uncoded classes of actors (held-out 77 row 24: a "
          "doctrinal position with no addressee not coded; sets 110, 146: calls with no addressee); borderline a 108 "
          "ZWE/GOV with target null"),
 23: ([("expelling Palestinians", "201", "ISR/GOV", "PSE/CVL", False, A, N, True),
       ("compelling Lebanon", "170", N, "LBN/GOV", False, H, N, True),
       ("denying them the right of return", "1233", N, "PSE/CVL", False, H, N, True)],
      "Lebanon (2017); 'the crime of expelling Palestinians from their land and displacing them' = the 1948 expulsion, "
      "an event noun whose agent is plain from the text around it ('seven decades of war with Israel'; README sets "
      "48/49) -> mass expulsion 201 (held-out 27: displacement 201), 'displacing them' the same act coded once, "
      "ISR/GOV -> PSE/CVL (borderline no source, or ISR/MIL); 'cannot be rectified by committing the additional crime "
      "of compelling Lebanon to impose naturalization on Palestinians and denying them the right of return' = a "
      "feared act whose agents the sentence does not name (the resettlement scheme of the next sentence) -> a "
      "hypothetical 170 with no source to LBN/GOV and a hypothetical 1233 with no source to PSE/CVL (set 135: "
      "rejection of the Palestinian people's rights 1233; borderline both uncoded as a generic condition)"),
 24: ([], "Benin (2001): 'New York has traditionally been a welcoming and cosmopolitan city' = a description; New York "
          "is a place"),
 25: ([("are welcomed by many countries", "051", N, "org:AIIB", False, A, N, False),
       ("are welcomed by many countries", "051", N, "USA/GOV", False, A, N, False)],
      "Singapore (2019); 'new initiatives, such as the Asian Infrastructure Investment Bank and the United States "
      "Better Utilization of Investments Leading to Development Act, have a role and are welcomed by many countries' "
      "= a passive welcome with its agent named, an uncoded collective -> 051 with no source (README: praise from "
      "uncoded collectives 051 with no source), one per initiative's author: the AIIB under the new code org:AIIB "
      "(on the model of org:AFDB and org:EBRD; borderline CHN/GOV as its founder, or dropped as uncoded) and the US "
      "BUILD Act -> USA/GOV (borderline USA/LEG); 'have a role' is an evaluation"),
 26: ([], "New Zealand (1994): 'No one who has seen firsthand the human cost of mines can offer anything less than "
          "full cooperation to this end' = a generalisation about anyone who has seen mines (set 129: a generic "
          "'Aggression must be treated as aggression' uncoded); borderline a 030 NZL/GOV -> USA/GOV, the speaker "
          "having seen the mines in Cambodia and the end being Clinton's land-mine proposal"),
 27: ([("has been amended", "083", "KAZ/GOV", "org:OSCE", False, A, N, False),
       ("recommendations", "104", "org:OSCE", "KAZ/GOV", False, A, N, True)],
      "Kazakhstan (1999); 'The law on elections has been amended to reflect the recommendations of the Organization "
      "for Security and Cooperation in Europe' = the speaker's own government's reform (the sentences before: "
      "'Kazakhstan is taking concrete steps ... to deepen its political reforms'), an agentless passive whose agent "
      "is plain from the context -> acceding to demands for political reform 083 KAZ/GOV -> org:OSCE (borderline "
      "KAZ/LEG as source, or uncoded as domestic law-making); the OSCE's recommendations on the election law = a "
      "nominal request of their named author -> demand political reform 104 org:OSCE -> KAZ/GOV (borderline the "
      "generic 100 of sets 129 and 143 for recommendations)"),
 28: ([], "Viet Nam (2005): 'More in-depth discussions are needed with regard to the issue of establishing a Human "
          "Rights Council and the concept of the responsibility to protect' = an agentless UN reform position "
          "(held-out 52/53, 54-61: not coded)"),
 29: ([], "Saint Lucia (2000): 'it is vital that we pursue the line of working towards a one-China policy instead of "
          "fuelling the hostilities' = a policy stance of 'we' (Saint Lucia and the Caribbean), no behaviour toward a "
          "named actor; 'instead of fuelling' is a contrast, not an event (README: 'instead of implementing ...' is a "
          "contrast, not a negated event); 'the hostilities that characterize the existing relationship between these two "
          "countries' describes enmity, not fighting, in 2000 (set 149: 'the friction between Mauritania and "
          "Senegal' uncoded; borderline a nominal 190 TWN/GOV -> CHN/GOV from the first-named)"),
 30: ([("met in", "040", "PNG/GOV", N, False, A, N, False)],
      "Papua New Guinea (2000); a fragment cut by the splitter: 'Ambassadors from Pacific ACP member States met in' "
      "[Cotonou, Benin, in June for the signing of the new framework agreement between the ACP and the European "
      "Union, and 'we decided to set up a ministerial mission'] = a meeting of the Pacific ACP states including the "
      "speaker's (the text after: 'we decided'); its verb lies inside the sentence, so it is coded (README: a "
      "fragment whose object the splitter cut off is coded from the text after the cut) -> a symmetric meeting coded once from "
      "the document's own government (guideline) 040, the other Pacific ACP states unnamed -> target null (held-out 76 "
      "row 6: the East African health ministers 'converged in Nairobi' 040 KEN/GOV -> null; borderline org:ACP); the "
      "ACP-EU signing lies after the cut, not coded"),
 31: ([("calls", "107", "BHR/GOV", "IRN/GOV", False, A, N, False)],
      "Bahrain (2004); 'calls upon the Islamic Republic of Iran to work to peacefully resolve the issue of the islands "
      "of Greater Tunb, Lesser Tunb and Abu Musa, which belong to the United Arab Emirates, either through serious "
      "bilateral negotiations ... or by arbitration' = a request (guideline: call on -> 10x) whose Y is a peaceful "
      "settlement -> 107 (borderline 106 for the negotiations), to IRN/GOV; Y is not coded separately (guideline); "
      "'which belong to the United Arab Emirates' is a claim of sovereignty, and Iran's occupation is not named in "
      "the sentence (borderline a nominal 192 IRN/GOV -> ARE); 'a member of the Arab Gulf Cooperation Council' is a "
      "status"),
 32: ([], "Croatia (1999): 'the normal economic processes that might otherwise promote stability and cooperation "
          "cannot have a positive effect' = an agentless conditional about the succession issue, no act"),
 33: ([("It is deplorable", "110", "YEM/GOV", N, False, A, N, False)],
      "Yemen (2012); 'It is deplorable that a campaign exists with the aim of deliberately insulting Islam and "
      "Muslims' = the speaker's disapproval (README: 'it should be deplored that' the speaker's 110; 'it is "
      "regrettable' 110), the campaign's authors unnamed (the film of the sentence before) -> target null; the "
      "campaign itself is agentless and an insult, not coded; 'to sow seeds of hatred' is its aim"),
 34: ([("welcomed it", "051", "BRA/GOV", "TLS/GOV", False, A, N, False)],
      "Brazil (2002); the sentence starts at 'Timor into the fold of the United Nations' (the splitter cut after 'I "
      "have the pleasure of greeting the entry of East'), so the greeting of the UN admission lies outside it and is "
      "not coded; 'just as we welcomed it last July in Brasilia into our Community of Portuguese-Speaking "
      "Countries' = Brazil's past welcome of East Timor, admitted to the CPLP at the Brasilia summit -> 051 BRA/GOV "
      "-> TLS/GOV (set 142: 'We welcome membership of East Timor' 051 to TLS/GOV), Brasilia a place; borderline "
      "source org:CPLP ('our Community' admitting a member), or uncoded as an admission"),
 35: ([("signing", "057", "COD/GOV", "COD/REB", False, A, N, True)],
      "Gabon (1999); 'The recent signing of the peace Agreement by all the parties to the conflict in the Democratic "
      "Republic of the Congo, including all the rebel movements' = the Lusaka Ceasefire Agreement (named in the "
      "sentence after), an agreement noun with its agents named -> nominal 057, the DRC Government as the conflict's "
      "principal party -> COD/GOV, to the rebel movements -> COD/REB, coded once for the pair (borderline one more "
      "057 per foreign state party, none of them named in the sentence); 'the conflict in the DRC' is a conflict "
      "named only by place, not coded; 'opens up the way' is an evaluation"),
 36: ([], "Morocco (2013): 'we reaffirm our sincere commitment to its principles and to the active mobilization of "
          "our efforts so as to update, empower and strengthen it' = a reaffirmed commitment to the Organization's "
          "principles and to UN reform (set 137: reaffirmed commitments to the Charter and the Organization's mission "
          "uncoded; borderline a 030 to org:UN)"),
 37: ([], "Uruguay (2003): 'Common global responses are needed' = an agentless deontic on global problems, no actor"),
 38: ([("continues to seek the support", "102", "BLZ/GOV", "org:UN", False, A, N, False)],
      "Belize (2001); 'Belize, along with its partners in the Caribbean region, continues to seek the support of the "
      "United Nations for a special regime for the Caribbean Sea' = a habitual request for policy support -> 102 "
      "(held-out 77 row 30: a request for support of draft resolutions 102) to org:UN (borderline org:UNGA, whose resolutions "
      "on the Caribbean Sea are meant); the Caribbean partners are an uncoded collective, dropped (guideline compound "
      "rule)"),
 39: ([("active support", "070", "org:UN", "TJK/GOV", False, A, N, True)],
      "Tajikistan (1997); 'has travelled the difficult road towards national reconciliation with active support and "
      "assistance from the United Nations' = the UN's realised support to the inter-Tajik peace process -> one nominal "
      "070 (README: one aid noun covering several kinds is one 070) org:UN -> TJK/GOV, the 'State' of the sentence "
      "(borderline 045 for the UN mediation, or bare TJK); 'experienced ... civil war' is a conflict named only by "
      "place, not coded; 'convinced of the need to preserve strong and efficient peacemaking mechanisms' is a UN "
      "reform position"),
 40: ([], "Denmark (2003): 'Denmark stands ready to provide a full account of its efforts to achieve the Goals' = a "
          "report on its own efforts (README: submitting a national report is not coded); 'development assistance' "
          "names a field of the efforts, not an act (borderline a nominal 071 DNK/GOV with no target)"),
 41: ([], "Belarus (2013): 'History has shown that it is impossible to boil all States down to the same level' = a "
          "generalisation, no act"),
 42: ([], "Lebanon (2011): a fragment that starts at 'Gaza and the occupied territories' (the splitter cut after 'its "
          "persistence in conducting abusive practices in'); the verb and its agent Israel lie before the cut, so "
          "'the illegal construction of settlements and violations of human rights' and 'the occupied territories' "
          "have no agent inside the sentence (README: fragments whose act lies outside the sentence left uncoded; "
          "set 143: 'the occupied territories' with Israel named only in the sentence before uncoded); borderline "
          "a nominal 192 ISR/GOV -> PSE and a nominal 175"),
 # --- UNGDC 1990-2019: nocue
 43: ([], "Austria (1990): 'We hope that this will lead to a strengthening of the efficiency of the existing "
          "institutional framework' = an optative hope about an initiative's effect, no act"),
 44: ([], "Hungary (2000): 'By taking up the work of implementing this major programme of action, we will be "
          "undertaking ... addressing the ... global problems' = 'we' meaning all states (held-out 42/43) and "
          "implementation of the Millennium Declaration, no act between actors"),
 45: ([], "Holy See (2007): a fragment cut after 'The creation two years ago of the Peacebuilding'; the Commission "
          "'was based upon the conviction that ... it is also necessary to help reconstruct individual lives' = the "
          "rationale of a UN body, an abstract norm with no actor; the agentless creation lies before the cut"),
 46: ([], "Brazil (1997): 'It was also the leadership of men such as Dag Hammarskjöld and ... Oswaldo Aranha ... that "
          "often led the United Nations to a decisive role' = a historical evaluation of leadership, no act between "
          "actors"),
 47: ([], "Singapore (1993): a fragment cut at 'a more active and effective Security' [Council]; 'The majority wants' "
          "= a wish of an uncoded majority of Member States about the Council, a UN reform position, not coded"),
 48: ([], "Comoros (2007): 'Fear and uncertainty have become widespread' = a description, no actor"),
 49: ([], "Guyana (2003): 'We recently witnessed a series of terrible human tragedies' = 'we' meaning all states, the "
          "tragedies agentless and unnamed"),
 50: ([], "Kyrgyzstan (2001): 'Terrorism has laid down an extremely dangerous challenge to all of civilized humanity' "
          "= figurative, an abstraction as agent"),
 51: ([], "Honduras (2010): 'we are also promoting private investment' = domestic economic policy, no act between "
          "actors"),
 52: ([], "Japan (2006): 'It is also our hope that there will be a constructive dialogue on the question of United "
          "Nations system-wide coherence' = an optative hope about UN reform (held-out 7; held-out 52/53), not coded"),
 53: ([], "Monaco (2014): 'Those who commit such heinous crimes in the name of a religion' = an agent description of "
          "the unnamed hostage killers (ISIL, no code) of the sentence before, with 'such heinous crimes' anaphoric "
          "(held-out 77 row 3: an agent noun for a past act not coded); 'annihilate the foundation of our society' is "
          "figurative; borderline a nominal 1823 with no source to each victim people (FRA/CVL, GBR/CVL, USA/CVL)"),
 54: ([], "Nepal (2012): 'They could have, but that is not the reality' = about the advances of science and capital "
          "failing to make the planet safer, no actor"),
 55: ([], "United Kingdom (2001): 'The United Nations stands for everything the terrorist seeks to destroy' = a "
          "generic description of 'the terrorist', no specific act"),
 56: ([], "Mongolia (2012): 'we need more women in public service at all levels' = a domestic and general policy "
          "aim, no act between actors"),
}
