"""The load test from start to finish, on this machine and loopback only.

  1. a throw-away PostgreSQL server (scripts/postgres.sh), migrated and filled by
     `seed_demo --force`; scripts/load/prepare_accounts.py gives the played accounts a password;
  2. the production profile (scripts/serve_prod.sh: gunicorn, DEBUG off, WhiteNoise, a generated
     SECRET_KEY, ALLOWED_HOSTS=127.0.0.1) on a free loopback port, over plain http;
  3. locust, headless, one process (scripts/load/locustfile.py), by default 50 users for 2 minutes;
  4. with --fault: PostgreSQL is stopped --fault-at seconds into the run and started again
     --outage seconds later, while /healthz is watched to see when the app answers again;
  5. scripts/load/check_writes.py: every accepted write is in the database exactly once;
  6. a summary (requests per second, median and p95 per page, failures inside and outside the
     outage, the load average of the machine), also written as summary.json to the run folder.
Everything started is stopped at the end, also on errors.

    .venv/bin/python scripts/load/run_load.py --locust .tools/load-venv/bin/locust [--fault]
`make load` and `make load-fault` install locust and run this.
"""

import argparse
import csv
import json
import os
import secrets
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
PY = str(BASE_DIR / ".venv" / "bin" / "python")
POSTGRES_SH = BASE_DIR / "scripts" / "postgres.sh"
MAX_USERS = 200
MAX_RUN_TIME = 15 * 60
P95_BUDGET_MS = 300
# Requests that start this long before the database stops still count as "during the outage".
OUTAGE_MARGIN = 2.0


