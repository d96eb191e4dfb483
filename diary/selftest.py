"""``diary --self-test`` (``hearth --self-test`` when frozen): does this copy of Hearth work here?

It exercises what a packaged app most often lacks (a native library, a hidden import, a Qt or
matplotlib plugin) on a throwaway diary, never the user's own:

1. create a diary in a new temporary folder with the product's key derivation;
2. write an entry and a contact, lock, unlock with the passphrase and read both back;
3. make a tiny JPEG, PNG, WebP and GIF in memory, prepare each as a photo (Pillow's decoders)
   and keep them in the diary, then read them back;
4. check every page of the encrypted database;
5. draw the month chart into a PNG in memory (matplotlib's Agg, no display), then SVG and PDF;
6. export an encrypted backup (streamed, with the photos) into the folder, then read it back a
   chunk at a time and compare it with the diary;
7. start Qt offscreen, draw the unlock window and the chart on a Qt canvas.

Each check prints one line as it passes. The folder is removed at the end, pass or fail. The
exit code is 0 when every check passed; otherwise 1, after one line on stderr that names the
check that failed and why (then the traceback, for whoever builds the package).

The text is for packagers and support, in English only, so it is kept here, not in
``messages``. Nothing personal is involved: the diary holds made-up words and is deleted.
"""

from __future__ import annotations

import datetime as dt
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from diary import __version__
from diary.storage import keyslots
from diary.storage.kdf import PRODUCT_POLICY
from diary.storage.vault import Vault

PASSPHRASE = "self-test: a passphrase of no value"
DAY = dt.date(2025, 6, 14)
TEXT = "Self-test entry: soup with Ana, then a long walk by the river."


class SelfTestFailed(Exception):
    """A check found something wrong; the message says what."""


