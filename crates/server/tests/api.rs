//! The API driven without a socket: `app()` and `tower::ServiceExt::oneshot`, against a small store
//! ingested from analyses of a few statements.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, Request, StatusCode};
use axum::Router;
use rhetor_schema::Document;
use rhetor_server::{app, route_table, ServerConfig, ServerState, OPENAPI_JSON};
use serde_json::Value;
use tower::ServiceExt;

/// Three dated statements with accusations both ways between the United States and Russia, an id
/// with slashes, and a hostile one.
fn fixture_documents() -> Vec<Document> {
    let mut documents = vec![
        Document::new(
            "state/2024/001",
            "The United States condemns Russia for its brutal attack on Ukraine. Secretary Blinken \
             accused Russia of war crimes in Bucha.",
        ),
        Document::new(
            "mfa-2",
            "Russia accused the United States of interference. We condemn the so-called \"sanctions\" \
             imposed by Washington.",
        ),
        Document::new(
            "hostile",
            "<script>alert(1)</script> The United States condemns [brackets] and <img src=x onerror=alert(1)>.",
        ),
    ];
    let dates = ["2024-03-05", "2024-04-10", "2024-05-01"];
    let sources = ["Department of State", "Ministry", "Ministry"];
    for ((document, date), source) in documents.iter_mut().zip(dates).zip(sources) {
        document.date = Some(date.to_string());
        document.source = Some(source.to_string());
        document.title = Some(format!("Statement {}", document.id));
    }
    documents
}

struct Fixture {
    app: Router,
    _directory: tempfile::TempDir,
}

fn corpus_fixture(config: impl FnOnce(&mut ServerConfig)) -> Fixture {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let path = directory.path().join("corpus.db");
    let mut store = rhetor_store::Store::open(&path).expect("a new store");
    let analyses: Vec<_> = fixture_documents()
        .into_iter()
        .map(|document| rhetor_core::analyze(document, &rhetor_core::AnalyzeOptions::default()))
        .collect();
    store.ingest_batch(&analyses).expect("the fixture ingests");
    drop(store);
    let mut server_config = ServerConfig::with_database(Some(path));
    config(&mut server_config);
    let state = ServerState::new(server_config).expect("the server state");
    Fixture {
        app: app(state),
        _directory: directory,
    }
}

fn analysis_only(config: impl FnOnce(&mut ServerConfig)) -> Router {
    let mut server_config = ServerConfig::with_database(None);
    config(&mut server_config);
    app(ServerState::new(server_config).expect("the server state"))
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Bytes,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "not JSON ({error}): {}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(400)])
            )
        })
    }

    fn content_type(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
    }

    fn error_code(&self) -> String {
        self.json()["error"]["code"].as_str().unwrap_or("").to_string()
    }
}

async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app
        .clone()
        .oneshot(request)
        .await
        .expect("the router never fails");
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("a readable body");
    Answer {
        status,
        headers,
        body,
    }
}

async fn get(app: &Router, uri: &str) -> Answer {
    send(app, Request::get(uri).body(Body::empty()).expect("a request")).await
}

async fn post_json(app: &Router, uri: &str, body: &Value) -> Answer {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("a request");
    send(app, request).await
}

/// A request whose body never arrives: the handler that reads it waits until it is dropped.
fn request_with_endless_body(uri: &str) -> Request<Body> {
    let endless = futures_util::stream::pending::<Result<Bytes, std::io::Error>>();
    Request::post(uri)
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from_stream(endless))
        .expect("a request")
}

/// A request that exercises each route of the table with the fixture's data.
fn example_request(method: &str, openapi_path: &str) -> Request<Body> {
    let uri = openapi_path
        .replace("/api/documents/{id}", "/api/documents/state/2024/001")
        .replace("{id}", "USA");
    match method {
        "POST" => Request::post(uri)
            .header(header::CONTENT_TYPE, "text/plain")
            .body(Body::from("The United States condemns Russia."))
            .expect("a request"),
        _ => {
            let uri = if uri == "/api/search" {
                "/api/search?q=condemn".to_string()
            } else {
                uri
            };
            Request::get(uri).body(Body::empty()).expect("a request")
        }
    }
}

