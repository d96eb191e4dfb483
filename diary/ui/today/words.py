"""Words of the today page, marked for translation."""

from __future__ import annotations

from diary.messages import _

TODAY_TITLE = _("Today")
TODAY_TAG_TODAY = _("Today")
TODAY_TAG_YESTERDAY = _("Yesterday")
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
CARE_DISMISS = _("Thank you, hide this")
CARE_DISMISS_TIP = _("Hide this note until something new comes up")
CARE_FAILED = _("Could not look at your recent days: {reason}")
