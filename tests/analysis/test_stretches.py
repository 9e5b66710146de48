"""A long text cut into stretches at blank lines: the same cuts from a string and from a stream
of bytes, nothing lost or repeated, and no stretch much longer than the size asked for."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.analysis import stretches

PIECES = st.sampled_from(
    ["word", "the IT Act", "Section 67B", "\n", "\n\n", "\n \n", " ", "ഓപ്പറേഷൻ", "€", "\r\n", "."]
)
ACT = re.compile(r"the\s+IT\s+Act", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(PIECES, max_size=300),
    size=st.integers(min_value=1, max_value=60),
    block=st.integers(min_value=1, max_value=17),
)
def test_a_stream_is_cut_where_the_whole_text_is(parts: list[str], size: int, block: int) -> None:
    text = "".join(parts)
    whole = list(stretches.text_stretches(text, size, ACT))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stretches, "_READ_BYTES", block)
        streamed = list(stretches.stream_stretches(io.BytesIO(text.encode()), size, ACT))
    assert streamed == whole
    assert "".join(words for _, words in whole) == text
    offsets = [offset for offset, _ in whole]
    assert offsets == sorted(set(offsets))
    assert all(len(words) <= stretches.reach(size) for _, words in whole)


def test_undecodable_bytes_are_replaced_as_bytes_decode_does() -> None:
    data = b"caf\xc3\xa9 \xff\xfe and \xe0\xb4" + "ഓ".encode() * 3
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stretches, "_READ_BYTES", 3)
        streamed = "".join(w for _, w in stretches.stream_stretches(io.BytesIO(data), 4))
    assert streamed == data.decode("utf-8", errors="replace")


def test_a_text_is_cut_after_a_blank_line_and_an_act_name_is_never_split() -> None:
    text = "a" * 8 + "\n\n" + "b" * 8 + " the IT\n\nAct here\n\nc"
    cuts = [words for _, words in stretches.text_stretches(text, 10, ACT)]
    assert cuts[0] == "a" * 8 + "\n\n"
    assert all("the IT\n\nAct" not in w or w.count("the IT\n\nAct") == 1 for w in cuts)
    assert any("the IT\n\nAct" in w for w in cuts)


def test_an_empty_text_is_one_empty_stretch() -> None:
    assert list(stretches.text_stretches("", 10)) == [(0, "")]
    assert list(stretches.stream_stretches(io.BytesIO(b""), 10)) == [(0, "")]
