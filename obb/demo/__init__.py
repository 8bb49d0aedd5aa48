"""Demo data. `seed_demo` builds the organisation and then runs every loader the apps have
registered here, in order, so each capability brings its own demo data."""

from collections.abc import Callable
from dataclasses import dataclass

DEMO_PASSWORD = "obbdemo"  # noqa: S105 - documented demo-only password


@dataclass(frozen=True)
class Loader:
    name: str
    load: Callable  # load(stdout) -> str (a one-line summary)
    order: int


_loaders: list[Loader] = []


def add_loader(name, load, order=100):
    if not any(loader.name == name for loader in _loaders):
        _loaders.append(Loader(name, load, order))
        _loaders.sort(key=lambda loader: loader.order)


def loaders():
    return list(_loaders)
