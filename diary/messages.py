"""User-facing words of the command line in one place, ready to be translated.

``_`` is the hook a translation catalogue will replace; keeping every sentence here means a
translator, or a writer checking the tone, reads one file.
"""

from __future__ import annotations


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

# Main window and Settings (desktop app) ---------------------------------------------------------
NAVIGATION = _("Pages")
STATUS_NAME = _("Save status")
STATUS_SAVED = _("Saved")
STATUS_SAVING = _("Saving…")
STATUS_LOCKED = _("Locked")
PAGE_PEOPLE = _("People")
PAGE_INSIGHTS = _("Insights")
PAGE_SETTINGS = _("Settings")
CHANGE_PASSPHRASE = _("Change passphrase")
PASSPHRASE_EMPTY = _("Choose a passphrase; an empty one would not protect anything.")
CHANGING_PASSPHRASE = _("Changing the passphrase…")
PREFERENCES = _("Preferences")
MINUTES_SUFFIX = _(" min")
HOUR_SUFFIX = _(":00")
SETTING_AUTO_LOCK = _("Lock when idle for")
SETTING_DAY_STARTS = _("The evening lasts until")
SETTING_MEANINGFUL_MINUTES = _("Meaningful from (in person, video, call)")
SETTING_MEANINGFUL_DEPTH = _("Or any contact at least this deep (1–5)")
SETTING_THEME = _("Theme")
THEME_SYSTEM = _("Follow the system")
THEME_LIGHT = _("Light")
THEME_DARK = _("Dark")
MEANINGFUL_EXPLAINED = _(
    "A meaningful contact is one in person, by video or by call that lasts at least the minutes "
    "above, or any contact at least as deep as the depth above. Insights use this definition."
)
ALREADY_RUNNING = _("Hearth is already open; it has been brought to the front.")

# Demo in the desktop app --------------------------------------------------------------------------
DEMO_HINT = _("This is the demo diary. Its passphrase is: demo")
PREPARING_DEMO = _("Preparing a demo diary with a year of sample days…")

# Today page: the evening entry (diary/ui/today.py, mood_grid.py, feelings.py, interactions.py,
# gratitude.py) ------------------------------------------------------------------------------------
TODAY_TITLE = _("Today")
TODAY_TAG_TODAY = _("Today")
TODAY_TAG_YESTERDAY = _("Yesterday")
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
TODAY_PREVIOUS_DAY = _("◀ Previous day")
TODAY_PREVIOUS_DAY_TIP = _("Open the day before (Alt+Left)")
TODAY_NEXT_DAY = _("Next day ▶")
TODAY_NEXT_DAY_TIP = _("Open the day after (Alt+Right)")
TODAY_GO_TODAY = _("Back to today")
TODAY_GO_TODAY_TIP = _("Open this evening's entry (Ctrl+T)")
TODAY_OPEN_DAY = _("Open another day")
TODAY_OPEN_DAY_TIP = _("Pick any past day to read or fill in")
TODAY_SECTION_MOOD = _("How did today feel?")
TODAY_SECTION_FEELINGS = _("Feelings")
TODAY_SECTION_PEOPLE = _("Who did you connect with?")
TODAY_SECTION_GRATITUDE = _("Grateful for")
TODAY_SECTION_TEXT = _("Anything else?")
TODAY_MOOD_HINT = _(
    "Pick a square: further right is more pleasant, higher up is more energised. "
    "Arrow keys move, Delete clears."
)
TODAY_PEOPLE_HINT = _("Every contact counts, however short. Skipping this is fine too.")
TODAY_TEXT_NAME = _("Anything else (free text)")
TODAY_TEXT_PLACEHOLDER = _("Write as much or as little as you like.")
TODAY_WORDS = _("{count} words")
TODAY_ONE_WORD = _("1 word")
TODAY_NOT_SAVED = _(
    "Not saved yet: {reason} Everything is still on screen; Hearth tries again when you next "
    "make a change."
)
TODAY_NO_DAY = _("Open a day first.")
TODAY_UNDO = _("Undo")
TODAY_REDO = _("Redo")
TODAY_WORDS_NAME = _("Word count")

TODAY_MOOD_NAME = _("Mood and energy")
TODAY_MOOD_VALUE = _("Mood {mood} · Energy {energy}")
TODAY_MOOD_UNSET = _("not set")
TODAY_MOOD_NOTHING = _("Mood not set yet")
TODAY_MOOD_DESCRIPTION = _(
    "Mood {mood} of 9 (1 unpleasant, 9 pleasant), energy {energy} of 9 (1 calm, 9 energised). "
    "Arrow keys move, Delete clears."
)
TODAY_MOOD_AXIS = _("Mood")
TODAY_ENERGY_AXIS = _("Energy")
TODAY_UNPLEASANT = _("unpleasant")
TODAY_PLEASANT = _("pleasant")
TODAY_CALM = _("calm")
TODAY_ENERGISED = _("energised")

TODAY_FEELINGS_FILTER_NAME = _("Find or add a feeling")
TODAY_FEELINGS_FILTER_PLACEHOLDER = _("Type a feeling; Enter adds it")
TODAY_FEELINGS_NEAR = _("Near your mood:")
TODAY_FEELINGS_SOME = _("Some feelings:")
TODAY_FEELINGS_MATCHES = _("Matches:")
TODAY_FEELINGS_OWN_WORD = _("Enter adds “{word}” as your own word.")
TODAY_FEELINGS_CHOSEN = _("Chosen:")
TODAY_FEELINGS_NONE = _("None chosen yet.")
TODAY_FEELING_CHIP = _("{word} ×")
TODAY_FEELING_REMOVE = _("Remove the feeling {word}")
TODAY_FEELING_ADD = _("Add the feeling {word}")

