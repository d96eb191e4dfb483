"""Words of the start page, marked for translation."""

from __future__ import annotations

from diary.i18n import N_, words

APP_TAGLINE = N_("A private diary of the people in your life and how they make you feel.")
UNLOCK_PASSPHRASE_LABEL = N_("&Passphrase")
UNLOCK_RECOVERY_LABEL = N_("&Recovery code")
UNLOCK_RECOVERY_PLACEHOLDER = N_("ABCD-EFGH-…")
UNLOCK_SHOW = N_("Show")
UNLOCK_HIDE = N_("Hide")
UNLOCK_SHOW_ACCESSIBLE = N_("Show what you type")
UNLOCK_HIDE_ACCESSIBLE = N_("Hide what you type")
UNLOCK_BUTTON = N_("&Unlock")
UNLOCK_USE_RECOVERY = N_("Forgot your passphrase? Use your recovery code")
UNLOCK_USE_PASSPHRASE = N_("Use your passphrase instead")
UNLOCK_RECOVERY_EXPLAINED = N_(
    "Type the recovery code you stored when you created this diary. Dashes, spaces and letter "
    "case do not matter."
)
UNLOCK_BUSY = N_("Opening your diary…")
UNLOCK_EMPTY = N_("Type your passphrase to open your diary.")
UNLOCK_EMPTY_CODE = N_("Type your recovery code to open your diary.")
UNLOCK_WRONG = N_(
    "That passphrase does not open this diary. Check Caps Lock and the keyboard layout, "
    "then try again."
)
UNLOCK_WRONG_CODE = N_(
    "That recovery code does not open this diary. Check each group of letters and try again."
)
UNLOCK_NO_RECOVERY_CODE = N_("This diary has no recovery code, so only its passphrase can open it.")
UNLOCK_DAMAGED = N_("{problem}\nNothing was changed. Restore it from a backup.")
UNLOCK_IN_USE = N_(
    "This diary is already open in another copy of Hearth (or in the diary command). "
    "Close it there, then press Unlock again."
)
UNLOCK_RECOVERED = N_(
    "Your diary is open. Now choose a new passphrase in Settings, under Change passphrase, so "
    "that you can open it without the recovery code next time. The recovery code keeps working."
)
UNLOCK_CONTINUE = N_("&Continue")
# {problem} is what the diary's seal found (diary/storage/words.py: SAVES_LOST, SEAL_MISSING,
# SEAL_BROKEN), a clause in lower case.
UNLOCK_SEAL_PROBLEM = N_("Your diary is open, but {problem}.")
FIRST_RUN_WELCOME_TITLE = N_("Welcome")
FIRST_RUN_WELCOME_LEAD = N_("Two minutes each evening, kept only for you.")
FIRST_RUN_STEP = N_("Step {step} of {steps}")
FIRST_RUN_STEP_OPTIONAL = N_("Step {step} of {steps}, optional")
FIRST_RUN_CONTINUE = N_("&Continue")
FIRST_RUN_BACK = N_("&Back")
FIRST_RUN_INTRO = N_(
    "Each evening, write a few lines: how you felt, who you connected with and what you are "
    "grateful for. Over the weeks Hearth shows you how time with people and your mood move "
    "together."
)
FIRST_RUN_PROMISES_HEADING = N_("What Hearth promises")
FIRST_RUN_PROMISES = (
    N_("It works offline. There is no account, and nothing you write ever leaves this computer."),
    N_("Everything you write is encrypted on this computer with a passphrase only you know."),
    N_(
        "There is no back door and no password reset. If you forget your passphrase, only the "
        "optional recovery code can open your diary; without either, nobody can, not even Hearth."
    ),
)
FIRST_RUN_WELCOME_NEXT = N_("Next, you will choose that passphrase.")
FIRST_RUN_PASSPHRASE_TITLE = N_("Choose a passphrase")
FIRST_RUN_PASSPHRASE_SUBTITLE = N_(
    "It is the key to your diary. A few unusual words are easier to remember and harder to guess "
    "than a short, complicated password."
)
FIRST_RUN_PASSPHRASE_LABEL = N_("&Passphrase")
FIRST_RUN_REPEAT_LABEL = N_("Type it &again")
FIRST_RUN_SHOW = N_("S&how what I type")
FIRST_RUN_STRENGTH = N_("Strength")
FIRST_RUN_STRENGTH_WORDS = (N_("Very weak"), N_("Weak"), N_("Fair"), N_("Good"), N_("Strong"))
FIRST_RUN_STRENGTH_EMPTY = N_("Type a passphrase to see how hard it would be to guess.")
FIRST_RUN_ADVICE = N_("Advice on the passphrase")
FIRST_RUN_CRACK_TIME = N_("Time someone with a powerful computer would need to guess it: {time}.")
FIRST_RUN_MATCH = N_("The two passphrases match.")
FIRST_RUN_MISMATCH = N_("The two passphrases differ.")
FIRST_RUN_WEAK_NOTE = N_(
    "A weak passphrase can be guessed by anyone who gets a copy of your diary's files."
)
FIRST_RUN_USE_ANYWAY = N_("&Use it anyway")
FIRST_RUN_RECOVERY_TITLE = N_("A recovery code, just in case")
FIRST_RUN_RECOVERY_SUBTITLE = N_("The only other way in if you ever forget your passphrase.")
FIRST_RUN_RECOVERY_TEXT = N_(
    "Hearth can make a recovery code: a line of random letters that opens your diary instead of "
    "the passphrase. It is shown only once, on the next page, so you can write it down, print it "
    "or save it somewhere private such as a password manager. Anyone who has it can open your "
    "diary, so keep it as safely as a house key."
)
FIRST_RUN_RECOVERY_CHECK = N_("&Create a recovery code")
FIRST_RUN_CREATE = N_("Create my diary")
FIRST_RUN_CREATING = N_(
    "Creating your diary… Hearth is tuning the encryption to this computer; it takes a moment."
)
FIRST_RUN_EXISTS = N_("{problem} Nothing was changed. Close this window and start Hearth again.")
FIRST_RUN_SAVE_FAILED = N_(
    "Hearth could not create your diary in {folder}, so nothing was kept. Check that the disk "
    "has free space and that you may write there, then try again. ({problem})"
)
FIRST_RUN_CODE_TITLE = N_("Your recovery code")
FIRST_RUN_CODE_SUBTITLE = N_("Store it now: write it down, print it, or save it somewhere private.")
FIRST_RUN_CODE_ACCESSIBLE = N_("Your recovery code")
FIRST_RUN_CODE_WARNING = N_(
    "Anyone with this code can open your diary. Keep it somewhere safe and private. "
    "It will not be shown again."
)
FIRST_RUN_COPY = N_("&Copy")
FIRST_RUN_COPIED = N_(
    "Copied. Paste it somewhere private, then copy something else so it does not stay on the "
    "clipboard."
)
FIRST_RUN_SAVE = N_("&Save to a file…")
FIRST_RUN_SAVE_DIALOG = N_("Save your recovery code")
FIRST_RUN_SAVE_NAME = N_("Hearth recovery code.txt")
FIRST_RUN_SAVE_FILTER = N_("Text files (*.txt);;All files (*)")
FIRST_RUN_CODE_FILE = N_(
    "Hearth recovery code\n\n{code}\n\n"
    "This code opens your Hearth diary if you forget its passphrase. Anyone with it can open "
    "your diary: keep it somewhere safe and private.\n"
)
FIRST_RUN_SAVED = N_(
    "Saved to {path}. Keep that file somewhere private, or print it and then delete it."
)
FIRST_RUN_SAVE_ERROR = N_(
    "Hearth could not save {path}: {reason}. Try another folder, or copy the code instead."
)
FIRST_RUN_STORED = N_("&I have stored my recovery code")
FIRST_RUN_STORE_FIRST = N_(
    "Tick the box once your recovery code is stored; it will not be shown again."
)
FIRST_RUN_READY_TITLE = N_("Your diary is ready")
FIRST_RUN_READY_SUBTITLE = N_("Only your passphrase opens it, so keep that passphrase safe.")
FIRST_RUN_FINISH = N_("Start writing")
CARE_FIRST_RUN_TITLE = N_("Who are the people you truly care about?")
CARE_FIRST_RUN_SUBTITLE = N_("Optional: leave the names empty to skip this step.")
CARE_FIRST_RUN_TEXT = N_(
    "Name a few people who matter most to you. Initials are fine: their privacy matters too. "
    "If you choose how often you hope to see someone, Hearth gently lists them under Reach "
    "out when it has been a while. You can change all of this later on the People page."
)
CARE_FIRST_RUN_LABEL = N_("Person {number}:")
CARE_FIRST_RUN_NAME = N_("Name of person {number}")
CARE_FIRST_RUN_CADENCE = N_("How often you hope to see person {number}")
CARE_FIRST_RUN_PLACEHOLDER = N_("Name or initials")
CARE_FIRST_RUN_CADENCES = (
    N_("No set rhythm"),
    N_("Every week"),
    N_("Every two weeks"),
    N_("Every month"),
)
CARE_FIRST_RUN_TWICE = N_("{name} is named twice; name each person once.")
CARE_FIRST_RUN_NEXT = N_("The people who matter >")

__getattr__ = words(globals())
