"""People and staying in touch from the terminal: merge, delete, reach out, check-ins.

``diary person show`` prints one person's page (who reached out included);
``diary person merge`` and ``diary person delete`` change who is in the diary; ``diary
reach-out`` prints the ranked list of ``diary.domain.cadence``, each item in the one sentence of
``messages.reach_out_sentence`` the app uses too; ``diary checkin who5`` and
``diary checkin ucla3`` store a questionnaire's answers and print the score with a warm line.
The wording lives in ``diary.messages`` (PEOPLE_, REACH_ and CHECKIN_ names).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from diary import messages
from diary.commands.base import EXIT_OK, CliError, Command, definition, diary_today, parse_date
from diary.domain.cadence import HoldKind, PersonSummary, ReachOut, ReachOutList
from diary.domain.checkins import QUESTIONNAIRES, score
from diary.domain.models import CheckIn, CheckInKind, Problem, ValidationError
from diary.formats import records, terminal
from diary.i18n import Plural


def _count(n: int, forms: Plural, none: str) -> str:
    """``none`` for nothing, else the form of ``forms`` for ``n`` in the current language."""
    return none if n == 0 else messages.plural(n, forms)


# People ---------------------------------------------------------------------------------------


def cmd_person_show(cmd: Command) -> int:
    """One person's page in the terminal: contacts, who reached out, moods on days together."""
    with cmd.diary() as (_vault, repo):
        summary = repo.person_summary(cmd.args.name, definition())
    if summary is None:
        raise ValidationError(code=Problem.NO_SUCH_PERSON, name=cmd.args.name.strip())
    if cmd.args.json:
        cmd.print_json(person_summary_to_dict(summary))
    else:
        for line in person_lines(summary):
            cmd.say(line)
    return EXIT_OK


def person_lines(summary: PersonSummary) -> list[str]:
    """A person's page in a few lines: who, how many contacts, who reached out."""
    name = summary.person.name
    lines = [terminal.person_line(summary.person)]
    if summary.last_contact is None:
        lines.append(messages.PERSON_NO_CONTACTS.format(name=name))
    else:
        lines.append(
            messages.PERSON_CONTACTS(
                len(summary.interactions),
                meaningful=summary.meaningful,
                date=messages.short_day(summary.last_contact, year=True),
            )
        )
    started = messages.initiative_sentence(name, summary.initiative)
    if started:
        lines.append(started)
    return lines


def person_summary_to_dict(summary: PersonSummary) -> dict[str, Any]:
    """What ``diary person show NAME --json`` prints (docs/cli.md)."""
    counts = summary.initiative
    return {
        **records.person_to_dict(summary.person),
        "contacts": len(summary.interactions),
        "meaningful_contacts": summary.meaningful,
        "minutes": summary.minutes,
        "last_contact": _iso(summary.last_contact),
        "last_meaningful": _iso(summary.last_meaningful),
        "mood_with": {"mean": summary.mood.mean_with, "n": summary.mood.n_with},
        "mood_other_days": {"mean": summary.mood.mean_other, "n": summary.mood.n_other},
        "initiative": {
            "counted": counts.counted,
            "me": counts.me,
            "them": counts.them,
            "both": counts.both,
            "sentence": messages.initiative_sentence(summary.person.name, counts),
        },
    }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def cmd_person_merge(cmd: Command) -> int:
    """Make two people one: OTHER's contacts, gratitude notes and circles join KEEP."""
    with cmd.diary() as (_vault, repo):
        other = repo.person(cmd.args.other)
        keep = repo.merge_people(cmd.args.keep, cmd.args.other)
    cmd.say(
        messages.PEOPLE_MERGED.format(other=other.name if other else cmd.args.other, keep=keep.name)
    )
    return EXIT_OK


def cmd_person_delete(cmd: Command) -> int:
    """Remove someone; the user must say what happens to the contacts with them."""
    args = cmd.args
    if not (args.keep_interactions or args.delete_interactions):
        raise CliError(messages.PEOPLE_DELETE_HOW.format(name=" ".join(args.name.split())))
    with cmd.diary() as (_vault, repo):
        done = repo.delete_person(args.name, keep_interactions=args.keep_interactions)
    kept = _count(done.contacts_kept, messages.PEOPLE_CONTACTS, messages.PEOPLE_NO_CONTACTS)
    notes = _count(done.gratitude_unlinked, messages.PEOPLE_NOTES, messages.PEOPLE_NO_NOTES)
    if args.keep_interactions:
        kept = kept[:1].upper() + kept[1:]  # it starts a sentence
        cmd.say(messages.PEOPLE_DELETED_KEEPING.format(name=done.name, kept=kept, notes=notes))
    else:
        deleted = _count(
            done.contacts_deleted, messages.PEOPLE_CONTACTS, messages.PEOPLE_NO_CONTACTS
        )
        cmd.say(
            messages.PEOPLE_DELETED.format(name=done.name, deleted=deleted, kept=kept, notes=notes)
        )
    return EXIT_OK


# Reach out ------------------------------------------------------------------------------------


