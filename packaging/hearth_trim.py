"""What the frozen Hearth leaves out of what PyInstaller's hooks would collect, in one place.

Used by ``hearth.spec`` (the last filter over every collected file) and by the Qt hooks in
``packaging/hooks`` (which drop unwanted Qt plugins *before* PyInstaller follows their library
dependencies: dropping the GTK 3 theme plugin afterwards would still leave GTK, Pango and
Cairo from the build machine in the package). docs/packaging.md explains each choice.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

# Qt plugin folders Hearth uses, with the plugins of each that are left out (by a part of the
# file name). Folders not listed are left out whole: egldeviceintegrations and generic (only
# for eglfs / linuxfb, the no-window-system platforms), networkinformation and tls (Hearth
# talks to no network; QtNetwork is there for the single-instance local socket), sqldrivers,
# printsupport, qmltooling, designer, ...
QT_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("eglfs", "linuxfb", "vnc", "vkkhrdisplay", "minimalegl"),  # keeps xcb,
    # wayland, offscreen (self-test, CI), minimal, windows, cocoa, direct2d
    "platforms/darwin": (),
    "platformthemes": ("gtk3",),  # would need the system's GTK 3; xdgdesktopportal stays
    "platforminputcontexts": ("virtualkeyboard",),  # pulls in QtQuick; compose and ibus stay
    "imageformats": ("pdf", "tiff", "tga", "wbmp", "webp", "icns"),  # png is built in
    "iconengines": (),
    "styles": (),
    "accessiblebridge": (),
    "xcbglintegrations": (),
    "wayland-decoration-client": (),
    "wayland-graphics-integration-client": (),
    "wayland-shell-integration": (),
}

# Qt libraries no kept plugin or module needs (a safety net: with the plugins above gone,
# PyInstaller should not collect them at all).
QT_LIBRARIES_DROPPED = (
    "Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6VirtualKeyboard", "Qt6Designer", "Qt6Help",
    "Qt6OpenGLWidgets", "Qt6Sql", "Qt6Test", "Qt6UiTools", "Qt6Xml", "Qt6Lottie", "Qt6Labs",
    "Qt6ShaderTools", "Qt63D", "Qt6WaylandCompositor", "Qt6WlShellIntegration",
    "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport", "Qt6VectorImage", "Qt6SvgWidgets",
    "Qt6PrintSupport", "Qt6Concurrent", "Qt6Multimedia", "Qt6WebEngine",
)  # fmt: skip

# Windows: the software OpenGL renderer and Direct3D's shader compiler, for OpenGL and Qt Quick
# surfaces; Hearth's widgets and matplotlib's Qt canvas paint with the raster engine.
WINDOWS_DLLS_DROPPED = ("opengl32sw.dll", "d3dcompiler_47.dll")

# Folders of PySide6's Qt tree that are for development or for modules Hearth does not use.
QT_FOLDERS_DROPPED = ("qml", "metatypes", "libexec", "resources", "typesystems")

# Qt's own words (standard buttons, context menus) in the languages Hearth speaks; the other
# hundred or so translation files are left out.
QT_TRANSLATIONS_KEPT = tuple(f"qtbase_{language}.qm" for language in ("de", "es", "fr"))

# Babel's CLDR data: the root, the languages Hearth speaks in every region, and the global
# tables; the other seven hundred locales (about 25 MB) are left out.
BABEL_LOCALES_KEPT = ("root", "en", "de", "es", "fr")

# matplotlib's data: sample data and the Sphinx plot directive's files are for documentation;
# Hearth's charts use DejaVu Sans (with the Computer Modern fonts as mathtext's fallback and
# LastResort for missing glyphs), never Serif, Mono or STIX, nor the PDF core fonts (AFM).
MPL_DATA_DROPPED = ("sample_data", "plot_directive", "kpsewhich.lua", "fonts/afm",
                    "fonts/pdfcorefonts")  # fmt: skip
MPL_FONTS_DROPPED = ("DejaVuSerif", "DejaVuSansMono", "STIX")


def _parts(path: str) -> list[str]:
    return [part for part in PurePath(path.replace("\\", "/")).as_posix().split("/") if part]


def qt_plugin_wanted(dest: str) -> bool:
    """False for a Qt plugin (by its folder inside the bundle) that Hearth does not use.

    ``dest`` is a file or folder path inside the bundle, e.g.
    ``PySide6/Qt/plugins/platforms/libqxcb.so`` or ``PySide6/Qt/plugins/platforms``.
    """
    parts = _parts(dest)
    lowered = [part.lower() for part in parts]
    if "plugins" not in lowered:
        return True
    rest = parts[lowered.index("plugins") + 1 :]
    if not rest:
        return True
    kind = rest[0]
    if len(rest) > 1 and f"{rest[0]}/{rest[1]}" in QT_PLUGINS:  # platforms/darwin
        kind = f"{rest[0]}/{rest[1]}"
    if kind not in QT_PLUGINS:
        return False
    name = parts[-1].lower()
    return not any(dropped in name for dropped in QT_PLUGINS[kind])


def filter_qt_hook_binaries(
    binaries: Iterable[tuple[str, str]],
) -> list[tuple[str, str]]:
    """A Qt hook's (source, destination folder) pairs without the unwanted plugins."""
    return [
        (src, dest)
        for src, dest in binaries
        if qt_plugin_wanted(f"{dest}/{PurePath(src.replace(chr(92), '/')).name}")
    ]


def wanted(dest: str) -> bool:
    """False for a collected file (by its path inside the bundle) that Hearth does not need."""
    parts = _parts(dest)
    lowered = [part.lower() for part in parts]
    name = lowered[-1] if lowered else ""
    if "pyside6" in lowered:
        rest = lowered[lowered.index("pyside6") + 1 :]
        if rest[:1] == ["qt"]:
            rest = rest[1:]
        if rest[:1] and rest[0] in QT_FOLDERS_DROPPED:
            return False
        if rest[:1] == ["translations"] and name not in QT_TRANSLATIONS_KEPT:
            return False
        if rest[:1] == ["plugins"] and not qt_plugin_wanted(dest):
            return False
    if name in WINDOWS_DLLS_DROPPED:
        return False
    stem = name.removeprefix("lib")
    if stem.startswith("qt6") and any(stem.startswith(lib.lower()) for lib in QT_LIBRARIES_DROPPED):
        return False
    if "locale-data" in lowered and "babel" in lowered:
        locale = name.removesuffix(".dat")
        if locale.split("_")[0] not in BABEL_LOCALES_KEPT:
            return False
    if "locale" in lowered and "diary" in lowered and name.endswith((".po", ".pot")):
        return False
    if "mpl-data" in lowered:
        inside = "/".join(parts[lowered.index("mpl-data") + 1 :])
        if any(inside == d or inside.startswith(d + "/") for d in MPL_DATA_DROPPED):
            return False
        if inside.startswith("fonts/ttf/") and parts[-1].startswith(MPL_FONTS_DROPPED):
            return False
    return True
