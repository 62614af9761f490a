"""The shape of what beilun outputs: the fields of a fact object, numbers as written.

Light on purpose: the commands that read the persistent index import this, not the model.
"""

from __future__ import annotations

# The fields of a fact object, in the order JSON, CSV and --fields use them.
FACT_FIELDS = (
    "id",
    "topic",
    "claim",
    "quote",
    "value",
    "unit",
    "quantity",
    "as_of",
    "entities",
    "tags",
    "source",
)


def tidy_number(number: float) -> float | int:
    """114646000000.0 -> 114646000000: JSON readers should not see a spurious .0."""
    if isinstance(number, float) and number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number
