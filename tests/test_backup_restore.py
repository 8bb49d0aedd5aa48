"""A backup of the demo data restores into an empty database with nothing lost."""

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from obb.models import User


def _counts():
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label not in {"contenttypes", "auth", "sessions", "admin", "axes"}
    }


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_round_trip_the_demo_data(tmp_path, settings):
    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "plan-photos").mkdir(parents=True)
    (tmp_path / "media" / "plan-photos" / "foto.txt").write_text("billede")
    call_command("seed_demo", verbosity=0)
    before = _counts()
    leder = User.objects.get(username="leder")
    groups_before = set(leder.groups.values_list("name", flat=True))

    call_command("backup", output=str(tmp_path / "kopi"), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    (tmp_path / "media" / "plan-photos" / "foto.txt").unlink()
    assert User.objects.count() == 0

    call_command("restore", str(tmp_path / "kopi"), verbosity=0)
    assert _counts() == before
    leder = User.objects.get(username="leder")
    assert leder.check_password("obbdemo")
    assert set(leder.groups.values_list("name", flat=True)) == groups_before
    assert leder.manages(User.objects.get(username="medarbejder"))
    assert (tmp_path / "media" / "plan-photos" / "foto.txt").read_text() == "billede"


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_is_not_empty(tmp_path, world):
    call_command("backup", output=str(tmp_path / "kopi"), verbosity=0)
    with pytest.raises(CommandError, match="Databasen er ikke tom"):
        call_command("restore", str(tmp_path / "kopi"), verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_damaged_backup(tmp_path, world):
    call_command("backup", output=str(tmp_path / "kopi"), verbosity=0)
    (tmp_path / "kopi" / "data.json").write_text("[]")
    call_command("flush", interactive=False, verbosity=0)
    with pytest.raises(CommandError, match="beskadiget"):
        call_command("restore", str(tmp_path / "kopi"), verbosity=0)
