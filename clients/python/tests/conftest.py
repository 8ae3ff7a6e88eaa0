"""Where the tests' expectations come from: never restated here.

The registry's JSON export (`docs/error-codes.json`, generated from the
same registry as the package) says what every code must look like; the
shared tables in `tests/fixtures/` say how bodies and `Retry-After` values
read. `ERROR_CODES_EXPORT` points the tests at another export (the Rust
test does, for a package generated from a fixture registry).
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]

# The gRPC reader is in the package of a registry with `grpc:` only (the
# Rust test `grpc_clients` runs its tests in the gRPC fixture's package).
collect_ignore = [] if importlib.util.find_spec("error_codes.grpc") else ["test_grpc.py"]

# A code no registry can hold (codes are snake_case, this has hyphens) that
# every client must keep as an unknown code: the "added to the API later"
# convention of all the test suites.
UNKNOWN_CODE = "code-added-later"


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def export() -> Any:
    return load(Path(os.environ.get("ERROR_CODES_EXPORT", ROOT / "docs" / "error-codes.json")))


def envelope_cases() -> list[Any]:
    """The shared cases, `$DOCS_URL` (the table's placeholder) in a
    problem-details case replaced by this package's docs URL."""
    from error_codes import DOCS_URL

    table = load(ROOT / "tests" / "fixtures" / "envelope-cases.json")
    placeholder: str = table["docs_url_placeholder"]
    cases: list[Any] = table["cases"]
    assert DOCS_URL is not None
    return [{**case, "body": case["body"].replace(placeholder, DOCS_URL)} for case in cases]


def retry_after_cases() -> tuple[int, list[Any]]:
    table = load(ROOT / "tests" / "fixtures" / "retry-after-cases.json")
    return table["now"], table["cases"]
