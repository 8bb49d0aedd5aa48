"""Test-world objects for onboarding_recruitment (see tests/worlds/__init__.py)."""


def build(world):
    pass
