"""Reading a gRPC error as the error response the REST face would have sent.
Hand-written; present in the package of a registry with `grpc:` only, whose
data (`_grpc_data.py`: the domain, each reason's code) is generated.

A gRPC error of the API is a `google.rpc.Status` whose details hold exactly
one `google.rpc.ErrorInfo` (Google's error model, AIP-193): its `reason` is
the code in UPPER_SNAKE_CASE, its `domain` the API's, its `metadata` the
error's details (a declared string member as it is, any other member as its
JSON text); a `google.rpc.RetryInfo` may advise a delay and a
`google.rpc.BadRequest` carry field errors. `from_status` reads it:

- a `google.rpc.Status` message, as grpcio-status's
  `rpc_status.from_call(call)` returns it (read by duck typing: `code`,
  `message`, and `details` whose items have `type_url` and `value`);
- the same serialized (`bytes`, as the `grpc-status-details-bin` trailer
  holds it);
- its JSON form, as grpc-gateway sends it and protobuf's `MessageToDict`
  writes it (a mapping, or its text: `{"code": 5, "message": "...",
  "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", ...}]}`).

Nothing here imports gRPC or protobuf: the messages are decoded by hand.
`from_call` alone needs grpcio-status (the package's `grpc` extra).
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import timedelta
from typing import Protocol, TypeAlias

from ._envelope import ErrorBody, ErrorEnvelope
from ._grpc_data import CANONICAL_CODES, CANONICAL_HTTP_STATUS, DOMAIN, MEMBERS, REASONS
from ._registry import REQUEST_ID_HEADER, ErrorCode
from ._response import ErrorResponse

__all__ = [
    "CANONICAL_CODES",
    "CANONICAL_HTTP_STATUS",
    "DOMAIN",
    "MEMBERS",
    "REASONS",
    "AnyLike",
    "CallLike",
    "Metadata",
    "StatusLike",
    "from_call",
    "from_status",
]

_ERROR_INFO = "google.rpc.ErrorInfo"
_RETRY_INFO = "google.rpc.RetryInfo"
_BAD_REQUEST = "google.rpc.BadRequest"
_HELP = "google.rpc.Help"


class AnyLike(Protocol):
    """A `google.protobuf.Any`: a detail of a status."""

    @property
    def type_url(self) -> str: ...

    @property
    def value(self) -> bytes: ...


class StatusLike(Protocol):
    """A `google.rpc.Status` message (`google.rpc.status_pb2.Status`)."""

    @property
    def code(self) -> int: ...

    @property
    def message(self) -> str: ...

    @property
    def details(self) -> Iterable[AnyLike]: ...


Metadata: TypeAlias = Mapping[str, str | bytes] | Sequence[tuple[str, str | bytes]]
"""gRPC metadata: grpcio's `call.trailing_metadata()` (key, value pairs) or a mapping."""


class CallLike(Protocol):
    """What grpcio-status's `rpc_status.from_call` reads: a finished call, or
    the `grpc.RpcError` a failed call raises."""

    def code(self) -> object: ...

    def details(self) -> str | None: ...

    def trailing_metadata(self) -> Metadata | None: ...


def from_status(
    status: StatusLike | Mapping[str, object] | str | bytes | bytearray,
    metadata: Metadata | None = None,
) -> ErrorResponse | None:
    """The error response a gRPC status carries, or `None` when it is not
    this API's: its `ErrorInfo` has another domain, or it has none (a
    malformed status included).

    The code is the reason's `ErrorCode`; a reason this package does not know
    is kept as the code, as sent. The message is the status's; the details
    are the `ErrorInfo`'s metadata (typed back as the registry declares the
    code's members), with `BadRequest`'s field violations as
    `details["fields"]`; the request id is `metadata`'s (the trailing
    metadata, under the registry's request-id header in lowercase); the
    retry advice is `RetryInfo`'s delay. The response's `status` is the
    code's HTTP status, or for an unknown reason the one its canonical code
    maps to."""
    read = _read(status)
    if read is None:
        return None
    code_number, message, details = read
    info: _Info | None = None
    retry_after: timedelta | None = None
    fields: dict[str, list[str]] = {}
    doc_url: str | None = None
    for type_name, payload in details:
        if type_name == _ERROR_INFO and info is None:
            info = _error_info(payload)
        elif type_name == _RETRY_INFO and retry_after is None:
            retry_after = _retry_info(payload)
        elif type_name == _HELP and doc_url is None:
            doc_url = _help(payload)
        elif type_name == _BAD_REQUEST:
            for field, description in _bad_request(payload):
                fields.setdefault(field, []).append(description)
    if info is None or info.domain != DOMAIN:
        return None
    code: ErrorCode | str = REASONS.get(info.reason, info.reason)
    members: dict[str, object] = {}
    declared = MEMBERS.get(code) if isinstance(code, ErrorCode) else None
    for name, value in info.metadata.items():
        members[name] = value if declared is None or declared.get(name, False) else _json_or_text(value)
    if fields:
        members["fields"] = fields
    body = ErrorBody(
        code=code,
        message=message,
        details=members or None,
        request_id=_request_id(metadata),
        doc_url=doc_url,
    )
    http = code.http_status if isinstance(code, ErrorCode) else CANONICAL_HTTP_STATUS.get(code_number, 500)
    return ErrorResponse(http, ErrorEnvelope(error=body), retry_after=retry_after)


