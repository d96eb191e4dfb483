"""Words of the people page, marked for translation."""

from __future__ import annotations

from diary.i18n import N_, NP_, words

PAGE_PEOPLE = N_("People")
PEOPLE_UI_TAB_PEOPLE = N_("People")
PEOPLE_UI_TAB_CIRCLES = N_("Circles")
PEOPLE_UI_TABS_NAME = N_("People and circles")
PEOPLE_UI_INTRO = N_(
    "The people in your life. Hoping to see someone regularly? Give them a cadence, and Hearth "
    "shows when it has been a while."
)
PEOPLE_UI_EMPTY = N_(
    "No one yet. Add someone here, or log a contact on the Today page and they appear here."
)
PEOPLE_UI_COLUMNS = (
    N_("Name"),
    N_("Circles"),
    N_("Inner circle"),
    N_("Hoping to see"),
    N_("Last together"),
    N_("Keeping in touch"),
)
PEOPLE_UI_COLUMN_TIPS = (
    N_("Their name or nickname"),
    N_("The groups they belong to"),
    N_("The people you truly care about"),
    N_("How often you hope to see them"),
    N_("How long ago the last contact that counted as meaningful was (see Settings)"),
    N_("Whether it has been a while, for the rhythm you hoped for"),
)
PEOPLE_UI_TABLE_NAME = N_("People in your diary")
PEOPLE_UI_FILTER_NAME = N_("Filter people by name or circle")
PEOPLE_UI_FILTER_PLACEHOLDER = N_("Filter by name or circle")
PEOPLE_UI_INNER_ONLY = N_("Inner circle only")
PEOPLE_UI_SORT_LABEL = N_("&Sort by")
PEOPLE_UI_SORT_NAME = N_("Sort people by")
PEOPLE_UI_SORT_CHOICES = (
    N_("Name"),
    N_("Not seen for a while, first"),
    N_("Longest since last contact"),
    N_("Most recent contact"),
    N_("Inner circle first"),
    N_("Cadence, most often first"),
    N_("Circles"),
)
PEOPLE_UI_ADD = N_("Add person…")
PEOPLE_UI_EDIT = N_("Edit…")
PEOPLE_UI_MERGE = N_("Merge…")
PEOPLE_UI_DELETE = N_("Remove…")
PEOPLE_UI_EDIT_NAME = N_("Edit {name}")
PEOPLE_UI_MERGE_NAME = N_("Merge {name} with someone else")
PEOPLE_UI_DELETE_NAME = N_("Remove {name}")
PEOPLE_UI_OPEN_HINT = N_("Enter or a double-click opens a person's page.")
PEOPLE_UI_PEOPLE_COUNT = NP_("{n} person", "{n} people")
PEOPLE_UI_COUNT = N_("{people}, {inner} in your inner circle.")
PEOPLE_UI_SHOWING = N_("Showing {shown} of {total} people.")
PEOPLE_UI_NO_MATCH = N_("Nobody matches the filter.")
PEOPLE_UI_INNER_MARK = N_("♥")
PEOPLE_UI_INNER_YES = N_("In your inner circle")
PEOPLE_UI_INNER_NO = N_("Not in your inner circle")
PEOPLE_UI_A_WHILE = N_("it has been a while")
PEOPLE_UI_NOTHING_YET = N_("nothing together yet")
PEOPLE_UI_LOAD_FAILED = N_("Could not read your people: {reason}")
PEOPLE_UI_PERSON_FAILED = N_("Could not read {name}'s page: {reason}")
PEOPLE_UI_GONE = N_("{name} is no longer in your diary.")
PEOPLE_UI_NOT_SAVED = N_("Not saved: {reason}")
PEOPLE_UI_ADDED = N_("Added {name}.")
PEOPLE_UI_SAVED = N_("Saved {name}.")
PEOPLE_UI_BACK = N_("◀ All people")
PEOPLE_UI_BACK_NAME = N_("Back to all people")
PEOPLE_UI_BACK_TIP = N_("Back to the list of people (Escape)")
PEOPLE_UI_READING = N_("Reading…")
PEOPLE_UI_INNER_WORDS = N_("inner circle")
PEOPLE_UI_HOPING = N_("hoping to see them {every}")
PEOPLE_UI_NO_DETAILS = N_("No circles or cadence yet; Edit adds them.")
PEOPLE_UI_IN_CIRCLES = N_("Circles: {circles}")
PEOPLE_UI_LAST_MEANINGFUL = N_("Last meaningful contact: {date}, {ago}")
PEOPLE_UI_NO_MEANINGFUL = N_("No meaningful contact with {name} logged yet")
PEOPLE_UI_COUNTS = N_("{contacts} in all ({meaningful} meaningful), {time} together")
PEOPLE_UI_MINUTES = N_("{n} min")
PEOPLE_UI_HOURS = N_("{h} h")
PEOPLE_UI_HOURS_MINUTES = N_("{h} h {m} min")
PEOPLE_UI_MOOD = N_(
    "On days with {name} your mood averaged {mood_with}, compared with {mood_other} on "
    "other days (n = {n_with} vs {n_other})."
)
PEOPLE_UI_MOOD_NOT_ENOUGH = N_(
    "Not enough days yet to compare your mood on days with {name} and other days: {n_with} "
    "with them and {n_other} without have a mood. Hearth compares once there are at least "
    "{each} on each side and {total} in all."
)
PEOPLE_UI_MOOD_NOTE = N_(
    "This shows how the days went together, not what caused what: many things shape a day."
)
PEOPLE_UI_MOOD_NAME = N_("Your mood on days together")
PEOPLE_UI_HISTORY = N_("Contacts with {name}")
PEOPLE_UI_HISTORY_NAME = N_("Contacts")
PEOPLE_UI_HISTORY_COUNT = N_("Contacts with {name} ({n}), newest first")
PEOPLE_UI_HISTORY_NONE = N_("No contacts with {name} logged yet.")
PEOPLE_UI_HISTORY_COLUMNS = (N_("Date"), N_("How"), N_("Minutes"), N_("Depth"), N_("Note"))
PEOPLE_UI_NOTES = N_("Gratitude notes about {name}")
PEOPLE_UI_NOTES_NAME = N_("Gratitude notes")
PEOPLE_UI_NOTES_COUNT = N_("Gratitude notes about {name} ({n})")
PEOPLE_UI_NOTES_NONE = N_("No gratitude notes name {name} yet.")
PEOPLE_UI_NOTE_ROW = N_("{date} — {note}")
PEOPLE_UI_NOTE_TIP = N_("{date}: {note} ({how})")
PEOPLE_UI_NOTE_LINKED = N_("about {name}")
PEOPLE_UI_NOTE_NAMES = N_("mentions {name}")
PEOPLE_UI_OPEN_DAY_HINT = N_("Enter or a double-click on a contact or a note opens that day.")
PEOPLE_UI_CANCEL = N_("Cancel")
PEOPLE_UI_SAVE = N_("Save")
PEOPLE_UI_ADD_TITLE = N_("Add someone")
PEOPLE_UI_ADD_OK = N_("Add")
# Window titles name no one: window switchers, task bars and screen recorders read them.
PEOPLE_UI_EDIT_TITLE = N_("Edit a person")
PEOPLE_UI_FIELD_NAME_LABEL = N_("&Name")
PEOPLE_UI_FIELD_NAME = N_("Name or nickname")
PEOPLE_UI_NAME_PLACEHOLDER = N_("A name, a nickname or initials")
PEOPLE_UI_FIELD_CIRCLES_LABEL = N_("&Circles")
PEOPLE_UI_FIELD_CIRCLES = N_("Circles, separated by commas")
PEOPLE_UI_CIRCLES_PLACEHOLDER = N_("e.g. Family, Book club (optional)")
PEOPLE_UI_FIELD_INNER = N_("One of the people I truly care about (inner circle)")
PEOPLE_UI_INNER_TIP = N_("Hearth gently mentions inner-circle people you have not seen in a while.")
PEOPLE_UI_FIELD_CADENCE_LABEL = N_("&Hoping to see")
PEOPLE_UI_FIELD_CADENCE = N_("Hoping to see them every so many days (0 for no cadence)")
PEOPLE_UI_NO_CADENCE = N_("no set cadence")
PEOPLE_UI_CADENCE_PREFIX = N_("every ")
PEOPLE_UI_CADENCE_SUFFIX = N_(" days")
PEOPLE_UI_CADENCE_TIP = N_("Logging a meaningful contact resets the count.")
PEOPLE_UI_PRIVACY = N_("Initials are fine: other people's privacy matters too.")
PEOPLE_UI_NAME_NEEDED = N_("Give a name, a nickname or initials.")
PEOPLE_UI_NAME_TAKEN = N_("{name} is already in your diary; merge them instead if they are one.")
PEOPLE_UI_MERGE_TITLE = N_("Merge two people")
PEOPLE_UI_MERGE_INTRO = N_(
    "Are two names the same person (a nickname, a typo)? Pick who is one with {name}:"
)
PEOPLE_UI_MERGE_FILTER = N_("Find a name")
PEOPLE_UI_MERGE_LIST = N_("People to merge with {name}")
PEOPLE_UI_MERGE_SWAP = N_("Keep the name {name} instead")
PEOPLE_UI_MERGE_SWAP_NONE = N_("Keep the other name instead")
PEOPLE_UI_MERGE_CONFIRM = N_(
    "{other}'s history joins {keep}: every contact, gratitude note and circle of {other} moves "
    "to {keep}, and {other} is no longer listed. {keep} keeps their name and details. This "
    "cannot be undone."
)
PEOPLE_UI_MERGE_OK = N_("Merge")
PEOPLE_UI_MERGE_OK_NAMED = N_("Merge {other} into {keep}")
PEOPLE_UI_MERGE_PICK = N_("Pick the person to merge.")
PEOPLE_UI_MERGE_ALONE = N_("There is nobody else to merge with.")
PEOPLE_UI_DELETE_TITLE = N_("Remove a person")
PEOPLE_UI_DELETE_INTRO = N_("Remove {name} from your diary. What should happen to your contacts?")
PEOPLE_UI_DELETE_KEEP = N_("Keep my contacts with {name}, just without the name")
PEOPLE_UI_DELETE_NOTE = N_(
    "Gratitude notes stay either way, as you wrote them. This cannot be undone."
)
PEOPLE_UI_DELETE_OK = N_("Remove {name}")
PEOPLE_UI_CIRCLES_INTRO = N_(
    "The groups you belong to: family, a team, a book club, a faith circle. Give one a cadence "
    "to keep a regular rhythm; taking part means any contact logged in that circle."
)
PEOPLE_UI_CIRCLES_NAME = N_("Your circles")
PEOPLE_UI_CIRCLE_COLUMNS = (
    N_("Circle"),
    N_("Members"),
    N_("Hoping to meet"),
    N_("Last took part"),
    N_("Keeping in touch"),
)
PEOPLE_UI_CIRCLE_COLUMN_TIPS = (
    N_("The group's name"),
    N_("How many people in your diary belong to it"),
    N_("How often you hope to take part"),
    N_("How long ago the last contact logged in this circle was"),
    N_("Whether it has been a while, for the rhythm you hoped for"),
)
PEOPLE_UI_CIRCLES_HINT = N_(
    "Enter or a double-click on a circle edits its members; on a member, opens their page."
)
PEOPLE_UI_MEMBER_HINT = N_("Enter or a double-click opens the person's page.")
PEOPLE_UI_ADD_CIRCLE = N_("Add circle…")
PEOPLE_UI_EDIT_CIRCLE = N_("Rename or cadence…")
PEOPLE_UI_MEMBERS = N_("Members…")
PEOPLE_UI_DELETE_CIRCLE = N_("Delete circle…")
PEOPLE_UI_EDIT_CIRCLE_NAME = N_("Rename {name} or change its cadence")
PEOPLE_UI_MEMBERS_BUTTON_NAME = N_("Choose the members of {name}")
PEOPLE_UI_DELETE_CIRCLE_NAME = N_("Delete the circle {name}")
PEOPLE_UI_MEMBERS_NAME = N_("Members")
PEOPLE_UI_MEMBERS_OF = N_("{name}: {count}")
PEOPLE_UI_MEMBERS_OF_NAME = N_("Members of {name}")
PEOPLE_UI_MEMBER_COUNT = NP_("{n} member", "{n} members")
PEOPLE_UI_NO_MEMBERS = N_("No members yet")
PEOPLE_UI_PICK_CIRCLE = N_("Pick a circle to see its members.")
PEOPLE_UI_NO_CIRCLES = N_("No circles yet. Add one, or name a circle when you edit someone.")
PEOPLE_UI_NEVER_TOOK_PART = N_("No contact in {name} logged yet")
PEOPLE_UI_ADD_CIRCLE_TITLE = N_("Add a circle")
PEOPLE_UI_ADD_CIRCLE_OK = N_("Add")
PEOPLE_UI_EDIT_CIRCLE_TITLE = N_("Edit a circle")
PEOPLE_UI_CIRCLE_EXPLAINED = N_(
    "A group you belong to: a book club, a team, family, a faith circle."
)
PEOPLE_UI_FIELD_CIRCLE_NAME = N_("The circle's name")
PEOPLE_UI_CIRCLE_PLACEHOLDER = N_("e.g. Book club")
PEOPLE_UI_FIELD_CIRCLE_CADENCE = N_("Hoping to meet every so many days (0 for no cadence)")
PEOPLE_UI_CIRCLE_NAME_NEEDED = N_("Give the circle a name.")
PEOPLE_UI_CIRCLE_TAKEN = N_("There is already a circle called {name}.")
PEOPLE_UI_MEMBERS_TITLE = N_("A circle's members")
PEOPLE_UI_MEMBERS_INTRO = N_("Tick everyone who belongs to {name}:")
PEOPLE_UI_MEMBERS_FILTER = N_("Find a name")
PEOPLE_UI_MEMBERS_LIST = N_("People who belong to {name}")
PEOPLE_UI_MEMBERS_CHOSEN = N_("{count} chosen.")
PEOPLE_UI_DELETE_CIRCLE_TITLE = N_("Delete a circle")
PEOPLE_UI_DELETE_CIRCLE_TEXT = N_(
    "Delete the circle {name}? Its {count} and your contacts in it stay in your diary; only the "
    "circle goes."
)
PEOPLE_UI_DELETE_CIRCLE_OK = N_("Delete {name}")
PEOPLE_UI_DELETE_CIRCLE_WHY = N_("The circle goes; its people and your contacts with them stay.")
PEOPLE_UI_KEEP_CIRCLE = N_("Keep it")
PEOPLE_UI_KEEP_CIRCLE_WHY = N_("Nothing changes.")
PEOPLE_UI_CIRCLE_ADDED = N_("Added the circle {name}.")
PEOPLE_UI_CIRCLE_SAVED = N_("Saved the circle {name}.")
PEOPLE_UI_MEMBERS_SAVED = N_("{name} now has {count}.")
PEOPLE_UI_CIRCLE_DELETED = N_("Deleted the circle {name}; its members and contacts stay.")
PEOPLE_UI_DELETE_DROP_ONLY = N_("Also delete the contacts that were only with {name}")
PEOPLE_UI_DELETE_SHARED = N_("Contacts shared with others stay either way and just lose the name.")
PEOPLE_UI_REMOVED_KEEPING = N_("Removed {name}: {kept} and {notes} stay, without the name.")
PEOPLE_UI_REMOVED = N_(
    "Removed {name}: deleted {deleted} only with them; {kept} and {notes} stay, without the name."
)

__getattr__ = words(globals())
