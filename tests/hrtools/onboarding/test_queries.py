"""The overviews' number of queries does not grow with the rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from hrtools.onboarding.services import start_onboarding
from tests.conftest import make_person


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_overview_and_the_checklist_do_not_grow_with_rows(world, login):
    client = login(world.hanne)
    detail = reverse("onboarding:onboarding_detail", args=[world.nina_onboarding.pk])
    few_overview, few_detail = _queries(client, reverse("onboarding:overview")), _queries(client, detail)
    for index in range(5):
        hire = make_person(f"ny{index}", world.house_b, [], manager=world.otto)
        start_onboarding(hire, timezone.localdate(), world.hanne, mentor=world.bob if index % 2 else None)
    world.onboarding_template.tasks.first().pk  # noqa: B018
    assert _queries(client, reverse("onboarding:overview")) == few_overview
    assert _queries(client, detail) == few_detail
