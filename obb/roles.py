"""The roles of the intranet and the permissions each one carries.

A role is a Django group. The groups and their permissions are defined here, in code, and
brought up to date after every `migrate` (see `ObbConfig.ready`). Object-level rules (which
actions a manager may edit, whose MUS a manager may read) live with the models they protect;
this module only says what each role may do at all.
"""

from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _


class Role(TextChoices):
    EMPLOYEE = "medarbejder", _("Medarbejder")
    MANAGER = "leder", _("Leder")
    HR = "hr", _("HR")
    LEADERSHIP = "ledelse", _("Ledelse")
    ADMINISTRATOR = "administrator", _("Administrator")


# Group names as administrators see them in the admin.
GROUP_NAMES = {
    Role.EMPLOYEE: "Medarbejder",
    Role.MANAGER: "Leder",
    Role.HR: "HR",
    Role.LEADERSHIP: "Ledelse",
    Role.ADMINISTRATOR: "Administrator",
}

# Model permissions per role, as "app_label.codename". Apps add their own entries in their
# AppConfig.ready() through `grant`, so this module needs to know nothing about them.
ROLE_PERMISSIONS: dict[str, set[str]] = {role: set() for role in Role}


def grant(role, *permissions):
    """Give `role` the named model permissions ("app_label.codename")."""
    ROLE_PERMISSIONS[Role(role)].update(permissions)


def sync_role_groups(sender=None, using="default", **kwargs):
    """Create the role groups and set exactly the permissions ROLE_PERMISSIONS gives them."""
    from django.contrib.auth.models import Group, Permission

    # Runs after each app's post_migrate: permissions of apps migrated after obb exist only then.
    for role, group_name in GROUP_NAMES.items():
        group, _created = Group.objects.using(using).get_or_create(name=group_name)
        wanted = ROLE_PERMISSIONS[role]
        permissions = []
        for dotted in sorted(wanted):
            app_label, codename = dotted.split(".", 1)
            try:
                permissions.append(
                    Permission.objects.using(using).get(
                        content_type__app_label=app_label, codename=codename
                    )
                )
            except Permission.DoesNotExist:
                # Permissions are created after each app's migrations; the next migrate adds it.
                continue
        group.permissions.set(permissions)


grant(Role.ADMINISTRATOR, "obb.view_user", "obb.add_user", "obb.change_user", "obb.view_unit",
      "obb.add_unit", "obb.change_unit")
grant(Role.HR, "obb.view_user", "obb.view_unit")
