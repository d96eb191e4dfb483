"""Words of the Today page's companions: reach out, check-ins, the care note, on this day."""

from __future__ import annotations

from diary.i18n import N_, NP_, words

TODAY_UI_REACH_HEADING = N_("Reach out")
TODAY_UI_REACH_HINT = N_(
    "People you hoped to see by now. Logging time together takes them off the list."
)
TODAY_UI_REACH_LIST_NAME = N_("People and circles to reach out to")
TODAY_UI_REACH_NOBODY = N_("Nobody on your list today.")
TODAY_UI_REACH_SNOOZE_WEEK = N_("Snooze a week")
TODAY_UI_REACH_SNOOZE_WEEK_TIP = N_("Take them off the list for seven days")
TODAY_UI_REACH_SNOOZE_UNTIL = N_("Snooze until…")
TODAY_UI_REACH_SNOOZE_UNTIL_TIP = N_("Take them off the list until a day you choose")
TODAY_UI_REACH_SNOOZE_TITLE = N_("Snooze until")
TODAY_UI_REACH_SNOOZE_ASK = N_("Show them on the list again from:")
TODAY_UI_REACH_DISMISS = N_("Dismiss")
TODAY_UI_REACH_DISMISS_TIP = N_("Take them off the list until you next log time together")
TODAY_UI_REACH_UNDO = N_("Undo")
TODAY_UI_REACH_SNOOZED = N_("{name} is snoozed until {date}.")
TODAY_UI_REACH_DISMISSED = N_("{name} is off the list until you next meet.")
TODAY_UI_REACH_NOT_SAVED = N_("Could not change the reach-out list: {reason}")
TODAY_UI_REACH_FAILED = N_("Could not read the reach-out list: {reason}")
# Translators: {checkins} is one or both check-in names, {language} the language in itself.
CHECKIN_UI_NOT_IN_LANGUAGE = N_(
    "{checkins}: not offered in {language}. A questionnaire is only valid in a published "
    "translation, and Hearth has none for it in {language} yet."
)
CHECKIN_UI_AND = N_("{first} and {second}")
CHECKIN_UI_PROMPT = N_(
    "A short check-in is ready, if you would like one. It takes about a minute and stays in "
    "your diary."
)
CHECKIN_UI_WHO5_BUTTON = N_("Wellbeing (WHO-5)")
CHECKIN_UI_UCLA3_BUTTON = N_("Loneliness (3 questions)")
CHECKIN_UI_LATER = N_("Not today")
CHECKIN_UI_LATER_TIP = N_("Ask again tomorrow")
CHECKIN_UI_STOP = N_("Stop offering these")
CHECKIN_UI_STOP_TIP = N_("You can turn check-ins on again in Settings")
CHECKIN_UI_STOPPED = N_("Check-ins will not be offered. You can turn them on again in Settings.")
CHECKIN_UI_ITEM = N_("{number}. {item}")
CHECKIN_UI_ANSWER_NAME = N_("{answer} ({item})")
CHECKIN_UI_SAVE = N_("Save")
CHECKIN_UI_NOT_NOW = N_("Not now")
CHECKIN_UI_CLOSE = N_("Close")
CHECKIN_UI_SAVED = N_("Check-in saved")
CHECKIN_UI_NOT_SAVED = N_("Your answers could not be saved ({reason}); they are still here.")
CHECKIN_UI_FAILED = N_("Could not see which check-ins are due: {reason}")
CHECKIN_UI_WHO5_RESULT = N_("Your wellbeing score: {raw} out of 25, or {percent} out of 100.")
CHECKIN_UI_UCLA3_RESULT = N_(
    "Your loneliness score: {raw}, on a scale from 3 (hardly ever lonely) to 9."
)
ON_THIS_DAY_HEADING = N_("On this day")
ON_THIS_DAY_WHEN = NP_("{n} year ago, {date}", "{n} years ago, {date}")
ON_THIS_DAY_MOOD = N_("Mood {mood} of 9")
ON_THIS_DAY_WITH = N_("with {people}")
ON_THIS_DAY_PHOTOS = NP_("{n} photo", "{n} photos")
# Translators: the last item of a list of names ("Ana, Sam, Jo, Lu and 7 others").
ON_THIS_DAY_OTHERS = NP_("{n} other", "{n} others")
ON_THIS_DAY_OPEN = N_("Open the day")
ON_THIS_DAY_OPEN_NAME = N_("Open {date}")
ON_THIS_DAY_FAILED = N_("Could not read this day in earlier years: {reason}")
CARE_HEADING = N_("A gentle note")
CARE_WELLBEING = N_(
    "Your last wellbeing check-in suggests the past two weeks have been heavy going. You don't "
    "have to carry that alone: reaching out to someone you trust, with a message, a call or a "
    "walk together, can really help."
)
CARE_STREAK = N_(
    "It has been {days} days in a row without real time with someone. That happens, and it "
    "can change: a short message or a call to someone you trust is a good first step."
)
CARE_DISMISS = N_("Thank you, hide this")
CARE_DISMISS_TIP = N_("Hide this note until something new comes up")
CARE_FAILED = N_("Could not look at your recent days: {reason}")

__getattr__ = words(globals())
