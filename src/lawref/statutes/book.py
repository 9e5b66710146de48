"""The statute book and the queries over it: what a provision said on a date, its timeline, a
punishment derived from another offence (within the rule's reach), and an offence's
classification in a proceeding. The rules of time live here, beside the dated models they read
(docs/design.md#time): ``as_of`` is the date of the conduct, because Article 20(1) of the
Constitution forbids a penalty greater than the one in force when the act was done; the Code of
procedure follows the day the proceeding began.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Literal, NamedTuple

from lawref import clock
from lawref.errors import DerivationError, InvalidDateError, UnknownActError
from lawref.statutes.derive import derive, tier_matches
from lawref.statutes.models import (
    Act,
    ClassificationAt,
    DerivedPenalty,
    DerivedPenaltyResult,
    OffenceReach,
    Penalty,
    Procedure,
    Provision,
    ProvisionAt,
    Status,
    TimelineEntry,
)
from lawref.statutes.phrases import format_penalty, format_term, format_tier, tier_labels

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawref.statutes.references import Resolver


class StatuteBook(NamedTuple):
    """Acts and provisions by id, the date the data was last reviewed, where it was read, and
    the Codes of criminal procedure that classify offences (``data/procedure.toml``).
    ``provisions`` is a dict when the data has just been read, and unpickles each provision when
    it is first read when it comes from the cache (``lawref.loading.cache.OnDemand``).

    A named tuple rather than a dataclass: an immutable record all the same, and a tenth of the
    cost to define on every start."""

    reviewed_on: dt.date
    acts: dict[str, Act]
    provisions: Mapping[str, Provision]
    origin: str
    procedure: Procedure


class Statutes:
    """The queries over a statute book (the catalog's statute half; see
    :class:`lawref.catalog.Catalog`, which delegates to it)."""

    def __init__(self, book: StatuteBook) -> None:
        """Queries over *book*."""
        self._book = book

    @property
    def book(self) -> StatuteBook:
        """The statute book these queries read."""
        return self._book

    # --- what is in it -----------------------------------------------------------------------

    @property
    def reviewed_on(self) -> dt.date:
        """The date the data was last checked against its sources."""
        return self._book.reviewed_on

    @property
    def origin(self) -> str:
        """Where the data was read from."""
        return self._book.origin

    @property
    def acts(self) -> tuple[Act, ...]:
        """Every act, ordered by id."""
        return tuple(self._book.acts[k] for k in sorted(self._book.acts))

    @property
    def provisions(self) -> tuple[Provision, ...]:
        """Every provision, acts ordered by id, provisions in natural number order."""
        return tuple(self._book.provisions[pid] for act in self.acts for pid in act.provisions)

    def act(self, ref: str) -> Act:
        """The act with id or name *ref* ("it-act-2000", "IT Act", "POCSO");
        raises :class:`~lawref.UnknownActError` with close matches."""
        if ref in self._book.acts:
            return self._book.acts[ref]
        from lawref.statutes.references import normalise

        found, rest = self._resolver.acts.find(normalise(ref))
        if found is not None and not rest.strip():
            return self._book.acts[found]
        import difflib

        names = sorted(self._book.acts)
        raise UnknownActError(ref, tuple(difflib.get_close_matches(ref.lower(), names, n=3)))

    def provision(self, ref: str) -> Provision:
        """The provision *ref* names: an id or a prose reference ("67B IT Act",
        "Section 15(1) POCSO"). Raises :class:`~lawref.UnknownProvisionError` with suggestions."""
        return self._book.provisions[self.resolve(ref)]

    def __contains__(self, provision_id: object) -> bool:
        """Whether *provision_id* is exactly the id of a provision (no alias resolution)."""
        return provision_id in self._book.provisions

    def get(self, ref: str, default: Provision | None = None) -> Provision | None:
        """Like :meth:`provision`, but returns *default* instead of raising."""
        try:
            return self.provision(ref)
        except LookupError:
            return default

    def resolve(self, ref: str) -> str:
        """The id *ref* names (see :meth:`provision`)."""
        if ref in self._book.provisions:
            return ref
        return self._resolver.resolve(ref)

    @cached_property
    def _resolver(self) -> Resolver:
        from lawref.statutes.references import Resolver

        aliases = {
            act.id: (act.title, act.short_title, *act.aliases) for act in self._book.acts.values()
        }
        return Resolver.build(self._book.provisions, aliases)

    # --- time --------------------------------------------------------------------------------

    def check_date(self, as_of: dt.date | None) -> dt.date:
        """*as_of*, or today when ``None``; a date after today is refused, since the date of a
        conduct cannot lie in the future (:class:`~lawref.InvalidDateError`)."""
        today = clock.today()
        if as_of is None:
            return today
        if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
            raise InvalidDateError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
        if as_of > today:
            raise InvalidDateError(
                f"{as_of} is in the future; as_of is the date of the conduct, which cannot be "
                f"later than today ({today})"
            )
        return as_of

    def at(self, ref: str, as_of: dt.date | None = None) -> ProvisionAt:
        """What provision *ref* said on *as_of* (default today): its standing, the version in
        force, and a sentence that says why. Before an Act came into force, after its repeal,
        before a provision was inserted or after it was omitted, the answer says so."""
        provision = self.provision(ref)
        day = self.check_date(as_of)
        act = self._book.acts[provision.act]
        version = provision.version_on(day)
        status: Status
        label = f"{act.short_title} {_division(act)}{provision.number}"
        if day < act.in_force_from:
            status = "act_not_yet_in_force"
            message = (
                f"{act.title} came into force on {act.in_force_from}; on {day} it was not law."
            )
        elif act.repealed_on is not None and day >= act.repealed_on:
            status = "act_repealed"
            successor = self._book.acts.get(act.repealed_by or "")
            message = (
                f"{act.title} was repealed with effect from {act.repealed_on}"
                + (f" by {successor.title}" if successor else "")
                + "."
            )
            if provision.successors:
                message += " Its successor: " + ", ".join(provision.successors) + "."
        elif version is None and provision.earlier_versions_not_recorded:
            status = "not_recorded"
            message = (
                f"{label} was in force on {day}, but lawref records its text only from "
                f"{provision.versions[0].valid_from}."
                if provision.versions
                else f"{label} is part of {act.title}, but lawref does not record its text."
            )
        elif version is None:
            status = "not_yet_in_force"
            first = provision.versions[0]
            message = (
                f"{label} came into force on {first.valid_from} ({first.instrument_title}); "
                f"it did not exist on {day}."
            )
        elif version.text_not_recorded:
            status = "not_recorded"
            message = (
                f"{label} was changed with effect from {version.valid_from} "
                f"({version.instrument_title}); lawref does not record the text in force from "
                "then, so it states no punishment for it (see the note)."
            )
        elif version.omitted:
            status = "omitted"
            message = (
                f"{label} was omitted with effect from {version.valid_from} "
                f"({version.instrument_title})."
            )
        else:
            status = "in_force"
            message = f"{label} as in force from {version.valid_from} ({version.instrument_title})."
        extent = act.extent_on(day)
        excluded = extent.excludes if extent is not None and status == "in_force" else ()
        if excluded and extent is not None:
            message += (
                f" On {day} the {act.short_title} did not extend to {', '.join(excluded)} "
                f"(“{extent.text.strip()}”)."
            )
        beyond = day > self.reviewed_on
        if beyond:
            message += f" Law as reviewed on {self.reviewed_on}; later changes are not reflected."
        # Internal results are built from values the loader already validated: model_construct
        # skips re-validation (and the schema build it would trigger on first use).
        return ProvisionAt.model_construct(
            provision=provision.id,
            as_of=day,
            status=status,
            version=version if status in ("in_force", "omitted", "not_recorded") else None,
            successors=provision.successors,
            message=message,
            beyond_review=beyond,
            excluded_places=excluded,
        )

    def punishes(self, ref: str, as_of: dt.date | None = None) -> bool:
        """Whether provision *ref* states a punishment in force on *as_of* (default today), in
        its own words or in one of its sub-divisions' (POCSO s.15 holds its punishments on
        s.15(1) to (3) from 16 August 2019): an offence, not a rule of how or under which law a
        sentence is passed (POCSO s.42)."""
        standing = self.at(ref, as_of)
        if (
            standing.status == "in_force"
            and standing.version is not None
            and standing.version.penalty is not None
        ):
            return True
        return any(self.punishes(child, as_of) for child in self.provision(ref).children)

    def timeline(self, ref: str) -> tuple[TimelineEntry, ...]:
        """Every dated event in the life of provision *ref*, oldest first: enactment or
        insertion, each amendment, omission, and the repeal of its Act."""
        provision = self.provision(ref)
        act = self._book.acts[provision.act]
        entries = []
        event: Literal["enacted", "inserted", "first_recorded", "amended", "omitted"]
        for index, version in enumerate(provision.versions):
            if version.omitted:
                event = "omitted"
                description = "omitted"
            elif index == 0 and provision.earlier_versions_not_recorded:
                event = "first_recorded"
                description = "in force earlier; this is the first text lawref records"
            elif index == 0 and version.instrument == act.id:
                event = "enacted"
                description = "enacted"
            elif index == 0:
                event = "inserted"
                description = "inserted"
            else:
                event = "amended"
                description = "substituted or amended"
            if version.text_not_recorded:
                description += "; its new text is not recorded"
            if version.confidence != "high":
                description += f" (confidence {version.confidence})"
            if version.penalty is not None and not version.omitted:
                description += f"; punishment: {format_penalty(version.penalty)}"
            entries.append(
                TimelineEntry.model_construct(
                    date=version.valid_from,
                    event=event,
                    instrument=version.instrument,
                    instrument_title=version.instrument_title,
                    description=description,
                )
            )
        if act.repealed_on is not None:
            successor = self._book.acts.get(act.repealed_by or "")
            entries.append(
                TimelineEntry.model_construct(
                    date=act.repealed_on,
                    event="act_repealed",
                    instrument=act.repealed_by or "",
                    instrument_title=successor.title if successor else (act.repealed_by or ""),
                    description=f"{act.short_title} repealed"
                    + (
                        f"; succeeded by {', '.join(provision.successors)}"
                        if provision.successors
                        else ""
                    ),
                )
            )
        return tuple(entries)

    def successors(self, ref: str) -> tuple[Provision, ...]:
        """The provisions that replaced *ref* in a later Act (IPC s.292 → BNS s.294)."""
        return tuple(self._book.provisions[p] for p in self.provision(ref).successors)

    def predecessors(self, ref: str) -> tuple[Provision, ...]:
        """The provisions *ref* replaced in an earlier Act (BNS s.294 → IPC s.292)."""
        return tuple(self._book.provisions[p] for p in self.provision(ref).predecessors)

    # --- classification ----------------------------------------------------------------------

    def check_proceeding_date(self, proceeding_date: dt.date | None, as_of: dt.date) -> dt.date:
        """*proceeding_date*, or today when ``None``; refused when it is in the future or before
        the date of the conduct (a proceeding cannot begin before the conduct it concerns)."""
        day = self.check_date(proceeding_date)
        if day < as_of:
            raise InvalidDateError(
                f"the proceeding date {day} is before the date of the conduct {as_of}; a "
                "proceeding begins on or after the conduct it concerns"
            )
        return day

    def classification(
        self, ref: str, as_of: dt.date | None = None, proceeding_date: dt.date | None = None
    ) -> ClassificationAt:
        """How provision *ref* is classified (cognizable, bailable, which court) in a proceeding
        begun on *proceeding_date* (default today) about conduct on *as_of* (default today): the
        offence and its punishment are those in force on *as_of*, the Code of criminal
        procedure the one in force on *proceeding_date*. See :mod:`lawref.statutes.classify`."""
        from lawref.statutes.classify import classify

        standing = self.at(ref, as_of)
        proceeding = self.check_proceeding_date(proceeding_date, standing.as_of)
        version = standing.version
        if standing.status != "in_force" or version is None:
            return ClassificationAt.model_construct(
                provision=standing.provision,
                as_of=standing.as_of,
                proceeding_date=proceeding,
                code=None,
                first=None,
                subsequent=None,
                message=standing.message,
                reason=standing.message,
            )
        provision = self.provision(standing.provision)
        code, first, later, limbs, why = classify(
            self._book.procedure,
            provision,
            version,
            proceeding,
            lambda pid, day: self.at(pid, day).status == "in_force",
        )
        if code is None:
            detail = f"{why}." if why else ""
            message = f"A proceeding begun on {proceeding}: {detail}"
            reason = detail[:1].upper() + detail[1:]
        else:
            detail = ""
            if why:
                # (a sentence of its own: "no row of the CrPC's First Schedule is recorded";
                # review 2026-12-22e L1)
                detail = f" {why[:1].upper()}{why[1:]}" + ("" if why.endswith(".") else ".")
            elif first is None and not limbs:
                detail = (
                    " It classifies offences; this provision prescribes no punishment of its own."
                )
            message = f"A proceeding begun on {proceeding} is governed by {code.title}.{detail}"
            reason = f"{code.title} governs the proceeding.{detail}"
        return ClassificationAt.model_construct(
            provision=provision.id,
            as_of=standing.as_of,
            proceeding_date=proceeding,
            code=code.id if code else None,
            first=first,
            subsequent=later,
            message=message,
            limbs=limbs,
            first_limb=version.penalty.first_limb if version.penalty else None,
            reason=reason,
        )

    # --- derived penalties -------------------------------------------------------------------

    @property
    def procedure(self) -> Procedure:
        """The Codes of criminal procedure and the special rules that classify offences."""
        return self._book.procedure

    def label_any(self, provision_id: str) -> str:
        """Like :meth:`label`, but an id lawref does not hold is returned as it is."""
        return self.label(provision_id) if provision_id in self._book.provisions else provision_id

    def label(self, provision_id: str) -> str:
        """A provision as people write it: ``IT Act s.67B``, ``POCSO Rules r.11``."""
        provision = self._book.provisions[provision_id]
        act = self._book.acts[provision.act]
        return f"{act.short_title} {_division(act)}{provision.number}"

    def _reaches(self, reach: OffenceReach, base_at: ProvisionAt) -> bool:
        """Whether a rule's reach takes in the offence *base_at* stands for (its Act is named,
        or it is another law's offence meeting the reach's minimum term)."""
        act = base_at.provision.split("/")[0]
        if act in reach.acts:
            return True
        penalty = base_at.version.penalty if base_at.version else None
        return reach.other_laws and _reach_min_met(reach, penalty)

    def _out_of_reach(
        self, rule_at: ProvisionAt, derived: DerivedPenalty, base_at: ProvisionAt, day: dt.date
    ) -> str:
        """Why a rule does not reach an offence, and which rule lawref holds that does."""
        from lawref.statutes.phrases import format_reach

        names = {a.id: a.short_title for a in self._book.acts.values()}
        base_act = self._book.acts[base_at.provision.split("/")[0]]
        message = (
            f"{self.label(rule_at.provision)} reaches only {format_reach(derived.reach, names)}; "
            f"{self.label(base_at.provision)} is an offence under the {base_act.short_title}"
        )
        if derived.reach.other_laws_min_months is not None and derived.reach.other_laws:
            message += " not punishable with so long a term"
        others = []
        for provision in self._book.provisions.values():
            if provision.parent is not None or provision.id == rule_at.provision:
                continue
            version = provision.version_on(day)
            other = version.derived_penalty if version else None
            if (
                other is not None
                and other.relation == derived.relation
                and self._reaches(other.reach, base_at)
            ):
                others.append(self.label(provision.id) + f" ({provision.id})")
        if others:
            message += (
                "; the rule that reaches it: "
                if len(others) == 1
                else "; the rules that reach it: "
            ) + ", ".join(sorted(others))
        else:
            message += "; lawref holds no rule of that kind that reaches it"
        return message + "."

    def derived_penalty(
        self, ref: str, underlying: str, as_of: dt.date | None = None
    ) -> DerivedPenaltyResult:
        """The punishment under provision *ref* (attempt, abetment, conspiracy, causing
        disappearance of evidence …) for the concrete offence *underlying*, both read as in
        force on *as_of*. Example: ``derived_penalty("IPC 201", "67B IT Act", date(2019, 10, 13))``.
        Raises :class:`~lawref.DerivationError` when the statute's limbs do not reach it."""
        day = self.check_date(as_of)
        rule_at = self.at(ref, day)
        base_at = self.at(underlying, day)
        for standing in (rule_at, base_at):
            if standing.status != "in_force" or standing.version is None:
                raise DerivationError(standing.message)
        derived = rule_at.version.derived_penalty if rule_at.version else None
        if derived is None:
            raise DerivationError(
                f"{self.label(rule_at.provision)} does not define a punishment by reference to "
                "another offence"
            )
        base = self.provision(base_at.provision)
        base_penalty = base_at.version.penalty if base_at.version else None
        if base_penalty is None:
            raise DerivationError(
                f"{self.label(base.id)} prescribes no punishment of its own"
                + (
                    "; name the sub-division that does: " + ", ".join(base.children)
                    if base.children
                    else ""
                )
            )
        if not self._reaches(derived.reach, base_at):
            raise DerivationError(self._out_of_reach(rule_at, derived, base_at, day))
        try:
            condition, penalty = derive(derived, base_penalty)
        except DerivationError as exc:
            raise DerivationError(
                f"{self.label(rule_at.provision)} applied to {self.label(base.id)}: {exc}"
            ) from None
        limb = next(t.limb for t in derived.tiers if t.applies_when == condition)
        # (a penalty graded by its cases is computed on its general punishment, the first
        # limb's; the note below words the others: review 2026-12-22a H2)
        computed_on = (
            format_tier(base_penalty.first) if base_penalty.limbs else format_penalty(base_penalty)
        )
        explanation = (
            f"{self.label(rule_at.provision)} applied to {self.label(base.id)} "
            f"({computed_on})"
            + (f", under the limb “{limb}”" if limb else "")
            + f": {format_penalty(penalty)}."
        )
        if penalty.subsequent is not None:
            first_label = tier_labels(penalty)[0]
            explanation += (
                f" 'first' is computed on the underlying offence's punishment for a {first_label},"
                " 'subsequent' on its enhanced punishment; which scale a court applies is a"
                " question of interpretation the statute does not settle."
            )
        notes: tuple[str, ...] = ()
        prison = base_penalty.first.imprisonment
        if (
            prison is not None
            and prison.max_months is None
            and prison.min_months is not None
            and not prison.life
            and not tier_matches(
                condition,
                base_penalty.first.model_copy(
                    update={
                        "imprisonment": prison.model_copy(update={"max_months": prison.min_months})
                    }
                ),
            )
        ):
            # the limb was chosen on a term the statute leaves open above: say so, as the
            # classification does (lawref.statutes.classify)
            notes = (
                f"{self.label(base.id)} states a minimum term ({format_term(prison.min_months)})"
                " and no maximum; lawref reads a term the statute leaves open above as one that"
                + (f" meets the limb “{limb}”" if limb else " meets the limb applied")
                + ". No provision or judgment read says so; a court may read it otherwise.",
            )
            explanation += " " + notes[0]
        limbs = base_penalty.limbs
        if limbs:
            # IPC s.506: computed on the general punishment, its first limb's (review
            # 2026-12-21e M7); the other limbs' cases take the rule on their own punishment
            others = "; ".join(f"{limb.limb}: {format_tier(limb.penalty)}" for limb in limbs)
            notes = (
                *notes,
                f"This is computed on the punishment of {self.label(base.id)}'s first limb "
                f"({base_penalty.first_limb}: {format_tier(base_penalty.first)}); its other "
                f"cases are punished differently ({others}), and for those the rule applies to "
                "that punishment.",
            )
            explanation += " " + notes[-1]
        return DerivedPenaltyResult.model_construct(
            provision=rule_at.provision,
            underlying=base_at.provision,
            as_of=day,
            tier=condition,
            limb=limb,
            relation=derived.relation,
            penalty=penalty,
            explanation=explanation,
            notes=notes,
        )


def _reach_min_met(reach: OffenceReach, penalty: Penalty | None) -> bool:
    """Whether an offence of another law meets the reach's "punishable with imprisonment for a
    term of N or upwards" (judged on the first-conviction punishment: what the offence is
    punishable with before any enhancement)."""
    if reach.other_laws_min_months is None:
        return True
    if penalty is None:
        return False
    tier = penalty.first
    if tier.death:
        return True
    prison = tier.imprisonment
    if prison is None:
        return False
    if prison.life or prison.max_months is None:
        return prison.life or prison.min_months is not None
    return prison.max_months >= reach.other_laws_min_months


def _division(act: Act) -> str:
    return "r." if act.kind == "rules" else "s."
