# Copied from clients/python/_envelope.py of error-codes-codegen. Do not edit.
# Regenerate with `cargo run -p error-codes-codegen -- generate`.
"""Reading error response bodies. Hand-written; the codes come from the
generated `ErrorCode` enum.

A body is an error envelope when it is a JSON object whose member `error`
is an object whose member `code` is a string. Then `message` is that
member when it is a string and `""` otherwise; `details` is kept when it is
an object, `request_id` and `doc_url` when they are strings, and anything
else reads as absent. Other members are ignored. Anything else is not an
envelope: `parse_error_envelope` returns `None` and never raises. The Rust
and TypeScript clients read bodies by the same rule
(`tests/fixtures/envelope-cases.json` holds the cases all three run).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from ._registry import ErrorCode

__all__ = ["ErrorBody", "ErrorEnvelope", "parse_error_envelope"]


@dataclass(frozen=True, slots=True)
class ErrorBody:
    """The `error` member of an error response."""

    code: ErrorCode | str
    """The code: an `ErrorCode`, or the string of a code this build does not
    know (added to the API after this package was generated)."""
    message: str
    """For people: may change, never parse it."""
    details: Mapping[str, object] | None = None
    """Structured details, when the code has any."""
    request_id: str | None = None
    """Identifies the request in support tickets."""
    doc_url: str | None = None
    """Where the code is documented."""

    @property
    def known(self) -> bool:
        """Whether this build knows the code."""
        return isinstance(self.code, ErrorCode)


@dataclass(frozen=True, slots=True)
class ErrorEnvelope:
    """The body of every error response."""

    error: ErrorBody


def _code(code: str) -> ErrorCode | str:
    try:
        return ErrorCode(code)
    except ValueError:
        return code


def parse_error_envelope(body: str | bytes | bytearray | Mapping[str, object]) -> ErrorEnvelope | None:
    """Reads a response body (its text or bytes, parsed as JSON here, or an
    already parsed JSON object) as an error envelope, or `None` when it is
    not one. Never raises."""
    value: object = body
    if isinstance(body, (str, bytes, bytearray)):
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return None
    if not isinstance(value, Mapping):
        return None
    error = value.get("error")
    if not isinstance(error, Mapping):
        return None
    code = error.get("code")
    if not isinstance(code, str):
        return None
    message = error.get("message")
    details = error.get("details")
    request_id = error.get("request_id")
    doc_url = error.get("doc_url")
    return ErrorEnvelope(
        ErrorBody(
            code=_code(code),
            message=message if isinstance(message, str) else "",
            details=details if isinstance(details, Mapping) else None,
            request_id=request_id if isinstance(request_id, str) else None,
            doc_url=doc_url if isinstance(doc_url, str) else None,
        )
    )
