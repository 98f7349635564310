"""The one codec for button data: ``feature:stamp:action:arg…``, short ASCII.

Features build option data with :func:`encode` and read a press as a :class:`Callback`;
nothing else splits button data. The stamp is empty when a button is built; the dialogue
core stamps every button a running flow shows with the flow instance, its step and its
owner, and refuses a press whose stamp is not the live one (see :class:`Stamp`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

SEPARATOR = ":"
MAX_DATA_BYTES = 64  # Telegram's limit on callback_data.


class CallbackError(ValueError):
    """Button data that cannot be built: not ASCII, a separator inside a part, too long."""


@dataclass(frozen=True)
class Stamp:
    """Which flow instance, step and user a button belongs to."""

    flow_id: str
    step: int
    owner: int  # A Telegram user id: always positive.

    def encode(self) -> str:
        """Returns the stamp as one data part (``a1b2-3-1001``)."""
        return f"{self.flow_id}-{self.step}-{self.owner}"

    @classmethod
    def decode(cls, text: str) -> Stamp | None:
        """Reads :meth:`encode`'s output; None when it is not a stamp."""
        parts = text.split("-")
        if len(parts) != 3 or not parts[0].isalnum() or not all(p.isdigit() for p in parts[1:]):
            return None
        return cls(parts[0], int(parts[1]), int(parts[2]))


@dataclass(frozen=True)
class Callback:
    """A pressed button: the feature it belongs to, its action and arguments."""

    feature: str
    action: str
    args: tuple[str, ...] = ()
    stamp: Stamp | None = None

    def arg(self, index: int = 0, default: str = "") -> str:
        """Returns argument ``index``, or ``default`` when there is none."""
        return self.args[index] if index < len(self.args) else default

    def int_arg(self, index: int = 0) -> int | None:
        """Returns argument ``index`` as a whole number, or None."""
        text = self.arg(index)
        return int(text) if text.isdigit() else None

    def encode(self) -> str:
        """Returns the button data; raises :class:`CallbackError` when it cannot be sent."""
        stamp = "" if self.stamp is None else self.stamp.encode()
        parts = (self.feature, stamp, self.action, *self.args)
        for part in parts:
            if SEPARATOR in part or not part.isascii():
                raise CallbackError(f"bad button data part: {part!r}")
        data = SEPARATOR.join(parts)
        if len(data.encode()) > MAX_DATA_BYTES:
            raise CallbackError(f"button data longer than {MAX_DATA_BYTES} bytes: {data!r}")
        return data

    def stamped(self, stamp: Stamp) -> Callback:
        """Returns the same button belonging to ``stamp``."""
        return replace(self, stamp=stamp)


def encode(feature: str, action: str, *args: str | int) -> str:
    """Returns the data of a button of ``feature`` doing ``action`` with ``args``."""
    return Callback(feature, action, tuple(str(arg) for arg in args)).encode()


def decode(data: str) -> Callback | None:
    """Reads button data; None for anything not built by :func:`encode` (an old keyboard)."""
    parts = data.split(SEPARATOR)
    if len(parts) < 3 or not parts[0] or not parts[2]:
        return None
    stamp = Stamp.decode(parts[1]) if parts[1] else None
    if parts[1] and stamp is None:
        return None
    return Callback(parts[0], parts[2], tuple(parts[3:]), stamp)
