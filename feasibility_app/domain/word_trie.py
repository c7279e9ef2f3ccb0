"""One regex that finds, in a folded text, only the words that can start a wording rule.

The dispatcher used to visit every word of a draft (``\\w+``) in Python and look each up:
a 1 MB draft has 150,000 words and most start no rule. A flat alternation of the rules'
first words is no better (the engine tries every alternative at every position), but the
same words written as a trie (``f(?:ederal|inal)``) let the engine reject a position after
one character, so the scan runs in C and Python sees only the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # key of a trie node's "a word ends here" flag (True: a stem, any suffix follows)


def _trie(entries: Iterable[tuple[str, bool]]) -> dict[str, object]:
    root: dict[str, object] = {}
    for word, stem in entries:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[_END] = bool(node.get(_END)) or stem
    return root


def _source(node: dict[str, object]) -> str:
    end = node.get(_END)
    if end is True:
        return r"\w*"  # a stem: every longer word starting here matches too
    branches = [re.escape(ch) + _source(sub) for ch, sub in sorted(node.items()) if ch != _END]  # type: ignore[arg-type]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end is False else body


def first_word_regex(words: Iterable[str], stems: Iterable[str]) -> re.Pattern[str]:
    """Whole words equal to one of ``words`` or starting with one of ``stems``, as a trie
    (``words`` and ``stems`` are folded word characters, never empty)."""
    entries = [(w, False) for w in words] + [(s, True) for s in stems]
    if not entries:
        return re.compile(r"(?!)")  # no rule: nothing to find
    return re.compile(r"(?<!\w)" + _source(_trie(entries)) + r"(?!\w)")
