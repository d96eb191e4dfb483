"""Words of the today page, marked for translation."""

from __future__ import annotations

from diary.i18n import N_, NP_, words

TODAY_TITLE = N_("Today")
TODAY_TAG_TODAY = N_("Today")
TODAY_TAG_YESTERDAY = N_("Yesterday")
TODAY_PREVIOUS_DAY = N_("◀ Previous day")
TODAY_PREVIOUS_DAY_TIP = N_("Open the day before (Alt+Left)")
TODAY_NEXT_DAY = N_("Next day ▶")
TODAY_NEXT_DAY_TIP = N_("Open the day after (Alt+Right)")
TODAY_GO_TODAY = N_("Back to today")
TODAY_GO_TODAY_TIP = N_("Open this evening's entry (Ctrl+T)")
TODAY_OPEN_DAY = N_("Open another day")
TODAY_OPEN_DAY_TIP = N_("Pick any past day to read or fill in")
TODAY_SECTION_MOOD = N_("How did today feel?")
TODAY_SECTION_FEELINGS = N_("Feelings")
TODAY_SECTION_PEOPLE = N_("Who did you connect with?")
TODAY_SECTION_GRATITUDE = N_("Grateful for")
TODAY_SECTION_TEXT = N_("Anything else?")
TODAY_MOOD_HINT = N_(
    "Pick a square: further right is more pleasant, higher up is more energised. "
    "Arrow keys move, Delete clears."
)
TODAY_TEXT_NAME = N_("Anything else (free text)")
TODAY_TEXT_PLACEHOLDER = N_("Write as much or as little as you like.")
TODAY_WORDS = NP_("{n} word", "{n} words")
TODAY_NOT_SAVED = N_(
    "Not saved yet: {reason} Everything is still on screen; Hearth tries again when you next "
    "make a change."
)
TODAY_NO_DAY = N_("Open a day first.")
TODAY_UNDO = N_("Undo")
TODAY_REDO = N_("Redo")
TODAY_WORDS_NAME = N_("Word count")
TODAY_MOOD_NAME = N_("Mood and energy")
TODAY_MOOD_VALUE = N_("Mood {mood} · Energy {energy}")
TODAY_MOOD_UNSET = N_("not set")
TODAY_MOOD_NOTHING = N_("Mood not set yet")
TODAY_MOOD_DESCRIPTION = N_(
    "Mood {mood} of 9 (1 unpleasant, 9 pleasant), energy {energy} of 9 (1 calm, 9 energised). "
    "Arrow keys move, Delete clears."
)
TODAY_MOOD_AXIS = N_("Mood")
TODAY_ENERGY_AXIS = N_("Energy")
TODAY_UNPLEASANT = N_("unpleasant")
TODAY_PLEASANT = N_("pleasant")
TODAY_CALM = N_("calm")
TODAY_ENERGISED = N_("energised")
TODAY_FEELINGS_FILTER_NAME = N_("Find or add a feeling")
TODAY_FEELINGS_FILTER_PLACEHOLDER = N_("Type a feeling; Enter adds it")
TODAY_FEELINGS_NEAR = N_("Near your mood:")
TODAY_FEELINGS_SOME = N_("Some feelings:")
TODAY_FEELINGS_MATCHES = N_("Matches:")
TODAY_FEELINGS_OWN_WORD = N_("Enter adds “{word}” as your own word.")
TODAY_FEELINGS_CHOSEN = N_("Chosen:")
TODAY_FEELINGS_NONE = N_("None chosen yet.")
TODAY_FEELING_CHIP = N_("{word} ×")
TODAY_FEELING_REMOVE = N_("Remove the feeling {word}")
TODAY_FEELING_ADD = N_("Add the feeling {word}")
TODAY_CONTACTS_NAME = N_("Contacts on this day")
TODAY_CONTACTS_EMPTY = N_("No one logged for this day yet.")
TODAY_CONTACT_LINE_NAME = N_("Who did you connect with?")
TODAY_CONTACT_LINE_PLACEHOLDER = N_(
    "Who did you connect with? e.g. Ana and Sam, coffee, 45 min in person, deep"
)
TODAY_CONTACT_LINE_HELP = N_(
    "Say who, how, how long and how deep in your own words. Tab completes a name, Enter adds "
    "the contact, Down reaches the pieces below to change them, Up the contacts above."
)
TODAY_CONTACT_LINE_KEYS = N_("Tab completes · Enter adds · ↓ the pieces · ↑ the list")
TODAY_CONTACT_CHIPS_NAME = N_("What Hearth read from the line")
TODAY_CONTACT_CHIP_PERSON = N_("{name} ×")
TODAY_CONTACT_CHIP_PERSON_TIP = N_("Take {name} out of this contact")
TODAY_CONTACT_CHIP_UNKNOWN = N_("{name}?")
TODAY_CONTACT_CHIP_ASSUMED = N_("{value}?")
TODAY_CONTACT_CHIP_DEPTH = N_("depth {depth}")
TODAY_CONTACT_CHIP_NO_DEPTH = N_("depth?")
TODAY_CONTACT_CHIP_NO_INITIATED = N_("reached out?")
TODAY_CONTACT_CHIP_NOTE = N_("“{note}” ×")
TODAY_CONTACT_CHIP_NOTE_TIP = N_("Take the note out of this contact")
TODAY_CONTACT_CHIP_CHANGE = N_("Change: {what}")
TODAY_CONTACT_UNKNOWN_FIRST = N_(
    "{names} is not in your diary yet: add them as someone new, or say it is not a name."
)
TODAY_NEW_PERSON_QUESTION = N_("Add {name} as someone new?")
TODAY_NEW_PERSON_YES = N_("Add {name}")
TODAY_NEW_PERSON_NOT_A_NAME = N_("Not a name")
TODAY_NEW_PERSON_NOT_NOW = N_("No")
TODAY_CONTACT_MODE = N_("How")
TODAY_CONTACT_MINUTES = N_("Minutes")
TODAY_CONTACT_DEPTH = N_("Depth")
TODAY_CONTACT_DEPTH_WORDS = (
    N_("surface"),
    N_("a little personal"),
    N_("personal"),
    N_("open"),
    N_("deeply understood"),
)
TODAY_CONTACT_DEPTH_ITEM = N_("{depth} · {word}")
TODAY_CONTACT_NOT_SET = N_("not set")
TODAY_CONTACT_INITIATED = N_("Who reached out")
TODAY_CONTACT_INITIATED_CHOICES = (N_("I did"), N_("They did"), N_("Both of us"))
TODAY_CONTACT_INITIATED_ROW = (N_("I reached out"), N_("they reached out"), N_("both reached out"))
TODAY_CONTACT_ADD = N_("Add contact")
TODAY_CONTACT_SAVE = N_("Save changes")
TODAY_CONTACT_CANCEL = N_("Cancel")
TODAY_CONTACT_EDIT = N_("Edit")
TODAY_CONTACT_REMOVE = N_("Remove")
TODAY_CONTACT_UNDO = N_("Undo remove")
TODAY_CONTACT_NOBODY = N_("(no names)")
TODAY_CONTACT_PROBLEM = N_("Problem with this contact")
TODAY_CONTACT_NEEDS_SOMEONE = N_("Say who it was with (initials are fine) or add a note.")
TODAY_CONTACT_NOT_SAVED = N_("The contact was not saved: {reason} What you typed is still here.")
TODAY_CONTACT_ROW_MINUTES = N_("{minutes} min")
TODAY_CONTACT_ROW_DEPTH = N_("depth {depth} ({word})")
TODAY_GRATITUDE_LINE = N_("Grateful for, line {number}")
TODAY_GRATITUDE_PLACEHOLDER = N_("Something you are grateful for")
TODAY_GRATITUDE_PERSON = N_("About someone (optional), line {number}")
TODAY_GRATITUDE_PERSON_PLACEHOLDER = N_("about someone? (optional)")
TODAY_GRATITUDE_ADD = N_("Add another")
TODAY_PERSON_ADDED = N_("Added {name} to your diary.")
TODAY_READ_ONLY = N_(
    "This diary can only be read here: its folder or its database file cannot be written to. "
    "Every day opens as usual, but nothing can be changed until it is somewhere Hearth may write."
)
QUICK_CONTACT_TITLE = N_("Log a contact — Hearth")
QUICK_CONTACT_HEADING = N_("Who did you connect with?")
QUICK_CONTACT_WHEN = N_("Filed under this evening, {date}. Enter adds it; Esc closes.")
QUICK_CONTACT_CLOSE = N_("Close")
QUICK_CONTACT_LOGGED = N_("Logged for this evening: {contact}")

__getattr__ = words(globals())
