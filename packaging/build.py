"""Build Hearth's desktop package from a clean virtual environment, and pack the archive.

Steps (each printed with its time):

1. remove what an earlier build left in ``build/`` (setuptools' ``build/lib`` included, so a
   deleted module never reaches the package) and make a new virtual environment,
   ``build/venv``, with the Python running this script;
2. install the project there, non-editable, with its ``package`` extra (PyInstaller), and
   check that no other Qt binding came along;
3. run PyInstaller on ``packaging/hearth.spec`` from ``build/`` (so the installed package is
   frozen, not the source tree);
4. on Linux add ``share/`` (the .desktop file, AppStream metainfo and icons) beside the app;
5. pack ``dist/hearth-VERSION-PLATFORM-ARCH.tar.gz`` (Linux), ``.zip`` (Windows; on macOS the
   zip of ``Hearth.app`` made with ``ditto``, which keeps the bundle's symbolic links);
6. with ``--self-test``: unpack the archive into ``build/selftest`` and run the unpacked app's
   ``--self-test`` (Qt offscreen).

Usage::

    python packaging/build.py [--onefile] [--reuse-venv] [--self-test]
                              [--max-unpacked-mb MB] [--max-archive-mb MB]

Only the standard library is used here; the Python running it must be 3.11 or newer with
``venv`` (Debian: ``python3-venv``). Sizes are in MB of 1,000,000 bytes.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
SPEC = ROOT / "packaging" / "hearth.spec"
RESOURCES = ROOT / "resources"
APP_ID = "org.hearth.Hearth"
GOAL_UNPACKED_MB = 200.0  # issue 7's goals; docs/packaging.md says where the build stands
GOAL_ARCHIVE_MB = 80.0
OTHER_QT_BINDINGS = ("PyQt5", "PyQt6", "PySide2")

sys.path.insert(0, str(ROOT / "packaging"))
from winversion import read_version  # noqa: E402


def system_name() -> str:
    """linux, windows or macos."""
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)


def machine_name() -> str:
    """x86_64 or arm64 (Windows says AMD64 / ARM64, Linux aarch64)."""
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def venv_python() -> Path:
    """The build environment's interpreter."""
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def megabytes(size: int) -> str:
    """Bytes as MB (10^6), one decimal."""
    return f"{size / 1e6:.1f} MB"


def tree_size(path: Path) -> int:
    """Bytes of every regular file under ``path`` (symbolic links not followed)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for entry in path.rglob("*"):
        if entry.is_file() and not entry.is_symlink():
            total += entry.stat().st_size
    return total


@contextlib.contextmanager
def step(title: str) -> Iterator[None]:
    """Print a step's title, then its time when done."""
    print(f"== {title}", flush=True)
    start = time.perf_counter()
    yield
    print(f"   ({time.perf_counter() - start:.1f} s)", flush=True)


