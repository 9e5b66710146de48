"""A section number read against an Act: resolved to a provision lawref holds, or flagged as
not in lawref's data, past the Act's last section, or not in force on the date; a letter glued
to a number read as a clause where the Act has no lettered section.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from lawref.analysis.models import StatuteReference
from lawref.analysis.references.helpers import (
    _NO_ACT,
    CLAUSES_IN_FULL,
    LAST_CLAUSE_RECORDED,
    LETTERED_IN_FULL,
    PREDECESSOR_NUMBER,
    ActName,
    _act_flags,
    _ascii_digits,
    _base,
)
from lawref.analysis.references.names import ActNames
from lawref.statutes.models import ActRecord
from lawref.statutes.phrases import cited_limb_words

# a stretch of text in capitals: no small letter ("BNS SECTION 64 HC GRANTS")
_IN_CAPITALS = re.compile(r"[^a-z]*")

# a section's part as charges write it after the number ("304-II", "304 I": Part II, Part I)
_ROMAN_PART = re.compile(r"(\d+)(I{1,3}|IV)")

# a number and one capital, as a section is read ("5G" of "Sections 5G/6", "5-L"): where the
# Act it resolves in has no lettered section of that number, the capital is a clause (dev-29)
# (or a clause's Roman numeral: "11 IV of the POCSO Act" is s.11(iv))
_GLUED_LETTER = re.compile(r"(\d+)([A-Z]|II|III|IV|VI|VII|VIII|IX|XI|XII)(\(.*)?")


# after an "A" apart from its number, a small word that no list or Act's name opens: the "A" is
# an article ("Section 8 A case was registered")
_ARTICLE_AFTER = re.compile(
    r"\s+(?!(?:of|under|and|or|read|r/w|to|with|&|in|is|was|were|has|had|have|also)\b)[a-z]"
)


# a number and one or two letters in brackets, with what follows ("153(a)", "376(ab)(1)")
_BRACKETED_LETTERS = re.compile(r"(\d+)\(([a-zA-Z]{1,2})\)(.*)")

# a capital L alone in brackets right after a section's digits ("103(L)", "103 (L)"), which a
# misprint or a scan makes of "(1)"
_ONE_SHAPED = re.compile(r"\d\s?\(\s?L\s?\)")

# a section's letter and a small clause letter after it ("376A(b)"), and the written form of two
# capitals in brackets right after the digits ("376(A)(B)", "376 (A) (B)")
_CLAUSE_AFTER_LETTER = re.compile(r"(\d+)([A-Z])\(([a-z])\)")
_TWO_BRACKETED_CAPITALS = re.compile(r"\s*\d+\s?\(\s?[A-Z]\s?\)\s?\(\s?[A-Z]\s?\)\s*\Z")

# a clause cited by its small letters, under the section or a sub-section ("304(b)", "64(2)(n)");
# small letters that may be a roman numeral ("(i)", "(v)", "(xi)") are not measured as letters
_CLAUSE_CITED = re.compile(r"(\d+)(?:\(\d+[A-Z]?\))*\(([a-z]{1,2})\)")
# (nor "(l)", which reports type or scan for "(1)": "Section 103(l) of the BNS" is s.103(1);
# review 2027-01-02a M3)
_ROMAN_SHAPED = re.compile(r"[ivx]+|l")


def _variants(number: str) -> tuple[str, ...]:
    """As written, then the sloppy "67(b)" read as section 67B, and "5G" read as 5(g)."""
    match = re.fullmatch(r"(\d+)\(([a-z])\)(.*)", number)
    if match:
        return (number, match[1] + match[2].upper() + match[3])
    match = re.fullmatch(r"(\d+)([A-Z])(\(.*)?", number)
    if match:
        return (number, f"{match[1]}({match[2].lower()}){match[3] or ''}")
    return (number,)


@dataclass(frozen=True, slots=True)
class CitedLimb:
    """A limb a reference cites by a mark (``SectionRules._cited_limb``): the provision, the
    limb (1 for the general punishment), the section with its mark ("506(ii)") and the note
    that says how it was read."""

    provision: str
    limb: int
    section: str
    note: str


class SectionRules(ActNames):
    """A section number resolved against an Act on a date (``_resolve``), and what an Act's
    last section and lettered sections say of a number."""

    @cached_property
    def held_sections(self) -> dict[str, tuple[str, ...]]:
        """The whole sections (no sub-section) lawref holds of each Act, by Act id: the lettered
        sections a range of sections reaches ("66 to 67B": 66A … 66F, 67A)."""
        return {
            act.id: tuple(
                number
                for pid in act.provisions
                if re.fullmatch(r"\d+[A-Z]{0,2}", number := self.statutes.provision(pid).number)
            )
            for act in self.statutes.acts
        }

    def _beyond_last(self, name: ActName, listed: str) -> bool:
        """Whether a list names a number past the last section of the Act *name* ("509" for
        the IT Act), so that it cannot be that Act's."""
        last = self._last_section(name)
        return last is not None and any(int(n) > last for n in re.findall(r"\d+", listed))

    def _last_section(self, name: ActName) -> int | None:
        """The Act's last section where lawref records it."""
        return self.statutes.act(name.act).last_section if name.held else None

    def _has_lettered(self, name: ActName | None, digits: str) -> bool:
        """Whether a capital after *digits* can be a section's letter in the Act of *name*: not
        where the Act's data lists every number with lettered sections (``lettered_bases``) and
        *digits* is not one of them ("Section 5 (L) of the POCSO Act" is s.5(l)); otherwise it
        can (IPC 376D, IT Act 67A)."""
        if name is None or not name.held:
            return True
        bases = self.statutes.act(name.act).lettered_bases
        return bases is None or int(digits) in bases

    def _letter_apart(
        self, name: ActName | None, number: str, text: str, start: int, end: int
    ) -> tuple[str, str] | None:
        """An "A" written apart from its number that opens the next words ("POCSO Section 8 A
        case was registered": an article), or two capitals apart ("SECTION 8 SP SAYS"), that
        make no lettered section the Act has, where its data records them all: the number
        alone, and the note that says so, with no difference claimed (reviews 2026-12-31d M4,
        2027-01-01c M4). Any other capital apart stays the section's letter, and one the Act
        lacks is said to be so ("Section 68 B of the IT Act")."""
        if name is None or not name.held:
            return None
        listed = self.statutes.act(name.act).lettered_sections
        spaced = re.fullmatch(r"(\d+)\s+([A-Z]{1,2})", text[start:end].strip())
        if listed is None or spaced is None or number != spaced[1] + spaced[2]:
            return None
        if number in listed.numbers:
            return None
        if spaced[2] == "A" and _ARTICLE_AFTER.match(text, end) is not None:
            return spaced[1], f"read as s.{spaced[1]}: the “A” after it opens the words that follow"
        if (
            len(spaced[2]) == 2
            and not _ROMAN_PART.fullmatch(number)
            # (in a run of capitals only, within the Act's sections, and not a lettered number
            # of the Act it replaced: "Section 66 EF of the IT Act", "376 DA" of the BNS and
            # "153 AA" stay numbers it lacks; review 2027-01-01d H2, M1, M2)
            and _IN_CAPITALS.fullmatch(text[max(0, start - 12) : min(len(text), end + 12)])
            and int(spaced[1]) <= (self._last_section(name) or 0)
            and not self._predecessor_lettered(name, number)
        ):
            # "SECTION 8 SP SAYS", "64 HC GRANTS BAIL": two capitals apart that make no lettered
            # section the Act has are a word in capitals (review 2027-01-01c M4)
            return spaced[1], f"read as s.{spaced[1]}: the “{spaced[2]}” after it is a word"
        return None

    def _two_bracketed_letters(self, name: ActName | None, number: str, written: str) -> str:
        """*number*, or, where it was written as two capitals in brackets right after its
        digits ("376(A)(B)"), the section of both letters the Act has (376AB, as the Act's data
        records it), not a clause of the first's (376A(b)): a survey of unseen reports,
        2027-01-04."""
        split = _CLAUSE_AFTER_LETTER.fullmatch(number)
        if name is None or not name.held or split is None:
            return number
        if _TWO_BRACKETED_CAPITALS.match(written) is None:
            return number
        listed = self.statutes.act(name.act).lettered_sections
        both = f"{split[1]}{split[2]}{split[3].upper()}"
        return both if listed is not None and both in listed.numbers else number

    def _may_have_clauses(self, name: ActName | None, digits: str) -> bool:
        """Whether section *digits* of the Act of *name* may have clauses of its own: not where
        the Act's data records every section that has (``LetteredSections.clause_sections``)
        and it is not one ("7A" of the POCSO Act is no s.7(a); review 2026-12-31a M2)."""
        if name is None or not name.held:
            return True
        listed = self.statutes.act(name.act).lettered_sections
        return (
            listed is None
            or listed.clause_sections is None
            or int(digits) in listed.clause_sections
        )

    def _clause_base(self, name: ActName, number: str) -> bool:
        """Whether a capital glued to a number whose own clauses are lettered
        (``clause_bases``) is that clause, there being no lettered section of that number and
        letter and the clause being one the section has (``clause_ends``): "292C" of the IPC
        is s.292(c), s.292(2) having clauses (a) to (e) and s.292A, a State's, being another
        (review 2027-01-01c H1); "294C" is none (01d M3)."""
        listed = self.statutes.act(name.act).lettered_sections if name.held else None
        split = re.fullmatch(r"(\d+)([A-Z])", number)
        if (
            listed is None
            or split is None
            or number in listed.numbers
            or int(split[1]) not in listed.clause_bases
        ):
            return False
        last = listed.clause_ends.get(int(split[1]))
        return last is not None and split[2].lower() <= last

    @staticmethod
    def _missing_clause(act: ActRecord, number: str, day: dt.date) -> str | None:
        """Why the clause *number* cites by its small letters ("304(b)", "64(2)(n)") is none
        the Act has on *day*, where its data records the sections with clauses
        (``LetteredSections.clause_sections``) and their last lettered clauses
        (``clause_ends``) as they stand from a day on or before *day* (``clauses_from``): its
        lettered clauses end before it (BNS s.64(2) at (m)), or, where every section's last is
        recorded (``clause_ends_in_full``), the section has no clauses (BNS s.304, snatching:
        "304(b)" names the IPC's dowry death, BNS s.80) or only clauses in roman numerals (BNS
        s.75(1)). None where the clause may be one, or its letters may be a roman numeral
        ("(i)", "(v)") or a misprinted "(1)"."""
        cited = _CLAUSE_CITED.match(number)
        listed = act.lettered_sections
        if (
            cited is None
            or listed is None
            or listed.clause_sections is None
            or listed.clauses_from is None
            or day < listed.clauses_from
            or _ROMAN_SHAPED.fullmatch(cited[2])
        ):
            return None
        digits, letters = int(cited[1]), cited[2]
        said = f"{act.short_title} s.{digits} has no clause ({letters}): "
        last = listed.clause_ends.get(digits)
        if digits not in listed.clause_sections:
            if not listed.clause_ends_in_full:
                return None
            return said + f"the section has no clauses {CLAUSES_IN_FULL}"
        if last is not None and letters > last:
            recorded = CLAUSES_IN_FULL if listed.clause_ends_in_full else LAST_CLAUSE_RECORDED
            return said + f"its lettered clauses end at ({last}) {recorded}"
        if last is None and listed.clause_ends_in_full:
            return said + f"its clauses are numbered in roman numerals {CLAUSES_IN_FULL}"
        return None

    def _predecessor_lettered(self, name: ActName, number: str) -> bool:
        """Whether *number* as written ("326A") is a lettered section of an Act that the Act of
        *name* replaced: "Section 326A of the BNS" names the IPC's acid attack under the
        Sanhita that repealed it, not clause (a) of BNS s.326, mischief to irrigation works
        (review 2027-01-01a M3); it is read as no clause, and, where the section has clauses,
        with a note that the text may mean either and no difference (01c M1, 01d H1)."""
        return any(
            act.repealed_by == name.act
            and act.lettered_sections is not None
            and number in act.lettered_sections.numbers
            for act in self.statutes.acts
        )

    @staticmethod
    def _readings(act: ActRecord, number: str, written: str) -> tuple[str, ...]:
        """The readings of *number* (written as *written*) to look up in *act*, in order
        (``_variants``): where the Act's data records its lettered sections
        (``ActRecord.lettered_sections``), a lettered section the Act has is never its
        number's clause ("Section 43A of the IT Act", "43-A", "43 A" are s.43A, compensation
        for failure to protect data, not s.43(a), unauthorised access, which lawref holds;
        review 2026-12-31a H1), unless the text writes the letter in brackets, small or in
        Devanagari, after a number whose own clauses are lettered (``clause_bases``): "43(a)",
        Marathi "४३ (अ)" stay clause (a) of s.43, as reports write a clause so (review
        2026-12-31c L4); a Latin capital in brackets is the section's letter, as reports write
        one ("43(A)", "66(A)", "72(A)"; 31d M5)."""
        readings = _variants(number)
        listed = act.lettered_sections
        glued = re.fullmatch(r"(\d+)([A-Z]{1,2})(?:\(.*)?", number)
        if (
            listed is not None
            and glued is not None
            and glued[1] + glued[2] in listed.numbers
            and not (
                int(glued[1]) in listed.clause_bases
                and "(" in written
                and re.search(r"\(\s?[A-Z]{1,2}\s?\)", written) is None
            )
        ):
            return (number,)
        return readings

    def _sub_section(
        self, text: str, ref: StatuteReference, section: tuple[ActName, str, str], day: dt.date
    ) -> StatuteReference:
        """*ref*, a "sub-section 2" that names no section, read as that sub-section of the last
        section named (*section*: its Act, number and words), saying so."""
        name, base, quote = section
        number = ref.section.strip("()") if ref.section else ""
        resolved = self._resolve(text, ref.start, ref.end, f"{base}({number})", name, day)
        return resolved.model_copy(
            update={
                "act_from": quote,
                "flags": (
                    f"the text names no section here; read as a sub-section of s.{base} of "
                    f"{name.act} from “{quote}”",
                    *resolved.flags,
                ),
            }
        )

    def _resolve(
        self, text: str, start: int, end: int, number: str, name: ActName | None, day: dt.date
    ) -> StatuteReference:
        flags: list[str] = []
        provision = None
        limb: int | None = None
        act_id = name.act if name else None
        number = _ascii_digits(number)
        number = self._two_bracketed_letters(name, number, text[start:end])
        glued = _GLUED_LETTER.fullmatch(number)
        if (
            glued is not None
            and name is not None
            and (
                not self._has_lettered(name, glued[1])
                or self._clause_base(name, glued[1] + glued[2])
            )
            and int(glued[1]) <= (self._last_section(name) or 0)
            and self._may_have_clauses(name, glued[1])
            and not self._predecessor_lettered(name, glued[1] + glued[2])
        ):
            # "Sections 5G/6 of the POCSO Act": the Act has a section 5 and no lettered one, so
            # 5(g); a number past its last section is no section of it at all (said so below)
            number = f"{glued[1]}({glued[2].lower()}){glued[3] or ''}"
            clause_read = (
                f"read as clause ({glued[2].lower()}) of s.{glued[1]}: the Act has no "
                f"s.{glued[1]}{glued[2]}"
            )
        else:
            clause_read = None
        apart = self._letter_apart(name, number, text, start, end) if clause_read is None else None
        if apart is not None:
            number, apart_note = apart
        section = number
        if name is None:
            flags.append(_NO_ACT)
        elif not name.held:
            flags.extend(_act_flags(self.statutes, name, day))
        else:
            flags.extend(_act_flags(self.statutes, name, day))
            act = self.statutes.act(name.act)
            prefix = "r" if act.kind == "rules" else "s"
            for candidate in self._readings(act, number, text[start:end]):
                pid = f"{act.id}/{prefix}{candidate}"
                if pid in self.statutes:
                    provision, section = pid, candidate
                    break
            cited = self._cited_limb(act.id, prefix, number, day) if provision is None else None
            if cited is not None:
                provision, limb, section = cited.provision, cited.limb, cited.section
                flags.append(cited.note)
            if provision is None:
                lettered = _BRACKETED_LETTERS.fullmatch(number)
                listed = act.lettered_sections
                if (
                    lettered is not None
                    and listed is not None
                    and int(lettered[1]) not in listed.clause_bases
                    and (named := lettered[1] + lettered[2].upper()) in listed.numbers
                ):
                    # "IPC sections 153(a) and 505": the Act has a s.153A, which lawref does
                    # not hold; the letter in brackets is its letter, as in "67(b)" for s.67B
                    number = section = named + lettered[3]
                digits = int("".join(ch for ch in _base(number) if ch.isdigit()))
                if act.last_section is not None and digits > act.last_section:
                    flags.append(
                        f"{act.short_title} has no section {number} "
                        f"(its last is {act.last_section})"
                    )
                elif (
                    listed is not None
                    and (part := _ROMAN_PART.fullmatch(number)) is not None
                    and number not in listed.numbers
                    and not self._predecessor_lettered(name, number)
                ):
                    # "304-II", "304 I", "105-II": a part of the section, as charges name one
                    # ("Part II"), not a lettered section the Act lacks (review 2027-01-01a H1,
                    # H2); the section itself, saying so
                    section = part[1]
                    whole = f"{act.id}/{prefix}{part[1]}"
                    if whole in self.statutes:
                        provision = whole
                        flags.extend(self._standing(whole, day))
                    else:
                        flags.append(
                            f"not in lawref's data: {act.short_title} {prefix}.{part[1]} is not "
                            "among the provisions lawref holds"
                        )
                    flags.append(
                        f"read as s.{part[1]}: the “{part[2]}” after it names a part of it, as "
                        f"charges write one (Part {part[2]}, or a sub-section); the Act has no "
                        f"s.{number}"
                    )
                elif self._predecessor_lettered(name, _base(number)) and self._may_have_clauses(
                    name, re.sub(r"[A-Z]+$", "", _base(number))
                ):
                    # "Section 326A of the BNS": the IPC's number (acid attack) under the
                    # Sanhita that replaced it, or a clause of BNS s.326 misprinted; which is
                    # meant is not said, and no difference is claimed (review 2027-01-01c M1);
                    # where the BNS section has no clauses ("304B", "354A"), the Sanhita lacks
                    # it and says so, a difference (01d H1)
                    flags.append(
                        f"{PREDECESSOR_NUMBER}{act.short_title}: the Act it replaced has a "
                        f"s.{_base(number)}, and the text may mean that or a clause of "
                        f"s.{re.sub(r'[A-Z]+$', '', _base(number))}"
                    )
                elif (
                    listed is not None
                    and re.fullmatch(r"\d+[A-Z]{1,2}", number)
                    and number not in listed.numbers
                ):
                    # "Section 67B IPC": the Code has no lettered section of that number (the
                    # IT Act's, misnamed?); not made a clause of s.67 (review 2026-12-22c M1)
                    lacked = f"{act.short_title} has no section {number} {LETTERED_IN_FULL}"
                    if _ONE_SHAPED.search(text, start, end) and number.endswith("L"):
                        # "103(L)": a capital L in brackets may be a misprinted "(1)", read as
                        # "67(1)" is (a note, whether or not the section has sub-sections;
                        # review 2027-01-03a L2); the Act's lacking s.103L is then no
                        # difference the text makes, only a note on the reading
                        lacked = (
                            f"not read as a difference: the “(L)” may be a misprinted “(1)”; "
                            f"{lacked}"
                        )
                    flags.append(lacked)
                elif (missing := self._missing_clause(act, number, day)) is not None:
                    flags.append(missing)
                else:
                    flags.append(
                        f"not in lawref's data: {act.short_title} {prefix}.{number} is not "
                        "among the provisions lawref holds"
                    )
            else:
                flags.extend(self._standing(provision, day))
        if clause_read is not None and provision is None:
            flags.append(clause_read)  # (review 2026-12-10b L2)
        if apart is not None:
            flags.append(apart_note)
        return StatuteReference(
            start=start,
            end=end,
            text=text[start:end],
            act=act_id,
            provision=provision,
            flags=tuple(flags),
            section=section,
            limb=limb,
        )

    def _standing(self, provision: str, day: dt.date) -> list[str]:
        """What is said of *provision* on *day* where it was not in force as lawref holds it:
        not recorded for that day (a note, not a claim it was not in force; review 2026-12-23c
        H4), repealed or omitted, or not yet in force."""
        standing = self.statutes.at(provision, day)
        if standing.status == "not_recorded":
            return [f"not in lawref's data: {standing.message}"]
        if standing.status in ("act_repealed", "omitted"):
            return [f"no longer in force on {day}: {standing.message}"]
        if standing.status != "in_force":
            return [f"not yet in force on {day}: {standing.message}"]
        return []

    def _cited_limb(
        self, act_id: str, prefix: str, number: str, day: dt.date, mark: str | None = None
    ) -> CitedLimb | None:
        """The limb of a section lawref holds that *number* cites by a mark written after it
        that practitioners use and the statute does not print ("506(ii)": IPC s.506's second
        limb; ``LimbCitation``), or that the section cites with *mark* said apart ("506 Part
        II"). The version in force on *day*, else the last recorded (a repealed Code's offences
        are still charged), gives the marks; where the Code was repealed by *day*, the note
        names the successor that carries the limb (IPC s.506's second limb: BNS s.351(3))."""
        if mark is None:
            split = re.fullmatch(r"(\d+[A-Z]{0,2})(\([0-9a-z]{1,4}\))", number)
            roman = re.fullmatch(r"(\d+)([IVX]{1,4})", number)
            if split is not None:
                number, mark = split[1], split[2]
            elif roman is not None:
                # "506(I)", "506-II": a capital roman numeral read as the section's letters;
                # a mark only where the section has no such lettered section and the penalty
                # is cited so (review 2026-12-23a M3)
                number, mark = roman[1], f"({roman[2].lower()})"
            else:
                return None
        pid = f"{act_id}/{prefix}{number}"
        if pid not in self.statutes:
            return None
        provision = self.statutes.provision(pid)
        version = provision.version_on(day) or (
            provision.versions[-1] if provision.versions else None
        )
        penalty = version.penalty if version is not None else None
        limb = penalty.cited_limb(mark) if penalty is not None else None
        words = penalty.limb_words(limb) if penalty is not None and limb is not None else None
        if penalty is None or limb is None or words is None:
            return None
        act = self.statutes.act(act_id)
        repealed = act.repealed_on is not None and day >= act.repealed_on
        successors = penalty.limb_successors(limb) if repealed else ()
        note = cited_limb_words(f"{act.short_title} {prefix}.{number}", limb, words, successors)
        return CitedLimb(pid, limb, number + mark, note)
