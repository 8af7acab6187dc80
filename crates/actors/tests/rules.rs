//! One test per rule, on invented statements in the style of the corpus.

use rhetor_actors::{find_actors, ActorAnalysis, ActorContext, MentionKind};

/// Analyses `text` with `context`.
fn analyse(text: &str, context: &ActorContext<'_>) -> ActorAnalysis {
    find_actors(text, &rhetor_segment::segment(text), context)
}

/// The mention texts of each actor, as `(id, [mention, ...])`.
fn summary(text: &str, analysis: &ActorAnalysis) -> Vec<(String, Vec<String>)> {
    analysis
        .actors
        .iter()
        .enumerate()
        .map(|(index, actor)| {
            let mentions = analysis
                .mentions
                .iter()
                .filter(|mention| mention.actor == index)
                .map(|mention| text[mention.range.clone()].to_owned())
                .collect();
            (actor.id.clone(), mentions)
        })
        .collect()
}

/// The mention texts of actor `id`.
fn mentions_of(text: &str, analysis: &ActorAnalysis, id: &str) -> Vec<String> {
    summary(text, analysis)
        .into_iter()
        .find(|(actor, _)| actor == id)
        .map(|(_, mentions)| mentions)
        .unwrap_or_default()
}

#[test]
fn names_match_case_sensitively_on_token_boundaries() {
    let text = "Let us roast a turkey. Turkey and the U.S. met in Chadwick, not in Chad.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(mentions_of(text, &analysis, "TUR"), ["Turkey"]);
    assert_eq!(mentions_of(text, &analysis, "USA"), ["U.S."]);
    assert_eq!(mentions_of(text, &analysis, "TCD"), ["Chad"]);
}

#[test]
fn longest_match_wins_and_the_article_is_left_out() {
    let text = "The United Arab Emirates and the United States welcomed the decision of the United Nations.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(mentions_of(text, &analysis, "ARE"), ["United Arab Emirates"]);
    assert_eq!(mentions_of(text, &analysis, "USA"), ["United States"]);
    assert_eq!(mentions_of(text, &analysis, "org:UN"), ["United Nations"]);
}

#[test]
fn capitals_and_institutions_are_metonyms() {
    let text = "Moscow rejected the note, and the Pentagon said nothing.";
    let analysis = analyse(text, &ActorContext::default());
    let kinds: Vec<MentionKind> = analysis.mentions.iter().map(|mention| mention.kind).collect();
    assert_eq!(kinds, [MentionKind::Metonym, MentionKind::Metonym]);
    assert_eq!(mentions_of(text, &analysis, "RUS/GOV"), ["Moscow"]);
    assert_eq!(mentions_of(text, &analysis, "USA/MIL"), ["Pentagon"]);
}

