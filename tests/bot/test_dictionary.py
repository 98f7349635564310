from pathlib import Path

from bot.dictionary import trimmed_dictionary, trimmed_word_list
from nlu.lazy_dictionary import is_complete, load_sharded


def test_trimmed_word_list_keeps_the_most_frequent_words(tmp_path: Path) -> None:
    path = trimmed_word_list(tmp_path, words=1000)
    assert path is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1000
    frequencies = [int(line.split(" ")[1]) for line in lines]
    assert frequencies == sorted(frequencies, reverse=True)
    assert "的" in {line.split(" ")[0] for line in lines}
    assert trimmed_word_list(tmp_path, words=1000) == path  # Reused, not rewritten.


def test_trimmed_dictionary_is_the_word_list_sharded(tmp_path: Path) -> None:
    path = trimmed_dictionary(tmp_path, words=1000)
    assert path is not None
    assert path == f"{trimmed_word_list(tmp_path, words=1000)}.shards"
    frequencies, total = load_sharded(Path(path))
    lines = Path(path.removesuffix(".shards")).read_text(encoding="utf-8").splitlines()
    assert total == sum(int(line.split(" ")[1]) for line in lines)
    word, frequency = lines[0].split(" ")[:2]
    assert frequencies.get(word) == int(frequency)
    modified = Path(path).stat().st_mtime_ns
    assert trimmed_dictionary(tmp_path, words=1000) == path
    assert Path(path).stat().st_mtime_ns == modified  # Reused, not rewritten.


def test_truncated_sharded_dictionary_is_written_again(tmp_path: Path) -> None:
    path = Path(str(trimmed_dictionary(tmp_path, words=1000)))
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    assert not is_complete(path)
    assert trimmed_dictionary(tmp_path, words=1000) == str(path)
    assert path.read_bytes() == whole


def test_unwritable_cache_falls_back_to_the_full_dictionary(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert trimmed_dictionary(blocker / "cache", words=10) is None
