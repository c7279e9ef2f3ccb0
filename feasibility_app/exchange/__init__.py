"""Exchange files (JSON, union-by-id merge) and CSV export."""


class ExchangeError(ValueError):
    """A bad or unwritable exchange file; the message names what is wrong (CLI exit 3)."""
