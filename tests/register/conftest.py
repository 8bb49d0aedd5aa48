import pytest


@pytest.fixture
def coded(world):
    """The test world's units with the HR system's unit codes."""
    for code, unit in (("100", world.root), ("110", world.house_a), ("111", world.team_a), ("120", world.house_b),
                       ("130", world.stab)):
        unit.code = code
        unit.save()
    return world
