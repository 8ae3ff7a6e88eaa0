# Generated from registry/error-codes.yaml by error-codes-codegen. Do not edit.
# Regenerate with `cargo run -p error-codes-codegen -- generate`.
"""Typed `error.details`: a frozen dataclass per code whose registry entry
declares members, named as the code's variant, with a field per member
(keyword-only, in registry order; an optional member is `None` when absent);
`Details`, any code's typed details; and `from_json`, which reads them.
`ErrorBody.typed_details()` reads a response's; a malformed one raises
`DetailsError`.
"""

from __future__ import annotations

import typing
from collections import abc

from . import _details

Details: typing.TypeAlias = _details.FieldErrors
"""`error.details` of a code whose registry entry declares them: the code's
dataclass, or `FieldErrors` for `details: field_errors`."""

_READERS: abc.Mapping[str, abc.Callable[[str, object], Details]] = {
    "validation_error": _details.field_errors,
}


def from_json(code: str, value: abc.Mapping[str, object]) -> Details | None:
    """The typed details of `code` (an `ErrorCode` or its string) read from
    `value`, a parsed JSON object: the code's dataclass, or `None` for a code
    whose registry entry declares no details (a code this build does not
    know included). Members the code does not declare are ignored.

    Raises `DetailsError` (a `ValueError`) when `value` is not an object, lacks
    a required member or has a member of another type.
    """
    read = _READERS.get(code)
    return None if read is None else read(str(code), value)
