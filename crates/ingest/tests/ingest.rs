//! Integration tests of `rhetor-ingest`, one module per kind of input.

mod ingest {
    pub(crate) mod support;

    mod dates;
    mod directory;
    mod html;
    mod jsonl;
    mod plain_text;
    mod reader;
}
