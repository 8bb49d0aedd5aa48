"""The menu item of follow-up rounds: every member of staff may own an action."""

from django.utils.translation import gettext_lazy as _

from obb.navigation import add_menu_item


def register():
    add_menu_item(_("Opfølgning"), "followup:mine", order=13)
