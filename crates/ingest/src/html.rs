//! HTML pages: the main text of a page, with its title, publication date and canonical URL.
//!
//! The page is parsed by html5ever (through `scraper`), which also decodes entities. The main
//! text is found the way reader modes find it: boilerplate (navigation, headers, footers, scripts,
//! share buttons, cookie banners) is dropped; then the text comes from the page's `<article>`, or
//! else its `<main>`, or else the element holding the most paragraph text that is not link text.
//! Every walk over the tree uses an explicit stack, so that no nesting depth can overflow the
//! call stack, and elements nested deeper than browsers nest them are flattened before parsing
//! (see `nesting_limit`), so that no nesting depth makes parsing slow.

use std::collections::HashMap;

use rhetor_schema::{Diagnostic, DiagnosticCode, Document};
use scraper::{ElementRef, Html, Node};

use crate::dates::document_date;
use crate::nesting_limit::limit_nesting_depth;
use crate::{IngestError, Result};

/// Elements that never hold the main text.
const BOILERPLATE_ELEMENTS: [&str; 21] = [
    "script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside", "form",
    "button", "iframe", "select", "object", "embed", "canvas", "audio", "video", "dialog", "menu",
];

/// ARIA roles of page furniture.
const BOILERPLATE_ROLES: [&str; 7] = [
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
];

/// Words of `class` and `id` values that mark page furniture (`site-nav`, `cookie_banner`,
/// `social-share`, `ad-slot`). Whole words only, so that `shareholders` or `header-image` inside
/// an article's own classes are judged by all their words.
const BOILERPLATE_CLASS_WORDS: [&str; 34] = [
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "header",
    "masthead",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "consent",
    "banner",
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "related",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsored",
    "promo",
    "subscribe",
    "newsletter",
    "skip",
    "popup",
    "modal",
    "toolbar",
    "pagination",
    "disclaimer",
];

/// Words of `class` and `id` values that mark the main text, which outweigh furniture words, as
/// in `article-header` or `main-content`.
const CONTENT_CLASS_WORDS: [&str; 6] = ["article", "content", "main", "story", "body", "text"];

