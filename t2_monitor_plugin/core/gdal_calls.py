"""Calling GDAL, OGR and OSR without touching their process-wide state.

T2 Monitor runs inside the user's QGIS process, beside QGIS itself and other plugins. GDAL's Python exception mode
(``gdal/ogr/osr.UseExceptions()``) and its block cache size (``gdal.SetCacheMax``) are global to that process, so the
plugin never changes them: no module calls ``UseExceptions`` at import and no run resizes the cache. GDAL >= 3.7 has a
scoped ``gdal.ExceptionMgr``; the GDAL this plugin supports (3.4+) may not, so every GDAL call whose failure matters
goes through :func:`call` (or :func:`call_ok` for calls that return an error code). These work the same whether the
host process has exceptions on or off:

* with exceptions on, GDAL raises ``RuntimeError``; it is re-raised as :class:`GdalError` (a ``RuntimeError``);
* with exceptions off, a failed call returns ``None`` (or an error code, or a null object) and leaves a message in
  GDAL's *thread-local* last error; :func:`call` turns that into a :class:`GdalError` with GDAL's message.

During the call a quiet error handler is pushed on GDAL's error handler stack, which is per thread, so messages of a
call whose failure is turned into an error are not also printed or logged twice, and other threads are unaffected.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from osgeo import gdal


class GdalError(RuntimeError):
    """A GDAL, OGR or OSR call failed; the message is GDAL's own."""


@contextmanager
def quiet_errors() -> Iterator[None]:
    """Silence GDAL's error handler in this thread only (the handler stack is thread-local)."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def _name(func: Callable) -> str:
    return getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)


def _null(result: Any) -> bool:
    """True for ``None`` and for SWIG proxies of a null pointer (e.g. a failed ``osr.CoordinateTransformation``)."""
    if result is None:
        return True
    this = getattr(result, "this", True)
    return this is None


def call(func: Callable, *args, **kwargs) -> Any:
    """Call ``func(*args, **kwargs)``; return its result, or raise :class:`GdalError` when GDAL reports a failure.

    A failure is an exception (exception mode on), a ``CE_Failure``/``CE_Fatal`` error emitted during the call, or a
    ``None``/null result (exception mode off) — the same calls that fail in exception mode fail here.
    """
    with quiet_errors():
        gdal.ErrorReset()
        try:
            result = func(*args, **kwargs)
        except RuntimeError as exc:
            raise GdalError(str(exc).strip() or f"{_name(func)} failed") from exc
        failed = gdal.GetLastErrorType() in (gdal.CE_Failure, gdal.CE_Fatal)
        message = gdal.GetLastErrorMsg().strip()
        gdal.ErrorReset()
    if failed or _null(result):
        raise GdalError(message or f"{_name(func)} failed")
    return result


def call_ok(func: Callable, *args, **kwargs) -> None:
    """Like :func:`call` for functions that return a GDAL/OGR error code (0 = success) or nothing."""
    with quiet_errors():
        gdal.ErrorReset()
        try:
            code = func(*args, **kwargs)
        except RuntimeError as exc:
            raise GdalError(str(exc).strip() or f"{_name(func)} failed") from exc
        failed = gdal.GetLastErrorType() in (gdal.CE_Failure, gdal.CE_Fatal)
        message = gdal.GetLastErrorMsg().strip()
        gdal.ErrorReset()
    if failed or (code not in (None, 0) and not isinstance(code, bool)):
        raise GdalError(message or f"{_name(func)} failed (error {code})")


def attempt(func: Callable, *args, **kwargs) -> Any:
    """Like :func:`call` but return ``None`` instead of raising (for "try this, else fall back" code)."""
    try:
        return call(func, *args, **kwargs)
    except GdalError:
        return None


def state() -> tuple[int, int, int, int]:
    """GDAL's process-wide state this plugin promises to leave alone: exception modes and cache size."""
    from osgeo import ogr, osr

    return gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions(), gdal.GetCacheMax()
