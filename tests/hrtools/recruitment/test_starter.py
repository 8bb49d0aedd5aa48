"""A new install gets the guide's nine steps from `manage.py load_recruitment_guide`; a guide HR
has already filled in is left alone."""

import io

import pytest
from django.core.management import call_command

from hrtools.recruitment.models import GuideStep


def load():
    out = io.StringIO()
    call_command("load_recruitment_guide", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_an_empty_guide_gets_the_nine_steps_once():
    assert "9 trin oprettet" in load()
    titles = list(GuideStep.objects.order_by("order").values_list("title", flat=True))
    assert titles[0] == "Behovsafklaring" and titles[-1] == "Svar til øvrige ansøgere" and len(titles) == 9
    assert GuideStep.objects.get(title="Ansøgningsfrist").offset_days == 0
    assert "intet er ændret" in load()
    assert GuideStep.objects.count() == 9


@pytest.mark.django_db
def test_a_guide_hr_has_started_is_left_alone():
    GuideStep.objects.create(order=1, title="Vores eget trin", text="", offset_days=-10)
    load()
    assert list(GuideStep.objects.values_list("title", flat=True)) == ["Vores eget trin"]
