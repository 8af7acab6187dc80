//! The coder's rules, each on a sentence written for the test, with the actor mentions given by
//! hand so that these tests depend only on the coder.

use rhetor_actors::{ActorAnalysis, ActorMention, MentionKind};
use rhetor_schema::{Actor, Event, Modality, Span};

/// Analyses `text` with the actors named by `(id, surface form)`; each surface form is found
/// wherever it occurs (as a whole word). The speaker is `speaker` when given, and `we`/`our`/`us`
/// are its mentions. The types are the rules' (`find_events_by_rules`): these tests are about the
/// coder's rules, and the learned sense model, which may retype a cooperative event by its
/// context, is tested with the golden cases (`tests/golden/events-senses.txt`).
fn events(text: &str, named: &[(&str, &str)], speaker: Option<&str>) -> Vec<Event> {
    let segmentation = rhetor_segment::segment(text);
    let mut analysis = ActorAnalysis::default();
    let actor_index = |analysis: &mut ActorAnalysis, id: &str| {
        analysis
            .actors
            .iter()
            .position(|actor| actor.id == id)
            .unwrap_or_else(|| {
                analysis.actors.push(Actor {
                    id: id.to_owned(),
                    name: id.to_owned(),
                    actor_type: "country".to_owned(),
                    country: Some(id.split('/').next().unwrap_or(id).to_owned()),
                    sector: None,
                    organisation: None,
                    mentions: Vec::new(),
                });
                analysis.actors.len() - 1
            })
    };
    let mut mentions = Vec::new();
    for (id, surface) in named {
        let index = actor_index(&mut analysis, id);
        for (start, _) in text.match_indices(surface) {
            mentions.push((start..start + surface.len(), index, MentionKind::Name));
        }
    }
    if let Some(speaker_id) = speaker {
        let index = actor_index(&mut analysis, speaker_id);
        analysis.speaker = Some(index);
        for token in &segmentation.tokens {
            // As the actors stage reads them, contractions included (`we’ll`).
            let word = &text[token.start..token.end];
            let pronoun = word.split(['\'', '’']).next().unwrap_or(word);
            if matches!(pronoun, "we" | "We" | "our" | "Our" | "us") {
                mentions.push((token.start..token.end, index, MentionKind::Speaker));
            }
        }
    }
    mentions.sort_by_key(|(range, _, _)| range.start);
    for (range, actor, kind) in mentions {
        let sentence = segmentation
            .sentences
            .iter()
            .position(|sentence| sentence.range.start <= range.start && range.end <= sentence.range.end)
            .expect("a mention lies in a sentence");
        analysis.actors[actor]
            .mentions
            .push(Span::of(text, range.clone()));
        analysis.mentions.push(ActorMention {
            actor,
            range,
            sentence,
            kind,
        });
    }
    rhetor_events::find_events_by_rules(text, &segmentation, &analysis)
}

/// The events as `(source, target, cameo, negated, modality, trigger)` for readable assertions.
fn summary(events: &[Event]) -> Vec<(String, String, String, bool, Modality, String)> {
    events
        .iter()
        .map(|event| {
            (
                event.source.clone().unwrap_or_default(),
                event.target.clone().unwrap_or_default(),
                event.cameo.clone(),
                event.negated,
                event.modality,
                event.trigger.text.clone(),
            )
        })
        .collect()
}

/// The source and target of an event, as the ids the test names.
fn parties(event: &Event) -> (Option<&str>, Option<&str>) {
    (event.source.as_deref(), event.target.as_deref())
}

fn one(events: &[Event], cameo_prefix: &str) -> Event {
    let matching: Vec<&Event> = events
        .iter()
        .filter(|event| event.cameo.starts_with(cameo_prefix))
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "one {cameo_prefix} event expected in {:?}",
        summary(events)
    );
    matching[0].clone()
}

#[test]
fn subject_condemns_the_agent_of_what_it_condemns() {
    let events = events(
        "Georgia strongly condemns the attempts at interference in the affairs of Moldova by Russia.",
        &[("GEO", "Georgia"), ("MDA", "Moldova"), ("RUS", "Russia")],
        None,
    );
    let condemnation = one(&events, "111");
    assert_eq!(condemnation.source.as_deref(), Some("GEO"));
    assert_eq!(condemnation.target.as_deref(), Some("RUS"));
    assert_eq!(condemnation.plover, "ACCUSE");
    assert!(!condemnation.negated);
    assert_eq!(condemnation.modality, Modality::Asserted);
}

#[test]
fn did_not_respond_is_a_negated_event() {
    let events = events(
        "The ministry noted that Serbia did not respond to the letter of Kosovo.",
        &[("SRB", "Serbia"), ("XKX", "Kosovo")],
        None,
    );
    // Not answering a letter withholds cooperation: a negated 030 (AGREE), as the guidelines code it.
    let response = one(&events, "030");
    assert_eq!(
        (response.source.as_deref(), response.target.as_deref()),
        (Some("SRB"), Some("XKX"))
    );
    assert!(response.negated);
}

