"""The personaleregnskab's menu item, front-page panel and role permissions."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from obb.navigation import add_menu_item, add_panel
from obb.roles import Role, grant

_MODELS = ["staffprofile", "snapshot", "snapshotperson", "referencefigure"]


def _panel(user):
    from hrtools.staffstats.models import Snapshot, StaffProfile
    from hrtools.staffstats.services import staff_on

    latest = Snapshot.objects.order_by("-year").first()
    today = timezone.localdate()
    missing = staff_on(today).exclude(pk__in=StaffProfile.objects.values("user_id")).count()
    return {"latest": latest, "missing_profiles": missing}


def _can_view(user):
    from hrtools.staffstats.models import can_view_staffstats

    return can_view_staffstats(user)


def _can_manage(user):
    from hrtools.staffstats.models import can_manage_staffstats

    return can_manage_staffstats(user)


def register():
    add_menu_item(_("Personaleregnskab"), "staffstats:overview", visible=_can_view, order=140)
    add_panel("hrtools/staffstats/panel.html", _panel, visible=_can_manage, order=60)
    grant(Role.HR, *(f"staffstats.{action}_{model}" for model in _MODELS for action in ("view", "add", "change")))
    grant(Role.LEADERSHIP, "staffstats.view_snapshot", "staffstats.view_referencefigure")
