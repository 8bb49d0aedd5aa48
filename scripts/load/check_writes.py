"""After a load run: is every write the client saw accepted in the database, exactly once?

Reads `writes.jsonl` (from the locustfile) and looks up every token in the database the run
used (DATABASE_URL):
  - a progress note: the number of ProgressNote rows whose text holds the token;
  - a MUS answer: the number of history rows of Answer that hold the token (each accepted save
    adds one), and the answer's current text must be the last accepted token for that question,
    or a later one whose request failed on the way back.
Accepted writes must be there exactly once; writes whose request failed ("unknown") may be there
once or not at all, never twice; no token may appear that the client did not send. A run with no
accepted write of a kind proves nothing about that kind and fails too.

    .venv/bin/python scripts/load/check_writes.py --writes out/writes.jsonl --run-id abc123
Prints a JSON summary and exits 1 when a write is lost or duplicated.
"""

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "obb.settings")


def stored_tokens(run_id):
    """Counter of token -> rows for notes and answer history; current answers by question."""
    from hrtools.mus.models import Answer
    from strategy.models import ProgressNote

    pattern = re.compile(rf"LT{re.escape(run_id)}-\d+-\d+")
    marker = f"LT{run_id}-"
    notes = Counter(token for text in ProgressNote.objects.filter(text__contains=marker).values_list("text", flat=True)
                    for token in pattern.findall(text))
    history = Counter(token for text in Answer.history.filter(text__contains=marker).values_list("text", flat=True)
                      for token in pattern.findall(text))
    current = {}
    for conversation, question, text in (Answer.objects.filter(text__contains=marker)
                                         .values_list("conversation_id", "question_id", "text")):
        found = pattern.findall(text)
        current[(conversation, question)] = found[0] if found else None
    return {"note": notes, "answer": history}, current


def check(writes, run_id):
    stored, current = stored_tokens(run_id)
    result = {"writes": len(writes), "by_outcome": dict(Counter(w["outcome"] for w in writes)),
              "accepted_missing": [], "accepted_duplicated": [], "unknown_duplicated": [],
              "unknown_saved": 0, "unknown_not_saved": 0, "rejected_saved": [], "unexpected_tokens": [],
              "answers_not_last": []}
    sent = set()
    for write in writes:
        token, count = write["token"], stored[write["kind"]][write["token"]]
        sent.add(token)
        if write["outcome"] == "accepted":
            if count == 0:
                result["accepted_missing"].append(token)
            elif count > 1:
                result["accepted_duplicated"].append(token)
        elif write["outcome"] == "unknown":
            if count > 1:
                result["unknown_duplicated"].append(token)
            result["unknown_saved" if count else "unknown_not_saved"] += 1
        elif count:
            result["rejected_saved"].append(token)
    result["unexpected_tokens"] = sorted(token for kind in stored.values() for token in kind if token not in sent)

    # The current answer to each question is the last accepted write, or a failed one sent after it.
    by_question = defaultdict(list)
    for write in writes:
        if write["kind"] == "answer":
            by_question[tuple(write["target"])].append(write)
    for question, question_writes in by_question.items():
        question_writes.sort(key=lambda w: w["sent"])
        accepted = [w for w in question_writes if w["outcome"] == "accepted"]
        if not accepted:
            continue
        allowed = {accepted[-1]["token"]} | {w["token"] for w in question_writes
                                             if w["outcome"] == "unknown" and w["sent"] > accepted[-1]["sent"]}
        if current.get(question) not in allowed:
            result["answers_not_last"].append({"question": list(question), "stored": current.get(question),
                                               "expected": accepted[-1]["token"]})

    result["accepted"] = result["by_outcome"].get("accepted", 0)
    result["accepted_found_once"] = result["accepted"] - len(result["accepted_missing"]) - len(
        result["accepted_duplicated"])
    accepted_kinds = Counter(w["kind"] for w in writes if w["outcome"] == "accepted")
    result["kinds_without_accepted_writes"] = sorted(kind for kind in stored if not accepted_kinds[kind])
    result["ok"] = not any(result[key] for key in ("accepted_missing", "accepted_duplicated", "unknown_duplicated",
                                                   "rejected_saved", "unexpected_tokens", "answers_not_last",
                                                   "kinds_without_accepted_writes"))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", required=True, type=Path)
    parser.add_argument("--run-id", required=True)
    args = parser.parse_args()

    import django

    django.setup()
    writes = [json.loads(line) for line in args.writes.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = check(writes, args.run_id)
    print(json.dumps(result, indent=2))
    sys.exit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
