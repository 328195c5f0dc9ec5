"""Reading the algorithm declarations on a machine without QGIS.

The algorithm modules declare their parameters once (``SPEC``) inside a ``QgsProcessingAlgorithm`` subclass, so
importing them imports ``qgis``. The command line never loads QGIS, installed or not (unless the process already
imported it, e.g. the QGIS Python console): :func:`install` puts inert stand-ins for the ``qgis`` and
``processing`` packages on the import path: every name they are asked for
is a class that can be subclassed, called and looked into, so class bodies and module-level constants evaluate and
the declarations can be read. Nothing of QGIS runs through them: the headless runner
(:mod:`.headless`) replaces every method that would touch a QGIS object, and ``translate`` returns the English text.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import tempfile
import types

_STUB_ROOTS = ("qgis", "processing")


class _AnyMeta(type):
    """Metaclass of the stand-ins: any attribute of a stand-in class is another stand-in class."""

    def __getattr__(cls, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _stand_in(name)

    def __call__(cls, *args, **kwargs):
        return cls.__new__(cls)

    def __or__(cls, other):
        return cls


class _Any(metaclass=_AnyMeta):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _stand_in(name)

    def __call__(self, *args, **kwargs):
        return _stand_in("result")()

    def __bool__(self):
        return False

    def __iter__(self):
        return iter(())

    def __or__(self, other):
        return self


def _stand_in(name: str) -> type:
    return _AnyMeta(str(name), (_Any,), {})


class _QCoreApplication(_Any):
    @staticmethod
    def translate(context, text, *args):
        return text


class _QgsSettings(_Any):
    def value(self, key, default=None, type=None):  # noqa: A002 - QGIS signature
        return default


_TEMP: list = []


class _QgsProcessingUtils(_Any):
    @staticmethod
    def tempFolder(context=None):  # noqa: N802 - QGIS API
        if not _TEMP:
            _TEMP.append(tempfile.mkdtemp(prefix="t2monitor-"))
        return _TEMP[0]


_SPECIAL = {"QCoreApplication": _QCoreApplication, "QgsSettings": _QgsSettings,
            "QgsProcessingUtils": _QgsProcessingUtils}


class _StubModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        value = _SPECIAL.get(name) or _stand_in(name)
        setattr(self, name, value)
        return value


class _StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in _STUB_ROOTS:
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec):
        module = _StubModule(spec.name)
        module.__path__ = []
        module.T2MONITOR_STAND_IN = True
        return module

    def exec_module(self, module):
        return None


_FINDER = _StubFinder()


def real_qgis_loaded() -> bool:
    """Whether this process already runs the real QGIS bindings."""
    module = sys.modules.get("qgis.core")
    return module is not None and not getattr(module, "T2MONITOR_STAND_IN", False)


def install() -> bool:
    """Put the stand-ins in place (unless real QGIS is already loaded); True when they are in use."""
    if _FINDER in sys.meta_path:
        return True
    if real_qgis_loaded():
        return False
    sys.meta_path.insert(0, _FINDER)
    return True
