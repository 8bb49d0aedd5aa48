"""Which SCIM groups give which role (the setting SCIM_GROUP_ROLES), and keeping roles in step.

A SCIM group gives a role when SCIM_GROUP_ROLES maps its display name or its external id (Entra
ID: the group's object id) to one of leder, hr, ledelse, administrator. A group the setting does
not name is kept as a SCIM group and gives nothing.

When a role-giving group's members change, its new members get the role, and those who left it
lose it unless another role-giving group of theirs still gives it. Roles of people no such
change touches are left as they are, wherever they were granted.
"""

from django.conf import settings
from django.contrib.auth.models import Group as AuthGroup
from django.core.exceptions import ImproperlyConfigured

from obb.roles import GROUP_NAMES, Role

MAPPABLE = (Role.MANAGER, Role.HR, Role.LEADERSHIP, Role.ADMINISTRATOR)


def mapping() -> dict[str, Role]:
    """SCIM_GROUP_ROLES as {display name or external id (case-folded): Role}."""
    return {key.strip().casefold(): Role(value.strip().lower())
            for key, value in getattr(settings, "SCIM_GROUP_ROLES", {}).items()}


def check_setting():
    for key, value in getattr(settings, "SCIM_GROUP_ROLES", {}).items():
        if value.strip().lower() not in MAPPABLE:
            raise ImproperlyConfigured(
                f"SCIM_GROUP_ROLES: «{key}={value}» giver en ukendt rolle. Brug en af "
                + ", ".join(MAPPABLE) + "."
            )


def role_of(group) -> Role | None:
    roles = mapping()
    for key in (group.external_id, group.display_name):
        if key and key.casefold() in roles:
            return roles[key.casefold()]
    return None


def sync_roles(users, *, changed_roles):
    """Give or take `changed_roles` from `users` as their role-giving SCIM groups say."""
    changed_roles = {role for role in changed_roles if role is not None}
    if not changed_roles or not users:
        return
    auth_groups = {role: AuthGroup.objects.get_or_create(name=GROUP_NAMES[role])[0] for role in changed_roles}
    for user in users:
        given = {role_of(group) for group in user.scim_groups.all()}
        for role in changed_roles:
            if role in given:
                user.groups.add(auth_groups[role])
            else:
                user.groups.remove(auth_groups[role])
        user.__dict__.pop("roles", None)
