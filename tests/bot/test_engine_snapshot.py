"""A question engine read from its snapshot answers exactly as one built from the catalog."""

from __future__ import annotations

import dataclasses
import gc
import json
import shutil
import weakref
from collections import defaultdict
from pathlib import Path

import pytest

from bot.app import open_app, prepare_to_serve
from bot.dialogue.qa import QuestionService
from bot.dictionary import trimmed_dictionary
from bot.engine_snapshot import FORMAT, SUFFIX, fingerprint, make_resident, question_engine
from bot.settings import Settings
from knowledge.catalog import Catalog, catalog_from_forms
from nlu.engine import QuestionEngine
from nlu.lazy_dictionary import LazyFrequencies
from tests.nlu.question_sets import form_of, forms_of

DATA = Path(__file__).resolve().parents[1] / "data"


SAMPLE_EVERY = 8  # every eighth question of each set: about 3,000, every kind and form
RESIDENT_SAMPLE_EVERY = 4  # the same dictionary held two ways: about 500 built-in questions


def _questions_by_form() -> dict[str, list[str]]:
    """Returns a sample of the question sets' questions by the form they are asked of (the
    whole sets are answered by tests/nlu; here two engines are held against each other)."""
    found: dict[str, list[str]] = defaultdict(list)
    for file in sorted(DATA.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                found[form_of(item)].append(str(item["q"]))
    return {form: questions[::SAMPLE_EVERY] for form, questions in found.items()}


def _answers(engine: QuestionEngine, questions: list[str]) -> list[str]:
    """Answers the questions in a row, each as a follow-up of the one before."""
    service, context, answers = QuestionService(engine), None, []
    for question in questions:
        result = service.answer(question, context=context)
        context = result.context
        answers.append("\n".join(reply.plain() for reply in result.replies))
    return answers


def _was_read(engine: QuestionEngine) -> bool:
    """Tells a read engine from a built one: building reads hundreds of dictionary shards."""
    frequencies = engine.lexicon.tokenizer.FREQ
    assert isinstance(frequencies, LazyFrequencies)
    return frequencies.loaded_count == 0


@pytest.fixture
def cache(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "cache"
    dictionary = trimmed_dictionary(folder)
    assert dictionary is not None
    return folder, dictionary


@pytest.fixture(scope="module")
def builtin() -> Catalog:
    return catalog_from_forms(forms_of("builtin"))


@pytest.mark.parametrize("form", sorted(_questions_by_form()))
def test_snapshot_answers_the_sets_as_the_built_engine(cache: tuple[Path, str], form: str) -> None:
    folder, dictionary = cache
    catalog = catalog_from_forms(forms_of(form))
    built = question_engine(catalog, cache_dir=folder, dictionary=dictionary)
    read = question_engine(catalog, cache_dir=folder, dictionary=dictionary)
    assert not _was_read(built)
    assert _was_read(read)
    assert read.catalog is catalog  # the current catalog's objects, not copies
    questions = _questions_by_form()[form]
    assert _answers(read, questions) == _answers(built, questions)
    assert read.lexicon.tokenizer.total == built.lexicon.tokenizer.total


def test_changed_catalog_is_built_not_read(cache: tuple[Path, str], builtin: Catalog) -> None:
    folder, dictionary = cache
    question_engine(builtin, cache_dir=folder, dictionary=dictionary)
    first = builtin.projects[0]
    renamed = Catalog((dataclasses.replace(first, name="城市绿道步道维护"), *builtin.projects[1:]))
    engine = question_engine(renamed, cache_dir=folder, dictionary=dictionary)
    assert not _was_read(engine)
    assert engine.lexicon.aliases["城市绿道步道维护项目"] == first.id
    assert fingerprint(renamed, dictionary=dictionary) != fingerprint(
        builtin, dictionary=dictionary
    )
    assert len(list(folder.glob(f"*{SUFFIX}"))) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: FORMAT + b"\x80\x05garbage",
        lambda data: b"",
    ],
    ids=["truncated", "garbage", "empty"],
)
def test_damaged_snapshot_is_built_again(
    cache: tuple[Path, str], builtin: Catalog, damage: object
) -> None:
    folder, dictionary = cache
    question_engine(builtin, cache_dir=folder, dictionary=dictionary)
    (path,) = folder.glob(f"*{SUFFIX}")
    whole = path.read_bytes()
    assert callable(damage)
    path.write_bytes(damage(whole))
    engine = question_engine(builtin, cache_dir=folder, dictionary=dictionary)
    assert not _was_read(engine)
    question = "国际交流项目活动参与人数目标是多少"
    assert "300" in _answers(engine, [question])[0]
    assert _was_read(question_engine(builtin, cache_dir=folder, dictionary=dictionary))


def test_snapshot_others_may_write_is_not_read(cache: tuple[Path, str], builtin: Catalog) -> None:
    folder, dictionary = cache
    question_engine(builtin, cache_dir=folder, dictionary=dictionary)
    (path,) = folder.glob(f"*{SUFFIX}")
    path.chmod(0o666)
    assert not _was_read(question_engine(builtin, cache_dir=folder, dictionary=dictionary))
    path.chmod(0o600)
    folder.chmod(0o777)
    assert not _was_read(question_engine(builtin, cache_dir=folder, dictionary=dictionary))


def test_engine_on_the_word_list_is_built_and_not_kept(
    cache: tuple[Path, str], builtin: Catalog
) -> None:
    folder, dictionary = cache
    word_list = dictionary.removesuffix(".shards")
    engine = question_engine(builtin, cache_dir=folder, dictionary=word_list)
    assert not isinstance(engine.lexicon.tokenizer.FREQ, LazyFrequencies)
    assert not list(folder.glob(f"*{SUFFIX}"))


def test_a_resident_dictionary_answers_as_the_lazy_one(
    cache: tuple[Path, str], builtin: Catalog
) -> None:
    folder, dictionary = cache
    lazy = question_engine(builtin, cache_dir=folder, dictionary=dictionary)
    resident = question_engine(builtin, cache_dir=folder, dictionary=dictionary)
    make_resident(resident)
    frequencies = resident.lexicon.tokenizer.FREQ
    assert type(frequencies) is dict and len(frequencies) == len(lazy.lexicon.tokenizer.FREQ)
    questions = _questions_by_form()["builtin"][::RESIDENT_SAMPLE_EVERY]
    assert _answers(resident, questions) == _answers(lazy, questions)


def test_a_serving_bot_keeps_the_dictionary_resident_and_frees_a_replaced_engine(
    settings: Settings, db_url: str, template_db: Path
) -> None:
    shutil.copyfile(template_db, db_url.removeprefix("sqlite:///"))
    app = open_app(settings, with_questions=True)
    try:
        prepare_to_serve(app)
        assert gc.get_freeze_count() > 0
        assert app.questions is not None
        replaced = weakref.ref(app.questions.engine)
        app.replace_catalog(app.catalog)  # what an import does
        assert app.questions.engine is not replaced()
        assert type(app.questions.engine.lexicon.tokenizer.FREQ) is dict
        gc.collect()
        assert replaced() is None  # unfrozen first, so its cycles were collected
    finally:
        gc.unfreeze()
