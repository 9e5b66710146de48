"""The text a user names: regular files and pipes are read, anything else is refused with its
name and reason; a pipe is held on disk beyond a megabyte; nothing longer than the limit is
read; a batch line too long to hold is an error record, and the lines after it are still read."""

from __future__ import annotations

import io
import os
import threading
import time
from pathlib import Path

import pytest

from lawref import inputs
from lawref.errors import LawrefError


def test_a_regular_file_is_read_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"caf\xc3\xa9 \xff")
    with inputs.open_input(str(path), io.BytesIO()) as source:
        assert source.size == 7
        assert source.read_text() == "café \ufffd"
        with source.rewound() as stream:
            assert stream.read(3) == b"caf"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("/dev/zero", "a device or socket"),
        ("/", "a folder"),
        ("a\x00b", "NUL byte"),
        ("/no/such/file", "No such file"),
        ("x" * 5000, "File name too long"),
    ],
)
def test_what_is_not_a_text_file_is_refused_by_name(name: str, reason: str) -> None:
    with pytest.raises(LawrefError, match=reason):
        inputs.open_input(name, io.BytesIO())


def test_a_file_name_that_is_not_utf8_is_shown_printable(tmp_path: Path) -> None:
    name = os.fsdecode(bytes(tmp_path) + b"/\xff.txt")
    with pytest.raises(LawrefError) as raised:
        inputs.open_input(name, io.BytesIO())
    str(raised.value).encode("utf-8")
    assert "\ufffd.txt" in str(raised.value)


def test_a_text_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(LawrefError, match="longer than 100 bytes"):
        inputs.open_input(str(path), io.BytesIO(), limit=100)
    with pytest.raises(LawrefError, match="standard input: it is longer than 100 bytes"):
        inputs.open_input("-", io.BytesIO(b"y" * 101), limit=100)


def test_a_pipe_is_copied_so_it_can_be_read_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "IN_MEMORY", 10)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    data = b"He circulated the videos.\n" * 1000

    def write() -> None:
        time.sleep(0.3)  # the writer comes late: reading must wait for it, not see an empty pipe
        with fifo.open("wb") as end:
            end.write(data)

    writer = threading.Thread(target=write)
    writer.start()
    with inputs.open_input(str(fifo), io.BytesIO()) as source:
        writer.join(timeout=30)
        assert source.size == len(data)
        for _ in range(2):
            with source.rewound() as stream:
                assert stream.read() == data


def test_standard_input_that_is_a_device_is_refused() -> None:
    with (
        Path("/dev/zero").open("rb") as device,
        pytest.raises(LawrefError, match="standard input: it is a device"),
    ):
        inputs.open_input("-", device)


def test_a_line_too_long_to_hold_is_given_as_none_and_reading_goes_on() -> None:
    stream = io.BytesIO(b"short\n" + b"x" * 50 + b"\nafter\nlast")
    assert list(inputs.lines(stream, limit=10)) == [b"short\n", None, b"after\n", b"last"]
