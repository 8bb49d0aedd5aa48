"""Loads the organisation's real strategy content from `fixtures/source/*.json` into the
database: both strategies, the 17 Verdensmål and the whole 2023 plan, exactly as printed."""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from strategy.models import (
    Action,
    Foreword,
    Goal,
    KeyFigureRow,
    KeyFigureTable,
    Partner,
    Pejlemaerke,
    PhotoCaption,
    Plan,
    Priority,
    Project,
    StrategyPeriod,
    Value,
)

SOURCE_DIR = Path(settings.BASE_DIR) / "fixtures" / "source"


def _read(name):
    return json.loads((SOURCE_DIR / name).read_text(encoding="utf-8"))


def _paragraphs(value):
    if isinstance(value, list):
        return "\n\n".join(value)
    return value or ""


@transaction.atomic
def load_goals():
    for number, name in enumerate(_read("goals.json")["verdensmaal"], start=1):
        Goal.objects.update_or_create(kind=Goal.Kind.SDG, number=number, defaults={"name": name})


@transaction.atomic
def load_strategies():
    """Create both strategies with values, pejlemærker and priorities. A strategy that is
    already in the database is left as it is: it may have been edited since."""
    created = []
    for data in _read("strategies.json")["strategies"]:
        if StrategyPeriod.objects.filter(slug=data["slug"]).exists():
            continue
        known = {"slug", "name", "kind", "start_year", "end_year", "organisation_name", "intro", "vision",
                 "mission", "kerneopgave", "values", "pejlemaerker"}
        strategy = StrategyPeriod.objects.create(
            slug=data["slug"],
            name=data["name"],
            kind=data["kind"],
            start_year=data["start_year"],
            end_year=data["end_year"],
            organisation_name=data.get("organisation_name") or "Odense Biblioteker og Borgerservice",
            intro=_paragraphs(data.get("intro")),
            vision=_paragraphs(data.get("vision")),
            mission=_paragraphs(data.get("mission")),
            kerneopgave=_paragraphs(data.get("kerneopgave")),
            extra={key: value for key, value in data.items() if key not in known},
        )
        for order, value in enumerate(data.get("values", [])):
            Value.objects.create(strategy=strategy, order=order, title=value["title"],
                                 description=_paragraphs(value["description"]))
        for entry in data.get("pejlemaerker", []):
            pejlemaerke = Pejlemaerke.objects.create(
                strategy=strategy, number=entry["number"], slug=entry["slug"], name=entry["name"],
                ambition=entry.get("ambition") or "",
            )
            Priority.objects.bulk_create(
                Priority(pejlemaerke=pejlemaerke, order=order, text=text)
                for order, text in enumerate(entry.get("priorities", []))
            )
        created.append(strategy)
    return created


@transaction.atomic
def load_plan_2023():
    """Create the 2023 plan from its source files; returns None when it exists already."""
    texts, tables = _read("plan_2023.json"), _read("plan_2023_tables.json")
    if Plan.objects.filter(year=texts["year"]).exists():
        return None
    strategy = StrategyPeriod.objects.get(slug=texts["strategy"])
    pejlemaerker = {p.slug: p for p in strategy.pejlemaerker.all()}
    plan = Plan.objects.create(
        year=texts["year"], title=texts["title"], organisation_name=texts["organisation"], strategy=strategy,
        partners_intro=_paragraphs(tables["partners_intro"]),
    )
    for order, data in enumerate(texts["forewords"]):
        Foreword.objects.create(
            plan=plan, order=order, kind=data["kind"], heading=data["heading"], byline=data.get("byline") or "",
            body=_paragraphs(data["body"]), closing=data.get("closing") or "",
            signature_name=data.get("signature_name") or "", signature_title=data.get("signature_title") or "",
        )
    PhotoCaption.objects.bulk_create(
        PhotoCaption(plan=plan, order=order, caption=data["caption"], placement=data.get("placement") or "")
        for order, data in enumerate(texts["photo_captions"])
    )
    Partner.objects.bulk_create(
        Partner(plan=plan, order=order, name=data["name"], country=data.get("country") or "")
        for order, data in enumerate(tables["partners"])
    )
    for order, data in enumerate(tables["projects"]):
        Project.objects.create(
            plan=plan, order=order, pejlemaerke=pejlemaerker.get(data["pejlemaerke"]), title=data["title"],
            funder=data.get("funder") or "", period=data.get("period") or "",
            start_year=data.get("start_year"), end_year=data.get("end_year"),
            international=bool(data.get("international")), note=data.get("note") or "",
        )
    for order, data in enumerate(tables["key_figure_tables"]):
        table = KeyFigureTable.objects.create(
            plan=plan, order=order, slug=data["slug"], title=data["title"], unit=data.get("unit") or "",
            unit_note=data.get("unit_note") or "", columns=data["columns"],
            column_groups=data.get("column_groups"), notes="\n".join(data.get("notes") or []),
            source=data.get("source") or "", chart=data.get("chart"),
        )
        KeyFigureRow.objects.bulk_create(
            KeyFigureRow(table=table, order=row_order, label=row["label"], level=row.get("level", 0),
                         is_total=bool(row.get("is_total")), values=row["values"])
            for row_order, row in enumerate(data["rows"])
        )
    for slug, action_texts in texts["actions"].items():
        for order, text in enumerate(action_texts):
            Action.objects.create(
                plan=plan, pejlemaerke=pejlemaerker[slug], order=order, text=text,
                start_year=plan.year, end_year=plan.year,
            )
    return plan
