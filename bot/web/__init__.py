"""The web side: a jeweler's demo page with the chat widget, and the staff pages."""
