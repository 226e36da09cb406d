"""The plugin's logger (``migrant_planning``), forwarded to the QGIS message log and, during an
algorithm run, to the Processing feedback."""

from __future__ import annotations

import logging
import threading
from typing import Optional

LOGGER_NAME = "migrant_planning"
TAG = "Migrant planning"
LOG = logging.getLogger(LOGGER_NAME)


class MessageLogHandler(logging.Handler):
    """Sends log records to the QGIS message log under the plugin's tab."""

    def emit(self, record: logging.LogRecord) -> None:
        """Forward one record."""
        from qgis.core import Qgis, QgsMessageLog

        if record.levelno >= logging.ERROR:
            level = Qgis.MessageLevel.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.MessageLevel.Warning
        else:
            level = Qgis.MessageLevel.Info
        try:
            QgsMessageLog.logMessage(self.format(record), TAG, level)
        except RuntimeError:  # application shutting down
            pass


class FeedbackHandler(logging.Handler):
    """Sends log records to a Processing feedback while an algorithm runs."""

    def __init__(self, feedback) -> None:
        super().__init__(logging.INFO)
        self.feedback = feedback
        # Only the records of the thread that runs the algorithm: two runs at once (two background tasks)
        # must not show each other's messages.
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        """Forward one record (of the algorithm's own thread) as info or warning."""
        if record.thread != self.thread:
            return
        message = self.format(record)
        if record.levelno >= logging.WARNING:
            self.feedback.pushWarning(message)
        else:
            self.feedback.pushInfo(message)


_message_log_handler: Optional[MessageLogHandler] = None


def install_message_log() -> None:
    """Forward the plugin's log to the QGIS message log (idempotent)."""
    global _message_log_handler
    if _message_log_handler is None:
        _message_log_handler = MessageLogHandler(logging.INFO)
        LOG.addHandler(_message_log_handler)
    if LOG.level == logging.NOTSET or LOG.level > logging.INFO:
        LOG.setLevel(logging.INFO)


def remove_message_log() -> None:
    """Stop forwarding to the QGIS message log."""
    global _message_log_handler
    if _message_log_handler is not None:
        LOG.removeHandler(_message_log_handler)
        _message_log_handler = None