TODAY_CONTACTS_NAME = _("Contacts on this day")
TODAY_CONTACTS_EMPTY = _("No one logged for this day yet.")
TODAY_CONTACT_PEOPLE = _("Who")
TODAY_CONTACT_PEOPLE_PLACEHOLDER = _("Names or initials, separated by commas")
TODAY_CONTACT_MODE = _("How")
TODAY_CONTACT_MINUTES = _("Minutes")
TODAY_CONTACT_MINUTES_SUFFIX = _(" min")
TODAY_CONTACT_DEPTH = _("Depth")
TODAY_CONTACT_DEPTH_TIP = _("How listened to, understood and open it felt")
TODAY_CONTACT_DEPTH_WORDS = (
    _("surface"),
    _("a little personal"),
    _("personal"),
    _("open"),
    _("deeply understood"),
)
TODAY_CONTACT_DEPTH_ITEM = _("{depth} · {word}")
TODAY_CONTACT_NOT_SET = _("not set")
TODAY_CONTACT_INITIATED = _("Who reached out")
TODAY_CONTACT_INITIATED_CHOICES = (_("I did"), _("They did"), _("Both of us"))
TODAY_CONTACT_INITIATED_ROW = (_("I reached out"), _("they reached out"), _("both reached out"))
TODAY_CONTACT_NOTE = _("Note")
TODAY_CONTACT_NOTE_PLACEHOLDER = _("Optional")
TODAY_CONTACT_ADD = _("Add contact")
TODAY_CONTACT_SAVE = _("Save changes")
TODAY_CONTACT_CANCEL = _("Cancel")
TODAY_CONTACT_EDIT = _("Edit")
TODAY_CONTACT_REMOVE = _("Remove")
TODAY_CONTACT_UNDO = _("Undo remove")
TODAY_CONTACT_NOBODY = _("(no names)")
TODAY_CONTACT_PROBLEM = _("Problem with this contact")
TODAY_CONTACT_NEEDS_SOMEONE = _("Say who it was with (initials are fine) or add a note.")
TODAY_CONTACT_NOT_SAVED = _("The contact was not saved: {reason} What you typed is still here.")
TODAY_CONTACT_ROW_MINUTES = _("{minutes} min")
TODAY_CONTACT_ROW_DEPTH = _("depth {depth} ({word})")

TODAY_GRATITUDE_LINE = _("Grateful for, line {number}")
TODAY_GRATITUDE_PLACEHOLDER = _("Something you are grateful for")
TODAY_GRATITUDE_PERSON = _("About someone (optional), line {number}")
TODAY_GRATITUDE_PERSON_PLACEHOLDER = _("about someone? (optional)")
TODAY_GRATITUDE_ADD = _("Add another")

# Journal page: month calendar, logged days, search (diary/ui/journal.py, month_calendar.py) ------
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

