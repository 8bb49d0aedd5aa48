"""Values read from text nobody has validated yet: a query string (`?aar=2023`, `?enhed=12`)
or a cell of an imported sheet."""

from obb.validators import INTEGER_RANGE, YEAR_RANGE

_MAX_DIGITS = len(str(INTEGER_RANGE[1]))


class CellError(Exception):
    """A cell an import cannot take; the argument is the Danish reason, shown as the row's error."""


def parse_int(raw):
    """The whole number `raw` spells in plain digits 0-9, or None for anything else.

    Stricter than `str.isdigit()` and `int()`, which accept "²", "١٢" (Arabic-Indic digits),
    " 1" or "1_000"; `int()` of the first raises. Not a number either: a sign, a fraction, an
    exponent, and a number larger than a database integer holds, so the result can always be
    used as an id or in a query."""
    if not isinstance(raw, str) or not raw.isascii() or not raw.isdecimal() or len(raw) > _MAX_DIGITS:
        return None
    value = int(raw)
    return value if value <= INTEGER_RANGE[1] else None


def parse_year(raw):
    """The year `raw` spells (see parse_int) if it lies in YEAR_RANGE, else None."""
    year = parse_int(raw)
    return year if year is not None and YEAR_RANGE[0] <= year <= YEAR_RANGE[1] else None
