"""The menu items of follow-up rounds and indicators: every member of staff may own an action,
and everyone reads the indicators."""

from django.utils.translation import gettext_lazy as _

from obb.navigation import add_menu_item


def register():
    add_menu_item(_("Opfølgning"), "followup:mine", order=13)
    add_menu_item(_("Indikatorer"), "followup:indicators", order=14)
