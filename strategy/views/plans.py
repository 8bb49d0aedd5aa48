"""Reading the strategy and the yearly plan, and the plan's dashboard. Every member of staff may
read every plan; a draft is marked as such."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from obb.charts import Series, bar_chart
from strategy import queries
from strategy.models import Action, Plan, StrategyPeriod

STATUS_COLORS = {
    Action.Status.PLANNED: "#5c5c5c",
    Action.Status.IN_PROGRESS: "#004c6e",
    Action.Status.DONE: "#358000",
    Action.Status.POSTPONED: "#8a6d00",
    Action.Status.DROPPED: "#a10e2b",
}


def _plan(year):
    return get_object_or_404(Plan.objects.select_related("strategy"), year=year)


def _can_edit(user, plan):
    return user.is_leadership and not plan.content_is_locked


@login_required
def plan_current(request):
    """/strategi/ opens the newest plan."""
    plan = queries.newest_plan()
    if plan is None:
        return render(request, "strategy/plans/no_plan.html")
    return redirect("strategy:plan_detail", year=plan.year)


@login_required
def plan_detail(request, year):
    plan = _plan(year)
    context = {"plan": plan, "can_edit": _can_edit(request.user, plan), **queries.plan_contents(plan)}
    context["other_plans"] = Plan.objects.exclude(pk=plan.pk).only("year", "title")
    return render(request, "strategy/plans/plan_detail.html", context)


@login_required
def pejlemaerke_detail(request, year, slug):
    plan = _plan(year)
    pejlemaerke = get_object_or_404(
        queries.pejlemaerker_with_actions(plan, plan.strategy.pejlemaerker.filter(slug=slug),
                                          limit=queries.PEJLEMAERKE_PAGE_ACTIONS)
    )
    siblings = list(plan.strategy.pejlemaerker.only("slug", "name", "number"))
    position = [p.pk for p in siblings].index(pejlemaerke.pk)
    return render(request, "strategy/plans/pejlemaerke_detail.html", {
        "plan": plan,
        "pejlemaerke": pejlemaerke,
        "projects": plan.projects.filter(pejlemaerke=pejlemaerke).select_related("pejlemaerke"),
        "previous": siblings[position - 1] if position > 0 else None,
        "next": siblings[position + 1] if position + 1 < len(siblings) else None,
        "can_edit": _can_edit(request.user, plan),
        "can_create": (request.user.is_manager or request.user.is_leadership) and not plan.content_is_locked,
    })


@login_required
def strategy_list(request):
    strategies = StrategyPeriod.objects.prefetch_related("plans")
    return render(request, "strategy/plans/strategy_list.html", {"strategies": strategies})


@login_required
def strategy_detail(request, slug):
    strategy = get_object_or_404(queries.strategy_with_contents(slug))
    return render(request, "strategy/plans/strategy_detail.html", {
        "strategy": strategy,
        "extra": strategy.extra or {},
        "plans": queries.plans_of(strategy),
    })


def _status_table(plan, pejlemaerker):
    """Rows of the dashboard's table (and the chart's numbers): per pejlemærke a count per
    status, with totals."""
    counts = queries.status_counts_by_pejlemaerke(plan)
    statuses = list(Action.Status)
    rows = []
    for pejlemaerke in pejlemaerker:
        by_status = counts.get(pejlemaerke.pk, {})
        values = [by_status.get(status.value, 0) for status in statuses]
        rows.append({"pejlemaerke": pejlemaerke, "values": values, "total": sum(values)})
    totals = [sum(row["values"][index] for row in rows) for index in range(len(statuses))]
    return statuses, rows, totals


def _short(text, limit=28):
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _chart(plan, statuses, rows):
    """The stacked bar chart of the status table. Statuses no action has are left out of the
    chart (the table keeps them), and long names are shortened; the table has them in full."""
    series = [
        Series(status.label, [row["values"][index] for row in rows], STATUS_COLORS[status])
        for index, status in enumerate(statuses)
        if any(row["values"][index] for row in rows)
    ]
    return bar_chart(
        _("Handlinger pr. pejlemærke og status, %(year)s") % {"year": plan.year},
        [_short(row["pejlemaerke"].name) for row in rows],
        series or [Series(_("Handlinger"), [0 for _row in rows])],
        stacked=True,
        description=_("Antal handlinger for hvert pejlemærke, delt op efter status. "
                      "Tallene står også i tabellen."),
    )


def _action_list_url(plan, user):
    """The action list filtered to the user's actions (or their units' actions)."""
    show = "enheder" if user.authority_unit_ids else "mine"
    return f"{reverse('strategy:action_list')}?aar={plan.year}&vis={show}"


@login_required
def dashboard(request, year=None):
    plan = _plan(year) if year is not None else queries.newest_plan()
    if plan is None:
        return render(request, "strategy/plans/no_plan.html")
    pejlemaerker = list(plan.strategy.pejlemaerker.all())
    statuses, rows, totals = _status_table(plan, pejlemaerker)
    chart = _chart(plan, statuses, rows)
    mine_actions = queries.my_actions(plan, request.user)
    mine = list(mine_actions[:queries.MINE_LIMIT])
    # Counted from the ids rather than with COUNT(), so that the dashboard's one aggregate
    # query stays the status table's.
    mine_count = len(mine_actions.values_list("pk", flat=True))
    return render(request, "strategy/dashboard/dashboard.html", {
        "plan": plan,
        "statuses": statuses,
        "rows": rows,
        "totals": totals,
        "grand_total": sum(totals),
        "chart": chart,
        "mine": mine,
        "mine_count": mine_count,
        "mine_url": _action_list_url(plan, request.user),
        "recent": list(queries.recently_changed(plan)),
    })
