//! The canonical example: the Western Azerbaijan Community's statement on Antony Blinken.

use rhetor_actors::{find_actors, ActorAnalysis, ActorContext, MentionKind};

/// Where the shared example lives, outside the repository.
const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/examples/statement-wac-blinken.txt"
);

/// The example's analysis, or `None` (with a note) when the file is absent.
fn analyse_example() -> Option<(String, ActorAnalysis)> {
    let Ok(text) = std::fs::read_to_string(EXAMPLE) else {
        eprintln!("skipping: the canonical example {EXAMPLE} is not present");
        return None;
    };
    let segmentation = rhetor_segment::segment(&text);
    let analysis = find_actors(&text, &segmentation, &ActorContext::default());
    Some((text, analysis))
}

/// The actor with `id`, with its mention texts.
fn actor<'a>(analysis: &'a ActorAnalysis, id: &str) -> (&'a rhetor_schema::Actor, Vec<&'a str>) {
    let actor = analysis
        .actors
        .iter()
        .find(|actor| actor.id == id)
        .unwrap_or_else(|| panic!("no actor {id}"));
    (
        actor,
        actor.mentions.iter().map(|span| span.text.as_str()).collect(),
    )
}

#[test]
fn the_example_yields_its_actors() {
    let Some((text, analysis)) = analyse_example() else {
        return;
    };
    let (community, mentions) = actor(&analysis, "org:western-azerbaijan-community");
    assert_eq!(community.actor_type, "organisation");
    assert_eq!(community.name, "Western Azerbaijan Community");
    assert_eq!(
        (community.country.as_deref(), community.sector.as_deref()),
        (Some("AZE"), Some("NGO"))
    );
    assert!(mentions.contains(&"Western Azerbaijan Community"));
    assert!(mentions.contains(&"West Azerbaijan Community"));
    let speaker = analysis.speaker.map(|index| analysis.actors[index].id.as_str());
    assert_eq!(speaker, Some("org:western-azerbaijan-community"));
    let speaker_mentions = analysis
        .mentions
        .iter()
        .filter(|mention| mention.kind == MentionKind::Speaker);
    assert!(speaker_mentions.count() >= 5);

    let (azerbaijan, _) = actor(&analysis, "AZE");
    assert_eq!(
        (azerbaijan.actor_type.as_str(), azerbaijan.country.as_deref()),
        ("country", Some("AZE"))
    );
    assert_eq!(actor(&analysis, "ARM").0.actor_type, "country");
    let (_, usa) = actor(&analysis, "USA");
    assert!(usa.contains(&"US") && usa.contains(&"United States"));

    let (blinken, blinken_mentions) = actor(&analysis, "person:antony-blinken");
    assert_eq!(
        (blinken.country.as_deref(), blinken.sector.as_deref()),
        (Some("USA"), Some("GOV"))
    );
    assert_eq!(
        blinken_mentions,
        ["US Secretary of State Anthony Blinken", "Anthony Blinken"]
    );

    let (_, government) = actor(&analysis, "USA/GOV");
    assert!(government.contains(&"US officials"));
    assert!(government.contains(&"officials of this country"));
    assert!(government.contains(&"American institutions"));
    let (_, civilians) = actor(&analysis, "AZE/CVL");
    for expected in [
        "Azerbaijani society",
        "Western Azerbaijanis",
        "Azerbaijani people",
    ] {
        assert!(civilians.contains(&expected), "{expected}");
    }
    assert_eq!(actor(&analysis, "ARM/REB").1, ["separatists"]);
    assert_eq!(actor(&analysis, "USA/COP").1, ["police", "law enforcement"]);
    assert_eq!(actor(&analysis, "group:NGO").1, ["NGOs"]);

    // No mention starts with the article, all are sorted and none overlap.
    for pair in analysis.mentions.windows(2) {
        assert!(
            pair[0].range.end <= pair[1].range.start,
            "{:?}",
            &text[pair[1].range.clone()]
        );
    }
    for mention in &analysis.mentions {
        assert!(!text[mention.range.clone()].starts_with("the "));
        assert!(!text[mention.range.clone()].starts_with("The "));
    }
}
