"""Named fixture layers for the wiring test, built lazily (once per session) from the sample region.

Specs name them ``@name`` (in ``EXAMPLE`` and in ``Probe.needs``/``Probe.value``). Builders register with
:func:`fixture`; each returns a path (a layer source may carry ``|layername=``) or a plain value, and may use other
fixtures through ``fx.get``. The rasters are the sample region resampled to 100 x 100 pixels of 180 m, so every
algorithm runs in well under a second while the data keep the sample's structure (nodata corner, cloud gaps,
deforestation front, overlapping sites).
"""
from __future__ import annotations

import os

BUILDERS: dict = {}


def fixture(name: str):
    def register(fn):
        if name in BUILDERS:
            raise ValueError(f"fixture {name} registered twice")
        BUILDERS[name] = fn
        return fn
    return register


class Fixtures:
    def __init__(self, root: str, sample_dir: str):
        self.root = root
        self.sample_dir = sample_dir
        self.cache: dict = {}
        os.makedirs(root, exist_ok=True)

    def path(self, name: str) -> str:
        return os.path.join(self.root, name)

    def sample(self, name: str) -> str:
        return os.path.join(self.sample_dir, name)

    def get(self, name: str):
        if name not in self.cache:
            if name not in BUILDERS:
                raise KeyError(f"unknown wiring fixture @{name}")
            self.cache[name] = BUILDERS[name](self)
        return self.cache[name]

    def resolve(self, value):
        """``value`` with every ``@name`` string (also inside lists and dicts) replaced by the fixture."""
        if isinstance(value, str) and value.startswith("@"):
            return self.get(value[1:])
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.resolve(v) for v in value)
        if isinstance(value, dict):
            return {k: self.resolve(v) for k, v in value.items()}
        return value


def load_all() -> None:
    """Import every fixture module ``fx_*.py`` of this package (each registers its builders)."""
    import importlib
    import pkgutil

    from . import __path__ as package_path
    for info in sorted(pkgutil.iter_modules(package_path), key=lambda i: i.name):
        if info.name.startswith("fx_"):
            importlib.import_module(f"{__package__}.{info.name}")