# Unlock window and first-run wizard (diary/ui/unlock.py, diary/ui/first_run.py) -----------------
APP_TAGLINE = _("A private diary of the people in your life and how they make you feel.")
UNLOCK_PASSPHRASE_LABEL = _("&Passphrase")
UNLOCK_RECOVERY_LABEL = _("&Recovery code")
UNLOCK_RECOVERY_PLACEHOLDER = _("ABCD-EFGH-…")
UNLOCK_SHOW = _("Show")
UNLOCK_HIDE = _("Hide")
UNLOCK_SHOW_ACCESSIBLE = _("Show what you type")
UNLOCK_HIDE_ACCESSIBLE = _("Hide what you type")
UNLOCK_BUTTON = _("&Unlock")
UNLOCK_USE_RECOVERY = _("Forgot your passphrase? Use your recovery code")
UNLOCK_USE_PASSPHRASE = _("Use your passphrase instead")
UNLOCK_RECOVERY_EXPLAINED = _(
    "Type the recovery code you stored when you created this diary. Dashes, spaces and letter "
    "case do not matter."
)
UNLOCK_BUSY = _("Opening your diary…")
UNLOCK_EMPTY = _("Type your passphrase to open your diary.")
UNLOCK_EMPTY_CODE = _("Type your recovery code to open your diary.")
UNLOCK_WRONG = _(
    "That passphrase does not open this diary. Check Caps Lock and the keyboard layout, "
    "then try again."
)
UNLOCK_WRONG_CODE = _(
    "That recovery code does not open this diary. Check each group of letters and try again."
)
UNLOCK_NO_RECOVERY_CODE = _("This diary has no recovery code, so only its passphrase can open it.")
UNLOCK_DAMAGED = _("{problem}\nNothing was changed. Restore it from a backup.")
UNLOCK_IN_USE = _(
    "This diary is already open in another copy of Hearth (or in the diary command). "
    "Close it there, then press Unlock again."
)
UNLOCK_RECOVERED = _(
    "Your diary is open. Now choose a new passphrase in Settings, under Change passphrase, so "
    "that you can open it without the recovery code next time. The recovery code keeps working."
)
UNLOCK_CONTINUE = _("&Continue")
FIRST_RUN_WELCOME_TITLE = _("Welcome to Hearth")
FIRST_RUN_INTRO = _(
    "Each evening, write a few lines: how you felt, who you connected with and what you are "
    "grateful for. Over the weeks Hearth shows you how time with people and your mood move "
    "together."
)
FIRST_RUN_PROMISES_HEADING = _("What Hearth promises")
FIRST_RUN_PROMISES = (
    _("It works offline. There is no account, and nothing you write ever leaves this computer."),
    _("Everything you write is encrypted on this computer with a passphrase only you know."),
    _(
        "There is no back door and no password reset. If you forget your passphrase, only the "
        "optional recovery code can open your diary; without either, nobody can, not even Hearth."
    ),
)
FIRST_RUN_WELCOME_NEXT = _("Next, you will choose that passphrase.")
FIRST_RUN_PASSPHRASE_TITLE = _("Choose a passphrase")
FIRST_RUN_PASSPHRASE_SUBTITLE = _(
    "It is the key to your diary. A few unusual words are easier to remember and harder to guess "
    "than a short, complicated password."
)
FIRST_RUN_PASSPHRASE_LABEL = _("&Passphrase")
FIRST_RUN_REPEAT_LABEL = _("Type it &again")
FIRST_RUN_SHOW = _("S&how what I type")
FIRST_RUN_STRENGTH = _("Strength")
FIRST_RUN_STRENGTH_WORDS = (_("Very weak"), _("Weak"), _("Fair"), _("Good"), _("Strong"))
FIRST_RUN_STRENGTH_EMPTY = _("Type a passphrase to see how hard it would be to guess.")
FIRST_RUN_ADVICE = _("Advice on the passphrase")
FIRST_RUN_CRACK_TIME = _("Time someone with a powerful computer would need to guess it: {time}.")
FIRST_RUN_MATCH = _("The two passphrases match.")
FIRST_RUN_MISMATCH = _("The two passphrases differ.")
FIRST_RUN_WEAK_NOTE = _(
    "A weak passphrase can be guessed by anyone who gets a copy of your diary's files."
)
FIRST_RUN_USE_ANYWAY = _("&Use it anyway")
FIRST_RUN_RECOVERY_TITLE = _("A recovery code, just in case")
FIRST_RUN_RECOVERY_SUBTITLE = _("The only other way in if you ever forget your passphrase.")
FIRST_RUN_RECOVERY_TEXT = _(
    "Hearth can make a recovery code: a line of random letters that opens your diary instead of "
    "the passphrase. It is shown only once, on the next page, so you can write it down, print it "
    "or save it somewhere private such as a password manager. Anyone who has it can open your "
    "diary, so keep it as safely as a house key."
)
FIRST_RUN_RECOVERY_CHECK = _("&Create a recovery code")
FIRST_RUN_CREATE = _("Create my diary")
FIRST_RUN_CREATING = _(
    "Creating your diary… Hearth is tuning the encryption to this computer; it takes a moment."
)
FIRST_RUN_EXISTS = _("{problem} Nothing was changed. Close this window and start Hearth again.")
FIRST_RUN_SAVE_FAILED = _(
    "Hearth could not create your diary in {folder}, so nothing was kept. Check that the disk "
    "has free space and that you may write there, then try again. ({problem})"
)
FIRST_RUN_CODE_TITLE = _("Your recovery code")
FIRST_RUN_CODE_SUBTITLE = _("Store it now: write it down, print it, or save it somewhere private.")
FIRST_RUN_CODE_ACCESSIBLE = _("Your recovery code")
FIRST_RUN_CODE_WARNING = _(
    "Anyone with this code can open your diary. Keep it somewhere safe and private. "
    "It will not be shown again."
)
FIRST_RUN_COPY = _("&Copy")
FIRST_RUN_COPIED = _(
    "Copied. Paste it somewhere private, then copy something else so it does not stay on the "
    "clipboard."
)
FIRST_RUN_SAVE = _("&Save to a file…")
FIRST_RUN_SAVE_DIALOG = _("Save your recovery code")
FIRST_RUN_SAVE_NAME = _("Hearth recovery code.txt")
FIRST_RUN_SAVE_FILTER = _("Text files (*.txt);;All files (*)")
FIRST_RUN_CODE_FILE = _(
    "Hearth recovery code\n\n{code}\n\n"
    "This code opens your Hearth diary if you forget its passphrase. Anyone with it can open "
    "your diary: keep it somewhere safe and private.\n"
)
FIRST_RUN_SAVED = _(
    "Saved to {path}. Keep that file somewhere private, or print it and then delete it."
)
FIRST_RUN_SAVE_ERROR = _(
    "Hearth could not save {path}: {reason}. Try another folder, or copy the code instead."
)
FIRST_RUN_STORED = _("I have &stored my recovery code")
FIRST_RUN_STORE_FIRST = _(
    "Tick the box once your recovery code is stored; it will not be shown again."
)
FIRST_RUN_READY_TITLE = _("Your diary is ready")
FIRST_RUN_FINISH = _("Start writing")

# Insights summary in plain words (diary/formats/summary.py) --------------------------------------
SUMMARY_NOTHING_LOGGED = _(
    "Nothing is logged in this period yet. Days you write about will show up here."
)
SUMMARY_LOGGED = _(
    "You logged {logged} of {days} days. The {unlogged} unlogged days are left out: they count "
    "neither as lonely nor as connected."
)
SUMMARY_CONTACT = _(
    "You had meaningful contact on {meaningful} days; {isolated} days were isolated, "
    "{digital} of them with only texts or social media."
)
SUMMARY_LONGEST = _("Your longest isolation streak was {length} days ({start} to {end}).")
SUMMARY_CURRENT = _("The period ends with {length} isolated days in a row.")
SUMMARY_NOT_ENOUGH = _(
    "Not enough data yet to compare moods: {have} days with a mood, {need} needed."
)
SUMMARY_HIGHER = _("{difference} higher")
SUMMARY_LOWER = _("{difference} lower")
SUMMARY_GAP = _(
    "On days with meaningful contact your mood averaged {mean}, {compared} than on isolated "
    "days (n = {n_with} vs {n_isolated})."
)
SUMMARY_IN_PERSON = _(
    "On days with in-person contact your mood averaged {mean}, {compared} than on days with no "
    "contact at all (n = {n_with} vs {n_without})."
)
SUMMARY_RHO = _("ρ = {rho}, 95% interval {low} to {high}, n = {n}")
SUMMARY_LINK = _("Mood and meaningful minutes {strength} ({numbers}).")
SUMMARY_LAG = _("A day's contact and the next day's mood {strength} ({numbers}).")
SUMMARY_LINK_NONE = _("hardly moved together")
SUMMARY_LINK_WEAK = _("moved together a little")
SUMMARY_LINK_MODERATE = _("moved together moderately")
SUMMARY_LINK_STRONG = _("moved together strongly")
SUMMARY_LINK_OPPOSITE = _("{strength}, in opposite directions")
SUMMARY_GRATITUDE = _("You noted {notes} things you are grateful for, on {days} days.")
SUMMARY_NOT_CAUSE = _("These numbers show which days went together, not what caused what.")

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

