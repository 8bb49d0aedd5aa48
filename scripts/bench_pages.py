#!/usr/bin/env python
"""Benchmark of the main pages at scale (not a test: it prints figures, it asserts nothing).

    .venv/bin/python scripts/bench_pages.py [--scales 1 10] [--runs 20] [--warmup 3]

For each scale N it builds a throw-away database with `seed_demo --scale N` (SQLite in a
temporary directory, or, when DATABASE_URL points at PostgreSQL, a database `obb_bench_<N>` on
that server), then, in a fresh process, requests every main page of every role through Django's
test client (in process, after warm-up) and records the median and 95th percentile of the
server time and the number of database queries. Beside them: the action list against the Django
admin's change list of the same actions, and the Excel export of the newest plan (all its
actions). It prints one table and the ratios; the budgets are in docs/performance.md.

    --reuse      keep and reuse the databases of an earlier run (`--dir` for SQLite)
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_MEDIAN_MS = 100
BUDGET_P95_MS = 250
BUDGET_EXPORT_S = 3.0
BUDGET_RATIO = 1.0


# --- Databases -----------------------------------------------------------------------------------

def database_url(base_url, scale, directory):
    if base_url.startswith(("postgres://", "postgresql://")):
        return base_url.rsplit("/", 1)[0] + f"/obb_bench_{scale}"
    return f"sqlite:///{directory}/obb-bench-{scale}.sqlite3"


def create_database(url, *, reuse):
    """Create an empty database for `url`; with `reuse`, keep one that exists. Returns whether it
    needs building."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if path.exists() and reuse:
            return False
        path.unlink(missing_ok=True)
        return True
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(server + "/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and reuse:
            return False
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return True


def build(url, scale):
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "tests.settings", "LOG_LEVEL": "ERROR"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    started = time.perf_counter()
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)  # noqa: S603
    subprocess.run([*manage, "seed_demo", "--force", "--scale", str(scale)], cwd=ROOT, env=env,  # noqa: S603
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


# --- Measuring (in a child process) --------------------------------------------------------------

def pages():
    """(role, page, url) for every main page of every role, with objects from the demo data."""
    from django.urls import reverse

    from hrtools.mus.models import Conversation, Round
    from hrtools.onboarding.models import Onboarding
    from hrtools.recruitment.models import RecruitmentCase
    from obb.models import Unit, User
    from strategy.models import Action, Plan

    plan = Plan.objects.order_by("-year").first()
    leder = User.objects.get(username="leder")
    peter = User.objects.get(username="medarbejder")
    action = (Action.objects.filter(plan=plan, unit__in=leder.authority_unit_ids, notes__isnull=False)
              .order_by("pk").first() or Action.objects.filter(plan=plan).order_by("pk").first())
    pejlemaerke = action.pejlemaerke
    mus_round = Round.objects.order_by("-year").first()
    conversation = Conversation.objects.filter(round=mus_round, employee=peter).first()
    case = RecruitmentCase.objects.filter(hiring_manager=leder).order_by("-pk").first()
    onboarding = Onboarding.objects.filter(manager=leder).order_by("-start_date").first()
    area = Unit.objects.get(slug="lokalbibliotekerne")

    everyone = ["medarbejder", "leder", "hr", "ledelse"]
    shared = [
        ("Forside", reverse("home")),
        ("Planside", reverse("strategy:plan_detail", args=[plan.year])),
        ("Pejlemærke", reverse("strategy:pejlemaerke_detail", args=[plan.year, pejlemaerke.slug])),
        ("Handlingsliste", reverse("strategy:action_list")),
        ("Handling", reverse("strategy:action_detail", args=[action.pk])),
        ("Overblik (dashboard)", reverse("strategy:dashboard")),
        ("Rapport: planen", reverse("reporting:plan_detail", args=[plan.year])),
        ("Kompetencer", reverse("competences:index")),
        ("Mit kompetencespejl", reverse("competences:my_mirror")),
        ("Karriereveje", reverse("competences:career")),
        ("Jobudvikling", reverse("competences:catalogue")),
        ("MUS", reverse("mus:index")),
        ("Onboarding: mine", reverse("onboarding:mine")),
    ]
    rows = [(role, label, url) for role in everyone for label, url in shared]
    rows += [
        ("medarbejder", "MUS-samtale", reverse("mus:conversation", args=[conversation.pk])),
        ("leder", "Handlingsliste, mine enheder", reverse("strategy:action_list") + f"?aar={plan.year}&vis=enheder"),
        ("leder", "Kompetencer: mine medarbejdere", reverse("competences:team")),
        ("leder", "Kompetencer: enhed", reverse("competences:unit", args=[leder.unit_id])),
        ("leder", "MUS: mine medarbejdere", reverse("mus:team")),
        ("leder", "Rekruttering", reverse("recruitment:case_list")),
        ("leder", "Rekrutteringssag", reverse("recruitment:case_detail", args=[case.pk])),
        ("leder", "Onboarding", reverse("onboarding:overview")),
        ("leder", "Onboardingforløb", reverse("onboarding:onboarding_detail", args=[onboarding.pk])),
        ("hr", "Kompetencer: område", reverse("competences:unit", args=[area.pk])),
        ("hr", "MUS-runder", reverse("mus:rounds")),
        ("hr", "MUS-runde", reverse("mus:round", args=[mus_round.pk])),
        ("hr", "Rekruttering", reverse("recruitment:case_list")),
        ("hr", "Rekrutteringssag", reverse("recruitment:case_detail", args=[case.pk])),
        ("hr", "Onboarding", reverse("onboarding:overview")),
        ("hr", "Personaleregnskab", reverse("staffstats:overview")),
        ("hr", "Personaleregnskab: opgørelser", reverse("staffstats:snapshots")),
        ("hr", "Personaleregnskab: profiler", reverse("staffstats:profiles")),
        ("ledelse", "MUS-runder", reverse("mus:rounds")),
        ("ledelse", "MUS-runde", reverse("mus:round", args=[mus_round.pk])),
        ("ledelse", "Personaleregnskab", reverse("staffstats:overview")),
        ("ledelse", "Organisation", reverse("unit_tree")),
        ("admin", "Admin: handlinger (ændringsliste)", reverse("admin:strategy_action_changelist")),
    ]
    return rows


def time_request(client, url, runs, warmup):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _n in range(warmup):
        response = client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    queries = len(captured)  # now: the next request clears the connection's query log
    times = []
    for _n in range(runs):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"status": response.status_code, "median": statistics.median(times), "p95": p95,
            "queries": queries}


