"""A PDF that cannot be made gives a clear Danish message, never the generic error page: lea's
download sends her back to the plan with the message, publishing leaves the plan as it was, and
the other PDF downloads show the message on their own page. A photo that cannot be read is left
out of the PDF; the rest of the plan is still printed."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from reporting.models import PublishedDocument
from strategy.models import PhotoCaption, Plan
from tests.reporting.pdftext import read_pdf

pytestmark = pytest.mark.django_db

MESSAGE = "PDF-filen kunne ikke dannes"


@pytest.fixture
def weasyprint_fails(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("WeasyPrint fell over")

    monkeypatch.setattr("reporting.pdf.HTML.write_pdf", explode)


def test_a_failing_pdf_download_sends_lea_back_to_the_plan_with_a_danish_message(world, login, weasyprint_fails):
    client = login(world.lea)
    url = reverse("reporting:plan_download", kwargs={"year": world.plan.year, "fmt": "pdf"})
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("reporting:plan_detail", kwargs={"year": world.plan.year})
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert MESSAGE in page.content.decode()


def test_the_html_download_still_works_while_the_pdf_fails(world, login, weasyprint_fails):
    client = login(world.lea)
    response = client.get(reverse("reporting:plan_download", kwargs={"year": world.plan.year, "fmt": "html"}))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def test_publishing_with_a_failing_pdf_leaves_the_plan_approved(world, login, weasyprint_fails):
    world.plan.move_to(Plan.Status.APPROVED, world.lea)
    client = login(world.lea)
    url = reverse("reporting:plan_move", kwargs={"year": world.plan.year, "status": "offentliggjort"})
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert "Planen er ikke offentliggjort" in response.content.decode()
    world.plan.refresh_from_db()
    assert world.plan.status == Plan.Status.APPROVED
    assert not PublishedDocument.objects.exists()


def test_other_pdf_downloads_show_the_message_on_a_danish_page(world, weasyprint_fails):
    client = Client(raise_request_exception=False)
    client.force_login(world.hanne)
    response = client.get(reverse("reporting:staffstats_pdf"))
    assert response.status_code == 500
    body = response.content.decode()
    assert MESSAGE in body
    assert "Der opstod en fejl" not in body, "not the generic error page"
    assert '<html lang="da"' in body


def test_a_photo_that_cannot_be_read_is_left_out_of_the_pdf(world, login, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    photo = PhotoCaption(plan=world.plan, placement="after_forewords", caption="Læsekreds i Dalum")
    photo.image.save("ødelagt.jpg", ContentFile(b"\xff\xd8\xff\xe0 not really a jpeg"), save=True)
    client = login(world.lea)
    response = client.get(reverse("reporting:plan_download", kwargs={"year": world.plan.year, "fmt": "pdf"}))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert "Læsekreds i Dalum" in read_pdf(response.content).full_text()
