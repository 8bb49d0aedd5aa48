"""Model permissions of follow-up rounds (used by the admin, which shows them read-only). The
pages decide through `FollowUpItem.objects.answerable_by` and the leadership role."""

from obb.roles import Role, grant


def register():
    grant(Role.ADMINISTRATOR, "followup.view_followupround", "followup.view_followupitem",
          "followup.view_completion", "followup.view_remindersent")
    for model in ("indicator", "indicatortarget", "indicatorvalue"):
        grant(Role.ADMINISTRATOR, *(f"followup.{action}_{model}" for action in ("view", "add", "change")))
