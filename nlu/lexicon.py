"""The lexicon built from the catalog at start-up: project names, short names, domain terms."""

from __future__ import annotations

import itertools
import logging
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.catalog import Catalog
from nlu.lazy_dictionary import SHARDED_SUFFIX, ShardFileError, load_sharded
from nlu.normalize import Normalizer, strip_punctuation
from nlu.ordering import longest_first
from nlu.prepared import Memo
from nlu.vocabulary import GREETING_RULE, Vocabulary

PROJECT_SUFFIX = "项目"
FUNCTION_WORDS = frozenset({"与", "和", "及", "的", "暨", "之", "等", "或"})
MAX_ALIAS_WORDS = 2
MIN_TERM_CHARS = 2
MAX_KEPT_CUTS = 64  # cuts of recent texts kept (a question's parts are cut several times)
MAX_KEPT_SEGMENTS = 256  # jieba's cuts kept: one question's texts are cut about 12 times
MAX_KEPT_PARTS = 1024  # words' parts kept: each candidate row's check cuts the same words again
SWALLOWING_WORD_CHARS = 2  # 次要 of 人/次要: a common word that took a unit's last character
MAX_NEW_WORD_CHARS = 3
_SEGMENT_SPLIT = re.compile(r"[、，,。；;:：()（）《》<>\[\]【】“”\"'\s/与和及的等或]+")
_FUNCTION_CHARS = re.compile("[" + "".join(sorted(FUNCTION_WORDS)) + "]")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,3}[省市]")
_CJK_WORD = re.compile(r"^[\u3400-\u9fff]+$")
# A year (2026) says when, not what: every indicator of a form is of its year.
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_ORDINAL_WORD = re.compile(r"(?<![\d.])\d{1,2}[期批轮]")


NAME_WORD_WINDOW = 8  # characters around a short name searched for more of the name
MIN_BARE_ALIAS_CHARS = 4  # 数字化改造 names a project without 项目; 科普 does not
# A coined short name that is a common word of its own (国人 from 国际 + 人文) means that word.
COMMON_WORD_FREQUENCY = 100
# A question word (哪天) is cut whole even beside a character that makes a rarer word with
# its last one (哪天干到哪天 is not 哪 / 天干): this frequency outweighs such words.
QUESTION_WORD_FREQUENCY = 1000


@dataclass(frozen=True)
class ProjectMention:
    """Projects named in a text, with the span of the words that named them.

    ``project_ids`` has several projects when the words fit more than one (企业项目
    among 黄浦企业科技创新服务 and 徐汇企业科技创新服务).
    """

    project_ids: tuple[int, ...]
    start: int
    end: int

    @property
    def ambiguous(self) -> bool:
        """Tells whether the words fit more than one project."""
        return len(self.project_ids) > 1


