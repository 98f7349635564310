from __future__ import annotations

import pytest

from knowledge.catalog import Catalog
from nlu.engine import QuestionEngine
from nlu.lexicon import derive_aliases, name_variants, unique_aliases
from nlu.vocabulary import load_vocabulary, parse_vocabulary


@pytest.mark.parametrize(
    ("alias", "project"),
    [
        ("国际交流项目", "国际科技人文交流与合作"),
        ("交流合作项目", "国际科技人文交流与合作"),
        ("国际项目", "国际科技人文交流与合作"),
        ("国际科技人文交流合作", "国际科技人文交流与合作"),
        ("企业项目", "企业科技创新服务"),
        ("创新服务项目", "企业科技创新服务"),
        ("企业科技创新服务项目", "企业科技创新服务"),
    ],
    ids=[
        "intl-exchange",
        "exchange-coop",
        "intl",
        "no-function-word",
        "enterprise",
        "innovation-service",
        "full-with-suffix",
    ],
)
def test_aliases_are_derived_from_project_names(
    engine: QuestionEngine, catalog: Catalog, alias: str, project: str
) -> None:
    project_id = engine.lexicon.aliases[alias]
    assert catalog.project(project_id).name == project


def test_alias_shared_by_two_projects_is_dropped(engine: QuestionEngine) -> None:
    assert "科技项目" not in engine.lexicon.aliases


def test_derive_aliases_combines_up_to_two_words(engine: QuestionEngine) -> None:
    tokenizer = engine.lexicon._tokenizer  # the private tokenizer the engine built
    aliases = derive_aliases(tokenizer, "上海市科普教育基地建设与运营")
    assert {
        "科普教育基地建设与运营项目",
        "科普教育基地建设运营",
        "科普项目",
        "基地建设项目",
    } <= aliases


def test_unique_aliases_keeps_only_unambiguous(engine: QuestionEngine) -> None:
    tokenizer = engine.lexicon._tokenizer
    aliases = unique_aliases(tokenizer, {1: "科普教育服务", 2: "科普场馆建设"})
    assert aliases["教育项目"] == 1
    assert aliases["场馆项目"] == 2
    assert "科普项目" not in aliases


def test_name_variants_drop_function_words() -> None:
    assert name_variants("国际科技人文交流与合作") == {
        "国际科技人文交流与合作",
        "国际科技人文交流合作",
    }


def test_every_domain_term_stays_one_token(engine: QuestionEngine) -> None:
    broken = [term for term in engine.lexicon.terms if engine.lexicon.cut(term) != [term]]
    assert broken == []


@pytest.mark.parametrize(
    "term",
    [
        "活动参与人数",
        "活动完成及时性",
        "长效管理机制健全性",
        "国际交流项目",
        "质量指标",
        "基本信息采集准确性",
    ],
    ids=["participants", "timeliness", "mechanism", "alias", "level", "accuracy"],
)
def test_known_terms_are_single_tokens(engine: QuestionEngine, term: str) -> None:
    assert engine.lexicon.cut(term) == [term]


def test_global_jieba_dictionary_is_untouched(engine: QuestionEngine) -> None:
    import jieba

    assert "活动参与人数" in engine.lexicon.terms
    assert jieba.dt.FREQ.get("活动参与人数") is None


def test_tokens_drop_question_words_and_apply_synonyms(engine: QuestionEngine) -> None:
    tokens = engine.lexicon.tokens("港澳台籍学生要多少人参加实习")
    assert "参与" in tokens
    assert "参加" not in tokens
    assert "多少" not in tokens


def test_vocabulary_rules_match_every_group() -> None:
    vocabulary = parse_vocabulary("[rules]\nfact:end = 完成|结束 + 什么时候|日期\n")
    assert vocabulary.rule_names("项目什么时候完成") == {"fact:end"}
    assert vocabulary.rule_names("活动完成及时性") == frozenset()


def test_shipped_vocabulary_has_synonyms_and_units() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.canonical["经费"] == "预算"
    assert vocabulary.units_compatible("人", "名")
    assert not vocabulary.units_compatible("人", "篇")


def test_longer_keyword_of_another_rule_shadows_a_shorter_one() -> None:
    vocabulary = parse_vocabulary(
        "[rules]\nmoney:budget = 预算|资金\nfact:department = 主管部门|预算部门\n"
    )
    assert vocabulary.rule_names("道路桥梁养护的预算部门") == {"fact:department"}
    assert vocabulary.rule_names("预算部门的预算") == {"fact:department", "money:budget"}


def test_rule_hits_tell_which_keywords_fired() -> None:
    vocabulary = parse_vocabulary("[rules]\nfact:end = 完成|结束 + 什么时候|日期\n")
    assert vocabulary.rule_hits("二期改造什么时候完成") == {
        "fact:end": frozenset({"完成", "什么时候"})
    }


def test_bare_aliases_are_runs_of_name_words(engine: QuestionEngine) -> None:
    from nlu.lexicon import bare_aliases

    tokenizer = engine.lexicon._tokenizer
    aliases = bare_aliases(tokenizer, "科普场馆数字化改造")
    assert {"数字化改造", "场馆数字化", "科普场馆"} <= aliases
    assert "科普场馆数字化改造" not in aliases


def test_shared_short_name_keeps_every_project(engine: QuestionEngine) -> None:
    assert engine.lexicon.shared_aliases["科技项目"] == (1, 2)
    assert [m.project_ids for m in engine.lexicon.find_projects("科技项目的预算")] == [(1, 2)]