#[test]
fn office_holders_take_the_term_in_force_at_the_date() {
    let text = "Prime Minister Vladimir Putin visited Baku. Putin then left.";
    let early = ActorContext {
        date: Some("2010-05-01"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &early);
    let putin = analysis
        .actors
        .iter()
        .find(|actor| actor.id == "person:vladimir-putin")
        .unwrap();
    assert_eq!(
        (putin.country.as_deref(), putin.sector.as_deref()),
        (Some("RUS"), Some("GOV"))
    );
    assert_eq!(
        mentions_of(text, &analysis, "person:vladimir-putin"),
        ["Prime Minister Vladimir Putin", "Putin"]
    );
    assert_eq!(mentions_of(text, &analysis, "AZE/GOV"), ["Baku"]);
}

#[test]
fn heads_of_state_of_the_general_debate_years_resolve_and_common_words_stay_words() {
    let text =
        "Major progress was made in Lagos. President Museveni and Mr. Mugabe spoke, and Mandela was freed.";
    let nineties = ActorContext {
        date: Some("1995-09-25"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &nineties);
    let country_of = |id: &str| {
        analysis
            .actors
            .iter()
            .find(|actor| actor.id == id)
            .and_then(|actor| actor.country.clone())
    };
    assert_eq!(country_of("person:yoweri-museveni").as_deref(), Some("UGA"));
    assert_eq!(country_of("person:robert-mugabe").as_deref(), Some("ZWE"));
    assert_eq!(country_of("person:nelson-mandela").as_deref(), Some("ZAF"));
    // `Major` (John Major, 1990-1997) and `Lagos` (Ricardo Lagos, 2000-2006) name no one bare.
    assert!(country_of("person:john-major").is_none());
    assert!(country_of("person:ricardo-lagos").is_none());
}

#[test]
fn family_names_resolve_by_date_or_earlier_mention() {
    let text = "Secretary Blinken spoke with Mr. Lavrov about the talks.";
    let dated = ActorContext {
        date: Some("2022-03"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &dated);
    assert_eq!(
        mentions_of(text, &analysis, "person:antony-blinken"),
        ["Secretary Blinken"]
    );
    assert_eq!(
        mentions_of(text, &analysis, "person:sergey-lavrov"),
        ["Mr. Lavrov"]
    );
    // Without a date, an untitled family name alone is not resolved.
    let analysis = analyse("Lavrov arrived.", &ActorContext::default());
    assert!(analysis.actors.is_empty());
}

#[test]
fn a_family_name_after_another_given_name_is_another_person() {
    let dated = ActorContext {
        date: Some("2022-03"),
        ..ActorContext::default()
    };
    for text in [
        "The panel heard Anna Lavrov, a historian, on the archives.",
        "The panel heard Anna K. Lavrov on the archives.",
        "Anna K. Lavrov spoke to the panel.",
    ] {
        let analysis = analyse(text, &dated);
        assert!(
            mentions_of(text, &analysis, "person:sergey-lavrov").is_empty(),
            "{text}: {:?}",
            summary(text, &analysis)
        );
    }
    // The family name alone, titled or not, then refers back to that other person.
    let text = "Our guest is Deputy Director Anna Lavrov. Ms. Lavrov will take questions. Lavrov left.";
    let analysis = analyse(text, &dated);
    assert!(
        mentions_of(text, &analysis, "person:sergey-lavrov").is_empty(),
        "{:?}",
        summary(text, &analysis)
    );
    // A date or a sentence's first word before the family name is no given name.
    for text in [
        "On Monday Lavrov arrived in Geneva.",
        "Yesterday Lavrov arrived in Geneva.",
    ] {
        let analysis = analyse(text, &dated);
        assert_eq!(
            mentions_of(text, &analysis, "person:sergey-lavrov"),
            ["Lavrov"],
            "{text}"
        );
    }
}

#[test]
fn country_words_compose_with_sector_terms() {
    let text = "Russian troops and Ukrainian civilians were seen. The government of Armenia and Georgia's \
                parliament replied. The Ministry of Foreign Affairs of Georgia issued a note.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(mentions_of(text, &analysis, "RUS/MIL"), ["Russian troops"]);
    assert_eq!(mentions_of(text, &analysis, "UKR/CVL"), ["Ukrainian civilians"]);
    assert_eq!(mentions_of(text, &analysis, "ARM/GOV"), ["government of Armenia"]);
    assert_eq!(mentions_of(text, &analysis, "GEO/LEG"), ["Georgia's parliament"]);
    assert_eq!(
        mentions_of(text, &analysis, "GEO/GOV"),
        ["Ministry of Foreign Affairs of Georgia"]
    );
    let ministry = analysis
        .actors
        .iter()
        .find(|actor| actor.id == "GEO/GOV")
        .unwrap();
    assert_eq!(ministry.actor_type, "organisation");
}

#[test]
fn bare_sector_terms_take_a_country_only_from_context() {
    let text = "Separatists attacked the village. Militants operating in Syria were blamed. \
                France must stop the abuse of protesters by police.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(mentions_of(text, &analysis, "group:REB"), ["Separatists"]);
    assert_eq!(mentions_of(text, &analysis, "SYR/REB"), ["Militants"]);
    assert_eq!(mentions_of(text, &analysis, "FRA/COP"), ["police"]);
    assert_eq!(mentions_of(text, &analysis, "group:OPP"), ["protesters"]);
}

#[test]
fn unknown_organisations_merge_spelling_variants() {
    let text = "The Peace and Justice Forum joined the Civic Monitor for Human Rights and the Caspian \
                Research Centre. Later the Caspian Research Center and the peace and justice forum spoke.";
    let analysis = analyse(text, &ActorContext::default());
    let forum = analysis
        .actors
        .iter()
        .find(|actor| actor.id == "org:peace-and-justice-forum")
        .unwrap();
    assert_eq!(
        (
            forum.actor_type.as_str(),
            forum.sector.as_deref(),
            forum.country.as_deref()
        ),
        ("organisation", Some("NGO"), None)
    );
    assert_eq!(
        mentions_of(text, &analysis, "org:civic-monitor-for-human-rights"),
        ["Civic Monitor for Human Rights"]
    );
    assert_eq!(
        mentions_of(text, &analysis, "org:caspian-research-centre"),
        ["Caspian Research Centre", "Caspian Research Center"]
    );
}

#[test]
fn anaphora_resolve_conservatively() {
    let text =
        "Armenia ignored its obligations. They met Antony Blinken, and later the same Blinken said that \
                this country would act. The Azerbaijani officials and diplomats said it was late.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(mentions_of(text, &analysis, "ARM"), ["Armenia", "its"]);
    let blinken = mentions_of(text, &analysis, "person:antony-blinken");
    assert_eq!(blinken, ["Antony Blinken", "Blinken"]);
    let same = analysis
        .mentions
        .iter()
        .find(|mention| &text[mention.range.clone()] == "Blinken")
        .unwrap();
    assert_eq!(same.kind, MentionKind::Anaphor);
    assert_eq!(mentions_of(text, &analysis, "USA"), ["this country"]);
    // `it` after a group does not resolve.
    assert!(!analysis
        .mentions
        .iter()
        .any(|mention| &text[mention.range.clone()] == "it"));
}

#[test]
fn a_demonym_two_countries_share_names_the_speakers_own_or_one_already_named() {
    let text = "The Dominican delegation supports the plan. The Congolese Government agrees.";
    let country_of = |context: &ActorContext<'_>, word: &str| {
        let analysis = analyse(text, context);
        let mention = analysis
            .mentions
            .iter()
            .find(|mention| text[mention.range.clone()].starts_with(word))
            .expect("a mention of the demonym");
        analysis.actors[mention.actor].country.clone()
    };
    let speaker = |iso3| ActorContext {
        speaker_country: Some(iso3),
        ..ActorContext::default()
    };
    // `Dominican` is both Dominica's and the Dominican Republic's; `Congolese` both Congos'.
    assert_eq!(country_of(&speaker("DOM"), "Dominican").as_deref(), Some("DOM"));
    assert_eq!(country_of(&speaker("DMA"), "Dominican").as_deref(), Some("DMA"));
    assert_eq!(country_of(&speaker("COG"), "Congolese").as_deref(), Some("COG"));
    assert_eq!(country_of(&speaker("COD"), "Congolese").as_deref(), Some("COD"));
    // With no speaker, a country the document has already named by name.
    let named_first = "The Republic of the Congo held talks; the Congolese Government agrees.";
    let analysis = analyse(named_first, &ActorContext::default());
    let government = analysis
        .mentions
        .iter()
        .find(|mention| named_first[mention.range.clone()].starts_with("Congolese"))
        .map(|mention| analysis.actors[mention.actor].country.as_deref());
    assert_eq!(government, Some(Some("COG")));
}

#[test]
fn the_speaker_comes_from_the_context_or_the_first_sentence() {
    let text = "We welcome the agreement. Our delegation supports the US.";
    let un = ActorContext {
        speaker_country: Some("KAZ"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &un);
    let speaker = analysis.speaker.map(|index| analysis.actors[index].id.as_str());
    assert_eq!(speaker, Some("KAZ/GOV"));
    // `our` and a sector term are one mention of the speaker's country and that sector.
    assert_eq!(mentions_of(text, &analysis, "KAZ/GOV"), ["We", "Our delegation"]);
    assert_eq!(mentions_of(text, &analysis, "USA"), ["US"]);

    let state = ActorContext {
        source: Some("U.S. Department of State, Office of the Spokesperson"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &state);
    assert_eq!(
        analysis.speaker.map(|index| analysis.actors[index].id.as_str()),
        Some("USA/GOV")
    );

    let text = "The Caspian Lawyers Association condemns the arrests. We call for their release.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(
        analysis.speaker.map(|index| analysis.actors[index].id.as_str()),
        Some("org:caspian-lawyers-association")
    );
    let analysis = analyse("It rained all day. We stayed in.", &ActorContext::default());
    assert_eq!(analysis.speaker, None);
    assert!(analysis.mentions.is_empty());
}

#[test]
fn tricky_inputs_do_not_panic() {
    let long_word = "a".repeat(10_000);
    let long_name = "Azerbaijan ".repeat(2_000);
    let inputs = [
        "",
        " ",
        "we",
        "We.",
        "US",
        "the",
        "The",
        "’s",
        "'s Armenia's",
        "🇦🇿🇦🇲 😀 we 👍🏽",
        &long_word,
        &long_name,
        "of the of the of",
        "Ministry of",
        "Secretary of State",
        "Mr.",
        "the same",
        "this country",
        "its its its",
        "\u{feff}\u{200b}Armenia\u{0301}",
        "Community Community Community",
        "The The Forum",
        "\"\"\"''' “”",
        "Azerbaijanis'",
        "The U.S.-Azerbaijan Forum of",
        "Blinken's Blinken’s",
        "1990-01-01 2021",
    ];
    for text in inputs {
        for date in [None, Some("2021"), Some("garbage"), Some("2021-13-45"), Some("")] {
            let context = ActorContext {
                date,
                source: Some(text),
                speaker_country: Some(text),
                title: Some(text),
            };
            let analysis = analyse(text, &context);
            for mention in &analysis.mentions {
                assert!(text.get(mention.range.clone()).is_some());
            }
        }
    }
}

#[test]
fn non_ascii_names_slice_on_character_boundaries() {
    let text = "İlham Əliyev met officials in Bakı. Ереван responded; Türkiye and Côte d’Ivoire watched. \
                Président Erdoğan’s government spoke.";
    let analysis = analyse(
        text,
        &ActorContext {
            date: Some("2020"),
            ..ActorContext::default()
        },
    );
    for mention in &analysis.mentions {
        assert!(text.is_char_boundary(mention.range.start) && text.is_char_boundary(mention.range.end));
    }
    for actor in &analysis.actors {
        for span in &actor.mentions {
            assert!(span.slices(text));
        }
    }
    assert_eq!(mentions_of(text, &analysis, "TUR"), ["Türkiye"]);
}

#[test]
fn he_and_she_refer_to_the_person_named_just_before() {
    let text = "Sergey Lavrov met the envoy on Monday. He rejected the proposal. \
                The talks ended. The weather was cold. She left early.";
    let context = ActorContext {
        date: Some("2023-05-02"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:sergey-lavrov"),
        ["Sergey Lavrov", "He"]
    );
}

#[test]
fn a_government_speaks_of_its_own_office_holder_as_the_secretary() {
    let text = "The Secretary welcomed the agreement. The Secretary General of NATO was absent.";
    let context = ActorContext {
        speaker_country: Some("USA"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &context);
    assert_eq!(mentions_of(text, &analysis, "USA/GOV"), ["Secretary"]);
}

#[test]
fn regions_and_agreements_named_after_places_are_not_actors() {
    let text = "Leaders of North America and Latin America urged full implementation of the Minsk agreements. America and Belarus disagreed.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(mentions_of(text, &analysis, "USA"), ["America"]);
    assert!(mentions_of(text, &analysis, "BLR/GOV").is_empty());
    assert_eq!(mentions_of(text, &analysis, "BLR"), ["Belarus"]);

    // A region's demonym is the region's too: `American` inside it is not the United States.
    let text = "The agreements signed by the Central American Presidents helped Central Americans. American aid followed.";
    let analysis = analyse(text, &ActorContext::default());
    let usa: Vec<String> = summary(text, &analysis)
        .into_iter()
        .filter(|(actor, _)| actor.starts_with("USA"))
        .flat_map(|(_, mentions)| mentions)
        .collect();
    assert_eq!(usa, ["American"]);
}

#[test]
fn a_capital_that_opens_the_name_of_a_document_meeting_or_group_is_no_government() {
    let text = "The parties signed the Lusaka Protocol, we support the Abuja Agreement, and she will attend the Bucharest Nine Ministerial and the Vienna talks at Georgetown University.";
    let analysis = analyse(text, &ActorContext::default());
    let actors: Vec<String> = summary(text, &analysis)
        .into_iter()
        .map(|(actor, _)| actor)
        .collect();
    for government in ["ZMB/GOV", "NGA/GOV", "ROU/GOV", "AUT/GOV", "GUY/GOV"] {
        assert!(
            !actors.iter().any(|actor| actor == government),
            "{government} in {actors:?}"
        );
    }

    // Elsewhere the capital still stands for its government, a verb after it included
    // (`Beijing accords great importance`), and so does a capital with a possessive ending.
    let text = "Lusaka rejected the claims. Beijing accords great importance to the talks. Abuja’s Declaration was read.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(mentions_of(text, &analysis, "ZMB/GOV"), ["Lusaka"]);
    assert_eq!(mentions_of(text, &analysis, "CHN/GOV"), ["Beijing"]);
    assert_eq!(mentions_of(text, &analysis, "NGA/GOV"), ["Abuja"]);
}

#[test]
fn an_office_holder_of_an_organisation_carries_the_organisation() {
    let text = "IAEA Director General Rafael Grossi asked Iran for a response.";
    let dated = ActorContext {
        date: Some("2021-05-20"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &dated);
    let grossi = analysis
        .actors
        .iter()
        .find(|actor| actor.id == "person:rafael-grossi")
        .expect("Grossi is an office holder");
    assert_eq!(grossi.country, None);
    assert_eq!(grossi.organisation.as_deref(), Some("org:IAEA"));
}

#[test]
fn names_match_with_typographic_apostrophes() {
    let text = "The People’s Republic of China continues to coerce its neighbours.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(
        mentions_of(text, &analysis, "CHN"),
        ["People’s Republic of China", "its"]
    );
    assert!(mentions_of(text, &analysis, "TWN").is_empty());
}

#[test]
fn first_person_possessives_compose_with_sectors_and_titles_of_the_speaker() {
    let text = "Our diplomats visited the camp. My President met the refugees. Our people are proud.";
    let un = ActorContext {
        speaker_country: Some("IDN"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &un);
    assert_eq!(
        mentions_of(text, &analysis, "IDN/GOV"),
        ["Our diplomats", "My President"]
    );
    assert_eq!(mentions_of(text, &analysis, "IDN/CVL"), ["Our people"]);
}

#[test]
fn officials_unknown_to_the_gazetteer_are_named_by_their_title() {
    let text = "Senior Bureau Official Moy urged ASEAN to act. Assistant Secretary Lu met Foreign \
                Secretary Shringla and Ukrainian Foreign Minister Jane Doe. The General Assembly \
                voted.";
    let state = ActorContext {
        source: Some("U.S. Department of State, Office of the Spokesperson"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &state);
    let official = |id: &str| {
        analysis
            .actors
            .iter()
            .find(|actor| actor.id == id)
            .map(|actor| (actor.country.as_deref(), actor.sector.as_deref()))
    };
    // A rank a government gives its own staff: the speaker's country.
    assert_eq!(official("person:moy"), Some((Some("USA"), Some("GOV"))));
    assert_eq!(official("person:lu"), Some((Some("USA"), Some("GOV"))));
    assert_eq!(
        mentions_of(text, &analysis, "person:moy"),
        ["Senior Bureau Official Moy"]
    );
    // A foreign post without a country word: no country.
    assert_eq!(official("person:shringla"), Some((None, Some("GOV"))));
    // An envoy's family name that the gazetteer gives to heads of state is the envoy's.
    let text = "Special Representative Kim condemned the launches. The Maduro regime harbours them.";
    let analysis = analyse(
        text,
        &ActorContext {
            date: Some("2021-06-01"),
            ..state
        },
    );
    assert_eq!(
        mentions_of(text, &analysis, "person:kim"),
        ["Special Representative Kim"]
    );
    assert!(mentions_of(text, &analysis, "person:kim-jong-un").is_empty());
    // A government named after its head is that head's country's government.
    assert_eq!(mentions_of(text, &analysis, "VEN/GOV"), ["regime"]);
    // An ambassador may be a foreign envoy to the speaker (no country is guessed), but `our`
    // makes any official the speaker's.
    let text = "We welcome Ambassador Anatoly Antonov’s return. Our Chargé d’Affaires Kristina Kvien \
                travelled to Kyiv.";
    let analysis = analyse(text, &state);
    let country_of = |id: &str| {
        analysis
            .actors
            .iter()
            .find(|actor| actor.id == id)
            .map(|actor| actor.country.clone())
    };
    assert_eq!(country_of("person:anatoly-antonov"), Some(None));
    assert_eq!(country_of("person:kristina-kvien"), Some(Some("USA".to_owned())));
    assert!(mentions_of(text, &analysis, "person:assembly").is_empty());
}

#[test]
fn sector_terms_match_with_typographic_apostrophes() {
    let text = "The Chargé d’Affaires met the protesters. The Chargé d'Affaires left.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(
        mentions_of(text, &analysis, "group:GOV"),
        ["Chargé d’Affaires", "Chargé d'Affaires"]
    );
}

#[test]
fn an_extraposed_it_refers_to_no_one() {
    let text = "China supports Afghanistan. It is important to help Afghanistan now.";
    let analysis = analyse(text, &ActorContext::default());
    assert!(!analysis
        .mentions
        .iter()
        .any(|mention| &text[mention.range.clone()] == "It"));
}

#[test]
fn a_subject_it_prefers_the_subject_of_its_sentence() {
    let text =
        "Russia has yet to fulfil the agreement brokered by the European Union; it continues to ignore it.";
    let analysis = analyse(text, &ActorContext::default());
    let subject_it = analysis
        .mentions
        .iter()
        .find(|mention| &text[mention.range.clone()] == "it")
        .expect("the subject `it` resolves");
    assert_eq!(analysis.actors[subject_it.actor].id, "RUS");
}

#[test]
fn a_demonym_before_a_plain_noun_is_a_modifier_that_pronouns_skip() {
    let text = "Armenia ended its occupation of Azerbaijani lands and its policy of expulsion.";
    let analysis = analyse(text, &ActorContext::default());
    let modifier = analysis
        .mentions
        .iter()
        .find(|mention| &text[mention.range.clone()] == "Azerbaijani")
        .expect("the demonym is a mention");
    assert_eq!(modifier.kind, MentionKind::Modifier);
    assert_eq!(analysis.actors[modifier.actor].id, "AZE");
    assert_eq!(mentions_of(text, &analysis, "ARM"), ["Armenia", "its", "its"]);
}

#[test]
fn a_subject_they_is_the_plural_or_personal_subject_of_the_sentence_before() {
    let context = ActorContext {
        date: Some("2022-03-04"),
        ..ActorContext::default()
    };
    // A readout: `they` after `Blinken spoke with Rau` is the two, first-named first.
    let text = "Secretary Blinken spoke with Foreign Minister Zbigniew Rau. They discussed Ukraine.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:antony-blinken"),
        ["Secretary Blinken", "They"]
    );
    // A coordinated subject.
    let text = "Germany and France condemned the attack. They also agreed on sanctions.";
    let analysis = analyse(text, &context);
    assert_eq!(mentions_of(text, &analysis, "DEU"), ["Germany", "They"]);
    assert_eq!(mentions_of(text, &analysis, "FRA"), ["France", "They"]);
    // `they` is both sides of a readout's meeting, also after a sentence of the speaker's own
    // office holder.
    let text = "Secretary Blinken spoke with Foreign Minister Zbigniew Rau. The Secretary thanked \
                the people of Poland. They also discussed Ukraine.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:antony-blinken"),
        ["Secretary Blinken", "Secretary", "They"]
    );
    assert_eq!(
        mentions_of(text, &analysis, "person:zbigniew-rau"),
        ["Foreign Minister Zbigniew Rau", "They"]
    );
    // A single country is no antecedent of `they`, nor is a subject two sentences back, nor a
    // `they` that is no subject.
    let text = "Russia attacked Ukraine. They left. The talks ended. Germany and France met. \
                The talks went on. Nobody asked them what they want.";
    let analysis = analyse(text, &context);
    assert_eq!(mentions_of(text, &analysis, "RUS"), ["Russia"]);
    assert_eq!(mentions_of(text, &analysis, "DEU"), ["Germany"]);
}

#[test]
fn a_plural_title_or_a_bare_title_names_the_persons_met() {
    let context = ActorContext {
        date: Some("2022-03-04"),
        ..ActorContext::default()
    };
    // Every side of a meeting with several, named by their plural title.
    let text = "Secretary Blinken met with Foreign Minister Dmytro Kuleba and Foreign Minister \
                Zbigniew Rau. The Ministers condemned the attack.";
    let analysis = analyse(text, &context);
    for person in [
        "person:antony-blinken",
        "person:dmytro-kuleba",
        "person:zbigniew-rau",
    ] {
        assert_eq!(
            mentions_of(text, &analysis, person).last().map(String::as_str),
            Some("The Ministers"),
            "{person}"
        );
    }
    // A bare title is the one person the text has named with it; with two, it is no one's.
    let text = "Secretary Blinken met with Foreign Minister Zbigniew Rau. The Secretary and Foreign \
                Minister condemned the attack.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:zbigniew-rau"),
        ["Foreign Minister Zbigniew Rau", "Foreign Minister"]
    );
    // An ordinal may open the bare title, and a country before a bracketed abbreviation and an
    // ordinal is the official's; a known family name before another given name is another
    // person's (Cho Hyundong is no office holder named Cho).
    let text = "Deputy Secretary Wendy Sherman met with Republic of Korea (ROK) First Vice Foreign \
                Minister Cho Hyundong. The Deputy Secretary and First Vice Foreign Minister condemned \
                the launches.";
    let analysis = analyse(text, &context);
    let cho = analysis
        .actors
        .iter()
        .find(|actor| actor.id == "person:cho-hyundong")
        .expect("Cho Hyundong is an official");
    assert_eq!(cho.country.as_deref(), Some("KOR"));
    assert_eq!(
        mentions_of(text, &analysis, "person:cho-hyundong")
            .last()
            .map(String::as_str),
        Some("First Vice Foreign Minister")
    );
    // `her counterparts` are the other sides of the meeting before; a country word before a
    // title is the official's even when the family name is a known one (Mori).
    let text = "Deputy Secretary Wendy Sherman spoke today with Japanese Vice Foreign Minister Mori \
                Takeo and Foreign Minister Zbigniew Rau. Deputy Secretary Sherman and her \
                counterparts condemned the launches.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:mori-takeo"),
        ["Japanese Vice Foreign Minister Mori Takeo", "her counterparts"]
    );
    assert_eq!(
        mentions_of(text, &analysis, "person:zbigniew-rau"),
        ["Foreign Minister Zbigniew Rau", "her counterparts"]
    );
    let text = "Blinken met Foreign Minister Dmytro Kuleba and Foreign Minister Zbigniew Rau. The \
                Foreign Minister left.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:zbigniew-rau"),
        ["Foreign Minister Zbigniew Rau"]
    );
}