class Lexicon:
    """Tokenises normalised text with the domain terms kept whole and finds project names."""

    def __init__(
        self,
        *,
        tokenizer: Any,
        vocabulary: Vocabulary,
        aliases: Mapping[str, int],
        terms: frozenset[str],
        shared_aliases: Mapping[str, tuple[int, ...]] | None = None,
        coined: frozenset[str] = frozenset(),
        project_names: Mapping[int, str] | None = None,
    ) -> None:
        self._tokenizer = tokenizer
        self.vocabulary = vocabulary
        self.aliases = dict(aliases)
        self.coined = coined
        self.project_names = dict(project_names or {})  # normalised, without punctuation
        self.shared_aliases = dict(shared_aliases or {})
        self.terms = terms
        self._alias_pattern = _alternation([*self.aliases, *self.shared_aliases])
        self._ignored = vocabulary.stop | vocabulary.question | vocabulary.followup
        self.rule_words = frozenset(_rule_words(vocabulary))
        self._units = vocabulary.units
        units = "|".join(map(re.escape, longest_first(vocabulary.units)))
        # 几起, 多少篇, 几个人: a question word fused with its measure word carries no content.
        self._asking = re.compile(rf"^(?:好?几|多少)个?(?:{units})?$")
        self._cuts: dict[str, tuple[str, ...]] = {}
        self._segments: dict[str, tuple[str, ...]] = {}
        self._parts: Memo[str, tuple[str, ...]] = Memo(MAX_KEPT_PARTS)

    @property
    def ignored(self) -> frozenset[str]:
        """Returns the stop, question and follow-up words, which name nothing."""
        return self._ignored

    @property
    def tokenizer(self) -> Any:
        """Returns the jieba tokenizer with the domain terms."""
        return self._tokenizer

    def frequency(self, word: str) -> int:
        """Returns how often the tokenizer's dictionary counts ``word`` (0 when it lacks it)."""
        return int(self._tokenizer.FREQ.get(word) or 0)

    def is_asking(self, word: str) -> bool:
        """Tells whether a word is a question word fused with a measure word (几起, 多少篇)."""
        return self._asking.match(word) is not None

    def cut_parts(self, word: str) -> list[str]:
        """Returns every shorter dictionary word inside ``word`` (科技社团 → 科技, 社团)."""
        found = self._parts.get(
            word,
            lambda: tuple(
                part
                for part in self._tokenizer.lcut(word, cut_all=True)
                if MIN_TERM_CHARS <= len(part) < len(word)
            ),
        )
        return list(found)

    def segment(self, text: str) -> list[str]:
        """Returns jieba's cut of ``text`` with two domain terms preferred to a common word.

        A common word that swallows the end of one domain term and the start of the next
        is given back to them: 线/上来/逛 → 线上/来逛; so is the first character of a term a
        common word ran on over: 告诉/我国/交 → 我/国交.
        """
        found = self._segments.get(text)
        if found is None:
            if len(self._segments) >= MAX_KEPT_SEGMENTS:
                self._segments.clear()
            found = self._segments[text] = tuple(self._segmented(text))
        return list(found)

    def _segmented(self, text: str) -> list[str]:
        words: list[str] = self._tokenizer.lcut(text, HMM=False)
        index = 0
        while index < len(words) - 1:
            regrouped = (
                _regrouped(words[index : index + 3], self.terms)
                or _unit_regained(words[index : index + 3], self._units)
                or _term_regained(words[index : index + 3], self.terms)
            )
            if regrouped:
                words[index : index + 3] = regrouped
            index += 1
        return words

    def cut(self, text: str) -> list[str]:
        """Returns the plain segmentation of ``text`` (every domain term stays one token).

        One question's remainder is cut by several checks; the last few cuts are kept.
        """
        found = self._cuts.get(text)
        if found is None:
            found = tuple(t for t in self.segment(text) if t.strip())
            if len(self._cuts) >= MAX_KEPT_CUTS:
                self._cuts.clear()
            self._cuts[text] = found
        return list(found)

    def tokens(self, text: str) -> list[str]:
        """Returns the content tokens of ``text``: canonical words and their known sub-words.

        Like jieba's search mode, a long word also yields the two- and three-character
        words inside it, but stop and question words are dropped whole, sub-words included.
        """
        result = []
        previous = ""
        for token in self.segment(strip_punctuation(text)):
            word = self.vocabulary.canonical.get(token, token)
            asked_in = previous in self.vocabulary.question and word in self._units
            previous = token
            if not word.strip() or word in self._ignored or self._asking.match(word) or asked_in:
                continue
            if _YEAR.match(word):
                continue
            result += self._sub_words(word)
            result.append(word)
        return result

    def spans_of(self, text: str, words: frozenset[str]) -> list[tuple[int, int]]:
        """Returns where ``text`` has one of ``words`` as a token of its own."""
        spans, offset = [], 0
        for token in self.segment(text):
            if token in words:
                spans.append((offset, offset + len(token)))
            offset += len(token)
        return spans

    def content_text(self, text: str) -> str:
        """Returns the first run of content words of ``text`` (科普讲座 of 科普讲座分别办几场)."""
        words: list[str] = []
        for token in self.cut(strip_punctuation(text)):
            if token in self._ignored or token in self.rule_words or self._asking.match(token):
                if words:
                    break
                continue
            words.append(token)
        return "".join(words)

    def _sub_words(self, word: str) -> list[str]:
        known = self._tokenizer.FREQ
        found = []
        for size in (2, 3):
            if len(word) > size:
                found += [
                    word[i : i + size]
                    for i in range(len(word) - size + 1)
                    if known.get(word[i : i + size]) and word[i : i + size] not in self._ignored
                ]
        return [self.vocabulary.canonical.get(sub, sub) for sub in found]

    def variants(self, name: str) -> set[str]:
        """Returns a name as written and without its function words."""
        return name_variants(name)

    def find_projects(self, text: str) -> list[ProjectMention]:
        """Returns the projects named in ``text`` by full or short name, longest names first."""
        if self._alias_pattern is None:
            return []
        found = _outermost(
            [
                self._extended(
                    text, ProjectMention(self._owners(match.group(0)), match.start(), match.end())
                )
                for match in self._alias_pattern.finditer(text)
            ]
        )
        if not any(text[m.start : m.end] in self.coined for m in found):
            return found
        # A coined short name counts only as a word of its own: 科创 is not in 科创赋能.
        tokens = self._token_spans(text)
        return [
            m for m in found if text[m.start : m.end] not in self.coined or self._stands(m, tokens)
        ]

    def _stands(self, mention: ProjectMention, tokens: list[tuple[int, int, str]]) -> bool:
        """Tells whether a coined short name is a word of its own in the question.

        It is when the tokenizer cuts at both its ends, and also when only a common word the
        tokenizer ran on over its last character follows (国交钱: 国 and 交钱) : a word of the
        form itself (科创赋能) or one that starts with it keeps it inside that word.
        """
        starts = {start for start, _, _ in tokens}
        ends = {end for _, end, _ in tokens}
        if mention.start not in starts:
            return False
        if mention.end in ends:
            return True
        return all(
            mention.start < start and word not in self.terms
            for start, end, word in tokens
            if start < mention.end < end
        )

    def _token_spans(self, text: str) -> list[tuple[int, int, str]]:
        spans, offset = [], 0
        for token in self.segment(text):
            spans.append((offset, offset + len(token), token))
            offset += len(token)
        return spans

    def _extended(self, text: str, mention: ProjectMention) -> ProjectMention:
        """Widens a short name over the words before it that continue the project's name.

        设施运维项目 matched as 运维项目 of 城市科普设施运维: 设施 is the name's too.
        """
        name = self.project_names.get(mention.project_ids[0], "")
        if mention.ambiguous or not name:
            return mention
        named = text[mention.start : mention.end]
        core = named.removesuffix(PROJECT_SUFFIX)
        at = name.find(core)
        start = mention.start
        while at > 0 and start > 0 and text[start - 1] == name[at - 1]:
            start, at = start - 1, at - 1
        end = mention.end
        # 企业科创服务, 国际交流合作: whole words of the name around a short name are its own.
        # Only the few characters around it are cut: a name word is short, a question long.
        before = self._tokenizer.lcut(text[max(0, start - NAME_WORD_WINDOW) : start], HMM=False)
        while before and _name_word(before[-1], name, core):
            start -= len(before.pop())
        if not named.endswith(PROJECT_SUFFIX):
            after = self._tokenizer.lcut(text[end : end + NAME_WORD_WINDOW], HMM=False)
            if after and _name_word(after[0], name, core):
                end += len(after[0])
        return ProjectMention(mention.project_ids, start, end)

    def _owners(self, alias: str) -> tuple[int, ...]:
        owner = self.aliases.get(alias)
        return (owner,) if owner is not None else self.shared_aliases[alias]


