"""Words of a day's photos on Today (the card, its strip and the viewer), marked for translation."""

from __future__ import annotations

from diary.i18n import N_, NP_, words

PHOTOS_TITLE = N_("Photos of the day")
PHOTOS_ADD = N_("Add photos…")
# Translators: {size} is a size in megabytes, as in "30 MB"; {count} how many a day may have.
PHOTOS_ADD_TIP = N_(
    "Add photos to this day: JPEG, PNG, WebP or GIF, up to {size} each and {count} a day. "
    "You can also drop image files on the entry."
)
# Translators: {date} is a day, as in "Saturday 21 November 2026".
PHOTOS_DROP_HERE = N_("Drop to add the photos to {date}.")
PHOTOS_PICK_TITLE = N_("Add photos to {date}")
# Translators: {patterns} is a list of file patterns, as in "*.jpg *.png".
PHOTOS_PICK_FILTER = N_("Photos ({patterns})")
PHOTOS_PICK_ALL = N_("All files (*)")
PHOTOS_ADDING = NP_("Adding {n} photo…", "Adding {n} photos…")
PHOTOS_ADDED = NP_("Added {n} photo to {date}.", "Added {n} photos to {date}.")
PHOTOS_NOT_ADDED = NP_("{n} file was not added:", "{n} files were not added:")
PHOTOS_NOT_ADDED_STATUS = NP_(
    "{n} file was not added; the reason is shown under the photos.",
    "{n} files were not added; the reasons are shown under the photos.",
)
# Translators: one line of the files that were not added: a file's name and why.
PHOTOS_NOT_ADDED_LINE = N_("{name}: {reason}")
PHOTOS_PROBLEMS_NAME = N_("Files that were not added")
PHOTOS_DISMISS = N_("Dismiss")
PHOTOS_DISMISS_TIP = N_("Hide this message")
PHOTOS_BUSY_NAME = N_("Adding photos")
PHOTOS_STRIP_NAME = N_("Photos of {date}")
PHOTOS_STRIP_HELP = N_(
    "Left and Right move between the photos, Enter opens one, Delete removes it; the context "
    "menu saves a copy."
)
PHOTOS_READ_FAILED = N_("Could not read the photos of this day: {reason}")
PHOTO_NAME = N_("Photo {number} of {count}, {name}")
PHOTO_NAME_BARE = N_("Photo {number} of {count}")
# Translators: {name} is the photo's file name; {width} and {height} are numbers of pixels.
PHOTO_TIP = N_("{name}, {width} × {height} pixels. Enter or a click opens it.")
PHOTO_UNNAMED = N_("a photo")
PHOTO_OPEN = N_("Open")
PHOTO_REMOVE = N_("Remove photo")
PHOTO_SAVE_COPY = N_("Save a copy…")
PHOTO_SAVE_TITLE = N_("Save a copy of the photo (the copy is not encrypted)")
PHOTO_SAVE_FILTER = N_("Photo (*{suffix})")
PHOTO_REMOVED = N_("Removed {name} from this day.")
PHOTO_UNDO = N_("Undo remove")
PHOTO_UNDO_TIP = N_("Put {name} back on this day")
PHOTO_PUT_BACK = N_("{name} is back on this day.")
PHOTO_NOT_PUT_BACK = N_("Could not put the photo back: {reason}")
PHOTO_NOT_REMOVED = N_("Could not remove the photo: {reason}")
PHOTO_NOT_READ = N_("Could not read the photo: {reason}")
PHOTO_COPY_SAVED = N_("Saved a copy of {name} to {path}. The copy is not encrypted.")
PHOTO_COPY_FAILED = N_("Could not save the copy: {reason}")
VIEWER_TITLE = N_("Photo — Hearth")
# Translators: under the photo in the viewer, as in "IMG_2041.jpg · 2 of 3".
VIEWER_POSITION = N_("{name} · {number} of {count}")
VIEWER_PREVIOUS = N_("◀ Previous")
VIEWER_NEXT = N_("Next ▶")
VIEWER_CLOSE = N_("Close")
VIEWER_KEYS = N_("← → the other photos · Delete removes · Esc closes")
VIEWER_OPENING = N_("Opening the photo…")
VIEWER_IMAGE_NAME = N_("{name}, {width} × {height} pixels")

__getattr__ = words(globals())
