"""Words of the insights page, marked for translation."""

from __future__ import annotations

from diary.messages import DETAILS_RHO, _

PAGE_INSIGHTS = _("Insights")
# Short names, so the six choices fit one row of a 1024-pixel-wide window; the charts' full
# titles (diary.charts.panels) stay on the charts themselves and in the tooltips.
INSIGHTS_PANEL_TITLES = {
    "month": _("Month"),
    "scatter": _("Mood and time"),
    "streaks": _("Streaks"),
    "kinds": _("Kinds of contact"),
    "pixels": _("Year in pixels"),
    "checkins": _("Check-ins"),
}
INSIGHTS_SHOW_NUMBERS = _("Show the &numbers")
INSIGHTS_HIDE_NUMBERS = _("Hide the &numbers")
INSIGHTS_NUMBERS_NAME = _("The numbers behind the sentence")
INSIGHTS_NUMBERS_TITLE = _("The numbers behind it")
INSIGHTS_LEAD_NAME = _("What this chart says")
INSIGHTS_EXPLAIN = DETAILS_RHO
INSIGHTS_PREVIOUS = _("◀ Previous month")
INSIGHTS_PREVIOUS_NAME = _("Previous month")
INSIGHTS_NEXT = _("Next month ▶")
INSIGHTS_NEXT_NAME = _("Next month")
INSIGHTS_THIS_MONTH = _("This month")
INSIGHTS_MONTH_NAME = _("Month shown")
INSIGHTS_CHARTS_NAME = _("Charts")
INSIGHTS_WORKING = _("Adding up your days…")
INSIGHTS_DRAWING = _("Drawing the chart…")
INSIGHTS_TABLE_NAME = _("The chart's numbers as a table")
INSIGHTS_SHOW_TABLE = _("Show as &table")
INSIGHTS_EXPORT = _("&Export chart…")
INSIGHTS_EXPORT_TITLE = _("Export the chart (the file is not encrypted)")
INSIGHTS_PNG_FILTER = _("PNG image (*.png)")
INSIGHTS_SVG_FILTER = _("SVG drawing (*.svg)")
INSIGHTS_PDF_FILTER = _("PDF document (*.pdf)")
INSIGHTS_EXPORTED = _("Saved the chart to {path}. It is not encrypted.")
INSIGHTS_EXPORT_FAILED = _("Could not save the chart: {reason}")
INSIGHTS_FAILED = _("Could not add up your days: {reason}")
INSIGHTS_HOW_COUNTED = _("&How Hearth counts")
INSIGHTS_SUMMARY_NAME = _("Summary in words")
INSIGHTS_CHART_NAME = _("Chart: {title}")
INSIGHTS_DEFINITIONS = _(
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
INSIGHTS_TIP_UNLOGGED = _("Not logged")
INSIGHTS_TIP_MOOD = _("Mood {mood} of 9")
INSIGHTS_TIP_MEANINGFUL = _("{minutes} meaningful minutes ({modes})")
INSIGHTS_TIP_DEEP = _("A deep contact")
INSIGHTS_TIP_ISOLATED = _("Isolated: no meaningful contact")
INSIGHTS_TIP_DIGITAL = _("Isolated: texts or social media only")
INSIGHTS_TIP_CONTACTS = _("Contacts logged: {count}")
