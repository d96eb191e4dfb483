"""Words of the Today page's companions: reach out, check-ins and the care note."""

from __future__ import annotations

from diary.messages import _

TODAY_UI_REACH_HEADING = _("Reach out")
TODAY_UI_REACH_HINT = _(
    "People you hoped to see by now. Logging time together takes them off the list."
)
TODAY_UI_REACH_LIST_NAME = _("People and circles to reach out to")
TODAY_UI_REACH_NOBODY = _("Nobody on your list today.")
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
