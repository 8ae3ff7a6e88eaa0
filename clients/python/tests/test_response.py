"""`ErrorResponse` carries the envelope, status and header advice, and
retries as the registry says (or, for an unknown code, as the response does)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from conftest import UNKNOWN_CODE

from error_codes import (
    RETRYABLE_STATUSES,
    ErrorCode,
    ErrorResponse,
    Header,
    RateLimit,
    Retry,
    is_retryable,
    retry_advice,
)


def test_it_is_an_exception_carrying_the_envelope(export: Any) -> None:
    entry = export["codes"][0]
    body = '{"error": {"code": "%s", "message": "Nope", "request_id": "req_1"}}' % entry["code"]
    headers = {Header.RETRY_AFTER.value: "12", Header.X_RATE_LIMIT_REMAINING.value: "3"}
    response = ErrorResponse.from_response(entry["status"], headers, body)
    assert response is not None
    with pytest.raises(ErrorResponse) as raised:
        raise response
    error = raised.value
    assert isinstance(error, Exception)
    assert error.status == entry["status"]
    assert error.code is ErrorCode(entry["code"])
    assert error.error.message == "Nope"
    assert error.request_id == "req_1"
    assert error.retry_after == timedelta(seconds=12)
    assert error.rate_limit == RateLimit(remaining=3)
    assert str(error) == f"HTTP {entry['status']} {entry['code']}: Nope (request req_1)"


def test_a_body_that_is_not_an_envelope_gives_none() -> None:
    assert ErrorResponse.from_response(502, {}, b"<html>Bad gateway</html>") is None


def test_the_request_id_header_stands_in_for_a_missing_one() -> None:
    response = ErrorResponse.from_response(500, {Header.X_REQUEST_ID.lower(): " req_9 "}, {"error": {"code": UNKNOWN_CODE}})
    assert response is not None
    assert response.request_id == "req_9"
    assert str(response) == f"HTTP 500 {UNKNOWN_CODE} (request req_9)"


def test_known_codes_retry_as_the_registry_says(export: Any) -> None:
    for entry in export["codes"]:
        response = ErrorResponse.from_response(entry["status"], {Header.RETRY_AFTER.value: "1"}, {"error": {"code": entry["code"]}})
        assert response is not None
        assert response.retry is Retry(entry["retry"])
        assert response.is_retryable == entry["retryable"]
        assert is_retryable(entry["code"]) == entry["retryable"]


@pytest.mark.parametrize("status", range(400, 600))
def test_unknown_codes_retry_by_status_or_retry_after(status: int) -> None:
    expected = Retry.AFTER_DELAY if status in RETRYABLE_STATUSES else Retry.NEVER
    assert retry_advice(UNKNOWN_CODE, status=status) is expected
    assert retry_advice(UNKNOWN_CODE, status=status, retry_after=True) is Retry.AFTER_DELAY
    response = ErrorResponse(status, _envelope(), {Header.RETRY_AFTER.value: "garbage"})
    assert response.retry_after is None
    assert response.retry is expected


def _envelope() -> Any:
    from error_codes import parse_error_envelope

    envelope = parse_error_envelope({"error": {"code": UNKNOWN_CODE}})
    assert envelope is not None
    return envelope
