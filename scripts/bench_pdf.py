#!/usr/bin/env python
"""Benchmark of the yearly plan's PDF (not a test: it prints figures, it asserts nothing).

    .venv/bin/python scripts/bench_pdf.py [--runs 5]

Builds a throw-away SQLite database with the real 2023 plan and a plan ten times its size, then
measures in a fresh process per case:
  * the median time of the app's full export (PlanPdfExporter.render(): queries, template, charts,
    WeasyPrint) for the 2023 plan and for the tenfold plan, with the process's peak memory;
  * the median time of WeasyPrint alone rendering the same HTML string with the same options, and
    the ratio of the two (the app's overhead).
Budget (docs/performance.md): 2023 < 3 s; tenfold < 20 s and < 600 MB; overhead < 1.2×.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(database):
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()


def build_database(database):
    setup_django(database)
    from django.core.management import call_command
    from django.db import transaction

    call_command("migrate", verbosity=0, skip_checks=True)
    from strategy.loaders import load_goals, load_plan_2023, load_strategies

    load_goals()
    load_strategies()
    plan = load_plan_2023()
    with transaction.atomic():
        make_tenfold(plan, year=2033, factor=10)


def make_tenfold(plan, *, year, factor):
    """A plan `factor` times the size of `plan`: pejlemærker, priorities, actions, projects,
    partners, photos and key-figure tables all repeated."""
    from strategy.models import (
        Action,
        Foreword,
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

    source = plan.strategy
    strategy = StrategyPeriod.objects.create(
        slug=f"bench-{year}", name=f"{source.name} (x{factor})", start_year=year, end_year=year,
        intro=source.intro, vision=source.vision, mission=source.mission, kerneopgave=source.kerneopgave,
        extra=source.extra)
    for value in source.values.all():
        Value.objects.create(strategy=strategy, order=value.order, title=value.title, description=value.description)
    big = Plan.objects.create(year=year, title=f"Det gør vi {year}", strategy=strategy,
                              partners_intro=plan.partners_intro)
    for foreword in plan.forewords.all():
        foreword.pk = None
        foreword.plan = big
        foreword.body = "\n\n".join([foreword.body] * 2)
        foreword.save()
    number = 0
    originals = list(source.pejlemaerker.prefetch_related("priorities").order_by("number"))
    project_order = action_order = 0
    for copy in range(factor):
        for original in originals:
            number += 1
            pejlemaerke = Pejlemaerke.objects.create(
                strategy=strategy, number=number, slug=f"{original.slug}-{copy}",
                name=original.name if copy == 0 else f"{original.name} {copy + 1}", ambition=original.ambition)
            Priority.objects.bulk_create(Priority(pejlemaerke=pejlemaerke, order=p.order, text=p.text)
                                         for p in original.priorities.all())
            Action.objects.bulk_create(
                Action(plan=big, pejlemaerke=pejlemaerke, order=a.order, text=a.text, start_year=year,
                       end_year=year)
                for a in plan.actions.filter(pejlemaerke=original))
            for project in plan.projects.filter(pejlemaerke=original):
                project_order += 1
                Project.objects.create(plan=big, order=project_order, pejlemaerke=pejlemaerke, title=project.title,
                                       funder=project.funder, period=project.period,
                                       international=project.international)
            action_order += 1
        Partner.objects.bulk_create(Partner(plan=big, order=copy * 1000 + p.order, name=p.name, country=p.country)
                                    for p in plan.partners.all())
        PhotoCaption.objects.bulk_create(
            PhotoCaption(plan=big, order=copy * 100 + p.order, placement=p.placement, caption=p.caption)
            for p in plan.photos.all())
        for table in plan.key_figure_tables.prefetch_related("rows"):
            new = KeyFigureTable.objects.create(
                plan=big, order=copy * 100 + table.order, slug=f"{table.slug}-{copy}", title=table.title,
                unit=table.unit, unit_note=table.unit_note, columns=table.columns,
                column_groups=table.column_groups, notes=table.notes, source=table.source, chart=table.chart)
            KeyFigureRow.objects.bulk_create(
                KeyFigureRow(table=new, order=r.order, label=r.label, level=r.level, is_total=r.is_total,
                             values=r.values) for r in table.rows.all())
    assert Foreword.objects.filter(plan=big).count() == plan.forewords.count()
    return big


def measure(database, year, runs, weasyprint_alone):
    setup_django(database)
    from weasyprint import HTML

    from reporting.exporters.plan import PlanPdfExporter
    from reporting.pdf import BASE_URL, PDF_OPTIONS, SafeURLFetcher, render_pdf
    from strategy.models import Plan

    plan = Plan.objects.get(year=year)
    # Warm-up: imports, fonts and templates, on a small document.
    render_pdf(PlanPdfExporter(plan).render_html()[:2000] + "</article></body></html>")
    full, full_cpu, alone, alone_cpu, pages, size = [], [], [], [], 0, 0
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        content = PlanPdfExporter(plan).render().content
        full.append(time.perf_counter() - start)
        full_cpu.append(time.process_time() - cpu)
        size = len(content)
    if weasyprint_alone:
        html = PlanPdfExporter(plan).render_html()
        for _ in range(runs):
            start, cpu = time.perf_counter(), time.process_time()
            document = HTML(string=html, base_url=BASE_URL, url_fetcher=SafeURLFetcher()).render()
            document.write_pdf(**PDF_OPTIONS)
            alone.append(time.perf_counter() - start)
            alone_cpu.append(time.process_time() - cpu)
            pages = len(document.pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"year": year, "full": statistics.median(full), "full_runs": full, "cpu": statistics.median(full_cpu),
            "alone": statistics.median(alone) if alone else None,
            "alone_cpu": statistics.median(alone_cpu) if alone_cpu else None,
            "pages": pages, "bytes": size, "peak_mb": peak_mb}


def child(database, year, runs, alone):
    output = subprocess.run(  # noqa: S603 - runs this very script
        [sys.executable, __file__, "--child", database, "--year", str(year), "--runs", str(runs)]
        + (["--alone"] if alone else []),
        capture_output=True, text=True, cwd=ROOT)
    if output.returncode:
        sys.exit(f"Measuring the {year} plan failed:\n{output.stderr}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement of the 2023 plan")
    parser.add_argument("--tenfold-runs", type=int, default=3, help="runs per measurement of the tenfold plan")
    parser.add_argument("--build")
    parser.add_argument("--child")
    parser.add_argument("--year", type=int)
    parser.add_argument("--alone", action="store_true")
    args = parser.parse_args()
    if args.build:
        build_database(args.build)
        return
    if args.child:
        print(json.dumps(measure(args.child, args.year, args.runs, args.alone)))
        return
    with tempfile.TemporaryDirectory() as folder:
        database = str(Path(folder) / "bench.sqlite3")
        subprocess.run([sys.executable, __file__, "--build", database], cwd=ROOT, check=True)  # noqa: S603
        plan = child(database, 2023, args.runs, alone=True)
        tenfold = child(database, 2033, args.tenfold_runs, alone=True)
    load = os.getloadavg()  # other work on the machine stretches wall-clock times, not CPU times
    print(f"Machine: {os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")
    print(f"2023 plan ({plan['pages']} pages, {plan['bytes'] / 1024:.0f} KB): "
          f"median {plan['full']:.2f} s for the full export (runs: "
          + ", ".join(f"{t:.2f}" for t in plan["full_runs"]) + f"), CPU time {plan['cpu']:.2f} s, "
          f"peak memory {plan['peak_mb']:.0f} MB")
    print(f"  WeasyPrint alone on the same HTML: median {plan['alone']:.2f} s (CPU {plan['alone_cpu']:.2f} s); "
          f"overhead of the app: {plan['full'] / plan['alone']:.2f}x wall clock, "
          f"{plan['cpu'] / plan['alone_cpu']:.2f}x CPU")
    print(f"Tenfold plan ({tenfold['pages']} pages, {tenfold['bytes'] / 1024:.0f} KB): "
          f"median {tenfold['full']:.2f} s for the full export, CPU time {tenfold['cpu']:.2f} s, "
          f"peak memory {tenfold['peak_mb']:.0f} MB")
    print(f"  WeasyPrint alone on the same HTML: median {tenfold['alone']:.2f} s (CPU {tenfold['alone_cpu']:.2f} s); "
          f"overhead of the app: {tenfold['full'] / tenfold['alone']:.2f}x wall clock, "
          f"{tenfold['cpu'] / tenfold['alone_cpu']:.2f}x CPU")


if __name__ == "__main__":
    main()
