"""User-facing words of the command line in one place, ready to be translated.

``_`` is the hook a translation catalogue will replace; keeping every sentence here means a
translator, or a writer checking the tone, reads one file.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the domain's stats stay off the start-up path (the unlock window first)
    from diary.domain.cadence import ReachOut


def _(text: str) -> str:
    """Mark a string for translation (identity until catalogues exist)."""
    return text


NO_DESKTOP = _("The desktop app cannot start here ({reason}). The diary commands still work.")
NO_TERMINAL = _(
    "There is no terminal to ask for the passphrase. Give it with --passphrase-file FILE."
)
PASSPHRASE_PROMPT = _("Passphrase: ")
NEW_PASSPHRASE_PROMPT = _("New passphrase: ")
REPEAT_PROMPT = _("Type it again: ")
PASSPHRASES_DIFFER = _("The two passphrases differ; nothing was changed.")
PASSPHRASE_FILE_UNREADABLE = _("Cannot read the passphrase file {path}: {reason}.")
PASSPHRASE_FILE_NOT_TEXT = _("The passphrase file {path} is not UTF-8 text.")
CREATED = _("Created your diary in {folder}.")
NO_RECOVERY = _(
    "Remember your passphrase: without it nobody, not even Hearth, can open this diary."
)
RECOVERY_CODE = _(
    "Your recovery code (shown only this once):\n\n    {code}\n\n"
    "Write it down or store it somewhere safe and private. Anyone with this code can open your "
    "diary; without it or the passphrase, nobody can."
)
DEMO_CREATED = _(
    "Created a demo diary in {folder}\n"
    "  {entries} entries and {interactions} interactions over {days} days, "
    "{people} people in {circles} circles.\n"
    "  Passphrase: {passphrase}\n\nThe last week:\n"
)
DEMO_TRY = _(
    "\nTry:\n"
    "  diary --data-dir {folder} list --month {month}\n"
    "  diary --data-dir {folder} show --date {day}\n"
    '  diary --data-dir {folder} search "{word}"'
)
NOTHING_TO_WRITE = _("Nothing to write: give --mood, --energy, --feeling, --gratitude or --text.")
SAVED_ENTRY = _("Saved the entry of {day}.")
EMPTIED_ENTRY = _("Nothing was left in the entry of {day}, so it was removed.")
LOGGED_CONTACT = _("Logged: {line}")
MET_NEEDS = _("Give the contact with --line TEXT, or with --date, --mode and --minutes.")
MET_LINE_ALONE = _(
    "--line says who, how, how long, how deep, who reached out and the note; give {options} "
    "inside the line instead (--date and --circle can go with it)."
)
MET_ADD_PEOPLE_NEEDS_LINE = _("--add-people goes with --line.")
MET_UNKNOWN_ONE = _(
    "{names} is not in your diary yet, so nothing was logged. Add them first with "
    'diary person add "{first}", or log again with --add-people to add them now.'
)
MET_UNKNOWN_MANY = _(
    "{names} are not in your diary yet, so nothing was logged. Add them first with "
    'diary person add "{first}" (and so on), or log again with --add-people to add them now.'
)
ADDED_PERSON = _("Added {name} to your diary.")
NO_PEOPLE = _("No people yet. Add someone with: diary person add NAME")
NO_DAYS = _("Nothing logged {when}.")
NO_MATCHES = _("No day mentions “{text}”.")
PASSPHRASE_CHANGED = _("Passphrase changed. The old one no longer opens this diary.")
RECOVERY_PROMPT = _("Recovery code: ")
RECOVERED = _(
    "Your diary is open again with its new passphrase. The recovery code still works; keep it safe."
)
HEALTHY = _(
    "Your diary is healthy: {entries} entries, {interactions} interactions, {people} people."
)
DAMAGED_REPORT = _("Your diary has problems:\n{problems}\nRestore it from a backup.")
BAD_DATE = _("“{value}” is not a date; write it as YYYY-MM-DD, for example 2026-11-21.")
BAD_MONTH = _("“{value}” is not a month; write it as YYYY-MM, for example 2026-11.")
CANNOT_READ = _("Cannot read {what}: {reason}.")
INTERRUPTED = _("Stopped. Nothing was half-written.")
INTERNAL_ERROR = _(
    "Something went wrong inside Hearth ({kind}). Your diary was not changed by it; "
    "please report this."
)

# The desktop app as a whole (diary/app.py) -------------------------------------------------------
ALREADY_RUNNING = _("Hearth is already open; it has been brought to the front.")
DEMO_HINT = _("This is the demo diary. Its passphrase is: demo")
PREPARING_DEMO = _("Preparing a demo diary with a year of sample days…")

# Dates in words (the pages and the command line) ------------------------------------------------
TODAY_WEEKDAYS = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
TODAY_MONTHS = (
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
)
TODAY_DAY_HEADING = _("{weekday} {day} {month} {year}")
MONTHS_SHORT = (
    _("Jan"),
    _("Feb"),
    _("Mar"),
    _("Apr"),
    _("May"),
    _("Jun"),
    _("Jul"),
    _("Aug"),
    _("Sep"),
    _("Oct"),
    _("Nov"),
    _("Dec"),
)
SHORT_DAY = _("{day} {month}")
SHORT_DAY_YEAR = _("{day} {month} {year}")
DAY_SPAN = _("{start} to {end}")


def plural(count: int, forms: tuple[str, str]) -> str:
    """``forms[0]`` for one, ``forms[1]`` otherwise, with ``{n}`` filled in: "1 day", "3 days"."""
    return (forms[0] if count == 1 else forms[1]).format(n=count)


def long_day(day: dt.date) -> str:
    """A date in words, for a heading: "Saturday 21 November 2026"."""
    return TODAY_DAY_HEADING.format(
        weekday=TODAY_WEEKDAYS[day.weekday()],
        day=day.day,
        month=TODAY_MONTHS[day.month - 1],
        year=day.year,
    )


def short_day(day: dt.date, *, year: bool = False) -> str:
    """A date in a sentence: "27 Nov", or "27 Nov 2026" with ``year``."""
    words = SHORT_DAY_YEAR if year else SHORT_DAY
    return words.format(day=day.day, month=MONTHS_SHORT[day.month - 1], year=day.year)


def day_span(start: dt.date, end: dt.date, *, today: dt.date | None = None) -> str:
    """A run of days in a sentence: "27 Nov" (one day) or "27 Nov to 3 Dec".

    Years are added when the run crosses one, or is not of ``today``'s year: "28 Dec 2025 to 3
    Jan 2026".
    """
    year = start.year != end.year or (today is not None and end.year != today.year)
    if start == end:
        return short_day(start, year=year)
    return DAY_SPAN.format(start=short_day(start, year=year), end=short_day(end, year=year))


# Insights summary in plain words (diary/formats/summary.py) --------------------------------------
SUMMARY_NOTHING_LOGGED = _(
    "Nothing is logged in this period yet. Days you write about will show up here."
)
SUMMARY_DAYS = (_("{n} day"), _("{n} days"))
SUMMARY_LOGGED = _("You logged {logged} of {days}.")
SUMMARY_LOGGED_ALL = _("You logged every one of {days}.")
SUMMARY_UNLOGGED = (
    _("The {n} unlogged day is left out: it counts neither as lonely nor as connected."),
    _("The {n} unlogged days are left out: they count neither as lonely nor as connected."),
)
SUMMARY_CONTACT = _("You had meaningful contact on {meaningful}; {isolated}.")
SUMMARY_ISOLATED = (_("{n} day was isolated"), _("{n} days were isolated"))
SUMMARY_NONE_ISOLATED = _("no day was isolated")
SUMMARY_DIGITAL_SOME = _("{isolated}, {digital} of them with only texts or social media")
SUMMARY_DIGITAL_ALL = (
    _("{isolated}, with only texts or social media"),
    _("{isolated}, all of them with only texts or social media"),
)
SUMMARY_LONGEST = _("Your longest isolation streak was {length} ({span}).")
SUMMARY_CURRENT = _("The period ends with {length} isolated days in a row.")
SUMMARY_NOT_ENOUGH = _("Not enough data yet to compare moods: {have} with a mood, {need} needed.")
SUMMARY_HIGHER = _("{difference} higher")
SUMMARY_LOWER = _("{difference} lower")
SUMMARY_SAME = _("the same as")
SUMMARY_GAP = _(
    "On days with meaningful contact your mood averaged {mean}, {compared} than on isolated "
    "days (n = {n_with} vs {n_isolated})."
)
SUMMARY_IN_PERSON = _(
    "On days with in-person contact your mood averaged {mean}, {compared} than on days with no "
    "contact at all (n = {n_with} vs {n_without})."
)
SUMMARY_RHO = _("ρ = {rho}, 95% interval {low} to {high}, n = {n}")
SUMMARY_KINDS = _(
    "On days {best} your mood averaged {best_mean} (n = {best_n}); on days {other}, "
    "{other_mean} (n = {other_n})."
)
SUMMARY_LINK = _("Mood and meaningful minutes {strength} ({numbers}).")
SUMMARY_LAG = _("A day's contact and the next day's mood {strength} ({numbers}).")
SUMMARY_LINK_NONE = _("hardly moved together")
SUMMARY_LINK_WEAK = _("moved together a little")
SUMMARY_LINK_MODERATE = _("moved together moderately")
SUMMARY_LINK_STRONG = _("moved together strongly")
SUMMARY_LINK_OPPOSITE = _("{strength}, in opposite directions")
SUMMARY_GRATITUDE = _("You noted {notes} you are grateful for, on {days}.")
SUMMARY_NOTES = (_("{n} thing"), _("{n} things"))
SUMMARY_NOT_CAUSE = _("These numbers show which days went together, not what caused what.")
# The lead sentence of each panel, for a period named {period} ("November 2026", "2026").
LEAD_NOTHING_LOGGED = _("Nothing is logged in {period} yet: days you write about will show here.")
LEAD_NOT_ENOUGH = _(
    "Not enough data yet to read your moods in {period}: {have} with a mood, {need} needed."
)
LEAD_GAP_BETTER = _("You felt better on days with meaningful contact in {period}.")
LEAD_GAP_WORSE = _("In {period} your mood was lower on days with meaningful contact.")
LEAD_GAP_SAME = _("In {period} your mood was about the same with and without meaningful contact.")
LEAD_ALL_CONNECTED = _("Every logged day of {period} had meaningful contact.")
LEAD_NONE_CONNECTED = _("No day of {period} had meaningful contact logged.")
LEAD_FEW_ISOLATED = (
    _("In {period} only {n} logged day had no meaningful contact: too few to compare moods."),
    _("In {period} only {n} logged days had no meaningful contact: too few to compare moods."),
)
LEAD_FEW_CONNECTED = (
    _("In {period} only {n} day had meaningful contact: too few to compare moods."),
    _("In {period} only {n} days had meaningful contact: too few to compare moods."),
)
LEAD_LINK_UP = _("In {period}, on days with more time with people your mood tended to be higher.")
LEAD_LINK_UP_LITTLE = _(
    "In {period}, on days with more time with people your mood tended to be a little higher."
)
LEAD_LINK_DOWN = _("In {period}, on days with more time with people your mood tended to be lower.")
LEAD_LINK_NONE = _("In {period}, your mood and your time with people hardly moved together.")
LEAD_LINK_FLAT = _(
    "In {period} your mood or your time with people stayed the same, so there is nothing "
    "to compare."
)
LEAD_CHANCE = _("{sentence} With this few days it may be chance.")
LEAD_STREAK = _("Your longest stretch without meaningful contact in {period} was {length}, {span}.")
LEAD_KIND_BETTER = _("You felt better on days you {kind} than on days {other}.")
LEAD_KIND_SAME = _("Your mood was about the same on days you {kind} and on days {other}.")
LEAD_KIND_ONLY = _(
    "In {period} most days with a mood were days you {kind}; too few others to compare."
)
LEAD_KIND_VERBS = {
    "in-person": _("saw people in person"),
    "call-or-video": _("called or video-called someone"),
    "digital-only": _("only texted or used social media"),
}
LEAD_KIND_OTHERS = {
    "in-person": _("you saw people in person"),
    "call-or-video": _("with calls or video"),
    "digital-only": _("with only texts or social media"),
    "none": _("without any contact"),
}
LEAD_MOODS = _("In {period} your mood averaged {mean} of 9; {month} was your brightest month.")
LEAD_MOODS_ONE = _("In {period} your mood averaged {mean} of 9.")
LEAD_NO_CHECKINS = _("No check-ins in {period} yet.")
LEAD_WHO5 = _("Your latest wellbeing check-in, on {day}, scored {percent} of 100.")
LEAD_UCLA3 = _("Your latest loneliness check-in, on {day}, scored {total} of 9.")
DETAILS_RHO = _(
    "ρ (rho) runs from −1 to 1: near 0 mood and time with people did not rise and fall together, "
    "near 1 they rose together, below 0 one rose as the other fell. The 95% interval is the "
    "range the true value probably lies in: the more days (n), the narrower it is. The mood gap "
    "compares the average mood of two kinds of day, with how many days each rests on."
)

# Charts (diary.charts: titles, axes, legends, captions and data tables) -------------------------
CHART_BAD_FORMAT = _("Hearth cannot save a chart as “{name}”: use a name ending in {formats}.")
CHART_MONTH_NAMES = (
    _("January"), _("February"), _("March"), _("April"), _("May"), _("June"), _("July"),
    _("August"), _("September"), _("October"), _("November"), _("December"),
)  # fmt: skip
CHART_MONTHS_SHORT = (
    _("Jan"), _("Feb"), _("Mar"), _("Apr"), _("May"), _("Jun"), _("Jul"), _("Aug"), _("Sep"),
    _("Oct"), _("Nov"), _("Dec"),
)  # fmt: skip
CHART_WEEKDAYS_SHORT = (_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun"))
CHART_MONTH_YEAR = _("{month} {year}")
CHART_DAY_MONTH = _("{day} {month}")
CHART_SPAN = _("{first} – {last}")
CHART_SPAN_SAME_MONTH = _("{first}–{last}")
CHART_ONE_DAY = _("{n} day")
CHART_N_DAYS = _("{n} days")
CHART_NO_VALUE = _("–")
CHART_NAME_MONTH = _("Mood and meaningful contact")
CHART_NAME_SCATTER = _("Mood against time with people")
CHART_NAME_STREAKS = _("Isolation streaks")
CHART_NAME_KINDS = _("Mood by kind of contact")
CHART_NAME_PIXELS = _("Year in pixels")
CHART_TITLE_MONTH = _("Mood and meaningful contact, {period}")
CHART_TITLE_SCATTER = _("Mood against time with people, {period}")
CHART_TITLE_STREAKS = _("Days with and without meaningful contact, {year}")
CHART_TITLE_KINDS = _("Mood by kind of contact, {period}")
CHART_TITLE_PIXELS = _("Your {year} in moods")
CHART_MOOD_AXIS = _("Mood (1 low, 9 high)")
CHART_MINUTES_AXIS = _("Meaningful minutes with people")
CHART_MINUTES_AXIS_SHORT = _("Minutes with people")
CHART_DAY_OF_MONTH = _("Day of the month")
CHART_MOOD_LEGEND = _("mood")
CHART_MEANINGFUL_LEGEND = _("meaningful contact")
CHART_ISOLATED_LEGEND = _("no meaningful contact")
CHART_UNLOGGED_LEGEND = _("not logged")
CHART_RUN_LEGEND = _("run of days without")
CHART_LONGEST_LEGEND = _("longest run")
CHART_NO_MOOD_LEGEND = _("no mood written")
CHART_MOOD_LOW = _("low")
CHART_MOOD_NEUTRAL = _("neutral")
CHART_MOOD_HIGH = _("high")
CHART_NOTHING_LOGGED = _("Nothing logged in {period} yet.")
CHART_RHO = _("ρ = {rho} (95% CI {low} to {high}), n = {n}")
CHART_NOT_ENOUGH = _("Not enough data yet — {count} of {needed} days with a mood")
CHART_SCATTER_CAPTION = _(
    "Each dot is a day. ρ is Spearman's rank correlation: it shows how mood and time with "
    "people moved together, not what caused what."
)
CHART_N_EQUALS = _("n = {n}")
CHART_NO_DAYS = _("no days")
CHART_LONGEST = _("Longest run without meaningful contact: {days}, {span}.")
CHART_CURRENT = _("Current run: {days}, since {since}.")
CHART_NO_CURRENT = _("No run going on right now.")
CHART_NO_ISOLATED = _("Every logged day of {year} had meaningful contact.")
CHART_DAY_ISOLATED = _("no meaningful contact")
CHART_DAY_MEANINGFUL = _("meaningful contact")
CHART_DAY_UNLOGGED = _("not logged")
CHART_NO_MOOD = _("no mood")
CHART_COL_DATE = _("Date")
CHART_COL_MOOD = _("Mood")
CHART_COL_MODE_MINUTES = _("Minutes {mode}")
CHART_COL_MEANINGFUL_MINUTES = _("Meaningful minutes")
CHART_COL_DAY = _("Day")
CHART_COL_FIRST_DAY = _("First day")
CHART_COL_LAST_DAY = _("Last day")
CHART_COL_DAYS = _("Days")
CHART_COL_KIND = _("Kind of contact")
CHART_COL_MEAN_MOOD = _("Mean mood")
CHART_COL_LOWEST = _("Lowest mood")
CHART_COL_HIGHEST = _("Highest mood")
CHART_MONTH_CAPTION = _("Each day of {period}: mood, meaningful minutes by way of contact.")
CHART_KINDS_CAPTION = _("Days with a mood, grouped by the closest kind of contact that day.")
CHART_PIXELS_CAPTION = _("The mood of each day of {year}.")

# Backup (diary backup export / verify / restore; diary/cli.py) -----------------------------------
BACKUP_PASSPHRASE_PROMPT = _("Backup passphrase: ")
BACKUP_COUNTS = _(
    "{entries} entries, {interactions} interactions, {people} people, {circles} circles and "
    "{checkins} check-ins"
)
BACKUP_SPAN = _(", from {first} to {last}")
BACKUP_EXPORTED = _("Backed up {counts}{span} to {path} ({size}).")
BACKUP_DIARY_KEY = _(
    "It opens with your diary's passphrase. Keep a copy somewhere other than this computer."
)
BACKUP_OWN_KEY = _(
    "It opens with the backup passphrase you gave, not with the diary's. Keep a copy somewhere "
    "other than this computer."
)
BACKUP_EMPTY_PASSPHRASE = _("Choose a passphrase; an empty one would not protect anything.")
BACKUP_TARGET_IS_FOLDER = _(
    "{path} is a folder. Give the backup a file name, for example {path}/diary.hearth-backup"
)
BACKUP_NO_FOLDER = _("The folder {folder} does not exist; create it or choose another place.")
BACKUP_WRITE_FAILED = _(
    "Could not write the backup {path}: {reason}. No backup file was left behind and your "
    "diary is unchanged."
)
BACKUP_CANNOT_READ = _("Cannot read the backup {path}: {reason}.")
BACKUP_VERIFIED = _("The backup is complete and intact: {counts}{span}.")
BACKUP_VERIFIED_DETAILS = _("Made {exported_at} by Hearth {app_version}; {size}.")
BACKUP_DIARY_EXISTS = _(
    "There is already a diary in {folder}, so nothing was restored. Add --merge to add what "
    "the backup has and the diary lacks, or --replace to put the backup in its place."
)
BACKUP_STRAY_DATABASE = _(
    "{path} exists without its key file, so nothing was restored. Move it away (or restore its "
    "key file) first."
)
BACKUP_RESTORED_NEW = _("Restored the backup into a new diary in {folder}: {summary}.")
BACKUP_NEW_PASSPHRASE = _(
    "The diary opens with the passphrase you just chose. Remember it: without it nobody, not "
    "even Hearth, can open this diary."
)
BACKUP_REPLACED = _("Replaced the diary in {folder} with the backup: {summary}.")
BACKUP_KEPT_OLD = _(
    "Your previous diary was kept in {old} (its passphrase is unchanged). Delete that folder "
    "once you are happy with the restored diary."
)
BACKUP_MERGED = _(
    "Merged the backup into your diary.\n"
    "  Added: {added}.\n"
    "  Already in your diary, so skipped: {skipped}."
)
# Charts (more) -----------------------------------------------------------------------------------
CHART_TIMES = _("×{n}")
CHART_MEAN = _("mean {mean}")
# Charts (scatter when rho is undefined) ---------------------------------------------------------
CHART_NO_LINK = _(
    "No link to show: over these {count} days your mood or your time with people never changed"
)

# Report (diary/charts/report.py) and the insight commands (diary/commands/insights.py) -----------
REPORT_TITLE = _("Hearth — mood and connection")
REPORT_PERIOD = _("{first} to {last}")
REPORT_NUMBERS = _("The numbers:")
REPORT_PRIVATE_NOTE = _(
    "Made by Hearth on your own computer. What you wrote is left out unless you asked for it."
)
REPORT_MOOD_AND_CONTACT = _("Mood and contact, {period}")
REPORT_YEAR = _("Isolation streaks and moods of {year}")
REPORT_WRITING = _("What you wrote")
REPORT_MOOD = _("Mood {mood} of 9")
REPORT_FEELINGS = _("Feelings: {words}")
REPORT_GRATEFUL = _("Grateful for: {text}")
REPORT_CONTACT = _("{mode}, {minutes} min with {people}")
REPORT_SOMEONE = _("someone")
INSIGHT_PERIOD_CONFLICT = _("Give either --month or --from and --to, not both.")
INSIGHT_PERIOD_HALF = _("Give both --from and --to.")
INSIGHT_PERIOD_BACKWARDS = _("The period ends ({last}) before it starts ({first}).")
INSIGHT_UNKNOWN_PANEL = _("There is no chart called “{name}”. Choose one of: {names}.")
CHART_WRITTEN = _("Wrote the chart “{title}” of {period} to {path}.")
REPORT_WRITTEN = _("Wrote the report of {first} to {last} to {path}.")
REPORT_WITH_TEXT = _(
    "It includes what you wrote, and it is not encrypted: keep it somewhere private."
)
REPORT_NOT_PDF = _("A report is a PDF: give a file name ending in .pdf, not “{name}”.")


# People, reach out, check-ins (diary/commands/people.py; the People page may use them too) -----
PEOPLE_CONTACTS = (_("{n} contact"), _("{n} contacts"))
PEOPLE_NOTES = (_("{n} gratitude note"), _("{n} gratitude notes"))
PEOPLE_MERGED = _(
    "{other} and {keep} are now one person, {keep}: every contact, gratitude note and circle "
    "of {other} moved over."
)
PEOPLE_DELETE_HOW = _(
    "Nothing was deleted yet: say what should happen to your contacts with {name}. "
    "--keep-interactions keeps every contact, just without the name; --delete-interactions "
    "also deletes the contacts that were only with {name} (contacts shared with others stay "
    "and lose just the name). Gratitude notes stay either way."
)
PEOPLE_DELETED_KEEPING = _(
    "Removed {name} from your diary. {kept} stayed, without the name; {notes} stayed, no "
    "longer linked to them."
)
PEOPLE_DELETED = _(
    "Removed {name} from your diary. Deleted {deleted} that only had them; {kept} shared with "
    "others stayed, without the name; {notes} stayed, no longer linked to them."
)
REACH_NOBODY = _("Nobody on your reach-out list today.")
REACH_HEADING = _("You hoped to be in touch:")
REACH_HEADING_HIDDEN = _("Set aside for now:")
REACH_EVERY = (_("every day"), _("every {n} days"))
REACH_WHILE_PERSON = _("It has been a while since you saw {name} — you hoped for {every}")
REACH_WHILE_CIRCLE = _("It has been a while since you took part in {name} — you hoped for {every}")
REACH_WHILE = _("It has been a while since you saw {name}")
REACH_NOTHING_YET_PERSON = _(
    "There is no time with {name} in your diary yet — you hoped for {every}"
)
REACH_NOTHING_YET_CIRCLE = _(
    "You have not taken part in {name} in your diary yet — you hoped for {every}"
)
REACH_NOTHING_YET = _("There is no time with {name} in your diary yet")
REACH_SNOOZED_UNTIL = _("snoozed until {date}")
REACH_DISMISSED = _("dismissed until you next meet")
AGO_TODAY = _("today")
AGO_YESTERDAY = _("yesterday")
AGO_DAYS = (_("{n} day ago"), _("{n} days ago"))
AGO_WEEKS = (_("{n} week ago"), _("{n} weeks ago"))
AGO_MONTHS = (_("{n} month ago"), _("{n} months ago"))
AGO_YEARS = (_("a year ago"), _("{n} years ago"))
LAST_TOGETHER = _("Last together {ago}, on {date}")
LAST_TOOK_PART = _("Last took part {ago}, on {date}")


def hoped_every(days: int) -> str:
    """A cadence in a sentence: "every day", "every 10 days"."""
    return plural(days, REACH_EVERY)


def ago(days: int) -> str:
    """How long ago, calmly and roughly: "today", "3 weeks ago", "4 months ago".

    Days up to 13, then whole weeks up to two months, then months up to a year, then years.
    """
    if days <= 0:
        return AGO_TODAY
    if days == 1:
        return AGO_YESTERDAY
    if days < 14:
        return plural(days, AGO_DAYS)
    if days < 61:
        return plural(days // 7, AGO_WEEKS)
    if days < 365:
        return plural(min(11, max(2, round(days / 30.44))), AGO_MONTHS)
    return plural(days // 365, AGO_YEARS)


def last_together(last: dt.date, today: dt.date, *, circle: bool = False) -> str:
    """When a person was last seen (or a circle last taken part in), in words.

    "Last together 3 weeks ago, on 12 Nov" (the year is added when it is not ``today``'s).
    """
    words = LAST_TOOK_PART if circle else LAST_TOGETHER
    date = short_day(last, year=last.year != today.year)
    return words.format(ago=ago((today - last).days), date=date)


def reach_out_sentence(item: ReachOut) -> str:
    """The one warm sentence of a reach-out item, wherever it is shown.

    The Today list and its tooltips, the People page and ``diary reach-out`` all say it with
    this function, so one case never reads two ways: "It has been a while since you saw Ivo —
    you hoped for every 10 days". No "overdue", no count as a verdict.
    """
    from diary.domain.cadence import Reason, Subject

    circle = item.target.subject is Subject.CIRCLE
    if item.cadence_days is None:
        words = REACH_NOTHING_YET if item.reason is Reason.NOT_YET else REACH_WHILE
        return words.format(name=item.name)
    if item.reason is Reason.NOT_YET:
        words = REACH_NOTHING_YET_CIRCLE if circle else REACH_NOTHING_YET_PERSON
    else:
        words = REACH_WHILE_CIRCLE if circle else REACH_WHILE_PERSON
    return words.format(name=item.name, every=hoped_every(item.cadence_days))


CHECKIN_BAD_ANSWERS = _(
    "Give --answers as {count} whole numbers from {low} to {high}, separated by commas, for "
    "example {example}."
)
CHECKIN_WHO5_SCORE = _(
    "Saved your wellbeing check-in of {day}: {raw} out of 25, or {percent} out of 100."
)
CHECKIN_UCLA3_SCORE = _(
    "Saved your loneliness check-in of {day}: {raw} on a scale from 3 (hardly ever lonely) to 9."
)
CHECKIN_THANKS = _("Thank you for taking a moment to check in with yourself.")
CHECKIN_WHO5_LOW = _(
    "Thank you for checking in. Your answers suggest the last two weeks have been heavy going. "
    "You don't have to carry that alone: talking with someone you trust, or with your doctor "
    "or another professional, can really help."
)
CHECKIN_UCLA3_LONELY = _(
    "Thank you for checking in. Your answers suggest you have been feeling lonely lately. "
    "Many people do, and it can change: a message or a call to one person you trust is a "
    "good first step, and a professional can help too."
)
PEOPLE_NO_CONTACTS = _("no contacts")
PEOPLE_NO_NOTES = _("no gratitude notes")

# Import and export (diary/commands/transfer.py, diary/formats/importers/, export_*.py) -----------
IMPORT_KIND_WORDS = {
    "entries": (_("entry"), _("entries")),
    "interactions": (_("contact"), _("contacts")),
    "people": (_("person"), _("people")),
    "circles": (_("circle"), _("circles")),
    "checkins": (_("check-in"), _("check-ins")),
}
IMPORT_AND = _(" and ")
IMPORT_NOTHING = _("nothing")
IMPORT_SPAN = _(", from {first} to {last}")
IMPORT_CANNOT_READ = _("Cannot read {path}: {reason}.")
IMPORT_BAD_MAP = _(
    "--map {value}: write it as LABEL=N with N from 1 (very unpleasant) to 9 (very pleasant), "
    'for example --map "super=8".'
)
IMPORT_BAD_MAP_VALUE = _(
    "The mood of “{label}” must be a whole number from 1 to 9, not {value!r}. Nothing was imported."
)
IMPORT_MAP_ONLY_DAYLIO = _(
    "--map gives Daylio's mood labels a place on Hearth's scale; {label} has no mood labels."
)
IMPORT_LOOKS_LIKE = _(" It looks like {label}: try diary import {name} FILE")
IMPORT_READ = _("Read {path} ({label}): {counts}{span}.")
IMPORT_NOT_USED = _("Could not use {count} part(s) of the file:")
IMPORT_MORE_NOT_USED = _("  … and {count} more.")
IMPORT_WOULD_ADD = _("Would add: {counts}.")
IMPORT_ADDED = _("Added: {counts}.")
IMPORT_ALREADY = _("Already in your diary, so skipped: {counts}.")
IMPORT_KEPT_DAYS = _(
    "On {count} of those days your diary already had an entry of its own, which was kept as "
    "it is: {days}."
)
IMPORT_DRY_RUN = _(
    "Dry run: nothing was changed. Run the same command without --dry-run to import."
)
IMPORT_NOTHING_NEW = _("Nothing new to add; your diary was not changed.")
IMPORT_NOT_TEXT = _("This file is not UTF-8 text, so it is not {what}. Nothing was imported.")
IMPORT_NOT_JSON = _(
    "This file is not {what}: it is not valid JSON ({reason}). Nothing was imported."
)
IMPORT_MORE_NOTES = _("… and {count} more like these.")
IMPORT_DAY_REFUSED = _("{day}: not imported ({reason})")
IMPORT_DAY_EMPTY = _("{day}: nothing to import (no mood and no text).")
IMPORT_BAD_ENTRY = _("entry {where}: not an entry Hearth can read, so it was skipped.")
IMPORT_NO_DATE = _("entry {where}: no date Hearth can read, so it was skipped.")
IMPORT_TAGS_LINE = _("Tags: {tags}")
IMPORT_STARRED_LINE = _("Starred.")
IMPORT_ACTIVITIES_LINE = _("Activities: {activities}")
IMPORT_BAD_CSV = _(
    "This file is not a CSV file Hearth can read (line {line}: {reason}). Nothing was imported."
)
IMPORT_NOT_DAYLIO = _(
    "This is not a Daylio CSV export: its first line should name the columns, like "
    "full_date,date,weekday,time,mood,activities,note_title,note. Nothing was imported."
)
IMPORT_BAD_ROW_DATE = _("line {line}: “{value}” is not a date Hearth can read, so it was skipped.")
IMPORT_UNKNOWN_MOODS = _(
    "Hearth does not know the Daylio mood {labels}. Say where each one falls from 1 (very "
    'unpleasant) to 9 (very pleasant) with --map, for example --map "{example}=6". Nothing '
    "was imported."
)
IMPORT_BAD_ZIP = _("This zip file cannot be read ({reason}). Nothing was imported.")
IMPORT_ZIP_TOO_BIG = _("{name} in the zip is too large to be a journal. Nothing was imported.")
IMPORT_ZIP_NO_JOURNAL = _(
    "This zip file holds no .json journal, so it is not a Day One export. Nothing was imported."
)
IMPORT_ZIP_NOT_JOURNAL = _("{name}.json in the zip is not a Day One journal, so it was skipped.")
IMPORT_NOT_DAYONE = _(
    'This is not a Day One JSON export: it has no list of "entries". Nothing was imported.'
)
IMPORT_NOT_JRNL = _(
    'This is not a jrnl JSON export (made with jrnl --format json): it has no "entries" with '
    "a title, a body and a date. Nothing was imported."
)
IMPORT_NOT_MINIDIARY = _(
    'This is not a Mini Diary JSON export: it has no "entries" by date. Nothing was imported.'
)
IMPORT_NOT_HEARTH = _("This is not a valid Hearth JSON export ({detail}). Nothing was imported.")
IMPORT_HEARTH_TOO_NEW = _(
    "This Hearth JSON export was made by a newer Hearth; import it with that version. Nothing "
    "was imported."
)
EXPORT_TARGET_IS_FOLDER = _("{path} is a folder. Give the export a file name.")
EXPORT_NO_FOLDER = _("The folder {folder} does not exist; create it or choose another place.")
EXPORT_DIARY_FILE = _("{path} is one of your diary's own files; choose another name.")
EXPORT_WRITE_FAILED = _(
    "Could not write {path}: {reason}. No export file was left behind and your diary is unchanged."
)
EXPORT_DONE = _("Exported {counts}{span}:")
EXPORT_FILE = _("  {path} ({size})")
EXPORT_NOT_ENCRYPTED = _(
    "Warning: this export is NOT encrypted. Anyone who can open the file can read your diary. "
    "Keep it private and delete it when you are done; for a copy to keep, use diary backup "
    "export."
)
EXPORT_MD_TITLE = _("Hearth diary")
EXPORT_MD_INTRO = _("Exported on {day}: {days} days. This file is not encrypted; keep it private.")
EXPORT_MD_NO_DAYS = _("Nothing has been logged yet.")
EXPORT_MD_MOOD = _("Mood {mood}/9")
EXPORT_MD_ENERGY = _("energy {energy}/9")
EXPORT_MD_FEELINGS = _("Feelings: {feelings}")
EXPORT_MD_CONTACTS = _("Connected:")
EXPORT_MD_GRATITUDE = _("Grateful for:")
EXPORT_MD_CHECKINS = _("Check-ins:")
EXPORT_MD_WHO5 = _("WHO-5 wellbeing {percent}/100")
EXPORT_MD_UCLA3 = _("UCLA-3 loneliness {total}/9")
EXPORT_MD_ANSWERS = _("answers {answers}")
EXPORT_MD_EVERY = _("every {days} days")
EXPORT_MD_PEOPLE = _("People")
EXPORT_MD_CIRCLES = _("Circles")


# The check-ins chart (diary/charts/checkins.py) ---------------------------------------------------
CHECKIN_UI_CHART_NAME = _("Check-ins")
CHECKIN_UI_CHART_TITLE = _("Your check-ins, {year}")
CHECKIN_UI_CHART_WHO5_AXIS = _("Wellbeing (WHO-5, 0–100)")
CHECKIN_UI_CHART_UCLA3_AXIS = _("Loneliness (UCLA-3, 3–9)")
CHECKIN_UI_CHART_WHO5_LINE = _("{percent} (raw {raw}): below this, talking to someone can help")
CHECKIN_UI_CHART_UCLA3_LINE = _("{total}: from here often read as lonely")
CHECKIN_UI_CHART_NONE_WHO5 = _("No wellbeing check-ins in {year} yet.")
CHECKIN_UI_CHART_NONE_UCLA3 = _("No loneliness check-ins in {year} yet.")
CHECKIN_UI_CHART_WHO5_NAME = _("Wellbeing (WHO-5)")
CHECKIN_UI_CHART_UCLA3_NAME = _("Loneliness (UCLA-3)")
CHECKIN_UI_CHART_OUT_OF = _("{raw} of {most}")
CHECKIN_UI_CHART_BELOW_LINE = _("below 52 (raw 13)")
CHECKIN_UI_CHART_AT_LINE = _("6 or more")
CHECKIN_UI_CHART_COL_KIND = _("Check-in")
CHECKIN_UI_CHART_COL_ANSWERS = _("Answers")
CHECKIN_UI_CHART_COL_SCORE = _("Score")
CHECKIN_UI_CHART_COL_PERCENT = _("Out of 100")
CHECKIN_UI_CHART_COL_READING = _("At the line")
CHECKIN_UI_CHART_CAPTION = _(
    "Your check-ins in {year}: {who5} wellbeing (WHO-5) and {ucla3} loneliness (UCLA-3)."
)


# Backups made by the app, in words the command line shares (diary/backups.py) -------------------
BACKUP_UI_FAILED = _("That did not work: {reason}")
BACKUP_UI_REPLACED = _("Your diary now holds the backup; the old one was kept beside it.")
BACKUP_UI_NOTHING = _("nothing")
BACKUP_UI_REPLACING = _("Replacing your diary with the backup…")
BACKUP_UI_OVERDUE = _("Your last backup was {days} days ago. Settings → Backups can make one now.")
