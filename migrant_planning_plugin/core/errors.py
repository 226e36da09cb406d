"""Exceptions shared by the analysis modules."""

from __future__ import annotations


class InputError(ValueError):
    """Bad input the user can fix; the message is translated and names the layer, field and fix."""


class Cancelled(Exception):
    """The user cancelled the run; nothing may be written."""
