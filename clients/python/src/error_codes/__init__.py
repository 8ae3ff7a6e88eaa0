# Copied from clients/python/__init__.py of error-codes-codegen. Do not edit.
# Regenerate with `cargo run -p error-codes-codegen -- generate`.
"""The API's error codes: every code, its HTTP status, category and retry
advice (generated from the registry into `_registry.py`), and readers for
error responses (`parse_error_envelope`, `ErrorResponse`, the header
readers), which keep a code added to the API later as a plain string. The
`details` module (generated) types each code's `error.details`
(`ErrorBody.typed_details()`).
"""

from . import details
from ._details import DetailsError, FieldErrors
from ._envelope import PROBLEM_JSON, ErrorBody, ErrorEnvelope, marks_error, parse_error_envelope
from ._headers import Headers, RateLimit, header_value, parse_rate_limit, parse_retry_after
from ._registry import (
    DOCS_URL,
    ENVELOPE,
    RETRYABLE_STATUSES,
    Category,
    Deprecation,
    DetailsShape,
    ErrorCode,
    Header,
    Retry,
    StatusKind,
)
from ._response import ErrorResponse, is_retryable, retry_advice

__all__ = [
    "DOCS_URL",
    "ENVELOPE",
    "PROBLEM_JSON",
    "RETRYABLE_STATUSES",
    "Category",
    "Deprecation",
    "DetailsError",
    "DetailsShape",
    "ErrorBody",
    "ErrorCode",
    "ErrorEnvelope",
    "ErrorResponse",
    "FieldErrors",
    "Header",
    "Headers",
    "RateLimit",
    "Retry",
    "StatusKind",
    "details",
    "header_value",
    "is_retryable",
    "marks_error",
    "parse_error_envelope",
    "parse_rate_limit",
    "parse_retry_after",
    "retry_advice",
]
