"""Keep the unlocked diary out of crash dumps and out of reach of debuggers, as KeePassXC does.

While the diary is open its key, the passphrase as typed and the day's text are in memory. A core
dump (written when a process crashes, if the limit allows) would put all of it in a plain file,
and any process of the same user could attach a debugger and read it live. So Hearth, as soon as
it starts:

- sets the core-file size limit to zero (POSIX ``RLIMIT_CORE``: no core file on a crash);
- on Linux, marks itself not dumpable (``prctl(PR_SET_DUMPABLE, 0)``): no core even through a
  core-dump helper such as systemd-coredump, and no ``ptrace`` by other processes of the same
  user (only root, or a process with ``CAP_SYS_PTRACE``, can still attach);
- on macOS, refuses debuggers (``ptrace(PT_DENY_ATTACH)``).

Windows has no per-process switch for Windows Error Reporting's dumps (they are off unless an
administrator turns on LocalDumps); docs/security.md says so. Each step is best effort: a system
that refuses one still runs Hearth, and ``state()`` tells what holds.
"""

from __future__ import annotations

import ctypes
import sys
from typing import NamedTuple

PR_SET_DUMPABLE, PR_GET_DUMPABLE = 4, 3  # <linux/prctl.h>
PT_DENY_ATTACH = 31  # <sys/ptrace.h> on macOS


class Hardening(NamedTuple):
    """What holds for this process: no core file, and (Linux) not dumpable."""

    core_limit_zero: bool
    not_dumpable: bool | None  # None where the system has no such switch


def _libc() -> ctypes.CDLL | None:
    """The C library already loaded into this process (no search: it costs nothing at start)."""
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def harden() -> Hardening:
    """Forbid core dumps and debuggers for the rest of this process's life (see the module)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    libc = _libc() if sys.platform != "win32" else None
    if libc is not None and sys.platform.startswith("linux"):
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    elif libc is not None and sys.platform == "darwin":
        libc.ptrace(PT_DENY_ATTACH, 0, None, 0)
    return state()


def state() -> Hardening:
    """What holds now (for the self-test and the tests)."""
    try:
        import resource

        core_zero = resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    except (ImportError, ValueError, OSError):
        core_zero = False
    dumpable: bool | None = None
    if sys.platform.startswith("linux"):
        libc = _libc()
        dumpable = None if libc is None else libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    return Hardening(core_limit_zero=core_zero, not_dumpable=dumpable)
