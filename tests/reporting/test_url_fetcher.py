"""The PDF fetches nothing but the app's own static and media files: text a user typed cannot
pull a local file or an internal address into a PDF."""

import pytest
from django.conf import settings
from django.test import override_settings

from reporting.exporters.plan import PlanHtmlExporter, PlanPdfExporter
from reporting.pdf import SafeURLFetcher, URLRefused, render_pdf
from tests.reporting.pdftext import read_pdf

IMG = '<img src="file:///etc/passwd">'


@pytest.fixture
def fetcher():
    return SafeURLFetcher()


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "file://localhost/etc/passwd",
    "http://127.0.0.1:8000/admin/",
    "http://intranet.internal/secret",
    "https://example.org/logo.png",
    "ftp://example.org/file",
    "data:text/plain,hello",
    "file:///static/../etc/passwd",
    "file:///static/..%2F..%2Fetc/passwd",
    "file:///media/../../etc/passwd",
])
def test_the_fetcher_refuses_anything_but_static_and_media(fetcher, url):
    with pytest.raises(URLRefused):
        fetcher(url)


def test_the_fetcher_refuses_a_project_file_outside_static_and_media(fetcher):
    outside = settings.BASE_DIR / "manage.py"
    assert outside.is_file()
    with pytest.raises(URLRefused):
        fetcher(outside.as_uri())
    with pytest.raises(URLRefused):
        fetcher("file:///static/../manage.py")


def test_the_fetcher_serves_the_apps_static_files(fetcher):
    response = fetcher("file:///static/reporting/plan-print.css")
    assert b"@page" in response.read()
    assert response.content_type == "text/css"
    font = fetcher("file:///static/vendor/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2")
    assert font.read(4) == b"wOF2"


def test_the_fetcher_serves_media_files(fetcher, tmp_path):
    (tmp_path / "plan-photos").mkdir()
    (tmp_path / "plan-photos" / "foto.txt").write_bytes(b"billede")
    with override_settings(MEDIA_ROOT=tmp_path):
        assert fetcher("file:///media/plan-photos/foto.txt").read() == b"billede"
        with pytest.raises(URLRefused):
            fetcher("file:///media/plan-photos/findes-ikke.txt")


def test_markup_that_reaches_weasyprint_still_fetches_nothing(caplog):
    html = ('<html lang="da"><head><title>T</title><link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
            '</head><body><p>Tekst</p><img src="file:///etc/passwd" alt="x">'
            '<img src="/static/../../../../etc/passwd" alt="y"></body></html>')
    pdf = render_pdf(html)
    reader = read_pdf(pdf)
    assert not any("/Subtype /Image" in text for text in reader.objects.values())
    assert "Tekst" in reader.full_text()


@pytest.mark.django_db
def test_an_action_with_an_img_tag_is_printed_as_text(world):
    world.action_a.text = f"Se {IMG} her"
    world.action_a.save()
    html = PlanHtmlExporter(world.plan).render().content.decode()
    assert IMG not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    pdf = PlanPdfExporter(world.plan).render().content
    reader = read_pdf(pdf)
    assert IMG in reader.full_text().replace("\n", "")
    assert not any("/Subtype /Image" in text for text in reader.objects.values())
