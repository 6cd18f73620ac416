"""Session-wide test setup: Qt runs offscreen, data goes to temp dirs, never to the user's profile."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
