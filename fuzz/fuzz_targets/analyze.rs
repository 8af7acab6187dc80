//! The whole pipeline on arbitrary bytes, read as a plain-text input with invalid UTF-8
//! replaced (what `rhetor analyze --lossy -` does): never panics, and every span of the analysis
//! slices its text, with paragraphs and sentences ordered and nested.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rhetor_core::{analyze, AnalyzeOptions};
use rhetor_ingest::InputFormat;

fuzz_target!(|data: &[u8]| {
    for document in rhetor_fuzz::ingest(data, InputFormat::Text) {
        rhetor_fuzz::check_analysis(&analyze(document, &AnalyzeOptions::default()));
    }
});