def _regrouped(words: list[str], terms: frozenset[str]) -> list[str] | None:
    """Regroups a lone character, a common word and what follows into two domain terms.

    ``words`` are up to three tokens (线, 上来, 逛); None when no regrouping gives two terms.
    """
    first, middle, *rest = words
    if len(first) != 1 or len(middle) < 2 or middle in terms:
        return None
    head, tail = first + middle[0], middle[1:]
    if head not in terms:
        return None
    if rest and len(rest[0]) == 1 and tail + rest[0] in terms:
        return [head, tail + rest[0]]
    if tail in terms:
        return [head, tail, *rest]
    return None


def _unit_regained(words: list[str], units: frozenset[str]) -> list[str] | None:
    """Gives a unit back the character a common word took from it: 人/次要 → 人次/要."""
    first, middle, *rest = words
    if len(first) != 1 or len(middle) != SWALLOWING_WORD_CHARS:
        return None
    head = first + middle[0]
    return [head, middle[1:], *rest] if head in units else None


def _name_word(word: str, name: str, core: str) -> bool:
    """Tells whether ``word`` is a word of a project's ``name`` that its short name left out."""
    return len(word) >= MIN_TERM_CHARS and word in name and word not in core


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    ordered = longest_first(words)
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


def content_words(tokenizer: Any, name: str) -> list[str]:
    """Returns the words of a project name without function words or digits."""
    words = tokenizer.lcut(strip_punctuation(name), HMM=False)
    return [word for word in words if word not in FUNCTION_WORDS and _CJK_WORD.match(word)]


def name_variants(name: str) -> set[str]:
    """Returns a name as written and without its function words (交流与合作 → 交流合作)."""
    compact = strip_punctuation(name)
    without = _FUNCTION_CHARS.sub("", compact)
    return {variant for variant in (compact, without) if len(variant) >= MIN_TERM_CHARS}


