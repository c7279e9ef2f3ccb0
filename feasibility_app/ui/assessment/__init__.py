"""Scoring one commitment: factor cards, the assessment panel, the verdict panel,
the radar and the assessor bar."""
