"""`Retry-After` reads as the shared table says; `X-RateLimit-*` and other
headers are found whatever the mapping and the case of their names."""

from __future__ import annotations

import email.message
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import retry_after_cases

from error_codes import Header, RateLimit, header_value, parse_rate_limit, parse_retry_after

NOW, CASES = retry_after_cases()


@pytest.mark.parametrize("case", CASES, ids=[repr(case["value"]) for case in CASES])
def test_shared_retry_after_case(case: Any) -> None:
    delay = parse_retry_after(case["value"], now=NOW)
    expect = case["expect"]
    assert delay == (None if expect is None else timedelta(seconds=expect))
    # `now` as an aware datetime means the same instant.
    assert parse_retry_after(case["value"], now=datetime.fromtimestamp(NOW, UTC)) == delay


def test_absent_and_absurd_retry_after_give_none() -> None:
    assert parse_retry_after(None) is None
    assert parse_retry_after("9" * 40) is None


def test_a_date_in_the_future_counts_from_the_current_time() -> None:
    soon = datetime.now(UTC) + timedelta(hours=1)
    delay = parse_retry_after(soon.strftime("%a, %d %b %Y %H:%M:%S GMT"))
    assert delay is not None
    assert timedelta(minutes=58) < delay <= timedelta(hours=1)


def test_rate_limit_figures_are_read_case_insensitively() -> None:
    headers = {name.lower(): value for name, value in [
        (Header.X_RATE_LIMIT_LIMIT, "100"),
        (Header.X_RATE_LIMIT_REMAINING, " 0 "),
        (Header.X_RATE_LIMIT_RESET, "1700000000"),
    ]}
    assert parse_rate_limit(headers) == RateLimit(limit=100, remaining=0, reset=1700000000)


def test_malformed_or_missing_rate_limit_figures_are_none() -> None:
    headers = {Header.X_RATE_LIMIT_LIMIT.value: "-1", Header.X_RATE_LIMIT_REMAINING.value: "ten"}
    assert parse_rate_limit(headers) == RateLimit()
    assert parse_rate_limit(None) == RateLimit()


def test_headers_from_the_standard_library_message_type() -> None:
    message = email.message.Message()
    message[Header.RETRY_AFTER.upper()] = "30"
    message[Header.X_REQUEST_ID.value] = "req_7"
    assert header_value(message, Header.RETRY_AFTER) == "30"
    assert header_value(message, Header.X_REQUEST_ID.lower()) == "req_7"
    assert header_value(message, "Not-Sent") is None
