"""An action's history as people read it: who changed what and when, field by field in
Danish (old → new), relations included; and what changed since a given version, which is
what a refused save shows.

Everything is fetched in a fixed number of queries, however long the history is.
"""

from dataclasses import dataclass, field

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from obb.models import Unit, User
from strategy.models import Action, Goal, Partner, Pejlemaerke, Priority, Project

# The fields a person can change, in the order the action page shows them.
FIELDS = ["text", "pejlemaerke", "priority", "unit", "owner", "status", "start_year", "start_quarter",
          "end_year", "end_quarter", "is_archived", "order"]
FOREIGN_KEYS = {"pejlemaerke": Pejlemaerke, "priority": Priority, "unit": Unit, "owner": User}
RELATIONS = {  # field -> (model, accessor on the history record, id attribute on its rows)
    "projects": (Project, "historicalaction_projects_set", "project_id"),
    "partners": (Partner, "historicalaction_partners_set", "partner_id"),
    "goals": (Goal, "historicalaction_goals_set", "goal_id"),
}


# Where the edit form words a field differently from the model, the history uses the form's words.
LABELS = {"start_year": gettext_lazy("Startår"), "start_quarter": gettext_lazy("Startkvartal"),
          "end_year": gettext_lazy("Slutår"), "end_quarter": gettext_lazy("Slutkvartal")}


def label(name):
    return str(LABELS.get(name) or capfirst(Action._meta.get_field(name).verbose_name))


@dataclass
class Change:
    label: str
    old: str = ""
    new: str = ""
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    is_relation: bool = False


@dataclass
class Entry:
    record: object
    kind: str
    changes: list
    created: bool = False

    @property
    def user(self):
        return self.record.history_user

    @property
    def date(self):
        return self.record.history_date

    @property
    def reason(self):
        return self.record.history_change_reason or ""


class _Names:
    """Display names of the objects a set of history records points to, fetched in bulk."""

    def __init__(self, records):
        self.objects = {}
        for name, model in FOREIGN_KEYS.items():
            ids = {getattr(record, f"{name}_id") for record in records} - {None}
            self.objects[name] = model.objects.in_bulk(ids) if ids else {}
        for name, (model, accessor, id_attr) in RELATIONS.items():
            ids = {getattr(row, id_attr) for record in records for row in getattr(record, accessor).all()}
            self.objects[name] = model.objects.in_bulk(ids) if ids else {}

    def show(self, name, value):
        if value is None or value == "":
            return "–"
        if name in self.objects:
            obj = self.objects[name].get(value)
            return str(obj) if obj is not None else _("(slettet)")
        if name == "status":
            try:
                return str(Action.Status(value).label)
            except ValueError:
                return value
        if name == "is_archived":
            return _("Ja") if value else _("Nej")
        if name in ("start_quarter", "end_quarter"):
            return _("%(n)s. kvartal") % {"n": value}
        return str(value)


def _relation_ids(record, name):
    _model, accessor, id_attr = RELATIONS[name]
    return {getattr(row, id_attr) for row in getattr(record, accessor).all()}


def diff(old, new, names, fields=FIELDS):
    """The changes from history record `old` to `new`, in Danish, old → new."""
    changes = []
    for name in fields:
        attname = f"{name}_id" if name in FOREIGN_KEYS else name
        before, after = getattr(old, attname), getattr(new, attname)
        if before != after:
            changes.append(Change(label(name), names.show(name, before), names.show(name, after)))
    for name in RELATIONS:
        before, after = _relation_ids(old, name), _relation_ids(new, name)
        if before != after:
            changes.append(Change(
                label(name), is_relation=True,
                added=sorted(names.show(name, pk) for pk in after - before),
                removed=sorted(names.show(name, pk) for pk in before - after),
            ))
    return changes


def _records(action):
    return action.history.select_related("history_user").prefetch_related(
        *(accessor for _model, accessor, _id in RELATIONS.values())
    ).order_by("-history_date", "-history_id")


def entries(action, limit=50):
    """The newest `limit` history entries of `action`, newest first, each with its changes."""
    records = list(_records(action)[: limit + 1])
    names = _Names(records)
    result = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        if previous is None:
            result.append(Entry(record, _("Oprettet"), [], created=True))
            continue
        restored = (record.history_change_reason or "").startswith(_("Gendannet"))
        result.append(Entry(record, _("Gendannet") if restored else _("Ændret"), diff(previous, record, names)))
    return result


def changes_since(action, version):
    """What changed in `action` after it was at `version` (the edit form's fields only)."""
    records = list(_records(action).filter(version__gte=version))
    base = next((record for record in records if record.version == version), None)
    if base is None or not records:
        return []
    newest = records[0]
    fields = [name for name in FIELDS if name not in ("is_archived", "order")]
    return diff(base, newest, _Names([base, newest]), fields=fields)
