"""examples/spark_events.py in Spark local mode: its events are the CLI's events."""

import collections
import importlib.util
import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from conftest import REPOSITORY_ROOT

pyspark = pytest.importorskip("pyspark")


def _spark_events_module():
    path = REPOSITORY_ROOT / "examples" / "spark_events.py"
    specification = importlib.util.spec_from_file_location("spark_events", path)
    module = importlib.util.module_from_spec(specification)
    specification.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The Python workers must import rhetor from this interpreter's environment.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("rhetor-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def _cli_event_counts(rhetor_cli, corpus):
    """Events per document id, and each document's date, from `rhetor analyze --format jsonl`."""
    counts = collections.Counter()
    dates = {}
    process = subprocess.Popen(
        [rhetor_cli, "analyze", "--format", "jsonl", str(corpus)], stdout=subprocess.PIPE
    )
    for line in process.stdout:
        analysis = json.loads(line)
        dates[analysis["id"]] = analysis["date"]
        if analysis["events"]:
            counts[analysis["id"]] = len(analysis["events"])
    assert process.wait() == 0
    return counts, dates


def test_the_spark_job_writes_the_events_of_the_cli(
    spark, state_department_corpus, rhetor_cli, tmp_path
):
    output = tmp_path / "events"
    _spark_events_module().write_events(spark, str(state_department_corpus), str(output))

    written = pq.read_table(output).to_pylist()
    spark_counts = collections.Counter(row["document_id"] for row in written)
    cli_counts, cli_dates = _cli_event_counts(rhetor_cli, state_department_corpus)
    assert sum(cli_counts.values()) > 1000
    assert spark_counts == cli_counts

    months = {path.name for path in output.iterdir() if path.name.startswith("month=")}
    assert len(months) > 1
    for row in written:
        date = cli_dates[row["document_id"]]
        assert row["date"] == date
        assert str(row["month"]) == (date[:7] if date and len(date) >= 7 else "undated")
