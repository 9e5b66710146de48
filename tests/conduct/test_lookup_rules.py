"""The lookup's rules — mappings in force on the date, overlap rules, holdings bound to the text
they construed — on small books built in code (``tests/factories.py``)."""

from __future__ import annotations

from lawref.conduct.lookup import lookup
from lawref.conduct.models import Authority, Judgment, OverlapRule
from lawref.statutes.book import Statutes
from tests.factories import (
    SOURCE,
    D,
    act,
    conduct,
    conduct_book,
    mapping,
    penalty,
    provision,
    statutes,
    tier,
    version,
)

CHANGED = D(2019, 8, 16)


def _statutes() -> Statutes:
    special = provision(
        "p-act/s15",
        [
            version(
                D(2012, 1, 1),
                CHANGED,
                text="stores for commercial purposes",
                penalty=penalty(tier(36)),
            ),
            version(CHANGED, text="stores with intent to share", penalty=penalty(tier(60))),
        ],
    )
    general = provision(
        "g-act/s67", [version(D(2009, 1, 1), text="does the thing", penalty=penalty(tier(84)))]
    )
    rule = provision("p-act/s42", [version(D(2012, 1, 1), text="greater in degree")])
    return statutes(
        [act("p-act", ["p-act/s15", "p-act/s42"]), act("g-act", ["g-act/s67"])],
        [special, general, rule],
    )


STORING = conduct(
    "storing",
    ["stored"],
    [
        mapping("p-act/s15", "stores for commercial purposes", valid_to=CHANGED),
        mapping("p-act/s15", "stores with intent to share", valid_from=CHANGED),
        mapping("g-act/s67"),
    ],
)
GREATER = OverlapRule(
    id="s42",
    provision="p-act/s42",
    effect="greater_in_degree",
    covers=("p-act", "g-act/s67"),
    authority=Authority(quote="greater in degree"),
    confidence="high",
    flag="heavier under the rule",
    explanation="the heavier applies: {pairs}.",
)
HOLDING_2019 = Judgment.model_validate(
    {
        "id": "a-v-b-2024",
        "title": "A v. B",
        "court": "A court",
        "decided": D(2024, 1, 1),
        "citations": [],
        "status": "good_law",
        "source": SOURCE,
        "confidence": "high",
        "holdings": [
            {
                "id": "intent-shown",
                "summary": "Intent may be inferred.",
                "provisions": ["p-act/s15"],
                "conduct": ["storing"],
                "effect": "explains",
                "confidence": "high",
            }
        ],
    }
)


def test_mappings_follow_the_date_of_the_conduct() -> None:
    book = conduct_book([STORING])
    early = lookup(_statutes(), book, "stored", D(2015, 1, 1), D(2016, 1, 1))
    late = lookup(_statutes(), book, "stored", D(2020, 1, 1), D(2021, 1, 1))
    assert [p.condition for p in early.provisions] == [p.condition for p in late.provisions]
    assert early.provisions[0].penalty == penalty(tier(36))
    assert late.provisions[0].penalty == penalty(tier(60))


def test_the_overlap_rule_flags_the_heavier_in_its_own_words() -> None:
    result = lookup(
        _statutes(), conduct_book([STORING], overlaps=[GREATER]), "stored", D(2020, 1, 1)
    )
    flags = {p.id: p.overlap_flags for p in result.provisions}
    assert flags["g-act/s67"] == ("heavier under the rule",)
    assert flags["p-act/s15"] == ()
    assert result.overlaps == (
        "p-act/s42 (s42): the heavier applies: p-act/s15 and g-act/s67: g-act/s67.",
    )


def test_a_holding_is_authority_only_for_the_text_it_construed() -> None:
    book = conduct_book([STORING], judgments=[HOLDING_2019])
    late = lookup(_statutes(), book, "stored", D(2020, 1, 1))
    early = lookup(_statutes(), book, "stored", D(2015, 1, 1), D(2016, 1, 1))
    assert "a-v-b-2024#intent-shown" in late.provisions[0].judgments
    assert "a-v-b-2024#intent-shown" not in early.provisions[0].judgments
    assert early.other_text_holdings == ("a-v-b-2024#intent-shown",)
