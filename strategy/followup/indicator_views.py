"""Indicator pages: every member of staff reads the indicators of the plan's pejlemærker, their
status, chart and table; leadership and an indicator's owner enter measured values (403 for
others)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from strategy.followup import indicator_services
from strategy.followup.charts import trend_chart
from strategy.followup.forms import IndicatorValueForm
from strategy.followup.indicators import SHAPES, Indicator, IndicatorValue
from strategy.models import Pejlemaerke, Plan


def _indicators():
    return Indicator.objects.select_related("pejlemaerke", "owner").prefetch_related(
        "targets", Prefetch("values", queryset=IndicatorValue.objects.order_by("year", "quarter", "pk")))


def _status(indicator):
    year, status = indicator.latest_status()
    return {"year": year, "status": status, "label": status.label if status else "",
            "shape": SHAPES.get(status, ""), "css": status.value if status else ""}


def _crumbs(*extra):
    return [{"label": _("Indikatorer"), "url": reverse("followup:indicators")}, *extra]


@login_required
def indicator_list(request):
    plan = Plan.objects.order_by("-year").first()
    if plan is None:
        raise Http404
    pejlemaerker = list(Pejlemaerke.objects.filter(strategy=plan.strategy_id).order_by("number"))
    by_pejlemaerke = {p.pk: [] for p in pejlemaerker}
    for indicator in _indicators().filter(pejlemaerke__in=pejlemaerker):
        indicator.track = _status(indicator)
        by_pejlemaerke[indicator.pejlemaerke_id].append(indicator)
    return render(request, "followup/indicators.html", {
        "plan": plan, "groups": [(p, by_pejlemaerke[p.pk]) for p in pejlemaerker], "crumbs": _crumbs(),
    })


def _detail_context(indicator, user):
    targets, values = indicator.targets_by_year(), indicator.values_by_year()
    years = sorted(set(targets) | set(values))
    rows = [{"year": year, "target": targets.get(year), "value": values.get(year),
             "status": indicator.status_for(year)} for year in years]
    for row in rows:
        row["shape"] = SHAPES.get(row["status"], "")
    chart = trend_chart(
        _("%(name)s: målt og mål") % {"name": indicator.name}, years,
        {year: entry.value for year, entry in values.items()}, targets,
        value_label=_("Målt"), target_label=_("Mål"),
        description=_("Udviklingen i %(name)s år for år sammen med målet; tallene står i tabellen.")
        % {"name": indicator.name})
    return {"indicator": indicator, "rows": rows, "chart": chart, "track": _status(indicator),
            "measurements": list(indicator.values.all()), "can_edit": indicator.can_edit(user)}


@login_required
def indicator_detail(request, pk):
    indicator = get_object_or_404(_indicators(), pk=pk)
    return render(request, "followup/indicator.html", {
        **_detail_context(indicator, request.user), "crumbs": _crumbs({"label": indicator.name, "url": ""}),
    })


@login_required
def indicator_value_add(request, pk):
    indicator = get_object_or_404(_indicators(), pk=pk)
    if not indicator.can_edit(request.user):
        raise PermissionDenied
    form = IndicatorValueForm(request.POST or None, indicator=indicator)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        indicator_services.add_value(indicator, user=request.user, year=data["year"], quarter=data["quarter"],
                                     value=data["value"], measured_on=data["measured_on"], source=data["source"])
        messages.success(request, _("Målingen er gemt."))
        return redirect("followup:indicator", pk=indicator.pk)
    return render(request, "followup/indicator_value_form.html", {
        "indicator": indicator, "form": form,
        "crumbs": _crumbs({"label": indicator.name, "url": reverse("followup:indicator", args=[indicator.pk])},
                          {"label": _("Ny måling"), "url": ""}),
    }, status=400 if form.is_bound and form.errors else 200)
