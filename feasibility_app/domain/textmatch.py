"""Terms of a text and BM25 ranking: how a draft finds similar past commitments.

Pure Python on purpose (measured in bench/bench_precedents.py): a library would
add start-up weight to every command for a job this small. Terms are cheap
cross-language stems: accents folded, stop words of English, Spanish and
Portuguese dropped, common suffixes cut, and a shared vocabulary
(resources/precedents/vocabulary.json) maps "datos abiertos", "dados abertos"
and "open data" to one concept term, so a draft in Spanish finds precedents
written in English or Portuguese where the words say the same thing.
"""

from __future__ import annotations

import heapq
import json
import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

_WORD = re.compile(r"[a-z0-9]+")

STOP_WORDS = frozenset(
    """
    a an and are as at be been by for from has have in into is it its of on or that the their this
    to was were will with which who whom these those than then there other such all any each also
    not no more most can may must should shall our we they he she you your i me my us them what when
    where how why about over under between within without through during after before upon
    el la los las lo un una unos unas y e o u de del al en con por para sin sobre entre hasta desde
    que quien cual cuales como cuando donde se su sus es son ser fue sera este esta estos estas ese
    esa esos esas aquel le les mas muy ya tambien otro otra otros otras todo toda todos todas cada
    nos ni pero sino porque asi mediante ante bajo segun tras dicho dicha
    o os as um uma uns umas da das do dos na nas no nos num numa pelo pela pelos pelas ao aos em
    com por para sem sob entre ate desde que quem qual quais como quando onde se seu sua seus suas
    ser foi sera este esta estes estas esse essa esses essas aquele lhe lhes mais muito ja tambem
    outro outra outros outras todo toda todos todas cada nem mas porque assim atraves perante
    """.split()
)

# Longest first; a suffix is cut only if at least 3 letters remain.
_SUFFIXES = (
    "izaciones",
    "izacoes",
    "aciones",
    "amientos",
    "imientos",
    "izacion",
    "izacao",
    "ization",
    "amiento",
    "imiento",
    "acoes",
    "ations",
    "ciones",
    "idades",
    "acion",
    "acao",
    "ation",
    "ities",
    "mente",
    "ments",
    "cion",
    "coes",
    "cao",
    "idad",
    "idade",
    "ment",
    "ness",
    "ity",
    "ing",
    "ies",
    "es",
    "ed",
    "s",
    "a",
    "o",
    "y",
)
_MIN_STEM = 3


def fold(text: str) -> str:
    """Lower case without accents: "Participación" and "participacao" compare equal after stemming."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return decomposed.encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A cheap stem of a folded word, the same rule for every language (no dictionary)."""
    if len(word) <= _MIN_STEM or word.isdigit():
        return word
    for _ in range(2):  # "publicaciones" -> "public"; "datos" -> "dat"
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


class Vocabulary:
    """Concept terms: a stem (or a pair of stems) that several languages share.

    It also caches each word's (stem, term), so indexing 10,000 texts costs about one
    dictionary look-up per word.
    """

    def __init__(self, words: Mapping[str, str], pairs: Mapping[tuple[str, str], str]) -> None:
        self.words = dict(words)  # stem -> "=concept"
        self.pairs = dict(pairs)  # (stem, stem) -> "=concept"
        self._firsts = frozenset(a for a, _ in self.pairs)
        self._cache: dict[str, tuple[str, str] | None] = {}

    @classmethod
    def from_groups(cls, groups: Mapping[str, Sequence[str]]) -> Vocabulary:
        words: dict[str, str] = {}
        pairs: dict[tuple[str, str], str] = {}
        for concept, phrases in groups.items():
            for phrase in phrases:
                stems = [stem(w) for w in _WORD.findall(fold(phrase)) if w not in STOP_WORDS]
                if len(stems) == 1:
                    words[stems[0]] = "=" + concept
                elif len(stems) == 2:
                    pairs[(stems[0], stems[1])] = "=" + concept
        return cls(words, pairs)

    def lookup(self, word: str) -> tuple[str, str] | None:
        """(stem, term) of a folded word; None for a stop word or a single letter."""
        try:
            return self._cache[word]
        except KeyError:
            pass
        if word in STOP_WORDS or len(word) < 2:
            found = None
        else:
            s = stem(word)
            found = (s, self.words.get(s, s))
        if len(self._cache) < 500_000:
            self._cache[word] = found
        return found

    def pair(self, first: str | None, second: str) -> str | None:
        if first is None or first not in self._firsts:
            return None
        return self.pairs.get((first, second))