#[test]
fn a_title_before_another_persons_full_name_with_a_known_family_name_makes_an_unknown_official() {
    let context = ActorContext {
        date: Some("2022-03-04"),
        ..ActorContext::default()
    };
    // Ali is a family name of Abiy Ahmed Ali, in office then; Irfaan Ali is another person.
    let text = "Secretary Blinken met with Guyanese President Irfaan Ali.\n\nPRESIDENT ALI: Thank \
                you. President Ali welcomed the visit.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:irfaan-ali"),
        ["Guyanese President Irfaan Ali", "PRESIDENT ALI", "President Ali"]
    );
    assert!(mentions_of(text, &analysis, "person:abiy-ahmed").is_empty());
}

#[test]
fn a_bare_organisation_head_is_the_organisation_named_before() {
    let text = "Ukraine asked the International Court of Justice for provisional measures. \
                Today the Court called on Russia to suspend its operations. The Court of Appeal \
                did not sit.";
    let analysis = analyse(text, &ActorContext::default());
    assert_eq!(
        mentions_of(text, &analysis, "org:ICJ"),
        ["International Court of Justice", "Court"]
    );
}

#[test]
fn treaties_named_after_a_capital_are_not_its_government() {
    let text = "The Budapest Memorandum and the Helsinki Final Act were signed long ago.";
    let analysis = analyse(text, &ActorContext::default());
    assert!(analysis.actors.is_empty(), "{:?}", summary(text, &analysis));
}

