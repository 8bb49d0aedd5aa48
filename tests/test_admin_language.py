"""The admin speaks Danish in the parts that come from django-simple-history and django-axes,
which ship no Danish of their own (WCAG 3.1.2: a page marked Danish must not be in English).
The texts are in locale/da; a change there needs `compilemessages` (see the .po file)."""

import re
from pathlib import Path

from django.conf import settings
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
