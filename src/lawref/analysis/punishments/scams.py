"""Whether a sentence tells of a scam, so that no punishment it states is compared with the law.

In a sentence that tells of a scam — its people ("the fraudsters"), the scam ("a digital
arrest", "sextortion"), one posing as an official ("posing as CBI officers", Hindi "खुद को
पुलिस अधिकारी बताकर"), a fake court — the scam's threat ("they told him he would be jailed for
ten years under Section 67B"), a court's sentence of the scam's people and the police's
statement of the law are told in the same words. Six review rounds (2026-12-28c to 2026-12-30d)
found every rule that told them apart by who speaks wrong both ways, so nothing in such a
sentence is compared, and the view says why: a comparison withheld costs a comparison, a wrong
one states the law wrongly. A threat reported with a payment its condition ("told the victim
that unless she paid …") makes every punishment after its reporting word the threat's.

The words are data: English in ``[analysis.scam]`` (:class:`~lawref.analysis.models.ScamWords`),
Hindi and Marathi in ``[analysis.devanagari]`` (``threat_speakers``, ``threat_posing`` …). Every
pattern is an alternation of words or a bounded window of words: linear in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from lawref.analysis.models import DevanagariWords, ScamWords
from lawref.analysis.punishments.grammar import _HI

# spaces or a hyphen or dash between the words of a phrase ("digital-arrest", a dash)
_JOIN = r"[\s\-\u2010-\u2015]+"
_PARTS = re.compile(r"[\s\-\u2010-\u2015]+")
# marks Hindi pages put inside a word: the nukta ("फ़र्ज़ी" beside "फर्जी") and the zero-width
# joiners (review 2026-12-31b H1, H5)
_INSIDE = "[\u093c\u200c\u200d]*"
# a word in Latin letters, and a Devanagari letter
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
# quotation marks around an official's name ("the 'CBI officers'")
_QUOTES = "\"'\u2018\u2019\u201c\u201d"


def _escaped(word: str) -> str:
    """*word* escaped, a nukta or a zero-width joiner allowed after each Devanagari letter."""
    return "".join(re.escape(ch) + (_INSIDE if "\u0900" <= ch <= "\u097f" else "") for ch in word)


def _phrase(phrase: str, joiner: str = _JOIN) -> str:
    """*phrase* as a pattern: its words escaped, joined by *joiner* (spaces, a hyphen or a
    dash: "so-called" is "so called" too; review 2026-12-31b L2)."""
    return joiner.join(_escaped(part) for part in _PARTS.split(phrase.strip().lower()) if part)


def _alternation(words: Sequence[str], joiner: str = _JOIN) -> str:
    """*words* as one alternation, longest first (``_phrase``)."""
    ordered = sorted({w.strip().lower() for w in words}, key=lambda s: (-len(s), s))
    return "|".join(_phrase(w, joiner) for w in ordered)


def _compiled(pattern: str) -> re.Pattern[str] | None:
    """*pattern* compiled case-insensitively, or None when it is empty (its words are none)."""
    return re.compile(pattern, re.IGNORECASE) if pattern else None


class _EnglishScam(NamedTuple):
    """The English patterns of :class:`ScamReader`, from ``[analysis.scam]``."""

    tell: re.Pattern[str] | None
    """A word or phrase telling of a scam (``tell``, ``tell_stems``, ``not_before``)."""
    fake_hearing: re.Pattern[str] | None
    """A fake court or hearing (``fake_words``, then at most two words, ``hearing_words``)."""
    reporting: re.Pattern[str] | None
    """A reporting word, or a threat reported (``reporting``, ``threaten_verbs`` …)."""
    pay_condition: re.Pattern[str] | None
    """A payment as a condition (``conditions``, then ``pay_words`` within 40 characters)."""
    opener: re.Pattern[str] | None
    """A sentence opening with people named before (``openers``)."""
    story: dict[str, re.Pattern[str]]
    """A report's words telling of a scam that threatens with the law (``story``, one of
    ``posing_words`` or ``fake_words`` before one of ``officials``, one of ``claim_words``
    before one of ``agencies``), each form under the first word of its phrase."""

    @classmethod
    def of(cls, words: ScamWords) -> _EnglishScam:
        """The patterns of *words*; a pattern whose words are none is None (its rule off)."""
        not_before = {w.strip().lower(): after for w, after in words.not_before.items()}
        forms = []
        for word in sorted({w.strip().lower() for w in words.tell}, key=lambda s: (-len(s), s)):
            body = _phrase(word)
            after = not_before.get(word, ())
            if after:
                # (spaces or a hyphen or dash between: "gang-rape" with a hyphen or a dash; 31b L1)
                body += rf"(?![\s\-\u2010-\u2015]*(?:{_alternation(after)}))"
            forms.append(body)
        forms.extend(rf"{_phrase(stem)}\w*" for stem in sorted(set(words.tell_stems)))
        tell = rf"\b(?:{'|'.join(forms)})\b" if forms else ""
        fake = (
            rf"\b(?:{_alternation(words.fake_words)})\s+(?:\w+\s+){{0,2}}?"
            rf"(?:{_alternation(words.hearing_words)})\b"
            if words.fake_words and words.hearing_words
            else ""
        )
        reported = [rf"\b(?:{_alternation(words.reporting)})\b"] if words.reporting else []
        if words.threaten_verbs and words.threaten_links:
            reported.append(
                rf"\b(?:{_alternation(words.threaten_verbs)})\s+(?:\w+\s+){{0,2}}?"
                rf"(?:{_alternation(words.threaten_links)})\b"
            )
        condition = (
            rf"\b(?:{_alternation(words.conditions)})\b[^.;]{{0,40}}?"
            rf"\b(?:{_alternation(words.pay_words)})\b"
            if words.conditions and words.pay_words
            else ""
        )
        spaces = r"\s+"
        opener = rf"\s*(?:{_alternation(words.openers, spaces)})\b" if words.openers else ""
        # the report-wide forms, each under the first word of its phrase: tried only where
        # that word stands (``ScamReader.story_in``)
        told: dict[str, list[str]] = {}

        def add(phrase: str, form: str) -> None:
            told.setdefault(_PARTS.split(phrase.strip().lower())[0], []).append(form)

        for word in sorted({w.strip().lower() for w in words.story}, key=lambda s: (-len(s), s)):
            add(word, rf"\b(?:{_phrase(word)})\b")
        if words.officials:
            officials = _alternation(words.officials)
            # one posing as an official, at most three words before its word ("pretending to be
            # from the Mumbai Cyber Cell"), not before what poses as none ("claimed to be a
            # juvenile"); a fake official next to its word or one word on ("a fake IPS
            # officer"; not "a fake complaint to police"; review 2026-12-31c M1)
            unofficial = (
                rf"(?![\s\-]+(?:{_alternation(words.not_after_officials)})\b)"
                if words.not_after_officials
                else ""
            )
            if words.agencies:
                # "said he was a CBI officer" (not "said he was a police constable", nor "said
                # they were in crime branch custody"; review 2026-12-31e M3)
                agencies = _alternation(words.agencies)
                for word in sorted({w.strip().lower() for w in words.claim_words}):
                    add(
                        word,
                        rf"\b(?:{_phrase(word)})\s+(?:an?\s+)?[{_QUOTES}]?(?:{agencies})\b",
                    )
            for before, most in ((words.posing_words, 3), (words.fake_words, 1)):
                for word in sorted({w.strip().lower() for w in before}, key=lambda s: (-len(s), s)):
                    after = not_before.get(word, ())
                    refused = (
                        rf"(?![\s\-\u2010-\u2015]*(?:{_alternation(after)})\b)" if after else ""
                    )
                    add(
                        word,
                        rf"\b(?:{_phrase(word)}{refused})\s+(?:[\w{_QUOTES}]+\s+){{0,{most}}}?"
                        rf"[{_QUOTES}]?(?:{officials})\b{unofficial}",
                    )
        story = {first: re.compile("|".join(forms), re.IGNORECASE) for first, forms in told.items()}
        return cls(
            _compiled(tell),
            _compiled(fake),
            _compiled("|".join(reported)),
            _compiled(condition),
            _compiled(opener),
            story,
        )


class _HindiScam(NamedTuple):
    """The Hindi and Marathi patterns of :class:`ScamReader`, from ``[analysis.devanagari]``."""

    speaker: re.Pattern[str]
    """The scam's people as the agent ("ठगों ने", "भामट्यांनी")."""
    posing: re.Pattern[str]
    """One posing as an official ("खुद को पुलिस अधिकारी बताकर")."""
    scam: re.Pattern[str] | None
    """A scam named ("डिजिटल अरेस्ट"), a fake official ("फर्जी पुलिस अधिकारी") or one posing as
    an official ("सीबीआई अधिकारी बनकर"); None where its lists are empty."""
    pronoun: re.Pattern[str] | None
    """A pronoun opening a sentence ("उन्होंने"), or None where the list is empty."""
    story: re.Pattern[str] | None
    """A report's words telling of a scam (``threat_story_words``, as beginnings of words), a
    fake official next to the official's word ("फर्जी पुलिस अधिकारी"), one claiming to be one
    ("पोलीस असल्याचे भासवून") or posing as one with the official's word as the head ("खुद को
    पुलिस अधिकारी बताकर"); not the sentence rule's "सेक्सटॉर्शन" or "फर्जी आईडी से पुलिस …"
    (review 2026-12-31c M1)."""

    @classmethod
    def of(cls, words: DevanagariWords) -> _HindiScam | None:
        """The patterns of *words*, or None where any list of speakers or posing is empty
        (the rule off)."""
        lists = (
            words.threat_speakers,
            words.threat_posing,
            words.threat_posing_verbs,
            words.threat_not_posing,
        )
        if not all(lists):
            return None
        speakers, posing, posing_verbs, not_posing = (
            sorted(set(w), key=lambda s: (-len(s), s)) for w in lists
        )
        return cls(
            _devanagari_words(speakers, agent=True),
            _posing(posing, not_posing, posing_verbs),
            _scam_named(words),
            (
                re.compile(rf"\s*{_devanagari_words(words.threat_pronouns).pattern}")
                if words.threat_pronouns
                else None
            ),
            _story_named(words),
        )


