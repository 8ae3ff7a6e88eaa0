"""The API's error codes: every code, its HTTP status, category and retry
advice (generated from the registry), and readers for error responses.

    >>> from error_codes import ErrorCode, parse_error_envelope
    >>> envelope = parse_error_envelope(b'{"error": {"code": "validation_error", "message": "m"}}')
    >>> envelope is not None and envelope.error.code is ErrorCode.VALIDATION_ERROR
    True
"""

from ._envelope import ErrorBody, ErrorEnvelope, parse_error_envelope
from ._headers import Headers, RateLimit, header_value, parse_rate_limit, parse_retry_after
from ._registry import (
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
    "RETRYABLE_STATUSES",
    "Category",
    "Deprecation",
    "DetailsShape",
    "ErrorBody",
    "ErrorCode",
    "ErrorEnvelope",
    "ErrorResponse",
    "Header",
    "Headers",
    "RateLimit",
    "Retry",
    "StatusKind",
    "header_value",
    "is_retryable",
    "parse_error_envelope",
    "parse_rate_limit",
    "parse_retry_after",
    "retry_advice",
]
