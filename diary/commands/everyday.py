"""The everyday commands: create a diary, write, log contacts, people, read, search, keys.

Each command imports what it uses: ``search`` and ``list --json`` build no domain objects, so
they never load the domain models, the vocabulary or the terminal's formatting.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import TYPE_CHECKING, Any

from diary.commands.base import (
    EXIT_OK,
    CliError,
    Command,
    ask_secret,
    diary_today,
    parse_date,
    parse_month,
    read_secret_file,
)
from diary.storage.vault import Vault

if TYPE_CHECKING:
    from diary.domain.company import Company
    from diary.domain.models import Entry
    from diary.storage.quick import QuickDiary
    from diary.storage.repository import Repository


def cmd_init(cmd: Command) -> int:
    """Create a new diary; refuse to overwrite one."""
    from diary import messages

    vault = Vault(cmd.folder, cmd.policy)
    if vault.exists():
        raise CliError(messages.CLI_DIARY_EXISTS.format(folder=cmd.folder))
    passphrase = cmd.new_passphrase(cmd.args.passphrase_file)
    with vault:
        code = vault.create(passphrase, recovery_code=cmd.args.recovery_code)
    cmd.say(messages.CREATED.format(folder=cmd.folder))
    cmd.say(messages.RECOVERY_CODE.format(code=code) if code else messages.NO_RECOVERY)
    return EXIT_OK


def cmd_demo(cmd: Command) -> int:
    """Create a diary full of realistic sample data, so there is something to look at."""
    from diary import demo, messages
    from diary.domain.sample import DEMO_PASSPHRASE
    from diary.formats import terminal
    from diary.paths import default_demo_dir

    years = cmd.args.years
    if not 1 <= years <= 30:
        raise CliError(messages.CLI_BAD_YEARS.format(low=1, high=30))
    folder = cmd.args.data_dir or default_demo_dir()
    vault = Vault(folder, cmd.policy)
    if vault.exists():
        raise CliError(messages.CLI_DIARY_EXISTS.format(folder=folder))
    passphrase = (
        read_secret_file(cmd.args.passphrase_file)
        if cmd.args.passphrase_file is not None
        else DEMO_PASSPHRASE
    )
    today = diary_today()  # the evening the app shows as today
    with vault:
        vault.create(passphrase)
        repo = vault.repository
        sample = demo.fill(repo, today, years)
        counts = repo.counts()
        first, last = repo.date_range() or (today, today)
        cmd.say(
            messages.DEMO_CREATED.format(
                folder=folder,
                days=(last - first).days + 1,
                passphrase=passphrase
                if cmd.args.passphrase_file is None
                else messages.CLI_PASSPHRASE_FROM_FILE,
                **counts,
            )
        )
        for day in repo.days(last - dt.timedelta(days=6), last):
            cmd.say(terminal.day_summary_line(day))
    word = next((p for i in reversed(sample.interactions) for p in i.people), "walk")
    cmd.say(
        messages.DEMO_TRY.format(folder=folder, month=last.strftime("%Y-%m"), day=last, word=word)
    )
    return EXIT_OK


def _company(given: str | None, old: Entry) -> Company | None:
    """``--company``: an answer replaces the day's, "none" clears it, nothing keeps it."""
    from diary.domain.company import Company

    if given is None:
        return old.company
    return None if given == "none" else Company(given)


def cmd_write(cmd: Command) -> int:
    """Create or update a day's entry; options given replace those parts only."""
    from diary import messages
    from diary.domain.models import Entry, Gratitude

    args = cmd.args
    day = parse_date(args.date)
    text = args.text
    if text == "-":
        text = sys.stdin.read()
    tags = () if args.no_tags else args.tag
    given = (args.mood, args.energy, args.feeling, args.gratitude, text, args.company, tags)
    if all(value is None for value in given):
        raise CliError(messages.NOTHING_TO_WRITE)
    gratitude = (
        tuple(Gratitude(line) for line in args.gratitude) if args.gratitude is not None else None
    )
    with cmd.quick_diary() as repo:
        old = repo.entry(day) or Entry(day)
        entry = Entry(
            day=day,
            mood=args.mood if args.mood is not None else old.mood,
            energy=args.energy if args.energy is not None else old.energy,
            feelings=(  # a built-in feeling in the current language or English, by its key
                _feeling_keys(args.feeling) if args.feeling is not None else old.feelings
            ),
            gratitude=gratitude if gratitude is not None else old.gratitude,
            text=text if text is not None else old.text,
            uid=old.uid,
            company=_company(args.company, old),
            tags=tuple(tags) if tags is not None else old.tags,
        )
        repo.save_entry(entry)
    done = messages.EMPTIED_ENTRY if entry.is_empty else messages.SAVED_ENTRY
    cmd.say(done.format(day=day.isoformat()))
    return EXIT_OK