# Insights page (diary/ui/insights.py) -------------------------------------------------------------
INSIGHTS_PANEL_TITLES = {
    "month": CHART_NAME_MONTH,
    "scatter": CHART_NAME_SCATTER,
    "streaks": CHART_NAME_STREAKS,
    "kinds": CHART_NAME_KINDS,
    "pixels": CHART_NAME_PIXELS,
}
INSIGHTS_PREVIOUS = _("◀ Previous month")
INSIGHTS_PREVIOUS_NAME = _("Previous month")
INSIGHTS_NEXT = _("Next month ▶")
INSIGHTS_NEXT_NAME = _("Next month")
INSIGHTS_THIS_MONTH = _("This month")
INSIGHTS_MONTH_NAME = _("Month shown")
INSIGHTS_CHARTS_NAME = _("Charts")
INSIGHTS_WORKING = _("Adding up your days…")
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
REACH_NOBODY = _(
    "Nobody to reach out to today: everyone you hoped to see has been seen recently enough."
)
REACH_HEADING_OVERDUE = _("Time to reach out:")
REACH_HEADING_LONG_TIME = _("It's been a while:")
REACH_HEADING_NOT_YET = _("Nothing logged yet:")
REACH_HEADING_HIDDEN = _("Set aside for now:")
REACH_OVERDUE_PERSON = _("{name}: {days} days since you last met; you hoped for every {every} days")
REACH_OVERDUE_CIRCLE = _(
    "{name}: {days} days since you last took part; you hoped for every {every} days"
)
REACH_LONG_TIME = _("It's been {weeks} weeks since you saw {name}.")
REACH_NOT_YET = _("{name}: no time together logged yet")
REACH_SNOOZED_UNTIL = _("snoozed until {date}")
REACH_DISMISSED = _("dismissed until you next meet")
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
# People page (diary/ui/people.py, people_models.py, person_page.py, circles.py, people_dialogs.py)
PEOPLE_UI_TAB_PEOPLE = _("People")
PEOPLE_UI_TAB_CIRCLES = _("Circles")
PEOPLE_UI_TABS_NAME = _("People and circles")
PEOPLE_UI_INTRO = _(
    "The people in your life. Hoping to see someone regularly? Give them a cadence, and Hearth "
    "shows when it has been a while."
)
PEOPLE_UI_EMPTY = _(
    "No one yet. Add someone here, or log a contact on the Today page and they appear here."
)
PEOPLE_UI_COLUMNS = (
    _("Name"),
    _("Circles"),
    _("Inner circle"),
    _("Hoping to see"),
    _("Last meaningful contact"),
    _("Overdue"),
)
PEOPLE_UI_COLUMN_TIPS = (
    _("Their name or nickname"),
    _("The groups they belong to"),
    _("The people you truly care about"),
    _("How often you hope to see them"),
    _("The last contact that counted as meaningful (see Settings)"),
    _("Days beyond the hoped-for cadence, counted from the last meaningful contact"),
)
PEOPLE_UI_TABLE_NAME = _("People in your diary")
PEOPLE_UI_FILTER_NAME = _("Filter people by name or circle")
PEOPLE_UI_FILTER_PLACEHOLDER = _("Filter by name or circle")
PEOPLE_UI_INNER_ONLY = _("Inner circle only")
PEOPLE_UI_SORT_LABEL = _("&Sort by")
PEOPLE_UI_SORT_NAME = _("Sort people by")
PEOPLE_UI_SORT_CHOICES = (
    _("Name"),
    _("Most overdue first"),
    _("Longest since last contact"),
    _("Most recent contact"),
    _("Inner circle first"),
    _("Cadence, most often first"),
    _("Circles"),
)
PEOPLE_UI_ADD = _("Add person…")
PEOPLE_UI_EDIT = _("Edit…")
PEOPLE_UI_MERGE = _("Merge…")
PEOPLE_UI_DELETE = _("Remove…")
PEOPLE_UI_EDIT_NAME = _("Edit {name}")
PEOPLE_UI_MERGE_NAME = _("Merge {name} with someone else")
PEOPLE_UI_DELETE_NAME = _("Remove {name}")
PEOPLE_UI_OPEN_HINT = _("Enter or a double-click opens a person's page.")
PEOPLE_UI_PEOPLE_COUNT = (_("{n} person"), _("{n} people"))
PEOPLE_UI_COUNT = _("{people}, {inner} in your inner circle.")
PEOPLE_UI_SHOWING = _("Showing {shown} of {total} people.")
PEOPLE_UI_NO_MATCH = _("Nobody matches the filter.")
PEOPLE_UI_INNER_MARK = _("♥")
PEOPLE_UI_INNER_YES = _("In your inner circle")
PEOPLE_UI_INNER_NO = _("Not in your inner circle")
PEOPLE_UI_EMPTY_CELL = _("none")
PEOPLE_UI_EVERY = _("every {n} days")
PEOPLE_UI_EVERY_DAY = _("every day")
PEOPLE_UI_OVERDUE = (_("{n} day overdue"), _("{n} days overdue"))
PEOPLE_UI_DUE_TODAY = _("due today")
PEOPLE_UI_DUE_IN = (_("due in {n} day"), _("due in {n} days"))
PEOPLE_UI_NOT_YET = _("nothing logged yet")
PEOPLE_UI_OVERDUE_TIP = _("{days} days since the last meaningful contact; hoping for {every}")
PEOPLE_UI_TODAY = _("today")
PEOPLE_UI_YESTERDAY = _("yesterday")
PEOPLE_UI_DAYS_AGO = _("{n} days ago")
PEOPLE_UI_LOAD_FAILED = _("Could not read your people: {reason}")
PEOPLE_UI_PERSON_FAILED = _("Could not read {name}'s page: {reason}")
PEOPLE_UI_GONE = _("{name} is no longer in your diary.")
PEOPLE_UI_NOT_SAVED = _("Not saved: {reason}")
PEOPLE_UI_ADDED = _("Added {name}.")
PEOPLE_UI_SAVED = _("Saved {name}.")

