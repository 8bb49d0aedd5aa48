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
    # Colour and pattern both tell the groups apart: striped red, dotted orange, plain green.
    looks = [("#a10e2b", "stripes"), ("#b35c00", "dots"), ("#358000", None)]
    series = [Series(str(label), [sum(row.counts.get(status, 0) for status in statuses) for row in rows],
                     color=color, pattern=pattern)
              for (label, statuses), (color, pattern) in zip(GROUPS, looks, strict=True)]
    return bar_chart(
        _("Samtaler pr. enhed og status, %(round)s") % {"round": round_.name},
        categories, series, stacked=True, shares=True,
        description=_("Andel af MUS-samtalerne pr. enhed, der ikke er planlagt, er planlagt eller forberedt, og "
                      "er afholdt (afholdt, opfølgning og afsluttet); tallet efter hver søjle er enhedens "
                      "antal samtaler."),
        label_width=230,
    )
