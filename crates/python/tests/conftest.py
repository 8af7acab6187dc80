"""Shared fixtures: where the repository, ../shared and the rhetor CLI are."""

import json
import os
import pathlib
import shutil

import pytest

REPOSITORY_ROOT = pathlib.Path(__file__).resolve().parents[3]
SHARED = REPOSITORY_ROOT.parent / "shared"
SEED_STATEMENT = SHARED / "examples" / "statement-wac-blinken.txt"
STATE_DEPARTMENT_CORPUS = SHARED / "data" / "corpora" / "statements_state_dept_pr.jsonl"


def _require(path):
    # Like the Rust integration tests: the real texts in ../shared are read when they are there
    # (they are in CI) and the test says why it skips when they are not.
    if not path.exists():
        pytest.skip("{} is not there".format(path))
    return path


@pytest.fixture(scope="session")
def seed_statement():
    """The text of the seed statement."""
    return _require(SEED_STATEMENT).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def state_department_corpus():
    """The path of the State Department press releases corpus (JSONL)."""
    return _require(STATE_DEPARTMENT_CORPUS)


@pytest.fixture(scope="session")
def state_department_records(state_department_corpus):
    """The first 60 records of the State Department corpus."""
    records = []
    with open(state_department_corpus, encoding="utf-8") as lines:
        for line in lines:
            records.append(json.loads(line))
            if len(records) == 60:
                break
    return records


@pytest.fixture(scope="session")
def rhetor_cli():
    """The rhetor binary: $RHETOR_BIN (scripts/ci-python.sh sets it), else `rhetor` on PATH."""
    binary = os.environ.get("RHETOR_BIN") or shutil.which("rhetor")
    if not binary:
        pytest.skip("no rhetor binary: set RHETOR_BIN (scripts/ci-python.sh does)")
    return binary
