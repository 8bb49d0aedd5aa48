"""HR enters Odense's reference figures; the overview shows them beside the staff."""

from decimal import Decimal

from hrtools.staffstats.models import ReferenceFigure


def test_hr_enters_reference_figures_that_must_add_up_to_100(world, login):
    client = login(world.hanne)
    data = {"source": "Danmarks Statistik, FOLK1A, 1. januar 2025", "gender__mand": "49,6", "gender__kvinde": "50,2",
            "gender__andet": "0,2"}
    response = client.post("/hr/personaleregnskab/referencetal/", {**data, "gender__kvinde": "40"})
    assert response.status_code == 200
    assert "giver 89,8\u00a0% i alt" in response.content.decode()
    assert not ReferenceFigure.objects.exists()
    response = client.post("/hr/personaleregnskab/referencetal/", data)
    assert response.status_code == 302
    assert ReferenceFigure.objects.get(dimension="gender", category="mand").share == Decimal("49.6")
    page = client.get("/hr/personaleregnskab/", {"dimension": "gender"}).content.decode()
    assert "Danmarks Statistik, FOLK1A" in page and "49,6&nbsp;%" in page
