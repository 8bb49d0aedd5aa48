"""What each role may do with MUS as model permissions (used by the admin). The pages decide
per object through `Conversation.objects.visible_to` (see models.py)."""

from obb.roles import Role, grant


def register():
    for model in ("preparationtemplate", "templatequestion", "round", "roundquestion"):
        grant(Role.HR, *(f"mus.{action}_{model}" for action in ("view", "add", "change")))
        grant(Role.ADMINISTRATOR, *(f"mus.{action}_{model}" for action in ("view", "add", "change")))
    # The administrator sees that a conversation exists (round, people, status), never its content.
    grant(Role.ADMINISTRATOR, "mus.view_conversation")