class ScamReader:
    """Tells whether a sentence tells of a scam or reports a threat with a payment its
    condition, from the words of ``[analysis.scam]`` and ``[analysis.devanagari]``."""

    def __init__(self, english: ScamWords, devanagari: DevanagariWords | None = None) -> None:
        self.english = _EnglishScam.of(english)
        self.hindi = _HindiScam.of(devanagari) if devanagari is not None else None

    def said_from(self, text: str, low: int, high: int) -> int | None:
        """Where, in the sentence *low*..*high*, a scam or a threat makes its punishments
        uncomparable: the sentence's start where it tells of a scam — its people, the scam,
        one posing as an official, a fake court or hearing (``[analysis.scam]``), or, in Hindi
        and Marathi, the scam's people as the agent, one posing as an official, a fake
        official or a scam named (``[analysis.devanagari]``); the end of the reporting word
        where anyone reports a payment as the condition ("told the victim that unless she paid
        …"); None otherwise. Once a sentence (linear)."""
        english = self.english
        if any(
            pattern is not None and pattern.search(text, low, high) is not None
            for pattern in (english.tell, english.fake_hearing)
        ):
            return low
        if (
            english.pay_condition is not None
            and english.reporting is not None
            and english.pay_condition.search(text, low, high) is not None
        ):
            said = english.reporting.search(text, low, high)
            if said is not None:
                return said.end()
        hindi = self.hindi
        if hindi is not None and (
            hindi.speaker.search(text, low, high) is not None
            or hindi.posing.search(text, low, high) is not None
            or (hindi.scam is not None and hindi.scam.search(text, low, high) is not None)
        ):
            return low
        return None

    def story_in(self, text: str) -> str | None:
        """The words by which *text* tells of a scam that threatens with the law — the scam's
        people or the scam named ("fraudsters", "digital arrest", "ठगों"), one posing as an
        official or a fake official or court ("posing as CBI officers", "फर्जी पुलिस अधिकारी",
        "सीबीआई अधिकारी बनकर", "खुद को पुलिस अधिकारी बताकर") — the first found, or None. In such
        a report no punishment stated is compared: the scam's threat may be told across
        sentences or in quotation (review 2026-12-31b H3 to H5). One scan of the text's words,
        the English forms of a first word tried where it stands, and the Hindi pattern run
        once over a text with Devanagari in it (linear)."""
        found: list[re.Match[str]] = []
        story = self.english.story
        if story:
            for word in _LATIN_WORD.finditer(text):
                forms = story.get(word.group().lower())
                hit = forms.match(text, word.start()) if forms is not None else None
                if hit is not None:
                    found.append(hit)
                    break
        hindi = self.hindi.story if self.hindi is not None else None
        if hindi is not None and _DEVANAGARI.search(text) is not None:
            hit = hindi.search(text)
            if hit is not None:
                found.append(hit)
        return min(found, key=lambda m: m.start()).group() if found else None

    def opens_with_people_named_before(self, text: str, low: int) -> bool:
        """Whether the sentence at *low* opens with people the sentence before named ("They
        told him …", ``openers``; "उन्होंने कहा …", ``threat_pronouns``)."""
        for pattern in (
            self.english.opener,
            self.hindi.pronoun if self.hindi is not None else None,
        ):
            if pattern is not None and pattern.match(text, low) is not None:
                return True
        return False


