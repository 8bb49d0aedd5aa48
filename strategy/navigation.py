"""The strategy app's menu items and front-page panels."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from obb.navigation import add_menu_item, add_panel
from strategy import queries
from strategy.models import Action


def _is_manager_or_leadership(user):
    return user.is_manager or user.is_leadership


def _my_actions(user):
    """The "Mine handlinger" panel: the user's actions in the newest plan, counted by status."""
    plan = queries.newest_plan()
    if plan is None:
        return {"plan": None}
    counts = queries.status_counts(Action.objects.filter(plan=plan).active().filter(queries.mine_filter(user)))
    return {
        "plan": plan,
        "counts": [{"status": status, "count": counts.get(status.value, 0)} for status in Action.Status],
        "total": sum(counts.values()),
        "mine_url": f"{reverse('strategy:action_list')}?vis=mine",
        "units_url": f"{reverse('strategy:action_list')}?vis=enheder" if user.authority_unit_ids else "",
    }


def _plan_of_the_year(user):
    """The "Årets plan" panel: the newest plan, its status and how far its actions have come."""
    plan = queries.newest_plan()
    if plan is None:
        return {"plan": None}
    counts = queries.status_counts(Action.objects.filter(plan=plan).active())
    total = sum(counts.values())
    done = counts.get(Action.Status.DONE.value, 0)
    return {"plan": plan, "total": total, "done": done, "in_progress": counts.get(Action.Status.IN_PROGRESS.value, 0)}


def register():
    add_menu_item(_("Handlingsplan"), "strategy:plan_current", order=10)
    add_menu_item(_("Handlinger"), "strategy:action_list", order=11)
    add_menu_item(_("Overblik"), "strategy:dashboard", order=12)
    add_panel("strategy/panels/my_actions.html", _my_actions, visible=_is_manager_or_leadership, order=20)
    add_panel("strategy/panels/plan_of_the_year.html", _plan_of_the_year, order=30)
