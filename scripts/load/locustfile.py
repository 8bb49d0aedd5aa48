"""The load test's scenario: managers edit actions, employees read the plan and prepare their
MUS, HR and leadership open the overviews.

Runs from the `load` dependency group's environment (locust only, no Django), normally through
`scripts/load/run_load.py`, which creates the accounts file and checks the writes afterwards:

    LOAD_ACCOUNTS=accounts.json LOAD_OUT=out/ LOAD_RUN_ID=abc123 \\
        locust -f scripts/load/locustfile.py --headless --host http://127.0.0.1:8000 \\
        --users 50 --spawn-rate 10 --run-time 2m

The people start logged in, with the sessions the accounts file brings; with LOAD_LOGIN=form each
logs in through the login form instead (the password hash makes that deliberately slow).

Every write carries a unique token in its text. The file `writes.jsonl` in LOAD_OUT lists each
write with its outcome as the client saw it (accepted, rejected by the form, or unknown when
the request failed), and `failures.jsonl` every failed request with its time, so the runner
can tell failures during a database outage from the rest. The test only talks to loopback and
refuses more than MAX_USERS users or a run longer than MAX_RUN_TIME seconds.
"""

import html
import itertools
import json
import os
import random
import re
import time
from http.cookiejar import Cookie
from pathlib import Path
from urllib.parse import urlsplit

from locust import FastHttpUser, between, events, task

