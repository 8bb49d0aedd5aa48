"""`manage.py check` (and every start) refuses a group mapping it cannot read, before anyone
signs in with it."""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured


@checks.register(checks.Tags.security)
def check_group_roles(app_configs=None, **kwargs):
    from obb.sso import config

    try:
        config.group_roles()
    except ImproperlyConfigured as exc:
        return [checks.Error(str(exc), id="obb.sso.E001")]
    return []