EMPTY_VOCABULARY = Vocabulary({}, {})


def load_vocabulary(path: Path) -> Vocabulary:
    """The shared vocabulary file: {"concept": ["open data", "datos abiertos", ...], ...}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Vocabulary.from_groups({k: v for k, v in data.items() if not k.startswith("_")})


def terms_with_words(text: str, vocabulary: Vocabulary = EMPTY_VOCABULARY) -> list[tuple[str, str]]:
    """(term, word as written) for each meaningful word of a text, in order, plus concept terms."""
    out: list[tuple[str, str]] = []
    original = text.lower()
    folded = fold(text)
    same_length = len(folded) == len(original)
    previous: tuple[str, int] | None = None
    for m in _WORD.finditer(folded):
        found = vocabulary.lookup(m.group())
        if found is None:
            previous = None
            continue
        s, term = found
        shown = original[m.start() : m.end()] if same_length else m.group()
        if previous is not None:
            pair = vocabulary.pair(previous[0], s)
            if pair is not None:
                out.append((pair, original[previous[1] : m.end()] if same_length else m.group()))
        out.append((term, shown))
        previous = (s, m.start())
    return out


def terms(text: str, vocabulary: Vocabulary = EMPTY_VOCABULARY) -> list[str]:
    """The terms of a text (what is indexed and what is searched); the fast path of terms_with_words."""
    out: list[str] = []
    previous: str | None = None
    lookup, pair_of = vocabulary.lookup, vocabulary.pair
    for word in _WORD.findall(fold(text)):
        found = lookup(word)
        if found is None:
            previous = None
            continue
        s, term = found
        if previous is not None:
            pair = pair_of(previous, s)
            if pair is not None:
                out.append(pair)
        out.append(term)
        previous = s
    return out


# --- BM25 ----------------------------------------------------------------------

K1 = 1.2
B = 0.75


def idf(n_docs: int, df: int) -> float:
    """BM25's idf, never negative (the "+1" variant): a term in every document still counts a little."""
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


def build_postings(documents: Iterable[Mapping[str, int]]) -> dict[str, array]:
    """The inverted index of documents given as term counts: term -> [doc, tf, doc, tf, …]."""
    index: dict[str, array] = {}
    for doc, counts in enumerate(documents):
        for term, n in counts.items():
            postings = index.get(term)
            if postings is None:
                postings = index[term] = array("I")
            postings.append(doc)
            postings.append(min(n, 0xFFFFFFFF))
    return index


def bm25_top(
    query: Mapping[str, int],
    postings: Mapping[str, array],
    lengths: Sequence[int],
    top: int = 10,
) -> list[tuple[int, float]]:
    """The `top` documents (index, score) for a query's term counts, best first.

    `postings` holds the query terms' postings (as build_postings makes them) and
    `lengths` every document's term count, by document index. Ties break on the
    lower index so results are stable.
    """
    n_docs = len(lengths)
    if n_docs == 0 or top <= 0:
        return []
    avg = (sum(lengths) / n_docs) or 1.0
    scale = K1 * B / avg
    base = K1 * (1.0 - B)
    norm = [base + scale * n for n in lengths]
    scores = [0.0] * n_docs
    for term, plist in postings.items():
        if term not in query or not plist:
            continue
        w = idf(n_docs, len(plist) // 2) * (K1 + 1.0) * (1.0 + math.log(query[term]))
        it = iter(plist)
        for doc, tf in zip(it, it, strict=True):
            scores[doc] += w * tf / (tf + norm[doc])
    best = heapq.nlargest(top, range(n_docs), key=scores.__getitem__)  # stable: lower index first on ties
    return [(d, scores[d]) for d in best if scores[d] > 0.0]


def informative_terms(query: Mapping[str, int], df: Mapping[str, int], n_docs: int, limit: int) -> list[str]:
    """The `limit` query terms that weigh most in BM25 (rare in the library, repeated in the query).

    A 20-page draft has hundreds of terms; the rare ones decide the ranking, the common ones
    only cost time, so a search scores with these alone."""

    def weight(t: str) -> float:
        return idf(n_docs, df.get(t, 0)) * (1.0 + math.log(query[t]))

    return sorted((t for t in query if t in df), key=lambda t: (-weight(t), t))[:limit]


def query_terms(text: str, vocabulary: Vocabulary = EMPTY_VOCABULARY) -> tuple[Counter[str], dict[str, str]]:
    """A query's term counts, and for each term the first word that produced it (to show why)."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for term, word in terms_with_words(text, vocabulary):
        counts[term] += 1
        shown.setdefault(term, word)
    return counts, shown