#[test]
fn an_official_the_text_names_without_a_country_takes_the_one_the_title_gives() {
    let text =
        "Secretary Blinken welcomed Foreign Minister Popescu.\nFOREIGN MINISTER POPESCU: We thank you.";
    let titled = ActorContext {
        date: Some("2022-03-07"),
        title: Some(
            "Secretary Antony J. Blinken and Moldovan Foreign Minister Nicu Popescu Before Their Meeting",
        ),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &titled);
    let popescu = analysis
        .actors
        .iter()
        .find(|actor| actor.id == "person:popescu")
        .unwrap();
    assert_eq!(popescu.country.as_deref(), Some("MDA"));
    // The turn label and the turn's first person are the official's.
    assert_eq!(
        mentions_of(text, &analysis, "person:popescu"),
        ["Foreign Minister Popescu", "FOREIGN MINISTER POPESCU", "We"]
    );
    // Without the title, the official has no country; a country word before the title gives one.
    let untitled = ActorContext {
        date: Some("2022-03-07"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &untitled);
    assert!(analysis
        .actors
        .iter()
        .any(|actor| actor.id == "person:popescu" && actor.country.is_none()));
    let text = "Moldovan Foreign Minister Nicu Popescu met Secretary Blinken.";
    let analysis = analyse(text, &untitled);
    assert_eq!(
        mentions_of(text, &analysis, "person:nicu-popescu"),
        ["Moldovan Foreign Minister Nicu Popescu"]
    );
}

#[test]
fn a_post_of_a_named_country_or_body_is_no_unknown_official() {
    let text = "We welcome the President of South Africa and the Vice-President of the African National \
                Congress. The Secretary General's report was read.";
    let analysis = analyse(text, &ActorContext::default());
    let ids: Vec<String> = summary(text, &analysis).into_iter().map(|(id, _)| id).collect();
    // The post is the country's government or the body, not a person named `Africa`, `Congress`
    // or `General`.
    assert!(ids.iter().all(|id| !id.starts_with("person:")), "{ids:?}");
    assert_eq!(
        mentions_of(text, &analysis, "ZAF/GOV"),
        ["President of South Africa"]
    );
}

#[test]
fn an_unknown_officials_name_runs_through_particles_and_initials() {
    let text =
        "President Kipchoge arap Keino met President José Manuel dos Reis. President John F. Kennedy spoke.";
    let analysis = analyse(text, &ActorContext::default());
    let ids: Vec<String> = summary(text, &analysis).into_iter().map(|(id, _)| id).collect();
    assert_eq!(
        ids,
        [
            "person:kipchoge-arap-keino",
            "person:josé-manuel-dos-reis",
            "person:john-f-kennedy"
        ]
    );
}

#[test]
fn a_one_word_alias_after_a_capitalised_word_heads_an_unknown_name() {
    let text = "The leaders of ECOWAS and the Gulf of Guinea Commission met. The Global Fund helped. \
                The European Commission spoke, and the Commission agreed.";
    let analysis = analyse(text, &ActorContext::default());
    // `Commission` in the Gulf of Guinea's name and `Fund` in the Global Fund's are not the
    // European Commission or the IMF; the Gulf of Guinea Commission is known by its full name.
    assert_eq!(
        mentions_of(text, &analysis, "org:EC"),
        ["European Commission", "Commission"]
    );
    assert_eq!(
        mentions_of(text, &analysis, "org:GGC"),
        ["Gulf of Guinea Commission"]
    );
    assert!(mentions_of(text, &analysis, "org:IMF").is_empty());
}

#[test]
fn the_its_of_a_verb_after_an_aside_is_the_speaker_state_s() {
    let text = "My country, while stating its commitment to Security Council resolutions, reiterates its \
                condemnation of terrorism and reaffirms its support for Kenya.";
    let context = ActorContext {
        speaker_country: Some("MRT"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &context);
    let speaker = analysis.speaker.expect("the speaker is known");
    let speaker_mentions: Vec<&str> = analysis
        .mentions
        .iter()
        .filter(|mention| mention.actor == speaker)
        .map(|mention| &text[mention.range.clone()])
        .collect();
    assert_eq!(
        speaker_mentions.iter().filter(|text| **text == "its").count(),
        3,
        "{speaker_mentions:?}"
    );
    assert!(mentions_of(text, &analysis, "org:UNSC")
        .iter()
        .all(|mention| mention != "its"));
}

#[test]
fn a_name_broken_at_its_hyphen_by_a_line_break_or_a_space_is_one_name() {
    // A hard-wrapped block, as typeset speeches are extracted: the newlines are wraps.
    let text = "We thank the Secretary-\nGeneral for his report on the situation in our region, and we\n\
                welcome the elections held in Timor- Leste and the progress made by Guinea-\n\
                Bissau towards peace, which the Secretary- General’s envoy has supported.";
    let context = ActorContext {
        speaker_country: Some("AUS"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "org:UN"),
        ["Secretary-\nGeneral", "his", "Secretary- General’s envoy"]
    );
    assert_eq!(mentions_of(text, &analysis, "TLS"), ["Timor- Leste"]);
    assert_eq!(mentions_of(text, &analysis, "GNB"), ["Guinea-\nBissau"]);
    // The speaker's own `Secretary` is not read into the broken title.
    assert!(mentions_of(text, &analysis, "AUS/GOV")
        .iter()
        .all(|mention| !mention.starts_with("Secretary")));
}

#[test]
fn a_speech_to_the_general_assembly_addresses_its_president_as_you() {
    let text = "Mr. President, I congratulate you on your election to the presidency of this Assembly. \
                Many of you will recall our admission. My delegation assures you of its support.";
    let context = ActorContext {
        speaker_country: Some("NAM"),
        ..ActorContext::default()
    };
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "org:UNGA"),
        ["you", "your", "this Assembly", "you"]
    );
    // A readout of a meeting with a head of state is not a speech to the Assembly.
    let readout =
        "Thank you, Mr. President, for hosting us. We will work with you at the UN General Assembly.";
    let analysis = analyse(readout, &context);
    assert_eq!(
        mentions_of(readout, &analysis, "org:UNGA"),
        ["UN General Assembly"]
    );
}

