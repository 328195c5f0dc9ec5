"""The outputs of one run, committed as a set: nothing lost, nothing half-written.

Every writer in core (rasters, tables, workbooks, FERM files, charts, styles) writes to a hidden temporary sibling of
its target (:func:`.output.temp_sibling`) and hands it to :func:`place`. Outside a run that moves the file into
place at once. Inside a run (:func:`run_transaction`, opened by every Processing algorithm around its whole
computation) the file is only *staged*: later steps of the same run read it through :func:`resolve`, and when the
run has succeeded :meth:`Transaction.commit` moves every staged file into place in one step:

1. each temporary is flushed to disk (``fsync``) and must exist and not be empty;
2. each existing target is kept as a hidden hard link (or renamed aside where links are not supported);
3. each temporary is renamed onto its target (``os.replace``: atomic per file on the same file system);
4. the folders are synced and the kept copies removed.

If any step fails, the targets already replaced get their previous content back, every temporary is removed, and
an :class:`.errors.OutputError` names the file and what to do. A failed or cancelled run (:meth:`abort`) removes
every temporary and leaves the previous files byte-identical. Cleanup never raises, whatever state a temporary is in
(missing, empty, a folder).
"""
from __future__ import annotations

import contextlib
import contextvars
import errno
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import OutputError, tr_noop

_CURRENT: contextvars.ContextVar[Transaction | None] = contextvars.ContextVar("t2m_transaction", default=None)

# errno values that mean "the file is in use" (Linux/macOS) and Windows sharing/lock violations
_BUSY = {errno.EBUSY, errno.ETXTBSY}
_WIN_LOCKED = {32, 33}


def os_error(exc: OSError, path: str) -> OutputError:
    """A translated message for an operating system error while writing ``path``, saying what to do."""
    code = getattr(exc, "errno", None)
    reason = (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).strip()
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return OutputError(tr_noop("The disk holding {path} is full (or your quota is used up). Free some space or "
                                   "choose a folder on another disk, then run again."), path=path)
    if code == errno.EROFS:
        return OutputError(tr_noop("{path} is on a read-only disk or share. Choose a folder you can write to."),
                           path=path)
    if code == errno.EISDIR:
        return OutputError(tr_noop("{path} is a folder, not a file. Give a file name for the output."), path=path)
    if code in _BUSY or getattr(exc, "winerror", None) in _WIN_LOCKED:
        return OutputError(tr_noop("{path} is locked by another program (it may be open in QGIS, Excel or a "
                                   "viewer). Close it there, or choose another file name, then run again."),
                           path=path)
    if code in (errno.EACCES, errno.EPERM):
        return OutputError(tr_noop("You are not allowed to write {path} ({reason}). Choose a folder you can write "
                                   "to, or check the permissions of the file and its folder."), path=path,
                           reason=reason)
    if code == errno.ENAMETOOLONG:
        return OutputError(tr_noop("The file name {path} is too long. Choose a shorter name or folder."), path=path)
    return OutputError(tr_noop("The file {path} cannot be written ({reason}). Check the folder and the disk, then "
                               "run again."), path=path, reason=reason)


def remove_quietly(path: str | None) -> None:
    """Remove a file (or a folder tree) if it is there; never raises (cleanup must not hide the first error)."""
    if not path:
        return
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.lexists(path):
            os.remove(path)
    except OSError:
        pass


