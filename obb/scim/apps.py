from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScimConfig(AppConfig):
    name = "obb.scim"
    label = "scim"
    verbose_name = _("SCIM-provisionering")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from obb.roles import Role, grant
        from obb.scim import roles

        roles.check_setting()
        grant(Role.ADMINISTRATOR, "scim.view_scimtoken", "scim.add_scimtoken", "scim.change_scimtoken",
              "scim.view_scimgroup", "scim.view_deleteduser", "scim.delete_deleteduser")
