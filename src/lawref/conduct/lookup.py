"""Conduct to law: which provisions reach a conduct on the date of the conduct, and how the law
settles an act punishable under several of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from lawref.conduct.lexicon import Lexicon
from lawref.conduct.models import (
    Conduct,
    Holding,
    Judgment,
    LookupProvision,
    LookupResult,
    Mapping,
    OverlapRule,
)
from lawref.errors import AmbiguousConductError, UnknownConductError
from lawref.statutes.models import PenaltyTier, ProvisionAt
from lawref.statutes.phrases import format_date
from lawref.statutes.references import LONGEST, shortened

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.conduct.book import ConductBook
    from lawref.statutes.book import Statutes


def resolve_conduct(lexicon: Lexicon, text: str) -> tuple[str, str]:
    """The conduct *text* names, and the words that named it. Raises
    :class:`~lawref.errors.UnknownConductError` (with the nearest conducts) or
    :class:`~lawref.errors.AmbiguousConductError` (with every conduct found); words longer
    than a reference may be (``LONGEST``) name nothing and are not compared with every term."""
    if len(text) > LONGEST:
        raise UnknownConductError(shortened(text))
    named = lexicon.named(text)
    if named is not None:
        return named, text.strip()
    matches = lexicon.find(text)
    conducts: dict[str, str] = {}
    for match in matches:
        conducts.setdefault(match.conduct, match.phrase)
    if not conducts:
        raise UnknownConductError(text, lexicon.suggest(text))
    if len(conducts) > 1:
        raise AmbiguousConductError(text, tuple(conducts.items()))
    ((conduct_id, phrase),) = conducts.items()
    return conduct_id, phrase


def severity(tier: PenaltyTier) -> tuple[bool, bool, float, float, int]:
    """How heavy a punishment is, for POCSO s.42's "punishment which is greater in degree":
    death, then imprisonment for life, then the longest term (the minimum where no maximum is
    stated), then the minimum term, then the largest fine."""
    prison = tier.imprisonment
    longest = 0.0
    shortest = 0.0
    life = False
    if prison is not None:
        life = prison.life
        longest = float(prison.max_months or prison.min_months or 0)
        shortest = float(prison.min_months or 0)
    fine = tier.fine
    largest_fine = (fine.max_inr or fine.min_inr or 0) if fine else 0
    return (tier.death, life, longest, shortest, largest_fine)


def _within(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    """Whether *day* falls in [start, end)."""
    return (start is None or start <= day) and (end is None or day < end)


def _covered(provision_id: str, covers: Iterable[str]) -> bool:
    """Whether a rule naming *covers* (act ids, provisions, or sections whose sub-divisions it
    takes in) reaches *provision_id*."""
    for cover in covers:
        if provision_id == cover or provision_id.startswith((cover + "/", cover + "(")):
            return True
    return False


def construes_text_of(
    statutes: Statutes, judgment: Judgment, holding: Holding, day: dt.date
) -> bool:
    """Whether *holding* construed the text of its provisions that is in force on *day*: for
    every provision it names, the version in force on the day whose text it read
    (``text_as_of``, default the decision's date) is the version in force on *day*. A provision
    whose text lawref does not record at all (POCSO Rules r.11) cannot tell versions apart and
    does not count against it."""
    read_on = holding.text_as_of or judgment.decided
    for pid in holding.provisions:
        provision = statutes.provision(pid)
        if not provision.versions:
            continue  # no text recorded at all: nothing to tell one version from another
        then, now = provision.version_on(read_on), provision.version_on(day)
        if now is None or then is None or then.valid_from != now.valid_from:
            return False
    return True


def _holdings_for(
    statutes: Statutes,
    book: ConductBook,
    conduct_id: str,
    provision_id: str,
    parent: str | None,
    day: dt.date,
) -> tuple[str, ...]:
    refs = []
    for judgment in book.judgments:
        if judgment.status != "good_law":
            continue  # listed with its status among the lookup's judgments, not as authority
        for holding in judgment.holdings:
            if (
                conduct_id in holding.conduct
                and (
                    provision_id in holding.provisions or (parent and parent in holding.provisions)
                )
                and construes_text_of(statutes, judgment, holding, day)
            ):
                refs.append(f"{judgment.id}#{holding.id}")
    return tuple(refs)


def _entry(
    statutes: Statutes,
    book: ConductBook,
    conduct: Conduct,
    mapping: Mapping,
    standing: ProvisionAt,
    proceeding: dt.date,
) -> LookupProvision:
    version = standing.version
    assert version is not None
    provision = statutes.provision(mapping.provision)
    classified = statutes.classification(provision.id, standing.as_of, proceeding)
    return LookupProvision.model_construct(
        id=provision.id,
        heading=provision.heading,
        valid_from=version.valid_from,
        valid_to=version.valid_to,
        penalty=version.penalty,
        derived_penalty=version.derived_penalty is not None,
        derived_rule=version.derived_penalty,
        subdivided=version.penalty is None and bool(provision.children),
        classification=classified.first,
        classification_subsequent=classified.subsequent,
        classification_limbs=classified.limbs,
        classification_message=(
            classified.reason if classified.first is None and not classified.limbs else None
        ),
        procedure_code=classified.code,
        condition=mapping.condition,
        authority=mapping.authority,
        confidence=mapping.confidence,
        judgments=_holdings_for(
            statutes, book, conduct.id, provision.id, provision.parent, standing.as_of
        ),
        heaviest=False,
        displaced_by=(),
        notes=(mapping.note,) if mapping.note else (),
    )


def _rule_in_force(statutes: Statutes, rule: OverlapRule, day: dt.date) -> bool:
    return _within(rule.valid_from, rule.valid_to, day) and (
        statutes.at(rule.provision, day).status == "in_force"
    )


def _apply_overlaps(
    statutes: Statutes, book: ConductBook, entries: list[LookupProvision], day: dt.date
) -> tuple[list[LookupProvision], list[str]]:
    explanations: list[str] = []
    heaviest: set[str] = set()
    displaced: dict[str, tuple[str, ...]] = {}
    flags: dict[str, list[str]] = {}
    for rule in book.overlaps:
        if not _rule_in_force(statutes, rule, day):
            continue
        if rule.effect == "displaces":
            present_by = tuple(e.id for e in entries if _covered(e.id, rule.by))
            for entry in entries:
                if entry.id in rule.displaced and present_by:
                    displaced[entry.id] = present_by
                    words = {"displaced": entry.id, "by": ", ".join(present_by)}
                    flags.setdefault(entry.id, []).append(rule.flag.format(**words))
                    explanations.append(
                        f"{rule.provision} ({rule.id}): {rule.explanation.format(**words)}"
                        + (f" {rule.note}" if rule.note else "")
                    )
            continue
        # POCSO s.42 compares an offence under POCSO with an offence under another law for the
        # same act; it never ranks POCSO's own offences (s.15(1), (2), (3) are distinct offences
        # with different intentions: Just Rights for Children Alliance v. S. Harish, 2024).
        home = rule.provision.split("/")[0]
        covered = [e for e in entries if _covered(e.id, rule.covers) and e.penalty is not None]
        ours = [e for e in covered if e.id.split("/")[0] == home]
        theirs = [e for e in covered if e.id.split("/")[0] != home]
        if not ours or not theirs:
            continue
        wins: dict[str, int] = {}
        losses: dict[str, int] = {}
        pairs = []
        for left in ours:
            for right in theirs:
                assert left.penalty is not None
                assert right.penalty is not None
                a, b = severity(left.penalty.first), severity(right.penalty.first)
                winner, loser = (left, right) if a >= b else (right, left)
                wins[winner.id] = wins.get(winner.id, 0) + 1
                if a != b:
                    losses[loser.id] = losses.get(loser.id, 0) + 1
                pairs.append(
                    f"{left.id} and {right.id}: {winner.id}" + (" (equal)" if a == b else "")
                )
        winners = [pid for pid in wins if not losses.get(pid)]
        heaviest.update(winners)
        for pid in winners:
            flags.setdefault(pid, []).append(rule.flag.format(pairs="; ".join(pairs)))
        explanations.append(
            f"{rule.provision} ({rule.id}): {rule.explanation.format(pairs='; '.join(pairs))}"
            + (f" {rule.note}" if rule.note else "")
        )
    # A rule whose text in force that day is not recorded is not applied; say so rather than
    # stay silent when the conduct reaches provisions of more than one Act.
    if len({e.id.split("/")[0] for e in entries}) > 1:
        for provision_id in sorted({rule.provision for rule in book.overlaps}):
            standing = statutes.at(provision_id, day)
            if standing.status == "not_recorded" and standing.version is not None:
                explanations.append(
                    f"{provision_id}: {standing.message} lawref does not apply it on this date."
                )
    updated = [
        e.model_copy(
            update={
                "heaviest": e.id in heaviest,
                "displaced_by": displaced.get(e.id, ()),
                "overlap_flags": tuple(flags.get(e.id, ())),
            }
        )
        for e in entries
    ]
    return updated, explanations


def lookup(
    statutes: Statutes,
    book: ConductBook,
    term: str,
    as_of: dt.date | None = None,
    proceeding_date: dt.date | None = None,
) -> LookupResult:
    """The provisions that reach the conduct *term* names on *as_of* (the date of the conduct;
    default today), with penalties, classification in a proceeding begun on *proceeding_date*
    (default today; see :mod:`lawref.statutes.classify`), conditions, authorities, judgments and
    overlaps. ``cases`` is left empty: the cases that cite the conduct live in a higher layer,
    which fills them in."""
    day = statutes.check_date(as_of)
    proceeding = statutes.check_proceeding_date(proceeding_date, day)
    conduct_id, matched = resolve_conduct(book.lexicon, term)
    conduct = book.conduct(conduct_id)
    entries = []
    excluded: dict[str, tuple[str, ...]] = {}
    for mapping in conduct.mappings:
        if not _within(mapping.valid_from, mapping.valid_to, day):
            continue
        standing = statutes.at(mapping.provision, day)
        if standing.status == "in_force":
            entries.append(_entry(statutes, book, conduct, mapping, standing, proceeding))
            if standing.excluded_places:
                excluded[mapping.provision.split("/")[0]] = standing.excluded_places
    entries, explanations = _apply_overlaps(statutes, book, entries, day)
    cited = {ref.split("#")[0] for entry in entries for ref in entry.judgments}
    judgments = tuple(
        j
        for j in book.judgments
        if j.id in cited or any(conduct_id in h.conduct for h in j.holdings)
    )
    other_text = tuple(
        f"{j.id}#{h.id}"
        for j in judgments
        for h in j.holdings
        if conduct_id in h.conduct and not construes_text_of(statutes, j, h, day)
    )
    return LookupResult.model_construct(
        query=term,
        conduct=conduct_id,
        label=conduct.label,
        matched=matched,
        as_of=day,
        provisions=tuple(entries),
        overlaps=tuple(explanations),
        judgments=judgments,
        cases=(),
        reviewed_on=statutes.reviewed_on,
        beyond_review=day > statutes.reviewed_on,
        other_text_holdings=other_text,
        proceeding_date=proceeding,
        extent_notes=tuple(
            f"On {format_date(day)} the {statutes.act(act).short_title} did not extend to "
            f"{', '.join(places)}."
            for act, places in sorted(excluded.items())
        ),
    )
