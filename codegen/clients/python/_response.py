"""An error response as an exception, and retry advice. Hand-written."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from . import details
from ._envelope import (
    ErrorBody,
    ErrorEnvelope,
    code_header_name,
    errors_may_succeed,
    google_retry_after,
    marks_error,
    parse_error_envelope,
)
from ._headers import Headers, RateLimit, header_value, parse_rate_limit, parse_retry_after
from ._registry import REQUEST_ID_HEADER, RETRY_AFTER_HEADER, RETRYABLE_STATUSES, ErrorCode, Retry

__all__ = ["ErrorResponse", "is_retryable", "retry_advice"]


def retry_advice(code: ErrorCode | str, *, status: int | None = None, retry_after: bool = False) -> Retry:
    """Whether and how a retry may succeed. A known code answers from the
    registry. For a code this build does not know, a `Retry-After` header
    means `Retry.AFTER_DELAY`; otherwise the response's status decides."""
    known = code if isinstance(code, ErrorCode) else _known(code)
    if known is not None:
        return known.retry
    if retry_after or (status is not None and status in RETRYABLE_STATUSES):
        return Retry.AFTER_DELAY
    return Retry.NEVER


def is_retryable(code: ErrorCode | str, *, status: int | None = None, retry_after: bool = False) -> bool:
    """Whether repeating the failed request may succeed (see `retry_advice`)."""
    return retry_advice(code, status=status, retry_after=retry_after).is_retryable


def _known(code: str) -> ErrorCode | None:
    try:
        return ErrorCode(code)
    except ValueError:
        return None


class ErrorResponse(Exception):
    """An error response the API sent, as an exception to raise: its status,
    its envelope, and the advice in its headers."""

    status: int
    """The response's HTTP status."""
    envelope: ErrorEnvelope
    """The body."""
    request_id: str | None
    """`error.request_id`, or the registry's request-id header (`ROLE_HEADERS`/`REQUEST_ID_HEADER`) when the body has none."""
    retry_after: timedelta | None
    """`Retry-After` as a delay (see `parse_retry_after`), or the `retry_after`
    given (a gRPC status's `RetryInfo`)."""
    rate_limit: RateLimit
    """The rate-limit figures (under the registry's header names)."""

    def __init__(
        self,
        status: int,
        envelope: ErrorEnvelope,
        headers: Headers | None = None,
        *,
        now: datetime | float | None = None,
        retry_after: timedelta | None = None,
    ) -> None:
        error = envelope.error
        header = (header_value(headers, REQUEST_ID_HEADER) or "").strip()
        self.status = status
        self.envelope = envelope
        self.request_id = error.request_id if error.request_id is not None else (header or None)
        self.retry_after = (
            retry_after if retry_after is not None else parse_retry_after(header_value(headers, RETRY_AFTER_HEADER), now=now)
        )
        self.rate_limit = parse_rate_limit(headers)
        text = f"HTTP {status} {error.code}"
        if error.message:
            text += f": {error.message}"
        if self.request_id is not None:
            text += f" (request {self.request_id})"
        super().__init__(text)

    @classmethod
    def from_response(
        cls,
        status: int,
        headers: Headers | None,
        body: str | bytes | bytearray | Mapping[str, object] | list[object],
    ) -> ErrorResponse | None:
        """Reads a response: an `ErrorResponse`, or `None` when its body is
        not an error envelope. For an API that answers errors with a 2xx
        status (its layout's error marker, Slack's `ok: false`), a 2xx
        response is an error exactly when `marks_error` says so, so this
        also tells a success from an error. The code comes from the
        layout's code header when the body has none."""
        if 200 <= status < 300 and errors_may_succeed() and not marks_error(body):
            return None
        name = code_header_name()
        code_header = None if name is None else header_value(headers, name)
        envelope = parse_error_envelope(body, code_header=code_header)
        if envelope is None:
            return None
        response = cls(status, envelope, headers)
        if response.retry_after is None:
            # Google's body carries its retry advice in a `RetryInfo`.
            response.retry_after = google_retry_after(body)
        return response

    @property
    def error(self) -> ErrorBody:
        """The `error` member."""
        return self.envelope.error

    @property
    def code(self) -> ErrorCode | str:
        """`error.code`: an `ErrorCode`, or the string of an unknown code."""
        return self.envelope.error.code

    def typed_details(self) -> details.Details | None:
        """`error.details` as the registry declares them for the code (see
        `ErrorBody.typed_details`): its dataclass, or `None`; raises
        `DetailsError` when they are malformed."""
        return self.envelope.error.typed_details()

    @property
    def retry(self) -> Retry:
        """Whether and how a retry may succeed (see `retry_advice`)."""
        return retry_advice(self.code, status=self.status, retry_after=self.retry_after is not None)

    @property
    def is_retryable(self) -> bool:
        """Whether a retry may succeed."""
        return self.retry.is_retryable
