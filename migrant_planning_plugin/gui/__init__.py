"""Dock panels and widgets. They never compute: they fill an algorithm's parameters and run it
as a background task, then load and style the outputs."""
