"""The People page's questions: add or edit a person or circle, merge, delete, circle members.

Each dialog is a small form whose ``value()`` is the answer; ``PeopleDialogs`` shows them
modally for the page. Tests give the page an object with the same methods instead, so no
modal dialog ever runs in a test, and check each dialog by filling its fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diary.domain.models import Circle, Person, ValidationError
from diary.messages import plural
from diary.ui.people import words
from diary.ui.shell.dialogs import Option, ask_choice
from diary.ui.today.contacts import NamesCompleter

CADENCE_MAX = 3650
Named = TypeVar("Named", bound=Person | Circle)
"""What a ``_NameForm`` adds or edits."""


def split_circles(text: str) -> tuple[str, ...]:
    """Circle names typed in one field, separated by commas; blank pieces are skipped."""
    return tuple(piece.strip() for piece in text.split(",") if piece.strip())


def _cadence_box(accessible_name: str) -> QSpinBox:
    """A spin box for "every N days" where 0 means no cadence."""
    box = QSpinBox()
    box.setRange(0, CADENCE_MAX)
    box.setSpecialValueText(words.PEOPLE_UI_NO_CADENCE)
    box.setPrefix(words.PEOPLE_UI_CADENCE_PREFIX)
    box.setSuffix(words.PEOPLE_UI_CADENCE_SUFFIX)
    box.setAccessibleName(accessible_name)
    box.setToolTip(words.PEOPLE_UI_CADENCE_TIP)
    return box


def _filter_field(name: str) -> QLineEdit:
    """A field that filters a list, named and hinted with ``name``."""
    field = QLineEdit()
    field.setAccessibleName(name)
    field.setPlaceholderText(name)
    field.setClearButtonEnabled(True)
    return field


def _filter_items(items: QListWidget, text: str) -> QListWidgetItem | None:
    """Hide the items whose text lacks a typed word; return the first one still shown."""
    words = text.casefold().split()
    first_visible: QListWidgetItem | None = None
    for row in range(items.count()):
        item = items.item(row)
        hidden = not all(word in item.text().casefold() for word in words)
        item.setHidden(hidden)
        if not hidden and first_visible is None:
            first_visible = item
    return first_visible


def _problem_label() -> QLabel:
    label = QLabel(wordWrap=True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


class _Form(QDialog):
    """A dialog with OK/Cancel buttons under its fields and a line for what is wrong."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.problem = _problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(words.PEOPLE_UI_CANCEL)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_problem(self, text: str) -> None:
        """Say what stops the answer (or nothing), and allow OK only without a problem."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.ok_button.setEnabled(not text)

    def fit_width(self, ems: int) -> None:
        """About ``ems`` letters wide, as high as the fields need."""
        self.resize(self.fontMetrics().horizontalAdvance("M") * ems, self.sizeHint().height())


class _NameForm(_Form, Generic[Named]):
    """Adds or edits something with a name no other has (a person, a circle).

    OK stays off while the name is empty, unusable or taken; ``value()`` is the answer. A
    subclass declares its words as class attributes and builds the answer in ``_build``.

    Args:
        named: What is edited; None to add one.
        taken: Names already in the diary (a new name must differ from them, ignoring case).

    Attributes:
        add_texts: The window title and OK text when adding.
        edit_texts: The window title (naming no one) and OK text when editing.
        name_texts: The name field's accessible name and placeholder.
        taken_text: What to say when the name is taken (with ``{name}``).
    """

    @property
    def add_texts(self) -> tuple[str, str]:
        """The title and the button of the dialog that adds one."""
        return ("", "")

    @property
    def edit_texts(self) -> tuple[str, str]:
        """The title and the button of the dialog that edits one."""
        return ("", "")

    @property
    def name_texts(self) -> tuple[str, str]:
        """The name field's label and placeholder."""
        return ("", "")

    @property
    def taken_text(self) -> str:
        """What is said when the name is taken."""
        return ""

    def __init__(self, named: Named | None, taken: Iterable[str], parent: QWidget | None) -> None:
        if named is None:
            title, ok_text = self.add_texts
        else:
            title, ok_text = self.edit_texts
        super().__init__(title, ok_text, parent)
        self._named: Named | None = named
        own = named.name.casefold() if named is not None else None
        self._taken = {name.casefold() for name in taken} - {own}
        self.name_edit = QLineEdit(named.name if named else "")
        self.name_edit.setAccessibleName(self.name_texts[0])
        self.name_edit.setPlaceholderText(self.name_texts[1])
        self.name_edit.textChanged.connect(lambda _text: self._check())

    def _build(self) -> Named:
        """What the fields describe (keeping the original's id and uid).

        Raises:
            ValidationError: if the fields do not make one.
        """
        raise NotImplementedError

    def _check(self) -> None:
        if not self.name_edit.text().strip():  # nothing typed yet: no reproach, just no OK
            self.show_problem("")
            self.ok_button.setEnabled(False)
            return
        try:
            found = self._build()
        except ValidationError as error:
            self.show_problem(str(error))
            return
        taken = found.name.casefold() in self._taken
        self.show_problem(self.taken_text.format(name=found.name) if taken else "")

    def value(self) -> Named | None:
        """What was filled in (with the original's id and uid), or None if unusable."""
        try:
            found = self._build()
        except ValidationError:
            return None
        return None if found.name.casefold() in self._taken else found


