"""Cancellation checks for long loops, with or without a callback passed down.

:func:`engine.run` makes its ``is_cancelled`` callback the *current* check of the code it runs (the kernels in its
worker threads and ``collect``), through a :class:`contextvars.ContextVar`; loops deep inside core code (the strips
of :meth:`.zonal.AreaAccumulator.parts`, zone building, vector steps) call :func:`check` every so many items without
a callback of their own being threaded through every signature. Code outside a run passes its callback to
:func:`check` (or runs inside :func:`watching`).
"""
from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .errors import Cancelled

EVERY = 1000
"""Features or zones between two checks in vector loops."""

_current: contextvars.ContextVar[Callable[[], bool] | None] = contextvars.ContextVar("t2m_is_cancelled",
                                                                                      default=None)


def cancelled(is_cancelled: Callable[[], bool] | None = None) -> bool:
    """Whether ``is_cancelled`` (or, when it is None, the current check) asks to stop."""
    check_now = is_cancelled if is_cancelled is not None else _current.get()
    return bool(check_now is not None and check_now())


def check(is_cancelled: Callable[[], bool] | None = None) -> None:
    """Raise :class:`.errors.Cancelled` when :func:`cancelled` is True."""
    if cancelled(is_cancelled):
        raise Cancelled()


@contextmanager
def watching(is_cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Make ``is_cancelled`` the current check inside the block (None keeps the enclosing one)."""
    if is_cancelled is None:
        yield
        return
    token = _current.set(is_cancelled)
    try:
        yield
    finally:
        _current.reset(token)

