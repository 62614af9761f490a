"""What the Python API takes, checked where it enters, and the filters facts are narrowed by.

The commands pass what their options parsed: a wrong type is a TypeError, a value that means
nothing an InvalidArgument, which is a ValueError. Neither ever reaches SQLite, and neither is
ever read as damage.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence

from beilun_cli.base.errors import InvalidArgument
from beilun_cli.read.lazy_regex import Lazy


def text_argument(name: str, value: object) -> str:
    """A text given to the API, which must be a str. Lone surrogates (bytes that were not UTF-8,
    as os.fsdecode keeps them) stay: SQLite is given them as bytes (`index.Index`), and a
    message shows them escaped, as the byte that was given."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


_SURROGATES = Lazy("[\ud800-\udfff]")


def searchable(text: object) -> str:
    """A query given to `Catalog.search`, with lone surrogates replaced by U+FFFD: the analyzer
    hands text to C libraries (OpenCC, PyStemmer) that refuse them."""
    return _SURROGATES.sub("\ufffd", text_argument("text", text))


def _optional_text(name: str, value: object) -> str | None:
    return None if value is None else text_argument(name, value)


def integer_argument(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    return value


def limit_argument(limit: object) -> int | None:
    """A limit as every query takes it, the CLI's --limit and the API's limit= alike: None or 0
    for no limit; a negative one is an InvalidArgument. One larger than any base is no limit."""
    if limit is None:
        return None
    most = integer_argument("limit", limit)
    if most < 0:
        raise InvalidArgument("limit must be 0 (no limit) or more, not negative")
    return None if most == 0 or most > sys.maxsize else most


def _bound(name: str, value: object) -> float | None:
    """A minimum or maximum value, as the float the index compares with: an int too large for
    a float is an infinity, as it compares; NaN compares with nothing, and is refused."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf if value > 0 else -math.inf
    if math.isnan(number):
        raise InvalidArgument(f"{name} is not a number (NaN)")
    return number


_YEAR_MONTH = Lazy(r"(\d{4})(?:-(0[1-9]|1[0-2]))?")


def month_bound(when: int | str, *, last: bool) -> str:
    """A year or year-month as the first or `last` month it covers: 2019 -> 2019-01 or 2019-12;
    2019-06 -> 2019-06 either way. Anything else is an InvalidArgument."""
    if isinstance(when, bool) or not isinstance(when, int | str):
        raise TypeError(f"a year must be an int or a str, not {type(when).__name__}")
    if isinstance(when, str):
        written = text_argument("year", when)
    else:  # a huge int is not written out: str() refuses one of 5,000 digits
        written = str(when) if abs(when) < 10**12 else ""
    found = _YEAR_MONTH.fullmatch(written.strip())
    if found is None or int(found[1]) < 1000:
        shown = f"'{shown_query(written)}'" if written else "a number that large"
        raise InvalidArgument(f"{shown} is not a year or a year-month", "e.g. 2019 or 2019-06")
    year, month = found.groups()
    return f"{year}-{month or ('12' if last else '01')}"


class Filters:
    """What facts may be narrowed by; None means 'any'.

    `since` and `until` (a year or a year-month such as "2019-06") keep the facts whose time
    overlaps them or lies after (`since`) or before (`until`), bounds included; `year` is both
    at once. They are kept as the months they reach: since=2019 is "2019-01", until=2019 "2019-12".
    """

    __slots__ = ("topic", "entity", "measure", "unit", "minimum", "maximum", "since", "until")

    def __init__(
        self,
        *,
        topic: str | Sequence[str] | None = None,
        entity: str | None = None,
        measure: str | None = None,
        unit: str | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        year: int | None = None,
        since: int | str | None = None,
        until: int | str | None = None,
    ) -> None:
        # One topic, or several: facts of any of them.
        topics = [topic] if topic is None or isinstance(topic, str) else list(topic)
        self.topic: tuple[str, ...] | None = (
            tuple(text_argument("topic", item) for item in topics if item) or None
        )
        self.entity = _optional_text("entity", entity)
        self.measure = _optional_text("measure", measure)
        self.unit = _optional_text("unit", unit)
        self.minimum = _bound("minimum", minimum)
        self.maximum = _bound("maximum", maximum)
        since = year if year is not None else since
        until = year if year is not None else until
        self.since = None if since is None else month_bound(since, last=False)
        self.until = None if until is None else month_bound(until, last=True)


def shown_query(text: str) -> str:
    """A query as a message quotes it: at most 40 characters."""
    return text if len(text) <= 40 else text[:39] + "…"
