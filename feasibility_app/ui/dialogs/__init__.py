"""Dialogs: new plan/commitment, questions, file choosers, plan settings."""
