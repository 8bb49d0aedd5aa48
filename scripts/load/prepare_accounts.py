"""Pick the people the load test plays and give them a known password.

Run with the app's Python against the load test's throw-away database (DATABASE_URL), after
`seed_demo`: managers who may edit actions of the yearly plan, employees whose MUS
conversation is still before the meeting, and the HR and leadership demo accounts. Writes their
user names and the ids they work on as JSON for the locustfile, with a few ready sessions per
account: the people are already logged in when the test starts, as staff are during a working
day (logging in hashes the password on purpose slowly; the locustfile can also log in through
the form). Run it with the SECRET_KEY the app will use, or the sessions are not valid.

    .venv/bin/python scripts/load/prepare_accounts.py --out accounts.json
"""

import argparse
import json
import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "obb.settings")

# Only ever set on the throw-away database the load test creates.
LOAD_PASSWORD = "belastningstest-kun-lokalt"  # noqa: S105


def pick_accounts():
    from django.contrib.auth.hashers import make_password

    from hrtools.mus.models import Conversation
    from obb.models import User
    from strategy.models import Action, Plan

    plan = Plan.objects.order_by("-year").first()
    managers = []
    for user in User.objects.filter(is_active=True).order_by("username"):
        if not user.is_manager:
            continue
        action_ids = list(Action.objects.editable_by(user).filter(plan=plan, is_archived=False)
                          .order_by("pk").values_list("pk", flat=True))
        if action_ids:
            managers.append({"username": user.username, "actions": action_ids})

    employees = []
    conversations = (Conversation.objects.filter(employee__is_active=True).select_related("employee", "round")
                     .order_by("employee__username"))
    for conversation in conversations:
        if conversation.before_meeting and conversation.audience_of(conversation.employee) is not None:
            employees.append({"username": conversation.employee.username, "conversation": conversation.pk})

    hr = [{"username": username} for username in ("hr", "ledelse")
          if User.objects.filter(username=username, is_active=True).exists()]

    # One hash for everyone: hashing is deliberately slow, and the password is the same.
    password = make_password(LOAD_PASSWORD)
    usernames = [account["username"] for group in (managers, employees, hr) for account in group]
    User.objects.filter(username__in=usernames).update(password=password)
    users = User.objects.in_bulk(usernames, field_name="username")
    for group, count in ((managers, 2), (employees, 2), (hr, 10)):
        for account in group:
            account["sessions"] = [logged_in_session(users[account["username"]]) for _ in range(count)]
    return {"plan_year": plan.year, "password": LOAD_PASSWORD, "managers": managers, "employees": employees,
            "hr": hr}


def logged_in_session(user):
    """The key of a new session in which `user` is logged in, as django.contrib.auth.login leaves it."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "obb.sso.backends.LocalPasswordBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()

    import django

    django.setup()
    accounts = pick_accounts()
    args.out.write_text(json.dumps(accounts, indent=2), encoding="utf-8")
    print(f"Load accounts: {len(accounts['managers'])} managers, {len(accounts['employees'])} employees, "
          f"{len(accounts['hr'])} HR/leadership (plan {accounts['plan_year']})")


if __name__ == "__main__":
    main()
