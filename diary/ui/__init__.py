"""PySide6 widgets of the desktop app; they receive a repository and never touch SQL or keys."""
