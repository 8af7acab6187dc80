r"""Spark job: the events of a JSONL corpus as Parquet, partitioned by month.

Reads JSON Lines documents (``id``, ``text`` and optionally ``date``, ``title``, ``source``,
``url``; other fields become each analysis' metadata, as in ``rhetor analyze``), runs rhetor on
each Arrow batch inside Spark's ``mapInArrow``, and writes one row per event (the columns of
``rhetor.EVENTS_SCHEMA``) under ``OUTPUT/month=YYYY-MM/`` (``month=undated`` for documents without
a month).

Locally, with the ``rhetor`` wheel and ``pyspark`` installed in the current Python::

    python examples/spark_events.py ../shared/data/corpora/statements_state_dept_pr.jsonl events/

On a cluster, every executor needs the wheel installed in its Python: the wheel holds a compiled
module, which Python cannot import from a zip, so ship it inside a packed virtual environment
(see the README, "Python and Spark")::

    spark-submit --master yarn --deploy-mode cluster \
        --archives rhetor-env.tar.gz#environment \
        --conf spark.pyspark.python=./environment/bin/python \
        examples/spark_events.py hdfs:///corpora/news.jsonl hdfs:///rhetor/events/
"""

import argparse
import os
import sys

import pyarrow as pa

import rhetor

# Spark's names for the Arrow types of rhetor's tables.
_SPARK_TYPES = {
    pa.string(): "string",
    pa.int64(): "bigint",
    pa.float64(): "double",
    pa.bool_(): "boolean",
}


def spark_schema(arrow_schema):
    """The Spark DDL schema (``name type, ...``) of one of rhetor's flat Arrow schemas."""
    return ", ".join(
        "`{}` {}".format(field.name, _SPARK_TYPES[field.type]) for field in arrow_schema
    )


def events_of_batches(batches):
    """``mapInArrow`` function: the events table of each batch of documents.

    rhetor releases the GIL and analyses each batch on all the executor's cores.
    """
    for batch in batches:
        yield rhetor.events_table(batch)


def write_events(spark, input_path, output_path):
    """Reads the JSONL documents at ``input_path`` and writes their events as Parquet files
    partitioned by month at ``output_path`` (replacing what is there). Returns the events
    DataFrame as written (with its ``month`` column)."""
    from pyspark.sql import functions as F

    documents = spark.read.json(input_path)
    if "text" not in documents.columns:
        raise ValueError("the documents at {} have no 'text' field".format(input_path))
    events = documents.mapInArrow(events_of_batches, spark_schema(rhetor.EVENTS_SCHEMA))
    # The month of a YYYY-MM or YYYY-MM-DD date; a year alone or no date is `undated`.
    month = F.when(
        F.col("date").rlike(r"^\d{4}-\d{2}"), F.substring(F.col("date"), 1, 7)
    ).otherwise(F.lit("undated"))
    events = events.withColumn("month", month)
    events.write.mode("overwrite").partitionBy("month").parquet(output_path)
    return events


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines documents (a file, a directory or a glob)")
    parser.add_argument("output", help="the Parquet directory to write, partitioned by month")
    parser.add_argument(
        "--master", help="Spark master (default: spark-submit's, else local[*])", default=None
    )
    arguments = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("rhetor-events")
    master = arguments.master
    # spark-submit starts this script with a gateway to its JVM, and its configuration says
    # which Python the executors run. Run directly, the job is local, and its Python workers
    # must be this interpreter, the one that has rhetor installed.
    if "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = master or "local[*]"
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    try:
        write_events(spark, arguments.input, arguments.output)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