def reach_out_line(item: ReachOut) -> str:
    """One reach-out item in words: the one sentence the app says too."""
    return messages.reach_out_sentence(item)


def reach_out_to_dict(item: ReachOut) -> dict[str, Any]:
    """One reach-out item for ``--json``."""
    hold = item.hold
    return {
        "kind": item.target.subject.value,
        "uid": item.target.uid,
        "name": item.name,
        "reason": item.reason.value,
        "inner": item.inner,
        "every_days": item.cadence_days,
        "last_contact": item.last_contact.isoformat() if item.last_contact else None,
        "days_since": item.days_since,
        "weeks_since": item.weeks_since,
        "days_overdue": item.days_overdue,
        "ratio": round(item.ratio, 3) if item.ratio is not None else None,
        "hold": {"kind": hold.kind.value, "date": hold.day.isoformat()} if hold else None,
        "words": reach_out_line(item),
    }


def reach_out_lines(found: ReachOutList) -> list[str]:
    """The whole list in words, in its order, then what is set aside."""
    lines: list[str] = []
    if not found:
        lines.append(messages.REACH_NOBODY)
    else:
        lines.append(messages.REACH_HEADING)
        lines.extend(f"  - {reach_out_line(item)}" for item in found)
    if found.hidden:
        lines.append(messages.REACH_HEADING_HIDDEN)
        for item in found.hidden:
            assert item.hold is not None
            how = (
                messages.REACH_SNOOZED_UNTIL.format(date=item.hold.day.isoformat())
                if item.hold.kind is HoldKind.SNOOZE
                else messages.REACH_DISMISSED
            )
            lines.append(f"  - {item.name} ({how})")
    return lines


def cmd_reach_out(cmd: Command) -> int:
    """Who you hoped to be in touch with by now, the longest for their rhythm first.

    The same list as the Today page (``Repository.reach_out``): nobody met today, and
    nobody never seen before the diary is as old as the hope.
    """
    today = parse_date(cmd.args.date) if cmd.args.date else diary_today()
    with cmd.diary() as (_vault, repo):
        found = repo.reach_out(today, definition())
    if cmd.args.json:
        cmd.print_json(
            {
                "date": today.isoformat(),
                "overdue": [reach_out_to_dict(i) for i in found.overdue],
                "long_time": [reach_out_to_dict(i) for i in found.long_time],
                "not_yet": [reach_out_to_dict(i) for i in found.not_yet],
                "hidden": [reach_out_to_dict(i) for i in found.hidden],
            }
        )
        return EXIT_OK
    for line in reach_out_lines(found):
        cmd.say(line)
    return EXIT_OK


# Check-ins ------------------------------------------------------------------------------------


def parse_answers(kind: CheckInKind, text: str) -> tuple[int, ...]:
    """``a,b,c`` as whole numbers of the questionnaire's scale, or a clear complaint."""
    count, low, high = kind.shape
    example = ",".join(str(high - i % (high - low + 1)) for i in range(count))
    complaint = messages.CHECKIN_BAD_ANSWERS.format(
        count=count, low=low, high=high, example=example
    )
    try:
        answers = tuple(int(part) for part in text.split(","))
    except ValueError:
        raise CliError(complaint) from None
    if len(answers) != count or not all(low <= a <= high for a in answers):
        raise CliError(complaint)
    return answers


def _checkin(cmd: Command, kind: CheckInKind) -> int:
    args = cmd.args
    day = parse_date(args.date) if args.date else diary_today()
    checkin = CheckIn(day, kind, parse_answers(kind, args.answers))
    with cmd.diary() as (_vault, repo):
        stored = repo.add_checkin(checkin)
    result = score(stored)
    if args.json:
        cmd.print_json(
            {
                "id": stored.id,
                "uid": stored.uid,
                "date": stored.day.isoformat(),
                "kind": kind.value,
                "answers": list(stored.answers),
                "raw": result.raw,
                "percent": result.percent,
                "suggests_support": result.suggests_support,
                "next_due": (day + dt.timedelta(days=QUESTIONNAIRES[kind].every_days)).isoformat(),
            }
        )
        return EXIT_OK
    if kind is CheckInKind.WHO5:
        cmd.say(messages.CHECKIN_WHO5_SCORE.format(day=day, raw=result.raw, percent=result.percent))
        cmd.say(messages.CHECKIN_WHO5_LOW if result.suggests_support else messages.CHECKIN_THANKS)
    else:
        cmd.say(messages.CHECKIN_UCLA3_SCORE.format(day=day, raw=result.raw))
        cmd.say(
            messages.CHECKIN_UCLA3_LONELY if result.suggests_support else messages.CHECKIN_THANKS
        )
    return EXIT_OK


def cmd_checkin_who5(cmd: Command) -> int:
    """Store a WHO-5 wellbeing check-in and print its score."""
    return _checkin(cmd, CheckInKind.WHO5)


def cmd_checkin_ucla3(cmd: Command) -> int:
    """Store a UCLA 3-item loneliness check-in and print its score."""
    return _checkin(cmd, CheckInKind.UCLA3)