class SelfTest:
    """The checks, sharing one temporary diary.

    Args:
        folder: an empty folder for the diary (removed by ``run``, not here).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.vault = Vault(folder / "diary", PRODUCT_POLICY)

    def create(self) -> str:
        """A diary with the product's calibrated Argon2id."""
        start = time.perf_counter()
        self.vault.create(PASSPHRASE)
        params = keyslots.decode(self.vault.files.keys.read_bytes())[0].params
        elapsed = time.perf_counter() - start
        return (
            f"created a diary with Argon2id ({params.memory_kib // 1024} MiB, "
            f"{params.iterations} passes, {params.lanes} lanes) in {elapsed:.1f} s"
        )

    def write_and_read(self) -> str:
        """An entry and a contact survive a lock and an unlock."""
        from diary.domain.models import Entry, Interaction, Mode

        entry = Entry(DAY, mood=7, energy=4, feelings=("calm",), text=TEXT)
        contact = Interaction(DAY, Mode.IN_PERSON, 90, people=("Ana",), depth=4)
        repo = self.vault.repository
        repo.save_entry(entry)
        repo.add_interaction(contact)
        self.vault.lock()
        repo = self.vault.unlock(PASSPHRASE)
        back = repo.entry(DAY)
        if back is None or (back.text, back.mood, back.feelings) != (TEXT, 7, ("calm",)):
            raise SelfTestFailed(f"the entry read back differs: {back!r}")
        contacts = repo.interactions(DAY, DAY)
        if [(c.minutes, c.people) for c in contacts] != [(90, ("Ana",))]:
            raise SelfTestFailed(f"the contact read back differs: {contacts!r}")
        return "wrote an entry and a contact, locked, unlocked and read both back"

    def photos(self) -> str:
        """A tiny JPEG, PNG, WebP and GIF made in memory, prepared, kept and read back."""
        import io

        from PIL import Image
        from PIL import __version__ as pillow_version

        from diary.formats.photos import prepare_photo

        repo = self.vault.repository
        made = []
        for fmt in ("JPEG", "PNG", "WEBP", "GIF"):
            picture = Image.new("RGB", (48, 32), (200, 90, 40))
            out = io.BytesIO()
            picture.save(out, fmt)
            prepared = prepare_photo(DAY, out.getvalue(), f"self-test.{fmt.lower()}")
            if (prepared.photo.width, prepared.photo.height) != (48, 32):
                raise SelfTestFailed(f"the {fmt} photo was read as {prepared.photo!r}")
            stored = repo.add_photo(prepared)
            assert stored.id is not None
            if repo.photo_data(stored.id) != prepared.data:
                raise SelfTestFailed(f"the {fmt} photo read back differs")
            if repo.photo_thumbnail(stored.id) != prepared.thumbnail:
                raise SelfTestFailed(f"the {fmt} photo's thumbnail read back differs")
            made.append(prepared.photo.format_name)
        return f"prepared, kept and read back a {', '.join(made)} photo (Pillow {pillow_version})"

    def integrity(self) -> str:
        """SQLCipher's own check of every page."""
        problems = self.vault.repository.integrity_problems()
        if problems:
            raise SelfTestFailed("; ".join(problems[:3]))
        return "every page of the encrypted database is intact"

    def chart(self) -> str:
        """The month panel drawn into a PNG by matplotlib's Agg backend."""
        import matplotlib

        from diary.charts.context import ChartContext
        from diary.charts.figure import figure_bytes, new_figure
        from diary.charts.panels import PANELS
        from diary.charts.theme import THEMES
        from diary.domain.stats import day_series

        panel = PANELS["month"]
        context = ChartContext(DAY.year, DAY.month)
        start, end = panel.period(context)
        series = day_series(self.vault.repository.days(start, end), start, end)
        fig = new_figure(THEMES["light"], *panel.size)
        panel.draw(fig, series, THEMES["light"], context=context)
        png = figure_bytes(fig, "png")
        if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) < 5_000:
            raise SelfTestFailed(f"the PNG is not a drawn chart ({len(png)} bytes)")
        # The export formats of the Insights page and `diary chart` have backends of their own.
        for fmt, magic in (("svg", b"<?xml"), ("pdf", b"%PDF-")):
            if not figure_bytes(fig, fmt).startswith(magic):
                raise SelfTestFailed(f"the {fmt.upper()} export is not a {fmt.upper()} file")
        return (
            f"drew the month chart into a PNG ({len(png):,} bytes, matplotlib "
            f"{matplotlib.__version__}, Agg), and as SVG and PDF"
        )

    def backup(self) -> str:
        """An encrypted backup streamed to a file, read back a chunk at a time and compared."""
        from diary.backups import export_to, open_backup
        from diary.formats import backup

        repo = self.vault.repository
        file = self.folder / f"self-test{backup.FILE_SUFFIX}"
        sealing = backup.seal_key(PASSPHRASE, PRODUCT_POLICY.calibrate(), PRODUCT_POLICY)
        try:
            written = export_to(repo, file, sealing)
        finally:
            sealing.wipe()
        data = file.read_bytes()
        if TEXT.encode("utf-8") in data:
            raise SelfTestFailed("the backup holds the entry's text in plaintext")
        stored = repo.photos_between(dt.date.min, dt.date.max)
        with open_backup(file, PASSPHRASE, PRODUCT_POLICY) as opened:
            restored = opened.dump.records
            photos = [(p.photo.uid, p.data) for p in opened.photos()]
        if restored.counts() != repo.counts() or [e.text for e in restored.entries] != [TEXT]:
            raise SelfTestFailed(f"the backup holds {restored.counts()}, not {repo.counts()}")
        if photos != [(p.uid, repo.photo_data(p.id or 0)) for p in stored]:
            raise SelfTestFailed(f"the backup holds {len(photos)} photos, not {len(stored)}")
        return (
            f"exported an encrypted backup ({written.size:,} bytes, {len(photos)} photos), "
            "read it back and compared it"
        )

    def qt(self) -> str:
        """Qt's offscreen platform, the unlock window and the chart on a Qt canvas."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from PySide6 import __version__ as pyside_version
        from PySide6.QtGui import QImageReader
        from PySide6.QtWidgets import QApplication

        from diary.charts.figure import new_figure
        from diary.charts.theme import THEMES
        from diary.ui.shell.icons import NAMES, render
        from diary.ui.start.unlock import UnlockWindow

        self.vault.lock()
        app = QApplication.instance()
        if app is None:  # "-platform offscreen": no display is used, whatever the environment
            app = QApplication([sys.argv[0] if sys.argv else "hearth", "-platform", "offscreen"])
        window = UnlockWindow(self.vault)
        try:
            window.resize(520, 420)
            shot = window.grab()
            if shot.isNull() or shot.width() < 100:
                raise SelfTestFailed("the unlock window drew nothing")
            # matplotlib's Qt canvas has no annotations.
            canvas = FigureCanvasQTAgg(new_figure(THEMES["light"]))  # type: ignore[no-untyped-call]
            canvas.figure.add_subplot().plot([1, 3, 2])
            canvas.draw()  # type: ignore[no-untyped-call]
            canvas.deleteLater()
            for name in NAMES:  # the navigation's SVG icons travel with the app and draw
                image = render(name, "#000000", 24).toImage()
                if not any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)):
                    raise SelfTestFailed(f"the icon {name} drew nothing")
        finally:
            window.deleteLater()
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        missing = {"png", "svg"} - formats
        if missing:
            raise SelfTestFailed(f"Qt cannot read {', '.join(sorted(missing))} images")
        platform_name = QApplication.platformName()
        return (
            f"Qt {pyside_version} ({platform_name}) drew the unlock window, a chart canvas and "
            f"{len(NAMES)} icons"
        )

    def languages(self) -> str:
        """Every shipped catalogue loads and speaks, and Babel has each language's dates."""
        import datetime as dt

        from babel.dates import format_date

        from diary import i18n

        spoken = []
        for language in i18n.shipped_languages()[1:]:
            with i18n.speaking(language):
                if i18n._("Today") == "Today":
                    raise SelfTestFailed(f"the {language} catalogue translates nothing")
                format_date(dt.date(2026, 11, 21), "full", locale=i18n.region())
            spoken.append(language)
        return f"catalogues of {', '.join(spoken)} load; their dates format"

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        """Every check in order, by the name a failure is reported under."""
        return [
            ("create a diary", self.create),
            ("write and read back", self.write_and_read),
            ("photos", self.photos),
            ("database integrity", self.integrity),
            ("chart to PNG", self.chart),
            ("encrypted backup", self.backup),
            ("Qt offscreen", self.qt),
            ("languages", self.languages),
        ]


