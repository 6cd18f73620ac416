"""Table 1's "Other activity" (bunkering, in port, …): free text, with a few suggestions offered in the crew's
language.

A picked suggestion is stored as its English source text, the one the printed English Appendix A form and the
bundles show; on screen it is said in the language showing. Text the crew types themselves is stored as typed.
"""

from __future__ import annotations

from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.i18n import tr_template

# context EventDetails: the event dialog where they are offered
SUGGESTIONS = (
    QT_TRANSLATE_NOOP("EventDetails", "bunkering"),
    QT_TRANSLATE_NOOP("EventDetails", "in port"),
    QT_TRANSLATE_NOOP("EventDetails", "waiting on weather"),
    QT_TRANSLATE_NOOP("EventDetails", "transit"),
)
_BY_SOURCE = {str(s): s for s in SUGGESTIONS}


def shown_activity(stored: str) -> str:
    """A stored activity as the screen says it: a suggestion in the language showing, typed text as it is."""
    suggestion = _BY_SOURCE.get(stored)
    return stored if suggestion is None else tr_template(suggestion)


def stored_activity(shown: str) -> str:
    """What is stored for the field's text: a suggestion's English source when the text is one (as offered in the
    language showing, or the English itself), else the text as typed."""
    text = shown.strip()
    return next((str(s) for s in SUGGESTIONS if text == tr_template(s)), text)
