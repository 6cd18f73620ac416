"""The About box credits Natural Earth (its licence asks for nothing, we credit it anyway) and shows the key."""

from whalelog_gui.ui.about import about_action, about_text


def test_about_text_credits_natural_earth_and_shows_the_fingerprint():
    text = about_text("3f2a 91c0")
    assert "Natural Earth" in text and "3f2a 91c0" in text and "2007" in text


def test_about_action_reads_the_fingerprint_only_when_triggered(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    asked, shown = [], []
    monkeypatch.setattr(QMessageBox, "about", lambda p, title, text: shown.append(text))
    action = about_action(parent, lambda: asked.append(1) or "abcd ef01")
    assert asked == []
    action.trigger()
    assert asked == [1] and "abcd ef01" in shown[0]
