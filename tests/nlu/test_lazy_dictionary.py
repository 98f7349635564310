"""The sharded jieba dictionary cuts exactly as the eager one while reading only what it meets."""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.dictionary import trimmed_dictionary, trimmed_word_list
from knowledge.catalog import Catalog, catalog_from_forms
from nlu.lazy_dictionary import (
    LazyFrequencies,
    ShardFileError,
    is_complete,
    load_sharded,
    sharded_bytes,
)
from nlu.lexicon import Lexicon, build_lexicon, new_tokenizer
from nlu.normalize import Normalizer
from nlu.vocabulary import load_vocabulary
from tests.nlu.question_sets import forms_of

DATA = Path(__file__).resolve().parents[1] / "data"
THREADS = 8
SAMPLE_EVERY = 4  # a quarter of the sets' questions (about 6,000) reads most shards
THREAD_SAMPLE_EVERY = 10  # each of 8 threads cuts about 2,400 questions, switching at once
SMALL = {"科": 10, "科技": 5, "科技创新": 3, "创": 0, "创新": 4}


def _questions(every: int) -> list[str]:
    """Returns every ``every``-th question of the question sets."""
    return [
        str(json.loads(line)["q"])
        for file in sorted(DATA.glob("*.jsonl"))
        for line in file.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ][::every]


def _catalog_texts(catalog: Catalog) -> list[str]:
    texts = []
    for project in catalog.projects:
        texts += [project.name, project.overall_goal, project.annual_goal]
        for indicator in project.indicators:
            texts += [indicator.name, indicator.level1, indicator.level2]
    return texts


def _cuts(tokenizer: Any, text: str) -> tuple[list[str], ...]:
    return (
        tokenizer.lcut(text, HMM=False),
        tokenizer.lcut(text),
        tokenizer.lcut(text, cut_all=True),
        tokenizer.lcut_for_search(text),
    )


def _lexicon(catalog: Catalog, dictionary: str) -> Lexicon:
    return build_lexicon(
        catalog, vocabulary=load_vocabulary(), normalizer=Normalizer(), dictionary=dictionary
    )


@pytest.fixture(scope="module")
def sharded(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = trimmed_dictionary(tmp_path_factory.mktemp("cache"))
    assert path is not None
    return path


@pytest.mark.parametrize("forms", ["builtin", "other"], ids=["builtin", "other-forms"])
def test_lazy_lexicon_cuts_the_questions_as_the_eager_one(sharded: str, forms: str) -> None:
    catalog = catalog_from_forms(forms_of(forms))
    lazy = _lexicon(catalog, sharded)
    eager = _lexicon(catalog, sharded.removesuffix(".shards"))
    assert isinstance(lazy.tokenizer.FREQ, LazyFrequencies)
    assert not isinstance(eager.tokenizer.FREQ, LazyFrequencies)
    for text in [*_questions(SAMPLE_EVERY), *_catalog_texts(catalog)]:
        assert _cuts(lazy.tokenizer, text) == _cuts(eager.tokenizer, text), text
        assert lazy.tokens(text) == eager.tokens(text), text
    frequencies = lazy.tokenizer.FREQ
    assert 0 < frequencies.loaded_count < frequencies.shard_count / 2
    assert lazy.tokenizer.total == eager.tokenizer.total
    assert dict(frequencies.items()) == eager.tokenizer.FREQ  # added words included


def test_sharded_file_holds_jiebas_prefix_mapping(sharded: str) -> None:
    eager = new_tokenizer(sharded.removesuffix(".shards"))
    frequencies, total = load_sharded(Path(sharded))
    assert total == eager.total
    assert frequencies.loaded_count == 0
    assert dict(frequencies) == eager.FREQ
    assert frequencies.loaded_count == frequencies.shard_count


def test_word_added_before_its_shard_is_read_survives_the_read(tmp_path: Path) -> None:
    path = tmp_path / "small.shards"
    path.write_bytes(sharded_bytes(SMALL, total=22))
    frequencies, _total = load_sharded(path)
    frequencies["科技"] = 7  # what jieba's add_word does with a given frequency
    assert frequencies.get("科技创新") == 3
    assert frequencies["科技"] == 7
    assert "创" in frequencies
    assert frequencies.get("创") == 0  # a prefix, not a word
    assert "学" not in frequencies
    assert frequencies.get("学", 1) == 1
    assert len(frequencies) == len(SMALL)


def test_damaged_file_is_refused(tmp_path: Path) -> None:
    content = bytearray(sharded_bytes(SMALL, total=22))
    content[-3] ^= 0xFF
    path = tmp_path / "damaged.shards"
    path.write_bytes(bytes(content))
    assert is_complete(path)  # same length: only the checksum tells
    with pytest.raises(ShardFileError, match="checksum"):
        load_sharded(path)


def test_tokenizer_reads_the_word_list_when_the_shards_are_damaged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = trimmed_dictionary(tmp_path, words=1000)
    assert path is not None
    Path(path).write_bytes(Path(path).read_bytes()[:-10] + b"0123456789")
    tokenizer = new_tokenizer(path)
    assert not isinstance(tokenizer.FREQ, LazyFrequencies)
    assert tokenizer.lcut("科技创新服务", HMM=False) == new_tokenizer(
        str(trimmed_word_list(tmp_path, words=1000))
    ).lcut("科技创新服务", HMM=False)
    assert "checksum" in caplog.text


def test_changes_applied_to_a_fresh_mapping_wait_for_their_shards(tmp_path: Path) -> None:
    path = tmp_path / "small.shards"
    path.write_bytes(sharded_bytes(SMALL, total=22))
    written, _total = load_sharded(path)
    written["科技"] = 9
    written.setdefault("科普", 0)
    written["学"] = 2  # a character no shard has
    del written["创新"]
    fresh, _total = load_sharded(path)
    fresh.apply(written.changes)
    assert fresh.loaded_count == 0
    assert fresh.get("学") == 2
    assert fresh.get("科技") == 9
    assert "创新" not in fresh
    assert dict(fresh.items()) == dict(written.items())


def _cut_all(tokenizer: Any, texts: list[str]) -> list[list[str]]:
    return [tokenizer.lcut(text, HMM=False) for text in texts]


def test_threads_cutting_at_once_see_whole_shards(sharded: str) -> None:
    texts = _questions(THREAD_SAMPLE_EVERY)
    eager = new_tokenizer(sharded.removesuffix(".shards"))
    expected = [eager.lcut(text, HMM=False) for text in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for _ in range(3):
            lazy = new_tokenizer(sharded)
            with ThreadPoolExecutor(THREADS) as pool:
                runs = [pool.submit(_cut_all, lazy, texts) for _ in range(THREADS)]
                assert all(run.result() == expected for run in runs)
    finally:
        sys.setswitchinterval(interval)
