"""The one codec for button data."""

from __future__ import annotations

import pytest

from bot.dialogue.callbacks import Callback, CallbackError, Stamp, decode, encode


def test_encode_then_decode_gives_the_same_button() -> None:
    data = encode("record", "i", 12)
    assert decode(data) == Callback("record", "i", ("12",))


def test_a_stamp_survives_the_round_trip() -> None:
    stamped = Callback("record", "ok", ("ab12cd34",)).stamped(Stamp("a1b2", 7, 1001))
    assert decode(stamped.encode()) == stamped


@pytest.mark.parametrize(
    "data",
    ["grant:viewer", "", "qa", "record:zz-1:ok", "record:a1-x-3:ok", "::ok"],
    ids=["old-format", "empty", "one-part", "bad-stamp", "bad-step", "no-feature"],
)
def test_data_not_built_by_the_codec_is_rejected(data: str) -> None:
    assert decode(data) is None


@pytest.mark.parametrize(
    "args",
    [("a:b",), ("中文",), ("x" * 70,)],
    ids=["separator", "not-ascii", "too-long"],
)
def test_unsendable_data_raises(args: tuple[str, ...]) -> None:
    with pytest.raises(CallbackError):
        encode("record", "i", *args)


def test_arguments_are_read_with_defaults() -> None:
    callback = Callback("undo", "yes", ("5", "x"))
    assert callback.int_arg(0) == 5 and callback.int_arg(1) is None and callback.arg(3) == ""