# A person's page
PEOPLE_UI_BACK = _("◀ All people")
PEOPLE_UI_BACK_NAME = _("Back to all people")
PEOPLE_UI_BACK_TIP = _("Back to the list of people (Escape)")
PEOPLE_UI_READING = _("Reading…")
PEOPLE_UI_INNER_WORDS = _("inner circle")
PEOPLE_UI_HOPING = _("hoping to see them {every}")
PEOPLE_UI_NO_DETAILS = _("No circles or cadence yet; Edit adds them.")
PEOPLE_UI_IN_CIRCLES = _("Circles: {circles}")
PEOPLE_UI_LAST_MEANINGFUL = _("Last meaningful contact: {date}, {ago}")
PEOPLE_UI_NO_MEANINGFUL = _("No meaningful contact with {name} logged yet")
PEOPLE_UI_COUNTS = _("{contacts} in all ({meaningful} meaningful), {time} together")
PEOPLE_UI_MINUTES = _("{n} min")
PEOPLE_UI_HOURS = _("{h} h")
PEOPLE_UI_HOURS_MINUTES = _("{h} h {m} min")
PEOPLE_UI_MOOD = _(
    "On days with {name} your mood averaged {mood_with:.1f}, compared with {mood_other:.1f} on "
    "other days (n = {n_with} vs {n_other})."
)
PEOPLE_UI_MOOD_NOT_ENOUGH = _(
    "Not enough days yet to compare your mood on days with {name} and other days: {n_with} "
    "with them and {n_other} without have a mood. Hearth compares once there are at least "
    "{each} on each side and {total} in all."
)
PEOPLE_UI_MOOD_NOTE = _(
    "This shows how the days went together, not what caused what: many things shape a day."
)
PEOPLE_UI_MOOD_NAME = _("Your mood on days together")
PEOPLE_UI_HISTORY = _("Contacts with {name}")
PEOPLE_UI_HISTORY_NAME = _("Contacts")
PEOPLE_UI_HISTORY_COUNT = _("Contacts with {name} ({n}), newest first")
PEOPLE_UI_HISTORY_NONE = _("No contacts with {name} logged yet.")
PEOPLE_UI_HISTORY_COLUMNS = (_("Date"), _("How"), _("Minutes"), _("Depth"), _("Note"))
PEOPLE_UI_NOTES = _("Gratitude notes about {name}")
PEOPLE_UI_NOTES_NAME = _("Gratitude notes")
PEOPLE_UI_NOTES_COUNT = _("Gratitude notes about {name} ({n})")
PEOPLE_UI_NOTES_NONE = _("No gratitude notes name {name} yet.")
PEOPLE_UI_NOTE_ROW = _("{date} — {note}")
PEOPLE_UI_NOTE_TIP = _("{date}: {note} ({how})")
PEOPLE_UI_NOTE_LINKED = _("about {name}")
PEOPLE_UI_NOTE_NAMES = _("mentions {name}")
PEOPLE_UI_OPEN_DAY_HINT = _("Enter or a double-click on a contact or a note opens that day.")

# Adding, editing, merging and removing people
PEOPLE_UI_CANCEL = _("Cancel")
PEOPLE_UI_SAVE = _("Save")
PEOPLE_UI_ADD_TITLE = _("Add someone")
PEOPLE_UI_ADD_OK = _("Add")
PEOPLE_UI_EDIT_TITLE = _("Edit {name}")
PEOPLE_UI_FIELD_NAME_LABEL = _("&Name")
PEOPLE_UI_FIELD_NAME = _("Name or nickname")
PEOPLE_UI_NAME_PLACEHOLDER = _("A name, a nickname or initials")
PEOPLE_UI_FIELD_CIRCLES_LABEL = _("&Circles")
PEOPLE_UI_FIELD_CIRCLES = _("Circles, separated by commas")
PEOPLE_UI_CIRCLES_PLACEHOLDER = _("e.g. Family, Book club (optional)")
PEOPLE_UI_FIELD_INNER = _("One of the people I truly care about (inner circle)")
PEOPLE_UI_INNER_TIP = _("Hearth gently mentions inner-circle people you have not seen in a while.")
PEOPLE_UI_FIELD_CADENCE_LABEL = _("&Hoping to see")
PEOPLE_UI_FIELD_CADENCE = _("Hoping to see them every so many days (0 for no cadence)")
PEOPLE_UI_NO_CADENCE = _("no set cadence")
PEOPLE_UI_CADENCE_PREFIX = _("every ")
PEOPLE_UI_CADENCE_SUFFIX = _(" days")
PEOPLE_UI_CADENCE_TIP = _("Logging a meaningful contact resets the count.")
PEOPLE_UI_PRIVACY = _("Initials are fine: other people's privacy matters too.")
PEOPLE_UI_NAME_NEEDED = _("Give a name, a nickname or initials.")
PEOPLE_UI_NAME_TAKEN = _("{name} is already in your diary; merge them instead if they are one.")
PEOPLE_UI_MERGE_TITLE = _("Merge {name} with someone")
PEOPLE_UI_MERGE_INTRO = _(
    "Are two names the same person (a nickname, a typo)? Pick who is one with {name}:"
)
PEOPLE_UI_MERGE_FILTER = _("Find a name")
PEOPLE_UI_MERGE_LIST = _("People to merge with {name}")
PEOPLE_UI_MERGE_SWAP = _("Keep the name {name} instead")
PEOPLE_UI_MERGE_SWAP_NONE = _("Keep the other name instead")
PEOPLE_UI_MERGE_CONFIRM = _(
    "{other}'s history joins {keep}: every contact, gratitude note and circle of {other} moves "
    "to {keep}, and {other} is no longer listed. {keep} keeps their name and details. This "
    "cannot be undone."
)
PEOPLE_UI_MERGE_OK = _("Merge")
PEOPLE_UI_MERGE_OK_NAMED = _("Merge {other} into {keep}")
PEOPLE_UI_MERGE_PICK = _("Pick the person to merge.")
PEOPLE_UI_MERGE_ALONE = _("There is nobody else to merge with.")
PEOPLE_UI_DELETE_TITLE = _("Remove {name}")
PEOPLE_UI_DELETE_INTRO = _("Remove {name} from your diary. What should happen to your contacts?")
PEOPLE_UI_DELETE_KEEP = _("Keep my contacts with {name}, just without the name")
PEOPLE_UI_DELETE_NOTE = _(
    "Gratitude notes stay either way, as you wrote them. This cannot be undone."
)
PEOPLE_UI_DELETE_OK = _("Remove {name}")

