"""`ErrorBody.typed_details()` on this registry: a `field_errors` code's
details read as `FieldErrors`, malformed ones raise `DetailsError`; a code
without declared details, or one this build does not know, reads as
`None`; a problem document's declared top-level members are read into
`details`. The export says which code declares what. (Every member type is
checked on a fixture registry by `tests/tests/it/outputs_python.rs`.)"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import UNKNOWN_CODE

from error_codes import DetailsError, ErrorBody, ErrorResponse, FieldErrors, details, parse_error_envelope
from error_codes._registry import DETAIL_MEMBERS


def body(code: str, value: object) -> ErrorBody:
    envelope = parse_error_envelope({"error": {"code": code, "message": "m", "details": value}})
    assert envelope is not None
    return envelope.error


def test_field_errors_read_as_field_errors(export: Any) -> None:
    codes = [entry["code"] for entry in export["codes"] if entry["details"] == "field_errors"]
    assert codes, "the registry has a `field_errors` code"
    for code in codes:
        typed = body(code, {"fields": {"path": ["must not be empty"], "ttl": []}, "more": 1}).typed_details()
        assert typed == FieldErrors(fields={"path": ("must not be empty",), "ttl": ()})
        assert isinstance(typed, FieldErrors)
        assert details.from_json(code, {"fields": {}}) == FieldErrors(fields={})
        response = ErrorResponse.from_response(422, {}, {"error": {"code": code, "details": {"fields": {"a": ["b"]}}}})
        assert response is not None and response.typed_details() == FieldErrors(fields={"a": ("b",)})


@pytest.mark.parametrize(
    "value",
    [{}, {"fields": None}, {"fields": ["path"]}, {"fields": {"path": "x"}}, {"fields": {"path": [1]}}],
)
def test_malformed_field_errors_raise(export: Any, value: object) -> None:
    for entry in export["codes"]:
        if entry["details"] == "field_errors":
            with pytest.raises(DetailsError) as raised:
                body(entry["code"], value).typed_details()
            assert isinstance(raised.value, ValueError)
            assert raised.value.code == entry["code"]
            assert raised.value.member == "fields"


def test_codes_without_declared_details_read_as_none(export: Any) -> None:
    plain = [e["code"] for e in export["codes"] if e["details"] is None and e["code"] not in DETAIL_MEMBERS]
    assert plain
    for code in [*plain, UNKNOWN_CODE]:
        assert body(code, {"fields": {"a": ["b"]}, "anything": [1]}).typed_details() is None
        assert details.from_json(code, {"anything": 1}) is None
    for entry in export["codes"]:
        envelope = parse_error_envelope({"error": {"code": entry["code"], "message": "m"}})
        assert envelope is not None and envelope.error.typed_details() is None


def test_declared_members_of_a_problem_document_are_read_into_details(export: Any) -> None:
    for entry in export["codes"]:
        members = DETAIL_MEMBERS.get(entry["code"], ())
        problem: dict[str, object] = {"code": entry["code"], "status": entry["status"], "details": {"kept": 1}}
        problem.update((member, f"top {member}") for member in members)
        envelope = parse_error_envelope(problem)
        assert envelope is not None
        assert envelope.error.details == {"kept": 1, **{member: f"top {member}" for member in members}}
        # A code this build does not know reads only `details`.
        unknown = parse_error_envelope({**problem, "code": UNKNOWN_CODE})
        assert unknown is not None and unknown.error.details == {"kept": 1}
