"""The common interface of exporters."""

from dataclasses import dataclass

_registry: dict[str, type["Exporter"]] = {}


@dataclass(frozen=True)
class Export:
    filename: str
    content_type: str
    content: bytes


class Exporter:
    """Subclasses set `identifier` (unique, e.g. "plan-pdf"), `name` (Danish, for the
    interface), `extension` and `content_type`, and implement `render()`."""

    identifier: str = ""
    name: str = ""
    extension: str = ""
    content_type: str = "application/octet-stream"

    def render(self) -> Export:
        raise NotImplementedError


def register(exporter_class):
    """Class decorator: make an exporter available by its identifier."""
    if exporter_class.identifier in _registry:
        raise ValueError(f"Two exporters are called {exporter_class.identifier!r}")
    _registry[exporter_class.identifier] = exporter_class
    return exporter_class


def get_exporter(identifier):
    return _registry[identifier]
