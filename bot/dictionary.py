"""The jieba dictionary goalbot tokenizes with: jieba's most frequent words, cached on disk.

jieba's full dictionary (349,046 words) takes about 0.6 s to load in every new process;
its 150,000 most frequent words load in about a third of that and segment questions
about the forms just as well (every question set passes unchanged; 50,000 words lost
two questions of the held-out set, e.g. 实习期多长); the names in the forms are added to
the tokenizer from the data anyway. The trimmed word list is derived from the installed
jieba once and kept in the cache folder, next to the same words as jieba's prefix mapping
split by first character (``nlu.lazy_dictionary``), so that a process reads only the
part of the dictionary its texts touch.
"""

from __future__ import annotations

import logging
import os
import warnings
from importlib import metadata, resources
from pathlib import Path

from bot.settings import DEFAULT_CACHE_DIR
from nlu.lazy_dictionary import SHARDED_SUFFIX, is_complete, sharded_bytes

TRIMMED_WORDS = 150_000
CACHE_DIR_MODE = 0o700  # the engine snapshot there is a pickle: no one else may write
log = logging.getLogger(__name__)


def trimmed_dictionary(
    cache_dir: Path = DEFAULT_CACHE_DIR, *, words: int = TRIMMED_WORDS
) -> str | None:
    """Returns the path of the sharded trimmed dictionary in ``cache_dir``, writing it if needed.

    A truncated file is written again. Returns None (jieba's full dictionary is then used)
    when the cache is not writable.
    """
    word_list = trimmed_word_list(cache_dir, words=words)
    if word_list is None:
        return None
    path = word_list.with_name(word_list.name + SHARDED_SUFFIX)
    if is_complete(path):
        return str(path)
    try:
        _write_atomically(path, _sharded_content(word_list))
    except OSError as error:
        log.warning("cannot write the sharded jieba dictionary (%s); using the word list", error)
        return str(word_list)
    return str(path)


def trimmed_word_list(
    cache_dir: Path = DEFAULT_CACHE_DIR, *, words: int = TRIMMED_WORDS
) -> Path | None:
    """Returns the trimmed dictionary as a jieba word list in ``cache_dir``, writing it if needed.

    Returns None when the cache is not writable.
    """
    path = cache_dir / f"jieba-{metadata.version('jieba')}-top{words}.txt"
    if path.exists():
        return path
    try:
        cache_dir.mkdir(mode=CACHE_DIR_MODE, parents=True, exist_ok=True)
        source = resources.files("jieba") / "dict.txt"
        rows = [line.split(" ") for line in source.read_text(encoding="utf-8").splitlines()]
        rows = [row for row in rows if len(row) >= 2 and row[1].isdigit()]
        rows.sort(key=lambda row: (-int(row[1]), row[0]))
        content = "\n".join(" ".join(row) for row in rows[:words]) + "\n"
        _write_atomically(path, content.encode("utf-8"))
    except OSError as error:
        log.warning("cannot write the trimmed jieba dictionary (%s); using the full one", error)
        return None
    return path


def _sharded_content(word_list: Path) -> bytes:
    """Returns the sharded form of a word list, built by jieba's own prefix-mapping code."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba's sources: invalid escapes, pkg_resources
        from jieba import Tokenizer

    # What Tokenizer.initialize() runs on a word list, without jieba's cache in /tmp.
    frequencies, total = Tokenizer.gen_pfdict(word_list.open("rb"))  # It closes the file.
    return sharded_bytes(frequencies, total=total)


def _write_atomically(path: Path, content: bytes) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_bytes(content)
    partial.replace(path)  # Atomic: a concurrent start never reads half a file.
