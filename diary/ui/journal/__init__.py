"""The Journal page: the month's moods in a calendar, logged days, and search."""
