"""The generated enums say what the registry's export says, for every code."""

from __future__ import annotations

import enum
from typing import Any

from conftest import UNKNOWN_CODE

from error_codes import Category, DetailsShape, ErrorCode, Header, Retry, StatusKind


def test_codes_are_the_registrys_in_order(export: Any) -> None:
    assert [code.value for code in ErrorCode] == [c["code"] for c in export["codes"]]


def test_members_are_upper_snake_case_and_equal_their_wire_string(export: Any) -> None:
    for entry in export["codes"]:
        member = ErrorCode[entry["code"].upper()]
        assert member == entry["code"]
        assert isinstance(member, str)
        assert ErrorCode(entry["code"]) is member
        assert str(member) == entry["code"]
        assert f"{member}" == entry["code"]


def test_every_property_matches_the_registry(export: Any) -> None:
    for entry in export["codes"]:
        code = ErrorCode(entry["code"])
        assert code.http_status == entry["status"]
        assert type(code.http_status) is int
        assert code.meaning == entry["meaning"]
        assert code.category is Category(entry["category"])
        assert code.retry is Retry(entry["retry"])
        assert code.retry.is_retryable == entry["retryable"]
        assert code.doc_url == entry["doc_url"]
        assert code.details == (None if entry["details"] is None else DetailsShape(entry["details"]))
        deprecated = entry["deprecated"]
        if deprecated is None:
            assert code.deprecated is None
        else:
            assert code.deprecated is not None
            assert code.deprecated.since == deprecated["since"]
            assert code.deprecated.use_instead == deprecated.get("use_instead")
            assert code.deprecated.note == deprecated.get("note")


def test_categories_are_the_registrys_with_their_codes(export: Any) -> None:
    assert [c.value for c in Category] == [c["name"] for c in export["categories"]]
    for entry in export["categories"]:
        category = Category(entry["name"])
        assert category.title == entry["title"]
        assert category.status_kind is StatusKind(entry["status_kind"])
        assert isinstance(category.codes, tuple)
        assert [c.value for c in category.codes] == entry["codes"]
        assert all(code.category is category for code in category.codes)


def test_header_names_are_the_registrys(export: Any) -> None:
    assert [h.value for h in Header] == [h["name"] for h in export["headers"]]


def test_an_unknown_code_is_not_a_member() -> None:
    assert UNKNOWN_CODE not in {code.value for code in ErrorCode}
    assert not any(code == UNKNOWN_CODE for code in ErrorCode)


def test_enums_are_the_standard_library_kinds() -> None:
    assert issubclass(ErrorCode, enum.StrEnum)
    assert issubclass(Category, enum.Enum)
