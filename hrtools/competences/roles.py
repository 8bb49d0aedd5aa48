"""What each role may do with the competence tools as model permissions (used by the admin).
The pages decide per object in models.py (`mirror_subjects`, `aggregate_units`, `can_maintain`)."""

from obb.roles import Role, grant

_CONTENT = ["competence", "jobfamily", "profile", "profilelevel", "careertrack", "careerstep",
            "developmentactivity"]


def register():
    for model in _CONTENT:
        grant(Role.HR, *(f"competences.{action}_{model}" for action in ("view", "add", "change")))
        grant(Role.ADMINISTRATOR, *(f"competences.{action}_{model}" for action in ("view", "add", "change", "delete")))
