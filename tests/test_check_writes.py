"""The load run's write check (scripts/load/check_writes.py) fails a run that proves nothing."""

import importlib.util
from pathlib import Path

from strategy.models import ProgressNote

_PATH = Path(__file__).resolve().parents[1] / "scripts" / "load" / "check_writes.py"
_spec = importlib.util.spec_from_file_location("check_writes", _PATH)
check_writes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_writes)


def test_a_run_without_accepted_writes_fails(db):
    result = check_writes.check([], "run1")
    assert result["ok"] is False
    assert result["kinds_without_accepted_writes"] == ["answer", "note"]


def test_a_run_without_accepted_answers_fails_though_its_notes_are_there(world):
    ProgressNote.objects.create(action=world.action_a, author=world.mia, date="2023-03-01", text="LTrun1-1-1")
    writes = [{"kind": "note", "token": "LTrun1-1-1", "outcome": "accepted", "sent": 1, "target": [1]}]
    result = check_writes.check(writes, "run1")
    assert result["accepted_found_once"] == 1 and not result["accepted_missing"]
    assert result["ok"] is False
    assert result["kinds_without_accepted_writes"] == ["answer"]
