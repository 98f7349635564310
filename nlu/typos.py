"""Single-character typos of words the form writes (港奥台, 研讨汇), and three-character words
written in another order (台港澳 for 港澳台).

Slips inside a phrase of the form (院土工作站, 实施单为, 上年结专资金) are found by
``PhraseSlips``: a window of the question that differs by one character from a phrase of
the form's words, where the two-character word of the phrase holding that character is no
dictionary word as written (院土 is none, 明年 of 明年目标 is one and stays).

A character is replaced only when all of these hold: it is no phrasing or function
character (的, 有, 都, 里 …); it stands in no dictionary word with its neighbours (性质 and
起止 are words, 港奥 is none); exactly one other character makes a run of three the form
writes and completes a dictionary word of three or more characters (研讨会); and it is
rare as a word of its own (奥, 汇, but not 搞 or 分).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from nlu.sounds import SimilarSlips, SoundedNames

RUN = 3  # characters compared at once
FIXED_SIZES = (3, 4, 5)  # the corrected character must complete a word this long
# A character this common as a word of its own (搞, 分, 办) is meant as written.
COMMON_CHAR_FREQUENCY = 5000
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
# 够不够, 好不好: a character, 不 and the character again ask yes or no of it.
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])(?=不\1)")
PHRASE_SIZES = (3, 4, 5, 6)  # characters in a phrase a slip is compared against
MAX_PHRASE_TOKENS = 3  # words joined into one phrase (上年 结转 资金)
SLIP_PIECE = 2  # a slip spoils a two-character word of the phrase (院士 → 院土)
MIN_SLIP_PHRASE = 3  # a slip is read against a phrase at least this long
# Inside a phrase this long, a slip may be a phrasing character (急 of 市急调查站点 for 市级).
LONG_SLIP_PHRASE = 6
# 按人头计, 以人次计: the verb of measuring after a unit is meant as written (人头计 is no
# slip of 人头数).
MEASURING = frozenset("计")
_MASK = "\0"
_LATIN = re.compile(r"[a-z]{3}")
_PARENTHESISED = re.compile(r"\([^()]*\)")
# A phrasing character (为, 的) is read as written for another of its sound only inside a
# word of the form this long (实施单为 → 实施单位).
LONG_SOUND_WORD = 4
# A phrasing character this common as a word of its own (是, 要, 有, 问) is meant as written at
# the edge of a word of two (全是 is no slip of 全市, 要来 none of 邀来, 论问数 none of 论文数);
# a rarer one (值 of 项目性值) may be a slip.
COMMON_PHRASING_FREQUENCY = 20000
# 满一度 dictated for 满意度: a numeral makes a dictionary word with any measure after it (一度,
# 一次), which tells nothing of what was meant.
_NUMERALS = frozenset("一二三四五六七八九十两")
TYPED_PASSES = 2  # 数两只标: 两只 keeps 数两 as written until 只标 is read as 指标


def corrections(
    written: str, read: str, *, cut: Callable[[str], list[str]]
) -> tuple[tuple[str, str], ...]:
    """Returns each word of ``read`` a typo was corrected in, with the word as ``written``
    (国焦 read as 国交), so an answer can say how the question was read."""
    if written == read or len(written) != len(read):
        return ()
    changed = [index for index, (a, b) in enumerate(zip(written, read, strict=True)) if a != b]
    found: dict[tuple[str, str], None] = {}
    at, previous = 0, 0
    for word in cut(read):
        start = read.find(word, at)
        if start < 0:
            continue
        at = start + len(word)
        if any(start <= index < at for index in changed):
            # 书 of 控制书 alone says little: a one-character word is shown with the one before.
            first = previous if len(word) == 1 else start
            found[(written[first:at], read[first:at])] = None
        previous = start
    return tuple(found)


class PhraseSlips:
    """Finds one-character slips against the phrases the form's words make."""

    def __init__(
        self,
        texts: Iterable[str],
        *,
        cut: Callable[[str], list[str]],
        frequency: Callable[[str], int],
        parts: Callable[[str], list[str]] = lambda word: [],
    ) -> None:
        # Rows of a big catalog repeat their headings (产出指标, 数量指标): each run is cut once.
        pieces = {piece for text in texts for piece in _CJK_RUN.findall(text)}
        phrases: set[str] = set()
        words: set[str] = set()
        for piece in pieces:
            tokens = cut(piece)
            words.update(tokens)
            phrases.update(_phrases(tokens))
            for token in tokens:
                if len(token) > PHRASE_SIZES[-1]:  # a whole indicator name is one token
                    phrases.update(_inner_phrases(token, parts(token)))
        near: dict[str, str] = {}
        for phrase in phrases:
            for at in range(len(phrase)):
                key = f"{phrase[:at]}{_MASK}{phrase[at + 1 :]}"
                if phrase[at] not in near.get(key, ""):
                    near[key] = near.get(key, "") + phrase[at]
        self._phrases = frozenset(phrases)
        # What a window one slip away from a phrase keeps of it: all but its first character,
        # all but its last, or else both its ends (checked before each slip is looked up).
        self._kept_of = {
            size: (
                frozenset(p[1:] for p in phrases if len(p) == size),
                frozenset(p[:-1] for p in phrases if len(p) == size),
                frozenset(p[0] + p[-1] for p in phrases if len(p) == size),
            )
            for size in PHRASE_SIZES
        }
        self.words = frozenset(word for word in words | phrases if len(word) >= SLIP_PIECE)
        self._near = near
        self._frequency = frequency

    def slips(self, text: str) -> dict[int, tuple[str, int]]:
        """Returns each position with one clear correction and the longest phrase behind it.

        Two corrections of one character are told apart by where it stands: inside a
        phrase (满义度 → 满意度) beats at its edge (义度目标 → 年度目标); else neither.
        """
        found: dict[int, dict[str, tuple[bool, int]]] = {}
        written: set[int] = set()  # inside a phrase the form writes as the question does
        rivals: set[int] = set()  # inside a phrase, corrected only where it spoils no word
        spans = [(m.start(), m.end()) for m in _CJK_RUN.finditer(text)]
        for size in PHRASE_SIZES:
            for start in (s for first, last in spans for s in range(first, last - size + 1)):
                window = text[start : start + size]
                if window in self._phrases:
                    written.update(range(start, start + size))
                    continue
                tails, heads, ends = self._kept_of[size]
                if (
                    window[1:] not in tails
                    and window[:-1] not in heads
                    and window[0] + window[-1] not in ends
                ):
                    continue  # one slip away from no phrase
                for at, char, kept in self._corrections(text, start=start, size=size):
                    if not kept:
                        if 0 < at < size - 1:
                            rivals.add(start + at)
                        continue
                    inside, longest = found.setdefault(start + at, {}).get(char, (False, 0))
                    within = inside or 0 < at < size - 1
                    found[start + at][char] = (within, max(longest, size))
        slips: dict[int, tuple[str, int]] = {}
        for index, chars in found.items():
            inner = [char for char, (inside, _) in chars.items() if inside]
            best = inner if inner else list(chars)
            # 企服满义度目标: 满意度 (inside, but 服满 is a word) rivals 年度目标 (at the edge).
            unsure = not inner and index in rivals
            if len(best) == 1 and index not in written and not unsure:
                # An edge slip counts as no long phrase: 急 of 急调查站点 stays.
                slips[index] = (best[0], chars[best[0]][1] if inner else MIN_SLIP_PHRASE)
        return slips

    def _corrections(self, text: str, *, start: int, size: int) -> Iterable[tuple[int, str, bool]]:
        """Yields each character one slip away from a phrase, with whether it spoils a word."""
        window = text[start : start + size]
        for at in range(size):
            for char in self._near.get(f"{window[:at]}{_MASK}{window[at + 1 :]}", ""):
                spoils = self._spoils_word(text, index=start + at, char=char, within=(start, size))
                yield at, char, spoils

    def _spoils_word(self, text: str, *, index: int, char: str, within: tuple[int, int]) -> bool:
        """Tells whether the slip turns a two-character word of the phrase ``within`` (its
        start and size) into no word, leaving its other character in no word either (结转 →
        结专; not 队员 of 辩论队去, where 队 is in 辩论队, nor 大学 of 港澳台籍学生)."""
        fixed = text[:index] + char + text[index + 1 :]
        spoiled = False
        for start in (index - 1, index):
            if start < within[0] or start + SLIP_PIECE > within[0] + within[1]:
                continue  # 数辆 of 巡检车辆每辆 runs past the phrase 巡检车辆数
            if not self._frequency(fixed[start : start + SLIP_PIECE]):
                continue
            if self._frequency(text[start : start + SLIP_PIECE]):
                return False
            other = start if start < index else index + 1
            if self._in_word(text, other):
                return False
            spoiled = True
        return spoiled

    def _in_word(self, text: str, index: int) -> bool:
        """Tells whether the character at ``index`` is in a word of two or three as written."""
        for size in (2, RUN):
            for start in range(max(index - size + 1, 0), index + 1):
                piece = text[start : start + size]
                if len(piece) == size and _CJK_RUN.fullmatch(piece) and self._frequency(piece):
                    return True
        return False


