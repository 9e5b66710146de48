"""Hostile queries to the parsers of user input.

Threat model: anyone who can type a query — on the command line, or through an application that
passes its users' words to ``lawref.at`` or ``lawref.lookup`` — may send any string. Guarantee:
any string gives an answer or a ``LawrefError`` saying what was wrong (never another exception);
a query longer than ``LONGEST`` is refused before it is parsed; the number parser takes each run
of digits once, so its time is linear in the query.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawref.catalog import Catalog
from lawref.errors import LawrefError, UnknownConductError, UnknownProvisionError
from lawref.statutes.ids import ProvisionId
from lawref.statutes.references import LONGEST, parse_number

QUERIES = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="0123456789abcsAB()-/ ", max_size=300),
    st.sampled_from(["67B IT Act", "s. 15(2) POCSO", "IPC 292", "bns 294(2)(a)", "\x00", "\r\n"]),
)


@pytest.mark.parametrize("ask", ["at", "lookup"])
@settings(max_examples=400, deadline=None)
@given(query=QUERIES)
def test_any_query_is_an_answer_or_a_clear_error(catalog: Catalog, ask: str, query: str) -> None:
    try:
        answer = getattr(catalog, ask)(query, None)
    except LawrefError as exc:
        message = str(exc)
    else:
        message = answer.provision if ask == "at" else answer.conduct
        assert ask != "at" or answer.provision in catalog
    assert message


@pytest.mark.parametrize("query", ["1" * 20_000 + "abc", "67B IT Act " * 30, "x" * (LONGEST + 1)])
def test_a_query_longer_than_the_limit_is_refused_and_shortened(
    catalog: Catalog, query: str
) -> None:
    with pytest.raises(UnknownProvisionError, match=f"at most {LONGEST} characters") as raised:
        catalog.at(query, None)
    assert len(str(raised.value)) < 200
    with pytest.raises(UnknownConductError) as refused:
        catalog.lookup(query, None)
    assert len(str(refused.value)) < 200


def test_a_long_run_of_digits_is_read_once() -> None:
    # quadratic before: 20,000 digits then letters took over 20 seconds
    assert parse_number("1" * 200_000 + "abc") is None
    assert parse_number("section " + "9" * 50_000 + " b") == "9" * 50_000 + "B"


@pytest.mark.parametrize("text", ["it-act-2000/s67B\n", "it-act-2000/s67B\r", "it-act-2000/s67B "])
def test_an_id_ends_where_its_grammar_ends(text: str) -> None:
    with pytest.raises(ValueError, match="not a provision id"):
        ProvisionId.parse(text)
