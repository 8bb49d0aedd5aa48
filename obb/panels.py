"""The organisation's own front-page panels and menu items."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from obb.navigation import add_menu_item, add_panel
from obb.roles import Role

# A leaver stays on their manager's front page this long after their end date.
HANDOVER_DAYS = 60


def _profile(user):
    return {"roles": [Role(role).label for role in sorted(user.roles)] or [_("Ingen roller")]}


def _my_staff(user):
    return {
        "staff_count": user.managed_staff().filter(is_active=True).count(),
        "units": user.led_units.filter(is_active=True),
    }


def _waiting(user):
    from obb.lifecycle import waiting_items

    return {"count": len(waiting_items())}


def _handover(user):
    from obb.lifecycle import open_tasks_of
    from obb.models import User

    leavers = [person for person in User.objects.leavers_for(user) if person.end_date is None
               or person.end_date >= timezone.localdate() - timedelta(days=HANDOVER_DAYS)]
    return {"leavers": [(person, len(open_tasks_of(person))) for person in leavers[:10]]}


def _nothing(user):
    return {}


def register():
    add_menu_item(_("Forside"), "home", order=0)
    add_menu_item(_("Organisation"), "unit_tree", order=90)
    add_menu_item(_("Administration"), "admin:index", visible=lambda user: user.is_staff, order=200)
    add_panel("obb/panels/profile.html", _profile, order=900)
    add_panel("obb/panels/my_staff.html", _my_staff, visible=lambda user: user.is_manager, order=50)
    add_panel("obb/panels/waiting.html", _waiting, visible=lambda user: user.is_hr, order=55)
    add_panel("obb/panels/handover.html", _handover, visible=lambda user: user.is_manager, order=56)
    add_panel(
        "obb/panels/administration.html", _nothing, visible=lambda user: user.is_staff, order=950
    )
