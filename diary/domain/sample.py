"""Deterministic, lifelike demo diaries for ``diary demo``, screenshots and benchmarks.

Charts, streaks and the mood-contact link only show what they can do on months of data, and nobody
should have to type that in (or hand over their real diary) to try Hearth. The generator plays a
person who lives alone, works, goes to a weekly class and a monthly book club, calls family on
Sundays and sometimes withdraws for a week or two. Mood really follows contact: it rises with the
day's meaningful contact and its depth, a little with yesterday's, and sinks on isolated days, so
the analytics have something honest to find. The same seed always gives the same diary, uids
included.

``demo_diary(today)`` is what ``diary demo`` and ``diary --demo`` use: it ends yesterday, with
yesterday written, so tonight's entry is left for the newcomer to try.

The diary is written in the language installed when it is made (its sentences, notes, circles
and the family's names are catalogue messages); the random choices never depend on it, so every
language gets the same days, people and moods. Feelings are stored by their English keys, as
in every diary.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from diary.domain.models import (
    MOOD_MAX,
    MOOD_MIN,
    Circle,
    Company,
    Entry,
    Gratitude,
    Initiator,
    Interaction,
    Mode,
    Person,
)
from diary.domain.stats import DEFAULT_DEFINITION
from diary.domain.vocabulary import nearest_feelings
from diary.i18n import N_, _, pgettext

_meaningful = DEFAULT_DEFINITION.is_meaningful  # the product's definition, as Insights count it

MAX_PEOPLE = 150
"""People stop growing here: about the number of stable relationships one person keeps."""

# Translators: the demo diary's circles of people (Family, Work, Book club…), named as a
# person would name a group of their contacts.
FAMILY, WORK, BOOK_CLUB, CLASS = N_("Family"), N_("Work"), N_("Book club"), N_("Pottery class")
NEIGHBOURS, UNI, RUNNING = N_("Neighbours"), N_("Uni friends"), N_("Running club")
"""The circles, by their English names; the diary gets them in the language of its making."""
_CIRCLE_CADENCE: dict[str, int | None] = {
    FAMILY: 7,
    WORK: None,
    BOOK_CLUB: 30,
    CLASS: 7,
    NEIGHBOURS: None,
    UNI: 60,
    RUNNING: 7,
}

_FOREVER = 1 << 30

# Ordinary first names and nicknames (no one famous); unique even ignoring case.
_NAMES: tuple[str, ...] = (
    "Ada", "Aisha", "Alba", "Alex", "Ali", "Ama", "Amir", "Anya", "Arlo", "Asha", "Bea", "Ben",
    "Bex", "Bilal", "Bo", "Bram", "Cal", "Cat", "Chidi", "Cleo", "Cora", "Dami", "Dan", "Dara",
    "Dee", "Dev", "Dot", "Eddie", "Eli", "Ellie", "Emeka", "Esme", "Ezra", "Fatima", "Femi",
    "Finn", "Flo", "Fran", "Gabi", "Gil", "Gus", "Hal", "Hana", "Hari", "Hattie", "Hugo", "Ida",
    "Ike", "Ilse", "Imran", "Ines", "Isla", "Ivo", "Jas", "Jem", "Jo", "Joss", "Jude", "Kai",
    "Kamal", "Kat", "Kemi", "Kit", "Kofi", "Lars", "Lena", "Leo", "Lila", "Lou", "Luca", "Lupe",
    "Mags", "Maia", "Malik", "Mateo", "Max", "Mei", "Milo", "Mina", "Mo", "Nadia", "Nat", "Neha",
    "Nell", "Nico", "Nina", "Noor", "Ola", "Olu", "Omar", "Ossie", "Pablo", "Pam", "Pat", "Pip",
    "Priya", "Quinn", "Raf", "Rani", "Ravi", "Remi", "Rhi", "Rosa", "Rory", "Ruth", "Sade", "Sal",
    "Sam", "Sana", "Seb", "Shay", "Sol", "Suki", "Suz", "Taj", "Tam", "Tess", "Theo", "Tilly",
    "Tomas", "Tova", "Uma", "Una", "Vik", "Vron", "Wes", "Wren", "Yara", "Yas", "Yusuf", "Zaid",
    "Zara", "Zoe", "Abe", "Bryn", "Caro", "Deb", "Effie", "Fen", "Greta", "Hamza", "Ines B.",
    "Jonty", "Kasia", "Lorcan", "Marta", "Niamh", "Oona", "Pete", "Rafa", "Saoirse", "Tunde",
    "Vera", "Wale", "Xin", "Yemi", "Zofia", "Aoife", "Bas", "Cass", "Dilys", "Eun", "Fergus",
    "K.L.", "D.B.", "T.R.", "Big Sam", "Little Jo",
)  # fmt: skip

# Gratitude lines: about someone met today, about an inner-circle person, or about nobody.
_THANKS_MET = (
    # Translators: the demo diary, something the diarist is grateful for about {name}, a
    # friend met today. Short, no full stop, as people jot it down.
    N_("{name} listening properly"),
    N_("Laughing with {name} until it hurt"),
    N_("A long talk with {name}"),
    N_("{name} making time for me"),
    N_("Feeling understood by {name}"),
    N_("{name} remembering the little things"),
    N_("{name}'s terrible jokes"),
    N_("A hug from {name}"),
    N_("{name} being honest with me"),
)
_THANKS_MESSAGED = (
    # Translators: the demo diary, gratitude about {name}, who sent a message today.
    N_("{name} checking in on me"),
    N_("{name}'s voice note"),
    N_("A kind message from {name}"),
    N_("{name} sending silly photos"),
)
_THANKS_INNER = (
    # Translators: the demo diary, gratitude about {name}, someone close not seen today.
    N_("{name} just being there"),
    N_("Knowing I can ring {name}"),
    N_("Having {name} in my life"),
    N_("Old photos of {name} and me"),
)
_THANKS_ALONE = (
    # Translators: the demo diary, small things the diarist (who lives alone) is grateful for.
    N_("A quiet cup of tea"),
    N_("Sunshine on the walk home"),
    N_("Clean sheets"),
    N_("A good night's sleep"),
    N_("Soup on a cold day"),
    N_("The library being open late"),
    N_("Finishing a chapter"),
    N_("My warm coat"),
    N_("A kind stranger at the shop"),
    N_("Birdsong this morning"),
    N_("Fresh bread"),
    N_("Getting through the day"),
    N_("The smell of rain"),
    N_("A hot shower"),
)

# Free-text sentences per kind of moment; {name} is someone who was there.
_SAY: dict[str, tuple[str, ...]] = {
    "class": (
        # Translators: demo diary entry: a weekly pottery class; {name} is a classmate.
        N_("Pottery class tonight; my bowl finally held its shape."),
        N_("Class was fun, {name} and I were the last to leave."),
        N_("Glazing week at pottery. Everything came out a different blue than planned."),
        N_("Wheel practice next to {name}; we laughed at our wobbly cylinders."),
    ),
    "book": (
        # Translators: demo diary entry: a monthly book club; {name} is a member.
        N_("Book club at {name}'s: we argued about the ending for an hour."),
        N_("Book club tonight. Half of us hadn't finished it and nobody minded."),
        N_("Lovely book club, {name} brought cake and a very strong opinion."),
    ),
    "family_call": (
        # Translators: demo diary entry: a call with family; {name} is a parent or relative.
        N_("Long call with {name} this evening."),
        N_("Sunday call with {name}; caught up on all the family news."),
        N_("{name} rang and we talked for ages about nothing in particular."),
    ),
    "family_visit": (
        # Translators: demo diary entry: visiting family; {name} is a relative.
        N_("Went to see {name} and stayed for dinner."),
        N_("Afternoon at {name}'s, helping in the garden."),
        N_("Family lunch; {name} was on good form."),
    ),
    "friend": (
        # Translators: demo diary entry: meeting a friend, {name}.
        N_("Coffee with {name}, who always asks the right questions."),
        N_("Dinner with {name}. Felt properly listened to."),
        N_("Walked by the river with {name}."),
        N_("Met {name} after work for a drink."),
        N_("{name} came round and we cooked together."),
        N_("Told {name} how much I appreciate them. Felt awkward, then good."),
    ),
    "friend_call": (
        # Translators: demo diary entry: a call with a friend, {name}.
        N_("Long phone call with {name}."),
        N_("Video chat with {name}; it had been too long."),
        N_("Finally rang {name} back."),
    ),
    "reconnect": (
        # Translators: demo diary entry: writing to an old friend, {name}.
        N_("Messaged {name}, an old friend, out of the blue. We're meeting next month."),
        N_("Reached out to {name} after ages. So glad I did."),
    ),
    "work": (
        # Translators: demo diary entry: a work day; {name} is a colleague.
        N_("Busy day in the office."),
        N_("Meetings all afternoon."),
        N_("Said hello to {name} at work, not much more."),
        N_("Heads down at work all day."),
    ),
    "work_lunch": (
        # Translators: demo diary entry: lunch with a colleague, {name}.
        N_("Lunch with {name} from work; nice to talk about something other than deadlines."),
        N_("Good chat with {name} over lunch."),
    ),
    "work_home": (
        # Translators: demo diary entry: working from home.
        N_("Worked from home; only saw people on screens."),
        N_("Quiet day working from home."),
    ),
    "holiday": (
        # Translators: demo diary entry: on holiday with {name}.
        N_("Still away with {name}; the sea was freezing but we went in anyway."),
        N_("Another slow day away. Long lunch, long walk, early night."),
        N_("Holiday with {name}: no plans, no emails."),
    ),
    "run": (
        # Translators: demo diary entry: a Saturday running club; {name} is a runner.
        N_("Saturday run with the club; {name} kept me going up the hill."),
        N_("Running club in the drizzle, then coffee."),
    ),
    # Translators: demo diary entry: a video call with {name}, a friend from university.
    "uni": (N_("Video call with {name} from uni, like no time had passed."),),
    # Translators: demo diary entry: a chat with {name}, a neighbour.
    "neighbour": (N_("Chatted to {name} next door over the fence."),),
    "isolated": (
        # Translators: demo diary entry: a day without meeting anyone.
        N_("Didn't see anyone today."),
        N_("Stayed in. Only a couple of messages."),
        N_("Quiet day on my own."),
        N_("Scrolled too much and spoke to nobody."),
        N_("A day of not really talking to anyone."),
    ),
    "stretch": (
        # Translators: demo diary entry: a week or two of keeping to oneself.
        N_("Still keeping to myself this week."),
        N_("Another day indoors. I should message someone."),
        N_("Feeling a bit cut off."),
    ),
    "high": (
        # Translators: demo diary entry: a good mood.
        N_("Felt lighter than I have in weeks."),
        N_("A really good day."),
        N_("Went to bed smiling."),
    ),
    "low": (
        # Translators: demo diary entry: a low mood.
        N_("Heavy sort of day."),
        N_("Tired and a bit flat."),
        N_("Couldn't shake a low mood."),
    ),
    "middle": (
        # Translators: demo diary entry: an ordinary mood.
        N_("An ordinary day, which is fine."),
        N_("Nothing special, nothing bad."),
    ),
    "chores": (
        # Translators: demo diary entry: things done alone.
        N_("Cooked something new for dinner."),
        N_("Tidied the flat."),
        N_("Read in bed for an hour."),
        N_("Long walk on my own."),
        N_("Rain all day."),
        N_("Sorted out the bills at last."),
    ),
}

_NOTES: dict[str, tuple[str, ...]] = {
    "friend": (
        # Translators: the demo diary, a short note on a contact with a friend, lower case.
        N_("coffee"),
        N_("dinner at theirs"),
        N_("walk in the park"),
        N_("pub quiz"),
        N_("helped with moving"),
        N_("birthday drinks"),
    ),
    "text": (
        # Translators: the demo diary, a short note on a message exchanged, lower case.
        N_("memes"),
        N_("quick check-in"),
        N_("voice notes"),
        N_("weekend plans"),
        N_("photos of the dog"),
    ),
    "social": (
        # Translators: the demo diary, a short note on a social media contact, lower case.
        N_("commented on photos"),
        N_("group chat"),
        N_("birthday wishes"),
        N_("liked a post"),
    ),
    # Translators: the demo diary, a short note on a contact with colleagues, lower case.
    "work": (N_("standup"), N_("project meeting"), N_("coffee break"), N_("one-to-one")),
    "family": (
        # Translators: the demo diary, a short note on a call with family, lower case.
        N_("news from home"),
        N_("planning a visit"),
        # Translators: the demo diary; Nana is the diarist's grandmother: use the same word as
        # for the demo person "Nana".
        N_("Nana's hip"),
    ),
}


DEMO_PASSPHRASE = "demo"  # shown on the unlock window of the demo diary: not a secret


@dataclass(frozen=True)
class SampleDiary:
    """A whole generated diary, ready to be written through the repository."""

    circles: tuple[Circle, ...]
    people: tuple[Person, ...]
    entries: tuple[Entry, ...]
    interactions: tuple[Interaction, ...]


@dataclass
class _Plan:
    """Who someone is to the diarist and when they are around (day indexes)."""

    name: str
    role: str
    circles: tuple[str, ...] = ()
    inner: bool = False
    cadence: int | None = None
    since: int = 0
    until: int = _FOREVER


@dataclass
class _Moment:
    """Something that happened on a day, kept for the entry's free text."""

    kind: str
    names: tuple[str, ...] = ()


