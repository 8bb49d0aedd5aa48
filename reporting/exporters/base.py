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
    document: str = ""  # what is exported, for `formats()`: "plan", "staffstats", …
    name: str = ""
    extension: str = ""
    content_type: str = "application/octet-stream"

    def render(self) -> Export:
        raise NotImplementedError


def register(*exporter_classes):
    """Make exporters available by their identifier (the reporting app does it when it starts,
    see apps.py; importing an exporter's module registers nothing)."""
    for exporter_class in exporter_classes:
        known = _registry.get(exporter_class.identifier)
        if known is not None and known is not exporter_class:
            raise ValueError(f"Two exporters are called {exporter_class.identifier!r}")
        _registry[exporter_class.identifier] = exporter_class


def get_exporter(identifier):
    return _registry[identifier]


def formats(document):
    """{extension: exporter class} of the exporters of `document` (e.g. "plan"), in the order
    they were registered."""
    return {exporter.extension: exporter for exporter in _registry.values() if exporter.document == document}
