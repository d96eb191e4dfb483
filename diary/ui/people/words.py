"""Words of the people page, marked for translation."""

from __future__ import annotations

from diary.messages import _

PAGE_PEOPLE = _("People")
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
    _("Last together"),
    _("Keeping in touch"),
)
PEOPLE_UI_COLUMN_TIPS = (
    _("Their name or nickname"),
    _("The groups they belong to"),
    _("The people you truly care about"),
    _("How often you hope to see them"),
    _("How long ago the last contact that counted as meaningful was (see Settings)"),
    _("Whether it has been a while, for the rhythm you hoped for"),
)
PEOPLE_UI_TABLE_NAME = _("People in your diary")
PEOPLE_UI_FILTER_NAME = _("Filter people by name or circle")
PEOPLE_UI_FILTER_PLACEHOLDER = _("Filter by name or circle")
PEOPLE_UI_INNER_ONLY = _("Inner circle only")
PEOPLE_UI_SORT_LABEL = _("&Sort by")
PEOPLE_UI_SORT_NAME = _("Sort people by")
PEOPLE_UI_SORT_CHOICES = (
    _("Name"),
    _("Not seen for a while, first"),
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
PEOPLE_UI_A_WHILE = _("it has been a while")
PEOPLE_UI_NOTHING_YET = _("nothing together yet")
PEOPLE_UI_LOAD_FAILED = _("Could not read your people: {reason}")
PEOPLE_UI_PERSON_FAILED = _("Could not read {name}'s page: {reason}")
PEOPLE_UI_GONE = _("{name} is no longer in your diary.")
PEOPLE_UI_NOT_SAVED = _("Not saved: {reason}")
PEOPLE_UI_ADDED = _("Added {name}.")
PEOPLE_UI_SAVED = _("Saved {name}.")
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
    _("Keeping in touch"),
)
PEOPLE_UI_CIRCLE_COLUMN_TIPS = (
    _("The group's name"),
    _("How many people in your diary belong to it"),
    _("How often you hope to take part"),
    _("How long ago the last contact logged in this circle was"),
    _("Whether it has been a while, for the rhythm you hoped for"),
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
PEOPLE_UI_DELETE_CIRCLE_TITLE = _("Delete a circle")
PEOPLE_UI_DELETE_CIRCLE_TEXT = _(
    "Delete the circle {name}? Its {count} and your contacts in it stay in your diary; only the "
    "circle goes."
)
PEOPLE_UI_DELETE_CIRCLE_OK = _("Delete {name}")
PEOPLE_UI_DELETE_CIRCLE_WHY = _("The circle goes; its people and your contacts with them stay.")
PEOPLE_UI_KEEP_CIRCLE = _("Keep it")
PEOPLE_UI_KEEP_CIRCLE_WHY = _("Nothing changes.")
PEOPLE_UI_CIRCLE_ADDED = _("Added the circle {name}.")
PEOPLE_UI_CIRCLE_SAVED = _("Saved the circle {name}.")
PEOPLE_UI_MEMBERS_SAVED = _("{name} now has {count}.")
PEOPLE_UI_CIRCLE_DELETED = _("Deleted the circle {name}; its members and contacts stay.")
PEOPLE_UI_DELETE_DROP_ONLY = _("Also delete the contacts that were only with {name}")
PEOPLE_UI_DELETE_SHARED = _("Contacts shared with others stay either way and just lose the name.")
PEOPLE_UI_REMOVED_KEEPING = _("Removed {name}: {kept} and {notes} stay, without the name.")
PEOPLE_UI_REMOVED = _(
    "Removed {name}: deleted {deleted} only with them; {kept} and {notes} stay, without the name."
)