def measure(url, runs, warmup):
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    # Persistent connections, as a production server keeps them: otherwise every request
    # would also pay for opening a database connection.
    os.environ["CONN_MAX_AGE"] = "600"
    import django

    django.setup()
    from django.test import Client
    from django.urls import reverse

    from obb.models import User
    from strategy.models import Action, Plan

    clients = {}
    results = []
    for role, label, page_url in pages():
        if role not in clients:
            clients[role] = Client()
            clients[role].force_login(User.objects.get(username=role))
        results.append({"role": role, "page": label, "url": page_url,
                        **time_request(clients[role], page_url, runs, warmup)})
    plan = Plan.objects.order_by("-year").first()
    export_url = reverse("reporting:plan_download", args=[plan.year, "xlsx"])
    export = time_request(clients["ledelse"], export_url, max(3, runs // 5), 1)
    return {"results": results, "export": {**export, "actions": Action.objects.filter(plan=plan).count()},
            "actions": Action.objects.count(), "staff": User.objects.count(), "plans": Plan.objects.count()}


# --- Report --------------------------------------------------------------------------------------

def report(figures, scales, engine):
    low, high = scales[0], scales[-1]
    print(f"\nDatabase: {engine}. Load average: {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    for scale in scales:
        data = figures[scale]
        print(f"N={scale}: {data['plans']} planer, {data['actions']} handlinger, {data['staff']} medarbejdere"
              + (f" (bygget på {data['build']:.0f} s)" if data.get("build") else ""))
    header = ["rolle", "side"]
    for scale in scales:
        header += [f"N={scale} median ms", f"N={scale} p95 ms", f"N={scale} queries"]
    header += ["OK"]
    print()
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    failures = []
    for index, row in enumerate(figures[low]["results"]):
        cells = [row["role"], row["page"]]
        for scale in scales:
            result = figures[scale]["results"][index]
            status = "" if result["status"] == 200 else f" [{result['status']}]"
            cells += [f"{result['median']:.1f}{status}", f"{result['p95']:.1f}", str(result["queries"])]
        top = figures[high]["results"][index]
        ok = (top["median"] < BUDGET_MEDIAN_MS and top["p95"] < BUDGET_P95_MS
              and top["queries"] == row["queries"] and top["status"] == 200)
        if not ok:
            failures.append(f"{row['role']}: {row['page']}")
        cells.append("ja" if ok else "**nej**")
        print("| " + " | ".join(cells) + " |")

    def find(data, role, page):
        return next(r for r in data["results"] if r["role"] == role and r["page"] == page)

    print()
    for scale in scales:
        data = figures[scale]
        own = find(data, "ledelse", "Handlingsliste")
        admin = find(data, "admin", "Admin: handlinger (ændringsliste)")
        ratio = own["median"] / admin["median"]
        print(f"N={scale}: handlingslisten {own['median']:.1f} ms / admin-ændringslisten {admin['median']:.1f} ms"
              f" = {ratio:.2f} (budget ≤ {BUDGET_RATIO:.1f})")
        if scale == high and ratio > BUDGET_RATIO:
            failures.append("handlingsliste / admin")
        export = data["export"]
        print(f"N={scale}: Excel-eksport af planens {export['actions']} handlinger: median "
              f"{export['median'] / 1000:.2f} s, {export['queries']} queries (budget < {BUDGET_EXPORT_S:.0f} s)")
        if scale == high and export["median"] / 1000 >= BUDGET_EXPORT_S:
            failures.append("Excel-eksport")
    print("\nAlle budgetter holdt." if not failures else "\nUden for budget: " + "; ".join(failures))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--dir", default="", help="directory of the SQLite databases (default: temporary)")
    parser.add_argument("--reuse", action="store_true", help="reuse the databases of an earlier run")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.runs, args.warmup)))
        return

    base = os.environ.get("DATABASE_URL", "")
    engine = "PostgreSQL" if base.startswith(("postgres://", "postgresql://")) else "SQLite"
    directory = args.dir or tempfile.mkdtemp(prefix="obb-bench-")
    Path(directory).mkdir(parents=True, exist_ok=True)
    figures = {}
    for scale in args.scales:
        url = database_url(base, scale, directory)
        built = None
        if create_database(url, reuse=args.reuse):
            print(f"Bygger N={scale} …", file=sys.stderr)
            built = build(url, scale)
        print(f"Måler N={scale} …", file=sys.stderr)
        output = subprocess.run(  # noqa: S603 - runs this very script
            [sys.executable, __file__, "--measure", url, "--runs", str(args.runs), "--warmup", str(args.warmup)],
            cwd=ROOT, check=True, capture_output=True, text=True)
        figures[scale] = {**json.loads(output.stdout.strip().splitlines()[-1]), "build": built}
    report(figures, sorted(args.scales), engine)
    if not args.dir and not args.reuse:
        for scale in args.scales:
            url = database_url(base, scale, directory)
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
