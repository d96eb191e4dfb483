"""Hearth's hook for PySide6.QtCore: PyInstaller's own, minus the Qt plugins Hearth leaves out.

Filtering here, before PyInstaller follows the plugins' library dependencies, keeps those
dependencies out too (see packaging/hearth_trim.py, on the path while hearth.spec runs).
"""

from hearth_trim import filter_qt_hook_binaries
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = filter_qt_hook_binaries(binaries)
