"""Bodies read as the shared table `tests/fixtures/envelope-cases.json`
says, whatever form they come in; nothing makes the reader raise."""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import pytest
from conftest import UNKNOWN_CODE, envelope_cases

from error_codes import ErrorCode, ErrorEnvelope, parse_error_envelope


def as_case(envelope: ErrorEnvelope | None) -> Any:
    if envelope is None:
        return None
    error = envelope.error
    return {
        "code": str(error.code),
        "known": error.known,
        "message": error.message,
        "request_id": error.request_id,
        "details": None if error.details is None else dict(error.details),
    }


CASES = envelope_cases()


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_shared_case(case: Any, export: Any) -> None:
    body: str = case["body"]
    expect = case["expect"]
    known_codes = {c["code"] for c in export["codes"]}
    if expect is not None:
        # The table's known codes are known to this build, its unknown one is not.
        assert expect["known"] == (expect["code"] in known_codes)
    assert as_case(parse_error_envelope(body)) == expect
    assert as_case(parse_error_envelope(body.encode("utf-8"))) == expect
    assert as_case(parse_error_envelope(bytearray(body.encode("utf-8")))) == expect
    try:
        parsed = json.loads(body)
    except ValueError:
        return
    if isinstance(parsed, dict):
        assert as_case(parse_error_envelope(parsed)) == expect
        assert as_case(parse_error_envelope(MappingProxyType(parsed))) == expect


def test_a_known_code_is_the_enum_member(export: Any) -> None:
    for entry in export["codes"]:
        envelope = parse_error_envelope({"error": {"code": entry["code"], "message": "m"}})
        assert envelope is not None
        assert envelope.error.code is ErrorCode(entry["code"])
        assert envelope.error.known


def test_an_unknown_code_is_kept_as_its_string() -> None:
    envelope = parse_error_envelope({"error": {"code": UNKNOWN_CODE}})
    assert envelope is not None
    assert type(envelope.error.code) is str
    assert envelope.error.code == UNKNOWN_CODE
    assert not envelope.error.known


def test_doc_url_is_kept_only_as_a_string() -> None:
    kept = parse_error_envelope({"error": {"code": UNKNOWN_CODE, "doc_url": "https://example.com/x"}})
    dropped = parse_error_envelope({"error": {"code": UNKNOWN_CODE, "doc_url": 7}})
    assert kept is not None and kept.error.doc_url == "https://example.com/x"
    assert dropped is not None and dropped.error.doc_url is None


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe\x00garbage",
        b"\x80",
        "[" * 100_000,
        '{"error": ' * 100_000,
        "NaN",
        "1e999",
        "\ud800",
        b"",
        "{\"error\": {\"code\": \"x\"}} trailing",
    ],
)
def test_malformed_bodies_give_none_without_raising(body: str | bytes) -> None:
    assert parse_error_envelope(body) is None


def test_non_mapping_values_give_none() -> None:
    for value in ([], 3, None, "text", object()):
        assert parse_error_envelope(value) is None  # type: ignore[arg-type]


def test_details_keep_any_json_object() -> None:
    envelope = parse_error_envelope('{"error": {"code": "x", "details": {"a": [1, {"b": null}]}}}')
    assert envelope is not None and envelope.error.details is not None
    assert isinstance(envelope.error.details, Mapping)
    assert envelope.error.details["a"] == [1, {"b": None}]