def bare_phrases(
    names: Iterable[str],
    *,
    cut: Callable[[str], list[str]],
    parts: Callable[[str], list[str]],
) -> set[str]:
    """Returns the phrases of names read with their parenthesised parts left out, as users
    write them: 院士工作站 of 培育新申报院士(专家)工作站(服务中心)数量."""
    found: set[str] = set()
    for name in names:
        bare = _PARENTHESISED.sub("", name)
        if bare == name:
            continue
        tokens = [
            piece
            for token in cut(bare)
            for piece in (
                _split(token, parts(token)) if len(token) > PHRASE_SIZES[-1] else [token]
            )
        ]
        found.update(_phrases(tokens))
    return found


def name_endings(
    names: Iterable[str],
    *,
    cut: Callable[[str], list[str]],
    parts: Callable[[str], list[str]],
) -> set[str]:
    """Returns the phrases a name ends with when its last word is one character (成本控制数,
    控制数 of …服务成本控制数): a count word the phrases of words of two characters leave out."""
    found: set[str] = set()
    for name in names:
        tokens = [
            piece
            for token in cut(name)
            for piece in (
                _split(token, parts(token)) if len(token) > PHRASE_SIZES[-1] else [token]
            )
        ]
        if len(tokens) < SLIP_PIECE or len(tokens[-1]) != 1 or not _CJK_RUN.fullmatch(name[-1]):
            continue
        phrase = tokens[-1]
        for token in reversed(tokens[-MAX_PHRASE_TOKENS:-1]):
            if len(token) < SLIP_PIECE or not _CJK_RUN.fullmatch(token):
                break
            phrase = token + phrase
            if len(phrase) > PHRASE_SIZES[-1]:
                break
            found.add(phrase)
    return found


