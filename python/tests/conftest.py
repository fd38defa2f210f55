"""Shared by the tests: the repository's samples and the CLI they are held to."""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "tests" / "data").glob("*.txt"))
# The shared dev reports, beside the repository (in CI too); absent elsewhere.
DEV = REPO.parent / "shared" / "dev"


def cli_binary() -> Path:
    """The zhibiao CLI: $ZHIBIAO_BIN, else the release build."""
    path = Path(os.environ.get("ZHIBIAO_BIN", REPO / "target" / "release" / "zhibiao"))
    if not path.is_file():
        pytest.fail(f"no zhibiao CLI at {path}: run `cargo build --release` or set ZHIBIAO_BIN")
    return path


def cli(*args: str) -> str:
    """What the CLI prints to stdout for `args` (exit status 0 or 1)."""
    done = subprocess.run([str(cli_binary()), *args], capture_output=True, check=False)
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout.decode("utf-8")


def jsonl(text: str) -> list:
    return [json.loads(line) for line in text.split("\n") if line]
