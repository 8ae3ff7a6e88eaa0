"""The gRPC reader (`error_codes.grpc`, in the package of a registry with
`grpc:` only): statuses built with Google's own message classes
(googleapis-common-protos, pinned in requirements-dev.txt) for every reason
of the generated tables read back as their codes. A package without `grpc:`
has no reader and collects none of these tests (conftest.py); the Rust test
`grpc_clients` runs them in the package of the gRPC fixture registry.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from datetime import timedelta
from typing import Any

from google.protobuf import any_pb2, duration_pb2, json_format  # type: ignore[import-untyped]
from google.rpc import error_details_pb2, status_pb2  # type: ignore[import-untyped]

from error_codes import ErrorCode, ErrorResponse, Retry
from error_codes._registry import REQUEST_ID_HEADER

grpc: Any = importlib.import_module("error_codes.grpc")
UNKNOWN_REASON = "REASON_ADDED_LATER"


def packed(message: Any) -> Any:
    detail = any_pb2.Any()
    detail.Pack(message)
    return detail


def status_of(code: ErrorCode, *, reason: str | None = None, domain: str | None = None) -> Any:
    """The status the API sends for `code`: exactly one ErrorInfo, then a
    RetryInfo for a code retried after a delay and a BadRequest for field errors."""
    reasons = {c: r for r, c in grpc.REASONS.items()}
    metadata = {}
    declared = grpc.MEMBERS.get(code)
    for index, (name, text) in enumerate((declared or {"note": True}).items()):
        metadata[name] = f"text {index}: 12" if text else json.dumps([name, 12])
    details = [
        packed(
            error_details_pb2.ErrorInfo(
                reason=reasons[code] if reason is None else reason,
                domain=grpc.DOMAIN if domain is None else domain,
                metadata=metadata,
            )
        )
    ]
    if code.retry is Retry.AFTER_DELAY:
        details.append(packed(error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=7, nanos=500_000_000))))
    if code.details is not None:
        violations = [error_details_pb2.BadRequest.FieldViolation(field="name", description=d) for d in ("is empty", "is long")]
        details.append(packed(error_details_pb2.BadRequest(field_violations=violations)))
    return status_pb2.Status(code=grpc.CANONICAL_CODES[code], message=code.meaning or "", details=details)


def forms(status: Any) -> dict[str, Any]:
    """The status as every form the reader takes."""
    as_json = json_format.MessageToDict(status)
    return {
        "message": status,
        "bytes": status.SerializeToString(),
        "mapping": as_json,
        "text": json.dumps(as_json),
    }


def test_the_tables_cover_every_code() -> None:
    assert set(grpc.REASONS.values()) == set(ErrorCode)
    assert set(grpc.CANONICAL_CODES) == set(ErrorCode)
    assert all(1 <= n <= 16 for n in grpc.CANONICAL_CODES.values())


def test_every_reason_reads_back_as_its_code_in_every_form() -> None:
    metadata = [(REQUEST_ID_HEADER.lower(), "req-1"), ("other", "x")]
    for code in ErrorCode:
        for form, status in forms(status_of(code)).items():
            read = grpc.from_status(status, metadata)
            assert isinstance(read, ErrorResponse), (code, form)
            assert read.code is code, form
            assert read.status == code.http_status
            assert read.error.message == (code.meaning or "")
            assert read.request_id == "req-1"
            want_delay = timedelta(seconds=7.5) if code.retry is Retry.AFTER_DELAY else None
            assert read.retry_after == want_delay, (code, form)
            details = dict(read.error.details or {})
            if code.details is not None:
                assert details.pop("fields") == {"name": ["is empty", "is long"]}
            declared = grpc.MEMBERS.get(code, {"note": True})
            assert set(details) == set(declared), code
            for name, value in details.items():
                if declared[name]:
                    assert isinstance(value, str), (code, name)
                else:
                    assert value == [name, 12], (code, name)


def test_an_unknown_reason_is_kept_as_sent() -> None:
    for code in ErrorCode:
        for form, status in forms(status_of(code, reason=UNKNOWN_REASON)).items():
            read = grpc.from_status(status)
            assert read is not None, form
            assert read.code == UNKNOWN_REASON
            assert not read.error.known
            assert read.status == grpc.CANONICAL_HTTP_STATUS[grpc.CANONICAL_CODES[code]]
            assert read.request_id is None


def test_another_domain_or_no_error_info_is_not_this_apis() -> None:
    code = next(iter(ErrorCode))
    for form, status in forms(status_of(code, domain="other." + grpc.DOMAIN)).items():
        assert grpc.from_status(status) is None, form
    bare = status_pb2.Status(code=grpc.CANONICAL_CODES[code], message="no details")
    for form, status in forms(bare).items():
        assert grpc.from_status(status) is None, form
    for broken in (b"\xff", b"\x1a\x05ab", "not json", {"code": "5"}, {"message": "m"}, 12):
        assert grpc.from_status(broken) is None, broken


def test_a_grpcio_call_reads_through_grpcio_status() -> None:
    from grpc_status import rpc_status  # type: ignore[import-untyped]

    code = next(iter(ErrorCode))
    sent = rpc_status.to_status(status_of(code))

    class Call:
        def code(self) -> Any:
            return sent.code

        def details(self) -> str:
            return str(sent.details)

        def trailing_metadata(self) -> Any:
            return (*sent.trailing_metadata, (REQUEST_ID_HEADER.lower(), "req-2"))

    read = grpc.from_call(Call())
    assert read is not None
    assert read.code is code
    assert read.request_id == "req-2"

    class Disagreeing(Call):
        def details(self) -> str:
            return "another message than the status's"

    assert grpc.from_call(Disagreeing()) is None


def test_importing_the_package_imports_no_grpc() -> None:
    probe = (
        "import sys, error_codes, error_codes.grpc\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('grpc', 'grpc_status', 'google')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
