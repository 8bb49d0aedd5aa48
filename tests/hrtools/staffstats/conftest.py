import pytest

from hrtools.staffstats.models import Snapshot, SnapshotPerson


def person(snapshot, unit, **values):
    defaults = {"age_group": "40-49", "gender": "kvinde", "education": "bibliotekar", "origin": "dansk",
                "seniority": "6-10", "hours": "37+", "employment_type": "fuldtid"}
    return SnapshotPerson(snapshot=snapshot, unit=unit, **{**defaults, **values})


@pytest.fixture
def small_team(world):
    """2024, built by hand: team_a (in house_a) has 3 women and 6 men; house_b has 20 women
    and 12 men; nobody else."""
    snapshot = Snapshot.objects.create(year=2024, counted_on="2024-12-31", source=Snapshot.Source.IMPORT)
    people = [person(snapshot, world.team_a, gender="kvinde") for _i in range(3)]
    people += [person(snapshot, world.team_a, gender="mand") for _i in range(6)]
    people += [person(snapshot, world.house_b, gender="kvinde") for _i in range(20)]
    people += [person(snapshot, world.house_b, gender="mand") for _i in range(12)]
    SnapshotPerson.objects.bulk_create(people)
    return snapshot
