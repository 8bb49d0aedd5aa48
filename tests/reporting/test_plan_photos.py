"""A plan photo with an uploaded image is printed in the PDF, with its caption."""

import struct
import zlib

import pytest
from django.core.files.base import ContentFile

from reporting.exporters.plan import PlanPdfExporter
from strategy.models import PhotoCaption
from tests.reporting.pdftext import read_pdf

pytestmark = pytest.mark.django_db


def small_png(width=8, height=6, rgb=(0, 102, 153)):
    """A real PNG image, written with the standard library."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _row in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_a_photo_with_an_image_is_printed_with_its_caption(world, media_root):
    photo = PhotoCaption(plan=world.plan, caption="Læsehest på Hovedbiblioteket", alt_text="En læsehest")
    photo.image.save("laesehest.png", ContentFile(small_png()), save=True)
    assert (media_root / photo.image.name).is_file()

    pdf = PlanPdfExporter(world.plan).render().content
    assert b"/Subtype /Image" in pdf
    assert "Læsehest på Hovedbiblioteket" in read_pdf(pdf).full_text()


def test_a_caption_without_an_image_prints_no_image(world, media_root):
    PhotoCaption.objects.create(plan=world.plan, caption="Børn i makerspace")
    pdf = PlanPdfExporter(world.plan).render().content
    assert b"/Subtype /Image" not in pdf
    assert "Børn i makerspace" in read_pdf(pdf).full_text()
