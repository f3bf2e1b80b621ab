"""Reflex states: thin, one per page or concern; each handler re-derives the user."""
