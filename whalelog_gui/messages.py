"""Messages the core hands to people: English text that also carries its template, for the UI to translate.

The CLI, the logs and the bundles use a Message as the plain English str it is. The UI (ui/i18n.tr_message)
looks its template up in Qt's catalogues under its context and formats the translation with the same values,
so the wording has one source of truth here, and the core imports no Qt:

    Message(QT_TRANSLATE_NOOP("Settings", "enter the {what}"), what=Message(QT_TRANSLATE_NOOP("Settings", "vessel name")))

A message with a count says it through Qt's plural forms: the template has %n where the number goes and "(s)"
in English ("%n track point(s)"), and Message(template, numerus=5) is "5 track point(s)" in the core, while the
UI picks the language's plural form. lupdate files a text as plural only when it sees it in a class's
`self.tr(text, "", n)`, so a plural template is also listed in such a call in the UI (ui/bridge_cautions.py).

QT_TRANSLATE_NOOP is a plain function of that name because pyside6-lupdate finds the templates by it.
"""

from __future__ import annotations

from typing import Any


class Template(str):
    """A translatable English text and the context its translations are filed under."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        template = super().__new__(cls, text)
        template.context = context
        return template

    def __reduce__(self):  # copy, deepcopy (dataclasses.asdict) and pickle keep the context
        return (Template, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 (the name lupdate looks for)
    """Marks `text` for translation under `context`."""
    return Template(context, text)


class Message(str):
    """`template.format(**values)` in English, remembering the template and values (values may be Messages); with
    numerus, %n in the template is that number first (Qt's plural forms pick the wording at the UI)."""

    template: Template
    values: dict[str, Any]
    numerus: int | None

    def __new__(cls, template: Template, numerus: int | None = None, **values: Any) -> Message:
        text = template if numerus is None else template.replace("%n", str(numerus))
        message = super().__new__(cls, text.format(**values))
        message.template = template
        message.values = values
        message.numerus = numerus
        return message

    def __reduce__(self):
        return (_message, (self.template, self.values, self.numerus))


def _message(template: Template, values: dict[str, Any], numerus: int | None = None) -> Message:
    return Message(template, numerus, **values)


def reason_of(exc: BaseException) -> str:
    """Why an exception was raised, as said to a person: the Message it was raised with (so the UI can translate
    it), else its text. `raise ValueError(Message(...))` keeps str(exc) the English text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Message) else str(exc)