def run(command: Sequence[str | Path], **kwargs: object) -> None:
    """Run a command, echoing it; any failure stops the build."""
    print("   $ " + " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, **kwargs)  # type: ignore[call-overload]


# Steps ----------------------------------------------------------------------------------------


def clean(reuse_venv: bool) -> None:
    """Remove an earlier build's outputs (the environment too unless ``reuse_venv``)."""
    BUILD.mkdir(exist_ok=True)
    for entry in BUILD.iterdir():
        if entry == VENV and reuse_venv:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def make_environment(reuse_venv: bool) -> None:
    """A new virtual environment with the project (non-editable) and PyInstaller."""
    if not (reuse_venv and venv_python().exists()):
        run([sys.executable, "-m", "venv", VENV])
    pip: list[str | Path] = [venv_python(), "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "install", "--quiet", f"{ROOT}[package]"], cwd=BUILD)
    if reuse_venv:  # the same version number would otherwise keep the old copy
        run([*pip, "install", "--quiet", "--no-deps", "--force-reinstall", str(ROOT)], cwd=BUILD)
    found = subprocess.run(
        [
            venv_python(),
            "-c",
            "import importlib.util as u, sys; "
            "print(' '.join(n for n in sys.argv[1:] if u.find_spec(n)))",
            *OTHER_QT_BINDINGS,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    if found:
        raise SystemExit(
            f"build: the environment has {', '.join(found)}: only PySide6 may be installed"
        )


def freeze(onefile: bool) -> Path:
    """Run PyInstaller; returns the built app (folder, executable or Hearth.app)."""
    env = dict(os.environ, HEARTH_ONEFILE="1" if onefile else "0")
    env.pop("PYTHONPATH", None)
    run(
        [
            venv_python(),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            BUILD / "dist",
            "--workpath",
            BUILD / "pyinstaller",
            SPEC,
        ],
        cwd=BUILD,
        env=env,
    )
    if sys.platform == "darwin" and not onefile:
        return BUILD / "dist" / "Hearth.app"
    if onefile:
        return BUILD / "dist" / ("hearth.exe" if sys.platform == "win32" else "hearth")
    return BUILD / "dist" / "hearth"


def add_desktop_files(app: Path) -> None:
    """Linux: share/ beside the app, laid out as in /usr/share, to copy into ~/.local/share."""
    share = app / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(RESOURCES / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(RESOURCES / f"{APP_ID}.metainfo.xml", share / "metainfo")
    icons = share / "icons" / "hicolor"
    for png in sorted((RESOURCES / "icons").glob("hearth-*.png")):
        size = png.stem.split("-")[1]
        target = icons / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / f"{APP_ID}.png")
    scalable = icons / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(RESOURCES / "icons" / "hearth.svg", scalable / f"{APP_ID}.svg")


def check_metainfo(version: str) -> None:
    """Warn when the AppStream metainfo has no <release> for this version."""
    metainfo = (RESOURCES / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    if f'<release version="{version}"' not in metainfo:
        print(
            f"build: warning: resources/{APP_ID}.metainfo.xml has no <release> for {version}",
            file=sys.stderr,
        )


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Archive members owned by root, no build machine's user names."""
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def pack(app: Path, name: str) -> Path:
    """The archive of ``app`` in dist/, named ``name`` plus the platform's extension."""
    DIST.mkdir(exist_ok=True)
    if sys.platform == "darwin":
        archive = DIST / f"{name}.zip"
        archive.unlink(missing_ok=True)
        run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", app, archive])
    elif sys.platform == "win32":
        archive = DIST / f"{name}.zip"
        archive.unlink(missing_ok=True)
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
            files = [app] if app.is_file() else sorted(p for p in app.rglob("*") if p.is_file())
            for path in files:
                out.write(path, path.relative_to(app.parent).as_posix())
    else:
        archive = DIST / f"{name}.tar.gz"
        archive.unlink(missing_ok=True)
        with tarfile.open(archive, "w:gz", compresslevel=6) as out:  # 9: 1% smaller, 2x slower
            out.add(app, arcname=app.name, filter=_tar_filter)
    return archive


def unpack(archive: Path, into: Path) -> None:
    """Unpack an archive made by ``pack`` (keeping permissions and links)."""
    if into.exists():
        shutil.rmtree(into)
    into.mkdir(parents=True)
    if sys.platform == "darwin":
        run(["ditto", "-x", "-k", archive, into])
    elif archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as source:
            source.extractall(into)
    else:
        with tarfile.open(archive) as source:
            source.extractall(into, filter="tar")


def unpacked_executable(folder: Path, onefile: bool) -> Path:
    """The program inside an unpacked archive."""
    exe = "hearth.exe" if sys.platform == "win32" else "hearth"
    if onefile:
        return folder / exe
    if sys.platform == "darwin":
        return folder / "Hearth.app" / "Contents" / "MacOS" / "hearth"
    return folder / "hearth" / exe


def self_test(archive: Path, onefile: bool) -> None:
    """Unpack the archive and run the app's own check, offscreen."""
    folder = BUILD / "selftest"
    unpack(archive, folder)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    run([unpacked_executable(folder, onefile), "--self-test"], env=env, cwd=folder)


def main(argv: Sequence[str] | None = None) -> int:
    """Build, pack, report; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onefile", action="store_true", help="one executable, not a folder")
    parser.add_argument(
        "--reuse-venv", action="store_true", help="keep build/venv (faster; not for releases)"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="unpack the archive and run its --self-test"
    )
    parser.add_argument(
        "--max-unpacked-mb",
        type=float,
        metavar="MB",
        help=f"fail if the unpacked app is bigger (the goal is {GOAL_UNPACKED_MB:.0f} MB)",
    )
    parser.add_argument(
        "--max-archive-mb",
        type=float,
        metavar="MB",
        help=f"fail if the archive is bigger (the goal is {GOAL_ARCHIVE_MB:.0f} MB)",
    )
    args = parser.parse_args(argv)

    version = read_version()
    check_metainfo(version)
    name = f"hearth-{version}-{system_name()}-{machine_name()}" + (
        "-onefile" if args.onefile else ""
    )
    started = time.perf_counter()
    with step("cleaning build/"):
        clean(args.reuse_venv)
    with step("installing Hearth and PyInstaller into build/venv"):
        make_environment(args.reuse_venv)
    with step("freezing with PyInstaller"):
        app = freeze(args.onefile)
    if sys.platform.startswith("linux") and not args.onefile:
        add_desktop_files(app)
    with step("packing"):
        archive = pack(app, name)
    built = time.perf_counter() - started
    unpacked, packed = tree_size(app), archive.stat().st_size
    print(f"build: {archive.relative_to(ROOT)}")
    print(f"build: time {built:.0f} s, unpacked {megabytes(unpacked)}, archive {megabytes(packed)}")
    if args.self_test:
        with step("self-test of the unpacked archive"):
            self_test(archive, args.onefile)
    over = []
    if args.max_unpacked_mb is not None and unpacked > args.max_unpacked_mb * 1e6:
        over.append(f"unpacked {megabytes(unpacked)} > {args.max_unpacked_mb:g} MB")
    if args.max_archive_mb is not None and packed > args.max_archive_mb * 1e6:
        over.append(f"archive {megabytes(packed)} > {args.max_archive_mb:g} MB")
    if over:
        print("build: too big: " + "; ".join(over), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as error:
        command = " ".join(str(part) for part in error.cmd)
        print(f"build: FAILED (exit {error.returncode}): {command}", file=sys.stderr)
        sys.exit(1)
