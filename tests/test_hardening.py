"""A crashed Hearth leaves no core dump, and no other process of the user can attach to it."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="core files and prctl as Linux has them"
)

CRASH = """
import os, sys
from diary import hardening
if sys.argv[1] == "hardened":
    hardening.harden()
print(hardening.state(), flush=True)
os.abort()
"""


def _core_pattern() -> str:
    return Path("/proc/sys/kernel/core_pattern").read_text().strip()


def _crash(folder: Path, how: str) -> subprocess.CompletedProcess[str]:
    def allow_cores() -> None:  # as a user with `ulimit -c unlimited` would start it
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    return subprocess.run(
        [sys.executable, "-c", CRASH, how],
        cwd=folder,
        capture_output=True,
        text=True,
        preexec_fn=allow_cores,  # noqa: PLW1509 (no threads are started before it runs)
        check=False,
        env={**os.environ, "PYTHONFAULTHANDLER": ""},
    )


def _cores(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if path.name.startswith("core")]


@pytest.mark.skipif(
    _core_pattern().startswith("|") or "/" in _core_pattern(),
    reason="cores go to a helper or another folder here, not beside the process",
)
def test_a_crashed_hearth_leaves_no_core_where_an_unhardened_one_does(tmp_path: Path) -> None:
    plain, hardened = tmp_path / "plain", tmp_path / "hardened"
    plain.mkdir()
    hardened.mkdir()

    unprotected = _crash(plain, "plain")
    protected = _crash(hardened, "hardened")

    assert unprotected.returncode == protected.returncode == -6  # both really crashed (SIGABRT)
    assert _cores(plain), "the control run should dump a core, or this test proves nothing"
    assert _cores(hardened) == []
    assert "core_limit_zero=True, not_dumpable=True" in protected.stdout


def test_the_program_as_started_is_hardened_before_anything_is_asked(tmp_path: Path) -> None:
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, atexit; from diary import hardening; "
            "atexit.register(lambda: print(hardening.state())); "
            "sys.argv = ['diary', '--version']; from diary.cli import main; main()",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout
    assert "core_limit_zero=True, not_dumpable=True" in shown
