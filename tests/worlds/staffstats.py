"""Test-world objects for staffstats (see tests/worlds/__init__.py)."""


def build(world):
    pass