#[test]
fn a_performative_non_recognition_is_a_rejection_and_looking_forward_is_future() {
    let events = events(
        "Latvia will not recognize the referendums. Latvia looks forward to hosting Estonia.",
        &[("LVA", "Latvia"), ("EST", "Estonia")],
        None,
    );
    let rejection = one(&events, "12");
    assert!(!rejection.negated);
    assert_eq!(rejection.modality, Modality::Asserted);
    let hosting = one(&events, "036");
    assert_eq!(hosting.modality, Modality::Future);
    assert_eq!(hosting.target.as_deref(), Some("EST"));
}

#[test]
fn a_negated_perception_denies_what_it_governs() {
    let events = events(
        "We have not seen any condemnation from Turkey of Syria's shelling.",
        &[("TUR", "Turkey"), ("SYR", "Syria")],
        Some("org:monitor"),
    );
    let condemnation = one(&events, "111");
    assert_eq!(
        (condemnation.source.as_deref(), condemnation.target.as_deref()),
        (Some("TUR"), Some("SYR"))
    );
    assert!(condemnation.negated);
}

#[test]
fn should_is_a_demand_of_the_speaker_and_the_act_is_demanded() {
    let events = events(
        "The United States should join the conventions.",
        &[("USA", "The United States")],
        Some("org:community"),
    );
    let demand = one(&events, "10");
    assert_eq!(
        (demand.source.as_deref(), demand.target.as_deref()),
        (Some("org:community"), Some("USA"))
    );
    assert_eq!(demand.modality, Modality::Demanded);
    assert_eq!(demand.trigger.text, "should join");
}

#[test]
fn a_call_on_someone_is_a_request_and_its_act_is_not_coded_apart() {
    let events = events(
        "France called on Iran to release the detained journalists.",
        &[("FRA", "France"), ("IRN", "Iran")],
        None,
    );
    assert_eq!(events.len(), 1, "{:?}", summary(&events));
    let request = one(&events, "10");
    assert_eq!(request.cameo, "1053");
    assert_eq!(request.plover, "REQUEST");
    assert_eq!(
        (request.source.as_deref(), request.target.as_deref()),
        (Some("FRA"), Some("IRN"))
    );
    assert_eq!(request.modality, Modality::Asserted);
}

#[test]
fn reported_speech_is_attributed_to_the_reporter() {
    let events = events(
        "Ukraine said that Russia attacked the city of Kharkiv overnight.",
        &[("UKR", "Ukraine"), ("RUS", "Russia")],
        Some("USA/GOV"),
    );
    let attack = one(&events, "19");
    assert_eq!(attack.source.as_deref(), Some("RUS"));
    assert_eq!(attack.reported_by.as_deref(), Some("UKR"));
}

#[test]
fn the_agent_of_a_passive_is_the_source() {
    let events = events(
        "Armenia was accused by Azerbaijan of shelling.",
        &[("ARM", "Armenia"), ("AZE", "Azerbaijan")],
        None,
    );
    let accusation = one(&events, "112");
    assert_eq!(
        (accusation.source.as_deref(), accusation.target.as_deref()),
        (Some("AZE"), Some("ARM"))
    );
    assert_eq!(accusation.cameo, "1123");
}

#[test]
fn a_possessed_wrongdoing_is_the_speakers_accusation() {
    let events = events(
        "The world must remember Serbia's policy of ethnic cleansing.",
        &[("SRB", "Serbia")],
        Some("org:forum"),
    );
    let accusation = one(&events, "1124");
    assert_eq!(
        (accusation.source.as_deref(), accusation.target.as_deref()),
        (Some("org:forum"), Some("SRB"))
    );
    assert!(!accusation.negated);
}

#[test]
fn future_hypothetical_and_question_modalities() {
    let future = events(
        "China will send aid to Nepal.",
        &[("CHN", "China"), ("NPL", "Nepal")],
        None,
    );
    assert_eq!(one(&future, "07").modality, Modality::Future);
    let hypothetical = events(
        "If Iran attacked Israel, the region would burn.",
        &[("IRN", "Iran"), ("ISR", "Israel")],
        None,
    );
    assert_eq!(one(&hypothetical, "19").modality, Modality::Hypothetical);
    let question = events(
        "Did Japan condemn China?",
        &[("JPN", "Japan"), ("CHN", "China")],
        None,
    );
    assert_eq!(one(&question, "111").modality, Modality::Question);
}