@dataclass
class _Day:
    """The interactions and moments of one day being built."""

    date: dt.date
    index: int
    interactions: list[Interaction] = field(default_factory=list)
    moments: list[_Moment] = field(default_factory=list)


class _Generator:
    """Holds the random streams and the cast while a diary is generated."""

    def __init__(self, end: dt.date, years: int, seed: int, *, fill_last: bool = False) -> None:
        self.fill_last = fill_last  # the last day is always logged, with a mood, and written
        self.rng = random.Random(seed)
        self.uid_rng = random.Random(f"hearth-sample-uids-{seed}")
        # Its own stream, so answering "Company today" leaves every other sample value as it was.
        self.company_rng = random.Random(f"hearth-sample-company-{seed}")
        self.tag_rng = random.Random(f"hearth-sample-tags-{seed}")  # the same for the tags
        self.therapy_from = end - dt.timedelta(days=270)  # a course of weekly sessions
        self.days = 365 * years
        self.start = end - dt.timedelta(days=self.days - 1)
        self.years = years
        self.plans = self._cast()
        self.by_role: dict[str, list[_Plan]] = {}
        for plan in self.plans:
            self.by_role.setdefault(plan.role, []).append(plan)

    # -- helpers ---------------------------------------------------------------------------

    def uid(self) -> str:
        return f"{self.uid_rng.getrandbits(128):032x}"

    def active(self, role: str, index: int) -> list[_Plan]:
        return [p for p in self.by_role.get(role, ()) if p.since <= index < p.until]

    def pick(self, plans: Sequence[_Plan], count: int) -> list[_Plan]:
        """Pick up to ``count`` different people, favouring the inner circle."""
        pool = list(plans)
        chosen: list[_Plan] = []
        while pool and len(chosen) < count:
            weights = [3.0 if p.inner else 1.0 for p in pool]
            person = self.rng.choices(pool, weights)[0]
            pool.remove(person)
            chosen.append(person)
        return chosen

    def add(
        self,
        day: _Day,
        mode: Mode,
        minutes: int,
        people: Sequence[_Plan],
        depth: int | None,
        circle: str | None = None,
        notes: str = "",
        initiated: Initiator | None = None,
    ) -> None:
        rng = self.rng
        if initiated is None and people and rng.random() > 0.04:
            initiated = rng.choice((Initiator.ME, Initiator.THEM, Initiator.THEM, Initiator.BOTH))
        note = _(rng.choice(_NOTES[notes])) if notes and rng.random() < 0.35 else ""
        day.interactions.append(
            Interaction(
                day=day.date,
                mode=mode,
                minutes=max(0, min(minutes, 24 * 60)),
                people=tuple(p.name for p in people),
                depth=None if depth is None else max(1, min(depth, 5)),
                initiated=initiated,
                circle=None if circle is None else _(circle),
                note=note,
                uid=self.uid(),
            )
        )

    # -- the cast --------------------------------------------------------------------------

    def _cast(self) -> list[_Plan]:
        rng, days = self.rng, self.days
        names = list(_NAMES)
        rng.shuffle(names)
        pool = iter(names)

        def plan(
            role: str,
            circles: tuple[str, ...] = (),
            inner: bool = False,
            cadence: int | None = None,
        ) -> _Plan:
            return _Plan(next(pool), role, circles, inner, cadence)

        plans = [
            # Translators: the demo diary's people: the diarist's mother, as she is called at
            # home (a name in the diary, so it must differ from the first names of the demo).
            _Plan(pgettext("demo person", "Mum"), "family", (FAMILY,), True, 7),
            # Translators: the demo diary's people: the diarist's father, as called at home.
            _Plan(pgettext("demo person", "Dad"), "family", (FAMILY,), True, 14),
            # Translators: the demo diary's people: the diarist's grandmother, as called at home.
            _Plan(pgettext("demo person", "Nana"), "family", (FAMILY,), False, 14),
            plan("family", (FAMILY,), True, 10),
            plan("family", (FAMILY,)),
            plan("family", (FAMILY,)),
            plan("friend", (BOOK_CLUB,), True, 7),
            plan("friend", (), True, 10),
            plan("friend", (), True, 14),
            plan("friend"),
            plan("friend", (), False, 30),
            plan("uni", (UNI,), True, 30),
            plan("uni", (UNI,)),
            plan("uni", (UNI,)),
            *(plan("work", (WORK,)) for _time in range(7)),
            *(plan("class", (CLASS,)) for _time in range(4)),
            *(plan("book", (BOOK_CLUB,)) for _time in range(4)),
            plan("neighbour", (NEIGHBOURS,)),
            plan("neighbour", (NEIGHBOURS,)),
            plan("online"),
            plan("acquaintance"),
        ]
        if self.years > 1:
            for person in plans:  # Colleagues and classmates come and go over the years.
                if person.role == "work" and rng.random() < 0.7:
                    person.until = rng.randint(365, days)
                elif person.role == "class" and rng.random() < 0.8:
                    person.until = rng.randint(200, min(days, 3 * 365))
        target = min(MAX_PEOPLE, 20 + 13 * self.years)
        roles = ("work", "class", "friend", "run", "acquaintance", "book", "neighbour", "online")
        weights = (34, 16, 16, 10, 14, 4, 3, 3)
        while len(plans) < target:
            role = rng.choices(roles, weights)[0]
            since = rng.randint(30, days - 30)
            person = plan(role)
            person.since = since
            if role == "work":
                person.circles, person.until = (WORK,), since + rng.randint(300, 4 * 365)
            elif role == "class":
                person.circles, person.until = (CLASS,), since + rng.randint(150, 700)
            elif role == "run":
                person.circles = (RUNNING,)
            elif role == "book":
                person.circles = (BOOK_CLUB,)
            elif role == "neighbour":
                person.circles, person.until = (NEIGHBOURS,), since + rng.randint(365, 5 * 365)
            elif role == "acquaintance":
                person.until = since + rng.randint(40, 900)
            elif role == "friend" and rng.random() < 0.25:
                person.inner, person.cadence = True, rng.choice((7, 14, 21, 30))
            plans.append(person)
        if not any(p.role == "run" for p in plans):  # One runner so the club exists early on.
            plans[-1] = _Plan(plans[-1].name, "run", (RUNNING,), since=plans[-1].since)
        return plans

    # -- the calendar ----------------------------------------------------------------------

    def calendar(self) -> tuple[list[str], list[bool], dict[int, list[_Plan]]]:
        """Mark holidays away, withdrawn stretches and unlogged gaps (day indexes)."""
        rng, days = self.rng, self.days
        kind = ["normal"] * days
        away: dict[int, list[_Plan]] = {}
        companions = [p for p in self.plans if p.inner] or self.plans[:1]
        for year in range(self.years):
            for _time in range(rng.choice((1, 2, 2))):
                length = rng.randint(4, 10)
                begin = rng.randint(year * 365, year * 365 + 365 - length)
                span = range(begin, begin + length)
                if any(kind[i] != "normal" for i in span):
                    continue
                party = self.pick(companions, rng.choice((1, 1, 2)))
                for i in span:
                    kind[i] = "holiday"
                    away[i] = party
            for _time in range(rng.randint(2, 4)):
                length = rng.randint(3, 12)
                begin = rng.randint(year * 365, year * 365 + 365 - length)
                span = range(max(0, begin - 1), min(days, begin + length + 1))
                if all(kind[i] == "normal" for i in span):
                    for i in range(begin, begin + length):
                        kind[i] = "stretch"
        unlogged = [False] * days
        i = 0
        while i < days:
            if rng.random() < 0.034:
                length = rng.choice((1, 1, 1, 2, 2, 3, 4, 6))
                for j in range(i, min(days, i + length)):
                    unlogged[j] = True
                i += length + 1
            else:
                i += 1
        if self.fill_last:
            unlogged[-1] = False
        return kind, unlogged, away

    # -- one day ---------------------------------------------------------------------------

    def digital(self, day: _Day, texts: int, socials: int) -> None:
        """Messages and social media: short, shallow, occasionally warm."""
        rng, i = self.rng, day.index
        people = [
            *self.active("friend", i),
            *self.active("family", i),
            *self.active("uni", i),
            *self.active("online", i),
            *self.active("book", i),
        ]
        for _time in range(texts):
            who = self.pick(people, 1)
            depth = rng.choice((1, 1, 2, 2, 2, 3))
            self.add(day, Mode.TEXT, rng.randint(1, 12), who, depth, notes="text")
        for _time in range(socials):
            who = self.pick(people, 1) if rng.random() < 0.6 else []
            self.add(day, Mode.SOCIAL, rng.randint(2, 20), who, 1, notes="social")

    def work(self, day: _Day) -> None:
        """A weekday: small talk, meetings, sometimes lunch, sometimes from home."""
        rng, i = self.rng, day.index
        team = self.active("work", i)
        if not team:
            return
        if rng.random() < 0.7:
            if rng.random() < 0.8:
                who = self.pick(team, rng.choice((1, 2)))
                self.add(day, Mode.IN_PERSON, rng.randint(2, 9), who, rng.choice((1, 2)), WORK)
            if rng.random() < 0.3:
                who = self.pick(team, rng.randint(2, 4))
                self.add(
                    day,
                    Mode.IN_PERSON,
                    rng.randint(15, 60),
                    who,
                    rng.randint(1, 3),
                    WORK,
                    notes="work",
                    initiated=Initiator.BOTH,
                )
            if rng.random() < 0.25:
                who = self.pick(team, rng.choice((1, 1, 2)))
                self.add(day, Mode.IN_PERSON, rng.randint(25, 60), who, rng.randint(2, 4), WORK)
                day.moments.append(_Moment("work_lunch", tuple(p.name for p in who)))
            else:
                day.moments.append(_Moment("work", (rng.choice(team).name,)))
        else:
            if rng.random() < 0.4:
                who = self.pick(team, rng.randint(2, 4))
                self.add(
                    day,
                    Mode.VIDEO,
                    rng.randint(15, 45),
                    who,
                    rng.choice((1, 1, 2)),
                    WORK,
                    notes="work",
                    initiated=Initiator.BOTH,
                )
            if rng.random() < 0.7:
                who = self.pick(team, 1)
                self.add(day, Mode.TEXT, rng.randint(2, 10), who, 1, WORK, "work")
            day.moments.append(_Moment("work_home"))

    def social_life(self, day: _Day) -> None:
        """Rhythms (class, book club, Sunday call, Saturday run) and chance meetings."""
        rng, i, date = self.rng, day.index, day.date
        weekday = date.weekday()
        classmates = self.active("class", i)
        if weekday == 2 and classmates and rng.random() < 0.85:
            who = self.pick(classmates, rng.randint(2, 4))
            self.add(
                day,
                Mode.IN_PERSON,
                rng.randint(90, 130),
                who,
                rng.randint(2, 4),
                CLASS,
                initiated=Initiator.BOTH,
            )
            day.moments.append(_Moment("class", tuple(p.name for p in who)))
        readers = [p for p in self.plans if BOOK_CLUB in p.circles and p.since <= i < p.until]
        if weekday == 3 and date.day <= 7 and readers and rng.random() < 0.85:
            who = self.pick(readers, rng.randint(3, 5))
            self.add(
                day,
                Mode.IN_PERSON,
                rng.randint(90, 150),
                who,
                rng.randint(3, 5),
                BOOK_CLUB,
                initiated=Initiator.BOTH,
            )
            day.moments.append(_Moment("book", tuple(p.name for p in who)))
        runners = self.active("run", i)
        if weekday == 5 and runners and rng.random() < 0.6:
            who = self.pick(runners, rng.randint(1, 3))
            self.add(day, Mode.IN_PERSON, rng.randint(50, 80), who, rng.randint(2, 3), RUNNING)
            day.moments.append(_Moment("run", tuple(p.name for p in who)))
        family = self.active("family", i)
        if weekday == 6 and rng.random() < 0.8:
            who = [family[0]] + ([family[1]] if rng.random() < 0.4 else [])
            mode = Mode.VIDEO if rng.random() < 0.3 else Mode.CALL
            self.add(day, mode, rng.randint(20, 75), who, rng.randint(3, 5), FAMILY, "family")
            day.moments.append(_Moment("family_call", (who[0].name,)))
        if weekday >= 5 and rng.random() < 0.07:
            who = self.pick(family, rng.randint(1, 3))
            self.add(day, Mode.IN_PERSON, rng.randint(120, 360), who, rng.randint(3, 5), FAMILY)
            day.moments.append(_Moment("family_visit", (who[0].name,)))
        friends = self.active("friend", i)
        chance = (0.12, 0.1, 0.12, 0.15, 0.4, 0.45, 0.3)[weekday]
        if friends and rng.random() < chance:
            who = self.pick(friends, rng.choice((1, 1, 1, 2, 3)))
            deep = any(p.inner for p in who)
            depth = rng.randint(3, 5) if deep else rng.randint(2, 4)
            self.add(day, Mode.IN_PERSON, rng.randint(40, 200), who, depth, notes="friend")
            day.moments.append(_Moment("friend", (who[0].name,)))
        if friends and rng.random() < 0.07:
            who = self.pick(friends + self.active("uni", i), 1)
            mode = Mode.VIDEO if rng.random() < 0.3 else Mode.CALL
            self.add(day, mode, rng.randint(12, 70), who, rng.randint(3, 5))
            day.moments.append(_Moment("friend_call", (who[0].name,)))
        uni = self.active("uni", i)
        if uni and rng.random() < 0.02:
            who = self.pick(uni, rng.randint(1, len(uni)))
            self.add(day, Mode.VIDEO, rng.randint(30, 90), who, rng.randint(2, 4), UNI)
            day.moments.append(_Moment("uni", (who[0].name,)))
        neighbours = self.active("neighbour", i)
        if neighbours and rng.random() < 0.2:
            who = self.pick(neighbours, 1)
            self.add(day, Mode.IN_PERSON, rng.randint(2, 8), who, 1, NEIGHBOURS)
            if rng.random() < 0.3:
                day.moments.append(_Moment("neighbour", (who[0].name,)))
        others = self.active("acquaintance", i)
        if others and rng.random() < 0.05:
            who = self.pick(others, 1)
            self.add(day, Mode.IN_PERSON, rng.randint(5, 40), who, rng.randint(1, 3))
        if rng.random() < 0.004:
            old = [p for p in self.plans if p.role in ("uni", "friend") and not p.inner]
            if old:
                who = self.pick(old, 1)
                self.add(day, Mode.TEXT, rng.randint(5, 20), who, 3, initiated=Initiator.ME)
                day.moments.append(_Moment("reconnect", (who[0].name,)))

    def build_day(self, day: _Day, kind: str, away: list[_Plan] | None) -> None:
        rng, date = self.rng, day.date
        if kind == "stretch":
            if rng.random() < 0.7:
                self.digital(day, rng.choice((0, 1, 1, 2)), rng.choice((0, 1, 1, 2)))
            day.moments.append(_Moment("stretch"))
            return
        if kind == "holiday" and away:
            minutes, depth = rng.randint(240, 720), rng.randint(3, 5)
            self.add(day, Mode.IN_PERSON, minutes, away, depth, initiated=Initiator.BOTH)
            day.moments.append(_Moment("holiday", (away[0].name,)))
            self.digital(day, rng.choice((0, 1, 1)), rng.choice((0, 1)))
            return
        day_off = (date.month, date.day) in ((12, 25), (12, 26), (1, 1))
        if (date.month, date.day) in ((12, 24), (12, 25), (12, 26)):
            family = self.active("family", day.index)
            who = self.pick(family, rng.randint(2, len(family)))
            self.add(day, Mode.IN_PERSON, rng.randint(180, 600), who, rng.randint(3, 5), FAMILY)
            day.moments.append(_Moment("family_visit", (who[0].name,)))
        elif date.weekday() < 5 and not day_off and rng.random() < 0.96:
            self.work(day)
        self.social_life(day)
        self.digital(
            day,
            rng.choices((0, 1, 2, 3, 4, 5), (7, 20, 30, 22, 13, 8))[0],
            rng.choices((0, 1, 2), (50, 40, 10))[0],
        )

    # -- the evening entry -----------------------------------------------------------------

    def entry(self, day: _Day, mood: int | None, energy: int | None) -> Entry:
        rng = self.rng
        feelings: tuple[str, ...] = ()
        if mood is not None:
            count = rng.choice((0, 1, 1, 2, 2, 2, 3, 3))
            near = nearest_feelings(
                mood + rng.gauss(0, 0.4), (energy or 5) + rng.gauss(0, 0.4), k=count + 2
            )
            feelings = tuple(f.word for f in rng.sample(near, count))
        return Entry(
            day=day.date,
            mood=mood,
            energy=energy,
            feelings=feelings,
            gratitude=self.gratitude(day),
            text=self.text(day, mood),
            uid=self.uid(),
            company=self.company(day, mood),
            tags=self.tags(day, mood),
        )

    def tags(self, day: _Day, mood: int | None) -> tuple[str, ...]:
        """A weekly #therapy session these nine months (for the report of its days) and #work."""
        rng = self.tag_rng
        found = []
        if day.date >= self.therapy_from and day.date.weekday() == 3 and rng.random() < 0.9:
            found.append("therapy")
        if day.date.weekday() < 5 and mood is not None and rng.random() < 0.12:
            found.append("work")
        return tuple(found)

    def company(self, day: _Day, mood: int | None) -> Company | None:
        """Most evenings with a mood answer "Company today"; lonely ones more on low days."""
        rng = self.company_rng
        if mood is None or rng.random() < 0.4:
            return None
        met = any(_meaningful(item) for item in day.interactions)
        lonely = (0.15 if met else 0.3) + (0.35 if mood <= 4 else 0.0)
        if rng.random() < lonely:
            return Company.MORE
        return Company.LESS if rng.random() < (0.25 if met else 0.2) else Company.RIGHT

    def gratitude(self, day: _Day) -> tuple[Gratitude, ...]:
        rng = self.rng
        if rng.random() < 0.12:
            return ()
        ranked = sorted(day.interactions, key=_meaningful, reverse=True)
        met = list(dict.fromkeys(n for x in ranked if x.mode.is_live for n in x.people))
        messaged = list(dict.fromkeys(n for x in ranked for n in x.people if n not in met))
        inner = [p.name for p in self.plans if p.inner and p.since <= day.index < p.until]
        notes: list[Gratitude] = []
        used: set[str] = set()
        for _time in range(rng.choice((1, 2, 3, 3, 3))):
            roll = rng.random()
            if met and roll < 0.55:
                name = met[0] if rng.random() < 0.6 else rng.choice(met)
                text = _(rng.choice(_THANKS_MET)).format(name=name)
                person: str | None = name
            elif messaged and roll < 0.7:
                name = rng.choice(messaged)
                text, person = _(rng.choice(_THANKS_MESSAGED)).format(name=name), name
            elif inner and roll < 0.8:
                name = rng.choice(inner)
                text, person = _(rng.choice(_THANKS_INNER)).format(name=name), name
            else:
                text, person = _(rng.choice(_THANKS_ALONE)), None
            if text not in used:
                used.add(text)
                notes.append(Gratitude(text, person))
        return tuple(notes)

    def text(self, day: _Day, mood: int | None) -> str:
        rng = self.rng
        if rng.random() < 0.08:
            return ""
        said: list[str] = []
        for moment in day.moments:
            template = _(rng.choice(_SAY[moment.kind]))
            # Translators: the demo diary, in a sentence about "{name}" when nobody is known.
            names = moment.names or (pgettext("demo diary", "someone"),)
            said.append(template.format(name=rng.choice(names)))
        rng.shuffle(said)
        if not any(_meaningful(x) for x in day.interactions) and not said:
            said.append(_(rng.choice(_SAY["isolated"])))
        if rng.random() < 0.3:
            said.append(_(rng.choice(_SAY["chores"])))
        if mood is not None and rng.random() < 0.5:
            tone = "high" if mood >= 7 else "low" if mood <= 3 else "middle"
            said.append(_(rng.choice(_SAY[tone])))
        return " ".join(said[: rng.choice((1, 2, 2, 3, 3, 4))])

    # -- everything ------------------------------------------------------------------------

    def run(self) -> SampleDiary:
        rng = self.rng
        kinds, unlogged, away = self.calendar()
        entries: list[Entry] = []
        interactions: list[Interaction] = []
        phase = 0.0  # Slow ups and downs of life that contact does not explain.
        prev_meaningful = 0
        isolated_run = 0
        for index in range(self.days):
            date = self.start + dt.timedelta(days=index)
            phase = 0.97 * phase + rng.gauss(0, 0.08)
            if unlogged[index]:
                prev_meaningful, isolated_run = 0, 0
                continue
            day = _Day(date, index)
            self.build_day(day, kinds[index], away.get(index))
            meaningful = [x for x in day.interactions if _meaningful(x)]
            minutes = sum(x.minutes for x in meaningful)
            isolated_run = 0 if meaningful else isolated_run + 1
            winter = math.cos(2 * math.pi * (date.timetuple().tm_yday - 20) / 365)
            latent = 4.2 + phase - 0.3 * winter
            if meaningful:
                quality = sum(
                    min(x.minutes, 240) * (0.4 + 0.2 * (x.depth or 3)) for x in meaningful
                )
                deepest = max(x.depth or 3 for x in meaningful)
                latent += 0.45 + 0.5 * math.log2(1 + quality / 45) + 0.25 * (deepest - 3)
            else:
                latent -= 0.1 * min(isolated_run, 6)
                latent -= 0.12 * sum(x.mode is Mode.SOCIAL for x in day.interactions)
            latent += 0.35 * min(prev_meaningful / 60, 1.0)
            latent += 0.4 if kinds[index] == "holiday" else 0.0
            latent -= 0.4 if kinds[index] == "stretch" else 0.0
            latent += 0.15 if date.weekday() >= 5 else 0.0
            prev_meaningful = minutes
            interactions.extend(day.interactions)
            last = self.fill_last and index == self.days - 1
            if day.interactions and rng.random() < 0.04 and not last:
                continue  # Logged contacts but no entry written that evening.
            mood: int | None = _clamp(latent + rng.gauss(0, 1.0))
            energy: int | None = _clamp(
                4.6
                + 0.35 * ((mood or 5) - 5)
                + (0.5 if meaningful else -0.2)
                - (0.6 if kinds[index] == "stretch" else 0.0)
                + rng.gauss(0, 1.0)
            )
            if rng.random() < 0.02:
                mood = energy = None
            elif rng.random() < 0.06:
                energy = None
            if last and mood is None:
                mood = _clamp(latent)
            entries.append(self.entry(day, mood, energy))
        used = {c for p in self.plans for c in p.circles}
        circles = tuple(
            Circle(_(name), cadence, uid=self.uid())
            for name, cadence in _CIRCLE_CADENCE.items()
            if name in used
        )
        people = tuple(
            Person(p.name, tuple(_(c) for c in p.circles), p.inner, p.cadence, uid=self.uid())
            for p in self.plans
        )
        return SampleDiary(circles, people, tuple(entries), tuple(interactions))


