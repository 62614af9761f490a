"""Numbers as people write them: no spurious .0, a ratio as a simple fraction, else four
significant digits. Every layer that shows a number (tables, check's reasons, ask's answers) uses these."""

from __future__ import annotations


def tidy_number(number: float) -> float | int:
    """114646000000.0 -> 114646000000: readers should not see a spurious .0."""
    if isinstance(number, float) and number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number


def readable_number(number: float) -> str:
    """A value for a person: as written (6.5, 1146.46), a simple fraction (1/6), else 4 significant
    digits. A short decimal is how the article wrote it; a long one is a ratio stored as a float."""
    number = tidy_number(number)
    text = str(number)
    if isinstance(number, int) or len(text) <= 9 or "e" in text:
        return text
    from fractions import Fraction

    fraction = Fraction(number).limit_denominator(100)
    if float(fraction) == number and abs(fraction.numerator) < 1000:
        return f"{fraction.numerator}/{fraction.denominator}"
    import math

    decimals = max(0, 3 - math.floor(math.log10(abs(number))))
    rounded = f"{number:.{decimals}f}"
    return rounded.rstrip("0").rstrip(".") if decimals else rounded
