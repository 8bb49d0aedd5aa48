"""What each role may do with the strategy and the plan, as model permissions. Which actions a
manager may edit is decided per object by `Action.can_edit` / `Action.objects.editable_by`."""

from obb.roles import Role, grant

_READ = ["view_strategyperiod", "view_value", "view_pejlemaerke", "view_priority", "view_plan",
         "view_foreword", "view_photocaption", "view_partner", "view_project", "view_keyfiguretable",
         "view_keyfigurerow", "view_action", "view_progressnote", "view_goal"]
_MANAGE_ACTIONS = ["add_action", "change_action", "add_progressnote"]
_LEAD = ["change_strategyperiod", "add_value", "change_value", "delete_value", "change_pejlemaerke",
         "add_priority", "change_priority", "delete_priority", "add_plan", "change_plan", "add_foreword",
         "change_foreword", "add_photocaption", "change_photocaption", "delete_photocaption", "add_partner",
         "change_partner", "delete_partner", "add_project", "change_project", "delete_project",
         "add_keyfiguretable", "change_keyfiguretable", "delete_keyfiguretable", "add_keyfigurerow",
         "change_keyfigurerow", "delete_keyfigurerow", "delete_action", "add_goal", "change_goal"]


def register():
    for role in Role:
        grant(role, *(f"strategy.{codename}" for codename in _READ))
    grant(Role.MANAGER, *(f"strategy.{codename}" for codename in _MANAGE_ACTIONS))
    grant(Role.LEADERSHIP, *(f"strategy.{codename}" for codename in _MANAGE_ACTIONS + _LEAD))
    grant(Role.ADMINISTRATOR, *(f"strategy.{codename}" for codename in _LEAD))
