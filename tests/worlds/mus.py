"""Test-world objects for MUS (see tests/worlds/__init__.py)."""


def build(world):
    pass
