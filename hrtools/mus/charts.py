"""The completion chart of a MUS round, drawn with obb.charts; the page shows a table of the
same numbers beside it (with all six statuses; the chart groups them in three)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hrtools.mus.models import Status
from obb.charts import Series, bar_chart

GROUPS = [
    (gettext_lazy("Ikke planlagt"), [Status.NOT_SCHEDULED]),
    (gettext_lazy("Planlagt/forberedt"), [Status.SCHEDULED, Status.PREPARED]),
    (gettext_lazy("Afholdt"), [Status.HELD, Status.FOLLOW_UP, Status.CLOSED]),
]


def completion_chart(round_, rows):
    if not rows:
        return None
    categories = [str(row.unit) if row.unit else _("Uden enhed") for row in rows]
    series = [Series(str(label), [sum(row.counts.get(status, 0) for status in statuses) for row in rows],
                     color=color)
              for (label, statuses), color in zip(GROUPS, ["#a10e2b", "#b35c00", "#358000"], strict=True)]
    return bar_chart(
        _("Samtaler pr. enhed og status, %(round)s") % {"round": round_.name},
        categories, series, stacked=True,
        description=_("Antal MUS-samtaler pr. enhed: ikke planlagt, planlagt eller forberedt, og afholdt "
                      "(afholdt, opfølgning og afsluttet)."),
        label_width=230,
    )
