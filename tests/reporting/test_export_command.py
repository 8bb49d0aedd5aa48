"""Automation exports the plan from the command line: manage.py export_plan."""

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from strategy.models import Plan
from strategy.services.publication import move_plan
from tests.reporting.pdftext import read_pdf

pytestmark = pytest.mark.django_db


def test_export_pdf_html_and_xlsx(world, tmp_path):
    for fmt in ("pdf", "html", "xlsx"):
        target = tmp_path / f"plan.{fmt}"
        call_command("export_plan", "2023", "--format", fmt, "--output", str(target), stderr=io.StringIO())
        content = target.read_bytes()
        if fmt == "pdf":
            assert "KLADDE" in read_pdf(content).full_text()
        elif fmt == "html":
            assert "OBB afvikler et tværgående værtskabskursus" in content.decode()
        else:
            assert "Service" in load_workbook(io.BytesIO(content)).sheetnames


def test_a_published_plan_exports_the_stored_pdf(world, tmp_path):
    move_plan(world.plan, Plan.Status.APPROVED, world.lea)
    plan = move_plan(world.plan, Plan.Status.PUBLISHED, world.lea)
    target = tmp_path / "plan.pdf"
    call_command("export_plan", "2023", "--format", "pdf", "--output", str(target), stderr=io.StringIO())
    assert target.read_bytes() == bytes(plan.published_documents.get(format="pdf").content)


def test_a_year_without_a_plan_is_a_clear_error(world, tmp_path):
    with pytest.raises(CommandError, match="Der findes ingen plan for 1999"):
        call_command("export_plan", "1999", "--output", str(tmp_path / "x.pdf"))
    with pytest.raises(CommandError, match="findes ikke"):
        call_command("export_plan", "2023", "--output", str(tmp_path / "mangler" / "x.pdf"))
