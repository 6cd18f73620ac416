"""A logbook form row whose label is said in the crew's language, and said again when the language changes."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from whalelog_gui.messages import Template
from whalelog_gui.ui.forms.field_messages import FieldMessages
from whalelog_gui.ui.i18n import bind_text, tr_template


def translated_row(owner, messages: FieldMessages, form: QFormLayout, title: Template, widget: QWidget, *fields):
    """messages.add_row with a translated label; `owner` (Retranslating) re-says it after a language switch."""
    messages.add_row(form, tr_template(title), widget, *fields)
    label = form.labelForField(widget.parentWidget())  # add_row wraps the widget with its error line
    bind_text(owner, label.setText, title)
    return widget
