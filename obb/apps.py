from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ObbConfig(AppConfig):
    name = "obb"
    verbose_name = "Organisation"

    def ready(self):
        from obb import panels, signals  # noqa: F401 - signals connects its receivers
        from obb.permission_names import name_permissions_in_danish
        from obb.roles import sync_role_groups
        from obb.sso import checks  # noqa: F401 (registers the single sign-on settings check)

        panels.register()

        # The role groups and their permissions are code, not data: they are brought up to
        # date after every migrate, so a new permission reaches every installation.
        post_migrate.connect(sync_role_groups, dispatch_uid="obb.sync_role_groups")
        post_migrate.connect(name_permissions_in_danish, dispatch_uid="obb.name_permissions_in_danish")
