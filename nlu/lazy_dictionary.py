"""jieba's word frequencies loaded one first character at a time, from one sharded file.

jieba keeps its dictionary as one mapping, FREQ: every word with its frequency and every
prefix of a word with 0, and loads all of it (about 198,000 entries for 150,000 words)
before the first cut. A question or a catalog touches a few hundred characters, so the
file here holds the same mapping split by the first character of each key, with an index,
and ``LazyFrequencies`` reads a character's shard the first time a key starting with it is
asked for. Every key of a shard begins with its character, and jieba only ever asks about
single keys, so a lookup sees exactly what the eager mapping holds. The file sits next to
the word list it was built from, under the same name with ``SHARDED_SUFFIX`` added.
"""

from __future__ import annotations

import marshal
import threading
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

MAGIC = b"goalbot-jieba-shards-1\n"
SHARDED_SUFFIX = ".shards"
# After the magic: crc32 of the body, length of the body, length of its index (big endian).
_CRC, _BODY, _HEAD = 4, 8, 4
_HEADER_END = len(MAGIC) + _CRC + _BODY + _HEAD


class ShardFileError(ValueError):
    """A sharded dictionary file that is not one, or is damaged."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def sharded_bytes(frequencies: Mapping[str, int], *, total: int) -> bytes:
    """Returns jieba's FREQ mapping and total as the content of a sharded file."""
    shards: dict[str, dict[str, int]] = {}
    for key, frequency in frequencies.items():
        shards.setdefault(key[:1], {})[key] = frequency
    blobs, index, offset = [], {}, 0
    for first, shard in shards.items():
        blob = marshal.dumps(shard)
        index[first] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    head = marshal.dumps((total, index))
    body = head + b"".join(blobs)
    sizes = len(body).to_bytes(_BODY, "big") + len(head).to_bytes(_HEAD, "big")
    return MAGIC + zlib.crc32(body).to_bytes(_CRC, "big") + sizes + body


def is_complete(path: Path) -> bool:
    """Tells from its header alone whether ``path`` is a whole sharded file (not truncated)."""
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_END)
            size = file.seek(0, 2)
    except OSError:
        return False
    if len(header) < _HEADER_END or not header.startswith(MAGIC):
        return False
    body = int.from_bytes(header[len(MAGIC) + _CRC : len(MAGIC) + _CRC + _BODY], "big")
    return size == _HEADER_END + body


def load_sharded(path: Path) -> tuple[LazyFrequencies, int]:
    """Returns the lazy FREQ mapping and the total of a sharded file.

    Raises ``ShardFileError`` when the file is not a complete, undamaged sharded dictionary.
    """
    data = path.read_bytes()
    if len(data) < _HEADER_END or not data.startswith(MAGIC):
        raise ShardFileError(path, "not a sharded dictionary")
    crc = int.from_bytes(data[len(MAGIC) : len(MAGIC) + _CRC], "big")
    head_size = int.from_bytes(data[_HEADER_END - _HEAD : _HEADER_END], "big")
    body = memoryview(data)[_HEADER_END:]
    if zlib.crc32(body) != crc:
        raise ShardFileError(path, "checksum mismatch")
    total, index = marshal.loads(body[:head_size])
    return LazyFrequencies(body[head_size:], index), total


class LazyFrequencies(dict[str, int]):
    """jieba's FREQ mapping that reads the shard of a first character on its first lookup.

    Every way jieba reads or writes FREQ (``in``, ``[]``, ``get``, assignment in
    ``add_word``) loads the shard first, so a word added before its shard was read is not
    overwritten by it. Whole-mapping views (iteration, ``len``) load every shard.
    ``changes`` keeps every entry written since the file was read (None: removed), so that
    another process can ``apply`` them to a fresh mapping without reading their shards.
    """

    def __init__(self, shards: memoryview, index: dict[str, tuple[int, int]]) -> None:
        super().__init__()
        self._shards = shards
        self._pending = dict(index)
        self._lock = threading.Lock()
        self._deferred: dict[str, dict[str, int | None]] = {}
        self.changes: dict[str, int | None] = {}
        self.shard_count = len(index)

    @property
    def loaded_count(self) -> int:
        """Returns how many shards have been read so far."""
        return self.shard_count - len(self._pending)

    def apply(self, changes: Mapping[str, int | None]) -> None:
        """Makes the writes of ``changes``; those to unread shards wait until they are read."""
        for key, value in changes.items():
            if key[:1] in self._pending:
                self._deferred.setdefault(key[:1], {})[key] = value
            else:
                self._write(key, value)
        self.changes.update(changes)

    def _write(self, key: str, value: int | None) -> None:
        if value is None:
            super().pop(key, None)
        else:
            super().__setitem__(key, value)

    def _load(self, first: str) -> None:
        # Turns of different chats may cut in threads side by side (PostgreSQL): a shard
        # leaves ``_pending`` only once it is in, so no lookup sees it half read.
        with self._lock:
            place = self._pending.get(first)
            if place is None:  # Read by another thread meanwhile.
                return
            offset, size = place
            super().update(marshal.loads(self._shards[offset : offset + size]))
            for key, value in self._deferred.pop(first, {}).items():
                self._write(key, value)
            del self._pending[first]

    def _load_all(self) -> None:
        for first in list(self._pending):
            self._load(first)

    def resident(self) -> dict[str, int]:
        """Returns every entry as a plain mapping, after reading every shard.

        For a process that answers many questions: a lookup in it is one C call, where this
        mapping first checks the key's shard in Python, and jieba looks up every substring
        of every question.
        """
        self._load_all()
        return dict(super().items())

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key[:1] in self._pending:
            self._load(key[:1])
        return super().__contains__(key)

    def __getitem__(self, key: str) -> int:
        if key[:1] in self._pending:
            self._load(key[:1])
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        """Returns the frequency of ``key`` (0 for a prefix), or ``default``."""
        if key[:1] in self._pending:
            self._load(key[:1])
        return super().get(key, default)

    def __setitem__(self, key: str, value: int) -> None:
        if key[:1] in self._pending:
            self._load(key[:1])
        super().__setitem__(key, value)
        self.changes[key] = value

    def __delitem__(self, key: str) -> None:
        if key[:1] in self._pending:
            self._load(key[:1])
        super().__delitem__(key)
        self.changes[key] = None

    def setdefault(self, key: str, default: int = 0) -> int:
        """Returns the frequency of ``key``, first setting it to ``default`` when absent."""
        if key not in self:
            self[key] = default
        return super().__getitem__(key)

    def pop(self, key: str, *default: Any) -> Any:
        """Removes ``key`` and returns its frequency (or ``default``)."""
        if key[:1] in self._pending:
            self._load(key[:1])
        if super().__contains__(key):
            self.changes[key] = None
        return super().pop(key, *default)

    def __iter__(self) -> Iterator[str]:
        self._load_all()
        return super().__iter__()

    def __len__(self) -> int:
        self._load_all()
        return super().__len__()

    def keys(self) -> Any:
        """Returns every key, after reading every shard."""
        self._load_all()
        return super().keys()

    def values(self) -> Any:
        """Returns every frequency, after reading every shard."""
        self._load_all()
        return super().values()

    def items(self) -> Any:
        """Returns every key with its frequency, after reading every shard."""
        self._load_all()
        return super().items()
