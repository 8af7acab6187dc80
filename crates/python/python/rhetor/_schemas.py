"""The pyarrow schemas of rhetor's flat tables (built in ``crates/python/src/tables.rs``).

Every table starts with the document's id and date, so that tables of many batches can be joined
and partitioned by period. Offsets (``start``, ``end``, ``*_start``, ``*_end``) are byte offsets
of the document's text, as everywhere in rhetor.
"""

import pyarrow as pa

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("date", pa.string()),
        ("language", pa.string()),
        ("sentences", pa.int64()),
        ("events", pa.int64()),
        ("techniques", pa.int64()),
        ("checkworthy_claims", pa.int64()),
        ("analysis", pa.string()),
    ]
)

EVENTS_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("date", pa.string()),
        ("sentence", pa.int64()),
        ("sentence_start", pa.int64()),
        ("sentence_end", pa.int64()),
        ("source", pa.string()),
        ("source_name", pa.string()),
        ("source_country", pa.string()),
        ("source_sector", pa.string()),
        ("target", pa.string()),
        ("target_name", pa.string()),
        ("target_country", pa.string()),
        ("target_sector", pa.string()),
        ("plover", pa.string()),
        ("cameo", pa.string()),
        ("negated", pa.bool_()),
        ("modality", pa.string()),
        ("reported_by", pa.string()),
        ("trigger_start", pa.int64()),
        ("trigger_end", pa.int64()),
        ("trigger_text", pa.string()),
        ("confidence", pa.float64()),
    ]
)

TECHNIQUES_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("date", pa.string()),
        ("technique", pa.string()),
        ("sentence", pa.int64()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("confidence", pa.float64()),
        ("evidence", pa.string()),
    ]
)

CLAIMS_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("date", pa.string()),
        ("sentence", pa.int64()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("score", pa.float64()),
        ("checkworthy", pa.bool_()),
        ("claim_type", pa.string()),
        ("about", pa.list_(pa.string())),
    ]
)