def _split(token: str, parts: list[str]) -> list[str]:
    """Cuts a token into its longest shorter words from the left (培育新申报院士 → 培育 新 申报
    院士), so that a phrase may run from its end into the next token (院士工作站)."""
    pieces, at = [], 0
    while at < len(token):
        fitting = [p for p in parts if p != token and token.startswith(p, at)]
        piece = max(fitting, key=len) if fitting else token[at]
        pieces.append(piece)
        at += len(piece)
    return pieces


def _inner_phrases(token: str, parts: list[str]) -> set[str]:
    """Returns the phrases of adjacent shorter words inside a long token (走访对接 of
    走访对接区科协和企业科协数量), as ``_phrases`` finds them in a cut text."""
    at: dict[int, set[str]] = {}
    for part in parts:
        start = token.find(part)
        while start >= 0:
            at.setdefault(start, set()).add(part)
            start = token.find(part, start + 1)
    chains = [(start, part) for start, words in at.items() for part in words]
    found = {part for _, part in chains if len(part) <= PHRASE_SIZES[-1]}
    for _ in range(MAX_PHRASE_TOKENS - 1):
        longer = []
        for start, phrase in chains:
            for part in at.get(start + len(phrase), ()):
                joined = phrase + part
                if len(joined) <= PHRASE_SIZES[-1]:
                    found.add(joined)
                    longer.append((start, joined))
        chains = longer
    return {phrase for phrase in found if len(phrase) >= PHRASE_SIZES[0]}


