"""``diary --self-test`` from source: every check passes, a failure is one clear line.

The throwaway diary is always removed. The frozen app runs the same code (see packaging/).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from diary import i18n, selftest
from diary.cli import build_parser, main
from diary.storage.repository import Repository

pytestmark = [pytest.mark.gui, pytest.mark.slow]  # Qt widgets; the product's KDF

CHECKS = 8


def test_the_option_is_on_the_command_line() -> None:
    assert build_parser().parse_args(["--self-test"]).self_test is True
    assert build_parser().parse_args([]).self_test is False


def test_every_check_passes_and_the_diary_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    code = main(["--self-test"])

    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert code == 0, err
    assert lines[0].startswith("Hearth ") and lines[0].endswith("from source")
    assert [line for line in lines if line.startswith("  ok  ")] == lines[1:-1]
    assert len(lines[1:-1]) == CHECKS
    assert "Argon2id (64 MiB" in lines[1]  # the product's floor, not the test profile
    assert lines[-1] == f"self-test: all {CHECKS} checks passed"
    assert err == ""
    assert list(tmp_path.iterdir()) == []


def test_a_failure_is_one_clear_line_and_the_diary_is_still_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Repository, "entry", lambda self, day: None)
    out, err = io.StringIO(), io.StringIO()

    code = selftest.run(out, err, root=tmp_path)

    assert code == 1
    assert "  ok  created a diary" in out.getvalue()
    assert "write and read back" not in out.getvalue()
    first = err.getvalue().splitlines()[0]
    assert first == (
        "self-test: FAILED: write and read back: SelfTestFailed: the entry read back differs: None"
    )
    assert f"all {CHECKS} checks passed" not in out.getvalue()
    assert list(tmp_path.iterdir()) == []


def test_a_catalogue_that_translates_nothing_fails_the_languages_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "shipped_languages", lambda: ("en", "de", "xx"))
    out, err = io.StringIO(), io.StringIO()

    code = selftest.run(out, err, root=tmp_path)

    assert code == 1
    assert err.getvalue().splitlines()[0] == (
        "self-test: FAILED: languages: SelfTestFailed: the xx catalogue translates nothing"
    )
    assert list(tmp_path.iterdir()) == []


def test_it_runs_from_source_as_its_own_process(tmp_path: Path) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "diary", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"self-test: all {CHECKS} checks passed"
    assert list(tmp_path.iterdir()) == []