/// A State Department release: the publisher names the speaker, the corpus gives no country.
fn state_department_release() -> ActorContext<'static> {
    ActorContext {
        date: Some("2022-03-01"),
        source: Some("U.S. Department of State, Office of the Spokesperson"),
        ..ActorContext::default()
    }
}

#[test]
fn in_a_journalists_question_you_is_whoever_answers_it() {
    let context = state_department_release();
    let text = "MR PRICE: Good afternoon.\n\nQUESTION: Thank you, Ned. Would you support a visa program, \
                and why did your office ask you to wait?\n\nMR PRICE: We are looking at every option.";
    let analysis = analyse(text, &context);
    // The subject `you` and the possessive `your`; not the courtesy `Thank you`, nor the object
    // `ask you`.
    assert_eq!(
        mentions_of(text, &analysis, "person:ned-price"),
        ["MR PRICE", "you", "your", "MR PRICE", "We"]
    );
    // Outside a question, `you` names no one.
    let text = "MR PRICE: As you know, we support the program.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:ned-price"),
        ["MR PRICE", "we"]
    );
}

#[test]
fn the_president_and_the_administration_of_a_governments_release_are_its_own() {
    let context = state_department_release();
    let text = "The President's swift and severe sanctions have not deterred Russia. The administration \
                has provided weapons to Ukraine.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "USA/GOV"),
        ["President's", "administration"]
    );
    // In a General Debate speech the President is most often the Assembly's.
    let speech = ActorContext {
        date: Some("2022"),
        speaker_country: Some("FRA"),
        ..ActorContext::default()
    };
    let text = "We thank the President for his efforts.";
    let analysis = analyse(text, &speech);
    assert_eq!(mentions_of(text, &analysis, "FRA/GOV"), ["We"]);
}

