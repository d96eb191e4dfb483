"""Words of the journal page, marked for translation."""

from __future__ import annotations

from diary.messages import _

JOURNAL_TITLE = _("Journal")
CALENDAR_PREVIOUS_MONTH = _("Previous month")
CALENDAR_NEXT_MONTH = _("Next month")
CALENDAR_THIS_MONTH = _("This month")
CALENDAR_THIS_MONTH_TIP = _("Go back to this month and select today")
CALENDAR_MONTH_TITLE = _("{month} {year}")
CALENDAR_GRID_NAME = _("Calendar of {month}")
CALENDAR_GRID_HELP = _(
    "Arrow keys move by a day or a week, Page Up and Page Down by a month, Home and End go to "
    "the first and last day of the month, Enter opens the selected day."
)
CALENDAR_TODAY = _("today")
CALENDAR_MOOD = _("mood {mood}")
CALENDAR_NO_MOOD = _("logged, no mood")
CALENDAR_NOT_LOGGED = _("nothing logged")
CALENDAR_ONE_CONTACT = _("1 contact")
CALENDAR_CONTACTS = _("{count} contacts")
JOURNAL_NO_MOOD = _("no mood")
JOURNAL_SEARCH_PLACEHOLDER = _("Search entries, gratitude and notes")
JOURNAL_SEARCH_NAME = _("Search the whole diary")
JOURNAL_SEARCH_TIP = _(
    "Search every entry, gratitude note and contact note ({shortcut}). Enter searches at once, "
    "Down goes to the results, Escape clears the search."
)
JOURNAL_DAYS_NAME = _("Logged days of {month}")
JOURNAL_RESULTS_NAME = _("Search results")
JOURNAL_OPEN_HINT = _("Enter or a double-click opens a day to read or edit it.")
JOURNAL_MONTH_EMPTY = _("Nothing logged in {month}.")
JOURNAL_MONTH_ONE_DAY = _("1 logged day in {month}")
JOURNAL_MONTH_DAYS = _("{count} logged days in {month}")
JOURNAL_SEARCHING = _("Searching…")
JOURNAL_NO_HITS = _("No day mentions “{text}”.")
JOURNAL_ONE_HIT = _("1 day mentions “{text}”")
JOURNAL_HITS = _("{count} days mention “{text}”")
JOURNAL_HITS_LIMITED = _("The {count} most recent days that mention “{text}”")
JOURNAL_LOAD_FAILED = _("Could not read this month: {reason}")
JOURNAL_SEARCH_FAILED = _("Could not search: {reason}")
