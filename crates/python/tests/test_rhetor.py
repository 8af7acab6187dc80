"""The Python API: one document, batches, flat tables, bad input and the GIL."""

import json
import os
import subprocess
import sys
import threading

import pyarrow as pa
import pytest

import rhetor
from rhetor import _rhetor


def _slices(text, start, end, expected):
    """Whether byte range start..end of text is the expected text (offsets are bytes)."""
    return text.encode("utf-8")[start:end].decode("utf-8") == expected


def test_analyze_reads_the_seed_statement(seed_statement):
    analysis = rhetor.analyze(seed_statement, id="wac-blinken", date="May 20, 2021")
    assert analysis["schema"] == "rhetor/1"
    assert analysis["id"] == "wac-blinken"
    assert analysis["date"] == "2021-05-20"
    assert analysis["language"]["code"] == "eng"
    assert analysis["events"], "the seed statement asserts events"
    event = analysis["events"][0]
    assert set(event) >= {"source", "target", "plover", "cameo", "negated", "modality", "trigger"}
    for span in [event["trigger"] for event in analysis["events"]] + analysis["sentences"]:
        assert _slices(analysis["text"], span["start"], span["end"], span["text"])


def test_analyze_equals_the_cli(seed_statement, rhetor_cli):
    printed = subprocess.run(
        [rhetor_cli, "analyze", "--format", "jsonl", "-"],
        input=seed_statement.encode("utf-8"),
        stdout=subprocess.PIPE,
        check=True,
    ).stdout
    assert rhetor.analyze(seed_statement, id="-") == json.loads(printed)


def test_one_document_needs_no_pyarrow():
    program = (
        "import sys, rhetor; rhetor.analyze('The Ministry condemns the attack.'); "
        "assert 'pyarrow' not in sys.modules, 'pyarrow was imported'"
    )
    subprocess.run([sys.executable, "-c", program], check=True)


def test_analyze_keeps_an_unreadable_date_with_a_diagnostic(seed_statement):
    analysis = rhetor.analyze(seed_statement, date="the day after")
    assert analysis["date"] == "the day after"
    assert "unparsed_date" in [diagnostic["code"] for diagnostic in analysis["diagnostics"]]


# The fields of a record that fill the document; the others are its metadata.
FIELDS = ("id", "text", "date", "title", "source", "url")


def _record_batch(records):
    return pa.RecordBatch.from_pylist(records)


def test_a_batch_equals_its_documents_one_by_one(state_department_records):
    batch = _record_batch(state_department_records)
    documents = rhetor.analyze_batch(batch)
    assert documents.schema == rhetor.DOCUMENTS_SCHEMA
    assert documents.column("id").to_pylist() == [r["id"] for r in state_department_records]
    for record, row in zip(state_department_records, documents.to_pylist()):
        alone = rhetor.analyze(
            record["text"],
            id=record["id"],
            date=record.get("date"),
            title=record.get("title"),
            source=record.get("source"),
            url=record.get("url"),
            metadata={k: v for k, v in record.items() if k not in FIELDS},
        )
        assert json.loads(row["analysis"]) == alone
        assert row["events"] == len(alone["events"])
        assert row["techniques"] == len(alone["techniques"])
        assert row["checkworthy_claims"] == sum(c["checkworthy"] for c in alone["claims"])


def test_a_list_of_texts_is_a_batch_identified_by_row(seed_statement):
    documents = rhetor.analyze_batch([seed_statement, "The Ministry condemns the attack."])
    assert documents.column("id").to_pylist() == ["0", "1"]
    assert json.loads(documents.column("analysis")[0].as_py()) == rhetor.analyze(
        seed_statement, id="0"
    )


def test_other_columns_become_metadata(seed_statement):
    batch = pa.record_batch(
        {"text": [seed_statement], "id": ["x"], "country_iso3": ["USA"], "empty": [None]}
    )
    analysis = json.loads(rhetor.analyze_batch(batch).column("analysis")[0].as_py())
    assert analysis["metadata"] == {"country_iso3": "USA"}


