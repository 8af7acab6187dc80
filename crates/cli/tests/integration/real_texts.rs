//! Real statements: the canonical example and the State Department corpus in `../shared`, and the
//! examples that ship in `examples/`.

use crate::support::{assert_every_span_slices_the_text, rhetor, shared_file};

#[test]
fn canonical_statement_has_eight_sentences_and_four_scare_quotes() {
    let Some(path) = shared_file("examples/statement-wac-blinken.txt") else {
        return;
    };
    let run = rhetor(&["analyze", "--format", "json", path.to_str().expect("UTF-8 path")]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let analysis: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");

    assert_eq!(analysis["schema"], "rhetor/1");
    assert_eq!(analysis["sentences"].as_array().expect("sentences").len(), 8);
    assert_eq!(analysis["paragraphs"].as_array().expect("paragraphs").len(), 4);
    let scare_quotes: Vec<&str> = analysis["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .filter(|quote| quote["kind"] == "scare")
        .map(|quote| quote["content"]["text"].as_str().expect("quote content"))
        .collect();
    assert_eq!(
        scare_quotes,
        [
            "authoritative",
            "Armenian heritage",
            "human rights",
            "independent"
        ]
    );
    assert!(analysis["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .all(|quote| quote["kind"] != "direct"));
    assert_eq!(analysis["language"]["code"], "eng");
    for key in [
        "actors",
        "events",
        "techniques",
        "claims",
        "stances",
        "frames",
        "diagnostics",
    ] {
        assert!(analysis[key].is_array(), "{key} is a list");
    }
    assert!(assert_every_span_slices_the_text(&analysis) > 8 + 4 + 4);
}

#[test]
fn state_department_corpus_gives_one_line_per_document_with_its_id() {
    let Some(path) = shared_file("data/corpora/statements_state_dept_pr.jsonl") else {
        return;
    };
    let run = rhetor(&["analyze", "--format", "jsonl", path.to_str().expect("UTF-8 path")]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);

    let input = std::fs::read_to_string(&path).expect("readable corpus");
    let input_ids: Vec<String> = input
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON record")["id"].to_string())
        .collect();
    let output_lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(output_lines.len(), 2025);
    assert_eq!(input_ids.len(), 2025);
    for (output_line, input_id) in output_lines.iter().zip(&input_ids) {
        let analysis: serde_json::Value =
            serde_json::from_str(output_line).expect("one JSON object per line");
        assert_eq!(&analysis["id"].to_string(), input_id);
        assert_every_span_slices_the_text(&analysis);
    }
}

#[test]
fn shipped_statement_example_runs_as_the_readme_says() {
    let run = rhetor(&["analyze", "examples/statement-ministry-condemnation.txt"]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    // Not a terminal, so the default is JSON Lines: one line for one document.
    let analysis: serde_json::Value = serde_json::from_str(run.stdout.trim_end()).expect("one JSON line");
    assert_eq!(analysis["id"], "examples/statement-ministry-condemnation.txt");
    assert!(!analysis["sentences"].as_array().expect("sentences").is_empty());
}

#[test]
fn text_format_summarises_for_a_reader() {
    let run = rhetor(&[
        "analyze",
        "--format",
        "text",
        "examples/statement-ministry-condemnation.txt",
    ]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("== examples/statement-ministry-condemnation.txt =="),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("language: English (eng"), "{}", run.stdout);
    assert!(run.stdout.contains("scare "), "{}", run.stdout);
}

#[test]
fn html_page_keeps_title_date_and_article_text_only() {
    let run = rhetor(&["analyze", "--format", "json", "examples/news-report.html"]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let analysis: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    assert_eq!(
        analysis["title"],
        "Foreign ministers trade accusations over border clash | Example Wire"
    );
    assert_eq!(analysis["date"], "2024-05-14");
    let text = analysis["text"].as_str().expect("text");
    assert!(text.contains("urged both sides to show restraint"), "{text}");
    for boilerplate in ["Home", "Privacy", "Related", "analytics"] {
        assert!(
            !text.contains(boilerplate),
            "{boilerplate:?} leaked into {text:?}"
        );
    }
    assert_every_span_slices_the_text(&analysis);
}

#[test]
fn jsonl_corpus_as_json_is_an_array_in_input_order() {
    let run = rhetor(&["analyze", "--format", "json", "examples/corpus.jsonl"]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let analyses: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    let ids: Vec<&str> = analyses
        .as_array()
        .expect("an array")
        .iter()
        .map(|a| a["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["mfa-2024-031", "ngo-2024-007", "embassy-2024-112"]);
    assert_eq!(analyses[2]["date"], "2024-04-09");
}

#[test]
fn stdin_is_read_when_the_input_is_a_dash() {
    let run = crate::support::rhetor_in(
        &crate::support::repository_root(),
        &["analyze", "--format", "json", "-"],
        Some("The Ministry rejects these accusations. Mr. Smith said so.".as_bytes()),
    );
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let analysis: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    assert_eq!(analysis["id"], "-");
    assert_eq!(analysis["sentences"].as_array().expect("sentences").len(), 2);
}

/// An event as `(source, target, cameo, negated, modality)`, actors by country or id.
type CodedEvent = (Option<String>, Option<String>, String, bool, String);

/// Issue 3's acceptance on the canonical statement: its actors and the events it is made of.
#[test]
fn canonical_statement_has_its_actors_and_events() {
    let Some(path) = shared_file("examples/statement-wac-blinken.txt") else {
        return;
    };
    let run = rhetor(&["analyze", "--format", "json", path.to_str().expect("UTF-8 path")]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let analysis: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON output");
    let actor = |id: &str| {
        analysis["actors"]
            .as_array()
            .expect("actors")
            .iter()
            .find(|actor| actor["id"] == id)
            .cloned()
    };
    let community = actor("org:western-azerbaijan-community").expect("the Western Azerbaijan Community");
    assert_eq!(
        (community["country"].as_str(), community["sector"].as_str()),
        (Some("AZE"), Some("NGO"))
    );
    for country in ["AZE", "ARM", "USA"] {
        assert!(actor(country).is_some(), "{country} is an actor");
    }
    let blinken = actor("person:antony-blinken").expect("Antony Blinken");
    assert_eq!(
        (blinken["country"].as_str(), blinken["sector"].as_str()),
        (Some("USA"), Some("GOV"))
    );

    let country_of = |id: &serde_json::Value| -> Option<String> {
        let id = id.as_str()?;
        if id == "org:western-azerbaijan-community" {
            return Some("WAC".to_owned());
        }
        let actor = actor(id)?;
        Some(
            actor["country"]
                .as_str()
                .map_or_else(|| id.to_owned(), str::to_owned),
        )
    };
    let events: Vec<CodedEvent> = analysis["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|event| {
            (
                country_of(&event["source"]),
                country_of(&event["target"]),
                event["cameo"].as_str().expect("cameo").to_owned(),
                event["negated"].as_bool().expect("negated"),
                event["modality"].as_str().expect("modality").to_owned(),
            )
        })
        .collect();
    let has = |source: &str, target: &str, cameo_prefix: &str, negated: bool, modality: &str| {
        events.iter().any(
            |(event_source, event_target, cameo, event_negated, event_modality)| {
                event_source.as_deref() == Some(source)
                    && event_target.as_deref() == Some(target)
                    && cameo.starts_with(cameo_prefix)
                    && *event_negated == negated
                    && event_modality == modality
            },
        )
    };
    assert!(
        has("WAC", "USA", "111", false, "asserted"),
        "WAC condemns the US: {events:?}"
    );
    assert!(
        has("WAC", "ARM", "112", false, "asserted"),
        "WAC accuses Armenia: {events:?}"
    );
    // Not answering a letter withholds cooperation: a negated 030 (data/gold/README.md).
    assert!(
        has("USA", "WAC", "030", true, "asserted"),
        "the US did not respond: {events:?}"
    );
    assert!(
        has("USA", "ARM", "111", true, "asserted"),
        "no US condemnation of Armenia: {events:?}"
    );
    assert!(
        has("WAC", "USA", "10", false, "demanded"),
        "WAC demands of the US: {events:?}"
    );
}

#[test]
fn text_format_shows_events_with_their_negation_and_the_stances() {
    let Some(path) = shared_file("examples/statement-wac-blinken.txt") else {
        return;
    };
    let run = rhetor(&["analyze", "--format", "text", path.to_str().expect("UTF-8 path")]);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    for section in [
        "\nactors:\n",
        "\nevents:\n",
        "\nstance of the speaker:\n",
        "\ncheck-worthy claims",
    ] {
        assert!(
            run.stdout.contains(section),
            "{section:?} missing from:\n{}",
            run.stdout
        );
    }
    assert!(
        run.stdout.contains("USA -> ARM  ACCUSE (111) [NOT]"),
        "{}",
        run.stdout
    );
}

#[test]
fn event_gold_files_are_scored_each_and_pooled() {
    let Some(corpora) = shared_file("data/corpora") else {
        return;
    };
    let gold = |name: &str| {
        crate::support::repository_root()
            .join("data/gold")
            .join(name)
            .to_str()
            .expect("UTF-8 path")
            .to_owned()
    };
    let (first, second) = (gold("events-heldout102.jsonl"), gold("events-heldout103.jsonl"));
    let corpora = corpora.to_str().expect("UTF-8 path").to_owned();
    let detected = |output: &str| -> Vec<usize> {
        output
            .lines()
            .filter_map(|line| line.strip_prefix("detection recall"))
            .map(|rest| {
                let count = rest.split('(').nth(1).and_then(|inside| inside.split(' ').next());
                count
                    .and_then(|count| count.parse().ok())
                    .expect("a detected count")
            })
            .collect()
    };
    let one = rhetor(&["eval", "events", &first, "--corpora", &corpora]);
    let both = rhetor(&["eval", "events", &first, &second, "--corpora", &corpora]);
    assert_eq!(both.exit_code, 0, "{}", both.stderr);
    assert!(both.stdout.contains("events: pooled over 2 gold files"));
    let [alone] = detected(&one.stdout)[..] else {
        panic!("one file, one report: {}", one.stdout)
    };
    let [first_count, second_count, pooled] = detected(&both.stdout)[..] else {
        panic!("two reports and the pooled one: {}", both.stdout)
    };
    assert_eq!(first_count, alone);
    assert_eq!(pooled, first_count + second_count);
}
