"""Every file the intranet sends goes through obb.downloads: it may not be sniffed as another
type, and a file with HR data (MUS, competences, personaleregnskab) is kept by no cache."""

import pytest
from django.urls import reverse

HR = "private, no-store"

DOWNLOADS = {
    "plan-pdf": ("lea", lambda w: reverse("reporting:plan_download", kwargs={"year": 2023, "fmt": "pdf"}), None),
    "plan-xlsx": ("lea", lambda w: reverse("reporting:plan_download", kwargs={"year": 2023, "fmt": "xlsx"}), None),
    "action-import-template": ("mia", lambda w: reverse("strategy:action_import_template", args=[2023]), None),
    "staffstats-template": ("hanne", lambda w: reverse("staffstats:import_template"), HR),
    "staffstats-pdf": ("hanne", lambda w: reverse("reporting:staffstats_pdf"), HR),
    "staffstats-xlsx": ("hanne", lambda w: reverse("reporting:staffstats_xlsx"), HR),
    "competences-xlsx": ("mia", lambda w: reverse("reporting:competences_unit_xlsx", args=[w.house_a.pk]), HR),
    "mus-plan-pdf": ("alice", lambda w: reverse("reporting:mus_plan_pdf", args=[w.mus_alice.pk]), HR),
    "mus-calendar": ("alice", lambda w: reverse("mus:ics", args=[w.mus_alice.pk]), HR),
}


@pytest.mark.parametrize("name", DOWNLOADS)
def test_every_download_is_not_sniffed_and_hr_data_is_not_cached(world, login, name):
    person, url, cache_control = DOWNLOADS[name]
    response = login(getattr(world, person)).get(url(world))
    assert response.status_code == 200, name
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["X-Content-Type-Options"] == "nosniff"
    if cache_control:
        assert response["Cache-Control"] == cache_control
    else:
        assert "no-store" not in response.get("Cache-Control", "")