def test_tables_agree_with_the_analyses(state_department_records):
    batch = _record_batch(state_department_records)
    analyses = {
        row["id"]: json.loads(row["analysis"]) for row in rhetor.analyze_batch(batch).to_pylist()
    }
    events = rhetor.events_table(batch)
    techniques = rhetor.techniques_table(batch)
    claims = rhetor.claims_table(batch)
    assert events.schema == rhetor.EVENTS_SCHEMA
    assert techniques.schema == rhetor.TECHNIQUES_SCHEMA
    assert claims.schema == rhetor.CLAIMS_SCHEMA
    assert events.num_rows == sum(len(a["events"]) for a in analyses.values()) > 0
    assert techniques.num_rows == sum(len(a["techniques"]) for a in analyses.values()) > 0
    assert claims.num_rows == sum(len(a["claims"]) for a in analyses.values()) > 0

    for row in events.to_pylist():
        analysis = analyses[row["document_id"]]
        assert row["date"] == analysis["date"]
        text = analysis["text"]
        assert _slices(text, row["trigger_start"], row["trigger_end"], row["trigger_text"])
        sentence = analysis["sentences"][row["sentence"]]
        assert (sentence["start"], sentence["end"]) == (row["sentence_start"], row["sentence_end"])
        assert sentence["start"] <= row["trigger_start"] < sentence["end"]
        actors = {actor["id"]: actor for actor in analysis["actors"]}
        if row["source"] is not None:
            assert row["source_name"] == actors[row["source"]]["name"]
            assert row["source_country"] == actors[row["source"]]["country"]
    for row in techniques.to_pylist():
        assert _slices(analyses[row["document_id"]]["text"], row["start"], row["end"], row["text"])
    for row in claims.to_pylist():
        assert _slices(analyses[row["document_id"]]["text"], row["start"], row["end"], row["text"])

    frame = events.to_pandas()
    assert list(frame.columns) == rhetor.EVENTS_SCHEMA.names
    assert len(frame) == events.num_rows


def test_a_table_and_its_record_batch_give_the_same_rows(state_department_records):
    batch = _record_batch(state_department_records[:10])
    table = pa.Table.from_batches([batch.slice(0, 4), batch.slice(4)])
    assert rhetor.events_table(table).equals(rhetor.events_table(batch))


def test_dates_of_date_type_are_read(seed_statement):
    import datetime

    batch = pa.record_batch({"text": [seed_statement], "date": [datetime.date(2021, 5, 20)]})
    assert rhetor.analyze_batch(batch).column("date").to_pylist() == ["2021-05-20"]


def test_an_empty_batch_gives_empty_tables():
    empty = pa.record_batch({"text": pa.array([], type=pa.string())})
    assert rhetor.events_table(empty).num_rows == 0
    assert rhetor.events_table(empty).schema == rhetor.EVENTS_SCHEMA
    assert rhetor.claims_table([]).num_rows == 0


@pytest.mark.parametrize("text", [None, 3, b"bytes", ["a list"]])
def test_analyze_rejects_what_is_not_text(text):
    with pytest.raises(TypeError, match="text must be str"):
        rhetor.analyze(text)


@pytest.mark.parametrize("text", ["", "  \n\t "])
def test_analyze_rejects_blank_text(text):
    with pytest.raises(ValueError, match="text is empty"):
        rhetor.analyze(text)


def test_a_batch_names_the_row_that_is_not_text():
    with pytest.raises(TypeError, match="text of row 1 must be str, not int"):
        rhetor.analyze_batch(["fine", 7])


def test_a_batch_names_a_bad_optional_column():
    with pytest.raises(TypeError, match="date of row 0 must be str or None, not int"):
        _rhetor.analyze_columns("events", ["text"], dates=[20210520])
    with pytest.raises(ValueError, match="the id column has 2 rows but there are 1 texts"):
        _rhetor.analyze_columns("events", ["text"], ids=["a", "b"])


