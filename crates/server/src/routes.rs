//! The one list of routes: the router is built from it, and the OpenAPI test reads it, so that a
//! route cannot exist without being described.

use axum::routing::{get, post, MethodRouter};

use crate::{analyze_api, corpus_api, web_assets, ServerState};

/// One route of the application.
#[derive(Debug)]
pub struct RouteEntry {
    /// The HTTP method, upper case (`GET`, `POST`).
    pub method: &'static str,
    /// The path as OpenAPI writes it (`/api/documents/{id}`).
    pub openapi_path: &'static str,
    /// The path as the router matches it (`/api/documents/{*id}`: ids may hold `/`).
    pub axum_path: &'static str,
    /// Whether the route belongs to the API (and so to the OpenAPI document) rather than the page.
    pub is_api: bool,
    /// What answers it.
    pub handler: MethodRouter<ServerState>,
}

fn entry(
    method: &'static str,
    openapi_path: &'static str,
    axum_path: &'static str,
    handler: MethodRouter<ServerState>,
) -> RouteEntry {
    RouteEntry {
        method,
        openapi_path,
        axum_path,
        is_api: openapi_path.starts_with("/api/"),
        handler,
    }
}

/// Every route the application answers, API and page.
pub fn route_table() -> Vec<RouteEntry> {
    vec![
        entry("GET", "/", "/", get(web_assets::index)),
        entry("GET", "/app.js", "/app.js", get(web_assets::script)),
        entry("GET", "/app.css", "/app.css", get(web_assets::stylesheet)),
        entry(
            "GET",
            "/api/openapi.json",
            "/api/openapi.json",
            get(web_assets::openapi),
        ),
        entry("GET", "/api/status", "/api/status", get(corpus_api::status)),
        entry(
            "POST",
            "/api/analyze",
            "/api/analyze",
            post(analyze_api::analyze_document),
        ),
        entry(
            "GET",
            "/api/documents",
            "/api/documents",
            get(corpus_api::list_documents),
        ),
        entry(
            "GET",
            "/api/documents/{id}",
            "/api/documents/{*id}",
            get(corpus_api::document),
        ),
        entry("GET", "/api/search", "/api/search", get(corpus_api::search)),
        entry("GET", "/api/events", "/api/events", get(corpus_api::events)),
        entry("GET", "/api/network", "/api/network", get(corpus_api::network)),
        entry(
            "GET",
            "/api/actors/{id}",
            "/api/actors/{*id}",
            get(corpus_api::actor),
        ),
        entry(
            "GET",
            "/api/techniques",
            "/api/techniques",
            get(corpus_api::techniques),
        ),
    ]
}
