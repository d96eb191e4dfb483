"""The window every page stands in (navigation, status, theme, tray, tasks) and shared widgets."""