/// Elements that start a new line of the extracted text.
const BLOCK_ELEMENTS: [&str; 38] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Meta tags that give the publication date, most trusted first (`name`, `property` or
/// `itemprop`, lowercase).
const PUBLICATION_DATE_KEYS: [&str; 10] = [
    "article:published_time",
    "og:published_time",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publish-date",
    "sailthru.date",
    "parsely-pub-date",
    "datepublished",
];

/// The document of an HTML page named `path`, whose source has been decoded to `page_source`.
pub(crate) fn html_document(path: &str, page_source: &str) -> Result<Document> {
    // html5ever would keep a byte order mark as text.
    let page_source = page_source.strip_prefix('\u{FEFF}').unwrap_or(page_source);
    let page = Html::parse_document(&limit_nesting_depth(page_source));
    let metadata = PageMetadata::collect(&page);
    let Some(extraction) = extract_main_text(&page) else {
        return Err(IngestError::Empty {
            path: path.to_owned(),
        });
    };
    let mut document = Document::new(path, extraction.lines.join("\n"));
    document.title = metadata.title.or(metadata.social_title);
    document.source = metadata.site_name;
    document.url = metadata.canonical_url.or(metadata.social_url);
    let raw_date = PUBLICATION_DATE_KEYS
        .iter()
        .find_map(|key| metadata.meta_values.get(*key))
        .or(extraction.time_datetime.as_ref());
    if let Some((date, unparsed_warning)) = raw_date.and_then(|raw| document_date(raw)) {
        document.date = Some(date);
        document.diagnostics.extend(unparsed_warning);
    }
    document.diagnostics.push(Diagnostic::info(
        DiagnosticCode::HtmlExtracted,
        "the text was extracted from an HTML page: offsets index the extracted text, one block \
         (paragraph, heading, list item) per line, not the page source",
    ));
    Ok(document)
}

/// What the `<head>` of a page (and a few attributes of its body) says about it.
#[derive(Debug, Default)]
struct PageMetadata {
    /// The text of `<title>`.
    title: Option<String>,
    /// `og:title`, used when `<title>` is missing or empty.
    social_title: Option<String>,
    /// `og:site_name`.
    site_name: Option<String>,
    /// `<link rel="canonical">`.
    canonical_url: Option<String>,
    /// `og:url`, used when there is no canonical link.
    social_url: Option<String>,
    /// The first value of each meta tag by lowercase `name`, `property` or `itemprop`; elements
    /// with `itemprop` also give their `datetime` attribute.
    meta_values: HashMap<String, String>,
}

impl PageMetadata {
    /// Reads the metadata of `page`.
    fn collect(page: &Html) -> PageMetadata {
        let mut metadata = PageMetadata::default();
        // `descendants` walks the tree with an iterator, not by recursion.
        for element in page.tree.root().descendants().filter_map(ElementRef::wrap) {
            let value = element.value();
            match value.name() {
                "title" if metadata.title.is_none() && !is_inside_svg(element) => {
                    metadata.title = non_empty(collapse_whitespace(element.text()));
                }
                "meta" => metadata.record_meta(element),
                "link" if is_canonical_link(element) && metadata.canonical_url.is_none() => {
                    metadata.canonical_url = value
                        .attr("href")
                        .and_then(|href| non_empty(href.trim().to_owned()));
                }
                _ => {}
            }
            if let (Some(item_property), Some(date_time)) = (value.attr("itemprop"), value.attr("datetime")) {
                metadata.record_value(item_property, date_time);
            }
        }
        metadata.social_title = metadata.meta_values.get("og:title").cloned();
        metadata.site_name = metadata.meta_values.get("og:site_name").cloned();
        metadata.social_url = metadata.meta_values.get("og:url").cloned();
        metadata
    }

    /// Records a `<meta>` tag.
    fn record_meta(&mut self, meta: ElementRef<'_>) {
        let value = meta.value();
        let Some(content) = value.attr("content") else {
            return;
        };
        for key in ["property", "name", "itemprop"]
            .iter()
            .filter_map(|attribute| value.attr(attribute))
        {
            self.record_value(key, content);
        }
    }

    /// Records `value` under `key` unless the key already has a non-empty value.
    fn record_value(&mut self, key: &str, value: &str) {
        let value = value.trim();
        if !value.is_empty() {
            self.meta_values
                .entry(key.trim().to_ascii_lowercase())
                .or_insert_with(|| value.to_owned());
        }
    }
}

/// Whether `element` lies inside an `<svg>`, whose `<title>` is a tooltip, not the page title.
fn is_inside_svg(element: ElementRef<'_>) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|ancestor| ancestor.value().name() == "svg")
}

/// Whether `element` is `<link rel="canonical">`.
fn is_canonical_link(element: ElementRef<'_>) -> bool {
    let relations = element.value().attr("rel").unwrap_or_default();
    relations
        .split_ascii_whitespace()
        .any(|relation| relation.eq_ignore_ascii_case("canonical"))
}

/// The extracted main text of a page.
#[derive(Debug, Default)]
struct Extraction {
    /// One line per block, whitespace collapsed, none empty.
    lines: Vec<String>,
    /// The `datetime` of the first `<time>` element in the extracted part of the page.
    time_datetime: Option<String>,
}

impl Extraction {
    /// The number of bytes of text extracted.
    fn text_length(&self) -> usize {
        self.lines.iter().map(String::len).sum()
    }
}

/// How strictly to drop page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strictness {
    /// Drop furniture elements, roles, hidden elements, and elements whose class or id says furniture.
    TagsRolesAndClasses,
    /// Drop furniture elements, roles and hidden elements only: the fallback for pages whose
    /// classes mislead (a `<div class="page has-sidebar">` around everything).
    TagsAndRoles,
}

/// Extracts the main text of `page`; `None` when the page has no text.
fn extract_main_text(page: &Html) -> Option<Extraction> {
    let body = page
        .tree
        .root()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|element| element.value().name() == "body")?;
    for strictness in [Strictness::TagsRolesAndClasses, Strictness::TagsAndRoles] {
        let landmarks = Landmarks::find(page, body, strictness);
        let candidate_groups = [
            landmarks.articles,
            landmarks.mains,
            landmarks.densest_container.into_iter().collect(),
        ];
        for candidates in candidate_groups {
            let longest = candidates
                .into_iter()
                .map(|candidate| extract_text(candidate, strictness))
                .max_by_key(Extraction::text_length);
            if let Some(extraction) = longest.filter(|extraction| !extraction.lines.is_empty()) {
                return Some(extraction);
            }
        }
        let whole_body = extract_text(body, strictness);
        if !whole_body.lines.is_empty() {
            return Some(whole_body);
        }
    }
    None
}

