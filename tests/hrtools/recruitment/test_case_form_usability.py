"""The new recruitment case's form: the committee is a list of checkboxes naming each person's
unit (the page's script adds search and puts the unit's people first), no "---------"
placeholder, and an error summary that links each error to its field."""

import re

from django.urls import reverse

from hrtools.recruitment.models import RecruitmentCase


def test_the_committee_is_a_checkbox_list_naming_each_persons_unit(world, login):
    response = login(world.hanne).get(reverse("recruitment:case_create"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<select name=\"committee\"" not in html
    checkbox = re.search(rf'<input type="checkbox" name="committee" value="{world.alice.pk}"[^>]*>', html).group(0)
    assert f'data-unit="{world.team_a.pk}"' in checkbox and 'data-sort-by="id_unit"' in checkbox
    assert "Alice Testesen (Team Nord)" in html
    assert "Hold Ctrl" not in html


def test_no_dashes_as_placeholders(world, login):
    response = login(world.hanne).get(reverse("recruitment:case_create"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "---------" not in html
    assert ">Vælg enhed</option>" in html and ">Vælg leder</option>" in html


def test_a_refused_case_lists_its_errors_with_links_to_the_fields(world, login):
    response = login(world.hanne).post(reverse("recruitment:case_create"), {"title": ""})
    assert response.status_code == 200
    html = response.content.decode()
    summary = re.search(r'<div class="alert alert-error" role="alert"[^>]*>(.*?)</ul>', html, re.S).group(1)
    assert "Formularen blev ikke gemt" in summary
    assert '<a href="#id_title">Stillingsbetegnelse:' in summary
    assert '<a href="#id_unit">Enhed:' in summary
    assert not RecruitmentCase.objects.filter(title="").exists()