def derive_aliases(tokenizer: Any, name: str) -> set[str]:
    """Returns the names people use for a project: full name, and up to two of its words + 项目.

    国际科技人文交流与合作 gives 国际项目, 交流合作项目, 国际交流项目 and so on.
    """
    aliases = set()
    variants = name_variants(name)
    # 上海市科普基地建设 is also called 科普基地建设: a leading place name is often left out.
    place = _PLACE_PREFIX.match(strip_punctuation(name))
    if place and len(name) - place.end() >= MIN_TERM_CHARS * 2:
        variants |= name_variants(name[place.end() :])
    for variant in variants:
        aliases |= {variant, variant + PROJECT_SUFFIX}
    words = content_words(tokenizer, name)
    for size in range(1, MAX_ALIAS_WORDS + 1):
        for combination in itertools.combinations(words, size):
            if combination[-1] != PROJECT_SUFFIX:
                aliases.add("".join(combination) + PROJECT_SUFFIX)
    return aliases


def bare_aliases(tokenizer: Any, name: str) -> set[str]:
    """Returns runs of a name's words that people use alone, without 项目.

    城市科普设施运维 gives 科普设施运维, 城市科普 and so on; runs of single characters
    count as one word (运 维 → 运维), so a run never ends inside a word.
    """
    words = _merged_words(tokenizer.lcut(strip_punctuation(name), HMM=False))
    runs = set()
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            run = words[start:end]
            if run[0] in FUNCTION_WORDS or run[-1] in FUNCTION_WORDS:
                continue
            text = "".join(run)
            if MIN_BARE_ALIAS_CHARS <= len(text) < len(name) and _CJK_WORD.match(text):
                runs.add(text)
    # The first word with a later one (国际…交流 → 国际交流), as people shorten a long name.
    content = [word for word in words if word not in FUNCTION_WORDS and _CJK_WORD.match(word)]
    for later in content[2:]:
        text = content[0] + later
        if len(content[0]) >= MIN_TERM_CHARS and len(text) >= MIN_BARE_ALIAS_CHARS:
            runs.add(text)
    return runs


def coined_aliases(tokenizer: Any, name: str) -> set[str]:
    """Returns short names people coin from a name's words, with and without 项目.

    First characters of two words (企业…服务 → 企服, 国际…交流 → 国交, 科技创新 → 科创),
    and three words in a row with the last kept whole (科技创新服务 → 科创服务). A coinage
    that is a common word of its own (国人) is left out.
    """
    words = [word for word in content_words(tokenizer, name) if word != PROJECT_SUFFIX]
    heads = [word[0] for word in words]
    found = {heads[i] + heads[j] for i, j in itertools.combinations(range(len(words)), 2)}
    found |= {
        heads[i] + heads[i + 1] + words[i + 2]
        for i in range(len(words) - 2)
        if len(words[i]) > 1 and len(words[i + 1]) > 1
    }
    kept = {
        alias
        for alias in found
        if len(alias) >= MIN_TERM_CHARS
        and (tokenizer.FREQ.get(alias) or 0) < COMMON_WORD_FREQUENCY
        and alias not in strip_punctuation(name)
    }
    return kept | {alias + PROJECT_SUFFIX for alias in kept}


def _merged_words(words: list[str]) -> list[str]:
    merged: list[str] = []
    for word in words:
        single = len(word) == 1 and word not in FUNCTION_WORDS
        if single and merged and len(merged[-1]) == 1 and merged[-1] not in FUNCTION_WORDS:
            merged[-1] += word
        else:
            merged.append(word)
    return merged


def alias_owners(
    tokenizer: Any, names: Mapping[int, str], *, taken: Iterable[str] = ()
) -> dict[str, set[int]]:
    """Maps every alias to the projects it fits.

    A bare alias (no 项目) that is written inside ``taken`` texts (indicator names, level
    names, domain words) is left out: there it names the indicator, not the project.
    """
    # Aliases are CJK only, so none can match across the line breaks that join the texts.
    joined = "\n".join(taken)
    owners: dict[str, set[int]] = {}
    for project_id, name in names.items():
        bare = {alias for alias in bare_aliases(tokenizer, name) if alias not in joined}
        for alias in derive_aliases(tokenizer, name) | bare | coined_aliases(tokenizer, name):
            owners.setdefault(alias, set()).add(project_id)
    return owners


