"""The source texts in tests/seeds are unedited copies of the organisation's documents."""

from pathlib import Path

import pytest

COPIES = Path(__file__).resolve().parent / "seeds"
ORIGINALS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.parametrize("name", ["000_bb33e6d3e7d78fc1.txt", "002_1c54d1c5555c651c.txt"])
def test_the_copy_is_the_original(name):
    copy = COPIES / name
    assert copy.stat().st_size > 5000
    original = ORIGINALS / name
    if not original.is_file():
        pytest.skip(f"the originals are not beside this clone ({ORIGINALS})")
    assert copy.read_bytes() == original.read_bytes()
