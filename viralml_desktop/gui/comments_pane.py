"""Comment sentiment pane, embedded in the Captions tab (placeholder until analyze_comments is built)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class CommentsPane(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self).addWidget(QLabel("Comment sentiment is not available yet in this version."))