class PersonDialog(_NameForm[Person]):
    """Add someone, or edit their name, circles, inner-circle flag and cadence.

    Args:
        person: Who is edited; None to add someone.
        taken: Names already in the diary (a new name must differ from them, ignoring case).
        circles: Circle names to complete from.
    """

    @property
    def add_texts(self) -> tuple[str, str]:
        """The title and the button of the dialog that adds one."""
        return (words.PEOPLE_UI_ADD_TITLE, words.PEOPLE_UI_ADD_OK)

    @property
    def edit_texts(self) -> tuple[str, str]:
        """The title and the button of the dialog that edits one."""
        return (words.PEOPLE_UI_EDIT_TITLE, words.PEOPLE_UI_SAVE)

    @property
    def name_texts(self) -> tuple[str, str]:
        """The name field's label and placeholder."""
        return (words.PEOPLE_UI_FIELD_NAME, words.PEOPLE_UI_NAME_PLACEHOLDER)

    @property
    def taken_text(self) -> str:
        """What is said when the name is taken."""
        return words.PEOPLE_UI_NAME_TAKEN

    def __init__(
        self,
        person: Person | None,
        taken: Iterable[str] = (),
        circles: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(person, taken, parent)
        self.circles_edit = QLineEdit(", ".join(person.circles) if person else "")
        self.circles_edit.setAccessibleName(words.PEOPLE_UI_FIELD_CIRCLES)
        self.circles_edit.setPlaceholderText(words.PEOPLE_UI_CIRCLES_PLACEHOLDER)
        self.completer = NamesCompleter(QStringListModel(list(circles), self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.circles_edit.setCompleter(self.completer)
        self.inner_box = QCheckBox(words.PEOPLE_UI_FIELD_INNER)
        self.inner_box.setChecked(bool(person and person.inner))
        self.inner_box.setToolTip(words.PEOPLE_UI_INNER_TIP)
        self.cadence_box = _cadence_box(words.PEOPLE_UI_FIELD_CADENCE)
        self.cadence_box.setValue(person.cadence_days or 0 if person else 0)

        form = QFormLayout()
        form.addRow(words.PEOPLE_UI_FIELD_NAME_LABEL, self.name_edit)
        form.addRow(words.PEOPLE_UI_FIELD_CIRCLES_LABEL, self.circles_edit)
        form.addRow("", self.inner_box)
        form.addRow(words.PEOPLE_UI_FIELD_CADENCE_LABEL, self.cadence_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(words.PEOPLE_UI_PRIVACY, wordWrap=True))
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.circles_edit.textChanged.connect(lambda _text: self._check())
        self.fit_width(34)
        self._check()

    def _build(self) -> Person:
        cadence = self.cadence_box.value() or None
        circles = split_circles(self.circles_edit.text())
        name = self.name_edit.text()
        if not name.strip():
            raise ValidationError(words.PEOPLE_UI_NAME_NEEDED)
        if self._named is None:
            return Person(name, circles, self.inner_box.isChecked(), cadence)
        return replace(
            self._named,
            name=name,
            circles=circles,
            inner=self.inner_box.isChecked(),
            cadence_days=cadence,
        )


class MergeDialog(_Form):
    """Pick the person to merge with ``keep``; says plainly whose history joins whom.

    Args:
        keep: The person chosen in the table.
        others: Everyone else, to pick from.
    """

    def __init__(
        self, keep: Person, others: Sequence[Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            words.PEOPLE_UI_MERGE_TITLE,
            words.PEOPLE_UI_MERGE_OK,
            parent,
        )
        self._keep = keep
        self.intro = QLabel(words.PEOPLE_UI_MERGE_INTRO.format(name=keep.name), wordWrap=True)
        self.filter_edit = _filter_field(words.PEOPLE_UI_MERGE_FILTER)
        self.list = QListWidget()
        self.list.setAccessibleName(words.PEOPLE_UI_MERGE_LIST.format(name=keep.name))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for person in sorted(others, key=lambda p: p.name.casefold()):
            if person.uid != keep.uid:
                QListWidgetItem(person.name, self.list)
        self.intro.setBuddy(self.list)
        self.swap_box = QCheckBox()
        self.confirm = QLabel(wordWrap=True)
        self.confirm.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.swap_box)
        layout.addWidget(self.confirm)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.swap_box.toggled.connect(lambda _on: self._update())
        self.list.itemActivated.connect(lambda _item: self.ok_button.setFocus())
        self.fit_width(36)
        self._update()

    def pick(self, name: str) -> bool:
        """Choose ``name`` in the list (for the keyboard-less and for tests)."""
        found = self.list.findItems(name, Qt.MatchFlag.MatchFixedString)
        if not found:
            return False
        if found[0].isHidden():
            self.filter_edit.clear()
        self.list.setCurrentItem(found[0])
        return True

    def _filter(self, text: str) -> None:
        first_visible = _filter_items(self.list, text)
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first_visible)  # type: ignore[arg-type]

    def _other(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None and not item.isHidden() else None

    def _update(self) -> None:
        other = self._other()
        if other is None:
            self.swap_box.setText(words.PEOPLE_UI_MERGE_SWAP_NONE)
            self.swap_box.setEnabled(False)
            self.confirm.setText("")
            self.show_problem(
                words.PEOPLE_UI_MERGE_PICK if self.list.count() else words.PEOPLE_UI_MERGE_ALONE
            )
            return
        self.swap_box.setEnabled(True)
        self.swap_box.setText(words.PEOPLE_UI_MERGE_SWAP.format(name=other))
        keep, gone = self._pair(other)
        self.confirm.setText(words.PEOPLE_UI_MERGE_CONFIRM.format(keep=keep, other=gone))
        self.ok_button.setText(words.PEOPLE_UI_MERGE_OK_NAMED.format(other=gone, keep=keep))
        self.show_problem("")

    def _pair(self, other: str) -> tuple[str, str]:
        if self.swap_box.isChecked():
            return other, self._keep.name
        return self._keep.name, other

    def value(self) -> tuple[str, str] | None:
        """(the name that stays, the name whose history joins it), or None without a pick."""
        other = self._other()
        return None if other is None else self._pair(other)


class DeletePersonDialog(_Form):
    """Remove someone: keep the contacts without their name, or delete those only with them."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(
            words.PEOPLE_UI_DELETE_TITLE,
            words.PEOPLE_UI_DELETE_OK.format(name=person.name),
            parent,
        )
        self.intro = QLabel(words.PEOPLE_UI_DELETE_INTRO.format(name=person.name), wordWrap=True)
        self.keep_button = QRadioButton(words.PEOPLE_UI_DELETE_KEEP.format(name=person.name))
        self.drop_button = QRadioButton(words.PEOPLE_UI_DELETE_DROP_ONLY.format(name=person.name))
        self.drop_button.setToolTip(words.PEOPLE_UI_DELETE_SHARED)
        self.shared = QLabel(words.PEOPLE_UI_DELETE_SHARED, wordWrap=True)
        self.shared.setIndent(self.drop_button.iconSize().width() + self.fontMetrics().height())
        self.keep_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep_button)
        group.addButton(self.drop_button)
        self.note = QLabel(words.PEOPLE_UI_DELETE_NOTE, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.drop_button)
        layout.addWidget(self.shared)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.fit_width(36)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)

    def value(self) -> bool:
        """True to keep the contacts without the name; False to delete those only with them."""
        return self.keep_button.isChecked()


class CircleDialog(_NameForm[Circle]):
    """Add a circle, or rename one and change its cadence.

    Args:
        circle: The circle edited; None to add one.
        taken: Names of every circle (a new name must differ from them, ignoring case).
    """

    @property
    def add_texts(self) -> tuple[str, str]:
        """The title and the button of the dialog that adds one."""
        return (words.PEOPLE_UI_ADD_CIRCLE_TITLE, words.PEOPLE_UI_ADD_CIRCLE_OK)

    @property
    def edit_texts(self) -> tuple[str, str]:
        """The title and the button of the dialog that edits one."""
        return (words.PEOPLE_UI_EDIT_CIRCLE_TITLE, words.PEOPLE_UI_SAVE)

    @property
    def name_texts(self) -> tuple[str, str]:
        """The name field's label and placeholder."""
        return (words.PEOPLE_UI_FIELD_CIRCLE_NAME, words.PEOPLE_UI_CIRCLE_PLACEHOLDER)

    @property
    def taken_text(self) -> str:
        """What is said when the name is taken."""
        return words.PEOPLE_UI_CIRCLE_TAKEN

    def __init__(
        self, circle: Circle | None, taken: Iterable[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(circle, taken, parent)
        self.cadence_box = _cadence_box(words.PEOPLE_UI_FIELD_CIRCLE_CADENCE)
        self.cadence_box.setValue(circle.cadence_days or 0 if circle else 0)
        form = QFormLayout()
        form.addRow(words.PEOPLE_UI_FIELD_NAME_LABEL, self.name_edit)
        form.addRow(words.PEOPLE_UI_FIELD_CADENCE_LABEL, self.cadence_box)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(words.PEOPLE_UI_CIRCLE_EXPLAINED, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.fit_width(32)
        self._check()

    def _build(self) -> Circle:
        name = self.name_edit.text()
        if not name.strip():
            raise ValidationError(words.PEOPLE_UI_CIRCLE_NAME_NEEDED)
        cadence = self.cadence_box.value() or None
        if self._named is None:
            return Circle(name, cadence)
        return replace(self._named, name=name, cadence_days=cadence)


class MembersDialog(_Form):
    """Tick who belongs to a circle, from everyone in the diary."""

    def __init__(
        self,
        circle: Circle,
        people: Sequence[Person],
        members: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            words.PEOPLE_UI_MEMBERS_TITLE,
            words.PEOPLE_UI_SAVE,
            parent,
        )
        chosen = {name.casefold() for name in members}
        self.intro = QLabel(words.PEOPLE_UI_MEMBERS_INTRO.format(name=circle.name), wordWrap=True)
        self.filter_edit = _filter_field(words.PEOPLE_UI_MEMBERS_FILTER)
        self.list = QListWidget()
        self.list.setAccessibleName(words.PEOPLE_UI_MEMBERS_LIST.format(name=circle.name))
        for person in sorted(people, key=lambda p: p.name.casefold()):
            item = QListWidgetItem(person.name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.name.casefold() in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.intro.setBuddy(self.list)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.filter_edit.textChanged.connect(lambda text: _filter_items(self.list, text))
        self.list.itemChanged.connect(lambda _item: self._count())
        self.fit_width(30)
        self._count()

    def set_checked(self, name: str, checked: bool) -> None:
        """Tick or untick ``name``."""
        for item in self.list.findItems(name, Qt.MatchFlag.MatchFixedString):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _count(self) -> None:
        count = len(self.value())
        self.count_label.setText(
            words.PEOPLE_UI_MEMBERS_CHOSEN.format(count=plural(count, words.PEOPLE_UI_MEMBER_COUNT))
        )

    def value(self) -> list[str]:
        """The ticked names, by name."""
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


class Dialogs(Protocol):
    """What the People page asks the user; ``PeopleDialogs`` asks with modal dialogs."""

    def edit_person(
        self,
        parent: QWidget,
        person: Person | None,
        people: Sequence[Person],
        circles: Sequence[str],
    ) -> Person | None:
        """A new or changed person, or None if cancelled."""

    def merge(
        self, parent: QWidget, keep: Person, people: Sequence[Person]
    ) -> tuple[str, str] | None:
        """(the name that stays, the name that joins it), or None if cancelled."""

    def delete_person(self, parent: QWidget, person: Person) -> bool | None:
        """True to keep their contacts, False to delete those only with them, None to cancel."""

    def edit_circle(
        self, parent: QWidget, circle: Circle | None, circles: Sequence[str]
    ) -> Circle | None:
        """A new or changed circle, or None if cancelled."""

    def edit_members(
        self, parent: QWidget, circle: Circle, people: Sequence[Person], members: Sequence[str]
    ) -> list[str] | None:
        """The names that belong to ``circle``, or None if cancelled."""

    def delete_circle(self, parent: QWidget, circle: Circle, members: int) -> bool:
        """True if the user confirmed deleting ``circle``."""


def _ask(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True if accepted. It is deleted once the caller has its answer."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class PeopleDialogs:
    """Asks with the modal dialogs above (the product's ``Dialogs``)."""

    def edit_person(
        self,
        parent: QWidget,
        person: Person | None,
        people: Sequence[Person],
        circles: Sequence[str],
    ) -> Person | None:
        """Add or edit a person in ``PersonDialog``."""
        dialog = PersonDialog(person, [p.name for p in people], circles, parent)
        return dialog.value() if _ask(dialog) else None

    def merge(
        self, parent: QWidget, keep: Person, people: Sequence[Person]
    ) -> tuple[str, str] | None:
        """Pick whom to merge in ``MergeDialog``."""
        dialog = MergeDialog(keep, people, parent)
        return dialog.value() if _ask(dialog) else None

    def delete_person(self, parent: QWidget, person: Person) -> bool | None:
        """Ask how to remove someone in ``DeletePersonDialog``."""
        dialog = DeletePersonDialog(person, parent)
        return dialog.value() if _ask(dialog) else None

    def edit_circle(
        self, parent: QWidget, circle: Circle | None, circles: Sequence[str]
    ) -> Circle | None:
        """Add or edit a circle in ``CircleDialog``."""
        dialog = CircleDialog(circle, circles, parent)
        return dialog.value() if _ask(dialog) else None

    def edit_members(
        self, parent: QWidget, circle: Circle, people: Sequence[Person], members: Sequence[str]
    ) -> list[str] | None:
        """Tick a circle's members in ``MembersDialog``."""
        dialog = MembersDialog(circle, people, members, parent)
        return dialog.value() if _ask(dialog) else None

    def delete_circle(self, parent: QWidget, circle: Circle, members: int) -> bool:
        """Confirm deleting a circle in a choice dialog (keeping it is the default)."""
        count = plural(members, words.PEOPLE_UI_MEMBER_COUNT)
        delete = words.PEOPLE_UI_DELETE_CIRCLE_OK.format(name=circle.name)
        chosen = ask_choice(
            parent,
            words.PEOPLE_UI_DELETE_CIRCLE_TITLE,  # never a name in a window title
            words.PEOPLE_UI_DELETE_CIRCLE_TEXT.format(name=circle.name, count=count),
            [
                Option(words.PEOPLE_UI_KEEP_CIRCLE, words.PEOPLE_UI_KEEP_CIRCLE_WHY),
                Option(delete, words.PEOPLE_UI_DELETE_CIRCLE_WHY),
            ],
        )
        return chosen == delete