/// One step of a depth-first walk with an explicit stack.
enum WalkStep<'a> {
    /// Enter an element: decide whether to walk its children.
    Enter(ElementRef<'a>),
    /// Leave an element whose children have been walked.
    Leave(ElementRef<'a>),
    /// A text node.
    Text(&'a str),
}

/// Pushes the children of `element` on `stack` so that they pop in document order, after pushing
/// the step that leaves `element`.
fn push_children<'a>(stack: &mut Vec<WalkStep<'a>>, element: ElementRef<'a>) {
    stack.push(WalkStep::Leave(element));
    for child in element.children().rev() {
        match child.value() {
            Node::Text(text) => stack.push(WalkStep::Text(&text.text)),
            Node::Element(_) => stack.extend(ElementRef::wrap(child).map(WalkStep::Enter)),
            _ => {}
        }
    }
}

/// Where the main text of a page may be.
#[derive(Default)]
struct Landmarks<'a> {
    /// Outermost `<article>` elements.
    articles: Vec<ElementRef<'a>>,
    /// Outermost `<main>` and `role="main"` elements.
    mains: Vec<ElementRef<'a>>,
    /// The element whose paragraphs hold the most text outside links.
    densest_container: Option<ElementRef<'a>>,
}

/// The text of one paragraph being measured.
#[derive(Debug, Default)]
struct ParagraphTally {
    /// Bytes of text, whitespace excluded.
    text_bytes: usize,
    /// Bytes of that text inside links.
    link_text_bytes: usize,
}

impl<'a> Landmarks<'a> {
    /// Finds the landmarks under `body`, outside furniture, in one walk.
    ///
    /// The density score follows Readability: each paragraph's text outside links counts fully
    /// for its parent and half for its grandparent, so that text split over sibling blocks still
    /// elects their common container.
    fn find(page: &'a Html, body: ElementRef<'a>, strictness: Strictness) -> Landmarks<'a> {
        let mut landmarks = Landmarks::default();
        let mut scores = HashMap::new();
        let mut scored_in_document_order = Vec::new();
        let mut paragraph_tallies: Vec<ParagraphTally> = Vec::new();
        let (mut article_depth, mut main_depth, mut link_depth) = (0_usize, 0_usize, 0_usize);
        let mut stack = vec![WalkStep::Enter(body)];
        while let Some(step) = stack.pop() {
            match step {
                WalkStep::Enter(element) => {
                    if is_boilerplate(element, strictness) {
                        continue;
                    }
                    match element.value().name() {
                        "article" if article_depth == 0 => landmarks.articles.push(element),
                        _ if is_main(element) && main_depth == 0 => landmarks.mains.push(element),
                        _ => {}
                    }
                    adjust_depths(element, &mut article_depth, &mut main_depth, &mut link_depth, 1);
                    if element.value().name() == "p" {
                        paragraph_tallies.push(ParagraphTally::default());
                    }
                    push_children(&mut stack, element);
                }
                WalkStep::Leave(element) => {
                    adjust_depths(element, &mut article_depth, &mut main_depth, &mut link_depth, -1);
                    if element.value().name() != "p" {
                        continue;
                    }
                    let Some(tally) = paragraph_tallies.pop() else {
                        continue;
                    };
                    let score = tally.text_bytes.saturating_sub(tally.link_text_bytes);
                    let parent = element.parent();
                    let grandparent = parent.and_then(|parent| parent.parent());
                    for (ancestor, share) in [(parent, score), (grandparent, score / 2)] {
                        let Some(ancestor) = ancestor.filter(|_| share > 0) else {
                            continue;
                        };
                        let total = scores.entry(ancestor.id()).or_insert_with(|| {
                            scored_in_document_order.push(ancestor.id());
                            0
                        });
                        *total += share;
                    }
                }
                WalkStep::Text(text) => {
                    if let Some(tally) = paragraph_tallies.last_mut() {
                        let text_bytes: usize = text.split_whitespace().map(str::len).sum();
                        tally.text_bytes += text_bytes;
                        if link_depth > 0 {
                            tally.link_text_bytes += text_bytes;
                        }
                    }
                }
            }
        }
        let mut best: Option<(_, usize)> = None;
        for node_id in scored_in_document_order {
            let score = scores.get(&node_id).copied().unwrap_or_default();
            if best.is_none_or(|(_, best_score)| score > best_score) {
                best = Some((node_id, score));
            }
        }
        landmarks.densest_container = best
            .and_then(|(node_id, _)| page.tree.get(node_id))
            .and_then(ElementRef::wrap);
        landmarks
    }
}

/// Counts entering (`step` 1) or leaving (`step` -1) articles, mains and links.
fn adjust_depths(
    element: ElementRef<'_>,
    article_depth: &mut usize,
    main_depth: &mut usize,
    link_depth: &mut usize,
    step: isize,
) {
    let adjust = |depth: &mut usize| *depth = depth.saturating_add_signed(step);
    if element.value().name() == "article" {
        adjust(article_depth);
    }
    if is_main(element) {
        adjust(main_depth);
    }
    if element.value().name() == "a" {
        adjust(link_depth);
    }
}

