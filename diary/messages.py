"""User-facing words of the command line and of errors shared by layers, marked for translation.

Every constant is looked up in the current language when it is read (``diary.i18n.words``);
keeping the sentences here means a translator, or a writer checking the tone, reads one file.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

from diary import locale_format
from diary.i18n import N_, NP_, Plural, words

if TYPE_CHECKING:  # the domain's stats stay off the start-up path (the unlock window first)
    from diary.domain.cadence import ReachOut
    from diary.domain.initiative import Initiative


NO_DESKTOP = N_("The desktop app cannot start here ({reason}). The diary commands still work.")
NO_TERMINAL = N_(
    "There is no terminal to ask for the passphrase. Give it with --passphrase-file FILE."
)
PASSPHRASE_PROMPT = N_("Passphrase: ")
NEW_PASSPHRASE_PROMPT = N_("New passphrase: ")
REPEAT_PROMPT = N_("Type it again: ")
PASSPHRASES_DIFFER = N_("The two passphrases differ; nothing was changed.")
PASSPHRASE_FILE_UNREADABLE = N_("Cannot read the passphrase file {path}: {reason}.")
PASSPHRASE_FILE_NOT_TEXT = N_("The passphrase file {path} is not UTF-8 text.")
CREATED = N_("Created your diary in {folder}.")
NO_RECOVERY = N_(
    "Remember your passphrase: without it nobody, not even Hearth, can open this diary."
)
RECOVERY_CODE = N_(
    "Your recovery code (shown only this once):\n\n    {code}\n\n"
    "Write it down or store it somewhere safe and private. Anyone with this code can open your "
    "diary; without it or the passphrase, nobody can."
)
DEMO_CREATED = N_(
    "Created a demo diary in {folder}\n"
    "  {entries} entries and {interactions} interactions over {days} days, "
    "{people} people in {circles} circles.\n"
    "  Passphrase: {passphrase}\n\nThe last week:\n"
)
DEMO_TRY = N_(
    "\nTry:\n"
    "  diary --data-dir {folder} list --month {month}\n"
    "  diary --data-dir {folder} show --date {day}\n"
    '  diary --data-dir {folder} search "{word}"'
)
NOTHING_TO_WRITE = N_("Nothing to write: give --mood, --energy, --feeling, --gratitude or --text.")
SAVED_ENTRY = N_("Saved the entry of {day}.")
EMPTIED_ENTRY = N_("Nothing was left in the entry of {day}, so it was removed.")
LOGGED_CONTACT = N_("Logged: {line}")
MET_NEEDS = N_("Give the contact with --line TEXT, or with --date, --mode and --minutes.")
MET_LINE_ALONE = N_(
    "--line says who, how, how long, how deep, who reached out and the note; give {options} "
    "inside the line instead (--date and --circle can go with it)."
)
MET_ADD_PEOPLE_NEEDS_LINE = N_("--add-people goes with --line.")
MET_UNKNOWN_ONE = N_(
    "{names} is not in your diary yet, so nothing was logged. Add them first with "
    'diary person add "{first}", or log again with --add-people to add them now.'
)
MET_UNKNOWN_MANY = N_(
    "{names} are not in your diary yet, so nothing was logged. Add them first with "
    'diary person add "{first}" (and so on), or log again with --add-people to add them now.'
)
ADDED_PERSON = N_("Added {name} to your diary.")
NO_PEOPLE = N_("No people yet. Add someone with: diary person add NAME")
NO_MATCHES = N_("No day mentions “{text}”.")
PASSPHRASE_CHANGED = N_("Passphrase changed. The old one no longer opens this diary.")
RECOVERY_PROMPT = N_("Recovery code: ")
RECOVERED = N_(
    "Your diary is open again with its new passphrase. The recovery code still works; keep it safe."
)
HEALTHY = N_(
    "Your diary is healthy: {entries} entries, {interactions} interactions, {people} people."
)
DAMAGED_REPORT = N_("Your diary has problems:\n{problems}\nRestore it from a backup.")
BAD_DATE = N_("“{value}” is not a date; write it as YYYY-MM-DD, for example 2026-11-21.")
BAD_MONTH = N_("“{value}” is not a month; write it as YYYY-MM, for example 2026-11.")
CANNOT_READ = N_("Cannot read {what}: {reason}.")
INTERRUPTED = N_("Stopped. Nothing was half-written.")
INTERNAL_ERROR = N_(
    "Something went wrong inside Hearth ({kind}). Your diary was not changed by it; "
    "please report this."
)

# The desktop app as a whole (diary/app.py) -------------------------------------------------------
SERVE_FAILED = N_("diary commands cannot use the open app: {reason}")
SERVED_APP_STOPPED = N_(
    "Hearth closed before it answered, so this may or may not have been saved. "
    "Look with diary show, then try again."
)
ALREADY_RUNNING = N_("Hearth is already open; it has been brought to the front.")
DEMO_HINT = N_("This is the demo diary. Its passphrase is: demo")
PREPARING_DEMO = N_("Preparing a demo diary with a year of sample days…")

# Dates in words (the pages and the command line): the locale writes the days themselves
# (diary.locale_format); a run of days in a sentence joins two of them.
# Translators: a run of days in a sentence, e.g. "27 Nov to 3 Dec".
DAY_SPAN = N_("{start} to {end}")


def plural(count: int, forms: Plural) -> str:
    """The form of ``forms`` for ``count`` in the current language, ``{n}`` filled in: "3 days"."""
    return forms(count)


def long_day(day: dt.date) -> str:
    """A date in words, for a heading: "Saturday 21 November 2026" (German "Samstag, 21. …")."""
    return locale_format.long_day(day)


def short_day(day: dt.date, *, year: bool = False) -> str:
    """A date in a sentence: "27 Nov" ("27. Nov."), or "27 Nov 2026" with ``year``."""
    return locale_format.short_day(day, year=year)


def spanned(
    sentence: dict[str, str], span: tuple[dt.date, dt.date] | None, **fields: object
) -> str:
    """A sentence that names the first and last logged day when there is one.

    Two whole sentences, not a fragment glued in, so each language orders its own; the days stay
    ISO dates, as the command line takes them.
    """
    if span is None:
        return sentence["none"].format(**fields)
    return sentence["span"].format(first=span[0].isoformat(), last=span[1].isoformat(), **fields)


def moment(when: dt.datetime | None) -> str:
    """A moment in the computer's local time: "Saturday 21 November 2026, 14:05"; None: "not known".

    An aware ``when`` (a UTC stamp) is moved to the local time zone; a naive one is taken as
    local already.
    """
    if when is None:
        return str(_here.BACKUP_MOMENT_UNKNOWN)
    local = when.astimezone() if when.tzinfo is not None else when
    return str(_here.BACKUP_MOMENT).format(
        day=locale_format.long_day(local.date()), time=f"{local:%H:%M}"
    )


def day_span(start: dt.date, end: dt.date, *, today: dt.date | None = None) -> str:
    """A run of days in a sentence: "27 Nov" (one day) or "27 Nov to 3 Dec".

    Years are added when the run crosses one, or is not of ``today``'s year: "28 Dec 2025 to 3
    Jan 2026".
    """
    year = start.year != end.year or (today is not None and end.year != today.year)
    if start == end:
        return short_day(start, year=year)
    return _here.DAY_SPAN.format(start=short_day(start, year=year), end=short_day(end, year=year))


# Insights summary in plain words (diary/formats/summary.py) --------------------------------------
SUMMARY_NOTHING_LOGGED = N_(
    "Nothing is logged in this period yet. Days you write about will show up here."
)
SUMMARY_DAYS = NP_("{n} day", "{n} days")
SUMMARY_LOGGED = N_("You logged {logged} of {days}.")
SUMMARY_LOGGED_ALL = N_("You logged every one of {days}.")
SUMMARY_UNLOGGED = NP_(
    "The {n} unlogged day is left out: it counts neither as lonely nor as connected.",
    "The {n} unlogged days are left out: they count neither as lonely nor as connected.",
)
SUMMARY_CONTACT = N_("You had meaningful contact on {meaningful}; {isolated}.")
SUMMARY_ISOLATED = NP_("{n} day was isolated", "{n} days were isolated")
SUMMARY_NONE_ISOLATED = N_("no day was isolated")
SUMMARY_DIGITAL_SOME = N_("{isolated}, {digital} of them with only texts or social media")
SUMMARY_DIGITAL_ALL = NP_(
    "{isolated}, with only texts or social media",
    "{isolated}, all of them with only texts or social media",
)
SUMMARY_LONGEST = N_("Your longest isolation streak was {length} ({span}).")
SUMMARY_CURRENT = N_("The period ends with {length} isolated days in a row.")
SUMMARY_NOT_ENOUGH = N_("Not enough data yet to compare moods: {have} with a mood, {need} needed.")
SUMMARY_GAP = {
    "higher": N_(
        "On days with meaningful contact your mood averaged {mean}, {difference} higher than on "
        "isolated days (n = {n_with} vs {n_isolated})."
    ),
    "lower": N_(
        "On days with meaningful contact your mood averaged {mean}, {difference} lower than on "
        "isolated days (n = {n_with} vs {n_isolated})."
    ),
    "same": N_(
        "On days with meaningful contact your mood averaged {mean}, the same as on isolated days "
        "(n = {n_with} vs {n_isolated})."
    ),
}
SUMMARY_IN_PERSON = {
    "higher": N_(
        "On days with in-person contact your mood averaged {mean}, {difference} higher than on "
        "days with no contact at all (n = {n_with} vs {n_without})."
    ),
    "lower": N_(
        "On days with in-person contact your mood averaged {mean}, {difference} lower than on "
        "days with no contact at all (n = {n_with} vs {n_without})."
    ),
    "same": N_(
        "On days with in-person contact your mood averaged {mean}, the same as on days with no "
        "contact at all (n = {n_with} vs {n_without})."
    ),
}
SUMMARY_RHO = N_("ρ = {rho}, 95% interval {low} to {high}, n = {n}")
SUMMARY_KINDS = N_(
    "On days {best} your mood averaged {best_mean} (n = {best_n}); on days {other}, "
    "{other_mean} (n = {other_n})."
)
SUMMARY_LINK = N_("Mood and meaningful minutes {strength} ({numbers}).")
SUMMARY_LAG = N_("A day's contact and the next day's mood {strength} ({numbers}).")
SUMMARY_LINK_NONE = N_("hardly moved together")
SUMMARY_LINK_WEAK = N_("moved together a little")
SUMMARY_LINK_MODERATE = N_("moved together moderately")
SUMMARY_LINK_STRONG = N_("moved together strongly")
SUMMARY_LINK_OPPOSITE = N_("{strength}, in opposite directions")
SUMMARY_GRATITUDE = N_("You noted {notes} you are grateful for, on {days}.")
SUMMARY_NOTES = NP_("{n} thing", "{n} things")
SUMMARY_NOT_CAUSE = N_("These numbers show which days went together, not what caused what.")
# The lead sentence of each panel, for a period named {period} ("November 2026", "2026").
LEAD_NOTHING_LOGGED = N_("Nothing is logged in {period} yet: days you write about will show here.")
LEAD_NOT_ENOUGH = N_(
    "Not enough data yet to read your moods in {period}: {have} with a mood, {need} needed."
)
LEAD_GAP_BETTER = N_("You felt better on days with meaningful contact in {period}.")
LEAD_GAP_WORSE = N_("In {period} your mood was lower on days with meaningful contact.")
LEAD_GAP_SAME = N_("In {period} your mood was about the same with and without meaningful contact.")
LEAD_ALL_CONNECTED = N_("Every logged day of {period} had meaningful contact.")
LEAD_NONE_CONNECTED = N_("No day of {period} had meaningful contact logged.")
LEAD_FEW_ISOLATED = NP_(
    "In {period} only {n} logged day had no meaningful contact: too few to compare moods.",
    "In {period} only {n} logged days had no meaningful contact: too few to compare moods.",
)
LEAD_FEW_CONNECTED = NP_(
    "In {period} only {n} day had meaningful contact: too few to compare moods.",
    "In {period} only {n} days had meaningful contact: too few to compare moods.",
)
LEAD_LINK_UP = N_("In {period}, on days with more time with people your mood tended to be higher.")
LEAD_LINK_UP_LITTLE = N_(
    "In {period}, on days with more time with people your mood tended to be a little higher."
)
LEAD_LINK_DOWN = N_("In {period}, on days with more time with people your mood tended to be lower.")
LEAD_LINK_NONE = N_("In {period}, your mood and your time with people hardly moved together.")
LEAD_LINK_FLAT = N_(
    "In {period} your mood or your time with people stayed the same, so there is nothing "
    "to compare."
)
LEAD_CHANCE = N_("{sentence} With this few days it may be chance.")
LEAD_STREAK = N_(
    "Your longest stretch without meaningful contact in {period} was {length}, {span}."
)
LEAD_KIND_BETTER = N_("You felt better on days you {kind} than on days {other}.")
LEAD_KIND_SAME = N_("Your mood was about the same on days you {kind} and on days {other}.")
LEAD_KIND_ONLY = N_(
    "In {period} most days with a mood were days you {kind}; too few others to compare."
)
LEAD_KIND_VERBS = {
    "in-person": N_("saw people in person"),
    "call-or-video": N_("called or video-called someone"),
    "digital-only": N_("only texted or used social media"),
}
LEAD_KIND_OTHERS = {
    "in-person": N_("you saw people in person"),
    "call-or-video": N_("with calls or video"),
    "digital-only": N_("with only texts or social media"),
    "none": N_("without any contact"),
}
LEAD_MOODS = N_("In {period} your mood averaged {mean} of 9; {month} was your brightest month.")
LEAD_MOODS_ONE = N_("In {period} your mood averaged {mean} of 9.")
LEAD_NO_CHECKINS = N_("No check-ins in {period} yet.")
LEAD_WHO5 = N_("Your latest wellbeing check-in, on {day}, scored {percent} of 100.")
LEAD_UCLA3 = N_("Your latest loneliness check-in, on {day}, scored {total} of 9.")
# Translators: {best} and {lowest} are days of the week ("Saturday", "Montag", "sábado").
LEAD_WEEK = N_("In {period}, {best} was your brightest day of the week and {lowest} your lowest.")
LEAD_WEEK_FLAT = N_("In {period} your mood was much the same on every day of the week.")
LEAD_WEEK_FEW = N_(
    "Not enough days in {period} yet to compare the days of the week: each needs {need} days "
    "with a mood."
)
# Translators: {weekday} is a day of the week ("Sunday", "Sonntag", "domingo").
SUMMARY_WEEK_SOCIAL = N_(
    "Meaningful contact came most often on {weekday}: on {count} of {days} logged days."
)
DETAILS_RHO = N_(
    "ρ (rho) runs from −1 to 1: near 0 mood and time with people did not rise and fall together, "
    "near 1 they rose together, below 0 one rose as the other fell. The 95% interval is the "
    "range the true value probably lies in: the more days (n), the narrower it is. The mood gap "
    "compares the average mood of two kinds of day, with how many days each rests on."
)

# Charts (diary.charts: titles, axes, legends, captions and data tables) -------------------------
CHART_BAD_FORMAT = N_("Hearth cannot save a chart as “{name}”: use a name ending in {formats}.")
CHART_ONE_DAY = N_("{n} day")
CHART_N_DAYS = N_("{n} days")
CHART_NO_VALUE = N_("–")
CHART_NAME_MONTH = N_("Mood and meaningful contact")
CHART_NAME_SCATTER = N_("Mood against time with people")
CHART_NAME_STREAKS = N_("Isolation streaks")
CHART_NAME_KINDS = N_("Mood by kind of contact")
CHART_NAME_PIXELS = N_("Year in pixels")
CHART_TITLE_MONTH = N_("Mood and meaningful contact, {period}")
CHART_TITLE_SCATTER = N_("Mood against time with people, {period}")
CHART_TITLE_STREAKS = N_("Days with and without meaningful contact, {year}")
CHART_TITLE_KINDS = N_("Mood by kind of contact, {period}")
CHART_TITLE_PIXELS = N_("Your {year} in moods")
CHART_MOOD_AXIS = N_("Mood (1 low, 9 high)")
CHART_MINUTES_AXIS = N_("Meaningful minutes with people")
CHART_MINUTES_AXIS_SHORT = N_("Minutes with people")
CHART_DAY_OF_MONTH = N_("Day of the month")
CHART_MOOD_LEGEND = N_("mood")
CHART_MEANINGFUL_LEGEND = N_("meaningful contact")
CHART_ISOLATED_LEGEND = N_("no meaningful contact")
CHART_UNLOGGED_LEGEND = N_("not logged")
CHART_RUN_LEGEND = N_("run of days without")
CHART_LONGEST_LEGEND = N_("longest run")
CHART_NO_MOOD_LEGEND = N_("no mood written")
CHART_MOOD_LOW = N_("low")
CHART_MOOD_NEUTRAL = N_("neutral")
CHART_MOOD_HIGH = N_("high")
CHART_NOTHING_LOGGED = N_("Nothing logged in {period} yet.")
CHART_RHO = N_("ρ = {rho} (95% CI {low} to {high}), n = {n}")
CHART_NOT_ENOUGH = N_("Not enough data yet — {count} of {needed} days with a mood")
CHART_SCATTER_CAPTION = N_(
    "Each dot is a day. ρ is Spearman's rank correlation: it shows how mood and time with "
    "people moved together, not what caused what."
)
CHART_N_EQUALS = N_("n = {n}")
CHART_NO_DAYS = N_("no days")
CHART_LONGEST = N_("Longest run without meaningful contact: {days}, {span}.")
CHART_CURRENT = N_("Current run: {days}, since {since}.")
CHART_NO_CURRENT = N_("No run going on right now.")
CHART_NO_ISOLATED = N_("Every logged day of {year} had meaningful contact.")
CHART_DAY_ISOLATED = N_("no meaningful contact")
CHART_DAY_MEANINGFUL = N_("meaningful contact")
CHART_DAY_UNLOGGED = N_("not logged")
CHART_NO_MOOD = N_("no mood")
CHART_COL_DATE = N_("Date")
CHART_COL_MOOD = N_("Mood")
CHART_COL_MODE_MINUTES = N_("Minutes {mode}")
CHART_COL_MEANINGFUL_MINUTES = N_("Meaningful minutes")
CHART_COL_DAY = N_("Day")
CHART_COL_FIRST_DAY = N_("First day")
CHART_COL_LAST_DAY = N_("Last day")
CHART_COL_DAYS = N_("Days")
CHART_COL_KIND = N_("Kind of contact")
CHART_COL_MEAN_MOOD = N_("Mean mood")
CHART_COL_LOWEST = N_("Lowest mood")
CHART_COL_HIGHEST = N_("Highest mood")
CHART_MONTH_CAPTION = N_("Each day of {period}: mood, meaningful minutes by way of contact.")
CHART_KINDS_CAPTION = N_("Days with a mood, grouped by the closest kind of contact that day.")
CHART_PIXELS_CAPTION = N_("The mood of each day of {year}.")
CHART_NAME_WEEK = N_("Your week")
CHART_TITLE_WEEK = N_("Your week in {year}: mood and meaningful contact by day of the week")
CHART_WEEK_SHARE_AXIS = N_("Days with meaningful contact")
CHART_WEEK_OF = N_("{count} of {days}")
CHART_WEEK_TOO_FEW = N_("too few days")
CHART_WEEK_CAPTION = N_(
    "Each day of the week of {year}: its days with a mood and their mean, and how many of its "
    "logged days had meaningful contact."
)
CHART_COL_WEEKDAY = N_("Day of the week")
CHART_COL_MOOD_DAYS = N_("Days with a mood")
CHART_COL_LOGGED_DAYS = N_("Logged days")
CHART_COL_MEANINGFUL_DAYS = N_("Days with meaningful contact")

# Backup (diary backup export / verify / restore; diary/cli.py) -----------------------------------
SIZE_BYTES = NP_("{n} byte", "{n} bytes")
# Translators: a file's size; French writes "{value} ko", "{value} Mo", "{value} Go".
SIZE_UNITS = {"kB": N_("{value} kB"), "MB": N_("{value} MB"), "GB": N_("{value} GB")}
BACKUP_PASSPHRASE_PROMPT = N_("Backup passphrase: ")
BACKUP_COUNTS = N_(
    "{entries} entries, {interactions} interactions, {people} people, {circles} circles and "
    "{checkins} check-ins"
)
BACKUP_EXPORTED = {
    "span": N_("Backed up {counts}, from {first} to {last}, to {path} ({size})."),
    "none": N_("Backed up {counts} to {path} ({size})."),
}
BACKUP_DIARY_KEY = N_(
    "It opens with your diary's passphrase. Keep a copy somewhere other than this computer."
)
BACKUP_OWN_KEY = N_(
    "It opens with the backup passphrase you gave, not with the diary's. Keep a copy somewhere "
    "other than this computer."
)
BACKUP_EMPTY_PASSPHRASE = N_("Choose a passphrase; an empty one would not protect anything.")
BACKUP_TARGET_IS_FOLDER = N_(
    "{path} is a folder. Give the backup a file name, for example {path}/diary.hearth-backup"
)
BACKUP_NO_FOLDER = N_("The folder {folder} does not exist; create it or choose another place.")
BACKUP_WRITE_FAILED = N_(
    "Could not write the backup {path}: {reason}. No backup file was left behind and your "
    "diary is unchanged."
)
BACKUP_CANNOT_READ = N_("Cannot read the backup {path}: {reason}.")
BACKUP_VERIFIED = {
    "span": N_("The backup is complete and intact: {counts}, from {first} to {last}."),
    "none": N_("The backup is complete and intact: {counts}."),
}
BACKUP_VERIFIED_DETAILS = N_("Made {exported_at} by Hearth {app_version}; {size}.")
# Translators: {size} is the photos' size with its unit, as "48.2 MB".
BACKUP_PHOTOS = NP_("With {n} photo ({size}).", "With {n} photos ({size}).")
# Translators: {added} and {skipped} are numbers of photos.
BACKUP_PHOTOS_MERGED = N_("Photos: {added} added, {skipped} already in your diary.")
BACKUP_DIARY_EXISTS = N_(
    "There is already a diary in {folder}, so nothing was restored. Add --merge to add what "
    "the backup has and the diary lacks, or --replace to put the backup in its place."
)
BACKUP_STRAY_DATABASE = N_(
    "{path} exists without its key file, so nothing was restored. Move it away (or restore its "
    "key file) first."
)
BACKUP_RESTORED_NEW = {
    "span": N_(
        "Restored the backup into a new diary in {folder}: {counts}, from {first} to {last}."
    ),
    "none": N_("Restored the backup into a new diary in {folder}: {counts}."),
}
BACKUP_NEW_PASSPHRASE = N_(
    "The diary opens with the passphrase you just chose. Remember it: without it nobody, not "
    "even Hearth, can open this diary."
)
BACKUP_REPLACED = {
    "span": N_("Replaced the diary in {folder} with the backup: {counts}, from {first} to {last}."),
    "none": N_("Replaced the diary in {folder} with the backup: {counts}."),
}
BACKUP_KEPT_OLD = N_(
    "Your previous diary was kept in {old} (its passphrase is unchanged). Delete that folder "
    "once you are happy with the restored diary."
)
BACKUP_MERGED = N_(
    "Merged the backup into your diary.\n"
    "  Added: {added}.\n"
    "  Already in your diary, so skipped: {skipped}."
)
# Before ``backup restore --replace`` of an older backup, another diary's, or one of unknown age;
# {backup} and {diary} are moments (BACKUP_MOMENT) or BACKUP_MOMENT_UNKNOWN.
BACKUP_OLDER = N_(
    "This backup is older than your diary in {folder}, so replacing the diary with it would lose "
    "what changed since. Newest change in the backup: {backup}; in your diary: {diary}."
)
BACKUP_OTHER_DIARY = N_(
    "This backup is of another diary, not of the one in {folder}. Newest change in the backup: "
    "{backup}; in your diary: {diary}."
)
BACKUP_UNKNOWN_AGE = N_(
    "This backup was made by an older Hearth, which did not record how far the diary had got, "
    "so its age cannot be compared with your diary's in {folder}. Newest change in your diary: "
    "{diary}."
)
BACKUP_CONFIRM_WITH_YES = N_(
    "Nothing was changed. To replace your diary with the backup all the same, run the command "
    "again with --yes."
)
# Translators: a moment in local time: {day} is a long date ("Saturday 21 November 2026"),
# {time} the hour and minute ("14:05").
BACKUP_MOMENT = N_("{day}, {time}")
BACKUP_MOMENT_UNKNOWN = N_("not known")
# Charts (more) -----------------------------------------------------------------------------------
CHART_TIMES = N_("×{n}")
CHART_MEAN = N_("mean {mean}")
# Charts (scatter when rho is undefined) ---------------------------------------------------------
CHART_NO_LINK = N_(
    "No link to show: over these {count} days your mood or your time with people never changed"
)

# Report (diary/charts/report.py) and the insight commands (diary/commands/insights.py) -----------
REPORT_TITLE = N_("Hearth — mood and connection")
REPORT_PERIOD = N_("{first} to {last}")
REPORT_NUMBERS = N_("The numbers:")
REPORT_PRIVATE_NOTE = N_(
    "Made by Hearth on your own computer. What you wrote is left out unless you asked for it."
)
REPORT_MOOD_AND_CONTACT = N_("Mood and contact, {period}")
REPORT_YEAR = N_("Isolation streaks and moods of {year}")
REPORT_WEEK = N_("Your week, {period}")
REPORT_WRITING = N_("What you wrote")
REPORT_MOOD = N_("Mood {mood} of 9")
REPORT_FEELINGS = N_("Feelings: {words}")
REPORT_GRATEFUL = N_("Grateful for: {text}")
REPORT_CONTACT = N_("{mode}, {minutes} min with {people}")
REPORT_SOMEONE = N_("someone")
# The report of the days with a tag, and its check-in pages (diary/charts/report_checkins.py)
# Translators: {tag} is a tag with its "#", as in "#work"; {first} and {last} are dates.
REPORT_TAG_SCOPE = NP_(
    "Only the {n} day tagged {tag} from {first} to {last} is counted here; other days count as "
    "not logged.",
    "Only the {n} days tagged {tag} from {first} to {last} are counted here; other days count as "
    "not logged.",
)
REPORT_CHECKINS = N_("Check-ins, {period}")
REPORT_CHECKINS_SCOPE = N_(
    "Every check-in of the period is shown, also on days without the tag: the WHO-5 asks about "
    "the last two weeks and the UCLA-3 about how you usually feel, not about one day."
)
REPORT_CHECKINS_ALL = N_(
    "Every check-in of the period is shown: the WHO-5 asks about the last two weeks and the "
    "UCLA-3 about how you usually feel."
)
REPORT_SCORING_WHO5 = N_(
    "WHO-5 Well-Being Index: five answers of 0 to 5 make a raw score of 0 to 25; times 4 it is "
    "0 to 100, higher meaning better wellbeing. A raw score below {raw} (a percentage of "
    "{percent} or less, under the line at {line}) is read as poor wellbeing and, in clinical use, "
    "as a reason to screen for depression; {likely} or less (raw {likely_raw} or less) is "
    "commonly read as likely depression."
)
REPORT_SCORING_UCLA3 = N_(
    "Three-Item Loneliness Scale (UCLA-3): three answers of 1 to 3 make a total of 3 to 9, "
    "higher meaning lonelier; {total} or more is commonly read as lonely."
)
REPORT_SCORING_NOTE = N_(
    "These are screening readings, not diagnoses (WHO-5: WHO Collaborating Centre in Mental "
    "Health, 1998; Topp et al., 2015. UCLA-3: Hughes et al., 2004)."
)
INSIGHT_PERIOD_CONFLICT = N_("Give either --month or --from and --to, not both.")
INSIGHT_PERIOD_HALF = N_("Give both --from and --to.")
INSIGHT_PERIOD_BACKWARDS = N_("The period ends ({last}) before it starts ({first}).")
INSIGHT_UNKNOWN_PANEL = N_("There is no chart called “{name}”. Choose one of: {names}.")
CHART_WRITTEN = N_("Wrote the chart “{title}” of {period} to {path}.")
REPORT_WRITTEN = N_("Wrote the report of {first} to {last} to {path}.")
REPORT_WITH_TEXT = N_(
    "It includes what you wrote, and it is not encrypted: keep it somewhere private."
)
REPORT_NOT_PDF = N_("A report is a PDF: give a file name ending in .pdf, not “{name}”.")
# Translators: {tag} is a tag with its "#", as in "#work".
REPORT_NO_TAGGED_DAYS = N_(
    "No day from {first} to {last} is tagged {tag}: there is nothing to report."
)
# Translators: {tags} are tags with their "#", as in "#work #family".
CLI_NOTHING_TAGGED = N_("No logged day has the tags {tags}.")
REPORT_NO_TAG = N_("No day is tagged {tag} yet: there is nothing to report.")
# Translators: {tag} is a tag with its "#", as in "#work"; {first} and {last} are dates.
REPORT_WRITTEN_TAG = NP_(
    "Wrote the report of the {n} day tagged {tag}, {first} to {last}, to {path}.",
    "Wrote the report of the {n} days tagged {tag}, {first} to {last}, to {path}.",
)


# People, reach out, check-ins (diary/commands/people.py; the People page may use them too) -----
PEOPLE_CONTACTS = NP_("{n} contact", "{n} contacts")
PEOPLE_NOTES = NP_("{n} gratitude note", "{n} gratitude notes")
PEOPLE_MERGED = N_(
    "{other} and {keep} are now one person, {keep}: every contact, gratitude note and circle "
    "of {other} moved over."
)
PEOPLE_DELETE_HOW = N_(
    "Nothing was deleted yet: say what should happen to your contacts with {name}. "
    "--keep-interactions keeps every contact, just without the name; --delete-interactions "
    "also deletes the contacts that were only with {name} (contacts shared with others stay "
    "and lose just the name). Gratitude notes stay either way."
)
PEOPLE_DELETED_KEEPING = N_(
    "Removed {name} from your diary. {kept} stayed, without the name; {notes} stayed, no "
    "longer linked to them."
)
PEOPLE_DELETED = N_(
    "Removed {name} from your diary. Deleted {deleted} that only had them; {kept} shared with "
    "others stayed, without the name; {notes} stayed, no longer linked to them."
)
# Who reaches out, counted over the last contacts where the diarist noted it: {n} of them.
INITIATIVE_ME_ONE = N_("You started your last contact with {name}.")
INITIATIVE_THEM_ONE = N_("{name} started your last contact.")
INITIATIVE_BOTH_ONE = N_("You and {name} reached out together for your last contact.")
# Two or more contacts from here on ({n} ≥ 2).
INITIATIVE_ME = NP_(
    "You started {me} of your last {n} contact with {name}.",
    "You started {me} of your last {n} contacts with {name}.",
)
INITIATIVE_ME_ALL = NP_(
    "You started each of your last {n} contact with {name}.",
    "You started each of your last {n} contacts with {name}.",
)
INITIATIVE_THEM = NP_(
    "{name} started {them} of your last {n} contact.",
    "{name} started {them} of your last {n} contacts.",
)
INITIATIVE_THEM_ALL = NP_(
    "{name} started each of your last {n} contact.",
    "{name} started each of your last {n} contacts.",
)
INITIATIVE_TURNS = NP_(
    "Of your last {n} contact with {name}, you started {me}, {name} started {them} and {both} "
    "came about together.",
    "Of your last {n} contacts with {name}, you started {me}, {name} started {them} and {both} "
    "came about together.",
)
CIRCLE_INITIATIVE = NP_(
    "Of the last {n} contact in {name}, you started {me}, others started {them} and {both} came "
    "about together.",
    "Of the last {n} contacts in {name}, you started {me}, others started {them} and {both} came "
    "about together.",
)
PERSON_CONTACTS = NP_(
    "{n} contact ({meaningful} meaningful), the last on {date}.",
    "{n} contacts ({meaningful} meaningful), the last on {date}.",
)
PERSON_NO_CONTACTS = N_("No contacts with {name} in your diary yet.")
REACH_NOBODY = N_("Nobody on your reach-out list today.")
REACH_HEADING = N_("You hoped to be in touch:")
REACH_HEADING_HIDDEN = N_("Set aside for now:")
REACH_EVERY = NP_("every day", "every {n} days")
REACH_WHILE_PERSON = N_("It has been a while since you saw {name} — you hoped for {every}")
REACH_WHILE_CIRCLE = N_("It has been a while since you took part in {name} — you hoped for {every}")
REACH_WHILE = N_("It has been a while since you saw {name}")
REACH_NOTHING_YET_PERSON = N_(
    "There is no time with {name} in your diary yet — you hoped for {every}"
)
REACH_NOTHING_YET_CIRCLE = N_(
    "You have not taken part in {name} in your diary yet — you hoped for {every}"
)
REACH_NOTHING_YET = N_("There is no time with {name} in your diary yet")
REACH_SNOOZED_UNTIL = N_("snoozed until {date}")
REACH_DISMISSED = N_("dismissed until you next meet")
AGO_TODAY = N_("today")
AGO_YESTERDAY = N_("yesterday")
AGO_DAYS = NP_("{n} day ago", "{n} days ago")
AGO_WEEKS = NP_("{n} week ago", "{n} weeks ago")
AGO_MONTHS = NP_("{n} month ago", "{n} months ago")
AGO_YEARS = NP_("a year ago", "{n} years ago")
LAST_TOGETHER = N_("Last together {ago}, on {date}")
LAST_TOOK_PART = N_("Last took part {ago}, on {date}")


def hoped_every(days: int) -> str:
    """A cadence in a sentence: "every day", "every 10 days"."""
    return plural(days, _here.REACH_EVERY)


def ago(days: int) -> str:
    """How long ago, calmly and roughly: "today", "3 weeks ago", "4 months ago".

    Days up to 13, then whole weeks up to two months, then months up to a year, then years.
    """
    if days <= 0:
        return _here.AGO_TODAY
    if days == 1:
        return _here.AGO_YESTERDAY
    if days < 14:
        return plural(days, _here.AGO_DAYS)
    if days < 61:
        return plural(days // 7, _here.AGO_WEEKS)
    if days < 365:
        return plural(min(11, max(2, round(days / 30.44))), _here.AGO_MONTHS)
    return plural(days // 365, _here.AGO_YEARS)


def last_together(last: dt.date, today: dt.date, *, circle: bool = False) -> str:
    """When a person was last seen (or a circle last taken part in), in words.

    "Last together 3 weeks ago, on 12 Nov" (the year is added when it is not ``today``'s).
    """
    words = _here.LAST_TOOK_PART if circle else _here.LAST_TOGETHER
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
        words = _here.REACH_NOTHING_YET if item.reason is Reason.NOT_YET else _here.REACH_WHILE
        return words.format(name=item.name)
    if item.reason is Reason.NOT_YET:
        words = _here.REACH_NOTHING_YET_CIRCLE if circle else _here.REACH_NOTHING_YET_PERSON
    else:
        words = _here.REACH_WHILE_CIRCLE if circle else _here.REACH_WHILE_PERSON
    return words.format(name=item.name, every=hoped_every(item.cadence_days))


def initiative_sentence(name: str, counts: Initiative) -> str | None:
    """Who started the last contacts with ``name``, warmly; None when none says so.

    "You started 9 of your last 10 contacts with Sam": counts, never a score or a verdict.
    """
    if not counts.counted:
        return None
    if counts.counted == 1:
        one = (
            _here.INITIATIVE_ME_ONE
            if counts.me
            else _here.INITIATIVE_THEM_ONE
            if counts.them
            else _here.INITIATIVE_BOTH_ONE
        )
        return one.format(name=name)
    if counts.mostly_me:
        every = counts.me == counts.counted
        forms = _here.INITIATIVE_ME_ALL if every else _here.INITIATIVE_ME
    elif counts.mostly_them:
        every = counts.them == counts.counted
        forms = _here.INITIATIVE_THEM_ALL if every else _here.INITIATIVE_THEM
    else:
        forms = _here.INITIATIVE_TURNS
    return forms(counts.counted, name=name, me=counts.me, them=counts.them, both=counts.both)


def circle_initiative_sentence(name: str, counts: Initiative) -> str | None:
    """Who started a circle's last contacts that say so, as counts; None when none does."""
    if not counts.counted:
        return None
    return _here.CIRCLE_INITIATIVE(
        counts.counted, name=name, me=counts.me, them=counts.them, both=counts.both
    )


CHECKIN_BAD_ANSWERS = N_(
    "Give --answers as {count} whole numbers from {low} to {high}, separated by commas, for "
    "example {example}."
)
CHECKIN_WHO5_SCORE = N_(
    "Saved your wellbeing check-in of {day}: {raw} out of 25, or {percent} out of 100."
)
CHECKIN_UCLA3_SCORE = N_(
    "Saved your loneliness check-in of {day}: {raw} on a scale from 3 (hardly ever lonely) to 9."
)
CHECKIN_THANKS = N_("Thank you for taking a moment to check in with yourself.")
CHECKIN_WHO5_LOW = N_(
    "Thank you for checking in. Your answers suggest the last two weeks have been heavy going. "
    "You don't have to carry that alone: talking with someone you trust, or with your doctor "
    "or another professional, can really help."
)
CHECKIN_UCLA3_LONELY = N_(
    "Thank you for checking in. Your answers suggest you have been feeling lonely lately. "
    "Many people do, and it can change: a message or a call to one person you trust is a "
    "good first step, and a professional can help too."
)
PEOPLE_NO_CONTACTS = N_("no contacts")
PEOPLE_NO_NOTES = N_("no gratitude notes")

# Import and export (diary/commands/transfer.py, diary/formats/importers/, export_*.py) -----------
IMPORT_KIND_WORDS = {
    "entries": NP_("{n} entry", "{n} entries"),
    "interactions": NP_("{n} contact", "{n} contacts"),
    "people": NP_("{n} person", "{n} people"),
    "circles": NP_("{n} circle", "{n} circles"),
    "checkins": NP_("{n} check-in", "{n} check-ins"),
}
IMPORT_NOTHING = N_("nothing")
IMPORT_CANNOT_READ = N_("Cannot read {path}: {reason}.")
IMPORT_BAD_MAP = N_(
    "--map {value}: write it as LABEL=N with N from 1 (very unpleasant) to 9 (very pleasant), "
    'for example --map "super=8".'
)
IMPORT_BAD_MAP_VALUE = N_(
    "The mood of “{label}” must be a whole number from 1 to 9, not {value!r}. Nothing was imported."
)
IMPORT_MAP_ONLY_DAYLIO = N_(
    "--map gives Daylio's mood labels a place on Hearth's scale; {label} has no mood labels."
)
IMPORT_LOOKS_LIKE = N_(" It looks like {label}: try diary import {name} FILE")
IMPORT_READ = {
    "span": N_("Read {path} ({label}): {counts}, from {first} to {last}."),
    "none": N_("Read {path} ({label}): {counts}."),
}
IMPORT_NOT_USED = N_("Could not use {count} part(s) of the file:")
IMPORT_MORE_NOT_USED = N_("  … and {count} more.")
IMPORT_WOULD_ADD = N_("Would add: {counts}.")
IMPORT_ADDED = N_("Added: {counts}.")
IMPORT_ALREADY = N_("Already in your diary, so skipped: {counts}.")
IMPORT_KEPT_DAYS = N_(
    "On {count} of those days your diary already had an entry of its own, which was kept as "
    "it is: {days}."
)
IMPORT_DRY_RUN = N_(
    "Dry run: nothing was changed. Run the same command without --dry-run to import."
)
IMPORT_NOTHING_NEW = N_("Nothing new to add; your diary was not changed.")
IMPORT_NOT_TEXT = N_("This file is not UTF-8 text, so it is not {what}. Nothing was imported.")
IMPORT_NOT_JSON = N_(
    "This file is not {what}: it is not valid JSON ({reason}). Nothing was imported."
)
IMPORT_MORE_NOTES = N_("… and {count} more like these.")
IMPORT_DAY_REFUSED = N_("{day}: not imported ({reason})")
IMPORT_DAY_EMPTY = N_("{day}: nothing to import (no mood and no text).")
IMPORT_BAD_ENTRY = N_("entry {where}: not an entry Hearth can read, so it was skipped.")
IMPORT_NO_DATE = N_("entry {where}: no date Hearth can read, so it was skipped.")
IMPORT_TAGS_LINE = N_("Tags: {tags}")
# Translators: the tag a starred Day One or jrnl entry gets; one word, no spaces or "#".
IMPORT_STARRED_TAG = N_("starred")
IMPORT_ACTIVITIES_LINE = N_("Activities: {activities}")
IMPORT_BAD_CSV = N_(
    "This file is not a CSV file Hearth can read (line {line}: {reason}). Nothing was imported."
)
IMPORT_NOT_DAYLIO = N_(
    "This is not a Daylio CSV export: its first line should name the columns, like "
    "full_date,date,weekday,time,mood,activities,note_title,note. Nothing was imported."
)
IMPORT_BAD_ROW_DATE = N_("line {line}: “{value}” is not a date Hearth can read, so it was skipped.")
IMPORT_UNKNOWN_MOODS = N_(
    "Hearth does not know the Daylio mood {labels}. Say where each one falls from 1 (very "
    'unpleasant) to 9 (very pleasant) with --map, for example --map "{example}=6". Nothing '
    "was imported."
)
IMPORT_BAD_ZIP = N_("This zip file cannot be read ({reason}). Nothing was imported.")
IMPORT_TOO_BIG_WHOLE = N_(
    "This file is larger than {what} can be ({limit} MB), so Hearth did not read it. "
    "Nothing was imported."
)
IMPORT_ZIP_TOO_BIG = N_("{name} in the zip is too large to be a journal. Nothing was imported.")
IMPORT_ZIP_TOO_BIG_TOGETHER = N_(
    "The journals in this zip are together too large for a diary's text ({name} goes beyond "
    "it). Nothing was imported."
)
IMPORT_ZIP_NO_JOURNAL = N_(
    "This zip file holds no .json journal, so it is not a Day One export. Nothing was imported."
)
IMPORT_ZIP_NOT_JOURNAL = N_("{name}.json in the zip is not a Day One journal, so it was skipped.")
IMPORT_NOT_DAYONE = N_(
    'This is not a Day One JSON export: it has no list of "entries". Nothing was imported.'
)
IMPORT_NOT_JRNL = N_(
    'This is not a jrnl JSON export (made with jrnl --format json): it has no "entries" with '
    "a title, a body and a date. Nothing was imported."
)
IMPORT_NOT_MINIDIARY = N_(
    'This is not a Mini Diary JSON export: it has no "entries" by date. Nothing was imported.'
)
IMPORT_NOT_HEARTH = N_("This is not a valid Hearth JSON export ({detail}). Nothing was imported.")
IMPORT_HEARTH_TOO_NEW = N_(
    "This Hearth JSON export was made by a newer Hearth; import it with that version. Nothing "
    "was imported."
)
# Imports that merge note by note, and their undo (diary/formats/importers/, transfer.py).
# Translators: the line above notes of another app added after a day's own text; {app} is the
# app's name as it writes it (Daylio, Day One, jrnl, Mini Diary).
IMPORT_FROM_APP = N_("From {app}")
# Translators: {reasons} are the first sentences of IMPORT_BAD_ROW_DATE, IMPORT_NO_DATE and the
# like, one after another.
IMPORT_NOTHING_READABLE = N_("Nothing in this file could be read: {reasons} Nothing was imported.")
IMPORT_NO_NOTES = N_("This file holds no entries to import. Nothing was imported.")
IMPORT_CUT_SHORT = N_(
    "This file ends too early, in the middle of a note or a row: this copy of {what} looks cut "
    "short (an export or a copy that did not finish). Nothing was imported; export it again "
    "and import the new file."
)
IMPORT_EXTRA_CELLS = NP_(
    "line {line}: {n} cell more than the first line names, which was not imported: “{value}”.",
    "line {line}: {n} cells more than the first line names, which were not imported: “{value}”.",
)
IMPORT_SCALES_LEFT_OUT = NP_(
    "The scales column holds something on {n} row; Hearth has no place for Daylio's scales, so "
    "they were not imported.",
    "The scales column holds something on {n} rows; Hearth has no place for Daylio's scales, so "
    "they were not imported.",
)
IMPORT_ONLY_MEDIA = N_(
    "entry {where} ({day}): nothing but photos, videos or audio that Hearth could not take, so "
    "it was skipped."
)
IMPORT_NOTES = NP_("{n} note", "{n} notes")
IMPORT_DAYS = NP_("{n} day", "{n} days")
# Translators: {notes} is IMPORT_NOTES, {days} IMPORT_DAYS, e.g. "3 notes on 2 days".
IMPORT_READ_NOTES = N_("Read {path} ({label}): {notes} on {days}, from {first} to {last}.")
# Translators: {notes} is IMPORT_NOTES, {days} and {updated} IMPORT_DAYS: "Added 3 notes to 2
# days, updated 1 day." The updated days are days that had an entry before and changed.
IMPORT_MERGED = N_("Added {notes} to {days}, updated {updated}.")
IMPORT_WOULD_MERGE = N_("Would add {notes} to {days}, and update {updated}.")
IMPORT_NOTES_KNOWN = N_("Already in your diary, so not added again: {notes}.")
IMPORT_UNDO_HINT = N_("To take this import back: diary import undo")
# Translators: {at} is the date and time of the import (YYYY-MM-DD HH:MM); {days} IMPORT_DAYS.
IMPORT_UNDONE = N_(
    "Took back the import of {file} ({label}) made {at}: {days} put back as they were before."
)
IMPORT_UNDONE_REMOVED = NP_("Removed {n} record it had added.", "Removed {n} records it had added.")
IMPORT_UNDO_KEPT = N_("Kept as they are, because they changed after that import: {days}.")
IMPORT_NOTHING_TO_UNDO = N_("There is no import to take back.")
IMPORT_UNDO_NO_FILE = N_("diary import undo takes no FILE: it takes back the last import.")
IMPORT_NEEDS_FILE = N_("Name the file to import: diary import {kind} FILE")
EXPORT_TARGET_IS_FOLDER = N_("{path} is a folder. Give the export a file name.")
EXPORT_NO_FOLDER = N_("The folder {folder} does not exist; create it or choose another place.")
EXPORT_DIARY_FILE = N_("{path} is one of your diary's own files; choose another name.")
EXPORT_WRITE_FAILED = N_(
    "Could not write {path}: {reason}. No export file was left behind and your diary is unchanged."
)
EXPORT_DONE = {
    "span": N_("Exported {counts}, from {first} to {last}:"),
    "none": N_("Exported {counts}:"),
}
EXPORT_FILE = N_("  {path} ({size})")
EXPORT_NOT_ENCRYPTED = N_(
    "Warning: this export is NOT encrypted. Anyone who can open the file can read your diary. "
    "Keep it private and delete it when you are done; for a copy to keep, use diary backup "
    "export."
)
# Photos in imports and exports (diary/formats/importers/dayone.py, diary/exports.py,
# diary/commands/transfer.py). The reasons a photo is refused are photo_refused's words.
IMPORT_PHOTOS_NEED_ZIP = N_(
    "This Day One file holds no photos: they come only with Day One's zip export (the .zip "
    "with the journals and a photos folder). Import the zip to bring them along."
)
# Translators: {reason} is a whole sentence saying why (photo_refused's words, or
# IMPORT_PHOTO_NOT_IN_ZIP); {where} is an entry's number ("#3" or "Travel #3").
IMPORT_PHOTO_LEFT_OUT = N_("entry {where} ({day}): a photo was not imported. {reason}")
IMPORT_PHOTO_NOT_IN_ZIP = N_("{name} is not in the zip's photos folder.")
IMPORT_PHOTO_REFUSED = N_("{day}: a photo was not imported. {reason}")
IMPORT_PHOTOS_ADDED = NP_("Attached {n} photo.", "Attached {n} photos.")
IMPORT_PHOTOS_WOULD_ADD = NP_("Would attach {n} photo.", "Would attach {n} photos.")
IMPORT_PHOTOS_NOT_TAKEN = NP_("Could not take {n} photo:", "Could not take {n} photos:")
IMPORT_UNDONE_PHOTOS = NP_(
    "Removed {n} photo it had attached.", "Removed {n} photos it had attached."
)
EXPORT_NOT_ENCRYPTED_PHOTOS = N_(
    "Warning: this export and its photos are NOT encrypted. Anyone who can open the files can "
    "read your diary and see your photos. Keep them private and delete them when you are done; "
    "for a copy to keep, use diary backup export."
)
# Translators: a line under EXPORT_DONE: the folder of the photos, how many, their size.
EXPORT_PHOTOS = NP_("  {path} ({n} photo, {size})", "  {path} ({n} photos, {size})")
EXPORT_PHOTOS_FOLDER_TAKEN = N_(
    "{path} is in the way of the export's photos folder: it is not the photos folder of an "
    "earlier export (it holds other things, or is a file), so it was left alone and nothing "
    "was written. Choose another name for the export, or move it."
)
# Translators: {folder} is the name of the folder of photos beside the exported file.
EXPORT_MD_INTRO_PHOTOS = NP_(
    "Exported on {day}: {n} day. This file and its photos, in the folder {folder}, are not "
    "encrypted; keep them private.",
    "Exported on {day}: {n} days. This file and its photos, in the folder {folder}, are not "
    "encrypted; keep them private.",
)
EXPORT_MD_TITLE = N_("Hearth diary")
EXPORT_MD_INTRO = N_("Exported on {day}: {days} days. This file is not encrypted; keep it private.")
EXPORT_MD_NO_DAYS = N_("Nothing has been logged yet.")
EXPORT_MD_MOOD = N_("Mood {mood}/9")
EXPORT_MD_ENERGY = N_("energy {energy}/9")
EXPORT_MD_FEELINGS = N_("Feelings: {feelings}")
# Translators: {tags} are the day's tags, each with its "#": "#work #family".
EXPORT_MD_TAGS = N_("Tags: {tags}")
EXPORT_MD_CONTACTS = N_("Connected:")
EXPORT_MD_GRATITUDE = N_("Grateful for:")
EXPORT_MD_CHECKINS = N_("Check-ins:")
EXPORT_MD_WHO5 = N_("WHO-5 wellbeing {percent}/100")
EXPORT_MD_UCLA3 = N_("UCLA-3 loneliness {total}/9")
EXPORT_MD_ANSWERS = N_("answers {answers}")
EXPORT_MD_PEOPLE = N_("People")
EXPORT_MD_CIRCLES = N_("Circles")


# The check-ins chart (diary/charts/checkins.py) ---------------------------------------------------
CHECKIN_UI_CHART_NAME = N_("Check-ins")
CHECKIN_UI_CHART_TITLE = N_("Your check-ins, {year}")
CHECKIN_UI_CHART_WHO5_AXIS = N_("Wellbeing (WHO-5, 0–100)")
CHECKIN_UI_CHART_UCLA3_AXIS = N_("Loneliness (UCLA-3, 3–9)")
CHECKIN_UI_CHART_WHO5_LINE = N_("{percent} (raw {raw}): below this, talking to someone can help")
CHECKIN_UI_CHART_UCLA3_LINE = N_("{total}: from here often read as lonely")
CHECKIN_UI_CHART_NONE_WHO5 = N_("No wellbeing check-ins in {year} yet.")
CHECKIN_UI_CHART_NONE_UCLA3 = N_("No loneliness check-ins in {year} yet.")
CHECKIN_UI_CHART_WHO5_NAME = N_("Wellbeing (WHO-5)")
CHECKIN_UI_CHART_UCLA3_NAME = N_("Loneliness (UCLA-3)")
CHECKIN_UI_CHART_OUT_OF = N_("{raw} of {most}")
CHECKIN_UI_CHART_BELOW_LINE = N_("below 52 (raw 13)")
CHECKIN_UI_CHART_AT_LINE = N_("6 or more")
CHECKIN_UI_CHART_COL_KIND = N_("Check-in")
CHECKIN_UI_CHART_COL_ANSWERS = N_("Answers")
CHECKIN_UI_CHART_COL_SCORE = N_("Score")
CHECKIN_UI_CHART_COL_PERCENT = N_("Out of 100")
CHECKIN_UI_CHART_COL_READING = N_("At the line")
CHECKIN_UI_CHART_CAPTION = N_(
    "Your check-ins in {year}: {who5} wellbeing (WHO-5) and {ucla3} loneliness (UCLA-3)."
)


# Backups made by the app, in words the command line shares (diary/backups.py) -------------------
BACKUP_UI_FAILED = N_("That did not work: {reason}")
BACKUP_UI_REPLACED = N_("Your diary now holds the backup; the old one was kept beside it.")
BACKUP_UI_NOTHING = N_("nothing")
BACKUP_UI_REPLACING = N_("Replacing your diary with the backup…")
BACKUP_UI_OVERDUE = NP_(
    "Your last backup was {n} day ago. Settings → Backups can make one now.",
    "Your last backup was {n} days ago. Settings → Backups can make one now.",
)


# Errors, by code (diary.formats.backup.Code, diary.formats.payload.Flaw, diary.settings.Code) ---
# ``str(error)`` of a coded error is ``explain(error.code, error.params)``: the words of its code,
# ERROR_<CODE>, in the current language, with its parameters filled in. The storage layer's words
# are in diary/storage/words.py and the domain's (ValidationError) in diary/domain/models.py:
# neither layer imports this module (it writes dates through diary.locale_format).
# Backups (diary.formats.backup, diary.formats.payload)
ERROR_BACKUP_DAMAGED = N_(
    "This backup is damaged, cut short or has been tampered with, so Hearth will not use it. "
    "Nothing was changed."
)
ERROR_NOT_A_BACKUP = N_(
    "This file is not a Hearth backup (or its first bytes are damaged). Nothing was changed."
)
ERROR_BACKUP_TAMPERED = N_(
    "This backup has been altered since it was written (part {part} does not match), so "
    "Hearth will not use it. Nothing was changed."
)
ERROR_BACKUP_UNSAFE_KDF = N_(
    "This backup asks for unsafe or excessive key-derivation settings; it is damaged or has "
    "been tampered with. Nothing was changed."
)
ERROR_BACKUP_TOO_NEW = N_(
    "This backup has format version {version}; this Hearth reads version {supported}. Restore "
    "it with a newer Hearth. Nothing was changed."
)
ERROR_WRONG_BACKUP_PASSPHRASE = N_("That passphrase does not open this backup.")
ERROR_PASSPHRASE_NEEDED = N_("Choose a passphrase; an empty one would not protect anything.")
ERROR_EMPTY_BACKUP_PASSPHRASE = N_("The passphrase is empty. Type the passphrase of this backup.")
ERROR_BACKUP_KEY_WIPED = N_(
    "The diary was locked, so its backup key is gone. Unlock it and back up again."
)
ERROR_PAYLOAD_TOO_NEW = N_(
    "This backup holds a version {version} diary dump; this Hearth reads versions up to "
    "{supported}. Restore it with a newer Hearth. Nothing was changed."
)
ERROR_PAYLOAD_INVALID = N_(
    "This backup decrypted correctly but its contents are not valid ({detail}). Nothing was "
    "changed."
)
# Translators: where in a backup's contents ({where}, e.g. "entries[3].mood") and what is wrong.
ERROR_PAYLOAD_DETAIL = N_("{where}: {problem}")
# What is wrong in a backup's contents: the {problem} of ERROR_PAYLOAD_DETAIL, lower case.
# Translators: the whole of a backup's contents, as a place: "the document: not UTF-8 text".
ERROR_WHOLE_DOCUMENT = N_("the document")
ERROR_EXPECTED_OBJECT = N_("expected an object")
ERROR_UNKNOWN_KEY = N_("unknown key {key}")
ERROR_MISSING_KEY = N_("missing key {key}")
ERROR_EXPECTED_TEXT = N_("expected text")
ERROR_EXPECTED_TEXT_OR_NULL = N_("expected text or null")
ERROR_EXPECTED_NUMBER = N_("expected a whole number")
ERROR_EXPECTED_NUMBER_OR_NULL = N_("expected a whole number or null")
ERROR_EXPECTED_BOOL = N_("expected true or false")
ERROR_EXPECTED_LIST = N_("expected a list")
ERROR_EXPECTED_DATE = N_("expected a date as YYYY-MM-DD")
ERROR_NOT_A_DATE = N_("{text} is not a calendar date")
ERROR_BAD_UID = N_("a uid is 1 to 64 letters, digits, '-' or '_'")
ERROR_UID_TWICE = N_("the uid {uid} is used twice")
ERROR_UNKNOWN_VALUE = N_("unknown value {value}")
ERROR_NAME_TWICE = N_("the name {name} is used twice")
ERROR_UNKNOWN_CIRCLE = N_("{name} is not one of the circles in the backup")
ERROR_UNKNOWN_PERSON = N_("{name} is not one of the people in the backup")
ERROR_TWO_ENTRIES = N_("two entries on {day}")
ERROR_UNKNOWN_CIRCLE_UID = N_("{uid} is not the uid of one of the circles in the backup")
ERROR_UNKNOWN_PERSON_UID = N_("{uid} is not the uid of one of the people in the backup")
ERROR_SECOND_CIRCLE_HOLD = N_("a second snooze or dismissal of the circle {uid}")
ERROR_SECOND_PERSON_HOLD = N_("a second snooze or dismissal of the person {uid}")
ERROR_EMPTY_PREFERENCE = N_("expected text that is not empty")
ERROR_EXPECTED_FORMAT = N_("expected {name}")
ERROR_UNKNOWN_VERSION = N_("unknown version {version}")
ERROR_EXPECTED_UTC_TIME = N_("expected a UTC time as YYYY-MM-DDTHH:MM:SSZ")
ERROR_NOT_A_TIME = N_("{text} is not a real time")
ERROR_BAD_APP_VERSION = N_("expected 1 to 40 printable characters")
ERROR_NOT_UTF8 = N_("not UTF-8 text")
ERROR_NESTED_TOO_DEEPLY = N_("nested too deeply")
# Translators: {reason} is what is wrong, in Python's own words (English) or ERROR_KEY_TWICE or
# ERROR_NOT_A_JSON_NUMBER.
ERROR_NOT_JSON = N_("not valid JSON: {reason}")
ERROR_KEY_TWICE = N_("the key {key} appears twice")
ERROR_NOT_A_JSON_NUMBER = N_("{name} is not a JSON number")
ERROR_LONE_SURROGATE = N_("holds a lone UTF-16 surrogate, which is not text")
ERROR_BAD_DIARY_ID = N_("expected a diary id: a UUID in lower case, or null")
ERROR_EXPECTED_FINE_UTC_TIME = N_(
    "expected a UTC time as YYYY-MM-DDTHH:MM:SS.ffffffZ (six digits of the second), or null"
)
ERROR_NUMBER_OUT_OF_RANGE = N_("expected a whole number from {low} to {high}")
ERROR_NOT_BASE64 = N_("expected a photo's bytes in base64")
# Translators: {size} and {length} are numbers of bytes.
ERROR_PHOTO_SIZE_DIFFERS = N_("the photo is said to be {size} bytes but holds {length}")
# Translators: {format} is "JPEG", "PNG", "WebP" or "GIF".
ERROR_PHOTO_FORMAT_DIFFERS = N_("the photo is said to be a {format} but its bytes are not")
ERROR_BAD_THUMBNAIL = N_("expected a thumbnail, a JPEG or PNG")
# Translators: {day} is a date as YYYY-MM-DD.
ERROR_PHOTO_WITHOUT_ENTRY = N_("a photo of {day}, which has no entry in the backup")
ERROR_VALUE_TOO_LONG = N_("longer than any photo Hearth keeps")
ERROR_TEXT_TOO_LONG = N_("expected at most {limit} characters")
# Settings (diary.settings.Code); {setting} is a setting's line, as in "Theme".
ERROR_SETTING_INVALID = N_("{value} is not a valid value for the setting “{setting}”.")
ERROR_SETTING_NEEDS_UNLOCK = N_("Unlock the diary to change the setting “{setting}”.")
# The command line's own refusals (diary/commands), shown as "diary: …" on stderr.
CLI_NO_DIARY = N_("There is no diary in {folder} yet. Create one with: diary init")
CLI_DIARY_EXISTS = N_("There is already a diary in {folder}; it was left as it is.")
CLI_BAD_YEARS = N_("--years must be from {low} to {high}.")
CLI_CANNOT_READ_A_FILE = N_("Cannot read a file: {reason}.")
CLI_NOTHING_IN_MONTH = N_("Nothing logged in {month}.")
CLI_NOTHING_YET = N_("Nothing logged yet.")
# Translators: shown as the demo diary's passphrase when it was read from --passphrase-file.
CLI_PASSPHRASE_FROM_FILE = N_("(from your file)")
# Translators: {folder} is the folder's name with its odd bytes written as \xff and the like.
CLI_APP_FOLDER_NOT_TEXT = N_(
    "The desktop app cannot open a diary folder whose name is not valid text ({folder}). "
    "Rename the folder, or use the diary commands, which can open it."
)


# Photos (diary.domain.photos.PhotoRefused): why a photo was not added -----------------------------
# Translators: {name} is the photo's file name, as "IMG_2041.HEIC".
PHOTO_HEIC = N_(
    "{name} is a HEIC photo, which Hearth cannot read yet. Hearth takes JPEG, PNG, WebP and GIF; "
    "export it as JPEG from Photos and add it again."
)
# Translators: {name} is the photo's file name; {format} a picture format's name, as "TIFF".
PHOTO_OTHER_FORMAT = N_(
    "{name} is a {format} picture, which Hearth cannot read. Hearth takes JPEG, PNG, WebP and "
    "GIF; save it as JPEG or PNG and add it again."
)
# Translators: {name} is the file's name.
PHOTO_RAW = N_(
    "{name} is a camera's raw file, which Hearth cannot read. Hearth takes JPEG, PNG, WebP and "
    "GIF; export it as JPEG from your photo app and add it again."
)
# Translators: {name} is the file's name.
PHOTO_VIDEO = N_(
    "{name} is a video. Hearth keeps photos only: JPEG, PNG, WebP and GIF (a GIF shows its first "
    "frame)."
)
# Translators: {name} is the file's name.
PHOTO_PDF = N_(
    "{name} is a PDF document, not a photo. Hearth takes JPEG, PNG, WebP and GIF photos."
)
# Translators: {name} is the file's name.
PHOTO_NOT_AN_IMAGE = N_(
    "{name} is not a photo Hearth can read. Hearth takes JPEG, PNG, WebP and GIF photos."
)
# Translators: {size} and {limit} are sizes with their unit, as "48 MB" and "30 MB".
PHOTO_TOO_BIG = N_("{name} is {size}; a photo can be at most {limit}.")
# Translators: {width} × {height} are pixels, {megapixels} and {limit} numbers of megapixels.
PHOTO_TOO_MANY_PIXELS = N_(
    "{name} is {width} × {height} pixels ({megapixels} megapixels); a photo can have at most "
    "{limit} megapixels. Save a smaller copy and add that."
)
# Translators: {limit} is a number of megapixels, as "60".
PHOTO_TOO_MANY_PIXELS_UNSAID = N_(
    "{name} has more pixels than Hearth takes: a photo can have at most {limit} megapixels. "
    "Save a smaller copy and add that."
)
# Translators: {format} is "JPEG", "PNG", "WebP" or "GIF".
PHOTO_BROKEN = N_(
    "{name} says it is a {format} photo but cannot be read: it may be cut short or damaged. "
    "Open it in another app to check, and add a good copy."
)
# Translators: {day} is a date, as "4 Dec 2026"; {limit} is 24.
PHOTO_TOO_MANY_FOR_DAY = N_(
    "{day} has {limit} photos already, as many as a day can hold, so {name} was not added."
)
# Translators: {reason} is the operating system's own words, such as "Permission denied".
PHOTO_UNREADABLE = N_("Cannot read {name}: {reason}.")
# Translators: {day} is a date, as "4 Dec 2026".
PHOTO_DUPLICATE = N_("{name} is already one of the photos of {day}.")
PHOTO_NAMELESS = N_("The photo")
SIZE_MEGABYTES = N_("{value} MB")


def megabytes(size: int) -> str:
    """A file size in megabytes (of 1024 × 1024 bytes, as the limit is set): "48 MB", "30.1 MB".

    Rounded up to a tenth, so a file just over the limit never reads as the limit itself.
    """
    tenths = -(-size * 10 // (1024 * 1024))
    places = 0 if tenths % 10 == 0 else 1
    return _here.SIZE_MEGABYTES.format(value=locale_format.number(tenths / 10, places))


def photo_refused(error: object) -> str:
    """Why a photo was not added, in words of the current language (a ``PhotoRefused``)."""
    from diary.domain.photos import PhotoProblem, Unsupported

    reason, params = getattr(error, "reason", None), dict(getattr(error, "params", {}))
    name = str(params.get("name") or "") or _here.PHOTO_NAMELESS
    day = params.get("day")
    when = short_day(day, year=True) if isinstance(day, dt.date) else ""
    if reason is PhotoProblem.UNSUPPORTED_FORMAT:
        kind = str(params.get("format", ""))
        sentence: str = {
            str(Unsupported.HEIC): _here.PHOTO_HEIC,
            str(Unsupported.RAW): _here.PHOTO_RAW,
            str(Unsupported.VIDEO): _here.PHOTO_VIDEO,
            str(Unsupported.PDF): _here.PHOTO_PDF,
        }.get(kind, _here.PHOTO_OTHER_FORMAT)
        return sentence.format(name=name, format=kind)
    if reason is PhotoProblem.TOO_BIG:
        size, limit = int(str(params.get("size", 0))), int(str(params.get("limit", 0)))
        return _here.PHOTO_TOO_BIG.format(name=name, size=megabytes(size), limit=megabytes(limit))
    if reason is PhotoProblem.TOO_MANY_PIXELS:
        most = locale_format.number(int(str(params.get("limit", 0))) / 1_000_000)
        width, height = params.get("width"), params.get("height")
        if not isinstance(width, int) or not isinstance(height, int):
            return _here.PHOTO_TOO_MANY_PIXELS_UNSAID.format(name=name, limit=most)
        return _here.PHOTO_TOO_MANY_PIXELS.format(
            name=name,
            width=locale_format.number(width),
            height=locale_format.number(height),
            megapixels=locale_format.number(width * height / 1_000_000),
            limit=most,
        )
    if reason is PhotoProblem.BROKEN:
        return _here.PHOTO_BROKEN.format(name=name, format=params.get("format", ""))
    if reason is PhotoProblem.TOO_MANY_FOR_DAY:
        return _here.PHOTO_TOO_MANY_FOR_DAY.format(
            name=name, day=when, limit=params.get("limit", "")
        )
    if reason is PhotoProblem.UNREADABLE:
        return _here.PHOTO_UNREADABLE.format(name=name, reason=params.get("reason", ""))
    if reason is PhotoProblem.DUPLICATE:
        return _here.PHOTO_DUPLICATE.format(name=name, day=when)
    return _here.PHOTO_NOT_AN_IMAGE.format(name=name)


def explain(code: str, params: dict[str, object]) -> str:
    """The words of an error's ``code`` in the current language, ``params`` filled in.

    A parameter that is itself an error is told by its own ``str``; one that is a coded part
    of an error (``code`` and ``params``, like a backup's ``payload.Detail``) is explained the
    same way. A code without words says the code (a test makes sure every code has words).
    """
    words = getattr(_here, f"ERROR_{code.upper()}", None)
    if not isinstance(words, str):
        return code
    return words.format(**{name: _told(value) for name, value in params.items()})


def _told(value: object) -> object:
    """A parameter as it goes into a sentence: errors and coded parts in words."""
    if isinstance(value, BaseException):
        return str(value)
    code, params = getattr(value, "code", None), getattr(value, "params", None)
    if isinstance(code, str) and isinstance(params, dict):
        return explain(code, params)
    return value


# The words above are read through the module, in the current language, inside its own functions
# too (``_here.NAME``): a bare name would no longer exist once ``words`` has taken it.
if TYPE_CHECKING:
    from diary import messages as _here
else:
    _here = sys.modules[__name__]
__getattr__ = words(globals())
