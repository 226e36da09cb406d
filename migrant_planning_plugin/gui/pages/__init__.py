"""The dock's steps, one module per page."""
