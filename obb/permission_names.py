"""Django names a model's default permissions in English ("Can add action") whatever the
language, and the admin lists them by that name where it assigns them to people and groups.
After every migrate and flush they are renamed in Danish ("Kan tilføje handling")."""

from django.apps import apps as global_apps
from django.utils import translation

VERBS = {"add": "tilføje", "change": "ændre", "delete": "slette", "view": "se"}


def danish_name(permission):
    """The Danish name of a default permission, or None for a permission with its own name."""
    verb, _, model_name = permission.codename.partition("_")
    model = permission.content_type.model_class()
    if verb not in VERBS or model is None or model_name != model._meta.model_name:
        return None
    with translation.override("da"):
        name = f"Kan {VERBS[verb]} {model._meta.verbose_name}"
    return name[:255]


def name_permissions_in_danish(sender=None, using="default", **kwargs):
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Permission

    # obb's receivers run before django.contrib.auth's (obb comes first in INSTALLED_APPS), so the
    # permissions of the app being migrated are made here first; making them is idempotent. After
    # `migrate` the signal carries the migrated state's models; after `flush` it carries none.
    if sender is not None:
        create_permissions(sender, verbosity=0, using=using, apps=kwargs.get("apps") or global_apps)
    renamed = []
    for permission in Permission.objects.using(using).select_related("content_type").filter(name__startswith="Can "):
        name = danish_name(permission)
        if name and name != permission.name:
            permission.name = name
            renamed.append(permission)
    Permission.objects.using(using).bulk_update(renamed, ["name"])
