//! JSONL reading on arbitrary bytes: never panics, yields at most one item per line, and every
//! document's diagnostics slice its text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use rhetor_ingest::InputFormat;

fuzz_target!(|data: &[u8]| {
    rhetor_fuzz::ingest(data, InputFormat::Jsonl);
});
