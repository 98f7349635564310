"""Words from Shanghai speech, older office talk, written official requests and English, read as
plain standard Chinese (``plain_words.txt``).

什么辰光开始, 一个人合几钿, 上年结转有伐, 企服的budget是多少, 企服130w比国交40w多多少: staff ask in
the words they speak and type. Each such word, and a figure written the way people type it
(130w, 40k, 0.4百万), is rewritten as a question in standard Chinese would write it, so that
the rest of the engine reads it as any other question; so are the words of an auditor's written
request (经查…，请确认目标值). A regional or formal word is rewritten only where the tokenizer
cuts at both its ends (国交关于 keeps its 交关), a particle of [end] only before punctuation or at
the end, a Latin word only whole and only where the form does not write it itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources

from knowledge.model import format_number

PLAIN_WORDS_FILE = "plain_words.txt"
_END = r"(?=[，,。；;！!？?\s~～]|$)"
_LATIN = re.compile(r"[A-Za-z]")
# emmmm, pleeease, okkk: a letter typed three times or more is drawn out, read as one.
_DRAWN = re.compile(r"([A-Za-z])\1{2,}")
# start date, start_date, start-date, startDate: the words of a Latin entry typed apart or run on.
_LATIN_APART = r"[\s_\-]*"
_LATIN_SEPARATORS = re.compile(r"[\s_\-]+")
# 130w (万), 40k (千), 0.4百万: the figure and what its ending multiplies it by.
_TYPED_FIGURE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)\s*(百万|[wWkK])(?![A-Za-z])")
_TYPED_SCALES = {"w": ("1", "万"), "k": ("1000", ""), "百万": ("100", "万")}


@cache
def _sections() -> dict[str, dict[str, str]]:
    text = (resources.files("nlu") / "data" / PLAIN_WORDS_FILE).read_text(encoding="utf-8")
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        word, _, plain = line.partition(":")
        current[word.strip().lower()] = plain.strip()
    return sections


def _alternatives(words: dict[str, str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


class PlainWords:
    """Rewrites the regional, older and English words of a question as plain standard ones."""

    def __init__(
        self, cut: Callable[[str], list[str]], *, form_words: Collection[str] = ()
    ) -> None:
        sections = _sections()
        self._cut = cut
        self._form_words = form_words
        spoken = {
            **sections["regional"],
            **sections["formal"],
            **sections["spoken_marks"],
            **sections["typed_marks"],
        }
        self._plain = {**spoken, **sections["end"]}
        self._latin_plain = {_latin_key(word): plain for word, plain in sections["latin"].items()}
        self._pattern = re.compile(
            "|".join(
                [
                    _alternatives(spoken),
                    f"(?:{_alternatives(sections['end'])}){_END}",
                ]
            )
        )
        latin = sorted(sections["latin"], key=len, reverse=True)
        self._latin = re.compile(
            rf"(?<![A-Za-z])(?:{'|'.join(map(_latin_pattern, latin))})(?![A-Za-z])",
            re.IGNORECASE,
        )
        self._chars = frozenset(word[0] for word in self._plain)

    def rewritten(self, text: str) -> str:
        """Returns ``text`` with its regional, older and English words written plainly."""
        if _LATIN.search(text) or "百万" in text:
            text = self._latin.sub(self._latin_word, _DRAWN.sub(r"\1", text))
            text = _TYPED_FIGURE.sub(_typed_figure, text)
        if not self._chars.intersection(text):
            return text
        found = list(self._pattern.finditer(text))
        if not found:
            return text
        cuts, at = {0}, 0
        for token in self._cut(text):
            # The tokenizer drops spaces (几场 鸭): each token is found where it starts.
            start = text.find(token, at)
            if start >= 0:
                at = start + len(token)
                cuts.update((start, at))
        pieces, last = [], 0
        for match in found:
            if match.start() not in cuts or match.end() not in cuts:
                continue  # 国交关于: 交关 runs into 关于
            pieces += [text[last : match.start()], self._plain[match.group(0)]]
            last = match.end()
        return "".join(pieces) + text[last:] if pieces else text

    def _latin_word(self, found: re.Match[str]) -> str:
        """Returns the plain word of a Latin one, or the word itself where the form writes it
        (a form naming its rows VR展项 or App下载量 keeps them)."""
        word = found.group(0)
        if word.lower() in self._form_words:
            return word
        return self._latin_plain[_latin_key(word)]


def _typed_figure(match: re.Match[str]) -> str:
    """Writes 130w as 130万, 40k as 40000, 0.4百万 as 40万."""
    factor, unit = _TYPED_SCALES[match.group(2).lower()]
    try:
        value = Decimal(match.group(1)) * Decimal(factor)
    except InvalidOperation:
        return match.group(0)
    return format_number(value) + unit


def _latin_pattern(word: str) -> str:
    """Returns the pattern of a Latin entry whose words may be typed apart or run on."""
    return _LATIN_APART.join(map(re.escape, _LATIN_SEPARATORS.split(word)))


def _latin_key(found: str) -> str:
    """Returns the entry a Latin word is looked up by: lower case, its words run on."""
    return _LATIN_SEPARATORS.sub("", found.lower())
