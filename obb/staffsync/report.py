"""The summary of a `SyncPlan` in Danish: the same words for the preview page and the command."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from obb.staffsync import columns

SUMMARY_LABELS = {
    "new": gettext_lazy("Nye medarbejdere"),
    "linked": gettext_lazy("Eksisterende konti, der får medarbejdernummer (fundet via e-mail)"),
    "first_name": gettext_lazy("Ændret fornavn"),
    "last_name": gettext_lazy("Ændret efternavn"),
    "email": gettext_lazy("Ændret e-mail"),
    "unit": gettext_lazy("Ændret enhed"),
    "job_title": gettext_lazy("Ændret stillingsbetegnelse"),
    "manager": gettext_lazy("Ændret nærmeste leder"),
    "start_date": gettext_lazy("Ændret ansat fra"),
    "end_date": gettext_lazy("Ændret fratrædelsesdato"),
    "leavers": gettext_lazy("Fratrådte, der deaktiveres nu"),
    "not_created": gettext_lazy("Fratrådte, der ikke oprettes (ukendte i appen)"),
    "units_to_create": gettext_lazy("Nye enheder, der oprettes"),
    "inactive_in_file": gettext_lazy("Deaktiverede i appen, men ansat ifølge filen (genaktiveres ikke)"),
    "not_in_file": gettext_lazy("Med medarbejdernummer i appen, men ikke i filen (ændres ikke)"),
    "unchanged": gettext_lazy("Uændrede"),
}


def summary_rows(plan):
    return [(SUMMARY_LABELS[key], count) for key, count in plan.summary().items()]


def show(value, plan=None, field=None):
    """A value of the preview as text: names for units and managers, dates as ÅÅÅÅ-MM-DD."""
    if value is None or value == "":
        return "–"
    if field == "manager" and plan is not None:
        name = plan.names.get(value)
        return f"{name} ({value})" if name else str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def change_lines(plan, change):
    for name, (old, new) in change.fields.items():
        label = columns.label(name) if name in columns.COLUMNS else name
        yield _("%(field)s: %(old)s → %(new)s") % {
            "field": label, "old": show(old, plan, name), "new": show(new, plan, name)}


def lines(plan):
    """Every line the command prints: the errors, or the summary and each difference."""
    if not plan.is_valid:
        yield _("Filen har %(count)s fejl. Intet er gemt.") % {"count": len(plan.errors)}
        for error in plan.errors:
            yield f"  {error}"
        return
    yield _("Oversigt:")
    for label, count in summary_rows(plan):
        yield f"  {label}: {count}"
    for person in plan.new:
        values = person.values
        yield _("Ny: %(number)s %(name)s, %(unit)s") % {
            "number": values["employee_number"], "name": f"{values['first_name']} {values['last_name']}",
            "unit": values["unit"]}
    for change in plan.changes:
        yield _("Ændret: %(number)s %(name)s: %(changes)s") % {
            "number": change.user.employee_number or change.fields.get("employee_number", ("", ""))[1],
            "name": change.user.get_full_name(), "changes": "; ".join(change_lines(plan, change))}
    for _row, user, end_date in plan.leavers:
        yield _("Fratrådt: %(number)s %(name)s (%(date)s)") % {
            "number": user.employee_number, "name": user.get_full_name(), "date": show(end_date)}
    for name in plan.units_to_create:
        yield _("Ny enhed: %(name)s") % {"name": name}
    for _row, user in plan.inactive_in_file:
        yield _("Deaktiveret i appen, ansat ifølge filen: %(number)s %(name)s") % {
            "number": user.employee_number, "name": user.get_full_name()}
    for user in plan.not_in_file:
        yield _("Ikke i filen: %(number)s %(name)s") % {"number": user.employee_number, "name": user.get_full_name()}
