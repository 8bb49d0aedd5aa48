from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScimConfig(AppConfig):
    name = "obb.scim"
    label = "scim"
    verbose_name = _("SCIM-provisionering")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from obb.scim import roles

        roles.check_setting()
