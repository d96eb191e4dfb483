"""Words of the journal page, marked for translation."""

from __future__ import annotations

from diary.i18n import N_, NP_, words

JOURNAL_TITLE = N_("Journal")
CALENDAR_PREVIOUS_MONTH = N_("Previous month")
CALENDAR_NEXT_MONTH = N_("Next month")
CALENDAR_THIS_MONTH = N_("This month")
CALENDAR_THIS_MONTH_TIP = N_("Go back to this month and select today")
CALENDAR_GRID_NAME = N_("Calendar of {month}")
CALENDAR_GRID_HELP = N_(
    "Arrow keys move by a day or a week, Page Up and Page Down by a month, Home and End go to "
    "the first and last day of the month, Enter opens the selected day."
)
CALENDAR_TODAY = N_("today")
CALENDAR_MOOD = N_("mood {mood}")
CALENDAR_NO_MOOD = N_("logged, no mood")
CALENDAR_NOT_LOGGED = N_("nothing logged")
CALENDAR_ONE_CONTACT = N_("1 contact")
CALENDAR_CONTACTS = N_("{count} contacts")
CALENDAR_PHOTOS = NP_("{n} photo", "{n} photos")
JOURNAL_NO_MOOD = N_("no mood")
JOURNAL_SEARCH_PLACEHOLDER = N_("Search entries, gratitude and notes")
JOURNAL_SEARCH_NAME = N_("Search the whole diary")
JOURNAL_SEARCH_TIP = N_(
    "Search every entry, gratitude note and contact note ({shortcut}). Enter searches at once, "
    "Down goes to the results, Escape clears the search."
)
JOURNAL_DAYS_NAME = N_("Logged days of {month}")
JOURNAL_RESULTS_NAME = N_("Search results")
JOURNAL_OPEN_HINT = N_("Enter or a double-click opens a day to read or edit it.")
JOURNAL_MONTH_EMPTY = N_("Nothing logged in {month}.")
JOURNAL_MONTH_ONE_DAY = N_("1 logged day in {month}")
JOURNAL_MONTH_DAYS = N_("{count} logged days in {month}")
JOURNAL_SEARCHING = N_("Searching…")
JOURNAL_NO_HITS = N_("No day mentions “{text}”.")
JOURNAL_ONE_HIT = N_("1 day mentions “{text}”")
JOURNAL_HITS = N_("{count} days mention “{text}”")
JOURNAL_HITS_LIMITED = N_("The {count} most recent days that mention “{text}”")
JOURNAL_LOAD_FAILED = N_("Could not read this month: {reason}")
JOURNAL_SEARCH_FAILED = N_("Could not search: {reason}")

__getattr__ = words(globals())
