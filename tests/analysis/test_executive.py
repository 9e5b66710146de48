"""The executive's words (``[analysis.executive]``): who, not being a court, changed or levied
a penalty a report states (CrPC ss.432-433, BNSS ss.473-474; Constitution arts.72, 161)."""

from __future__ import annotations

import re

import pytest

from lawref.analysis.models import ExecutiveWords
from lawref.analysis.punishments.executive import ExecutiveReader
from lawref.catalog import Catalog


def _last(pattern: re.Pattern[str], text: str, low: int, high: int) -> re.Match[str] | None:
    matches = list(pattern.finditer(text, low, high))
    return matches[-1] if matches else None


@pytest.fixture(scope="module")
def executive(catalog: Catalog) -> ExecutiveReader:
    return ExecutiveReader(catalog.analysis_config.executive)


def test_the_words_are_the_datas(catalog: Catalog) -> None:
    """The reader holds no words of its own: with none, nothing is the executive's; the data
    names the bodies, means and courts the rules read."""
    words = catalog.analysis_config.executive
    assert "remission" in words.means
    assert "centre" in words.bodies
    assert "court" in words.court_words
    empty = ExecutiveReader(ExecutiveWords())
    text = "reduced to 14 years by the Centre in 2019"
    end = text.index(" by")
    assert not empty.changed_it(text, end, lambda: False)
    assert ExecutiveReader(words).changed_it(text, end, lambda: False)
    # … and a word added to the data is read ("the Sentence Clemency Panel", not in the data)
    board = "reduced to 14 years by the Sentence Clemency Panel"
    at = board.index(" by")
    assert not ExecutiveReader(words).changed_it(board, at, lambda: False)
    added = words.model_copy(update={"bodies": (*words.bodies, "sentence clemency panel")})
    assert ExecutiveReader(added).changed_it(board, at, lambda: False)


@pytest.mark.parametrize(
    ("after_term", "court_subject", "expected"),
    [
        (" by the Centre in 2019.", False, True),
        (" in jail by the then Governor.", False, True),
        (" by the jail authorities.", False, True),
        (" on the recommendation of the Governor.", False, True),
        (" by the L-G.", False, True),
        # the means only where no court is the change's own subject
        (" under the state's remission scheme.", False, True),
        (" under the state's remission scheme.", True, False),
        # a court first is the agent; a party's word makes the body a party
        (" by the Madras High Court on an appeal by the state government.", False, False),
        (" by the state government's counsel's consent.", False, False),
        (" after hearing the state government counsel.", False, False),
        (", which noted the state's remission policy did not apply.", False, False),
    ],
)
def test_the_executive_after_a_new_term(
    executive: ExecutiveReader, after_term: str, court_subject: bool, expected: bool
) -> None:
    """Right after a changed sentence's new term: the executive as agent, or (no court being
    the change's subject) its occasion or means."""
    text = "His sentence was reduced to 14 years" + after_term
    end = len("His sentence was reduced to 14 years")
    assert executive.changed_it(text, end, lambda: court_subject) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("नगर निगम ने दुकानदार पर 5000 रुपये का जुर्माना लगाया।", True),
        ("नगर निगम ने दुकानदार पर 5000 रुपये का जुर्माना ठोका।", True),
        # a passive verb, another clause between, or a court in the sentence: not the body's
        ("नगर निगम ने बताया कि दुकानदार पर 5000 रुपये का जुर्माना लगाया गया।", False),
        ("नगर निगम ने बताया कि अदालत ने दुकानदार पर 5000 रुपये का जुर्माना लगाया।", False),
        ("अदालत ने दुकानदार पर 5000 रुपये का जुर्माना लगाया।", False),
    ],
)
def test_a_hindi_penalty_levied_by_an_executive_body(
    executive: ExecutiveReader, text: str, expected: bool
) -> None:
    """A Hindi penalty whose own subject is an executive body, with an active verb of levying
    and no court named in the sentence, is the body's (review 2027-01-06d W1)."""
    start = text.index("5000")
    end = text.index("जुर्माना") + len("जुर्माना")
    assert executive.levied_in_hindi(text, start, end, (0, len(text)), _last) is expected
