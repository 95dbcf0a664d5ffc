"""Dates: whatever a file gives as a publication date -> ISO "YYYY-MM-DD", or "" when unclear."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")

#: Epoch numbers above this are milliseconds (the year 2286 in seconds).
_MILLISECONDS = 10_000_000_000


def iso_date(value: object) -> str:
    """Return ``value`` (ISO text, "Sep 24, 2025", epoch seconds/ms, date) as YYYY-MM-DD, or ""."""
    if value is None or value == "" or isinstance(value, bool):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > _MILLISECONDS else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return ""
    text = str(value).strip()
    match = _ISO.match(text)
    if match:
        try:
            return date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return ""
    return _parse_loose(text)


def _parse_loose(text: str) -> str:
    """Return a free-form date ("24 September 2025", "09/24/2025") as ISO, or "" when unparseable."""
    if not text or len(text) > 64 or not re.search(r"\d{4}", text):
        return ""  # a date without a year would get this year's, which is a guess
    from dateutil import parser

    try:
        return parser.parse(text, default=datetime(2000, 1, 1)).date().isoformat()
    except (ValueError, OverflowError, parser.ParserError):
        return ""
