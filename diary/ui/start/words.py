"""Words of the start page, marked for translation."""

from __future__ import annotations

from diary.messages import _

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
FIRST_RUN_WELCOME_TITLE = _("Welcome")
FIRST_RUN_WELCOME_LEAD = _("Two minutes each evening, kept only for you.")
FIRST_RUN_STEP = _("Step {step} of {steps}")
FIRST_RUN_STEP_OPTIONAL = _("Step {step} of {steps}, optional")
FIRST_RUN_CONTINUE = _("&Continue")
FIRST_RUN_BACK = _("&Back")
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
FIRST_RUN_STORED = _("&I have stored my recovery code")
FIRST_RUN_STORE_FIRST = _(
    "Tick the box once your recovery code is stored; it will not be shown again."
)
FIRST_RUN_READY_TITLE = _("Your diary is ready")
FIRST_RUN_READY_SUBTITLE = _("Only your passphrase opens it, so keep that passphrase safe.")
FIRST_RUN_FINISH = _("Start writing")
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