def unique_aliases(tokenizer: Any, names: Mapping[int, str]) -> dict[str, int]:
    """Maps each alias to its project, dropping aliases that fit more than one project."""
    owners = alias_owners(tokenizer, names)
    return {alias: min(ids) for alias, ids in owners.items() if len(ids) == 1}


def indicator_terms(name: str) -> set[str]:
    """Returns an indicator name and its punctuation-separated parts as domain terms."""
    compact = strip_punctuation(name)
    parts = {part for part in _SEGMENT_SPLIT.split(name) if len(part) >= MIN_TERM_CHARS}
    return {compact, *parts} if len(compact) >= MIN_TERM_CHARS else parts


def new_tokenizer(dictionary: str | None = None) -> Any:
    """Creates a private, initialised jieba tokenizer (the global one stays untouched).

    ``dictionary`` is a jieba word list, or a sharded dictionary (``nlu.lazy_dictionary``)
    whose words load as the tokenizer meets them; None takes jieba's full default one.
    """
    with warnings.catch_warnings():
        # jieba's own sources have invalid escapes and use pkg_resources; not our concern.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", UserWarning)
        import jieba  # jieba is heavy: load it only when the engine is built

    jieba.setLogLevel(logging.WARNING)
    if dictionary and dictionary.endswith(SHARDED_SUFFIX):
        # The tokenizer names the word list the shards were built from (its tags are read).
        tokenizer = jieba.Tokenizer(dictionary.removesuffix(SHARDED_SUFFIX))
        try:
            tokenizer.FREQ, tokenizer.total = load_sharded(Path(dictionary))
        except (OSError, ShardFileError) as error:
            logging.getLogger(__name__).warning("%s; reading the word list instead", error)
        else:
            tokenizer.initialized = True  # What initialize() loads, loaded when first met.
    else:
        tokenizer = jieba.Tokenizer(dictionary) if dictionary else jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


TERM_JOINERS = "和与及的在是"  # words said right after a term that a dictionary word may swallow
MAX_JOINER_BOOSTS = 6
MAX_JOINED_TERM = 4  # 运维, 该项目: short words and names said before 和, 的
JOINER_BOOST = 10


def add_terms(tokenizer: Any, terms: Iterable[str]) -> None:
    """Adds ``terms`` to the tokenizer so that each one is cut as a single token."""
    ordered = sorted(set(terms), key=lambda term: (len(term), term))
    for term in ordered:
        tokenizer.add_word(term)
    for term in ordered:
        if tokenizer.lcut(term, HMM=False) != [term]:
            tokenizer.add_word(term, freq=tokenizer.suggest_freq(term, tune=False) * 10 + 1)
    for term in ordered:
        _kept_before_joiners(tokenizer, term)


def _kept_before_joiners(tokenizer: Any, term: str) -> None:
    """Raises a term's frequency until a joiner after it stays a word of its own: 运维和养护 is
    运维 + 和, not 运 + 维和 (peacekeeping), and 该项目的 is 该项目 + 的, not 该项 + 目的."""
    if len(term) > MAX_JOINED_TERM:
        return  # a long term (a whole row name) is rarely said before a joiner
    freq = tokenizer.FREQ
    for joiner in TERM_JOINERS:
        if not any(freq.get(term[i:] + joiner) for i in range(1, len(term))):
            continue  # no dictionary word starts inside the term and takes the joiner
        for _ in range(MAX_JOINER_BOOSTS):
            if tokenizer.lcut(term + joiner, HMM=False)[0] == term:
                break
            tokenizer.add_word(term, freq=(freq.get(term) or 1) * JOINER_BOOST)


