"""Qt widgets, dialogs and item models. No business rule lives here."""