def _story_named(words: DevanagariWords) -> re.Pattern[str] | None:
    """The words by which a Hindi or Marathi report anywhere tells of a scam that threatens with
    the law (``_HindiScam.story``): one of ``threat_story_words`` as a word's beginning; one of
    ``threat_fake_words`` right before one of ``threat_officials`` ("फर्जी पुलिस अधिकारी",
    "फेक पुलिस"; not before one of ``threat_not_after_officials``, "फर्जी पुलिस मुठभेड़"); an
    official right before one of ``threat_claim_verbs`` ("पोलीस असल्याचे भासवून"); one of
    ``threat_posing`` then, at most
    four words on, an official right before one of ``threat_posing_verbs`` ("खुद को मुंबई
    पुलिस का इंस्पेक्टर बताकर", "स्वतःला पोलीस असल्याचे"). Not an official before
    ``threat_become_verbs``: "पुलिस अधिकारी बनकर रिटायर" is one who became one (review
    2026-12-31d M1). None where no list gives a form."""
    forms = []
    if words.threat_story_words:
        forms.append(rf"(?<![{_HI}])(?:{_alternation(words.threat_story_words)})")
    if words.threat_officials:
        officials = _alternation(words.threat_officials)
        unofficial = (
            rf"(?!\s(?:{_alternation(words.threat_not_after_officials)})(?![{_HI}]))"
            if words.threat_not_after_officials
            else ""
        )
        if words.threat_fake_words:
            # "फर्जी पुलिस अधिकारी"; not "नकली नोट पुलिस अधिकारियों ने …" nor "फर्जी पुलिस
            # मुठभेड़" (reviews 2026-12-31d M1, 31e M4)
            forms.append(
                rf"(?<![{_HI}])(?:{_alternation(words.threat_fake_words)})"
                rf"\s(?:{officials})(?![{_HI}]){unofficial}"
            )
        if words.threat_claim_verbs:
            forms.append(
                rf"(?<![{_HI}])(?:{officials})\s(?:{_alternation(words.threat_claim_verbs)})"
                rf"(?![{_HI}])"
            )
        if words.threat_posing and words.threat_posing_verbs:
            forms.append(
                rf"(?<![{_HI}])(?:{_alternation(words.threat_posing)})(?:\s[^\s,\u0964]+){{0,4}}?"
                rf"\s(?:{officials})\s(?:{_alternation(words.threat_posing_verbs)})(?![{_HI}])"
            )
    return re.compile("|".join(forms)) if forms else None


