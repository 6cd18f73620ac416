"""Messages the core hands to people: English text that also carries its template, for the UI to translate.

The CLI, the logs and the bundles use a Message as the plain English str it is. The UI (ui/i18n.tr_message)
looks its template up in Qt's catalogues under its context and formats the translation with the same values,
so the wording has one source of truth here, and the core imports no Qt:

    Message(QT_TRANSLATE_NOOP("Settings", "enter the {what}"), what=Message(QT_TRANSLATE_NOOP("Settings", "vessel name")))

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
    """`template.format(**values)` in English, remembering the template and values (values may be Messages)."""

    template: Template
    values: dict[str, Any]

    def __new__(cls, template: Template, **values: Any) -> Message:
        message = super().__new__(cls, template.format(**values))
        message.template = template
        message.values = values
        return message

    def __reduce__(self):
        return (_message, (self.template, self.values))


def _message(template: Template, values: dict[str, Any]) -> Message:
    return Message(template, **values)
