"""`obb.parsing.parse_int`: the one reading of a whole number from a query string or an imported
cell. Only plain digits 0-9 count; everything else is None, never an exception."""

import pytest

from obb.parsing import parse_int
from obb.validators import INTEGER_RANGE


@pytest.mark.parametrize(("raw", "expected"), [
    ("0", 0), ("7", 7), ("2023", 2023), ("007", 7), (str(INTEGER_RANGE[1]), INTEGER_RANGE[1]),
])
def test_plain_digits_are_a_number(raw, expected):
    assert parse_int(raw) == expected


@pytest.mark.parametrize("raw", [
    "", "²", "²⁰²³", "١٢", "２０２３", "1_000", " 1", "1 ", "-1", "+1", "1.5", "1,5", "1e9", "0x10", "abc",
    "99999999999999999999", str(INTEGER_RANGE[1] + 1), "9" * 5000, "1\x00", None, 12, 1.0,
])
def test_anything_else_is_none(raw):
    # "²" and "١٢" are digits to str.isdigit(); int("²") raises, int("١٢") is 12.
    assert parse_int(raw) is None
