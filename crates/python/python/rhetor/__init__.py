"""rhetor: the anatomy of political statements, from Python.

One document::

    import rhetor
    analysis = rhetor.analyze(text, id="statement-1", date="2021-05-20")
    analysis["events"][0]          # the rhetor/1 schema as dicts and lists

Many documents, as Arrow record batches (a ``pyarrow.RecordBatch`` or ``pyarrow.Table`` with a
``text`` column and optional ``id``, ``date``, ``title``, ``source`` and ``url`` columns; any other
column goes into each analysis' ``metadata``, like the other fields of a JSONL record), or a plain
list of texts::

    rhetor.analyze_batch(batch)             # id, date, language, counts, analysis (JSON text)
    rhetor.events_table(batch).to_pandas()  # one row per event
    rhetor.techniques_table(batch)          # one row per persuasion technique
    rhetor.claims_table(batch)              # one row per scored sentence

The batch functions release the GIL and analyse the documents on all cores; the results are in
row order and equal to analysing each row alone. They need pyarrow (``pip install rhetor[arrow]``);
``analyze`` needs nothing. The models are embedded: nothing is downloaded.

Every function takes ``accurate=True`` for the accurate tier (as ``rhetor analyze --accurate``):
check-worthiness and persuasion techniques also read all-MiniLM-L6-v2 sentence embeddings. Its
weights are not in the wheel: ``scripts/fetch-minilm.sh`` installs them where they are looked for
(``$RHETOR_MINILM_DIR``, else ``~/.cache/rhetor/all-MiniLM-L6-v2``); without them the call raises
``RuntimeError`` naming that script. The encoder is loaded once per process.
"""

import json

from . import _rhetor

__all__ = [
    "analyze",
    "analyze_json",
    "analyze_batch",
    "events_table",
    "techniques_table",
    "claims_table",
    "DOCUMENTS_SCHEMA",
    "EVENTS_SCHEMA",
    "TECHNIQUES_SCHEMA",
    "CLAIMS_SCHEMA",
    "__version__",
]

__version__ = _rhetor.__version__

_SCHEMA_NAMES = ("DOCUMENTS_SCHEMA", "EVENTS_SCHEMA", "TECHNIQUES_SCHEMA", "CLAIMS_SCHEMA")


def __getattr__(name):
    # The table schemas are pyarrow objects: pyarrow is imported only when one is asked for.
    if name in _SCHEMA_NAMES:
        from . import _schemas

        return getattr(_schemas, name)
    raise AttributeError("module 'rhetor' has no attribute " + repr(name))


# Columns that fill the document itself; every other column of a batch is metadata.
_DOCUMENT_COLUMNS = ("text", "id", "date", "title", "source", "url")


def analyze_json(
    text, *, id=None, date=None, title=None, source=None, url=None, metadata=None, accurate=False
):
    """The analysis of one document as ``rhetor/1`` JSON text (what ``rhetor analyze`` prints).

    Raises ``TypeError`` when ``text`` is not a ``str`` and ``ValueError`` when it is blank.
    """
    return _rhetor.analyze_json(
        text,
        id=id,
        date=date,
        title=title,
        source=source,
        url=url,
        metadata=metadata,
        accurate=accurate,
    )


def analyze(
    text, *, id=None, date=None, title=None, source=None, url=None, metadata=None, accurate=False
):
    """The analysis of one document as Python objects (the ``rhetor/1`` schema).

    ``id`` defaults to ``"document"``. ``date`` is normalised as the CLI normalises it (``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD``); a date that cannot be read is kept verbatim with an
    ``unparsed_date`` diagnostic. ``metadata`` is a dict of JSON-like values, like the other
    fields of a JSONL record (``country_iso3`` names the speaker's country). Raises ``TypeError``
    when ``text`` is not a ``str`` and ``ValueError`` when it is blank.
    """
    return json.loads(
        analyze_json(
            text,
            id=id,
            date=date,
            title=title,
            source=source,
            url=url,
            metadata=metadata,
            accurate=accurate,
        )
    )


def analyze_batch(batch, *, accurate=False):
    """One row per document: ``id``, ``date``, ``language``, counts, and ``analysis`` (JSON text).

    ``json.loads`` of a row's ``analysis`` equals ``analyze`` of that row's document.
    """
    return _table("documents", batch, "DOCUMENTS_SCHEMA", accurate)


def events_table(batch, *, accurate=False):
    """One row per coded event: document, sentence, source and target actors, PLOVER type, CAMEO
    code, negation, modality, who reports it, and the trigger's span and text."""
    return _table("events", batch, "EVENTS_SCHEMA", accurate)


def techniques_table(batch, *, accurate=False):
    """One row per persuasion technique found: document, technique, the sentence that carries it
    (span and text), confidence and the features that weighed most."""
    return _table("techniques", batch, "TECHNIQUES_SCHEMA", accurate)


def claims_table(batch, *, accurate=False):
    """One row per scored sentence: document, span and text, check-worthiness score, whether it
    passes the threshold, claim type and the actors it is about."""
    return _table("claims", batch, "CLAIMS_SCHEMA", accurate)


def _table(name, batch, schema_name, accurate):
    """Analyses ``batch`` in the native module and builds the record batch of table ``name``."""
    try:
        import pyarrow as pa
    except ImportError as error:
        raise ImportError(
            "rhetor's batch and table functions need pyarrow: pip install 'rhetor[arrow]'"
        ) from error

    schema = __getattr__(schema_name)
    texts, columns, metadata = _columns(pa, batch)
    values = _rhetor.analyze_columns(
        name, texts, metadata=metadata, accurate=accurate, **columns
    )
    arrays = [pa.array(values[field.name], type=field.type) for field in schema]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _columns(pa, batch):
    """The texts, the named document columns and the metadata columns of ``batch``, as lists."""
    if isinstance(batch, (list, tuple)):
        return list(batch), {}, None
    if isinstance(batch, pa.Table):
        batch = batch.combine_chunks().to_batches()
        batch = batch[0] if batch else None
        if batch is None:
            return [], {}, None
    if not isinstance(batch, pa.RecordBatch):
        raise TypeError(
            "expected a pyarrow.RecordBatch, a pyarrow.Table or a list of str, not "
            + type(batch).__name__
        )
    names = batch.schema.names
    if "text" not in names:
        raise ValueError("the batch has no 'text' column (columns: " + ", ".join(names) + ")")
    text_column = batch.column("text")
    if not (pa.types.is_string(text_column.type) or pa.types.is_large_string(text_column.type)):
        raise TypeError("the 'text' column must hold strings, not " + str(text_column.type))
    columns = {}
    for name in _DOCUMENT_COLUMNS[1:]:
        if name in names:
            columns[name + "s"] = _string_list(pa, batch.column(name))
    metadata = {
        name: batch.column(name).to_pylist() for name in names if name not in _DOCUMENT_COLUMNS
    }
    return text_column.to_pylist(), columns, metadata or None


def _string_list(pa, column):
    """A column as a list of ``str`` or ``None``: dates, timestamps and numbers written out."""
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        column = column.cast(pa.string())
    return column.to_pylist()
