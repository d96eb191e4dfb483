"""Hearth: a private, offline, encrypted diary of the people in your life."""

__version__ = "0.1.0"
APP_NAME = "Hearth"