def build_lexicon(
    catalog: Catalog,
    *,
    vocabulary: Vocabulary,
    normalizer: Normalizer,
    dictionary: str | None = None,
) -> Lexicon:
    """Builds the lexicon of ``catalog``: aliases and every domain term added to jieba."""
    tokenizer = new_tokenizer(dictionary)
    names = {project.id: normalizer.normalize(project.name) for project in catalog.projects}
    taken = _taken_texts(catalog, names=names, vocabulary=vocabulary, normalizer=normalizer)
    owners = alias_owners(tokenizer, names, taken=taken)
    derived = {alias for name in names.values() for alias in derive_aliases(tokenizer, name)}
    coined = {alias for name in names.values() for alias in coined_aliases(tokenizer, name)}
    aliases = {alias: min(ids) for alias, ids in owners.items() if len(ids) == 1}
    shared = {alias: tuple(sorted(ids)) for alias, ids in owners.items() if len(ids) > 1}
    terms: set[str] = set(owners) | set(vocabulary.words())
    for name in names.values():
        terms |= name_variants(name)
    levels: set[str] = set()
    indicator_names = {normalizer.normalize(indicator.name) for indicator in catalog.indicators}
    for name in indicator_names:
        terms |= indicator_terms(name)
    terms |= new_words(tokenizer, indicator_names | set(names.values()))
    # 二期 is normalised to 2期: kept whole it still names 二期改造完成时间.
    terms |= {found for name in indicator_names for found in _ORDINAL_WORD.findall(name)}
    for indicator in catalog.indicators:
        levels |= {indicator.level1, indicator.level2}
    terms |= {normalizer.normalize(level) for level in levels}
    terms = {term for term in terms if len(term) >= MIN_TERM_CHARS}
    add_terms(tokenizer, terms)
    # Question words and greetings are cut whole (老师好 is not 老师 + 好, a word of 完好).
    for word in vocabulary.question | vocabulary.rule_words(GREETING_RULE):
        if len(word) > 1 and (tokenizer.FREQ.get(word) or 0) < QUESTION_WORD_FREQUENCY:
            tokenizer.add_word(word, freq=QUESTION_WORD_FREQUENCY)
    return Lexicon(
        tokenizer=tokenizer,
        vocabulary=vocabulary,
        aliases=aliases,
        terms=frozenset(terms),
        shared_aliases=shared,
        coined=frozenset(coined - derived),
        project_names={pid: strip_punctuation(name) for pid, name in names.items()},
    )


def new_words(tokenizer: Any, texts: Iterable[str]) -> set[str]:
    """Returns words of the data that jieba cuts apart (步道, 运维), found as its HMM does.

    Known to the tokenizer, they become sub-words of the names that hold them, so a
    question that says 步道 finds 维护步道长度.
    """
    found = set()
    for text in texts:
        compact = strip_punctuation(text)
        # Single characters in a row are one unknown word (步 道 → 步道), as HMM guesses.
        words = [
            *tokenizer.lcut(compact, HMM=True),
            *_merged_words(tokenizer.lcut(compact, HMM=False)),
        ]
        for word in words:
            short = MIN_TERM_CHARS <= len(word) <= MAX_NEW_WORD_CHARS
            if short and _CJK_WORD.match(word) and tokenizer.lcut(word, HMM=False) != [word]:
                found.add(word)
    return found


def _taken_texts(
    catalog: Catalog, *, names: Mapping[int, str], vocabulary: Vocabulary, normalizer: Normalizer
) -> set[str]:
    """Returns the texts whose words a bare alias must not be: indicators, levels, keywords."""
    taken = {*vocabulary.words(), *_rule_words(vocabulary)}
    for project in catalog.projects:
        variants = longest_first(name_variants(names[project.id]))
        for indicator in project.indicators:
            taken.add(normalizer.normalize(indicator.level1))
            taken.add(normalizer.normalize(indicator.level2))
            name = strip_punctuation(normalizer.normalize(indicator.name))
            taken.add(_without_name(name, variants))
    return taken


def _rule_words(vocabulary: Vocabulary) -> set[str]:
    return {word for rule in vocabulary.rules for group in rule.groups for word in group}


def _without_name(text: str, variants: list[str]) -> str:
    """Removes the project name an indicator name repeats (企业科技创新服务成本控制数)."""
    for variant in variants:
        if variant in text and len(variant) < len(text):
            return text.replace(variant, "")
    return text


def _term_regained(words: list[str], terms: frozenset[str]) -> list[str] | None:
    """Gives a term back the character a common word took from its start: 我国/交 → 我/国交."""
    first, second, *rest = words
    if len(first) != SWALLOWING_WORD_CHARS or first in terms or len(second) != 1:
        return None
    term = first[-1] + second
    return [first[:-1], term, *rest] if term in terms else None


def _outermost(mentions: list[ProjectMention]) -> list[ProjectMention]:
    """Returns the mentions no other mention of the same projects holds: 企业创新服务项目,
    widened from 服务项目 over 企业创新, holds the 企业创新 found before it (cutting both out of
    a question would cut the words after them too)."""
    return [
        mention
        for mention in mentions
        if not any(
            other is not mention
            and other.project_ids == mention.project_ids
            and other.start <= mention.start
            and mention.end <= other.end
            and (other.start, other.end) != (mention.start, mention.end)
            for other in mentions
        )
    ]
