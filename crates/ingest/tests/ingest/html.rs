//! HTML pages: the main text without furniture, with title, date and URL from the metadata.

use rhetor_ingest::IngestOptions;
use rhetor_schema::{DiagnosticCode, Severity};

use super::support::{diagnostic_codes, read_single_document, single_error_message, write_input};

/// A ministry press page with the usual furniture around its article.
const PRESS_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>  Statement on the
     border incident | Ministry of Foreign Affairs </title>
  <meta property="article:published_time" content="2023-09-19T08:30:00+04:00">
  <meta property="og:site_name" content="Ministry of Foreign Affairs">
  <link rel="canonical" href="https://mfa.example/press/2023/117">
  <script>var analytics = "track everything";</script>
  <style>p { color: grey; }</style>
</head>
<body class="page has-sidebar">
  <a class="skip-link" href="#content">Skip to content</a>
  <header><div class="logo">Ministry of Foreign Affairs</div></header>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press</a></li></ul></nav>
  <div id="cookie-banner">We use cookies to improve your experience.</div>
  <main id="content">
    <article>
      <h1>Statement on the border incident</h1>
      <p>The Ministry   condemns the shelling of
         civilian areas &amp; calls for an immediate ceasefire.</p>
      <p>We urge the international community to hold the aggressor to account.<br>Further details will follow.</p>
      <ul class="share-buttons"><li>Share on Facebook</li><li>Share on X</li></ul>
      <blockquote>&ldquo;Peace cannot wait,&rdquo; the Minister said.</blockquote>
      <ul><li>First demand: withdrawal.</li><li>Second demand: talks.</li></ul>
      <script>document.write("injected");</script>
    </article>
    <aside><h2>Related statements</h2><p>An older statement.</p></aside>
  </main>
  <footer><p>&copy; 2023 Ministry of Foreign Affairs. All rights reserved.</p></footer>
</body>
</html>
"##;

#[test]
fn the_article_is_extracted_without_navigation_footer_or_scripts() {
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "statement.html", PRESS_PAGE);
    let document = read_single_document(&path);
    assert_eq!(
        document.text,
        "Statement on the border incident\n\
         The Ministry condemns the shelling of civilian areas & calls for an immediate ceasefire.\n\
         We urge the international community to hold the aggressor to account.\n\
         Further details will follow.\n\
         \u{201C}Peace cannot wait,\u{201D} the Minister said.\n\
         First demand: withdrawal.\n\
         Second demand: talks."
    );
    assert_eq!(document.id, path.display().to_string());
    assert_eq!(
        document.title.as_deref(),
        Some("Statement on the border incident | Ministry of Foreign Affairs")
    );
    assert_eq!(document.date.as_deref(), Some("2023-09-19"));
    assert_eq!(
        document.url.as_deref(),
        Some("https://mfa.example/press/2023/117")
    );
    assert_eq!(document.source.as_deref(), Some("Ministry of Foreign Affairs"));
    assert_eq!(diagnostic_codes(&document), [DiagnosticCode::HtmlExtracted]);
    assert_eq!(document.diagnostics[0].severity, Severity::Info);
}

#[test]
fn without_article_or_main_the_densest_container_is_taken() {
    let page = r#"<html><head><title></title><meta property="og:title" content="Remarks at the Security Council">
        <meta property="og:url" content="https://un.example/remarks"></head><body>
        <div class="menu"><p><a href="/a">Home</a></p><p><a href="/b">About us</a></p></div>
        <div class="wrapper">
          <div class="intro"><p><a href="/x">A long list of links that is not the speech at all, really</a></p></div>
          <div class="speech">
            <p>Thank you, Madam President.</p>
            <p>My delegation shares the concern expressed by the Secretary-General.</p>
            <p>We call on all parties to respect international humanitarian law.</p>
          </div>
        </div>
        <div class="footer-links"><p>Contact</p></div></body></html>"#;
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "remarks.htm", page);
    let document = read_single_document(&path);
    assert_eq!(
        document.text,
        "Thank you, Madam President.\n\
         My delegation shares the concern expressed by the Secretary-General.\n\
         We call on all parties to respect international humanitarian law."
    );
    assert_eq!(document.title.as_deref(), Some("Remarks at the Security Council"));
    assert_eq!(document.url.as_deref(), Some("https://un.example/remarks"));
    assert_eq!(document.date, None);
}

#[test]
fn a_time_element_in_the_article_dates_the_page() {
    let page = r#"<html><body><article><p>Posted <time datetime="2022-02-24">24 February</time>.</p>
        <p>The Government condemns the invasion.</p></article></body></html>"#;
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "news.xhtml", page);
    let document = read_single_document(&path);
    assert_eq!(document.date.as_deref(), Some("2022-02-24"));
    assert_eq!(
        document.text,
        "Posted 24 February.\nThe Government condemns the invasion."
    );
}

#[test]
fn an_unreadable_meta_date_is_kept_with_a_warning() {
    let page = r#"<html><head><meta name="date" content="the day after the summit"></head>
        <body><p>The summit ended without a communiqué.</p></body></html>"#;
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "summit.html", page);
    let document = read_single_document(&path);
    assert_eq!(document.date.as_deref(), Some("the day after the summit"));
    assert_eq!(
        diagnostic_codes(&document),
        [DiagnosticCode::UnparsedDate, DiagnosticCode::HtmlExtracted]
    );
}

#[test]
fn misleading_classes_do_not_hide_all_text() {
    let page =
        r#"<html><body><div class="comment">The Foreign Minister met his counterpart.</div></body></html>"#;
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "meeting.html", page);
    assert_eq!(
        read_single_document(&path).text,
        "The Foreign Minister met his counterpart."
    );
}

#[test]
fn a_page_without_text_has_no_text_to_analyze() {
    let page = "<html><head><title>Empty page</title><script>var x = 1;</script></head><body><nav>Home</nav></body></html>";
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "empty.html", page);
    assert_eq!(
        single_error_message(&path, IngestOptions::default()),
        format!("{}: no text to analyze", path.display())
    );
}

#[test]
fn deeply_nested_markup_neither_overflows_the_stack_nor_takes_long() {
    let depth = 100_000;
    let page = format!(
        "<html><head><title>Nested</title></head><body><article><div>Top.</div>{}<p>The ceasefire holds.</p>{}\
         <p>After.</p></article></body></html>",
        "<div><b>".repeat(depth),
        "</b></div>".repeat(depth)
    );
    let started = std::time::Instant::now();
    let directory = tempfile::tempdir().unwrap();
    let path = write_input(directory.path(), "nested.html", page);
    // A small stack proves that no step of the extraction recurses with the depth of the markup.
    let document = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || read_single_document(&path))
        .unwrap()
        .join()
        .expect("reading deeply nested markup does not overflow the stack");
    assert_eq!(document.text, "Top.\nThe ceasefire holds.\nAfter.");
    assert_eq!(document.title.as_deref(), Some("Nested"));
    // Unguarded, html5ever takes minutes over this page, its work growing with the square of the depth.
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
}