def fsync_file(path: str) -> int:
    """Flush a written file to the disk; return its size."""
    fd = os.open(path, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some file systems (network shares) cannot sync a read-only handle
            os.fsync(fd)
        return os.fstat(fd).st_size
    finally:
        os.close(fd)


def _fsync_dir(folder: str) -> None:
    if os.name == "nt":  # folders cannot be opened for syncing on Windows; rename there is already durable
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@dataclass
class Staged:
    """One staged change: ``tmp`` moves onto ``target``, or ``target`` is removed when ``tmp`` is None (a stale
    side file of an output being replaced, e.g. an old ``.aux.xml``)."""

    tmp: str | None
    target: str
    allow_empty: bool = False


class Transaction:
    """Files staged by one run, committed together by :meth:`commit` or dropped by :meth:`abort`."""

    def __init__(self):
        self.staged: list[Staged] = []
        self.scratch: list[str] = []
        self.committed = False

    # staging -------------------------------------------------------------------------------------------------------
    def stage(self, tmp: str, target: str, allow_empty: bool = False) -> None:
        target = os.path.abspath(target)
        for item in self.staged:
            if item.target == target and item.tmp != tmp:  # written twice in one run: the last one wins
                remove_quietly(item.tmp)
                self.staged.remove(item)
                break
        self.staged.append(Staged(tmp, target, allow_empty))

    def stage_removal(self, target: str) -> None:
        target = os.path.abspath(target)
        if os.path.lexists(target) and not any(s.target == target for s in self.staged):
            self.staged.append(Staged(None, target))

    def add_scratch(self, path: str) -> None:
        """A temporary of this run that is not an output (removed at the end, committed or not)."""
        self.scratch.append(path)

    def resolve(self, path: str) -> str:
        """Where the content of ``path`` is now: its staged temporary, or ``path`` itself."""
        target = os.path.abspath(path) if path and not str(path).startswith("/vsi") else path
        for item in reversed(self.staged):
            if item.target == target and item.tmp:
                return item.tmp
        return path

    def discard(self, target: str) -> bool:
        """Drop a staged output (an intermediate file the run no longer needs); True when it was staged."""
        target = os.path.abspath(target)
        found = [s for s in self.staged if s.target == target]
        for item in found:
            remove_quietly(item.tmp)
            self.staged.remove(item)
        return bool(found)

    def temporaries(self) -> list[str]:
        return [s.tmp for s in self.staged if s.tmp] + list(self.scratch)

    # commit and abort ----------------------------------------------------------------------------------------------
    def commit(self) -> list[str]:
        """Move every staged file into place, all or nothing; return the targets written."""
        moves = [s for s in self.staged if s.tmp]
        sizes = {}
        try:
            for item in moves:
                try:
                    sizes[item.tmp] = fsync_file(item.tmp)
                except FileNotFoundError as exc:
                    raise OutputError(tr_noop("The output {path} was not written (its temporary file is missing). "
                                              "Run again; if it happens again, report it."), path=item.target) from exc
                if sizes[item.tmp] == 0 and not item.allow_empty:
                    raise OutputError(tr_noop("The output {path} was written empty, so it was not saved; the disk "
                                              "may be full. Free some space, then run again."), path=item.target)
        except OSError as exc:
            self.abort()
            raise os_error(exc, item.target) from exc
        except OutputError:
            self.abort()
            raise
        backups: dict[str, str | None] = {}
        done: list[Staged] = []
        current = None
        try:
            for item in self.staged:
                current = item
                backups[item.target] = _keep_aside(item.target)
            for item in self.staged:
                current = item
                if item.tmp:
                    os.replace(item.tmp, item.target)
                elif os.path.lexists(item.target):
                    os.remove(item.target)
                done.append(item)
            for item in moves:
                current = item
                if os.path.getsize(item.target) != sizes[item.tmp]:
                    raise OSError(errno.EIO, "size changed while being moved into place", item.target)
        except OSError as exc:
            _roll_back(done, backups)
            for path in backups.values():
                remove_quietly(path)
            self.abort()
            raise os_error(exc, current.target if current else "") from exc
        for path in backups.values():
            remove_quietly(path)
        for folder in {os.path.dirname(s.target) for s in self.staged}:
            _fsync_dir(folder)
        targets = [s.target for s in moves]
        self.staged = []
        self._drop_scratch()
        self.committed = True
        return targets

    def abort(self) -> None:
        """Remove every temporary of the run; previous files stay as they were. Never raises."""
        for item in self.staged:
            remove_quietly(item.tmp)
            if item.tmp:
                remove_quietly(item.tmp + ".aux.xml")
        self.staged = []
        self._drop_scratch()

    def _drop_scratch(self) -> None:
        for path in self.scratch:
            remove_quietly(path)
        self.scratch = []


def _keep_aside(target: str) -> str | None:
    """A hidden copy of an existing ``target`` (a hard link: no data copied), so a failed commit can restore it."""
    if not os.path.lexists(target) or os.path.isdir(target):
        if os.path.isdir(target) and not os.path.islink(target):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), target)
        return None
    folder, name = os.path.split(target)
    keep = os.path.join(folder, f".{name}.keep-{uuid.uuid4().hex[:8]}")
    try:
        os.link(target, keep, follow_symlinks=False)
    except OSError:
        shutil.copy2(target, keep, follow_symlinks=False)
    return keep


def _roll_back(done: list[Staged], backups: dict[str, str | None]) -> None:
    """Give the targets already replaced their previous content back (never raises)."""
    for item in reversed(done):
        keep = backups.get(item.target)
        try:
            if keep and os.path.lexists(keep):
                os.replace(keep, item.target)
            elif item.tmp:
                os.remove(item.target)
        except OSError:
            pass


# the current run ----------------------------------------------------------------------------------------------------
def current() -> Transaction | None:
    """The transaction of the run in progress in this thread, if any."""
    return _CURRENT.get()


@contextlib.contextmanager
def run_transaction() -> Iterator[Transaction]:
    """Stage every output written inside the block; commit them together when it ends normally, else drop them.

    Nested uses join the outer transaction (one commit at the end of the outermost block).
    """
    outer = _CURRENT.get()
    if outer is not None:
        yield outer
        return
    txn = Transaction()
    token = _CURRENT.set(txn)
    try:
        try:
            yield txn
        except BaseException:
            txn.abort()
            raise
        txn.commit()
    finally:
        _CURRENT.reset(token)


def place(tmp: str, target: str, allow_empty: bool = False) -> str:
    """Move a written temporary onto ``target``: staged in the current run, or at once (with the same checks)
    outside a run. Returns ``target``."""
    txn = _CURRENT.get()
    if txn is not None:
        txn.stage(tmp, target, allow_empty)
        return target
    single = Transaction()
    single.stage(tmp, target, allow_empty)
    single.commit()
    return target


def remove_stale(target: str) -> None:
    """Remove an old side file of an output being replaced (staged in a run, so a failed run keeps it)."""
    txn = _CURRENT.get()
    if txn is not None:
        txn.stage_removal(target)
    else:
        remove_quietly(target)


def resolve(path: str) -> str:
    """Where the content of ``path`` is now (its staged temporary while the run that writes it is in progress)."""
    txn = _CURRENT.get()
    return txn.resolve(path) if txn is not None else path


def discard(path: str) -> bool:
    """Drop ``path`` from the current run's outputs (an intermediate removed before the end of the run)."""
    txn = _CURRENT.get()
    return txn.discard(path) if txn is not None else False