/// Whether `element` is `<main>` or has `role="main"`.
fn is_main(element: ElementRef<'_>) -> bool {
    let value = element.value();
    value.name() == "main"
        || value
            .attr("role")
            .is_some_and(|role| role.trim().eq_ignore_ascii_case("main"))
}

/// Whether `element` is page furniture that never holds the main text.
fn is_boilerplate(element: ElementRef<'_>, strictness: Strictness) -> bool {
    let value = element.value();
    let name = value.name();
    if BOILERPLATE_ELEMENTS.contains(&name) {
        return true;
    }
    let role = value.attr("role").unwrap_or_default().trim().to_ascii_lowercase();
    if BOILERPLATE_ROLES.contains(&role.as_str()) {
        return true;
    }
    let hidden = value.attr("hidden").is_some()
        || value
            .attr("aria-hidden")
            .is_some_and(|hidden| hidden.trim().eq_ignore_ascii_case("true"));
    if hidden {
        return true;
    }
    // The page's frame and its marked content are never judged by their classes.
    if strictness == Strictness::TagsAndRoles || matches!(name, "html" | "body" | "main" | "article") {
        return false;
    }
    let class_and_id = [value.attr("class"), value.attr("id")];
    let words: Vec<String> = class_and_id
        .into_iter()
        .flatten()
        .flat_map(|attribute| attribute.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let says_content = words
        .iter()
        .any(|word| CONTENT_CLASS_WORDS.contains(&word.as_str()));
    let says_furniture = words
        .iter()
        .any(|word| BOILERPLATE_CLASS_WORDS.contains(&word.as_str()));
    says_furniture && !says_content
}

/// Extracts the text under `root`: one line per block, whitespace collapsed, furniture dropped.
fn extract_text(root: ElementRef<'_>, strictness: Strictness) -> Extraction {
    let mut extraction = Extraction::default();
    let mut current_line = String::new();
    let mut preformatted_depth = 0_usize;
    let mut stack = vec![WalkStep::Enter(root)];
    while let Some(step) = stack.pop() {
        match step {
            WalkStep::Enter(element) => {
                if is_boilerplate(element, strictness) {
                    continue;
                }
                let value = element.value();
                match value.name() {
                    "br" => finish_line(&mut current_line, &mut extraction.lines),
                    "pre" => preformatted_depth += 1,
                    "time" if extraction.time_datetime.is_none() => {
                        extraction.time_datetime = value.attr("datetime").map(str::to_owned);
                    }
                    _ => {}
                }
                if BLOCK_ELEMENTS.contains(&value.name()) {
                    finish_line(&mut current_line, &mut extraction.lines);
                }
                push_children(&mut stack, element);
            }
            WalkStep::Leave(element) => {
                let name = element.value().name();
                if name == "pre" {
                    preformatted_depth = preformatted_depth.saturating_sub(1);
                }
                if BLOCK_ELEMENTS.contains(&name) {
                    finish_line(&mut current_line, &mut extraction.lines);
                }
            }
            WalkStep::Text(text) if preformatted_depth > 0 => {
                // Preformatted text keeps its line breaks: each line of it is a line of the text.
                let mut pieces = text.split('\n');
                current_line.extend(pieces.next());
                for piece in pieces {
                    finish_line(&mut current_line, &mut extraction.lines);
                    current_line.push_str(piece);
                }
            }
            WalkStep::Text(text) => current_line.push_str(text),
        }
    }
    finish_line(&mut current_line, &mut extraction.lines);
    extraction
}

/// Ends the line being built: collapses its whitespace and keeps it unless it is empty.
fn finish_line(current_line: &mut String, lines: &mut Vec<String>) {
    let collapsed = collapse_whitespace([current_line.as_str()]);
    if !collapsed.is_empty() {
        lines.push(collapsed);
    }
    current_line.clear();
}

/// Joins text pieces, with every run of whitespace (including no-break spaces) made one space and
/// none at either end.
fn collapse_whitespace<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
    let mut collapsed = String::new();
    let mut pending_space = false;
    for piece in pieces {
        for character in piece.chars() {
            if character.is_whitespace() {
                pending_space = !collapsed.is_empty();
            } else {
                if pending_space {
                    collapsed.push(' ');
                    pending_space = false;
                }
                collapsed.push(character);
            }
        }
    }
    collapsed
}

/// `Some(text)` unless `text` is empty.
fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}