def _scam_named(words: DevanagariWords) -> re.Pattern[str] | None:
    """A scam named in Hindi or Marathi: one of ``threat_scam_words``; one of
    ``threat_fake_words`` then, at most one word on, one of ``threat_officials`` ("फर्जी पुलिस
    अधिकारी", "फर्जी सीबीआई अफसर"; not "फर्जी आईडी से पुलिस …"); or one of
    ``threat_officials`` right before one of ``threat_become_verbs`` ("सीबीआई अधिकारी
    बनकर") or ``threat_claim_verbs`` ("पोलीस असल्याचे भासवून"). None where no list gives a
    form."""
    forms = []
    if words.threat_scam_words:
        forms.append(f"(?:{_alternation(words.threat_scam_words)})")
    officials = _alternation(words.threat_officials) if words.threat_officials else None
    if officials and words.threat_fake_words:
        fake = _alternation(words.threat_fake_words)
        forms.append(rf"(?:{fake})(?:\s[^\s,\u0964]+)?\s(?:{officials})")
    if officials and words.threat_become_verbs:
        forms.append(rf"(?:{officials})\s(?:{_alternation(words.threat_become_verbs)})")
    if officials and words.threat_claim_verbs:
        forms.append(rf"(?:{officials})\s(?:{_alternation(words.threat_claim_verbs)})")
    if not forms:
        return None
    return re.compile(rf"(?<![{_HI}])(?:{'|'.join(forms)})(?![{_HI}])")


