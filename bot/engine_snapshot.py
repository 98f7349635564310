"""The built question engine, kept in the cache folder so that the next start skips building it.

Building the engine (the lexicon with its jieba words, the indicator and passage indexes)
takes about 0.08 s of every ``goalbot ask``; reading it back takes a fraction of that. A
snapshot is a pickle of the engine under a name made from everything the engine is built
from: the catalog, the source and word lists of ``nlu`` and ``knowledge``, the dictionary
file, the installed libraries and Python. A change to any of them names another file, so a
stale snapshot is never read; a damaged one is ignored and written again.

The engine's jieba tokenizer is not pickled: a fresh one is made from the sharded
dictionary and given the words the build added (``LazyFrequencies.changes``). The
catalog's objects are not pickled either: the engine gets the current catalog's own.
Pickles run code when read, so a snapshot is read only from a folder and a file that
belong to this user and that no one else may write.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import io
import logging
import os
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from knowledge.catalog import Catalog
from nlu.engine import QuestionEngine
from nlu.lazy_dictionary import SHARDED_SUFFIX, LazyFrequencies
from nlu.lexicon import new_tokenizer

FORMAT = b"goalbot-engine-snapshot-1\n"
SUFFIX = ".engine"
KEPT_SNAPSHOTS = 4  # one per catalog in use at once (tests, a demo and the live one)
SOURCE_PACKAGES = ("nlu", "knowledge")
LIBRARIES = ("jieba", "opencc", "rapidfuzz")  # modules; their installed files identify them
_TOKENIZER = "tokenizer"
_FREQUENCIES = "frequencies"
_SHARED_MODE_BITS = 0o022  # group- or world-writable
ROOT = Path(__file__).resolve().parents[1]
log = logging.getLogger(__name__)


def question_engine(
    catalog: Catalog, *, cache_dir: Path, dictionary: str | None
) -> QuestionEngine:
    """Returns the question engine of ``catalog``, read from its snapshot when there is one.

    Without a sharded ``dictionary`` (the cache folder is not writable) or a private cache
    folder the engine is simply built.
    """
    sharded = dictionary is not None and dictionary.endswith(SHARDED_SUFFIX)
    if not sharded or dictionary is None or not _is_private(cache_dir):
        return QuestionEngine(catalog, dictionary=dictionary)
    path = cache_dir / f"{fingerprint(catalog, dictionary=dictionary)}{SUFFIX}"
    engine = _read(path, catalog=catalog, dictionary=dictionary)
    if engine is None:
        engine = QuestionEngine(catalog, dictionary=dictionary)
        _write(path, engine)
    return engine


def fingerprint(catalog: Catalog, *, dictionary: str) -> str:
    """Returns a name for everything an engine of ``catalog`` is built from."""
    digest = hashlib.sha256(FORMAT)
    digest.update(sys.version.encode())
    for file in [*map(_module_file, LIBRARIES), dictionary]:
        stat = Path(file).stat()
        digest.update(f"{file}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    digest.update(repr(catalog.projects).encode())
    for path in _source_files():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(path.read_bytes())
    return f"engine-{digest.hexdigest()[:32]}"


def _module_file(name: str) -> str:
    """Returns the file of an installed module without importing it (cheaper than metadata)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:  # A dependency: nlu could not have been built.
        raise ModuleNotFoundError(name)
    return spec.origin


def _source_files() -> Iterator[Path]:
    for package in SOURCE_PACKAGES:
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                yield path


class _Pickler(pickle.Pickler):
    """Leaves the tokenizer and the catalog's objects out, by reference."""

    def __init__(self, file: io.BytesIO, *, engine: QuestionEngine) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._tokenizer = engine.lexicon.tokenizer
        self._catalog = {id(item): index for index, item in enumerate(_objects(engine.catalog))}

    def persistent_id(self, obj: Any) -> Any:
        if obj is self._tokenizer:
            return _TOKENIZER
        if obj is self._tokenizer.FREQ:  # in case a part keeps the mapping itself
            return _FREQUENCIES
        return self._catalog.get(id(obj))