def from_call(call: CallLike) -> ErrorResponse | None:
    """`from_status` of what grpcio-status's `rpc_status.from_call(call)`
    returns, with the call's trailing metadata: `None` when the call carries
    no `google.rpc.Status`, one whose code or message disagrees with the
    call's, or one that is not this API's. Needs grpcio-status (the
    package's `grpc` extra); raises `ImportError` without it."""
    try:
        rpc_status = importlib.import_module("grpc_status.rpc_status")
    except ImportError as missing:
        raise ImportError("reading a grpcio call needs grpcio-status: install the package's `grpc` extra") from missing
    try:
        status = rpc_status.from_call(call)
    except ValueError:
        # The status's code or message disagrees with the call's: not a
        # status to trust.
        return None
    if status is None:
        return None
    return from_status(status, call.trailing_metadata())


class _Info:
    __slots__ = ("domain", "metadata", "reason")

    def __init__(self, reason: str, domain: str, metadata: dict[str, str]) -> None:
        self.reason = reason
        self.domain = domain
        self.metadata = metadata


# What a detail is once read: a decoded protobuf message's fields, or its JSON object.
_Detail: TypeAlias = tuple[str, bytes | Mapping[str, object]]


def _read(status: object) -> tuple[int, str, list[_Detail]] | None:
    """The status's code, message and details (by their type's full name)."""
    if isinstance(status, (bytes, bytearray)):
        return _read_proto(bytes(status))
    if isinstance(status, str):
        try:
            status = json.loads(status)
        except ValueError:
            return None
    if isinstance(status, Mapping):
        return _read_json(status)
    code, message, details = (getattr(status, name, None) for name in ("code", "message", "details"))
    if not isinstance(code, int) or not isinstance(message, str) or details is None:
        return None
    read: list[_Detail] = []
    for detail in _iterate(details):
        type_url, value = getattr(detail, "type_url", None), getattr(detail, "value", None)
        if isinstance(type_url, str) and isinstance(value, (bytes, bytearray)):
            read.append((_type_name(type_url), bytes(value)))
    return code, message, read


def _iterate(values: object) -> Iterator[object]:
    if isinstance(values, Iterable) and not isinstance(values, (str, bytes, bytearray, Mapping)):
        yield from values


def _type_name(type_url: str) -> str:
    """A detail's message type: what follows the type URL's last `/`."""
    return type_url.rsplit("/", 1)[-1]


def _read_json(status: Mapping[str, object]) -> tuple[int, str, list[_Detail]] | None:
    code, message = status.get("code"), status.get("message", "")
    if not isinstance(code, int) or isinstance(code, bool):
        return None
    details: list[_Detail] = []
    for detail in _iterate(status.get("details", ())):
        if isinstance(detail, Mapping):
            type_url = detail.get("@type")
            if isinstance(type_url, str):
                details.append((_type_name(type_url), detail))
    return code, message if isinstance(message, str) else "", details


def _read_proto(data: bytes) -> tuple[int, str, list[_Detail]] | None:
    code, message = 0, ""
    details: list[_Detail] = []
    try:
        for number, value in _fields(data):
            if number == 1 and isinstance(value, int):
                code = _int32(value)
            elif number == 2 and isinstance(value, bytes):
                message = value.decode()
            elif number == 3 and isinstance(value, bytes):
                type_url, payload = "", b""
                for inner, item in _fields(value):
                    if inner == 1 and isinstance(item, bytes):
                        type_url = item.decode()
                    elif inner == 2 and isinstance(item, bytes):
                        payload = item
                details.append((_type_name(type_url), payload))
    except ValueError:
        return None
    return code, message, details


def _error_info(value: bytes | Mapping[str, object]) -> _Info | None:
    if isinstance(value, Mapping):
        reason, domain, metadata = value.get("reason", ""), value.get("domain", ""), value.get("metadata", {})
        if not isinstance(reason, str) or not isinstance(domain, str) or not isinstance(metadata, Mapping):
            return None
        return _Info(reason, domain, {k: v for k, v in metadata.items() if isinstance(k, str) and isinstance(v, str)})
    try:
        reason, domain, entries = "", "", {}
        for number, item in _fields(value):
            if not isinstance(item, bytes):
                continue
            if number == 1:
                reason = item.decode()
            elif number == 2:
                domain = item.decode()
            elif number == 3:
                key, text = "", ""
                for inner, part in _fields(item):
                    if inner == 1 and isinstance(part, bytes):
                        key = part.decode()
                    elif inner == 2 and isinstance(part, bytes):
                        text = part.decode()
                entries[key] = text
        return _Info(reason, domain, entries)
    except ValueError:
        return None


