"""The Settings page: preferences, passphrase, care and reminders, and backups."""