#[test]
fn words_in_scare_quotes_are_not_events() {
    let events = events(
        "Moscow calls it a \"liberation\" and a \"rescue\", not an \"attack\".",
        &[("RUS", "Moscow")],
        None,
    );
    assert!(
        events.iter().all(|event| !event.cameo.starts_with("19")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn nothing_to_code_gives_nothing() {
    assert!(events("", &[], None).is_empty());
    assert!(events("The weather was fine.", &[], None).is_empty());
    assert!(events("Condemns! Accuses? Attack…", &[], None).is_empty());
}

#[test]
fn a_long_relative_clause_does_not_hide_the_subject() {
    let events = events(
        "We have not heard that Serbia, which positions itself as a friend of all, prepares long reports and includes many names in lists, condemns the shelling of Kosovo.",
        &[("SRB", "Serbia"), ("XKX", "Kosovo")],
        Some("org:forum"),
    );
    let condemnation = one(&events, "111");
    assert_eq!(
        condemnation.source.as_deref(),
        Some("SRB"),
        "{:?}",
        summary(&events)
    );
    assert!(condemnation.negated);
}

#[test]
fn an_agent_named_at_the_hands_of_is_the_source_of_a_passive() {
    let events = events(
        "Thousands of detainees were tortured at the hands of the Syrian regime.",
        &[("SYR/GOV", "Syrian regime")],
        None,
    );
    let torture = one(&events, "18");
    assert_eq!(torture.source.as_deref(), Some("SYR/GOV"));
}

#[test]
fn the_complement_of_a_partitive_noun_is_the_subject() {
    let events = events(
        "A large majority of the members of this Assembly condemned the aggression against Ukraine.",
        &[("org:UNGA", "this Assembly"), ("UKR", "Ukraine")],
        None,
    );
    let condemnation = one(&events, "111");
    assert_eq!(condemnation.source.as_deref(), Some("org:UNGA"));
}

#[test]
fn a_run_on_sentence_is_coded_stretch_by_stretch() {
    // No full stop in 1,200 tokens: coded in stretches, every trigger still found.
    let text = "Russia condemns Georgia and ".repeat(300);
    let events = events(&text, &[("RUS", "Russia"), ("GEO", "Georgia")], None);
    let mut triggers: Vec<usize> = events
        .iter()
        .filter(|event| event.cameo.starts_with("111"))
        .map(|event| event.trigger.start)
        .collect();
    triggers.dedup();
    assert_eq!(triggers.len(), 300);
}

#[test]
fn a_bracketed_acronym_between_subject_and_verb_ends_no_clause() {
    let events = events(
        "The People's Republic of China (PRC) continues to coerce Vietnam.",
        &[
            ("CHN", "People's Republic of China"),
            ("CHN", "PRC"),
            ("VNM", "Vietnam"),
        ],
        Some("USA"),
    );
    let coercion = one(&events, "17");
    assert_eq!(
        (coercion.source.as_deref(), coercion.target.as_deref()),
        (Some("CHN"), Some("VNM"))
    );
}

#[test]
fn a_participle_with_its_agent_and_no_auxiliary_is_passive() {
    let events = events(
        "Russia has yet to fulfil the ceasefire brokered by France.",
        &[("RUS", "Russia"), ("FRA", "France")],
        None,
    );
    let brokering = one(&events, "04");
    assert_eq!(
        (brokering.source.as_deref(), brokering.target.as_deref()),
        (Some("FRA"), None)
    );
}

#[test]
fn adverbs_between_to_be_and_a_participle_keep_it_passive() {
    let events = events(
        "Many Syrians are reportedly still missing or detained.",
        &[("SYR/CVL", "Syrians")],
        Some("USA"),
    );
    let detention = one(&events, "17");
    assert_eq!(
        (detention.source.as_deref(), detention.target.as_deref()),
        (None, Some("SYR/CVL"))
    );
}

#[test]
fn a_subject_that_names_no_actor_is_not_replaced_by_an_earlier_mention() {
    let protest = events(
        "Before Armenia voted, the protesters condemned the government.",
        &[("ARM", "Armenia")],
        Some("USA"),
    );
    assert!(
        protest.iter().all(|event| !event.cameo.starts_with("111")),
        "an event with no actor is dropped: {:?}",
        summary(&protest)
    );
    let support = events(
        "We thank those countries that have supported us.",
        &[],
        Some("SAU"),
    );
    let support = one(&support, "052");
    assert_eq!(
        (support.source.as_deref(), support.target.as_deref()),
        (None, Some("SAU"))
    );
}

#[test]
fn an_infinitive_after_for_has_its_own_subject() {
    let named_subject = events(
        "Now is the time for Russia to support the process in Afghanistan.",
        &[("RUS", "Russia"), ("AFG", "Afghanistan")],
        Some("USA"),
    );
    assert_eq!(one(&named_subject, "052").source.as_deref(), Some("RUS"));
    let unnamed_subject = events(
        "Now is the time for the neighbours to support Afghanistan.",
        &[("AFG", "Afghanistan")],
        Some("USA"),
    );
    assert_eq!(one(&unnamed_subject, "052").source, None);
}

#[test]
fn a_noun_trigger_takes_its_agent_from_a_relative_clause_or_a_possessive_pronoun() {
    let sanctions = events(
        "The sanctions we imposed on Moscow have had an effect.",
        &[("RUS/GOV", "Moscow")],
        Some("ITA"),
    );
    let sanctions = one(&sanctions, "163");
    assert_eq!(
        (sanctions.source.as_deref(), sanctions.target.as_deref()),
        (Some("ITA"), Some("RUS/GOV"))
    );
    let offensive = events(
        "We call on Serbia to end their military offensive.",
        &[("SRB", "Serbia")],
        Some("USA"),
    );
    assert_eq!(one(&offensive, "190").source.as_deref(), Some("SRB"));
}

#[test]
fn a_possessive_after_by_is_not_the_agent() {
    let events = events(
        "Following a request by our partners, Armenia agreed.",
        &[("ARM", "Armenia")],
        Some("ARM"),
    );
    assert!(
        events
            .iter()
            .filter(|event| event.cameo.starts_with("10"))
            .all(|event| event.source.is_none()),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_possessor_of_a_carrier_noun_does_the_act_it_carries() {
    let noun = events(
        "The report listed Mexico's strong statements in support of Ukraine.",
        &[("MEX", "Mexico"), ("UKR", "Ukraine")],
        None,
    );
    let support = one(&noun, "05");
    assert_eq!(
        (support.source.as_deref(), support.target.as_deref()),
        (Some("MEX"), Some("UKR"))
    );
    // A noun coordinated with the carrier is not its complement.
    let coordinated = events(
        "Our government's efforts and the continued support of our partners helped Somalia.",
        &[("SOM", "Somalia")],
        Some("SOM"),
    );
    assert!(
        coordinated
            .iter()
            .filter(|event| event.cameo.starts_with("05") || event.cameo.starts_with("07"))
            .all(|event| event.source.as_deref() != Some("SOM")),
        "{:?}",
        summary(&coordinated)
    );
}

#[test]
fn a_negative_pronoun_subject_names_no_actor() {
    let events = events(
        "Hungary signed the memorandum, but no one promised us they would fight for us.",
        &[("HUN", "Hungary")],
        Some("UKR"),
    );
    let promise = events
        .iter()
        .find(|event| event.trigger.text == "promised")
        .expect("the promise is coded");
    assert_eq!(promise.source, None, "{:?}", summary(&events));
}

#[test]
fn a_demand_of_x_is_x_s_only_right_after_the_noun() {
    let far = events(
        "Malawi, therefore, reiterates the call for urgency in advancing these reforms in line with the consensus of the African Union.",
        &[("MWI", "Malawi"), ("org:AU", "African Union")],
        Some("MWI"),
    );
    assert_eq!(
        one(&far, "10").source.as_deref(),
        Some("MWI"),
        "{:?}",
        summary(&far)
    );
    let near = events(
        "We heard the calls of Armenia for peace.",
        &[("ARM", "Armenia")],
        Some("USA"),
    );
    assert_eq!(
        one(&near, "10").source.as_deref(),
        Some("ARM"),
        "{:?}",
        summary(&near)
    );
}

#[test]
fn inside_a_direct_quotation_us_is_the_quoted_speaker() {
    let events = events(
        "Russia said: \"Georgia attacked us yesterday.\"",
        &[("RUS", "Russia"), ("GEO", "Georgia")],
        Some("USA"),
    );
    let attack = one(&events, "19");
    assert_eq!(
        (attack.source.as_deref(), attack.target.as_deref()),
        (Some("GEO"), Some("RUS")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_quoted_we_does_not_do_a_passive_act_or_another_possessor_s_act() {
    let events = events(
        "Russia said: \"We do not need your sanctions, even if parts of our country will be occupied.\"",
        &[("RUS", "Russia")],
        Some("USA"),
    );
    assert!(
        events.iter().all(|event| event.source.as_deref() != Some("RUS")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_possessor_across_adjectives_is_the_agent_of_the_noun() {
    let attacks = events(
        "Blinken met Jaishankar to discuss Russia's premeditated, unprovoked, and unjustified attack on Ukraine.",
        &[("USA", "Blinken"), ("IND", "Jaishankar"), ("RUS", "Russia"), ("UKR", "Ukraine")],
        None,
    );
    let attack = one(&attacks, "19");
    assert_eq!(
        (attack.source.as_deref(), attack.target.as_deref()),
        (Some("RUS"), Some("UKR")),
        "{:?}",
        summary(&attacks)
    );
    // A verb form that a possessive determines is a noun whose agent is the possessor.
    let travel = events(
        "Mexico will host a briefing on Blinken's upcoming travel to Kenya.",
        &[("MEX", "Mexico"), ("USA", "Blinken"), ("KEN", "Kenya")],
        None,
    );
    let visit = travel
        .iter()
        .find(|event| event.trigger.text.starts_with("travel"))
        .expect("the travel is coded");
    assert_eq!(visit.source.as_deref(), Some("USA"), "{:?}", summary(&travel));
}

#[test]
fn an_unnamed_subject_before_going_to_is_no_actor() {
    let events = events(
        "Russia told its people that the West is going to sanction Belarus.",
        &[("RUS", "Russia"), ("BLR", "Belarus")],
        None,
    );
    let sanction = one(&events, "16");
    assert_eq!(
        (sanction.source.as_deref(), sanction.target.as_deref()),
        (None, Some("BLR")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_ministry_named_without_a_country_is_the_speaking_government_s() {
    let text = "The Treasury Department imposed sanctions on Cuban officials.";
    let segmentation = rhetor_segment::segment(text);
    let context = rhetor_actors::ActorContext {
        speaker_country: Some("USA"),
        ..rhetor_actors::ActorContext::default()
    };
    let analysis = rhetor_actors::find_actors(text, &segmentation, &context);
    let events = rhetor_events::find_events(text, &segmentation, &analysis);
    let sanctions = one(&events, "16");
    assert_eq!(
        sanctions.source.as_deref(),
        Some("USA/GOV"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_refused_act_did_not_happen_and_cooperation_stated_as_fact_is_050() {
    let events = events(
        "Russia refused to withdraw its troops from Georgia. France will not lift sanctions on \
         Syria. Turkmenistan closely cooperates with Kazakhstan.",
        &[
            ("RUS", "Russia"),
            ("GEO", "Georgia"),
            ("FRA", "France"),
            ("SYR", "Syria"),
            ("TKM", "Turkmenistan"),
            ("KAZ", "Kazakhstan"),
        ],
        None,
    );
    // The refusal is the event; the withdrawal it refuses is not coded.
    one(&events, "12");
    assert!(!events.iter().any(|event| event.cameo.starts_with("087")));
    // Lifting economic sanctions is CAMEO 085 (081 is administrative).
    let lifting = one(&events, "085");
    assert!(lifting.negated);
    assert_eq!(lifting.modality, Modality::Future);
    let cooperation = one(&events, "050");
    assert_eq!(
        (cooperation.source.as_deref(), cooperation.target.as_deref()),
        (Some("TKM"), Some("KAZ"))
    );
}

#[test]
fn a_contracted_will_in_the_subject_makes_the_act_future() {
    let events = events(
        "Today Lithuania said: Tomorrow we’ll meet Estonia.",
        &[("EST", "Estonia")],
        Some("LTU"),
    );
    let meeting = one(&events, "036");
    assert_eq!(meeting.modality, Modality::Future);
}

#[test]
fn a_purpose_infinitive_is_done_by_the_subject_of_its_verb_not_by_the_object() {
    let events = events(
        "France met Germany to discuss the crisis. Spain helped Ukraine to rebuild its ports.",
        &[
            ("FRA", "France"),
            ("DEU", "Germany"),
            ("ESP", "Spain"),
            ("UKR", "Ukraine"),
        ],
        None,
    );
    let discussion = events
        .iter()
        .find(|event| event.trigger.text == "discuss")
        .expect("the discussion is coded");
    assert_eq!(discussion.source.as_deref(), Some("FRA"));
    // After a verb whose object does the act, the object is the infinitive's subject.
    assert!(events
        .iter()
        .filter(|event| event.trigger.text == "rebuild")
        .all(|event| event.source.as_deref() != Some("ESP")));
}

#[test]
fn readout_phrasings_wars_and_calls_for_are_found() {
    let events = events(
        "Poland spoke today with Ukraine. Russia's war against Ukraine goes on. Estonia called for \
         negotiations.",
        &[
            ("POL", "Poland"),
            ("UKR", "Ukraine"),
            ("RUS", "Russia"),
            ("EST", "Estonia"),
        ],
        None,
    );
    let call = one(&events, "04");
    assert_eq!(
        (call.source.as_deref(), call.target.as_deref()),
        (Some("POL"), Some("UKR"))
    );
    let war = one(&events, "19");
    assert_eq!(
        (war.source.as_deref(), war.target.as_deref()),
        (Some("RUS"), Some("UKR"))
    );
    assert_eq!(one(&events, "10").source.as_deref(), Some("EST"));
}

#[test]
fn a_request_held_as_a_noun_is_the_light_verb_subject_s_and_a_thanked_gift_is_the_thanked_one_s() {
    let events = events(
        "We reiterate our call on Israel to withdraw. We therefore launch a solemn appeal to Japan. \
         We thank Norway for the generous support provided to our country.",
        &[("ISR", "Israel"), ("JPN", "Japan"), ("NOR", "Norway")],
        Some("MDG"),
    );
    let requests: Vec<_> = events
        .iter()
        .filter(|event| event.cameo.starts_with("10"))
        .map(|event| (event.source.as_deref(), event.target.as_deref()))
        .collect();
    assert_eq!(requests, [(Some("MDG"), Some("ISR")), (Some("MDG"), Some("JPN"))]);
    let support = events
        .iter()
        .find(|event| event.trigger.text == "support")
        .expect("the support is coded");
    assert_eq!(
        (support.source.as_deref(), support.target.as_deref()),
        (Some("NOR"), Some("MDG"))
    );
}

#[test]
fn examples_before_a_relative_clause_each_act_and_names_are_not_verbs() {
    let events = events(
        "We need countries such as Belarus, Cuba and others which supported the resolution. The \
         Trust Fund helps. Benin receives adequate support, provided that the region is calm.",
        &[("BLR", "Belarus"), ("CUB", "Cuba"), ("BEN", "Benin")],
        Some("GBR"),
    );
    let supporters: Vec<_> = events
        .iter()
        .filter(|event| event.trigger.text == "supported")
        .map(|event| event.source.as_deref())
        .collect();
    assert_eq!(supporters, [Some("BLR"), Some("CUB")]);
    assert!(events
        .iter()
        .all(|event| event.trigger.text != "Fund" && event.trigger.text != "provided"));
    // Whoever receives support is its target, across its adjectives.
    let received = events
        .iter()
        .find(|event| event.trigger.text == "support")
        .expect("the received support is coded");
    assert_eq!(
        (
            received.source.as_deref(),
            received.target.as_deref(),
            received.cameo.as_str()
        ),
        (None, Some("BEN"), "070")
    );
}

#[test]
fn an_agentless_occupation_takes_the_occupier_the_document_named() {
    let events = events(
        "Israel's occupation of Palestine began in 1967. The illegal occupation of Palestine continues. \
         Spain condemned the occupation of Cyprus.",
        &[
            ("ISR", "Israel"),
            ("PSE", "Palestine"),
            ("ESP", "Spain"),
            ("CYP", "Cyprus"),
        ],
        None,
    );
    let occupations: Vec<_> = events
        .iter()
        .filter(|event| event.cameo.starts_with("19"))
        .map(|event| (event.source.as_deref(), event.target.as_deref()))
        .collect();
    // The occupier of Palestine is not carried over to another country's occupation.
    assert_eq!(
        occupations,
        [
            (Some("ISR"), Some("PSE")),
            (Some("ISR"), Some("PSE")),
            (None, Some("CYP"))
        ]
    );
}

#[test]
fn an_unattributed_meeting_or_signed_agreement_is_the_speakers_unless_it_meets_the_speaker() {
    let events = events(
        "The visits to Rwanda and Kenya strengthened our ties. The visit to Poland was a success. \
         Spain said that the visit to Chile was a success. The mediation efforts for Cyprus continue.",
        &[
            ("RWA", "Rwanda"),
            ("KEN", "Kenya"),
            ("POL", "Poland"),
            ("ESP", "Spain"),
            ("CHL", "Chile"),
            ("CYP", "Cyprus"),
        ],
        Some("POL/GOV"),
    );
    let meetings: Vec<_> = events
        .iter()
        .filter(|event| event.cameo.starts_with("04"))
        .map(|event| {
            (
                event.source.as_deref(),
                event.target.as_deref(),
                event.cameo.as_str(),
            )
        })
        .collect();
    // The speaker's own visits; no one's visit to the speaker; a visit that Spain reports is
    // not the speaker's; a mediation is a third party's.
    assert_eq!(
        meetings,
        [
            (Some("POL/GOV"), Some("RWA"), "042"),
            (Some("POL/GOV"), Some("KEN"), "042"),
            (None, Some("POL"), "042"),
            (None, Some("CHL"), "042"),
            (None, Some("CYP"), "045"),
        ]
    );
}

#[test]
fn hosting_refugees_is_asylum_and_joining_in_a_call_is_a_request() {
    let hosted = events(
        "Pakistan has hosted millions of refugees for decades.",
        &[("PAK", "Pakistan")],
        Some("PAK/GOV"),
    );
    assert_eq!(one(&hosted, "07").cameo, "075");
    let joined = events("We join in the call for restraint.", &[], Some("PAN/GOV"));
    let call = one(&joined, "10");
    assert_eq!(call.source.as_deref(), Some("PAN/GOV"));
}

#[test]
fn a_place_adjective_after_a_preposition_keeps_its_country_out_of_the_subject() {
    let invasion = events(
        "In 1974, Turkey, a strong neighbour of small Cyprus, invaded the north of the island.",
        &[("TUR", "Turkey"), ("CYP", "Cyprus")],
        Some("GRC/GOV"),
    );
    assert_eq!(one(&invasion, "19").source.as_deref(), Some("TUR"));
}

#[test]
fn an_appeal_for_something_is_a_request_of_its_subject_across_an_adverb() {
    let appeal = events(
        "We now appeal for the meaningful participation of Taiwan in the Organization.",
        &[("TWN", "Taiwan")],
        Some("KIR/GOV"),
    );
    assert_eq!(one(&appeal, "10").source.as_deref(), Some("KIR/GOV"));
}

#[test]
fn support_from_unnamed_givers_is_for_the_speaker_and_thanks_to_gives_no_thanks() {
    let owed = events(
        "We have never wavered, thanks greatly to the generosity and support of our partners.",
        &[],
        Some("BTN/GOV"),
    );
    assert!(
        owed.iter().all(|event| event.cameo != "051"),
        "{:?}",
        summary(&owed)
    );
    let support = one(&owed, "0");
    assert_eq!(parties(&support), (None, Some("BTN/GOV")));
    let lacking = events(
        "We diversified, but support from our partners has not been forthcoming.",
        &[],
        Some("KNA/GOV"),
    );
    let support = one(&lacking, "0");
    assert_eq!(parties(&support), (None, Some("KNA/GOV")));
    // What a named actor receives, across a quantity's `of`, is for that actor.
    let received = events(
        "Kenya received a great deal of support from our partners.",
        &[("KEN", "Kenya")],
        Some("UGA/GOV"),
    );
    let support = one(&received, "0");
    assert_eq!(parties(&support), (None, Some("KEN")));
}

#[test]
fn cooperation_with_the_speakers_partners_is_the_speakers_and_an_aside_keeps_the_first_subject() {
    let cooperation = events(
        "Also important is the close cooperation with our Eastern neighbours.",
        &[],
        Some("POL/GOV"),
    );
    let cooperation = one(&cooperation, "05");
    assert_eq!(parties(&cooperation), (Some("POL/GOV"), None));
    // The predicate after the relative clause set off by commas is the sentence subject's.
    let urged = events(
        "We commend the Group of Five, which will help Mali further, and urge the affluent countries to act.",
        &[("G5", "Group of Five"), ("MLI", "Mali")],
        Some("TGO/GOV"),
    );
    assert_eq!(one(&urged, "10").source.as_deref(), Some("TGO/GOV"));
}

#[test]
fn ministers_of_an_organisation_act_for_it_and_a_coordinated_predicate_keeps_an_unnamed_subject() {
    let supported = events(
        "Last April, the Foreign Ministers of the Group of Seven expressed their support for the participation of Taiwan.",
        &[("org:G7", "Group of Seven"), ("TWN", "Taiwan")],
        Some("TWN/GOV"),
    );
    assert_eq!(parties(&one(&supported, "05")), (Some("org:G7"), Some("TWN")));
    // The countries that helped and hosted are unnamed for both verbs, not the speaker for the
    // second.
    let hosted = events(
        "We are grateful to the countries in the region that have helped and hosted our people.",
        &[("SOM/CVL", "our people")],
        Some("SOM/GOV"),
    );
    assert_eq!(parties(&one(&hosted, "07")), (None, Some("SOM/CVL")));
    assert_eq!(parties(&one(&hosted, "04")), (None, Some("SOM/CVL")));
    // A passive predicate coordinated with it still has its subject as its target.
    let condemned = events(
        "It is a logic that must be denounced and condemned by the international community, as Iraq knows.",
        &[("IRQ", "Iraq")],
        Some("LBY/GOV"),
    );
    assert!(
        condemned
            .iter()
            .all(|event| event.source.as_deref() != Some("LBY/GOV")),
        "{:?}",
        summary(&condemned)
    );
}

#[test]
fn a_questions_you_is_a_subject_a_held_meeting_is_a_noun_and_upcoming_is_future() {
    // `Would you support`: after a question's auxiliary, `you` is the subject.
    let question = events(
        "Would you support the creation of a visa program for Afghans?",
        &[("USA/GOV", "you"), ("AFG/CVL", "Afghans")],
        Some("USA/GOV"),
    );
    assert_eq!(one(&question, "05").source.as_deref(), Some("USA/GOV"));
    // `held a meeting with`: the noun, whose partner follows `with`.
    let meeting = events(
        "I just held a meeting with President Zelenskyy.",
        &[("UKR/GOV", "President Zelenskyy")],
        Some("ZAF/GOV"),
    );
    assert_eq!(parties(&one(&meeting, "04")), (Some("ZAF/GOV"), Some("UKR/GOV")));
    // An upcoming visit is an intent to meet.
    let visit = events(
        "They discussed the President's upcoming visit to Poland.",
        &[("USA/GOV", "President's"), ("POL", "Poland")],
        Some("USA/GOV"),
    );
    let intent = one(&visit, "036");
    assert_eq!(intent.modality, Modality::Future);
    // Adjectives of force between a possessive and its noun (`swift and severe`).
    let sanctions = events(
        "Canada's swift and severe sanctions have not deterred them.",
        &[("CAN", "Canada")],
        Some("USA/GOV"),
    );
    assert_eq!(one(&sanctions, "16").source.as_deref(), Some("CAN"));
}

#[test]
fn a_hyphenated_pair_of_parties_before_a_noun_is_its_two_sides() {
    // The actors stage gives each part of `U.S.-Israel` its own mention on the one token.
    let partnership = events(
        "The Secretary reaffirmed the broader U.S.-Israel partnership.",
        &[("USA", "U.S."), ("ISR", "Israel")],
        Some("USA/GOV"),
    );
    assert_eq!(parties(&one(&partnership, "05")), (Some("USA"), Some("ISR")));
}

/// The sources of the events whose CAMEO code starts with `cameo_prefix`, in text order.
fn sources_of<'e>(events: &'e [Event], cameo_prefix: &str) -> Vec<Option<&'e str>> {
    events
        .iter()
        .filter(|event| event.cameo.starts_with(cameo_prefix))
        .map(|event| event.source.as_deref())
        .collect()
}

#[test]
fn a_bracketed_alias_and_a_relative_clause_keep_the_whole_list_of_doers() {
    // `(ROK)` after a conjunct does not end the list of subjects.
    let condemned = events(
        "The United States, the Republic of Korea (ROK), and Japan strongly condemn the launches.",
        &[
            ("USA", "United States"),
            ("KOR", "Republic of Korea"),
            ("KOR", "ROK"),
            ("JPN", "Japan"),
        ],
        Some("USA/GOV"),
    );
    assert_eq!(
        sources_of(&condemned, "111"),
        [Some("USA"), Some("KOR"), Some("JPN")],
        "{:?}",
        summary(&condemned)
    );
    // The antecedent of `which` is the whole list, though it follows `of`.
    let provided = events(
        "We thank the leadership of China, Russia, Kazakhstan and Sweden, which have provided us with vaccines.",
        &[("CHN", "China"), ("RUS", "Russia"), ("KAZ", "Kazakhstan"), ("SWE", "Sweden")],
        Some("KGZ/GOV"),
    );
    assert_eq!(
        sources_of(&provided, "07"),
        [Some("CHN"), Some("RUS"), Some("KAZ"), Some("SWE")],
        "{:?}",
        summary(&provided)
    );
}

#[test]
fn a_relative_clause_on_unnamed_partners_is_theirs_and_surge_is_a_light_verb() {
    // `partners that support`: `that` is a relative pronoun, `support` its verb, and the
    // partners (no actor) its subject, not the speaker who thanks them.
    let supported = events(
        "We thank all partners that support us in the fight against poverty.",
        &[],
        Some("BEN/GOV"),
    );
    assert_eq!(parties(&one(&supported, "052")), (None, Some("BEN/GOV")));
    // `to surge additional military assistance`: the aid is the infinitive's subject's.
    let surged = events(
        "Japan must take action now to surge additional military assistance to Ukraine.",
        &[("JPN", "Japan"), ("UKR", "Ukraine")],
        Some("USA/GOV"),
    );
    assert_eq!(parties(&one(&surged, "07")), (Some("JPN"), Some("UKR")));
}

#[test]
fn a_detention_in_a_country_is_its_and_an_inverted_should_is_a_condition() {
    // A detention in the passive with no agent is the state's where it took place.
    let detained = events(
        "We call for the release of all those unjustly detained in Iran.",
        &[("IRN", "Iran")],
        Some("USA/GOV"),
    );
    assert_eq!(parties(&one(&detained, "173")), (Some("IRN"), None));
    // `should it pursue`: a condition, no demand on whoever was named before.
    let condition = events(
        "He underscored the readiness to impose costs on Russia, should it pursue further aggression.",
        &[("RUS", "Russia")],
        Some("USA/GOV"),
    );
    assert!(
        condition.iter().all(|event| !event.cameo.starts_with("10")),
        "{:?}",
        summary(&condition)
    );
    // A demonym before a noun modifier makes the form a noun, and names its agent.
    let attack = events(
        "The United States strongly condemns the Russian missile attack on the port of Odesa.",
        &[("USA", "United States"), ("RUS", "Russian")],
        Some("USA/GOV"),
    );
    assert_eq!(one(&attack, "19").source.as_deref(), Some("RUS"));
    // A `from` after the noun's own verb names no giver.
    let sanctions = events(
        "Sanctions do not block the export of grain from Russia.",
        &[("RUS", "Russia")],
        Some("LVA/GOV"),
    );
    assert!(
        sanctions
            .iter()
            .all(|event| event.source.as_deref() != Some("RUS")),
        "{:?}",
        summary(&sanctions)
    );
}

#[test]
fn possessors_reach_across_hyphenated_adjectives_and_an_opening_light_verb_has_the_main_subject() {
    // `its brutal, unprovoked, full-scale invasion`: a hyphenated compound is an adjective.
    let invasion = events(
        "This brings aid to $7 billion since Russia launched its brutal, unprovoked, full-scale invasion of Ukraine.",
        &[("RUS", "Russia"), ("RUS", "its"), ("UKR", "Ukraine")],
        Some("USA/GOV"),
    );
    assert_eq!(parties(&one(&invasion, "19")), (Some("RUS"), Some("UKR")));
    // `my first visit`: a possessive determiner across an adjective.
    let visit = events(
        "This is my first visit to the State Department.",
        &[("USA/GOV", "State Department")],
        Some("KEN/GOV"),
    );
    assert_eq!(parties(&one(&visit, "04")), (Some("KEN/GOV"), Some("USA/GOV")));
    // The object of a light verb opening the sentence is the main clause's subject's.
    let war = events(
        "In launching an aggressive war against Ukraine, the Russian Federation has attacked a peaceful country.",
        &[("RUS", "Russian Federation"), ("UKR", "Ukraine")],
        Some("CHE/GOV"),
    );
    assert_eq!(
        parties(
            &war.iter()
                .find(|event| event.trigger.text == "war")
                .cloned()
                .expect("war")
        ),
        (Some("RUS"), Some("UKR"))
    );
}
