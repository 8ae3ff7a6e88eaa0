"""A small client written against the package. `tests/tests/it/outputs_python.rs`
runs it (the asserts at the bottom execute) and type-checks it with
`mypy --strict` against the installed package, as a user's code would be."""

from __future__ import annotations

import urllib.request
from urllib.error import HTTPError

from error_codes import ErrorCode, ErrorResponse, Headers


# README: begin
def get(url: str) -> bytes:
    """The body of a successful response; raises `ErrorResponse` for an API error."""
    try:
        with urllib.request.urlopen(url) as response:
            body: bytes = response.read()
            return body
    except HTTPError as e:
        error = ErrorResponse.from_response(e.code, e.headers, e.read())
        if error is None:
            raise  # not an error envelope: a proxy's page, say
        raise error from e


def advise(status: int, headers: Headers, body: bytes) -> str:
    error = ErrorResponse.from_response(status, headers, body)
    if error is None:
        return f"HTTP {status}, not an error envelope"
    match error.code:
        case ErrorCode.VALIDATION_ERROR:
            fields = (error.error.details or {}).get("fields")
            return "fix " + ", ".join(fields if isinstance(fields, dict) else [])
    if error.is_retryable:
        delay = error.retry_after.total_seconds() if error.retry_after else "a while"
        return f"retry {error.code} in {delay}"
    if isinstance(error.code, ErrorCode):
        return f"give up: {error.code.meaning or error.code}"
    return f"give up on {error.code} (newer than this client)"
# README: end


# A code no registry can hold (codes are snake_case), so always unknown.
NEWER = "code-added-later"

assert advise(422, {}, b'{"error": {"code": "validation_error", "details": {"fields": {"path": [], "ttl": []}}}}') == "fix path, ttl"
assert advise(503, {"retry-after": "45"}, ('{"error": {"code": "%s"}}' % NEWER).encode()) == f"retry {NEWER} in 45.0"
assert advise(400, {}, ('{"error": {"code": "%s"}}' % NEWER).encode()) == f"give up on {NEWER} (newer than this client)"
assert advise(502, {}, b"<html>Bad gateway</html>") == "HTTP 502, not an error envelope"
internal = ErrorCode.INTERNAL_ERROR
assert advise(internal.http_status, {}, b'{"error": {"code": "internal_error"}}') == (
    f"retry {internal} in a while" if internal.retry.is_retryable else f"give up: {internal.meaning or internal}"
)
print("usage.py: checks passed")
