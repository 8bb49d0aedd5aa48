"""Test-world objects for competences (see tests/worlds/__init__.py)."""


def build(world):
    pass
