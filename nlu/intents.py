"""Rule-based intents and slots read from the keyword rules of the vocabulary file."""

from __future__ import annotations

from collections.abc import Set
from enum import StrEnum


class MoneyField(StrEnum):
    """Which amount of 项目资金 a question asks for."""

    BUDGET = "budget"
    PROJECT_TOTAL = "project_total"
    ANNUAL_TOTAL = "annual_total"
    APPROPRIATION = "appropriation"
    CARRY_OVER = "carry_over"
    OTHER = "other"
    FISCAL = "fiscal"


class Aggregate(StrEnum):
    """How amounts of several projects are combined."""

    EACH = "each"
    TOTAL = "total"
    MAX = "max"
    MIN = "min"


class ProjectField(StrEnum):
    """A fact of a project's header or goals."""

    DEPARTMENT = "department"
    IMPLEMENTER = "implementer"
    NATURE = "nature"
    CATEGORY = "category"
    START = "start"
    END = "end"
    PERIOD = "period"
    GOAL = "goal"
    ANNUAL_GOAL = "annual_goal"
    OVERALL_GOAL = "overall_goal"  # the goal of the whole span (三年下来要干成什么)
    YEAR = "year"  # the budget year the form is for (这三个项目分别是哪个年度的申报表)


# The fields answered with goal texts.
GOAL_FIELDS = frozenset({ProjectField.GOAL, ProjectField.ANNUAL_GOAL, ProjectField.OVERALL_GOAL})

# Most specific first: 上年结转资金 is about the carry-over even though it says 资金.
MONEY_RULES = (
    ("money:carry_over", MoneyField.CARRY_OVER),
    ("money:appropriation", MoneyField.APPROPRIATION),
    ("money:fiscal", MoneyField.FISCAL),
    ("money:other", MoneyField.OTHER),
    ("money:project_total", MoneyField.PROJECT_TOTAL),
    ("money:annual_total", MoneyField.ANNUAL_TOTAL),
    ("money:budget", MoneyField.BUDGET),
)
FACT_RULES = (
    ("fact:department", ProjectField.DEPARTMENT),
    ("fact:implementer", ProjectField.IMPLEMENTER),
    ("fact:nature", ProjectField.NATURE),
    ("fact:category", ProjectField.CATEGORY),
    ("fact:start", ProjectField.START),
    ("fact:end", ProjectField.END),
    ("fact:period", ProjectField.PERIOD),
    ("fact:overall_goal", ProjectField.OVERALL_GOAL),
    ("fact:annual_goal", ProjectField.ANNUAL_GOAL),
    ("fact:goal", ProjectField.GOAL),
    ("fact:year", ProjectField.YEAR),
)
AGGREGATE_RULES = (
    ("aggregate:max", Aggregate.MAX),
    ("aggregate:min", Aggregate.MIN),
    ("aggregate:total", Aggregate.TOTAL),
)


def money_rule(rules: Set[str]) -> tuple[str, MoneyField] | None:
    """Returns the rule and the amount asked for, if any."""
    return next(((name, field) for name, field in MONEY_RULES if name in rules), None)


def money_field(rules: Set[str]) -> MoneyField | None:
    """Returns the amount asked for, if any."""
    found = money_rule(rules)
    return found[1] if found else None


def fact_rule(rules: Set[str]) -> tuple[str, ProjectField] | None:
    """Returns the rule and the project fact asked for, if any."""
    return next(((name, field) for name, field in FACT_RULES if name in rules), None)


def fact_rules(rules: Set[str]) -> tuple[tuple[str, ProjectField], ...]:
    """Returns every rule and project fact a question names (计划开始和完成日期: two)."""
    return tuple((name, field) for name, field in FACT_RULES if name in rules)


def project_field(rules: Set[str]) -> ProjectField | None:
    """Returns the project fact asked for, if any."""
    found = fact_rule(rules)
    return found[1] if found else None


def aggregate(rules: Set[str]) -> Aggregate:
    """Returns how several projects' amounts are combined (one line each by default)."""
    return next((kind for name, kind in AGGREGATE_RULES if name in rules), Aggregate.EACH)


def asks_listing(rules: Set[str]) -> bool:
    """Tells whether the question asks which indicators there are."""
    return "list" in rules


def asks_count(rules: Set[str]) -> bool:
    """Tells whether the question asks how many indicators there are."""
    return "count" in rules


def asks_projects(rules: Set[str]) -> bool:
    """Tells whether the question asks which projects there are."""
    return "projects" in rules


def asks_progress(rules: Set[str]) -> bool:
    """Tells whether the question asks what has been achieved so far."""
    return "progress" in rules


def asks_ordinal(rules: Set[str]) -> bool:
    """Tells whether the question asks for an ordinal such as 第几届."""
    return "ordinal" in rules


def is_small_talk(rules: Set[str]) -> bool:
    """Tells whether the question is a greeting or asks for help."""
    return bool({"greeting", "help"} & rules)


def asks_each(rules: Set[str]) -> bool:
    """Tells whether the question asks each of several things on its own (分别, 各要多少)."""
    return "each" in rules


def asks_all_projects(rules: Set[str]) -> bool:
    """Tells whether the question is about every project at once (两个项目的满意度平均)."""
    return "all_projects" in rules


def asks_time(rules: Set[str]) -> bool:
    """Tells whether the question asks when (多久, 什么时候): a deadline answers it."""
    return "asks_time" in rules
