"""Role-aware navigation and front-page panels.

Apps register their menu items and front-page panels here from their AppConfig.ready(), so
that `obb` knows nothing of the apps built on it. Each item says who sees it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse


def everyone(user):
    return user.is_authenticated


@dataclass(frozen=True)
class MenuItem:
    label: str
    url_name: str
    visible: Callable = everyone
    order: int = 100

    @property
    def url(self):
        return reverse(self.url_name)


@dataclass(frozen=True)
class Panel:
    """A front-page panel: a template and a function that returns its context for a user."""

    template: str
    context: Callable
    visible: Callable = everyone
    order: int = 100


_menu: list[MenuItem] = []
_panels: list[Panel] = []


def add_menu_item(label, url_name, visible=everyone, order=100):
    _menu.append(MenuItem(label, url_name, visible, order))
    _menu.sort(key=lambda item: item.order)


def add_panel(template, context, visible=everyone, order=100):
    _panels.append(Panel(template, context, visible, order))
    _panels.sort(key=lambda panel: panel.order)


def menu_for(user, path):
    """The menu items `user` may see, each with `url` and `active`."""
    items = [{"label": item.label, "url": item.url} for item in _menu if item.visible(user)]
    # The item whose URL is the longest prefix of the path is the current one, so that
    # /strategi/overblik/ marks "Overblik", not also "Handlingsplan" at /strategi/.
    matches = [
        entry for entry in items
        if path == entry["url"] or (entry["url"] != "/" and path.startswith(entry["url"]))
    ]
    current = max(matches, key=lambda entry: len(entry["url"]), default=None)
    for entry in items:
        entry["active"] = entry is current
    return items


def panels_for(user):
    return [
        {"template": panel.template, **panel.context(user)} for panel in _panels if panel.visible(user)
    ]
