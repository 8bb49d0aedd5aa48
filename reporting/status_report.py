"""The status report of a closed follow-up round ("Statusrapport – Det gør vi <år> pr. <dato>"):
per pejlemærke the actions by status (a chart and its table), the late ones with their notes,
what changed since the previous round, and the indicators against the year's targets. It reads
the round's frozen items, so it says what the owners said at closing whatever happened since.
One function builds the content; the HTML and PDF exporters render the same template."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from obb.charts import Series, bar_chart
from strategy.followup import services
from strategy.followup.indicators import SHAPES, Indicator
from strategy.models import Action


@dataclass
class Section:
    pejlemaerke: object
    counts: list = field(default_factory=list)  # [(status label, number)]
    chart: str = ""
    late: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    indicators: list = field(default_factory=list)  # [{"indicator", "target", "value", "status", "shape"}]
    total: int = 0


def closed_round(plan, number=None):
    """The plan's newest closed round, or its round `number` if that one is closed; None if none."""
    rounds = plan.followup_rounds.closed().order_by("-number")
    if number is not None:
        rounds = rounds.filter(number=number)
    return rounds.first()


def build(round_):
    plan = round_.plan
    items = services.round_items(round_)
    previous, changed = services.changes(round_, items)
    changed_ids = {item.pk for item in changed}
    pejlemaerker = list(plan.strategy.pejlemaerker.order_by("number"))
    indicators = (Indicator.objects.filter(pejlemaerke__in=pejlemaerker).select_related("pejlemaerke")
                  .prefetch_related("targets", "values"))
    sections = {p.pk: Section(p) for p in pejlemaerker}
    for item in items:
        section = sections.get(item.pejlemaerke_id)
        if section is None:
            continue
        section.total += 1
        if item.is_delayed:
            section.late.append(item)
        if item.pk in changed_ids:
            section.changed.append(item)
    for section in sections.values():
        mine = [item for item in items if item.pejlemaerke_id == section.pejlemaerke.pk]
        section.counts = [(status.label, sum(item.current_status == status for item in mine))
                          for status in Action.Status]
        if section.total:
            section.chart = bar_chart(
                _("Handlinger efter status: %(name)s") % {"name": section.pejlemaerke.name},
                [label for label, _number in section.counts],
                [Series(_("Handlinger"), [number for _label, number in section.counts])],
                description=_("Antal handlinger under pejlemærket efter status ved rundens lukning; tallene står i "
                              "tabellen."), label_width=120)
    for indicator in indicators:
        value = indicator.values_by_year().get(plan.year)
        status = indicator.status_for(plan.year)
        sections[indicator.pejlemaerke_id].indicators.append({
            "indicator": indicator, "target": indicator.targets_by_year().get(plan.year),
            "value": value, "status": status, "shape": SHAPES.get(status, ""),
        })
    return {"round": round_, "plan": plan, "previous": previous, "sections": list(sections.values()),
            "total": len(items), "answered": sum(item.is_answered for item in items)}
