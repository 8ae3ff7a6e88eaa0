"""Typed values of the response headers: `Retry-After` and the rate-limit figures.

Hand-written: the header names come from the generated `Header` enum. A
value that does not parse reads as absent (`None`): a header is advice,
never a reason to lose the error it came with.
"""

from __future__ import annotations

import calendar
import math
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from ._registry import RATE_LIMIT_HEADERS

__all__ = [
    "Headers",
    "RateLimit",
    "header_value",
    "parse_rate_limit",
    "parse_retry_after",
]


class Headers(Protocol):
    """A response's headers: a `dict`, `http.client.HTTPMessage`,
    `email.message.Message`, a requests/httpx header mapping..."""

    def items(self) -> Iterable[tuple[str, str]]: ...


def header_value(headers: Headers | None, name: str) -> str | None:
    """A header's value (names compare case-insensitively), or `None`;
    repeated fields are joined with ", "."""
    if headers is None:
        return None
    wanted = name.lower()
    values = [value for key, value in headers.items() if key.lower() == wanted and isinstance(value, str)]
    return ", ".join(values) if values else None


_DIGITS = re.compile(r"[0-9]+")
_OWS = " \t"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TIME = r"(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
_MONTH = "(?P<month>" + "|".join(_MONTHS) + ")"
# RFC 9110 section 5.6.7: the preferred IMF-fixdate, and the obsolete
# RFC 850 and asctime forms every recipient must accept. Case-sensitive.
_HTTP_DATES = (
    re.compile(rf"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?P<day>[0-9]{{2}}) {_MONTH} (?P<year>[0-9]{{4}}) {_TIME} GMT"),
    re.compile(
        rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
        rf"(?P<day>[0-9]{{2}})-{_MONTH}-(?P<year>[0-9]{{2}}) {_TIME} GMT"
    ),
    re.compile(rf"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) {_MONTH} (?P<day>[0-9]{{2}}| [0-9]) {_TIME} (?P<year>[0-9]{{4}})"),
)


def _non_negative_integer(value: str) -> int | None:
    trimmed = value.strip(_OWS)
    return int(trimmed) if _DIGITS.fullmatch(trimmed) else None


def _http_date(value: str, now: float) -> int | None:
    """An HTTP-date as Unix seconds, or `None`."""
    for form in _HTTP_DATES:
        match = form.fullmatch(value)
        if match is not None:
            break
    else:
        return None
    year = int(match["year"])
    if len(match["year"]) == 2:
        # RFC 9110: a two-digit year that would be more than 50 years in the
        # future is the most recent year in the past with the same two digits.
        latest = time.gmtime(now).tm_year + 50
        year = latest - (latest - year) % 100
    month = _MONTHS.index(match["month"]) + 1
    day = int(match["day"].strip())
    hour, minute, second = int(match["hour"]), int(match["minute"]), int(match["second"])
    if hour > 23 or minute > 59 or second > 60:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    # timegm counts second 60 (a leap second) as the next minute's first.
    return calendar.timegm((year, month, day, hour, minute, second, 0, 0, 0))


def parse_retry_after(value: str | None, *, now: datetime | float | None = None) -> timedelta | None:
    """A `Retry-After` value as a delay, or `None` when absent or not valid.

    Both forms of RFC 9110 are read: delay-seconds (`"120"`) and an
    HTTP-date, which gives the time from `now` (an aware `datetime` or Unix
    seconds; by default the current time) to that date, rounded up to whole
    seconds, and zero for a date in the past. A negative, fractional or
    otherwise malformed value, or one too large for a `timedelta`, gives
    `None`.
    """
    if value is None:
        return None
    trimmed = value.strip(_OWS)
    if _DIGITS.fullmatch(trimmed):
        seconds = int(trimmed)
    else:
        at = time.time() if now is None else now.timestamp() if isinstance(now, datetime) else now
        date = _http_date(trimmed, at)
        if date is None:
            return None
        seconds = max(0, math.ceil(date - at))
    try:
        return timedelta(seconds=seconds)
    except OverflowError:
        return None


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The rate-limit figures (under the registry's header names) of a response, each `None` when not sent
    (or not a non-negative integer)."""

    limit: int | None = None
    """Requests allowed in the window."""
    remaining: int | None = None
    """Requests left in the window."""
    reset: int | None = None
    """The integer the API sends for the window's reset."""


def parse_rate_limit(headers: Headers | None) -> RateLimit:
    """The rate-limit figures (under the registry's header names) of a response's headers."""

    def figure(name: str | None) -> int | None:
        value = None if name is None else header_value(headers, name)
        return None if value is None else _non_negative_integer(value)

    limit, remaining, reset = RATE_LIMIT_HEADERS
    return RateLimit(limit=figure(limit), remaining=figure(remaining), reset=figure(reset))