# Circles
PEOPLE_UI_CIRCLES_INTRO = _(
    "The groups you belong to: family, a team, a book club, a faith circle. Give one a cadence "
    "to keep a regular rhythm; taking part means any contact logged in that circle."
)
PEOPLE_UI_CIRCLES_NAME = _("Your circles")
PEOPLE_UI_CIRCLE_COLUMNS = (
    _("Circle"),
    _("Members"),
    _("Hoping to meet"),
    _("Last took part"),
    _("Overdue"),
)
PEOPLE_UI_CIRCLE_COLUMN_TIPS = (
    _("The group's name"),
    _("How many people in your diary belong to it"),
    _("How often you hope to take part"),
    _("The last day with a contact logged in this circle"),
    _("Days beyond the hoped-for cadence"),
)
PEOPLE_UI_CIRCLES_HINT = _(
    "Enter or a double-click on a circle edits its members; on a member, opens their page."
)
PEOPLE_UI_MEMBER_HINT = _("Enter or a double-click opens the person's page.")
PEOPLE_UI_ADD_CIRCLE = _("Add circle…")
PEOPLE_UI_EDIT_CIRCLE = _("Rename or cadence…")
PEOPLE_UI_MEMBERS = _("Members…")
PEOPLE_UI_DELETE_CIRCLE = _("Delete circle…")
PEOPLE_UI_EDIT_CIRCLE_NAME = _("Rename {name} or change its cadence")
PEOPLE_UI_MEMBERS_BUTTON_NAME = _("Choose the members of {name}")
PEOPLE_UI_DELETE_CIRCLE_NAME = _("Delete the circle {name}")
PEOPLE_UI_MEMBERS_NAME = _("Members")
PEOPLE_UI_MEMBERS_OF = _("{name}: {count}")
PEOPLE_UI_MEMBERS_OF_NAME = _("Members of {name}")
PEOPLE_UI_MEMBER_COUNT = (_("{n} member"), _("{n} members"))
PEOPLE_UI_NO_MEMBERS = _("No members yet")
PEOPLE_UI_PICK_CIRCLE = _("Pick a circle to see its members.")
PEOPLE_UI_NO_CIRCLES = _("No circles yet. Add one, or name a circle when you edit someone.")
PEOPLE_UI_NEVER_TOOK_PART = _("No contact in {name} logged yet")
PEOPLE_UI_ADD_CIRCLE_TITLE = _("Add a circle")
PEOPLE_UI_ADD_CIRCLE_OK = _("Add")
PEOPLE_UI_EDIT_CIRCLE_TITLE = _("Edit the circle {name}")
PEOPLE_UI_CIRCLE_EXPLAINED = _(
    "A group you belong to: a book club, a team, family, a faith circle."
)
PEOPLE_UI_FIELD_CIRCLE_NAME = _("The circle's name")
PEOPLE_UI_CIRCLE_PLACEHOLDER = _("e.g. Book club")
PEOPLE_UI_FIELD_CIRCLE_CADENCE = _("Hoping to meet every so many days (0 for no cadence)")
PEOPLE_UI_CIRCLE_NAME_NEEDED = _("Give the circle a name.")
PEOPLE_UI_CIRCLE_TAKEN = _("There is already a circle called {name}.")
PEOPLE_UI_MEMBERS_TITLE = _("Members of {name}")
PEOPLE_UI_MEMBERS_INTRO = _("Tick everyone who belongs to {name}:")
PEOPLE_UI_MEMBERS_FILTER = _("Find a name")
PEOPLE_UI_MEMBERS_LIST = _("People who belong to {name}")
PEOPLE_UI_MEMBERS_CHOSEN = _("{count} chosen.")
PEOPLE_UI_DELETE_CIRCLE_TITLE = _("Delete {name}")
PEOPLE_UI_DELETE_CIRCLE_TEXT = _(
    "Delete the circle {name}? Its {count} and your contacts in it stay in your diary; only the "
    "circle goes."
)
PEOPLE_UI_DELETE_CIRCLE_OK = _("Delete {name}")
PEOPLE_UI_CIRCLE_ADDED = _("Added the circle {name}.")
PEOPLE_UI_CIRCLE_SAVED = _("Saved the circle {name}.")
PEOPLE_UI_MEMBERS_SAVED = _("{name} now has {count}.")
PEOPLE_UI_CIRCLE_DELETED = _("Deleted the circle {name}; its members and contacts stay.")

