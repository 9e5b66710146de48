"""Checking ``data/procedure.toml`` against the statute book, and giving every offence its
classification under the Code that first governs a proceeding on it.

The rules: the Codes follow one another without gap or overlap; each Code's Part II rows put
every punishment in exactly one band; a special rule's provision exists and its quote is in that
provision's text; every offence of an Act a Code's Part I lists has a recorded row for that Code
on every version a proceeding under the Code can concern."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping

from lawref.errors import Problem
from lawref.loading.problems import squash, unknown_ids
from lawref.statutes.classify import InForce, classify, first_proceeding_day
from lawref.statutes.models import Act, Procedure, Provision

_BAND_PROBES = (0.0, 0.5, 1.0, 6.0, 24.0, 35.0, 35.5, 36.0, 60.0, 84.0, 84.5, 85.0, 120.0, 1e9)


def check_procedure(
    procedure: Procedure,
    acts: Mapping[str, Act],
    provisions: Mapping[str, Provision],
    shown: str,
    problems: list[Problem],
) -> None:
    """The Codes, their Part II bands and the special rules hold together with the statutes."""

    def add(key: str, reason: str) -> None:
        problems.append(Problem(shown, key, reason))

    ordered = sorted(enumerate(procedure.codes), key=lambda pair: pair[1].in_force_from)
    for (_, earlier), (index, later) in itertools.pairwise(ordered):
        if earlier.repealed_on != later.in_force_from:
            add(
                f"codes[{index}].in_force_from",
                f"{later.id} starts on {later.in_force_from}, but {earlier.id} ends on "
                f"{earlier.repealed_on}: Codes must follow one another without gap or overlap",
            )
    for index, code in enumerate(procedure.codes):
        for found in unknown_ids(f"codes[{index}].schedule_acts", code.schedule_acts, acts, "act"):
            add(*found)
        for probe in _BAND_PROBES:
            matching = [r.words for r in code.other_laws if r.reaches(probe)]
            if len(matching) != 1:
                add(
                    f"codes[{index}].other_laws",
                    f"a punishment of {probe:g} months falls in {len(matching)} rows; the rows "
                    "must put every punishment in exactly one band",
                )
                break
    for index, rule in enumerate(procedure.special_rules):
        where = f"special_rules[{index}]"
        provision = provisions.get(rule.provision)
        if provision is None:
            add(f"{where}.provision", f"no provision {rule.provision!r}")
            continue
        texts = [v.text for v in provision.versions if v.text]
        if not any(squash(rule.quote) in squash(text) for text in texts):
            add(f"{where}.quote", f"{rule.quote!r} is not in the text of {rule.provision}")
        for found in (
            *unknown_ids(f"{where}.acts", rule.acts, acts, "act"),
            *unknown_ids(f"{where}.provisions", rule.provisions, provisions, "provision"),
        ):
            add(*found)


def classify_versions(
    procedure: Procedure,
    provisions: Mapping[str, Provision],
    files: Mapping[str, str],
    problems: list[Problem],
) -> dict[str, Provision]:
    """Every version with its ``classification``: the first-conviction row under the Code that
    first governs a proceeding on it. An offence of an Act a Code's Part I lists with no
    recorded row for that Code is a problem (a row must be read, not guessed)."""
    out: dict[str, Provision] = {}
    in_force = in_force_from(provisions)
    for pid, provision in provisions.items():
        versions = []
        for index, version in enumerate(provision.versions):
            if version.penalty is not None:
                for code in procedure.codes:
                    if code.repealed_on is not None and code.repealed_on <= version.valid_from:
                        continue
                    if provision.act in code.schedule_acts and not any(
                        c.code == code.id for c in version.classifications
                    ):
                        problems.append(
                            Problem(
                                files[provision.act],
                                f'provisions."{provision.number}".versions[{index}]'
                                ".classifications",
                                f"no row of the {code.short_title}'s First Schedule (Part I) is "
                                f"recorded for this offence; {code.id} governs proceedings on it",
                            )
                        )
            limbs = (
                {t.limb for t in version.derived_penalty.tiers}
                if version.derived_penalty
                else set()
            ) | ({limb.limb for limb in version.penalty.limbs} if version.penalty else set())
            penalty_limbs = (
                {limb.limb for limb in version.penalty.limbs} if version.penalty else set()
            )
            codes = {c.id: c for c in procedure.codes}
            for position, row in enumerate(version.classifications):
                where = (
                    f'provisions."{provision.number}".versions[{index}].classifications[{position}]'
                )
                if row.limb in penalty_limbs:
                    # a limb's row stands beside the general punishment's, under a Code whose
                    # Schedule lists the Act (review 2026-12-22a L3)
                    if not any(
                        c.code == row.code and c.limb is None for c in version.classifications
                    ):
                        problems.append(
                            Problem(
                                files[provision.act],
                                f"{where}.limb",
                                f"a limb's row under {row.code} needs the general punishment's "
                                "row (no limb) under the same Code",
                            )
                        )
                    listing = codes.get(row.code or "")
                    if listing is not None and provision.act not in listing.schedule_acts:
                        problems.append(
                            Problem(
                                files[provision.act],
                                f"{where}.code",
                                f"the {listing.short_title}'s First Schedule (Part I) does not "
                                f"list {provision.act}'s offences",
                            )
                        )
                if row.limb is not None and row.limb not in limbs:
                    problems.append(
                        Problem(
                            files[provision.act],
                            f'provisions."{provision.number}".versions[{index}]'
                            f".classifications[{position}].limb",
                            f"{row.limb!r} is not the words of a limb of this version's "
                            "penalty or derived penalty",
                        )
                    )
                if row.code not in {c.id for c in procedure.codes}:
                    problems.append(
                        Problem(
                            files[provision.act],
                            f'provisions."{provision.number}".versions[{index}]'
                            f".classifications[{position}].code",
                            f"no Code {row.code!r} in procedure.toml",
                        )
                    )
            day = first_proceeding_day(procedure, version)
            _, first, _, _, _ = classify(procedure, provision, version, day, in_force)
            versions.append(version.model_copy(update={"classification": first}))
        out[pid] = provision.model_copy(update={"versions": tuple(versions)})
    return out


def in_force_from(provisions: Mapping[str, Provision]) -> InForce:
    """Whether a provision is in force on a day, judged from the loaded provisions alone (a
    version ends on its Act's repeal, so a repealed Act's provisions are not in force after it)."""

    def in_force(provision_id: str, day: dt.date) -> bool:
        provision = provisions.get(provision_id)
        if provision is None:
            return False
        version = provision.version_on(day)
        return version is not None and not version.omitted and not version.text_not_recorded

    return in_force
