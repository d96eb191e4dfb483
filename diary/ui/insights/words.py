"""Words of the insights page, marked for translation."""

from __future__ import annotations

from diary.i18n import N_, words

PAGE_INSIGHTS = N_("Insights")
# Short names, so the seven choices fit one row of a 1024-pixel-wide window; the charts' full
# titles (diary.charts.panels) stay on the charts themselves and in the tooltips.
INSIGHTS_PANEL_TITLES = {
    "month": N_("Month"),
    "scatter": N_("Mood and time"),
    "streaks": N_("Streaks"),
    "kinds": N_("Kinds of contact"),
    "week": N_("Your week"),
    "pixels": N_("Year in pixels"),
    "checkins": N_("Check-ins"),
}
INSIGHTS_SHOW_NUMBERS = N_("Show the &numbers")
INSIGHTS_HIDE_NUMBERS = N_("Hide the &numbers")
INSIGHTS_NUMBERS_NAME = N_("The numbers behind the sentence")
INSIGHTS_NUMBERS_TITLE = N_("The numbers behind it")
INSIGHTS_LEAD_NAME = N_("What this chart says")
INSIGHTS_PREVIOUS = N_("◀ Previous month")
INSIGHTS_PREVIOUS_NAME = N_("Previous month")
INSIGHTS_NEXT = N_("Next month ▶")
INSIGHTS_NEXT_NAME = N_("Next month")
INSIGHTS_THIS_MONTH = N_("This month")
INSIGHTS_MONTH_NAME = N_("Month shown")
INSIGHTS_CHARTS_NAME = N_("Charts")
INSIGHTS_WORKING = N_("Adding up your days…")
INSIGHTS_DRAWING = N_("Drawing the chart…")
INSIGHTS_TABLE_NAME = N_("The chart's numbers as a table")
INSIGHTS_SHOW_TABLE = N_("Show as &table")
INSIGHTS_EXPORT = N_("&Export chart…")
INSIGHTS_EXPORT_TITLE = N_("Export the chart (the file is not encrypted)")
INSIGHTS_PNG_FILTER = N_("PNG image (*.png)")
INSIGHTS_SVG_FILTER = N_("SVG drawing (*.svg)")
INSIGHTS_PDF_FILTER = N_("PDF document (*.pdf)")
INSIGHTS_EXPORTED = N_("Saved the chart to {path}. It is not encrypted.")
INSIGHTS_EXPORT_FAILED = N_("Could not save the chart: {reason}")
INSIGHTS_FAILED = N_("Could not add up your days: {reason}")
INSIGHTS_HOW_COUNTED = N_("&How Hearth counts")
INSIGHTS_SUMMARY_NAME = N_("Summary in words")
INSIGHTS_CHART_NAME = N_("Chart: {title}")
INSIGHTS_DEFINITIONS = N_(
    "A meaningful contact is one in person, by video or by call of at least {minutes} minutes, "
    "or any contact of depth {depth} or more (change this in Settings). A day is logged when it "
    "has an entry or a contact; unlogged days are missing data, never counted as lonely or as "
    "connected. A logged day without meaningful contact is isolated; digital-only if it still "
    "had texts or social media. An isolation streak is a run of isolated days in a row; an "
    "unlogged day ends it. ρ (Spearman) says how closely mood and meaningful minutes rise and "
    "fall together, from −1 to 1; the 95% interval shows how uncertain it is, n how many days it "
    "rests on. Below 8 days with a mood Hearth says “not enough data yet” instead of a number. "
    "None of this says what causes what."
)
INSIGHTS_TIP_UNLOGGED = N_("Not logged")
INSIGHTS_TIP_MOOD = N_("Mood {mood} of 9")
INSIGHTS_TIP_MEANINGFUL = N_("{minutes} meaningful minutes ({modes})")
INSIGHTS_TIP_DEEP = N_("A deep contact")
INSIGHTS_TIP_ISOLATED = N_("Isolated: no meaningful contact")
INSIGHTS_TIP_DIGITAL = N_("Isolated: texts or social media only")
INSIGHTS_TIP_CONTACTS = N_("Contacts logged: {count}")

__getattr__ = words(globals())
