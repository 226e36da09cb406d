"""Files written under temporary names and moved into place, with what a killed run leaves behind cleaned up.

Every output file of a run is first written to a hidden name beside its target,
``.<stem>.mpp<host>-<pid>-<random>.partial<extension>`` (a shapefile's or GeoTIFF's side files follow the same
stem), unique to the run, so two runs never write the same temporary file. The files then replace their
targets together (:func:`move_into_place`; the old files are kept under ``.backup`` names until every new file is
in place, and put back if a move fails), under a lock shared by every run on the machine (:func:`commit_lock`):
two runs writing the same outputs never leave a mix of the two; the last one to finish wins, whole.

A run that is killed (SIGKILL, a crash, the power) cannot clean up: it leaves only such obviously temporary
files, and the next run that writes into the folder removes those whose process is gone (or, from another
computer, that are older than a day), putting a backup back where its target is missing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import socket
import sys
import tempfile
import threading
import time
from typing import Dict, Iterator, List, Optional, Tuple

from ..core.errors import InputError
from ..core.i18n import tr

# .<stem>.mpp<host>-<pid>-<random>.<partial|backup><rest>  (rest: '.gpkg', '.dbf', '.tif.aux.xml', '')
STAGED_NAME = re.compile(
    r"^\.(?P<stem>.*)\.mpp(?P<host>[0-9a-f]{4})-(?P<pid>\d+)-(?P<random>[0-9a-f]{8})\.(?P<state>partial|backup)"
    r"(?P<rest>.*)$",
    re.DOTALL,
)
# Side files that belong to a main file of these extensions (kept or replaced with it).
SIDE_FILES: Dict[str, Tuple[str, ...]] = {
    ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj", ".fix", ".atx"),
    ".tif": (".tif.aux.xml", ".tif.ovr", ".tif.msk", ".tfw"),
    ".tiff": (".tiff.aux.xml", ".tiff.ovr", ".tiff.msk", ".tfw"),
    ".tab": (".dat", ".map", ".id", ".ind"),
    ".gml": (".xsd", ".gfs"),
    ".pdf": (),
}
# SQLite's files beside a database while it is open.
SQLITE_SIDE = ("-journal", "-wal", "-shm")
STALE_SECONDS = 24 * 3600  # a temporary file of another computer's run older than this is left over
LOW_SPACE = 16 * 2**20  # below this much free space a failed write is reported as a full disk

_lock = threading.RLock()
_HOST = hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:4]


def run_tag() -> str:
    """A tag unique to one staged file of one run: host, process and a random part ('mpp1a2b-4242-0f1e2d3c')."""
    return f"mpp{_HOST}-{os.getpid()}-{secrets.token_hex(4)}"


def _split(final: str) -> Tuple[str, str, str]:
    """(folder, stem, extension) of a final path."""
    folder = os.path.dirname(os.path.abspath(final))
    stem, extension = os.path.splitext(os.path.basename(final))
    return folder, stem, extension


def staging_path(final: str, tag: str, state: str = "partial") -> str:
    """The temporary name of ``final`` for the run ``tag``: ``.<stem>.<tag>.partial<extension>`` beside it."""
    folder, stem, extension = _split(final)
    return os.path.join(folder, f".{stem}.{tag}.{state}{extension}")


def staged_files(partial: str) -> List[Tuple[str, str]]:
    """The files written under a temporary name (main file and side files): (temporary, final) pairs."""
    folder = os.path.dirname(partial)
    match = STAGED_NAME.match(os.path.basename(partial))
    if match is None or not os.path.isdir(folder):
        return []
    prefix = (
        os.path.basename(partial)[: -len(match.group("rest"))] if match.group("rest") else os.path.basename(partial)
    )
    pairs = []
    for name in sorted(os.listdir(folder)):
        if name.startswith(prefix) and not name.endswith(SQLITE_SIDE):
            pairs.append((os.path.join(folder, name), os.path.join(folder, match.group("stem") + name[len(prefix) :])))
    return pairs


def family(final: str) -> List[str]:
    """``final`` and the side files of its format that exist beside it (what a new version must replace)."""
    folder, stem, extension = _split(final)
    names = [os.path.basename(final)] + [stem + side for side in SIDE_FILES.get(extension.lower(), ())]
    return [p for p in (os.path.join(folder, n) for n in dict.fromkeys(names)) if os.path.lexists(p)]


def remove_staged(partial: str) -> None:
    """Delete a temporary file with its side files and SQLite journals (best effort)."""
    paths = [p for p, _final in staged_files(partial)] or [partial]
    for path in paths + [partial + side for side in SQLITE_SIDE]:
        with contextlib.suppress(OSError):
            if os.path.lexists(path):
                os.remove(path)


def _alive(pid: int) -> bool:
    """Whether a process of this computer is running (True when it cannot be told)."""
    if pid == os.getpid():
        return True
    if sys.platform.startswith("win"):
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def is_stale(host: str, pid: int, modified: float) -> bool:
    """Whether a temporary name belongs to a run that is over: its process is gone (this computer) or it is old."""
    if host == _HOST:
        return not _alive(pid)
    return time.time() - modified > STALE_SECONDS


def clean_stale(folder: str) -> List[str]:
    """Remove the temporary files that killed runs left in ``folder``; put back a backup whose target is missing.

    Returns what was removed or restored.
    """
    done: List[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return done
    for name in names:
        match = STAGED_NAME.match(name)
        if match is None:
            continue
        path = os.path.join(folder, name)
        try:
            modified = os.lstat(path).st_mtime
        except OSError:
            continue
        if not is_stale(match.group("host"), int(match.group("pid")), modified):
            continue
        final = os.path.join(folder, match.group("stem") + match.group("rest"))
        with contextlib.suppress(OSError):
            if match.group("state") == "backup" and not os.path.lexists(final):
                os.replace(path, final)  # the run died between moving the old file away and the new one in
            else:
                os.remove(path)
            done.append(path)
    return done


@contextlib.contextmanager
def commit_lock() -> Iterator[None]:
    """One run at a time moves its outputs into place (threads of this process, and processes of this computer)."""
    with _lock:
        path = os.path.join(tempfile.gettempdir(), "migrant_planning_outputs.lock")
        handle = open(path, "a+b")
        try:
            if sys.platform.startswith("win"):
                import msvcrt

                while True:
                    try:
                        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                        break
                    except OSError:  # LK_LOCK gives up after 10 s: keep waiting
                        continue
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield
        finally:
            if sys.platform.startswith("win"):
                import msvcrt

                with contextlib.suppress(OSError):
                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
            handle.close()


class Move:
    """The moves of one output into place, undoable until :meth:`finish` (see :func:`move_into_place`)."""

    def __init__(self) -> None:
        self.backups: List[Tuple[str, str]] = []  # (final, backup)
        self.placed: List[str] = []

    def undo(self) -> None:
        """Remove what was placed and put the old files back."""
        for final in reversed(self.placed):
            with contextlib.suppress(OSError):
                os.remove(final)
        for final, backup in reversed(self.backups):
            with contextlib.suppress(OSError):
                os.replace(backup, final)
        self.backups, self.placed = [], []

    def finish(self) -> None:
        """Delete the old files."""
        for _final, backup in self.backups:
            with contextlib.suppress(OSError):
                os.remove(backup)
        self.backups, self.placed = [], []


def move_into_place(partial: str, final: str, tag: Optional[str] = None) -> Move:
    """Move a temporary file and its side files to ``final``; the old version (with its side files, such as a
    stale spatial index) goes to backup names first. Returns the :class:`Move` (undo it if another output of
    the run cannot be placed; else finish it). Called alone, finishes at once."""
    match = STAGED_NAME.match(os.path.basename(partial))
    tag = tag or (f"mpp{match.group('host')}-{match.group('pid')}-{match.group('random')}" if match else run_tag())
    move = Move()
    try:
        for old in family(final):
            backup = staging_path(old, tag, "backup")
            os.replace(old, backup)
            move.backups.append((old, backup))
        for temporary, target in staged_files(partial) or [(partial, final)]:
            os.replace(temporary, target)
            move.placed.append(target)
    except OSError:
        move.undo()
        raise
    return move


def write_failure(path: str, error: object) -> InputError:
    """The refusal for a write that failed: what failed and, when the disk is (nearly) full, that it is."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    text = str(error).strip() or type(error).__name__
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    full = any(word in text.lower() for word in ("no space", "disk is full", "disk full", "write error"))
    if full or (free is not None and free < LOW_SPACE):
        return InputError(
            tr(
                "Writing {path} failed: the disk holding {folder} is full ({free} MB free; {error}). Nothing was "
                "written. Free some space or choose another folder."
            ).format(path=path, folder=folder, free=f"{(free or 0) / 2**20:.1f}", error=text)
        )
    return InputError(
        tr(
            "Writing {path} failed: {error}. Nothing was written. Check the folder and the file, or choose another."
        ).format(path=path, error=text)
    )
