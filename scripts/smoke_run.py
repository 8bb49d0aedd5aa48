"""Starts `make run` on a spare port with a fresh SQLite database, waits for the login page,
logs in with a demo account and stops the server again. Exits non-zero on any failure."""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def check(condition, message):
    """Stop the smoke test with `message` unless `condition` holds (not `assert`, which
    `python -O` removes)."""
    if not condition:
        raise SystemExit(f"smoke: {message}")


def main():
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="obb-smoke-"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}"}
    log = open(workdir / "run.log", "w")  # closed in the finally block
    server = subprocess.Popen(  # noqa: S603
        ["make", "--no-print-directory", "run", f"RUN_PORT={port}"],  # noqa: S607
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    try:
        deadline = time.monotonic() + 300
        page = ""
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise SystemExit("make run stopped before serving")
            try:
                page = opener.open(f"{base}/konto/log-ind/", timeout=5).read().decode()
                break
            except OSError:
                time.sleep(1)
        check("Log ind på intranettet" in page, "the login page did not answer")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        check(token is not None, "the login page has no CSRF token")
        token = token.group(1)
        data = urllib.parse.urlencode(
            {"username": "leder", "password": "obbdemo", "csrfmiddlewaretoken": token}
        ).encode()
        request = urllib.request.Request(  # noqa: S310 - a fixed http URL on loopback
            f"{base}/konto/log-ind/", data=data, headers={"Referer": base}
        )
        home = opener.open(request, timeout=30)
        body = home.read().decode()
        check(home.geturl() == f"{base}/", f"login did not reach the front page: {home.geturl()}")
        check("Goddag, Karen" in body, "the demo manager's front page is missing")
        print(f"smoke: make run served {base}/konto/log-ind/ and the demo account 'leder' logged in")
    except BaseException:
        log.flush()
        sys.stderr.write((workdir / "run.log").read_text()[-4000:])
        raise
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


if __name__ == "__main__":
    main()