def _feeling_keys(words: list[str]) -> tuple[str, ...]:
    """``--feeling`` words as the diary keeps them (the vocabulary is loaded only for them)."""
    from diary.domain.vocabulary import key_of

    return tuple(key_of(word) for word in words)


def cmd_met(cmd: Command) -> int:
    """Log a contact: from --line (no one is created unless asked), or from the options."""
    from diary import messages
    from diary.domain.models import Initiator, Interaction, Mode
    from diary.formats import terminal

    args = cmd.args
    if args.line is not None:
        return _met_line(cmd)
    if args.add_people:
        raise CliError(messages.MET_ADD_PEOPLE_NEEDS_LINE)
    if args.date is None or args.mode is None or args.minutes is None:
        raise CliError(messages.MET_NEEDS)
    interaction = Interaction(
        day=parse_date(args.date),
        mode=Mode(args.mode),
        minutes=args.minutes,
        people=tuple(args.people),
        depth=args.depth,
        initiated=Initiator(args.initiated) if args.initiated else None,
        circle=args.circle,
        note=args.note or "",
    )
    with cmd.diary() as (_vault, repo):
        stored = repo.add_interaction(interaction)
    cmd.say(messages.LOGGED_CONTACT.format(line=terminal.interaction_line(stored)))
    return EXIT_OK


def _met_line(cmd: Command) -> int:
    """``met --line``: the contact line's grammar (``domain.contact_line``), as on Today."""
    from dataclasses import replace

    from diary import messages
    from diary.domain.contact_line import join_names, parse_contact_line
    from diary.domain.models import Person
    from diary.formats import terminal

    args = cmd.args
    options = [
        option
        for option, value in (
            ("--mode", args.mode),
            ("--minutes", args.minutes),
            ("--depth", args.depth),
            ("--with", args.people or None),
            ("--initiated", args.initiated),
            ("--note", args.note),
        )
        if value is not None
    ]
    if options:
        raise CliError(messages.MET_LINE_ALONE.format(options=", ".join(options)))
    day = parse_date(args.date) if args.date is not None else diary_today()
    with cmd.diary() as (_vault, repo):
        known = [person.name for person in repo.people()]
        parsed = parse_contact_line(args.line, known)
        if parsed.unknown and not args.add_people:
            names = join_names(parsed.unknown)
            template = (
                messages.MET_UNKNOWN_ONE if len(parsed.unknown) == 1 else messages.MET_UNKNOWN_MANY
            )
            raise CliError(template.format(names=names, first=parsed.unknown[0]))
        interaction = parsed.interaction(day, extra_people=parsed.unknown)
        if args.circle:
            interaction = replace(interaction, circle=args.circle)
        for name in parsed.unknown:
            repo.add_person(Person(name))
        stored = repo.add_interaction(interaction)
    for name in parsed.unknown:
        cmd.say(messages.ADDED_PERSON.format(name=name))
    cmd.say(messages.LOGGED_CONTACT.format(line=terminal.interaction_line(stored)))
    return EXIT_OK


def cmd_person_add(cmd: Command) -> int:
    """Add someone to the diary."""
    from diary import messages
    from diary.domain.models import Person

    args = cmd.args
    person = Person(
        name=args.name, circles=tuple(args.circle), inner=args.inner, cadence_days=args.every
    )
    with cmd.diary() as (_vault, repo):
        stored = repo.add_person(person)
    cmd.say(messages.ADDED_PERSON.format(name=stored.name))
    return EXIT_OK


def cmd_person_list(cmd: Command) -> int:
    """Everyone in the diary."""
    from diary import messages
    from diary.formats import records, terminal

    with cmd.diary() as (_vault, repo):
        people = repo.people()
    if cmd.args.json:
        cmd.print_json([records.person_to_dict(p) for p in people])
    elif not people:
        cmd.say(messages.NO_PEOPLE)
    for person in people if not cmd.args.json else ():
        cmd.say(terminal.person_line(person))
    return EXIT_OK


def cmd_show(cmd: Command) -> int:
    """One day in full."""
    day = parse_date(cmd.args.date)
    with cmd.quick_diary() as repo:
        found = repo.day(day)
    if cmd.args.json:
        from diary.formats import records

        cmd.print_json(records.day_to_dict(found))
    else:
        from diary.formats import terminal

        for line in terminal.day_lines(found):
            cmd.say(line)
    return EXIT_OK