def _phrases(tokens: list[str]) -> set[str]:
    """Returns the runs of up to ``MAX_PHRASE_TOKENS`` words of two or more characters."""
    found: set[str] = set()
    for first in range(len(tokens)):
        phrase = ""
        for token in tokens[first : first + MAX_PHRASE_TOKENS]:
            if len(token) < SLIP_PIECE or not _CJK_RUN.fullmatch(token):
                break
            phrase += token
            if len(phrase) > PHRASE_SIZES[-1]:
                break
            if len(phrase) >= PHRASE_SIZES[0]:
                found.add(phrase)
    return found


class TypoFixer:
    """Corrects one-character typos against the runs of characters a form writes."""

    def __init__(
        self,
        texts: Iterable[str],
        *,
        protected: Iterable[str] = (),
        frequency: Callable[[str], int] = lambda word: 0,
        is_function_word: Callable[[str], bool] = lambda word: False,
        phrases: PhraseSlips | None = None,
        sounds: SimilarSlips | None = None,
        names: SoundedNames | None = None,
    ) -> None:
        self._slips = phrases
        self._sounds = sounds
        self._names = names
        self._pinyin = None if sounds is None else sounds.typed_pinyin()
        runs: set[str] = set()
        for text in texts:
            for piece in _CJK_RUN.findall(text):
                runs.update(piece[i : i + RUN] for i in range(len(piece) - RUN + 1))
        self._runs = frozenset(runs)
        # Keys and values are strings, not tuples and sets: a big catalog makes hundreds of
        # thousands of them, and the garbage collector walks every container at each pass.
        near: dict[str, str] = {}
        for run in runs:
            for at in range(RUN):
                key = f"{at}{run[:at]}{run[at + 1 :]}"
                if run[at] not in near.get(key, ""):
                    near[key] = near.get(key, "") + run[at]
        self._near = near
        self._frequency = frequency  # of a word in the tokenizer's dictionary, 0 if none
        # The form's three-character dictionary words by their sorted characters; a sort
        # shared by two words (the same characters twice) names neither.
        reordered: dict[str, str] = {}
        for run in runs:
            if frequency(run):
                key = "".join(sorted(run))
                reordered[key] = "" if key in reordered else run
        self._reordered = {key: run for key, run in reordered.items() if run}
        self._reordered_chars = frozenset("".join(self._reordered))  # checked before a sort
        words = set(protected)
        # Looked up by size at each position: a text has far fewer positions than the
        # catalog has protected words to search for.
        self._protected = frozenset(word for word in words if len(word) > 1)
        self._protected_sizes = tuple(sorted({len(word) for word in self._protected}))
        self._protected_chars = frozenset(word for word in words if len(word) == 1)
        self._is_function_word = is_function_word  # 都, 中, 里: never a typo

    def fix(self, text: str) -> str:
        """Returns ``text`` with each clear one-character typo replaced, and each run of
        three characters the form writes as a word in another order put in its order."""
        if self._pinyin is not None and _LATIN.search(text):
            text = self._pinyin.fix(text)
        text = self._without_typed_pairs(self._in_order(text))
        chars = list(text)
        kept: set[int] | None = None  # found only when a replacement is (most text has none)
        for index, near in self._near_runs(text).items():
            found = self._replacement(text, index, near)
            if found is None or text[index] in MEASURING or self._in_word(text, index):
                continue
            kept = self._protected_positions(text) if kept is None else kept
            if index not in kept:
                chars[index] = found
        text = self._without_sound_slips(self._without_slips("".join(chars)))
        if self._names is None:
            return text
        return self._corrected(text, self._names.slips(text), lambda index, size: False)

    def _without_typed_pairs(self, text: str) -> str:
        """Returns ``text`` with each pair typed in pinyin as another word of its sound
        corrected (只标 → 指标); a slip beside another (数两只标) is read once its neighbour is."""
        if self._sounds is None:
            return text
        for _ in range(TYPED_PASSES):
            fixed = self._corrected(text, self._sounds.typed_pairs(text), lambda at, size: False)
            if fixed == text:
                break
            text = fixed
        return text

    def _without_slips(self, text: str) -> str:
        """Returns ``text`` with each slip inside a phrase of the form corrected."""

        def meant(index: int, size: int) -> bool:
            written = text[index]
            phrasing = written in self._protected_chars and size < LONG_SLIP_PHRASE
            guarded = phrasing or self._is_function_word(written)
            # 的 of 年的预算 and 要 of 桥要检测 are meant as written.
            return guarded or self._in_word(text, index) or size < MIN_SLIP_PHRASE

        return self._corrected(text, {} if self._slips is None else self._slips.slips(text), meant)

    def _without_sound_slips(self, text: str) -> str:
        """Returns ``text`` with each character written for another of its sound in a word
        of the form corrected (国焦 → 国交); a phrasing character only inside a long word (为
        of 实施单为), never one of a question word or a unit."""

        def meant(index: int, size: int) -> bool:
            written = text[index]
            function = self._is_function_word(written)
            if not function and written not in self._protected_chars:
                return False
            inside_nothing = (
                self._inside_nothing(text, index)
                if size > SLIP_PIECE
                else not function and self._stranded(text, index)
            )
            return size < LONG_SOUND_WORD and not inside_nothing

        return self._corrected(
            text, {} if self._sounds is None else self._sounds.slips(text), meant
        )

    def _stranded(self, text: str, index: int) -> bool:
        """Tells whether a phrasing character at the edge of a word of two says nothing as
        written (值 of 项目性值是啥): it stands in no dictionary word with
        either neighbour, it is no common word of its own (是 of 全是), and beside it stands a
        character of content in no word either (性, 论), never a phrasing one (都 of 都是)."""
        if self._frequency(text[index]) >= COMMON_PHRASING_FREQUENCY:
            return False
        if self._in_word(text, index, sizes=(SLIP_PIECE,)):
            return False
        for beside, far in ((index - 1, index - 2), (index + 1, index + 2)):
            if not 0 <= beside < len(text) or not _CJK_RUN.fullmatch(text[beside]):
                continue
            char = text[beside]
            if char in self._protected_chars or self._is_function_word(char):
                continue
            pair = text[min(beside, far) : max(beside, far) + 1] if 0 <= far < len(text) else ""
            if not self._frequency(pair):
                return True
        return False

    def _inside_nothing(self, text: str, index: int) -> bool:
        """Tells whether a character stands between two others with neither of which it makes
        a dictionary word, in the middle of a word of the form it stands for (以 of 满以度):
        a function character only where it says nothing (只 of 指标只写 ends its window); a
        numeral before a measure (一度 of 满一度) is no word that holds it."""
        if index == 0 or index + 1 >= len(text) or self._sounds is None:
            return False
        after = text[index : index + 2]
        if self._frequency(text[index - 1 : index + 1]) or (
            text[index] not in _NUMERALS and self._frequency(after)
        ):
            return False
        return self._sounds.centred(text, index)  # 满以度: 满意度 with 以 in its middle

    def _corrected(
        self,
        text: str,
        slips: Mapping[int, tuple[str, int]],
        meant: Callable[[int, int], bool],
    ) -> str:
        """Returns ``text`` with each slip (position → correction and the size of the word
        behind it) corrected, unless the position is protected or ``meant`` as written."""
        if not slips:
            return text
        kept = self._protected_positions(text)
        chars = list(text)
        for index, (char, size) in slips.items():
            if index not in kept and not meant(index, size):
                chars[index] = char
        return "".join(chars)

    def _in_order(self, text: str) -> str:
        """Returns ``text`` with runs like 台港澳 written as the form's word (港澳台).

        A run holding a question word (名多少 of 每名多少钱) is the question's, never a typo.
        """
        kept: set[int] | None = None
        for index in range(len(text) - RUN + 1):
            run = text[index : index + RUN]
            if not self._reordered_chars.issuperset(run) or run in self._runs:
                continue  # checked first: most runs hold a character of no reordered word
            if not _CJK_RUN.fullmatch(run):
                continue
            word = self._reordered.get("".join(sorted(run)))
            if word is None or self._straddled(text, index):
                continue
            kept = self._protected_positions(text) if kept is None else kept
            if not kept.intersection(range(index, index + RUN)):
                text = text[:index] + word + text[index + RUN :]
        return text

    def _straddled(self, text: str, start: int) -> bool:
        """Tells whether a dictionary word crosses an edge of the run at ``start``: in
        每人多少钱, 多少 and 多少钱 run on past 人多少, which is no word written out of order."""
        end = start + RUN
        for size in (2, 3, 4):
            for first in range(max(start - size + 1, 0), end):
                last = first + size
                crosses = first < start < last or first < end < last
                if crosses and last <= len(text) and self._frequency(text[first:last]):
                    return True
        return False

    def _in_word(self, text: str, index: int, *, sizes: tuple[int, ...] = (2, RUN)) -> bool:
        """Tells whether a character is part of a dictionary word with its neighbours."""
        for size in sizes:
            for start in range(index - size + 1, index + 1):
                piece = text[max(start, 0) : start + size]
                if start >= 0 and len(piece) == size and self._frequency(piece):
                    return True
        return False

    def _near_runs(self, text: str) -> dict[int, set[str]]:
        """Returns, by position, the characters that make a run of three around it (one the
        question writes, not the form) one the form writes; each run is looked up once."""
        found: dict[int, set[str]] = {}
        for piece in _CJK_RUN.finditer(text):
            for start in range(piece.start(), piece.end() - RUN + 1):
                run = text[start : start + RUN]
                if run in self._runs:
                    continue
                for at in range(RUN):
                    chars = self._near.get(f"{at}{run[:at]}{run[at + 1 :]}")
                    if chars:
                        found.setdefault(start + at, set()).update(chars)
        return dict(sorted(found.items()))

    def _replacement(self, text: str, index: int, near: set[str]) -> str | None:
        """Returns the one character of ``near`` (those making a run around ``index`` one the
        form writes) that is a clear correction."""
        if text[index] in self._protected_chars:
            return None
        found = near - {text[index]}
        if not found or self._frequency(text[index]) >= COMMON_CHAR_FREQUENCY:
            return None  # checked first: one lookup rules out most characters
        fixed = {c for c in found if self._completes_word(text, index, c)}
        if len(fixed) != 1 or self._is_function_word(text[index]):
            return None  # the tag is looked up only for the rare character with a near run
        return fixed.pop()

    def _completes_word(self, text: str, index: int, char: str) -> bool:
        """Tells whether ``char`` at ``index`` completes a long dictionary word (研讨会)."""
        return self._in_word(text[:index] + char + text[index + 1 :], index, sizes=FIXED_SIZES)

    def _protected_positions(self, text: str) -> set[int]:
        """Returns the positions inside words that are never typos (question words, units)."""
        kept: set[int] = set()
        if "不" in text:  # 够不够, 高不高兴: a word asked as A-not-A is written as meant
            for found in _A_NOT_A.finditer(text):
                kept.update((found.start(), found.start() + 2))
        for start in range(len(text)):
            for size in self._protected_sizes:
                if text[start : start + size] in self._protected:
                    kept.update(range(start, start + size))
        return kept