class _Unpickler(pickle.Unpickler):
    """Puts a fresh tokenizer and the current catalog's objects back in."""

    def __init__(self, file: io.BytesIO, *, tokenizer: Any, catalog: Catalog) -> None:
        super().__init__(file)
        self._tokenizer = tokenizer
        self._catalog = list(_objects(catalog))

    def persistent_load(self, pid: Any) -> Any:
        if pid == _TOKENIZER:
            return self._tokenizer
        if pid == _FREQUENCIES:
            return self._tokenizer.FREQ
        return self._catalog[pid]


def _objects(catalog: Catalog) -> Iterator[object]:
    """Yields the catalog and every dataclass and tuple in it, in a fixed order."""
    yield catalog
    stack: list[object] = [catalog.projects]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, tuple):
            stack.extend(reversed(item))
        elif dataclasses.is_dataclass(item):
            stack.extend(
                value
                for field in reversed(dataclasses.fields(item))
                if isinstance(value := getattr(item, field.name), tuple)
                or dataclasses.is_dataclass(value)
            )


def make_resident(engine: QuestionEngine) -> None:
    """Swaps the engine's lazily read dictionary for the whole one, for a long-running bot,
    and builds its indexes (part-of-speech tags, the projects' name words and descriptions).

    Start-up reads about 0.2 s more and holds about 25 MB more; every question then cuts
    faster (see ``LazyFrequencies.resident``) and no question pays for building an index. The
    swap is one attribute, so a question being cut meanwhile sees the same entries either way.
    """
    tokenizer = engine.lexicon.tokenizer
    if isinstance(tokenizer.FREQ, LazyFrequencies):
        tokenizer.FREQ = tokenizer.FREQ.resident()
    engine.index_for_serving()


def _write(path: Path, engine: QuestionEngine) -> None:
    frequencies = engine.lexicon.tokenizer.FREQ
    if not isinstance(frequencies, LazyFrequencies):
        return
    buffer = io.BytesIO()
    buffer.write(FORMAT)
    try:
        pickle.dump((engine.lexicon.tokenizer.total, frequencies.changes), buffer)
        _Pickler(buffer, engine=engine).dump(engine)
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        log.warning("the question engine cannot be kept (%s); it is built at every start", error)
        return
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        descriptor = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(buffer.getvalue())
        partial.replace(path)  # Atomic: a concurrent start never reads half a file.
    except OSError as error:
        log.warning("cannot write the engine snapshot (%s)", error)
        return
    _prune(path.parent)


def _read(path: Path, *, catalog: Catalog, dictionary: str) -> QuestionEngine | None:
    try:
        data = path.read_bytes() if _is_private(path) else None
    except OSError:
        return None
    if data is None or not data.startswith(FORMAT):
        return None
    tokenizer = new_tokenizer(dictionary)
    if not isinstance(tokenizer.FREQ, LazyFrequencies):
        return None
    file = io.BytesIO(data)
    file.seek(len(FORMAT))
    try:
        total, changes = pickle.load(file)
        engine = _Unpickler(file, tokenizer=tokenizer, catalog=catalog).load()
    except Exception as error:  # A damaged file can fail in any way: build instead.
        log.warning("ignoring the engine snapshot %s (%s)", path.name, error)
        return None
    if not isinstance(engine, QuestionEngine):
        return None
    tokenizer.FREQ.apply(changes)
    tokenizer.total = total
    return engine


def _is_private(path: Path) -> bool:
    """Tells whether ``path`` is this user's and no one else may write it."""
    try:
        stat = path.stat()
    except OSError:
        return False
    return stat.st_uid == os.getuid() and not stat.st_mode & _SHARED_MODE_BITS


def _prune(folder: Path) -> None:
    """Removes all but the newest snapshots (another process may be removing them too)."""
    dated = []
    for path in folder.glob(f"engine-*{SUFFIX}"):
        with contextlib.suppress(OSError):
            dated.append((path.stat().st_mtime, path))
    for _modified, old in sorted(dated, reverse=True)[KEPT_SNAPSHOTS:]:
        old.unlink(missing_ok=True)