# Today: reach out, check-ins, care, reminder (diary/ui/reach_out.py, checkin_form.py, care.py,
# reminder.py, first_run.py's people step, settings_page.py's care box, charts/checkins.py) -------
TODAY_UI_REACH_HEADING = _("Reach out")
TODAY_UI_REACH_HINT = _(
    "People and circles you hoped to see by now, most overdue first. Logging time together "
    "takes them off the list."
)
TODAY_UI_REACH_LIST_NAME = _("People and circles to reach out to")
TODAY_UI_REACH_OVERDUE = _("{name}: every {every} days, {days} days overdue")
TODAY_UI_REACH_OVERDUE_ONE = _("{name}: every {every} days, 1 day overdue")
TODAY_UI_REACH_DUE_TODAY = _("{name}: every {every} days, due today")
TODAY_UI_REACH_NOT_YET = _("{name}: no time together logged yet")
TODAY_UI_REACH_NOT_YET_EVERY = _("{name}: every {every} days, no time together logged yet")
TODAY_UI_REACH_WEEKS_PERSON = _(
    "It's been {weeks} weeks since you saw {name} (you hoped for every {every} days)."
)
TODAY_UI_REACH_WEEKS_CIRCLE = _(
    "It's been {weeks} weeks since you took part in {name} (you hoped for every {every} days)."
)
TODAY_UI_REACH_TIP_LAST = _("Last time together: {date} ({days} days ago)")
TODAY_UI_REACH_TIP_NEVER = _("No time together logged yet")
TODAY_UI_REACH_SNOOZE_WEEK = _("Snooze a week")
TODAY_UI_REACH_SNOOZE_WEEK_TIP = _("Take them off the list for seven days")
TODAY_UI_REACH_SNOOZE_UNTIL = _("Snooze until…")
TODAY_UI_REACH_SNOOZE_UNTIL_TIP = _("Take them off the list until a day you choose")
TODAY_UI_REACH_SNOOZE_TITLE = _("Snooze until")
TODAY_UI_REACH_SNOOZE_ASK = _("Show them on the list again from:")
TODAY_UI_REACH_DISMISS = _("Dismiss")
TODAY_UI_REACH_DISMISS_TIP = _("Take them off the list until you next log time together")
TODAY_UI_REACH_UNDO = _("Undo")
TODAY_UI_REACH_SNOOZED = _("{name} is snoozed until {date}.")
TODAY_UI_REACH_DISMISSED = _("{name} is off the list until you next meet.")
TODAY_UI_REACH_NOT_SAVED = _("Could not change the reach-out list: {reason}")
TODAY_UI_REACH_FAILED = _("Could not read the reach-out list: {reason}")

CHECKIN_UI_PROMPT = _(
    "A short check-in is ready, if you would like one. It takes about a minute and stays in "
    "your diary."
)
CHECKIN_UI_WHO5_BUTTON = _("Wellbeing (WHO-5)")
CHECKIN_UI_UCLA3_BUTTON = _("Loneliness (3 questions)")
CHECKIN_UI_LATER = _("Not today")
CHECKIN_UI_LATER_TIP = _("Ask again tomorrow")
CHECKIN_UI_STOP = _("Stop offering these")
CHECKIN_UI_STOP_TIP = _("You can turn check-ins on again in Settings")
CHECKIN_UI_STOPPED = _("Check-ins will not be offered. You can turn them on again in Settings.")
CHECKIN_UI_ITEM = _("{number}. {item}")
CHECKIN_UI_ANSWER_NAME = _("{answer} ({item})")
CHECKIN_UI_SAVE = _("Save")
CHECKIN_UI_NOT_NOW = _("Not now")
CHECKIN_UI_CLOSE = _("Close")
CHECKIN_UI_SAVED = _("Check-in saved")
CHECKIN_UI_NOT_SAVED = _("Your answers could not be saved ({reason}); they are still here.")
CHECKIN_UI_FAILED = _("Could not see which check-ins are due: {reason}")
CHECKIN_UI_WHO5_RESULT = _("Your wellbeing score: {raw} out of 25, or {percent} out of 100.")
CHECKIN_UI_UCLA3_RESULT = _(
    "Your loneliness score: {raw}, on a scale from 3 (hardly ever lonely) to 9."
)
CHECKIN_UI_SETTING = _("Offer the wellbeing and loneliness check-ins when they are due")
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
INSIGHTS_PANEL_TITLES["checkins"] = CHECKIN_UI_CHART_NAME

CARE_HEADING = _("A gentle note")
CARE_WELLBEING = _(
    "Your last wellbeing check-in suggests the past two weeks have been heavy going. You don't "
    "have to carry that alone: reaching out to someone you trust, with a message, a call or a "
    "walk together, can really help."
)
CARE_STREAK = _(
    "It has been {days} days in a row without real time with someone. That happens, and it "
    "can change: a short message or a call to someone you trust is a good first step."
)
CARE_SUPPORT_DEFAULT = _(
    "If things feel heavy, talk to someone you trust, or to your doctor. You can add your "
    "local helpline to this note in Settings."
)
CARE_DISMISS = _("Thank you, hide this")
CARE_DISMISS_TIP = _("Hide this note until something new comes up")
CARE_FAILED = _("Could not look at your recent days: {reason}")
CARE_SETTINGS_BOX = _("Care and reminders")
CARE_SETTINGS_SUPPORT = _("Support text")
CARE_SETTINGS_SUPPORT_NOTE = _(
    "Shown with the gentle note Hearth offers when things seem hard, for example a local "
    "helpline's number. It is kept inside your encrypted diary. Leave it empty for the default "
    "text."
)
CARE_FIRST_RUN_TITLE = _("Who are the people you truly care about?")
CARE_FIRST_RUN_SUBTITLE = _("Optional: leave the names empty to skip this step.")
CARE_FIRST_RUN_TEXT = _(
    "Name a few people who matter most to you. Initials are fine: their privacy matters too. "
    "If you choose how often you hope to see someone, Hearth gently lists them under Reach "
    "out when it has been a while. You can change all of this later on the People page."
)
CARE_FIRST_RUN_LABEL = _("Person {number}:")
CARE_FIRST_RUN_NAME = _("Name of person {number}")
CARE_FIRST_RUN_CADENCE = _("How often you hope to see person {number}")
CARE_FIRST_RUN_PLACEHOLDER = _("Name or initials")
CARE_FIRST_RUN_CADENCES = (
    _("No set rhythm"),
    _("Every week"),
    _("Every two weeks"),
    _("Every month"),
)
CARE_FIRST_RUN_TWICE = _("{name} is named twice; name each person once.")
CARE_FIRST_RUN_NEXT = _("The people who matter >")