def cmd_list(cmd: Command) -> int:
    """Logged days, of a month or of the whole diary."""
    with cmd.quick_diary() as repo:  # the month is checked once the diary is open, as always
        if cmd.args.month:
            start, end = parse_month(cmd.args.month)
        else:
            start, end = dt.date.min, dt.date.max
        if cmd.args.json and not cmd.args.tag:
            summaries = _summaries(repo, start, end)
        elif cmd.args.tag:
            from diary.domain.models import Entry

            days = repo.tagged_days(Entry(start, tags=tuple(cmd.args.tag)).tags, start, end)
        else:
            days = repo.days(start, end)
    if cmd.args.json and not cmd.args.tag:
        cmd.print_json(summaries)
    elif cmd.args.json:
        from diary.formats import records

        cmd.print_json([records.day_summary(d) for d in days])
    elif not days:
        cmd.say(_nothing_listed(cmd))
    else:
        from diary.formats import terminal

        for day in days:
            cmd.say(terminal.day_summary_line(day))
    return EXIT_OK


def _nothing_listed(cmd: Command) -> str:
    """What ``list`` says when no day is listed: none tagged so, none that month, none yet."""
    from diary import messages

    if cmd.args.tag:
        return messages.CLI_NOTHING_TAGGED.format(tags=" ".join(f"#{tag}" for tag in cmd.args.tag))
    if cmd.args.month:
        return messages.CLI_NOTHING_IN_MONTH.format(month=cmd.args.month)
    return messages.CLI_NOTHING_YET


def _summaries(repo: QuickDiary | Repository, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    """``list --json``'s days, as ``records.day_summary`` shapes them (documented in cli.md).

    On the command line's own connection they are counted in SQL (``reader.day_summaries``),
    with no domain objects built; the open app's repository has the days themselves.
    """
    from diary.storage.quick import QuickDiary

    if not isinstance(repo, QuickDiary):
        from diary.formats import records

        return [records.day_summary(day) for day in repo.days(start, end)]
    return [
        {
            "date": s.day.isoformat(),
            "mood": s.mood,
            "energy": s.energy,
            "company": s.company.value if s.company else None,
            "feelings": list(s.feelings),
            "gratitude": s.gratitude,
            "words": s.words,
            "tags": list(s.tags),
            "interactions": s.contacts,
            "minutes": s.minutes,
        }
        for s in repo.day_summaries(start, end)
    ]


def cmd_search(cmd: Command) -> int:
    """Full-text search over every day's writing."""
    with cmd.quick_diary() as repo:
        hits = repo.search(cmd.args.text)
    if cmd.args.json:
        from diary.formats import records

        cmd.print_json([records.search_hit_to_dict(h) for h in hits])
    elif not hits:
        from diary import messages

        cmd.say(messages.NO_MATCHES.format(text=cmd.args.text))
    else:
        from diary.formats import terminal

        bold = cmd.out.isatty() and os.environ.get("NO_COLOR") is None
        for hit in hits:
            cmd.say(terminal.search_hit_line(hit, bold=bold))
    return EXIT_OK


def cmd_passphrase_change(cmd: Command) -> int:
    """Re-wrap the data key under a new passphrase (atomic; the old one stops working)."""
    from diary import messages

    with cmd.diary() as (vault, _repo):
        vault.change_passphrase(cmd.new_passphrase(cmd.args.new_passphrase_file))
    cmd.say(messages.PASSPHRASE_CHANGED)
    return EXIT_OK


def cmd_passphrase_recover(cmd: Command) -> int:
    """Open the diary with its recovery code and choose a new passphrase."""
    from diary import messages

    code_file = cmd.args.recovery_code_file
    code = read_secret_file(code_file) if code_file else ask_secret(messages.RECOVERY_PROMPT)
    with Vault(cmd.folder, cmd.policy) as vault:
        vault.unlock_with_recovery_code(code)
        vault.change_passphrase(cmd.new_passphrase(cmd.args.new_passphrase_file))
    cmd.say(messages.RECOVERED)
    return EXIT_OK


def cmd_check(cmd: Command) -> int:
    """Verify every page and structure of the diary."""
    from diary import messages
    from diary.storage.errors import DamagedDiary

    with cmd.diary() as (_vault, repo):
        problems = repo.integrity_problems()
        counts = repo.counts() if not problems else {}
    if problems:
        raise DamagedDiary(
            messages.DAMAGED_REPORT.format(problems="\n".join(f"  - {p}" for p in problems))
        )
    cmd.say(messages.HEALTHY.format(**counts))
    return EXIT_OK
