"""The exceptions lawref raises. Every one derives from :class:`LawrefError`
(docs/design.md#errors)."""

from __future__ import annotations


class LawrefError(Exception):
    """Base class of every error lawref raises on purpose."""


class Problem:
    """One problem found in the data: which file, where in it, and what is wrong.

    A plain immutable class rather than a dataclass: this module is imported by ``lawref --help``,
    which must not pay for importing ``dataclasses`` (docs/design.md#start-up)."""

    __slots__ = ("file", "key_path", "reason")
    file: str
    key_path: str
    reason: str

    def __init__(self, file: str, key_path: str, reason: str) -> None:
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "key_path", key_path)
        object.__setattr__(self, "reason", reason)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Problem is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.file, self.key_path, self.reason) == (other.file, other.key_path, other.reason)

    def __hash__(self) -> int:
        return hash((self.file, self.key_path, self.reason))

    def __repr__(self) -> str:
        return f"Problem({self.file!r}, {self.key_path!r}, {self.reason!r})"

    def __str__(self) -> str:
        where = f"{self.file}: {self.key_path}" if self.key_path else self.file
        return f"{where}: {self.reason}"


class DataError(LawrefError):
    """The data folder is invalid. Holds *every* problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in lawref data"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))


class NotFoundError(LawrefError, LookupError):
    """Something named by id or words that lawref does not have; carries close matches."""

    def __init__(
        self,
        message: str,
        query: str,
        suggestions: tuple[str, ...] = (),
        *,
        lead: str = "did you mean",
        closing: str = "?",
    ) -> None:
        self.query = query
        self.suggestions = suggestions
        if suggestions:
            message += f"; {lead} " + ", ".join(suggestions) + closing
        super().__init__(message)


class UnknownProvisionError(NotFoundError):
    """A provision id or alias that names nothing in the catalog; carries close matches."""

    def __init__(self, query: str, suggestions: tuple[str, ...] = (), detail: str = "") -> None:
        message = f"unknown provision {query!r}" + (f": {detail}" if detail else "")
        super().__init__(message, query, suggestions)


class UnknownActError(NotFoundError):
    """An act id or name that names nothing in the catalog; carries close matches."""

    def __init__(self, query: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(f"unknown act {query!r}", query, suggestions)


class InvalidDateError(LawrefError, ValueError):
    """A date that lawref cannot answer for: malformed, or later than today.

    ``as_of`` is the date of the conduct (Article 20(1) of the Constitution): conduct cannot lie in
    the future, so a future date is a mistake, not a question.
    """


class DerivationError(LawrefError):
    """A derived penalty (attempt, abetment, evidence destruction …) that cannot be computed for
    the offence given, with the reason in the statute's own terms."""


class OutputError(LawrefError):
    """A file could not be written (the path's folder is missing, or not writable). Nothing was
    left half-written: lawref writes to a temporary file and renames it into place."""


class UnknownConductError(NotFoundError):
    """Words that name no conduct lawref knows; carries the nearest conducts as suggestions."""

    def __init__(self, query: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(
            f"no conduct matches {query!r}", query, suggestions, lead="nearest:", closing=""
        )


class AmbiguousConductError(LawrefError, LookupError):
    """Words that name more than one conduct ("uploading and downloading"): look each up alone."""

    def __init__(self, query: str, matches: tuple[tuple[str, str], ...]) -> None:
        self.query = query
        self.matches = matches
        listed = ", ".join(f"{conduct} ({words!r})" for conduct, words in matches)
        super().__init__(
            f"{query!r} names more than one conduct: {listed}; look each up on its own"
        )


class UnknownCaseError(NotFoundError):
    """A case id that names no example case; carries close ids."""

    def __init__(self, query: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(f"no case {query!r}", query, suggestions)