def log(message):
    print(f"[load {time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(base_url, timeout=2):
    try:
        with urllib.request.urlopen(f"{base_url}/healthz", timeout=timeout) as response:  # noqa: S310 - loopback
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def as_db_owner(command):
    """postgres.sh runs the server as `postgres` when we are root; so must pg_ctl."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class Database:
    """The throw-away PostgreSQL server of scripts/postgres.sh, with stop and start for the fault."""

    def __init__(self):
        output = subprocess.run([str(POSTGRES_SH), "start"], cwd=BASE_DIR, check=True,  # noqa: S603
                                capture_output=True, text=True).stdout
        values = dict(item.split("=", 1) for item in output.split())
        self.url, self.dir = values["DATABASE_URL"], Path(values["PGTEST_DIR"])
        self.bin = Path((self.dir / "bin").read_text().strip())
        self.data = self.dir / "data"
        # postmaster.opts holds the server's command line; starting again needs the same options.
        argv = shlex.split((self.data / "postmaster.opts").read_text())
        options, skip = [], False
        for arg in argv[1:]:
            if skip:
                skip = False
            elif arg == "-D":
                skip = True
            else:
                options.append(arg)
        self.options = shlex.join(options)

    def pg_ctl(self, *args):
        subprocess.run(as_db_owner([str(self.bin / "pg_ctl"), "-D", str(self.data), *args]), check=True,  # noqa: S603
                       stdout=subprocess.DEVNULL)

    def stop_server(self):
        self.pg_ctl("-m", "fast", "-w", "stop")

    def start_server(self):
        self.pg_ctl("-l", str(self.dir / "server.log"), "-w", "-o", self.options, "start")

    def remove(self):
        subprocess.run([str(POSTGRES_SH), "stop", str(self.dir)], cwd=BASE_DIR, check=False)  # noqa: S603


class LoadAverage(threading.Thread):
    """Samples the machine's 1-minute load average every 5 seconds."""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples, self.stopping = [], threading.Event()

    def run(self):
        while not self.stopping.wait(5):
            self.samples.append(os.getloadavg()[0])

    def summary(self):
        if not self.samples:
            return {}
        return {"cores": os.cpu_count(), "min": min(self.samples), "mean": round(statistics.mean(self.samples), 2),
                "max": max(self.samples)}


class Fault(threading.Thread):
    """Stops PostgreSQL at `at` seconds, starts it `outage` seconds later, and notes when the app
    answers /healthz again."""

    def __init__(self, database, base_url, at, outage):
        super().__init__(daemon=True)
        self.database, self.base_url, self.at, self.outage = database, base_url, at, outage
        self.times, self.error = {}, None

    def run(self):
        try:
            time.sleep(self.at)
            self.times["stop_begin"] = time.time()
            log("fault: stopping PostgreSQL")
            self.database.stop_server()
            self.times["stopped"] = time.time()
            self.times["app_unhealthy"] = healthy(self.base_url) is False
            time.sleep(self.outage)
            log("fault: starting PostgreSQL again")
            self.times["start_begin"] = time.time()
            self.database.start_server()
            self.times["started"] = time.time()
            deadline = time.time() + 60
            while time.time() < deadline and not healthy(self.base_url, timeout=1):
                time.sleep(0.25)
            self.times["recovered"] = time.time()
            log(f"fault: the app answers again {self.times['recovered'] - self.times['started']:.1f} s after "
                "PostgreSQL started")
        except Exception as error:  # noqa: BLE001 - reported in the summary
            self.error = repr(error)

    def window(self):
        if "stop_begin" not in self.times:
            return None
        return self.times["stop_begin"] - OUTAGE_MARGIN, self.times.get("recovered", float("inf"))


def app_environment(database, out):
    """The production settings for plain http on loopback."""
    return {
        **os.environ,
        "DATABASE_URL": database.url,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        # Plain http on loopback: no redirect to https, cookies without the Secure flag, no HSTS.
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "MEDIA_ROOT": str(out / "media"),
        "LOG_LEVEL": "WARNING",
    }


def start_app(env, out, port, workers):
    """Start scripts/serve_prod.sh; the caller waits for it with wait_for_app."""
    env = {**env, "BIND": f"127.0.0.1:{port}", "WEB_WORKERS": str(workers)}
    log_file = open(out / "gunicorn.log", "w")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen([str(BASE_DIR / "scripts" / "serve_prod.sh")], cwd=BASE_DIR, env=env,  # noqa: S603
                               stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
    return process, f"http://127.0.0.1:{port}"


def wait_for_app(process, base_url, out):
    # On a busy machine collectstatic, the deploy check and the workers' start take minutes.
    deadline = time.time() + 600
    while not healthy(base_url, timeout=10):
        if process.poll() is not None or time.time() > deadline:
            raise SystemExit(f"The app did not start; see {out / 'gunicorn.log'}")
        time.sleep(1)


def stop_process(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def read_stats(out):
    rows = []
    with open(out / "stats_stats.csv", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            rows.append({
                "name": row["Name"] if row["Type"] in ("", "None") else f"{row['Type']} {row['Name']}",
                "requests": int(row["Request Count"]), "failures": int(row["Failure Count"]),
                "rps": round(float(row["Requests/s"]), 2), "median_ms": float(row["50%"] or 0),
                "p95_ms": float(row["95%"] or 0), "max_ms": round(float(row["Max Response Time"] or 0)),
            })
    return rows


def read_jsonl(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def summarise(args, out, stats, failures, fault, writes_check, load, outage_pages):
    window = fault.window() if fault else None
    # A request counts as during the outage when any part of it falls inside the window.
    inside = [f for f in failures if window and f["time"] <= window[1] and f.get("end", f["time"]) >= window[0]]
    outside = [f for f in failures if f not in inside]
    pages = [row for row in stats if row["name"] != "Aggregated"]
    # Logging in hashes the password on purpose (PBKDF2); it is reported, not held to the budget.
    over_budget = [row["name"] for row in pages if row["p95_ms"] >= P95_BUDGET_MS and "log-ind" not in row["name"]]
    summary = {
        "users": args.users, "login": args.login, "run_time_s": args.run_time, "workers": args.workers,
        "fault": bool(fault),
        "load_average": load,
        "pages": stats,
        "failures_total": len(failures),
        "failures_during_outage": len(inside),
        "failures_outside_outage": len(outside),
        "failures_outside_outage_by_page": {},
        "outage_responses": outage_pages,
        "fault_times": ({key: round(value - fault.times.get("stop_begin", 0), 2)
                         for key, value in fault.times.items() if isinstance(value, float)} if fault else None),
        "fault_error": fault.error if fault else None,
        "writes": writes_check,
        "p95_over_budget": over_budget,
    }
    for failure in outside:
        key = f"{failure['name']}: {failure['error']}"
        summary["failures_outside_outage_by_page"][key] = summary["failures_outside_outage_by_page"].get(key, 0) + 1
    summary["budget_met"] = not over_budget and not outside and bool(writes_check.get("ok"))
    (out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")

    print()
    print(f"{'page':<48} {'requests':>8} {'fail':>5} {'req/s':>6} {'median':>7} {'p95':>6} {'max':>6}")
    for row in stats:
        print(f"{row['name'][:48]:<48} {row['requests']:>8} {row['failures']:>5} {row['rps']:>6.1f} "
              f"{row['median_ms']:>6.0f}ms {row['p95_ms']:>4.0f}ms {row['max_ms']:>4}ms")
    print()
    print(f"users {args.users} (login: {args.login}), {args.run_time} s, {args.workers} gunicorn workers, "
          f"load average (1 min) {load.get('min')}–{load.get('max')} (mean {load.get('mean')}) on {load.get('cores')} "
          "cores")
    if fault:
        print(f"fault: PostgreSQL stopped at {args.fault_at} s for {args.outage} s; times after the stop began: "
              f"{summary['fault_times']}; responses during the outage: {outage_pages}")
    print(f"failed requests: {len(failures)} ({len(inside)} during the outage, {len(outside)} outside)")
    for key, count in summary["failures_outside_outage_by_page"].items():
        print(f"  {count} x {key}")
    print(f"writes: {writes_check.get('by_outcome')}; accepted and found exactly once: "
          f"{writes_check.get('accepted_found_once')}/{writes_check.get('accepted')}; failed but saved anyway: "
          f"{writes_check.get('unknown_saved')}; exactly-once check {'passed' if writes_check.get('ok') else 'FAILED'}")
    missed = "met" if not over_budget else "missed by " + ", ".join(over_budget)
    print(f"p95 budget ({P95_BUDGET_MS} ms per page): {missed}")
    print(f"budget {'MET' if summary['budget_met'] else 'NOT MET'}; details in {out}")
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locust", default=str(BASE_DIR / ".tools" / "load-venv" / "bin" / "locust"))
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--spawn-rate", type=int, default=10)
    parser.add_argument("--run-time", type=int, default=120, help="seconds")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--fault", action="store_true", help="stop and start PostgreSQL during the run")
    parser.add_argument("--fault-at", type=int, default=50, help="seconds into the run")
    parser.add_argument("--outage", type=int, default=10, help="seconds PostgreSQL stays down")
    parser.add_argument("--login", choices=["session", "form"], default="session",
                        help="start logged in (default) or log in through the form")
    parser.add_argument("--out", type=Path, help="run folder (default: artifacts/load/<time>)")
    args = parser.parse_args()
    if not 1 <= args.users <= MAX_USERS or not 1 <= args.run_time <= MAX_RUN_TIME:
        parser.error(f"--users must be 1-{MAX_USERS} and --run-time 1-{MAX_RUN_TIME} s")
    if args.fault and args.fault_at + args.outage >= args.run_time:
        parser.error("the outage must end before the run does")

    run_id = secrets.token_hex(4)
    out = (args.out or BASE_DIR / "artifacts" / "load" / f"{time.strftime('%Y%m%d-%H%M%S')}-{run_id}").resolve()
    out.mkdir(parents=True, exist_ok=True)
    load = LoadAverage()
    with ExitStack() as cleanup:
        log("starting a throw-away PostgreSQL")
        database = Database()
        cleanup.callback(database.remove)
        django_env = app_environment(database, out)
        log("migrate and seed_demo --force")
        for command in (["manage.py", "migrate", "--noinput", "-v0"], ["manage.py", "seed_demo", "--force"],
                        ["scripts/load/prepare_accounts.py", "--out", str(out / "accounts.json")]):
            subprocess.run([PY, *command], cwd=BASE_DIR, env=django_env, check=True)  # noqa: S603

        port = free_port()
        log(f"starting the production profile on 127.0.0.1:{port} with {args.workers} workers")
        app, base_url = start_app(django_env, out, port, args.workers)
        cleanup.callback(stop_process, app)
        wait_for_app(app, base_url, out)

        fault = Fault(database, base_url, args.fault_at, args.outage) if args.fault else None
        log(f"locust: {args.users} users, spawn rate {args.spawn_rate}/s, {args.run_time} s")
        load.start()
        if fault:
            fault.start()
        locust_env = {**os.environ, "LOAD_ACCOUNTS": str(out / "accounts.json"), "LOAD_OUT": str(out),
                      "LOAD_RUN_ID": run_id, "LOAD_LOGIN": args.login}
        with open(out / "locust.log", "w") as locust_log:
            command = [args.locust, "-f", str(BASE_DIR / "scripts" / "load" / "locustfile.py"), "--headless",
                       "--host", base_url, "--users", str(args.users), "--spawn-rate", str(args.spawn_rate),
                       "--run-time", f"{args.run_time}s", "--stop-timeout", "10", "--csv", str(out / "stats"),
                       "--only-summary"]
            subprocess.run(command, cwd=BASE_DIR, env=locust_env, stdout=locust_log,  # noqa: S603
                           stderr=subprocess.STDOUT, check=False)
        load.stopping.set()
        if fault:
            fault.join(timeout=90)

        log("checking the writes in the database")
        stop_process(app)
        command = [PY, "scripts/load/check_writes.py", "--writes", str(out / "writes.jsonl"), "--run-id", run_id]
        check = subprocess.run(command, cwd=BASE_DIR, env=django_env, capture_output=True, text=True)  # noqa: S603
        try:
            writes_check = json.loads(check.stdout)
        except json.JSONDecodeError:
            writes_check = {"ok": False, "error": check.stderr[-2000:]}
        (out / "writes_check.json").write_text(json.dumps(writes_check, indent=2), encoding="utf-8")
        outage_pages = json.loads((out / "outage_pages.json").read_text()) if (out / "outage_pages.json").exists() \
            else {}
        summary = summarise(args, out, read_stats(out), read_jsonl(out / "failures.jsonl"), fault, writes_check,
                            load.summary(), outage_pages)
    sys.exit(0 if summary["budget_met"] else 1)


if __name__ == "__main__":
    main()