def test_a_batch_without_a_text_column_is_refused():
    with pytest.raises(ValueError, match="no 'text' column"):
        rhetor.analyze_batch(pa.record_batch({"body": ["text"]}))
    with pytest.raises(TypeError, match="must hold strings"):
        rhetor.analyze_batch(pa.record_batch({"text": [1, 2]}))
    with pytest.raises(TypeError, match="expected a pyarrow.RecordBatch"):
        rhetor.analyze_batch("a single text")


def test_a_blank_row_in_a_batch_is_analysed_with_a_diagnostic():
    # As in the CLI: one empty record must not stop a corpus.
    analysis = json.loads(rhetor.analyze_batch([""]).column("analysis")[0].as_py())
    assert "empty_document" in [diagnostic["code"] for diagnostic in analysis["diagnostics"]]


def test_an_unknown_table_is_refused():
    with pytest.raises(ValueError, match="unknown table"):
        _rhetor.analyze_columns("actors", ["text"])


def test_a_batch_releases_the_gil(seed_statement):
    # While the native call runs, another Python thread must run: it counts, and the worker reads
    # the count right before and right after the call. Holding the GIL, the count could not move.
    texts = [seed_statement] * 40
    count = [0]
    worker_started = threading.Event()
    worker_done = threading.Event()
    counts_around_the_call = []

    def worker():
        worker_started.set()
        before = count[0]
        _rhetor.analyze_columns("documents", texts)
        counts_around_the_call.extend([before, count[0]])
        worker_done.set()

    previous_interval = sys.getswitchinterval()
    # A long switch interval keeps the interpreter from handing the GIL over between reading
    # the count and entering the native call, so only a released GIL lets the counter run.
    sys.setswitchinterval(0.5)
    try:
        thread = threading.Thread(target=worker)
        thread.start()
        worker_started.wait()
        while not worker_done.is_set():
            count[0] += 1
        thread.join()
    finally:
        sys.setswitchinterval(previous_interval)
    before, after = counts_around_the_call
    assert after > before


def test_the_accurate_tier_without_weights_raises_naming_the_fetch_script(tmp_path):
    # In a fresh interpreter: the encoder, once loaded, is kept for the life of the process.
    program = (
        "import rhetor\n"
        "try:\n"
        "    rhetor.analyze('The Ministry condemns the attack.', accurate=True)\n"
        "except RuntimeError as error:\n"
        "    assert 'fetch-minilm.sh' in str(error), str(error)\n"
        "else:\n"
        "    raise AssertionError('the accurate tier ran without its weights')\n"
    )
    environment = dict(os.environ, RHETOR_MINILM_DIR=str(tmp_path))
    subprocess.run([sys.executable, "-c", program], check=True, env=environment)


def test_the_accurate_tier_equals_the_cli(seed_statement, rhetor_cli):
    if not os.environ.get("RHETOR_MINILM_DIR"):
        if os.environ.get("RHETOR_REQUIRE_MINILM") == "1":
            pytest.fail("RHETOR_REQUIRE_MINILM=1 but RHETOR_MINILM_DIR is not set")
        pytest.skip("set RHETOR_MINILM_DIR (scripts/fetch-minilm.sh)")
    printed = subprocess.run(
        [rhetor_cli, "analyze", "--accurate", "--format", "jsonl", "-"],
        input=seed_statement.encode("utf-8"),
        stdout=subprocess.PIPE,
        check=True,
    ).stdout
    accurate = rhetor.analyze(seed_statement, id="-", accurate=True)
    assert accurate == json.loads(printed)
    assert accurate["claims"] != rhetor.analyze(seed_statement, id="-")["claims"]
    rows = rhetor.claims_table([seed_statement], accurate=True).to_pylist()
    assert sorted(row["score"] for row in rows) == sorted(
        claim["score"] for claim in accurate["claims"]
    )
