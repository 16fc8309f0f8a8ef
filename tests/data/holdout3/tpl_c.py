"""Renderers (see module functions)."""
PAGES = []