#[tokio::test]
async fn every_route_of_the_table_answers_successfully() {
    let fixture = corpus_fixture(|_| {});
    for route in route_table() {
        let answer = send(&fixture.app, example_request(route.method, route.openapi_path)).await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{} {}: {}",
            route.method,
            route.openapi_path,
            String::from_utf8_lossy(&answer.body)
        );
    }
}

#[test]
fn the_openapi_document_describes_exactly_the_api_routes() {
    let openapi: Value = serde_json::from_str(OPENAPI_JSON).expect("openapi.json is JSON");
    assert!(openapi["openapi"]
        .as_str()
        .is_some_and(|version| version.starts_with("3.")));
    let paths = openapi["paths"].as_object().expect("paths");
    let table = route_table();
    for route in table.iter().filter(|route| route.is_api) {
        let operation = &paths
            .get(route.openapi_path)
            .unwrap_or_else(|| panic!("{} is missing from openapi.json", route.openapi_path))
            [route.method.to_ascii_lowercase()];
        assert!(
            operation["responses"]["200"].is_object(),
            "{} {} has no 200 response in openapi.json",
            route.method,
            route.openapi_path
        );
    }
    for (path, operations) in paths {
        for method in operations.as_object().expect("operations").keys() {
            assert!(
                table
                    .iter()
                    .any(|route| route.openapi_path == path && route.method.eq_ignore_ascii_case(method)),
                "openapi.json describes {method} {path}, which the router does not have"
            );
        }
    }
    // Every reference points at a schema that exists.
    let schemas = openapi["components"]["schemas"].as_object().expect("schemas");
    for reference in OPENAPI_JSON.split("\"$ref\": \"#/components/schemas/").skip(1) {
        let name = reference.split('"').next().unwrap_or("");
        assert!(schemas.contains_key(name), "dangling $ref to {name}");
    }
}

#[tokio::test]
async fn analyze_takes_json_or_raw_text_and_answers_the_rhetor_1_schema() {
    let app = analysis_only(|_| {});
    let text = "The United States condemns Russia for its brutal attack on Ukraine.";
    let answer = post_json(
        &app,
        "/api/analyze",
        &serde_json::json!({"text": text, "id": "x1", "title": "T", "date": "2024-03-05"}),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.content_type().starts_with("application/json"));
    let analysis = answer.json();
    assert_eq!(analysis["schema"], "rhetor/1");
    assert_eq!(analysis["id"], "x1");
    assert_eq!(analysis["text"], text);
    assert!(analysis["actors"]
        .as_array()
        .is_some_and(|actors| !actors.is_empty()));

    let raw = send(
        &app,
        Request::post("/api/analyze")
            .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .body(Body::from(
                "Армения и Азербайджан. The United States condemns Russia.",
            ))
            .expect("a request"),
    )
    .await;
    assert_eq!(raw.status, StatusCode::OK);
    let analysis = raw.json();
    let text = analysis["text"].as_str().expect("text");
    for sentence in analysis["sentences"].as_array().expect("sentences") {
        let (start, end) = (
            sentence["start"].as_u64().unwrap_or(0),
            sentence["end"].as_u64().unwrap_or(0),
        );
        let slice = text
            .as_bytes()
            .get(start as usize..end as usize)
            .expect("in bounds");
        assert_eq!(
            slice,
            sentence["text"].as_str().unwrap_or("").as_bytes(),
            "byte offsets"
        );
    }
}