REMINDER_TITLE = _("Hearth")
REMINDER_TEXT = _("A quiet moment for tonight's entry?")
REMINDER_OPEN = _("Open Hearth")
REMINDER_QUIT = _("Quit Hearth")
REMINDER_SETTING = _("Remind me to write in the evening, at")
REMINDER_SETTING_TIME = _("Reminder time")
REMINDER_START_MINIMISED = _("Start Hearth in the tray when I log in")
REMINDER_SETTING_NOTE = _(
    "The reminder never shows anything from your diary. While a reminder is set or Hearth "
    "starts at login, closing the window locks the diary and keeps Hearth in the tray; quit "
    "from the tray icon's menu."
)
REMINDER_NO_TRAY = _(
    "Your desktop has no system tray, so Hearth cannot show an evening reminder or start "
    "minimised here."
)
REMINDER_NO_AUTOSTART = _(
    "Starting at login is not available on this system; the evening reminder works while "
    "Hearth is running."
)
REMINDER_AUTOSTART_COMMENT = _("Hearth in the tray, for the evening reminder")
REMINDER_AUTOSTART_FAILED = _("Could not change starting at login: {reason}")
# People page (more): the remove dialog's second choice, short enough for one line
PEOPLE_UI_DELETE_DROP_ONLY = _("Also delete the contacts that were only with {name}")
PEOPLE_UI_DELETE_SHARED = _("Contacts shared with others stay either way and just lose the name.")

# Backups in Settings (diary/ui/backup_section.py) -------------------------------------------------
BACKUP_UI_TITLE = _("Backups")
BACKUP_UI_AUTO = _("Back up automatically when I quit (at most once a day)")
BACKUP_UI_FOLDER = _("Folder")
BACKUP_UI_FOLDER_BUTTON = _("Choose…")
BACKUP_UI_FOLDER_TITLE = _("Where should automatic backups go?")
BACKUP_UI_KEEP = _("Keep the newest")
BACKUP_UI_NOW = _("&Back up now…")
BACKUP_UI_RESTORE = _("&Restore…")
BACKUP_UI_EXPORT = _("E&xport…")
BACKUP_UI_IMPORT = _("&Import…")
BACKUP_UI_NONE_YET = _("No automatic backup yet: the first is made when you quit.")
BACKUP_UI_LAST = _("Last automatic backup: {when}.")
BACKUP_UI_REMINDER = _("That is more than a week ago; a backup now would be wise.")
BACKUP_UI_CANCEL = _("Cancel")
BACKUP_UI_CANCELLED = _("Cancelled; nothing was changed.")
BACKUP_UI_FAILED = _("That did not work: {reason}")
BACKUP_UI_NOW_TITLE = _("Save an encrypted backup")
BACKUP_UI_FILTER = _("Hearth backup (*.hearth-backup)")
BACKUP_UI_WRITING = _("Writing the encrypted backup…")
BACKUP_UI_WRITTEN = _("Saved an encrypted backup to {path}. It opens with your passphrase.")
BACKUP_UI_RESTORE_TITLE = _("Restore a backup")
BACKUP_UI_ITS_KEY = _("The backup's passphrase:")
BACKUP_UI_READING = _("Reading and checking every part of the file…")
BACKUP_UI_PREVIEW = _(
    "This backup is intact. It holds {counts}, from {first} to {last}, made {when}.\n\n"
    "Merge adds what your diary does not have yet and changes nothing else.\n"
    "Replace puts the backup in place of your diary; the current diary is kept in a folder "
    "beside it."
)
BACKUP_UI_MERGE = _("Merge")
BACKUP_UI_REPLACE = _("Replace")
BACKUP_UI_MERGING = _("Adding what is new…")
BACKUP_UI_MERGED = _("Merged the backup: added {added}; already there: {skipped}.")
BACKUP_UI_CONFIRM_KEY = _("To replace your diary, type its passphrase (it stays the same):")
BACKUP_UI_REPLACED = _("Your diary now holds the backup; the old one was kept beside it.")
BACKUP_UI_EXPORT_TITLE = _("Export the whole diary")
BACKUP_UI_WARN = _("An export is NOT encrypted: anyone with the file can read it. Choose a format:")
BACKUP_UI_EXPORT_KINDS = {
    "json": _("JSON (complete; Hearth can import it)"),
    "markdown": _("Markdown (to read)"),
    "csv": _("CSV (for spreadsheets: three files)"),
}
BACKUP_UI_EXPORTING = _("Writing the export…")
BACKUP_UI_EXPORTED = _("Exported to {paths}. These files are not encrypted.")
BACKUP_UI_IMPORT_TITLE = _("Import from another app")
BACKUP_UI_IMPORT_WHICH = _("Which app made the file?")
BACKUP_UI_IMPORT_NOTHING = _("Everything in that file is already in your diary.")
BACKUP_UI_IMPORT_PREVIEW = _(
    "The file is readable. Importing adds {added}; already in your diary: {skipped}."
)
BACKUP_UI_IMPORT_ADD = _("Import")
BACKUP_UI_IMPORTED = _("Imported {added}.")
BACKUP_UI_NOTHING = _("nothing")
# People page (more): what removing someone did, short enough for the status line
PEOPLE_UI_REMOVED_KEEPING = _("Removed {name}: {kept} and {notes} stay, without the name.")
PEOPLE_UI_REMOVED = _(
    "Removed {name}: deleted {deleted} only with them; {kept} and {notes} stay, without the name."
)
BACKUP_UI_DIARY_KEY = _("Type your diary's passphrase to seal the backup with it:")
BACKUP_UI_CHECKING = _("Checking the passphrase…")
BACKUP_UI_REPLACING = _("Replacing your diary with the backup…")
BACKUP_UI_OVERDUE = _("Your last backup was {days} days ago. Settings → Backups can make one now.")