_DURATION = re.compile(r"(-?)(\d+)(?:\.(\d{1,9}))?s")


def _retry_info(value: bytes | Mapping[str, object]) -> timedelta | None:
    if isinstance(value, Mapping):
        delay = value.get("retryDelay", value.get("retry_delay"))
        if not isinstance(delay, str):
            return None
        match = _DURATION.fullmatch(delay)
        if match is None:
            return None
        sign, seconds, fraction = match.groups()
        nanos = int((fraction or "").ljust(9, "0"))
        total = timedelta(seconds=int(seconds), microseconds=nanos / 1000)
        return -total if sign else total
    try:
        for number, item in _fields(value):
            if number == 1 and isinstance(item, bytes):
                seconds, nanos = 0, 0
                for inner, part in _fields(item):
                    if inner == 1 and isinstance(part, int):
                        seconds = _int64(part)
                    elif inner == 2 and isinstance(part, int):
                        nanos = _int32(part)
                return timedelta(seconds=seconds, microseconds=nanos / 1000)
    except (ValueError, OverflowError):
        return None
    return None


def _help(value: bytes | Mapping[str, object]) -> str | None:
    """The first link's URL of a `google.rpc.Help`."""
    if isinstance(value, Mapping):
        for link in _iterate(value.get("links", ())):
            url = link.get("url") if isinstance(link, Mapping) else None
            if isinstance(url, str):
                return url
        return None
    try:
        for number, item in _fields(value):
            if number == 1 and isinstance(item, bytes):
                for inner, part in _fields(item):
                    if inner == 2 and isinstance(part, bytes):
                        return part.decode()
    except ValueError:
        return None
    return None


def _bad_request(value: bytes | Mapping[str, object]) -> list[tuple[str, str]]:
    violations: list[tuple[str, str]] = []
    if isinstance(value, Mapping):
        for violation in _iterate(value.get("fieldViolations", value.get("field_violations", ()))):
            if isinstance(violation, Mapping):
                field, description = violation.get("field", ""), violation.get("description", "")
                if isinstance(field, str) and isinstance(description, str):
                    violations.append((field, description))
        return violations
    try:
        for number, item in _fields(value):
            if number == 1 and isinstance(item, bytes):
                field, description = "", ""
                for inner, part in _fields(item):
                    if inner == 1 and isinstance(part, bytes):
                        field = part.decode()
                    elif inner == 2 and isinstance(part, bytes):
                        description = part.decode()
                violations.append((field, description))
    except ValueError:
        return []
    return violations


def _json_or_text(value: str) -> object:
    """A metadata value sent as JSON text, parsed; the text itself when it is
    not JSON (a server that sent a string where the registry declares another
    type)."""
    try:
        parsed: object = json.loads(value)
    except ValueError:
        return value
    return parsed


def _request_id(metadata: Metadata | None) -> str | None:
    if metadata is None:
        return None
    key = REQUEST_ID_HEADER.lower()
    pairs = metadata.items() if isinstance(metadata, Mapping) else metadata
    for name, value in pairs:
        if name.lower() == key:
            text = value.decode("latin-1") if isinstance(value, (bytes, bytearray)) else value
            return text or None
    return None


def _fields(data: bytes) -> Iterator[tuple[int, int | bytes]]:
    """The fields of a protobuf message: each field number with its value, an
    `int` (varint, fixed64, fixed32) or `bytes` (length-delimited). Raises
    `ValueError` on malformed input (UnicodeDecodeError, from a caller's
    `decode()`, is one too)."""
    at = 0
    while at < len(data):
        key, at = _varint(data, at)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise ValueError("field number 0")
        if wire == 0:
            value, at = _varint(data, at)
            yield number, value
        elif wire == 2:
            length, at = _varint(data, at)
            if at + length > len(data):
                raise ValueError("truncated field")
            yield number, data[at : at + length]
            at += length
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            if at + size > len(data):
                raise ValueError("truncated field")
            yield number, int.from_bytes(data[at : at + size], "little")
            at += size
        else:
            raise ValueError(f"wire type {wire}")


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        if at >= len(data) or shift > 63:
            raise ValueError("malformed varint")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def _int64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >= 1 << 63 else value


def _int32(value: int) -> int:
    value &= (1 << 32) - 1
    return value - (1 << 32) if value >= 1 << 31 else value
