"""The real 2023 plan, loaded from fixtures/source and rendered once per test session."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction

from tests.reporting.pdftext import read_pdf


@dataclass
class Rendered2023:
    html: str
    pdf: bytes
    texts: dict  # plan_2023.json
    tables: dict  # plan_2023_tables.json

    @property
    def reader(self):
        return read_pdf(self.pdf)


@pytest.fixture(scope="session")
def rendered_2023(django_db_setup, django_db_blocker):
    """The 2023 plan as a draft, rendered to HTML and PDF; the database is left as it was."""
    from reporting.exporters.plan import PlanPdfExporter
    from strategy.loaders import load_goals, load_plan_2023, load_strategies

    source = Path(settings.BASE_DIR) / "fixtures" / "source"
    with django_db_blocker.unblock(), transaction.atomic():
        load_goals()
        load_strategies()
        plan = load_plan_2023()
        exporter = PlanPdfExporter(plan)
        html = exporter.render_html()
        pdf = exporter.render().content
        transaction.set_rollback(True)
    return Rendered2023(
        html=html,
        pdf=pdf,
        texts=json.loads((source / "plan_2023.json").read_text(encoding="utf-8")),
        tables=json.loads((source / "plan_2023_tables.json").read_text(encoding="utf-8")),
    )