def _clamp(value: float) -> int:
    return max(MOOD_MIN, min(MOOD_MAX, round(value)))


def generate(end: dt.date, years: int = 1, seed: int = 7) -> SampleDiary:
    """Generate ``years`` x 365 days of demo diary ending on ``end`` (inclusive).

    Args:
        end: The last day of the diary, usually today.
        years: How many 365-day years to cover; people grow with it up to ``MAX_PEOPLE``.
        seed: The same seed always gives the same diary, uids included.

    Returns:
        Circles, people, entries (at most one a day) and interactions, all validated.

    Raises:
        ValueError: If ``years`` is not a whole number of at least 1.
    """
    if isinstance(years, bool) or not isinstance(years, int) or years < 1:
        raise ValueError(f"years must be a whole number of at least 1, not {years!r}")
    if isinstance(end, dt.datetime) or not isinstance(end, dt.date):
        raise ValueError("end must be a calendar date")
    return _Generator(end, years, seed).run()


def demo_diary(today: dt.date, years: int = 1, seed: int = 7) -> SampleDiary:
    """The demo diary for a newcomer: ``years`` x 365 days ending the day before ``today``.

    Tonight (``today``, the evening the app shows) has no entry and no contact, so the newcomer
    can write it; yesterday always has an entry with a mood, so the last week reads full.

    Raises:
        ValueError: If ``years`` is not a whole number of at least 1, or ``today`` not a date.
    """
    if isinstance(years, bool) or not isinstance(years, int) or years < 1:
        raise ValueError(f"years must be a whole number of at least 1, not {years!r}")
    if isinstance(today, dt.datetime) or not isinstance(today, dt.date):
        raise ValueError("today must be a calendar date")
    return _Generator(today - dt.timedelta(days=1), years, seed, fill_last=True).run()