MAX_USERS = 200
MAX_RUN_TIME = 15 * 60
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
OUTAGE_PAGE = "Intranettet kan ikke nå sin database"

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STATUS_FORM = re.compile(r'action="/strategi/handlinger/(\d+)/status/".*?name="version" value="(\d+)"', re.S)
TEXTAREA = re.compile(r'<textarea name="(q_\d+)"[^>]*>(.*?)</textarea>', re.S)
PEJLEMAERKE = re.compile(r'href="(/strategi/\d+/pejlemaerke/[\w-]+/)"')
ROUND = re.compile(r'href="(/hr/mus/runder/\d+/)"')
ASSET = re.compile(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"')

ACCOUNTS = json.loads(Path(os.environ.get("LOAD_ACCOUNTS", "accounts.json")).read_text(encoding="utf-8"))
OUT = Path(os.environ.get("LOAD_OUT", "."))
RUN_ID = os.environ.get("LOAD_RUN_ID", "local")
LOGIN = os.environ.get("LOAD_LOGIN", "session")
YEAR = ACCOUNTS["plan_year"]

writes = []  # one dict per write: token, kind, target, outcome, status, sent, done
failures = []  # one dict per failed request: time, name, error
outage_pages = {"danish_503": 0, "other_5xx": 0}
_numbers = itertools.count(1)


@events.init.add_listener
def refuse_unbounded_runs(environment, **kwargs):
    options = environment.parsed_options
    host = urlsplit(environment.host or "").hostname
    problems = []
    if host not in LOOPBACK:
        problems.append(f"the host must be loopback, not {environment.host!r}")
    if options is not None:
        if not options.num_users or options.num_users > MAX_USERS:
            problems.append(f"--users must be between 1 and {MAX_USERS}")
        if not options.run_time or options.run_time > MAX_RUN_TIME:
            problems.append(f"--run-time must be set and at most {MAX_RUN_TIME} s")
    if problems:
        raise SystemExit("Load test refused: " + "; ".join(problems))


@events.request.add_listener
def note_failures(request_type, name, response, exception, start_time, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    if status >= 500:
        body = response.text or ""
        outage_pages["danish_503" if status == 503 and OUTAGE_PAGE in body else "other_5xx"] += 1
    if exception is not None:
        failures.append({"time": start_time, "end": start_time + (kwargs.get("response_time") or 0) / 1000,
                         "name": f"{request_type} {name}", "status": status, "error": str(exception)[:200]})


@events.test_stop.add_listener
def save_records(environment, **kwargs):
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "writes.jsonl", "w", encoding="utf-8") as file:
        file.writelines(json.dumps(write) + "\n" for write in writes)
    with open(OUT / "failures.jsonl", "w", encoding="utf-8") as file:
        file.writelines(json.dumps(failure) + "\n" for failure in failures)
    (OUT / "outage_pages.json").write_text(json.dumps(outage_pages), encoding="utf-8")


class StaffUser(FastHttpUser):
    """A member of staff who logs in once and then clicks around, 1-3 s between pages."""

    abstract = True
    wait_time = between(1, 3)
    group = ""
    _accounts = {}
    _sessions = {}

    def on_start(self):
        pool = self._accounts.setdefault(self.group, itertools.cycle(ACCOUNTS[self.group]))
        self.account = next(pool)
        self.number = next(_numbers)
        self.sequence = itertools.count(1)
        if LOGIN == "form":
            self.log_in()
        else:
            self.resume_session()

    # --- helpers ------------------------------------------------------------------------

    def page(self, url, name=None):
        """GET a page as a browser would; anything but 200 (a redirect to the login page, an
        error page) counts as a failure. Returns the body, or "" on failure."""
        with self.client.get(url, name=name or url, allow_redirects=False, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")
                return ""
            return response.text or ""

    def resume_session(self):
        """Come back with a session in which this person is already logged in."""
        sessions = self._sessions.setdefault(self.account["username"], itertools.cycle(self.account["sessions"]))
        host = urlsplit(self.host).hostname
        self.client.cookiejar.set_cookie(Cookie(
            version=0, name="sessionid", value=next(sessions), port=None, port_specified=False, domain=host,
            domain_specified=False, domain_initial_dot=False, path="/", path_specified=True, secure=False,
            expires=None, discard=True, comment=None, comment_url=None, rest={}))
        self.open_first_page()

    def log_in(self):
        login = self.page("/konto/log-ind/", name="/konto/log-ind/")
        token = CSRF.search(login)
        if not token:
            return
        data = {"username": self.account["username"], "password": ACCOUNTS["password"],
                "csrfmiddlewaretoken": token[1]}
        with self.client.post("/konto/log-ind/", data=data, name="/konto/log-ind/ (POST)", allow_redirects=False,
                              catch_response=True) as response:
            if response.status_code != 302:
                response.failure(f"login failed for {self.account['username']}: {response.status_code}")
                return
        self.open_first_page()

    def open_first_page(self):
        front = self.page("/", name="/")
        # A browser with an empty cache fetches the stylesheets and scripts once.
        for asset in sorted(set(ASSET.findall(front))):
            self.page(asset, name="/static/ (WhiteNoise)")

    def token(self):
        return f"LT{RUN_ID}-{self.number}-{next(self.sequence)}"

    def write(self, url, data, *, name, kind, target, expect_location):
        """POST a form whose text carries a token and record what the client saw."""
        record = {"token": data["_token"], "kind": kind, "target": target, "sent": time.time()}
        payload = {key: value for key, value in data.items() if key != "_token"}
        with self.client.post(url, data=payload, name=name, allow_redirects=False, catch_response=True) as response:
            status = response.status_code or 0
            record["status"] = status
            location = response.headers.get("Location", "") if status else ""
            if status == 302 and location.startswith(expect_location):
                record["outcome"] = "accepted"
            elif 200 <= status < 500:
                record["outcome"] = "rejected"
                response.failure(f"write not accepted: status {status}")
            else:
                record["outcome"] = "unknown"
                response.failure(f"write failed: status {status}")
        record["done"] = time.time()
        writes.append(record)
        return record["outcome"] == "accepted"


class Manager(StaffUser):
    """Opens the actions of their unit, adds a progress note, changes a status."""

    group = "managers"
    weight = 3

    def an_action(self):
        return random.choice(self.account["actions"])

    @task(3)
    def action_list(self):
        self.page(f"/strategi/handlinger/?aar={YEAR}", name="/strategi/handlinger/")

    @task(3)
    def action_detail(self):
        pk = self.an_action()
        self.page(f"/strategi/handlinger/{pk}/", name="/strategi/handlinger/[id]/")

    @task(2)
    def add_progress_note(self):
        pk = self.an_action()
        detail = self.page(f"/strategi/handlinger/{pk}/", name="/strategi/handlinger/[id]/")
        csrf = CSRF.search(detail)
        if not csrf:
            return
        token = self.token()
        accepted = self.write(
            f"/strategi/handlinger/{pk}/noter/",
            {"_token": token, "csrfmiddlewaretoken": csrf[1], "text": f"Statusnote fra belastningstesten ({token})",
             "date": time.strftime("%Y-%m-%d")},
            name="/strategi/handlinger/[id]/noter/ (POST)", kind="note", target=pk,
            expect_location=f"/strategi/handlinger/{pk}/",
        )
        if accepted:
            self.page(f"/strategi/handlinger/{pk}/", name="/strategi/handlinger/[id]/")

    @task(1)
    def change_status(self):
        listing = self.page(f"/strategi/handlinger/?aar={YEAR}", name="/strategi/handlinger/")
        csrf, forms = CSRF.search(listing), STATUS_FORM.findall(listing)
        if not (csrf and forms):
            return
        pk, version = random.choice(forms)
        data = {"csrfmiddlewaretoken": csrf[1], "version": version,
                "status": random.choice(["planlagt", "i_gang", "gennemfoert"])}
        with self.client.post(f"/strategi/handlinger/{pk}/status/", data=data, allow_redirects=False,
                              name="/strategi/handlinger/[id]/status/ (POST)", catch_response=True) as response:
            if response.status_code != 302:  # a conflict with another manager also ends in a redirect
                response.failure(f"status {response.status_code}")

    @task(1)
    def front_page(self):
        self.page("/", name="/")


class Employee(StaffUser):
    """Reads the plan and a pejlemærke, prepares their MUS, looks at the development ideas."""

    group = "employees"
    weight = 5

    @task(3)
    def read_plan(self):
        plan = self.page(f"/strategi/{YEAR}/", name="/strategi/[år]/")
        links = PEJLEMAERKE.findall(plan)
        if links:
            self.page(random.choice(links), name="/strategi/[år]/pejlemaerke/[slug]/")

    @task(3)
    def prepare_mus(self):
        pk = self.account["conversation"]
        url = f"/hr/mus/samtaler/{pk}/forberedelse/"
        form = self.page(url, name="/hr/mus/samtaler/[id]/forberedelse/")
        csrf, fields = CSRF.search(form), TEXTAREA.findall(form)
        if not (csrf and fields):
            return
        data = {name: html.unescape(text).strip() for name, text in fields}
        token = self.token()
        first = fields[0][0]
        data[first] = f"Mine tanker før samtalen ({token})"
        data.update({"_token": token, "csrfmiddlewaretoken": csrf[1]})
        if self.write(url, data, name="/hr/mus/samtaler/[id]/forberedelse/ (POST)", kind="answer",
                      target=[pk, int(first[2:])], expect_location=url):
            self.page(url, name="/hr/mus/samtaler/[id]/forberedelse/")

    @task(1)
    def development_ideas(self):
        self.page("/hr/kompetencer/jobudvikling/", name="/hr/kompetencer/jobudvikling/")

    @task(1)
    def front_page(self):
        self.page("/", name="/")


class HumanResources(StaffUser):
    """HR and leadership open the overviews: the MUS round per unit, onboarding, the
    personaleregnskab, the plan's dashboard and its report page."""

    group = "hr"
    weight = 2

    @task(2)
    def mus_round(self):
        if self.account["username"] != "hr":
            return self.dashboard()
        rounds = self.page("/hr/mus/runder/", name="/hr/mus/runder/")
        links = ROUND.findall(rounds)
        if links:
            self.page(links[0], name="/hr/mus/runder/[id]/")

    @task(1)
    def onboarding(self):
        if self.account["username"] != "hr":
            return self.plan_report()
        self.page("/hr/onboarding/", name="/hr/onboarding/")

    @task(1)
    def staffstats(self):
        self.page("/hr/personaleregnskab/", name="/hr/personaleregnskab/")

    @task(1)
    def dashboard(self):
        self.page(f"/strategi/{YEAR}/overblik/", name="/strategi/[år]/overblik/")

    @task(1)
    def plan_report(self):
        self.page(f"/rapporter/plan/{YEAR}/", name="/rapporter/plan/[år]/")
