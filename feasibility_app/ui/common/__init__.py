"""Shared by every feature: style (fonts, colours, scale), small formatters, the language manager (i18n)."""
