"""The admin speaks Danish in the parts that come from django-simple-history and django-axes,
which ship no Danish of their own (WCAG 3.1.2: a page marked Danish must not be in English).
The texts are in locale/da; a change there needs `compilemessages` (see the .po file)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

PO = Path(settings.BASE_DIR) / "locale" / "da" / "LC_MESSAGES" / "django.po"


def _catalogue():
    """{msgid: msgstr} of the single-line and wrapped entries of the .po file (plurals left out)."""
    text = PO.read_text(encoding="utf-8")
    entries = {}
    for block in text.split("\n\n"):
        match = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block, re.MULTILINE)
        if match:
            msgid, msgstr = ("".join(re.findall(r'"(.*)"', part)) for part in match.groups())
            if msgid:
                entries[msgid.replace('\\"', '"')] = msgstr.replace('\\"', '"')
    return entries


def test_every_text_of_the_catalogue_is_compiled_and_used():
    entries = _catalogue()
    assert len(entries) > 50
    with translation.override("da"):
        assert {msgid: gettext(msgid) for msgid in entries} == entries


def test_the_history_page_of_the_admin_is_in_danish(world, login):
    page = login(world.adam).get(reverse("admin:obb_unit_history", args=[world.team_a.pk])).content.decode()
    assert "Vælg et tidspunkt i listen herunder for at gendanne en tidligere version af objektet." in page
    assert "Ændret af" in page and "Dato/tid" in page
    assert "Choose a date" not in page and "Changed by" not in page and "None" not in page


def test_the_login_attempts_are_named_in_danish_in_the_admin(world, login):
    page = login(world.adam).get(reverse("admin:index")).content.decode()
    assert "Loginforsøg" in page
    assert "Access attempts" not in page


def test_every_column_of_every_admin_list_has_a_danish_heading():
    """A column that is not a model field (a method, a property) needs its own description, or the
    admin heads it with the attribute's English name ("Short text")."""
    from django.contrib import admin
    from django.contrib.admin.utils import label_for_field
    from django.core.exceptions import FieldDoesNotExist

    unnamed = []
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in {"obb", "strategy", "competences", "mus", "recruitment", "onboarding",
                                         "staffstats", "reporting", "scim"}:
            continue
        for name in model_admin.list_display:
            if name == "__str__":
                continue
            try:
                model._meta.get_field(name)
                continue
            except FieldDoesNotExist:
                pass
            attribute = getattr(model_admin, name, None) or getattr(model, name, None)
            if not hasattr(attribute, "short_description"):
                unnamed.append(f"{model._meta.label}.{name}: {label_for_field(name, model, model_admin)}")
    assert unnamed == []


def test_the_permissions_the_admin_assigns_are_named_in_danish(db):
    from django.contrib.auth.models import Permission

    names = dict(Permission.objects.filter(content_type__app_label="strategy").values_list("codename", "name"))
    assert names["add_action"] == "Kan tilføje handling"
    assert names["change_pejlemaerke"] == "Kan ændre pejlemærke"
    assert names["view_plan"] == "Kan se handlingsplan"
    assert names["view_historicalaction"] == "Kan se historisk handling"
    english = Permission.objects.filter(Q(name__startswith="Can ") | Q(name__icontains="historical"))
    assert list(english.values_list("name", flat=True)) == []


@pytest.mark.django_db(transaction=True)
def test_the_permissions_stay_danish_after_the_database_is_emptied():
    """`flush` (as after every test that commits) makes the permissions anew: in Danish too."""
    from django.contrib.auth.models import Permission
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    assert Permission.objects.filter(codename="add_accessattempt").get().name == "Kan tilføje loginforsøg"
    assert not Permission.objects.filter(Q(name__startswith="Can ") | Q(name__icontains="historical")).exists()
