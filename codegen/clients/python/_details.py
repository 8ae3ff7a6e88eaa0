"""Reading typed `error.details`: what the generated `details` module's
readers are made of. Hand-written; the codes and their members come from
the registry (`details.py`, generated).

A member is read from the details object by its wire name. A required member
that is absent or `null` is an error; an optional one reads as `None`. A
`string` is a `str`; an `integer` an `int` within 64 bits, never a `bool`
(`True` is an `int` to Python, not to JSON) nor a `float` such as `1.0`; a
`number` a `float`, from a JSON integer too; a `boolean` a `bool`; an
`object` a JSON object, read as its dataclass; a list a JSON array (a
`list` or `tuple`), read as a `tuple` whose every item has the item type.
A string member with `enum:` values keeps any string: a value added to the
API later is not an error. Members the registry does
not declare are ignored. Whatever the details hold, reading them either
returns or raises `DetailsError`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["DetailsError", "FieldErrors"]

_T = TypeVar("_T")

_I64 = range(-(2**63), 2**63)
"""What the registry's `integer` holds: 64 bits, signed, as the Rust crate reads it."""


class DetailsError(ValueError):
    """`error.details` that do not have what the registry declares for the
    code: a required member absent or `null`, or a member of another type.
    `ErrorBody.details` still holds them as they came."""

    code: str
    """The error's code."""
    member: str | None
    """The member at fault, by its wire name (`None`: the details as a whole)."""
    reason: str
    """What is wrong with it, for people."""

    def __init__(self, code: str, member: str | None, reason: str) -> None:
        self.code = code
        self.member = member
        self.reason = reason
        where = "details" if member is None else f"details member {member!r}"
        super().__init__(f"{code}: {where} {reason}")


@dataclass(frozen=True, slots=True)
class FieldErrors:
    """`error.details` of a code declaring `details: field_errors`: each
    field with the problems found with it, in the order they were found."""

    fields: Mapping[str, tuple[str, ...]]
    """Each field's name and its problems."""


class _Mismatch(Exception):
    """A value of another type than the member's: what is wrong, as the end
    of a sentence about the member (`is a string, not an integer`)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    @classmethod
    def of(cls, value: object, expected: str) -> _Mismatch:
        return cls(f"is {_json_type(value)}, not {expected}")


def _json_type(value: object) -> str:
    """What a JSON value is, for an error message (never the value itself:
    it is the server's text)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def string(value: object) -> str:
    """A `string` (or an `enum:` string: any value is kept)."""
    if isinstance(value, str):
        return value
    raise _Mismatch.of(value, "a string")


def integer(value: object) -> int:
    """An `integer`: 64 bits, and neither a `bool` nor a `float`."""
    if isinstance(value, int) and not isinstance(value, bool) and value in _I64:
        return value
    raise _Mismatch.of(value, "an integer (64 bits)")


def number(value: object) -> float:
    """A `number`: a float, or an integer read as one."""
    if isinstance(value, float):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            pass
    raise _Mismatch.of(value, "a number")


def boolean(value: object) -> bool:
    """A `boolean`."""
    if isinstance(value, bool):
        return value
    raise _Mismatch.of(value, "a boolean")


def list_of(item: Callable[[object], _T]) -> Callable[[object], tuple[_T, ...]]:
    """A list (`T[]`) of items read by `item`, as a tuple."""

    def read(value: object) -> tuple[_T, ...]:
        if not isinstance(value, (list, tuple)):
            raise _Mismatch.of(value, "an array")
        items = []
        for index, each in enumerate(value):
            try:
                items.append(item(each))
            except _Mismatch as mismatch:
                raise _Mismatch(f"has item {index} that {mismatch.reason}") from None
        return tuple(items)

    return read


def object_of(read: Callable[[Members], _T]) -> Callable[[object], _T]:
    """An object with declared members (`type: object`), read by `read` (the
    generated reader of its dataclass); members it does not declare are
    ignored."""

    def read_object(value: object) -> _T:
        if not isinstance(value, Mapping):
            raise _Mismatch.of(value, "an object")
        try:
            return read(Members("", value))
        except DetailsError as error:
            raise _Mismatch(f"has member {error.member!r} that {error.reason}") from None

    return read_object


class Members:
    """The members of one code's details object, read by wire name."""

    __slots__ = ("_code", "_value")

    def __init__(self, code: str, value: object) -> None:
        if not isinstance(value, Mapping):
            raise DetailsError(code, None, f"are {_json_type(value)}, not an object")
        self._code = code
        self._value: Mapping[object, object] = value

    def required(self, name: str, read: Callable[[object], _T]) -> _T:
        """A member the code always sends."""
        if name not in self._value:
            raise DetailsError(self._code, name, "is missing")
        value = self._value[name]
        if value is None:
            raise DetailsError(self._code, name, "is null")
        return self._read(name, value, read)

    def optional(self, name: str, read: Callable[[object], _T]) -> _T | None:
        """A member the code may leave out: `None` when absent or `null`."""
        value = self._value.get(name)
        return None if value is None else self._read(name, value, read)

    def _read(self, name: str, value: object, read: Callable[[object], _T]) -> _T:
        try:
            return read(value)
        except _Mismatch as mismatch:
            raise DetailsError(self._code, name, mismatch.reason) from None


def field_errors(code: str, value: object) -> FieldErrors:
    """`{"fields": {name: [problem, ...]}}`, as the Rust crate reads it."""
    members = Members(code, value)
    fields = members.required("fields", _fields)
    return FieldErrors(fields=fields)


def _fields(value: object) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(value, Mapping):
        raise _Mismatch.of(value, "an object of fields")
    read = list_of(string)
    fields: dict[str, tuple[str, ...]] = {}
    for name, problems in value.items():
        try:
            fields[str(name)] = read(problems)
        except _Mismatch as mismatch:
            raise _Mismatch(f"has a field that {mismatch.reason}") from None
    return fields
