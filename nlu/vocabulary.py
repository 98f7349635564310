"""The domain vocabulary file (``nlu/data/synonyms.txt``): synonyms, stop words and rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

VOCABULARY_FILE = "synonyms.txt"
# Words of the form's header fields (who runs a project, when, for how long), in the same
# format: read after the vocabulary file, their sections joined to its own.
FIELD_WORDS_FILE = "fields.txt"


GREETING_RULE = "greeting"  # the rule of small talk (您好, 在吗, 老师好)


@dataclass(frozen=True)
class Rule:
    """A keyword rule: holds when the text contains one alternative of every group."""

    name: str
    groups: tuple[tuple[str, ...], ...]

    def matches(self, text: str) -> bool:
        """Tells whether every group has an alternative inside ``text``."""
        return all(any(word in text for word in group) for group in self.groups)

    def hits(self, spans: Mapping[str, list[tuple[int, int]]]) -> frozenset[str] | None:
        """Returns the words that make the rule hold, given where each word was seen."""
        found: set[str] = set()
        for group in self.groups:
            seen = [word for word in group if spans.get(word)]
            if not seen:
                return None
            found.update(seen)
        return frozenset(found)


@dataclass(frozen=True)
class Vocabulary:
    """Word lists that steer matching and intent detection."""

    canonical: Mapping[str, str]
    stop: frozenset[str]
    question: frozenset[str]
    followup: frozenset[str]
    unit_groups: tuple[frozenset[str], ...]
    rules: tuple[Rule, ...]
    _owners: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)
    # Keywords by their first character, and the rules each keyword is in (by position): a
    # question is read a character at a time and only the rules of its keywords are tried.
    _by_first: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _rules_of: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _groupless: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _starting: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        owners: dict[str, set[str]] = {}
        rules_of: dict[str, list[int]] = {}
        for at, rule in enumerate(self.rules):
            for group in rule.groups:
                for word in group:
                    owners.setdefault(word, set()).add(rule.name)
                    rules_of.setdefault(word, []).append(at)
        frozen = {word: frozenset(names) for word, names in owners.items()}
        object.__setattr__(self, "_owners", frozen)
        by_first: dict[str, list[str]] = {}
        for word in frozen:
            by_first.setdefault(word[:1], []).append(word)
        object.__setattr__(self, "_by_first", {c: tuple(ws) for c, ws in by_first.items()})
        object.__setattr__(self, "_rules_of", {w: tuple(ats) for w, ats in rules_of.items()})
        groupless = tuple(at for at, rule in enumerate(self.rules) if not rule.groups)
        object.__setattr__(self, "_groupless", groupless)

    def rule_names(self, text: str) -> frozenset[str]:
        """Returns the names of every rule that holds for ``text``."""
        return frozenset(self.rule_hits(text))

    def rule_hits(self, text: str) -> dict[str, frozenset[str]]:
        """Returns every rule that holds for ``text`` with the keywords that made it hold.

        Where keywords of different rules overlap, the longer one wins: 预算 inside
        预算部门 is not a question about money, 完成 inside 已完成 not about a date.
        """
        spans = self._spans(text)
        hits: dict[str, frozenset[str]] = {}
        # Only a rule with a keyword seen can hold; tried in the file's order all the same.
        tried = {at for word in spans for at in self._rules_of[word]}
        for at in sorted(tried.union(self._groupless)):
            rule = self.rules[at]
            words = rule.hits(spans)
            if words is not None:
                hits[rule.name] = hits.get(rule.name, frozenset()) | words
        return hits

    def _spans(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Returns where each rule keyword occurs, without occurrences shadowed by others."""
        spans: dict[str, list[tuple[int, int]]] = {}
        by_first = self._by_first
        for start, char in enumerate(text):
            for word in by_first.get(char, ()):
                if text.startswith(word, start):
                    spans.setdefault(word, []).append((start, start + len(word)))
        for word in by_first.get("", ()):  # an empty keyword is found everywhere
            spans[word] = [(start, start) for start in range(len(text) + 1)]
        return {
            word: kept
            for word, places in spans.items()
            if (kept := [span for span in places if not self._shadowed(word, span, spans)])
        }

    def _shadowed(
        self, word: str, span: tuple[int, int], spans: Mapping[str, list[tuple[int, int]]]
    ) -> bool:
        start, end = span
        return any(
            len(other) > len(word)
            and not self._owners[other] & self._owners[word]
            and any(s <= start and end <= e for s, e in places)
            for other, places in spans.items()
        )

    @cached_property
    def units(self) -> frozenset[str]:
        """Returns every measure word (gathered once: questions ask for it many times)."""
        return frozenset(word for group in self.unit_groups for word in group)

    def units_compatible(self, first: str, second: str) -> bool:
        """Tells whether two measure words appear on one line of ``[units]``."""
        return any(first in group and second in group for group in self.unit_groups)

    def rule_words(self, name: str) -> frozenset[str]:
        """Returns every keyword of the rules called ``name`` (greeting: 您好, 老师好)."""
        return frozenset(
            word
            for rule in self.rules
            if rule.name == name
            for group in rule.groups
            for word in group
        )

    def rule_words_starting(self, prefix: str, *, rules: tuple[str, ...]) -> tuple[str, ...]:
        """Returns the keywords starting with ``prefix`` of the rules whose names start with
        one of ``rules``, in the file's order (gathered once: every question asks)."""
        key = (prefix, rules)
        found = self._starting.get(key)
        if found is None:
            found = tuple(
                word
                for rule in self.rules
                if rule.name.startswith(rules)
                for group in rule.groups
                for word in group
                if word.startswith(prefix)
            )
            self._starting[key] = found
        return found

    def words(self) -> frozenset[str]:
        """Returns every word worth keeping as one token."""
        multi = {*self.canonical, *self.canonical.values(), *self.question, *self.followup}
        return frozenset(word for word in multi if len(word) > 1)


def _parse_rule(line: str) -> Rule:
    name, _, body = line.partition("=")
    groups = tuple(
        tuple(word.strip() for word in group.split("|") if word.strip())
        for group in body.split("+")
    )
    return Rule(name=name.strip(), groups=groups)


def parse_vocabulary(text: str) -> Vocabulary:
    """Reads the sectioned vocabulary format described at the top of the data file."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    canonical: dict[str, str] = {}
    for line in sections.get("synonyms", []):
        head, *others = line.split()
        canonical.update({word: head for word in others})
    return Vocabulary(
        canonical=canonical,
        stop=_words(sections.get("stop", [])),
        question=_words(sections.get("question", [])),
        followup=_words(sections.get("followup", [])),
        unit_groups=tuple(frozenset(line.split()) for line in sections.get("units", [])),
        rules=tuple(_parse_rule(line) for line in sections.get("rules", [])),
    )


def _words(lines: list[str]) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


def load_vocabulary() -> Vocabulary:
    """Reads the vocabulary shipped with goalbot."""
    data = resources.files("nlu") / "data"
    texts = (data / name for name in (VOCABULARY_FILE, FIELD_WORDS_FILE))
    return parse_vocabulary("\n".join(text.read_text(encoding="utf-8") for text in texts))
