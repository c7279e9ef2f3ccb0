"""User operations without Qt: what the window's actions do, callable from tests and the CLI."""
