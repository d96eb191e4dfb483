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
TODAY_CONTACT_LINE_NAME = _("Who did you connect with?")
TODAY_CONTACT_LINE_PLACEHOLDER = _(
    "Who did you connect with? e.g. Ana and Sam, coffee, 45 min in person, deep"
)
TODAY_CONTACT_LINE_HELP = _(
    "Say who, how, how long and how deep in your own words. Tab completes a name, Enter adds "
    "the contact, Down reaches the pieces below to change them, Up the contacts above."
)
TODAY_CONTACT_LINE_KEYS = _("Tab completes · Enter adds · ↓ the pieces · ↑ the list")
TODAY_CONTACT_CHIPS_NAME = _("What Hearth read from the line")
TODAY_CONTACT_CHIP_PERSON = _("{name} ×")
TODAY_CONTACT_CHIP_PERSON_TIP = _("Take {name} out of this contact")
TODAY_CONTACT_CHIP_UNKNOWN = _("{name}?")
TODAY_CONTACT_CHIP_ASSUMED = _("{value}?")
TODAY_CONTACT_CHIP_DEPTH = _("depth {depth}")
TODAY_CONTACT_CHIP_NO_DEPTH = _("depth?")
TODAY_CONTACT_CHIP_NO_INITIATED = _("reached out?")
TODAY_CONTACT_CHIP_NOTE = _("“{note}” ×")
TODAY_CONTACT_CHIP_NOTE_TIP = _("Take the note out of this contact")
TODAY_CONTACT_CHIP_CHANGE = _("Change: {what}")
TODAY_CONTACT_UNKNOWN_FIRST = _(
    "{names} is not in your diary yet: add them as someone new, or say it is not a name."
)
TODAY_NEW_PERSON_QUESTION = _("Add {name} as someone new?")
TODAY_NEW_PERSON_YES = _("Add {name}")
TODAY_NEW_PERSON_NOT_A_NAME = _("Not a name")
TODAY_NEW_PERSON_NOT_NOW = _("No")
TODAY_CONTACT_MODE = _("How")
TODAY_CONTACT_MINUTES = _("Minutes")
TODAY_CONTACT_DEPTH = _("Depth")
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
TODAY_PERSON_ADDED = _("Added {name} to your diary.")
