//! HTML extraction on arbitrary bytes: reading never panics, yields at most one document, and
//! the document's diagnostics slice its text; the extracted text then segments within contract.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rhetor_ingest::InputFormat;

fuzz_target!(|data: &[u8]| {
    let documents = rhetor_fuzz::ingest(data, InputFormat::Html);
    assert!(documents.len() <= 1, "an HTML page is one document");
    for document in &documents {
        rhetor_fuzz::check_segmentation(&document.text, &rhetor_segment::segment(&document.text));
    }
});