#[tokio::test]
async fn analyze_refuses_bad_bodies_with_a_json_error() {
    let app = analysis_only(|_| {});
    let not_utf8 = send(
        &app,
        Request::post("/api/analyze")
            .body(Body::from(vec![b'a', 0xFF, 0xFE]))
            .expect("a request"),
    )
    .await;
    assert_eq!(not_utf8.status, StatusCode::BAD_REQUEST);
    assert_eq!(not_utf8.error_code(), "bad_request");
    let no_text = post_json(&app, "/api/analyze", &serde_json::json!({"title": "no text"})).await;
    assert_eq!(no_text.status, StatusCode::BAD_REQUEST);
    let wrong_method = get(&app, "/api/analyze").await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn an_oversized_body_or_document_is_answered_413() {
    let app = analysis_only(|config| {
        config.max_body_bytes = 1000;
        config.max_document_bytes = 100;
    });
    let big_body = send(
        &app,
        Request::post("/api/analyze")
            .body(Body::from("x".repeat(1001)))
            .expect("a request"),
    )
    .await;
    assert_eq!(big_body.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(big_body.error_code(), "body_too_large");

    let big_document = post_json(
        &app,
        "/api/analyze",
        &serde_json::json!({"text": "y".repeat(101)}),
    )
    .await;
    assert_eq!(big_document.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(big_document.error_code(), "document_too_large");

    let at_the_limit = post_json(
        &app,
        "/api/analyze",
        &serde_json::json!({"text": "y".repeat(100)}),
    )
    .await;
    assert_eq!(at_the_limit.status, StatusCode::OK);
}

/// Waits (without a clock: by yielding) until the server has admitted `count` analysis requests.
async fn wait_until_admitted(app: &Router, count: u64) {
    for _ in 0..10_000 {
        let status = get(app, "/api/status").await.json();
        if status["analyses"]["admitted"].as_u64() == Some(count) {
            return;
        }
        tokio::task::yield_now().await;
    }
    panic!("the server never admitted {count} analysis requests");
}

#[tokio::test]
async fn a_saturated_analyzer_answers_429_at_once_and_recovers() {
    let app = analysis_only(|config| {
        config.analysis_workers = 1;
        config.analysis_queue = 1;
    });
    let first = tokio::spawn(app.clone().oneshot(request_with_endless_body("/api/analyze")));
    let second = tokio::spawn(app.clone().oneshot(request_with_endless_body("/api/analyze")));
    wait_until_admitted(&app, 2).await;

    let refused = send(
        &app,
        Request::post("/api/analyze")
            .body(Body::from("Russia."))
            .expect("a request"),
    )
    .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(refused.error_code(), "busy");
    assert_eq!(
        refused
            .headers
            .get(header::RETRY_AFTER)
            .map(|value| value.as_bytes()),
        Some(&b"1"[..])
    );

    first.abort();
    second.abort();
    wait_until_admitted(&app, 0).await;
    let accepted = send(
        &app,
        Request::post("/api/analyze")
            .body(Body::from("Russia."))
            .expect("a request"),
    )
    .await;
    assert_eq!(accepted.status, StatusCode::OK);
}

#[tokio::test]
async fn a_request_over_the_time_limit_is_answered_503_timeout() {
    let app = analysis_only(|config| config.request_timeout = Duration::from_millis(50));
    let answer = send(&app, request_with_endless_body("/api/analyze")).await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.error_code(), "timeout");
    assert!(answer.headers.contains_key(header::RETRY_AFTER));
}

/// Whether `html` has an attribute like ` onclick=`.
fn has_inline_event_handler(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    lower.match_indices(" on").any(|(index, _)| {
        let rest = &lower[index + 3..];
        let name_length = rest.bytes().take_while(u8::is_ascii_lowercase).count();
        name_length > 0 && rest[name_length..].trim_start().starts_with('=')
    })
}

#[test]
fn the_inline_handler_check_finds_handlers() {
    assert!(has_inline_event_handler("<img src=x onerror=\"x()\">"));
    assert!(has_inline_event_handler("<b onclick = 'x'>"));
    assert!(!has_inline_event_handler("<p>based on the facts</p>"));
}

#[tokio::test]
async fn pages_carry_a_strict_content_security_policy() {
    let app = analysis_only(|_| {});
    for path in ["/", "/app.js", "/app.css", "/api/status", "/no/such/page"] {
        let answer = get(&app, path).await;
        let policy = answer
            .headers
            .get(header::CONTENT_SECURITY_POLICY)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_else(|| panic!("{path} has no Content-Security-Policy"));
        assert!(policy.contains("default-src 'none'"), "{policy}");
        assert!(policy.contains("script-src 'self'"), "{policy}");
        assert!(
            !policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"),
            "{policy}"
        );
        assert_eq!(
            answer
                .headers
                .get(header::X_CONTENT_TYPE_OPTIONS)
                .map(|value| value.as_bytes()),
            Some(&b"nosniff"[..]),
            "{path}"
        );
    }
    let index = get(&app, "/").await;
    assert!(index.content_type().starts_with("text/html"));
    let html = String::from_utf8_lossy(&index.body);
    // No inline script or handler: every <script> loads a file of this origin, and is empty.
    for script in html.split("<script").skip(1) {
        let (tag, rest) = script.split_once('>').expect("a closed tag");
        assert!(tag.contains("src=\"/"), "inline or foreign script: <script{tag}>");
        assert!(
            rest.trim_start().starts_with("</script>"),
            "a script tag with content"
        );
    }
    assert!(
        !has_inline_event_handler(&html),
        "an inline event handler in the page"
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "the page must not load other origins"
    );
}

#[tokio::test]
async fn hostile_text_comes_back_only_inside_json_strings() {
    let fixture = corpus_fixture(|_| {});
    let hostile = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\"> \
                   <a href=\"javascript:alert(1)\">x</a> \u{202E}evil\u{202C} zero\u{200B}width";
    let answer = post_json(
        &fixture.app,
        "/api/analyze",
        &serde_json::json!({"text": hostile}),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.content_type().starts_with("application/json"));
    assert_eq!(answer.json()["text"], hostile);

    for uri in [
        "/api/documents/hostile",
        "/api/search?q=script",
        "/api/documents",
        "/api/actors/USA",
        "/api/search?q=%22unbalanced",
        "/api/documents/%3Cscript%3E",
    ] {
        let answer = get(&fixture.app, uri).await;
        assert!(
            answer.content_type().starts_with("application/json"),
            "{uri} answered {}",
            answer.content_type()
        );
        answer.json();
    }
    let document = get(&fixture.app, "/api/documents/hostile").await.json();
    assert!(document["text"]
        .as_str()
        .is_some_and(|text| text.starts_with("<script>alert(1)</script>")));
}

#[tokio::test]
async fn without_a_corpus_the_corpus_routes_say_so() {
    let app = analysis_only(|_| {});
    let status = get(&app, "/api/status").await.json();
    assert_eq!(status["corpus"], false);
    for uri in [
        "/api/documents",
        "/api/search?q=x",
        "/api/events",
        "/api/network",
        "/api/actors/USA",
        "/api/techniques",
    ] {
        let answer = get(&app, uri).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(answer.error_code(), "no_corpus", "{uri}");
    }
    let unknown = get(&app, "/nothing/here").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.error_code(), "not_found");
}

#[tokio::test]
async fn documents_are_paged_and_found_by_ids_with_slashes() {
    let fixture = corpus_fixture(|_| {});
    let page = get(&fixture.app, "/api/documents?offset=1&limit=1").await.json();
    assert_eq!(page["total"], 3);
    assert_eq!(page["documents"].as_array().map(Vec::len), Some(1));
    // Newest first: hostile (May), mfa-2 (April), state/2024/001 (March).
    assert_eq!(page["documents"][0]["id"], "mfa-2");

    let document = get(&fixture.app, "/api/documents/state/2024/001").await.json();
    assert_eq!(document["id"], "state/2024/001");
    let text = document["text"].as_str().expect("text");
    let events = document["events"].as_array().expect("events");
    assert!(events
        .iter()
        .any(|event| event["source"] == "USA" && event["target"] == "RUS"));
    for event in events {
        let trigger = &event["trigger"];
        let (start, end) = (
            trigger["start"].as_u64().unwrap_or(0) as usize,
            trigger["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(text.get(start..end), trigger["text"].as_str());
    }
    let missing = get(&fixture.app, "/api/documents/no-such-id").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.error_code(), "unknown_document");
    let bad_page = get(&fixture.app, "/api/documents?limit=-1").await;
    assert_eq!(bad_page.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn search_returns_snippets_with_the_matches_marked() {
    let fixture = corpus_fixture(|_| {});
    let result = get(&fixture.app, "/api/search?q=condemn*").await.json();
    let hits = result["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 3);
    for hit in hits {
        let parts = hit["snippet"].as_array().expect("snippet parts");
        assert!(parts.iter().any(|part| part["match"] == true
            && part["text"]
                .as_str()
                .is_some_and(|text| text.starts_with("condemn"))));
    }
    // Brackets in a document are its text, not highlights.
    let hostile = hits
        .iter()
        .find(|hit| hit["id"] == "hostile")
        .expect("the hostile document");
    assert!(hostile["snippet"]
        .as_array()
        .expect("parts")
        .iter()
        .any(|part| part["match"] == false
            && part["text"]
                .as_str()
                .is_some_and(|text| text.contains("[brackets]"))));

    let malformed = get(&fixture.app, "/api/search?q=%22unbalanced").await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert_eq!(malformed.error_code(), "invalid_query");
    let empty = get(&fixture.app, "/api/search?q=").await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn events_are_counted_per_month_for_a_dyad_and_include_sectors() {
    let fixture = corpus_fixture(|_| {});
    let series = get(&fixture.app, "/api/events?by=month&source=USA&target=RUS")
        .await
        .json();
    let counts = series["counts"].as_array().expect("counts");
    assert!(!counts.is_empty());
    for count in counts {
        assert!(
            count["source"] == "USA"
                || count["source"]
                    .as_str()
                    .is_some_and(|source| source.starts_with("USA/"))
        );
        assert!(
            count["target"] == "RUS"
                || count["target"]
                    .as_str()
                    .is_some_and(|target| target.starts_with("RUS/"))
        );
    }
    assert!(counts
        .iter()
        .any(|count| count["period"] == "2024-03" && count["plover"] == "ACCUSE"));
    let reverse = get(
        &fixture.app,
        "/api/events?by=year&source=RUS&target=USA&plover=accuse",
    )
    .await
    .json();
    assert_eq!(reverse["counts"][0]["period"], "2024");
    assert_eq!(reverse["plover"], "ACCUSE");
    let bad = get(&fixture.app, "/api/events?by=week").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_network_has_accusations_both_ways() {
    let fixture = corpus_fixture(|_| {});
    let network = get(&fixture.app, "/api/network?level=country").await.json();
    let edges = network["edges"].as_array().expect("edges");
    for (source, target) in [("USA", "RUS"), ("RUS", "USA")] {
        assert!(
            edges
                .iter()
                .any(|edge| edge["source"] == source && edge["target"] == target),
            "{source} → {target} in {edges:?}"
        );
    }
    let nodes = network["nodes"].as_array().expect("nodes");
    let usa = nodes
        .iter()
        .find(|node| node["id"] == "USA")
        .expect("USA is a node");
    assert_eq!(usa["name"], "United States");
    for edge in edges {
        assert!(nodes.iter().any(|node| node["id"] == edge["source"]));
        assert!(nodes.iter().any(|node| node["id"] == edge["target"]));
    }
}

#[tokio::test]
async fn actors_and_technique_profiles_come_from_the_corpus() {
    let fixture = corpus_fixture(|_| {});
    let usa = get(&fixture.app, "/api/actors/USA").await.json();
    assert_eq!(usa["name"], "United States");
    assert!(usa["documents"].as_i64().is_some_and(|documents| documents >= 2));
    assert!(usa["events_as_source"]
        .as_array()
        .is_some_and(|counts| counts.iter().any(|count| count["plover"] == "ACCUSE")));
    let sector = get(&fixture.app, "/api/actors/USA/GOV").await;
    assert_eq!(sector.status, StatusCode::OK);
    assert_eq!(sector.json()["id"], "USA/GOV");
    let unknown = get(&fixture.app, "/api/actors/XXX").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.error_code(), "unknown_actor");

    let profiles = get(&fixture.app, "/api/techniques").await.json();
    let sources = profiles["sources"].as_array().expect("sources");
    let ministry = sources
        .iter()
        .find(|source| source["source"] == "Ministry")
        .expect("the ministry");
    assert_eq!(ministry["documents"], 2);
    let total: i64 = ministry["techniques"]
        .as_array()
        .expect("techniques")
        .iter()
        .map(|technique| technique["count"].as_i64().unwrap_or(0))
        .sum();
    assert_eq!(ministry["total"].as_i64(), Some(total));
}