def _posing(
    posing: Sequence[str], not_posing: Sequence[str], verbs: Sequence[str]
) -> re.Pattern[str]:
    """One posing as another: one of *posing* ("खुद को", oneself), one to six words, then one
    of *verbs* ("बताकर", calling oneself): "खुद को पुलिस अधिकारी बताकर" (posing as a police
    officer), "खुद को मुंबई के अंधेरी थाने का इंस्पेक्टर बताकर"; not a self-description that
    names none (*not_posing*: "खुद को नाबालिग बताया", claimed to be a minor; "खुद को निर्दोष
    बताते हुए", claiming innocence; reviews 2026-12-29c M2, 29d H3)."""
    first = "|".join(_phrase(w) for w in posing)
    then = "|".join(_phrase(w) for w in verbs)
    not_word = "|".join(_phrase(w) for w in not_posing)
    # (the last word before the verb is what one claims to be: "खुद को छात्र कल्याण अधिकारी
    # बताकर" poses as an officer; review 2026-12-29e H2)
    head = rf"\s(?!(?:{not_word})(?![{_HI}]))[^\s,\u0964]+"
    return re.compile(
        rf"(?<![{_HI}])(?:{first})(?:\s[^\s,\u0964]+){{0,5}}?{head}\s(?:{then})(?![{_HI}])"
    )


def _devanagari_words(words: Sequence[str], agent: bool = False) -> re.Pattern[str]:
    """One pattern of *words* (longest first), each whole: not inside a longer Devanagari
    word; the spaces inside one stand for spaces or a hyphen, and a nukta or a zero-width
    joiner may stand inside (``_phrase``). With *agent*, only as the agent of
    the verb: followed by "ने", or by their gang's or members' "के गिरोह ने" ("साइबर ठगों के
    गिरोह ने", the gang of cyber fraudsters; review 2026-12-29b H2), or itself ending in
    Marathi's "-नी"/"-ने" ("भामट्यांनी")."""
    words_pattern = "|".join(_phrase(w) for w in words)
    if agent:
        return re.compile(
            rf"(?<![{_HI}])(?:(?:{words_pattern})"
            r"(?:\s(?:के|का|की)\s(?:गिरोह|गैंग|सदस्यों|सदस्य|लोगों))?\sने"
            rf"|(?:{words_pattern})(?<=नी|ने))(?![{_HI}])"
        )
    return re.compile(rf"(?<![{_HI}])(?:{words_pattern})(?![{_HI}])")
