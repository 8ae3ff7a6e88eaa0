# Copied from clients/python/_envelope.py of error-codes-codegen. Do not edit.
# Regenerate with `cargo run -p error-codes-codegen -- generate`.
"""Reading error response bodies. Hand-written; the codes come from the
generated `ErrorCode` enum.

Both shapes read, whatever `ENVELOPE` says. A body is a nested error
envelope when it is a JSON object whose member `error` is an object whose
member `code` is a string. Then `message` is that member when it is a
string and `""` otherwise; `details` is kept when it is an object,
`request_id` and `doc_url` when they are strings, and anything else reads as
absent. Otherwise a JSON object is RFC 9457 problem details of this API
when its `code` is a string beside a member of RFC 9457 (`type`, `title`,
`status`, `detail` or `instance`), or else when its `type` is
`DOCS_URL#<code>`: `detail` is the message, `type` the `doc_url` (unless
`about:blank`), the `name`/`reason` strings of `invalid-params` the
`details["fields"]`, else a `details` object the details; for a code this
build knows whose registry entry declares members (`DETAIL_MEMBERS`), each
of them present at the top level is added to the details (over a member of
`details` of the same name; a code added later reads only `details`). Other
members are ignored. An API whose registry says `envelope: google` or
`google-rpc-status` is read as Google's JSON body first (see
`_parse_google`). An API whose registry gives its own body layout (`BODY_LAYOUT` in
`_registry`) is read in that layout first: an object whose member at the
layout's code path is a string; the message, request id, docs URL and
details are read from their paths as above (with `declared_members`, a
known code's declared members are gathered back into the details from the
object there), the status member is ignored.
A layout whose root is an array (`root: "errors[]"`, JSON:API) reads every
item that has a code (`ErrorEnvelope.errors`), the first as `error`; an
item's field pointer (`field_pointer`, its `pointer_prefix` stripped) names
the field of its field error.
A layout with a qualifier around the code (`code_prefix`, `code_suffix`:
AWS's `namespace#Code`) reads the code with or without it, and without any
other `namespace#` before it or `:url` after it, as AWS's SDKs do. With
the layout's code header (`code_header`, the value of the response's
header `BODY_LAYOUT["code_header"]`), an object without the code member is
read with the header's code: the body's code wins when it is there. A
layout's error marker (`BODY_LAYOUT["error_marker"]`, Slack's `ok: false`)
marks a body as an error whatever its status (`marks_error`).
Anything else is not an error body: `parse_error_envelope` returns
`None` and never raises. The Rust and TypeScript clients read bodies by the
same rule (`tests/fixtures/envelope-cases.json` holds the cases all three run).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from . import _registry
from . import details as _typed
from ._registry import DETAIL_MEMBERS, DOCS_URL, ErrorCode

if TYPE_CHECKING:
    from ._response import ErrorResponse

__all__ = ["PROBLEM_JSON", "ErrorBody", "ErrorEnvelope", "marks_error", "parse_error_envelope"]

PROBLEM_JSON = "application/problem+json"
"""The media type of RFC 9457 problem details."""


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

    def typed_details(self) -> _typed.Details | None:
        """`details` as the registry declares them for the code: its
        dataclass in the `details` module (`FieldErrors` for `details:
        field_errors`). `None` when the code declares no details (a code
        this build does not know included) or `details` is absent. Raises
        `DetailsError` (a `ValueError`) when a required member is missing or
        a member has another type; `details` still holds them as they came."""
        if self.details is None or not self.known:
            return None
        return _typed.from_json(self.code, self.details)


@dataclass(frozen=True, slots=True)
class ErrorEnvelope:
    """The body of every error response."""

    error: ErrorBody
    errors: tuple[ErrorBody, ...] = ()
    """Every error of the body, in its order (`parse_error_envelope` always
    sets it): for a layout whose root is an array of error objects
    (JSON:API's `errors`), each item read on its own, an item whose pointer
    names a field having that field error as its `details["fields"]`; for
    any other body, its one error. `error` is the first, with the field
    errors of every item of its code."""


def _code(code: str) -> ErrorCode | str:
    try:
        return ErrorCode(code)
    except ValueError:
        return code


def parse_error_envelope(
    body: str | bytes | bytearray | Mapping[str, object] | list[object], *, code_header: str | None = None
) -> ErrorEnvelope | None:
    """Reads a response body (its text or bytes, parsed as JSON here, or an
    already parsed JSON object) as an error envelope, or `None` when it is
    not one. `code_header` is the value of the layout's code header, read
    when the body has no code. Never raises."""
    value: object = body
    if isinstance(body, (str, bytes, bytearray)):
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return None
    # A body that is the array of the error objects (`root: "[]"`).
    if isinstance(value, list) and _BODY_LAYOUT is not None and _BODY_LAYOUT.get("root") == _ITEMS:
        items = _parse_items(_BODY_LAYOUT, value)
        return None if items is None else replace(items, errors=items.errors or (items.error,))
    if not isinstance(value, Mapping):
        return None
    read = _read_any(value, code_header)
    if read is None or read.errors:
        return read
    return replace(read, errors=(read.error,))


def _read_any(value: Mapping[str, object], code_header: str | None) -> ErrorEnvelope | None:
    """`value` in the layout, else a nested envelope, else problem details
    (the layout's with `code_header`'s code when the body has none)."""
    if _GOOGLE:
        read = _parse_google(value)
        if read is not None:
            return read
    if _BODY_LAYOUT is not None:
        root = _BODY_LAYOUT.get("root")
        items = isinstance(root, str) and root.endswith(_ITEMS)
        read = (_parse_items if items else _parse_layout)(_BODY_LAYOUT, value)
        if read is not None:
            return read
    error = value.get("error")
    code = error.get("code") if isinstance(error, Mapping) else None
    if isinstance(error, Mapping) and isinstance(code, str):
        return _read(
            code,
            error.get("message"),
            error.get("details"),
            error.get("request_id"),
            error.get("doc_url"),
        )
    problem = _parse_problem(value)
    header = code_header.strip() if isinstance(code_header, str) else ""
    if problem is None and _BODY_LAYOUT is not None and header:
        # No code in the body: the code header's.
        return _parse_layout(_BODY_LAYOUT, value, header)
    return problem


def marks_error(body: str | bytes | bytearray | Mapping[str, object] | list[object]) -> bool:
    """Whether a response body is marked as an error by the layout's error
    marker (`BODY_LAYOUT["error_marker"]`, Slack's `ok: false`): its member
    at the marker's path has the constant's value. Such an API answers
    errors with a 2xx status; `False` for every body of an API without a
    marker. Never raises."""
    layout = _BODY_LAYOUT
    if layout is None or layout.get("error_marker") is None or layout.get("error_marker_value") is None:
        return False
    value: object = body
    if isinstance(body, (str, bytes, bytearray)):
        try:
            value = json.loads(body)
        except (ValueError, RecursionError):
            return False
    return _same_json(_member_at(value, layout.get("error_marker")), json.loads(layout["error_marker_value"] or "null"))


def errors_may_succeed() -> bool:
    """Whether the API may answer an error with a 2xx status (its layout has an error marker)."""
    return _BODY_LAYOUT is not None and _BODY_LAYOUT.get("error_marker") is not None


def code_header_name() -> str | None:
    """The layout's code header (`BODY_LAYOUT["code_header"]`), else `None`."""
    return None if _BODY_LAYOUT is None else _BODY_LAYOUT.get("code_header")


def _same_json(a: object, b: object) -> bool:
    """Whether two JSON values are equal (`False` is not `0`)."""
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def _unqualified(written: str, prefix: str, suffix: str) -> str:
    """The code inside a code with a qualifier: without the layout's own
    prefix and suffix, then without any other `:url` after it and
    `namespace#` before it, as AWS's SDKs read `__type` and
    `X-Amzn-Errortype`."""
    code = written[len(prefix) :] if prefix and written.startswith(prefix) else written
    code = code[: len(code) - len(suffix)] if suffix and code.endswith(suffix) else code
    code = code.split(":", 1)[0]
    return code.rsplit("#", 1)[-1]


_GOOGLE = _registry.ENVELOPE in ("google", "google-rpc-status")
"""Whether the API sends Google's JSON body (`envelope: google` or
`google-rpc-status`, which need `grpc:`, so the package has its `grpc`
module)."""


def _parse_google(body: Mapping[str, object]) -> ErrorEnvelope | None:
    """Google's JSON body of this API: its `error` object (else the body
    itself, a bare `google.rpc.Status`) read as the `grpc` module reads a
    status (`from_status`): the code from the `ErrorInfo`'s reason, `None`
    for an `ErrorInfo` of another domain (another API's error)."""
    error = body.get("error")
    status = error if isinstance(error, Mapping) else body
    response: ErrorResponse | None = importlib.import_module(f"{__package__}.grpc").from_status(status)
    return None if response is None else response.envelope


def google_retry_after(body: object) -> timedelta | None:
    """The `RetryInfo` delay of Google's JSON body of this API (its text or
    bytes, or the parsed JSON object), if any."""
    if not _GOOGLE:
        return None
    if isinstance(body, (str, bytes, bytearray)):
        try:
            body = json.loads(body)
        except (ValueError, RecursionError):
            return None
    if not isinstance(body, Mapping):
        return None
    error = body.get("error")
    status = error if isinstance(error, Mapping) else body
    response: ErrorResponse | None = importlib.import_module(f"{__package__}.grpc").from_status(status)
    return None if response is None else response.retry_after


_BODY_LAYOUT: Mapping[str, str | None] | None = getattr(_registry, "BODY_LAYOUT", None)
"""The API's own body layout, when its registry gives one: each field's
member path (dotted for nesting), `None` for a field not in the body."""

_ABSENT = object()


def _member_at(value: object, path: str | None) -> object:
    """The member at a dotted path, when every step is an object."""
    if path is None:
        return _ABSENT
    here = value
    for name in path.split("."):
        if not isinstance(here, Mapping) or name not in here:
            return _ABSENT
        here = here[name]
    return here


def _parse_layout(
    layout: Mapping[str, str | None], body: Mapping[str, object], code_header: str | None = None
) -> ErrorEnvelope | None:
    """A body in the API's own layout, as the `error` of an envelope (with
    `code_header`'s code, when given)."""
    root = layout.get("root")
    inner = body if root is None else _member_at(body, root)
    code = code_header if code_header is not None else _member_at(inner, layout.get("code"))
    if layout.get("code_type") == "number" and type(code) is int and code >= 0:
        # A code sent as a JSON number is read as its digits.
        code = str(code)
    if not isinstance(code, str):
        return None
    prefix, suffix = layout.get("code_prefix"), layout.get("code_suffix")
    if prefix is not None or suffix is not None:
        code = _unqualified(code, prefix or "", suffix or "")
    return _read(
        code,
        _member_at(inner, layout.get("message")),
        _gather_declared(layout, inner, code, _member_at(inner, layout.get("details"))),
        _member_at(inner, layout.get("request_id")),
        _member_at(inner, layout.get("doc_url")),
    )


def _gather_declared(layout: Mapping[str, str | None], inner: object, code: str, details: object) -> object:
    """`details` with a known code's declared members gathered back from where
    the layout places them (`declared_members`); a member there wins."""
    path = layout.get("declared_members")
    if path is None:
        return details
    holder = inner if path == "." else _member_at(inner, path)
    declared = DETAIL_MEMBERS.get(code, ())
    if not isinstance(holder, Mapping):
        return details
    present = [member for member in declared if member in holder]
    if not present:
        return details
    merged: dict[str, object] = dict(details) if isinstance(details, Mapping) else {}
    merged.update((member, holder[member]) for member in present)
    return merged


_ITEMS = "[]"
"""The suffix of an array root's member (`errors[]`)."""


def _parse_items(layout: Mapping[str, str | None], body: object) -> ErrorEnvelope | None:
    """A body whose root is an array of error objects (or, `root: "[]"`, a
    body that is that array): each item with a code, the first with the
    field errors of every item of its code."""
    path = (layout.get("root") or "")[: -len(_ITEMS)]
    array = body if path == "" else _member_at(body, path)
    if not isinstance(array, list):
        return None
    item_layout = {**layout, "root": None}
    errors: list[ErrorBody] = []
    for item in array:
        if not isinstance(item, Mapping):
            continue
        read = _parse_layout(item_layout, item)
        if read is None:
            continue
        pointer = _member_at(item, layout.get("field_pointer"))
        if isinstance(pointer, str):
            field = _field_of_pointer(layout.get("pointer_prefix") or "/", pointer)
            errors.append(replace(read.error, details={"fields": {field: [read.error.message]}}))
        else:
            errors.append(read.error)
    if not errors:
        return None
    first = errors[0]
    fields: dict[str, list[str]] = {}
    for error in errors:
        own = error.details.get("fields") if error.code == first.code and error.details is not None else None
        if isinstance(own, Mapping):
            for field, problems in own.items():
                if isinstance(field, str) and isinstance(problems, list):
                    fields.setdefault(field, []).extend(p for p in problems if isinstance(p, str))
    if fields:
        first = replace(first, details={"fields": fields})
    return ErrorEnvelope(first, tuple(errors))


def _field_of_pointer(prefix: str, pointer: str) -> str:
    """The field a JSON Pointer names: its one token after `prefix`,
    unescaped, else the whole pointer."""
    if not pointer.startswith(prefix):
        return pointer
    token = pointer[len(prefix) :]
    return pointer if "/" in token else token.replace("~1", "/").replace("~0", "~")


_RFC_MEMBERS = ("type", "title", "status", "detail", "instance")
"""The members RFC 9457 defines: one of them beside `code` makes a problem document."""


def _parse_problem(problem: Mapping[str, object]) -> ErrorEnvelope | None:
    """A problem document of this API, as the `error` of an envelope."""
    problem_type = problem.get("type")
    code = problem.get("code")
    if not isinstance(code, str) or not any(member in problem for member in _RFC_MEMBERS):
        code = _code_of_type(problem_type) if isinstance(problem_type, str) else None
        if code is None:
            return None
    fields: dict[str, list[str]] = {}
    params = problem.get("invalid-params")
    if isinstance(params, list):
        for param in params:
            if isinstance(param, Mapping):
                name, reason = param.get("name"), param.get("reason")
                if isinstance(name, str) and isinstance(reason, str):
                    fields.setdefault(name, []).append(reason)
    details = {"fields": fields} if fields else problem.get("details")
    declared = DETAIL_MEMBERS.get(code, ())
    present = [member for member in declared if member in problem]
    if present:
        # A code that declares members has no field errors: `details` is its
        # `details` member (an object) or absent; top-level members win.
        merged: dict[str, object] = dict(details) if isinstance(details, Mapping) else {}
        merged.update((member, problem[member]) for member in present)
        details = merged
    doc_url = None if problem_type == "about:blank" else problem_type
    return _read(code, problem.get("detail"), details, problem.get("request_id"), doc_url)


def _code_of_type(problem_type: str) -> str | None:
    """The code of a problem `type` that is `DOCS_URL#<code>`."""
    docs_url: str | None = DOCS_URL
    if docs_url is None or not problem_type.startswith(docs_url + "#"):
        return None
    return problem_type[len(docs_url) + 1 :] or None


def _read(code: str, message: object, details: object, request_id: object, doc_url: object) -> ErrorEnvelope:
    """The envelope of members read leniently."""
    return ErrorEnvelope(
        ErrorBody(
            code=_code(code),
            message=message if isinstance(message, str) else "",
            details=details if isinstance(details, Mapping) else None,
            request_id=request_id if isinstance(request_id, str) else None,
            doc_url=doc_url if isinstance(doc_url, str) else None,
        )
    )
