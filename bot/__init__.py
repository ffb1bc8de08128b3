"""Jewelry coverage advisor: a Rasa assistant for a jeweler's website."""