#[test]
fn a_transcripts_title_is_the_publishers_office_holder_when_its_country_has_that_office() {
    let context = state_department_release();
    let text = "MR PRICE: The Secretary will travel to Rome.\n\nQUESTION: Is the Secretary going to meet \
                him?\n\nSECRETARY BLINKEN: I thank the Minister for his hospitality.";
    let analysis = analyse(text, &context);
    // `the Secretary` is the United States' in the spokesman's turn and in the question alike; no
    // office holder of the United States is a `Minister`, so that one is the other side's.
    assert_eq!(
        mentions_of(text, &analysis, "USA/GOV"),
        ["Secretary", "Secretary"]
    );
}

#[test]
fn each_party_of_a_hyphenated_compound_is_a_mention() {
    let context = state_department_release();
    let text = "They discussed the U.S.-Japan alliance, U.S.-EU trade and U.S.-based companies.";
    let analysis = analyse(text, &context);
    assert_eq!(mentions_of(text, &analysis, "USA"), ["U.S.", "U.S."]);
    assert_eq!(mentions_of(text, &analysis, "JPN"), ["Japan"]);
    assert_eq!(mentions_of(text, &analysis, "org:EU"), ["EU"]);
    // `based` names no party, so `U.S.-based` is no compound of parties; nor is a pair of
    // demonyms (`Israeli-Palestinian`).
    let text = "The Israeli-Palestinian conflict.";
    let analysis = analyse(text, &context);
    assert!(analysis.mentions.is_empty(), "{:?}", summary(text, &analysis));
}

