from pathlib import Path

from bot.dictionary import trimmed_dictionary


def test_trimmed_dictionary_keeps_the_most_frequent_words(tmp_path: Path) -> None:
    path = trimmed_dictionary(tmp_path, words=1000)
    assert path is not None
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1000
    frequencies = [int(line.split(" ")[1]) for line in lines]
    assert frequencies == sorted(frequencies, reverse=True)
    assert "的" in {line.split(" ")[0] for line in lines}
    assert trimmed_dictionary(tmp_path, words=1000) == path  # Reused, not rewritten.


def test_unwritable_cache_falls_back_to_the_full_dictionary(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert trimmed_dictionary(blocker / "cache", words=10) is None
