"""Checks of one field as the loader reads a table: ids, times, and a fact's figure against its
unit's magnitude (亿 = 10^8, 公里 = 1000 m) and its quote."""

from __future__ import annotations

import math
import re

from beilun_cli import lexicon
from beilun_cli.base.errors import Problem
from beilun_cli.base.model import Quantity, When
from beilun_cli.base.records import PRECISIONS, QUALIFIERS
from beilun_cli.store.toml_files import Table

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NUMBER = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?")
TIME_POINT = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

# Known units as the article writes them -> (multiplier, normalised unit), from the vocabulary. A
# fact whose unit is listed there must carry amount == value * multiplier, which catches 亿/万 slips.
_MAGNITUDES = lexicon.magnitudes("zh")
_BASE_UNITS = lexicon.written_units()


def checked_quantity(
    table: Table, quote: str, value: float, unit: str, problems: list[Problem]
) -> Quantity | None:
    """A fact's quantity, or None with a problem for each way it disagrees with its value, unit
    and quote."""
    ident = table.data["id"]
    raw = table.data["quantity"]
    written = raw.get("written")
    qualifier = raw.get("qualifier")
    amount = raw.get("amount")
    amount_unit = raw.get("amount_unit")
    before = len(problems)
    if not isinstance(written, str) or not written or written not in quote:
        problems.append(table.problem(f"fact '{ident}': quantity.written {written!r} is not in its quote"))
    elif NUMBER.search(written):
        numerals = _numbers_equal_to(written, value)
        # 多/余 may stand between number and unit: 30多年, 180多个.
        if not any(re.search(re.escape(n) + "[多余]?" + re.escape(unit), written) for n in numerals):
            message = f"fact '{ident}': value {value}{unit} does not appear in {written!r}"
            problems.append(table.problem(message))
    elif unit and unit not in written:
        problems.append(table.problem(f"fact '{ident}': unit {unit!r} does not appear in {written!r}"))
    if qualifier not in QUALIFIERS:
        message = f"fact '{ident}': qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}"
        problems.append(table.problem(message))
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        problems.append(table.problem(f"fact '{ident}': quantity.amount must be a number"))
    elif (expected := expected_amount(value, unit)) is not None:
        factor, base = expected
        # A rate keeps its numerator's unit: 人均14.9平方米 is "m2-per-person".
        unit_fits = amount_unit == base or str(amount_unit).startswith(f"{base}-per-")
        if not math.isclose(amount, value * factor, rel_tol=1e-9) or not unit_fits:
            actual = f"{amount:g} {amount_unit}"
            message = f"fact '{ident}': {value}{unit} is {value * factor:g} {base}, not {actual}"
            problems.append(table.problem(message))
    if not isinstance(amount_unit, str) or not SLUG.match(amount_unit):
        problems.append(table.problem(f"fact '{ident}': amount_unit {amount_unit!r} is not a slug"))
    if len(problems) > before:
        return None
    assert isinstance(written, str) and isinstance(qualifier, str) and isinstance(amount_unit, str)
    return Quantity(written, qualifier, float(amount), amount_unit)


def checked_time(table: Table, quote: str, problems: list[Problem]) -> When | None:
    """A fact's `as_of`, or None with a problem for each way it is not a time its quote states."""
    ident = table.data["id"]
    raw = table.data["as_of"]
    written, start, end, precision = (raw.get(k) for k in ("written", "start", "end", "precision"))
    before = len(problems)
    if not isinstance(written, str) or (written and written not in quote):
        problems.append(table.problem(f"fact '{ident}': as_of.written {written!r} is not in its quote"))
    if precision not in PRECISIONS:
        message = f"fact '{ident}': precision {precision!r} is not one of {', '.join(PRECISIONS)}"
        problems.append(table.problem(message))
    for name, point in (("start", start), ("end", end)):
        if not isinstance(point, str) or not valid_time(point):
            message = f"fact '{ident}': as_of.{name} {point!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
            problems.append(table.problem(message))
    if len(problems) == before:
        assert isinstance(start, str) and isinstance(end, str)
        if start > end:
            problems.append(table.problem(f"fact '{ident}': as_of starts ({start}) after it ends ({end})"))
        elif precision == "day" and not (start == end and len(start) == 10):
            problems.append(table.problem(f"fact '{ident}': a day needs start == end as YYYY-MM-DD"))
        elif precision == "month" and not (start == end and len(start) == 7):
            problems.append(table.problem(f"fact '{ident}': a month needs start == end as YYYY-MM"))
        elif precision == "year" and not (start == end and len(start) == 4):
            problems.append(table.problem(f"fact '{ident}': a year needs start == end as YYYY"))
    if len(problems) > before:
        return None
    assert isinstance(written, str) and isinstance(start, str) and isinstance(end, str)
    assert isinstance(precision, str)
    return When(written, start, end, precision)


def _numbers_equal_to(written: str, value: float) -> list[str]:
    """The numerals in `written` whose value is `value` (1/6 counts as one sixth)."""
    matches = []
    for numeral in NUMBER.findall(written):
        top, _, bottom = numeral.partition("/")
        number = float(top) / float(bottom) if bottom and float(bottom) else float(top)
        if math.isclose(number, value, rel_tol=1e-9):
            matches.append(numeral)
    return matches


def expected_amount(value: float, unit: str) -> tuple[float, str] | None:
    """(multiplier, normalised unit) for a unit this loader knows, else None."""
    base = _BASE_UNITS.get(unit)
    if base is not None:
        return base
    if unit[:1] in _MAGNITUDES and unit[1:] in _BASE_UNITS:
        factor, name = _BASE_UNITS[unit[1:]]
        return factor * _MAGNITUDES[unit[0]], name
    return None


def valid_time(point: str) -> bool:
    """Whether a point in time is YYYY, YYYY-MM or YYYY-MM-DD, and a real month or day."""
    if not TIME_POINT.match(point):
        return False
    parts = [int(part) for part in point.split("-")]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        import datetime

        try:
            datetime.date(*parts)
        except ValueError:
            return False
    return True