def describe() -> str:
    """Which Hearth, on which Python and system, frozen or from source."""
    how = "frozen" if getattr(sys, "frozen", False) else "from source"
    system = f"{platform.system()} {platform.machine()}"
    return f"Hearth {__version__} self-test: Python {platform.python_version()}, {system}, {how}"


def run(out: TextIO | None = None, err: TextIO | None = None, *, root: Path | None = None) -> int:
    """Run every check on a diary in a new temporary folder (inside ``root`` if given).

    Returns:
        0 if every check passed, 1 otherwise.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    print(describe(), file=out, flush=True)
    folder = Path(tempfile.mkdtemp(prefix="hearth-self-test-", dir=root))
    test = SelfTest(folder)
    failed: tuple[str, BaseException] | None = None
    checks = test.checks()
    try:
        for name, check in checks:
            try:
                line = check()
            except Exception as problem:  # noqa: BLE001 - reported, with the check's name
                failed = (name, problem)
                break
            print(f"  ok  {line}", file=out, flush=True)
    finally:
        try:
            test.vault.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    if failed is None and folder.exists():
        failed = ("clean up", SelfTestFailed(f"{folder} could not be removed"))
    if failed is not None:
        name, error = failed
        print(f"self-test: FAILED: {name}: {type(error).__name__}: {error}", file=err, flush=True)
        traceback.print_exception(error, file=err)
        return 1
    print(f"self-test: all {len(checks)} checks passed", file=out, flush=True)
    return 0