#[test]
fn military_before_a_gift_is_its_kind_and_one_side_of_a_meeting_keeps_their_they() {
    let context = ActorContext {
        date: Some("2022-03-04"),
        ..ActorContext::default()
    };
    // `military assistance` names no armed forces; `the military` still does.
    let text = "Japan provided military assistance to Ukraine. The military seized power.";
    let analysis = analyse(text, &context);
    assert_eq!(mentions_of(text, &analysis, "group:MIL"), ["military"]);
    assert_eq!(
        analysis
            .mentions
            .first()
            .map(|mention| &text[mention.range.clone()]),
        Some("Japan")
    );
    // A sentence that one side of the meeting opens alone leaves the meeting's `they` to the
    // sentence after it.
    let text = "Secretary Blinken met with Foreign Minister Zbigniew Rau. Secretary Blinken reaffirmed \
                the alliance. They condemned the attack.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:zbigniew-rau"),
        ["Foreign Minister Zbigniew Rau", "They"],
        "{:?}",
        summary(text, &analysis)
    );
}

#[test]
fn cabinet_secretary_is_a_title() {
    let context = ActorContext {
        date: Some("2021-07-01"),
        ..ActorContext::default()
    };
    let text = "Secretary Blinken and Cabinet Secretary Omamo discussed the crisis.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "person:raychelle-omamo"),
        ["Cabinet Secretary Omamo"],
        "{:?}",
        summary(text, &analysis)
    );
}

#[test]
fn a_posts_name_before_a_known_person_is_a_title_not_an_organisation() {
    let context = ActorContext {
        date: Some("2021-06-11"),
        ..ActorContext::default()
    };
    let text = "Secretary Blinken spoke by phone with Chinese Communist Party Politburo Member and Director of the Office of the Foreign Affairs Commission Yang Jiechi today.";
    let analysis = analyse(text, &context);
    let actors = summary(text, &analysis);
    assert!(
        actors.iter().all(|(actor, _)| !actor.starts_with("org:")),
        "{actors:?}"
    );
    assert_eq!(
        mentions_of(text, &analysis, "person:yang-jiechi"),
        ["Yang Jiechi"]
    );

    // An organisation whose name is followed by a post and then a name keeps its name.
    let text = "The Western Azerbaijan Community Chairman spoke to the press.";
    let analysis = analyse(text, &context);
    assert_eq!(
        mentions_of(text, &analysis, "org:western-azerbaijan-community"),
        ["Western Azerbaijan Community"]
    );
}
