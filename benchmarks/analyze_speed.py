"""Speed of ``lawref.analyze`` against one pass of a single regular expression.

Run: ``uv run python benchmarks/analyze_speed.py [--megabytes N] [--runs N]``.

The text is the five seed reports repeated to about N MB. The baseline is one ``finditer`` pass
of a single compiled, case-insensitive alternation of every phrase in lawref's lexicon (the
conduct words and the not-conduct phrases), words separated by non-word characters, between word
boundaries. ``analyze`` does everything it does (tokens, phrases, exclusions, statute references,
date, lookups, summary). The issue's target: ``analyze`` at least as fast as that one regex pass.
The two are timed in turn, run after run, and the ratio printed is the median of each run's
ratio, so that a shared machine's slower minutes weigh on both sides alike.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

import lawref
from lawref.conduct.lexicon import words


def build_text(megabytes: float) -> str:
    """The seed reports repeated to about *megabytes* MB."""
    catalog = lawref.default_catalog()
    corpus = "\n\n".join(a.text for a in catalog.articles)
    copies = max(1, int(megabytes * 1_000_000 / len(corpus.encode("utf-8"))))
    return "\n\n".join([corpus] * copies)


def build_regex() -> re.Pattern[str]:
    """One alternation of every lexicon phrase, longest first."""
    catalog = lawref.default_catalog()
    phrases = {" ".join(words(t)) for c in catalog.conducts for t in c.terms}
    phrases |= {" ".join(words(t)) for t in catalog.analysis_config.not_conduct}
    ordered = sorted((p for p in phrases if p), key=lambda p: (-len(p), p))
    alternatives = [r"\W+".join(re.escape(w) for w in p.split()) for p in ordered]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def timed(function: object, runs: int) -> list[float]:
    """Seconds per run."""
    assert callable(function)
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        results.append(time.perf_counter() - start)
    return results


def main() -> None:
    """Measure both in the same run and print the ratio."""
    parser = argparse.ArgumentParser(description="analyze vs one regex pass")
    parser.add_argument("--megabytes", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    catalog = lawref.default_catalog()
    text = build_text(args.megabytes)
    pattern = build_regex()
    catalog.analyze("warm-up: sharing under Section 67B of the IT Act")
    size = len(text.encode("utf-8")) / 1_000_000
    # interleaved: each run times the regex, then analyze, so that a slower minute of a shared
    # machine slows both of a pair; the ratio is the median of the pairs' ratios
    regex_times: list[float] = []
    analyze_times: list[float] = []
    for _ in range(args.runs):
        regex_times += timed(lambda: sum(1 for _ in pattern.finditer(text)), 1)
        analyze_times += timed(lambda: catalog.analyze(text), 1)
    matches = sum(1 for _ in pattern.finditer(text))
    result = catalog.analyze(text)
    regex_s, analyze_s = statistics.median(regex_times), statistics.median(analyze_times)
    ratios = [a / r for a, r in zip(analyze_times, regex_times, strict=True)]
    print(f"text: {size:.2f} MB ({args.runs} interleaved runs each, median)")
    print(
        f"one regex pass ({len(pattern.pattern):,}-char pattern): {regex_s:.2f} s, {matches:,} hits"
    )
    print(
        f"lawref analyze: {analyze_s:.2f} s, {len(result.mentions):,} mentions, "
        f"{len(result.statute_references):,} statute references"
    )
    print(
        f"analyze / regex: {statistics.median(ratios):.2f}x, the median of the runs' ratios "
        f"({min(ratios):.2f}x to {max(ratios):.2f}x; target <= 1.0x)"
    )
    print(f"analyze throughput: {size / analyze_s:.2f} MB/s")
    half = text[: len(text) // 2]
    half_s = statistics.median(timed(lambda: catalog.analyze(half), args.runs))
    print(f"linearity: half the text takes {half_s / analyze_s:.2f} of the time (linear: 0.50)")
    for label, hostile in ADVERSARIAL.items():
        seconds = statistics.median(timed(lambda h=hostile: catalog.analyze(h), 1))
        print(f"adversarial {label} ({len(hostile) / 1_000_000:.1f} MB): {seconds:.2f} s")


ADVERSARIAL = {
    "section list": "Section " + "1, " * 300_000,
    "nested brackets": "Section 15" + "(1)" * 300_000,
    "act names": "IT IT IT Act of of " * 100_000,
    "one long word": "a" * 1_000_000,
    "punctuation": ".,;()-/" * 150_000,
    # a list with no "Section" before it and no Act after it (found by review, 2026-12-02: the
    # list pattern once had to end in "of" and rescanned the list at every comma)
    "bare list": ", 1" * 300_000,
    "bare list with and": " and 1" * 150_000,
    "conditions and cues": "if he is a crime to those who are " * 30_000,
    # found by review, second session of 2026-12-02: one sentence re-read for every word of it
    # (proper names, frames that need a child, ranges expanded past any bound)
    "capitalised conduct words": "A Child Uploaded Shared " + "Uploaded Shared " * 60_000,
    "frame triggers": "phone videos were found " * 40_000,
    # the threats told by who speaks and the verdicts the scam's people pass (review
    # 2026-12-30a L4)
    "scam verdicts": "fraudsters, a, sentenced him to 10 years and " * 40_000,
    "asides before that": "The fraudsters told the victim, a, b, c, that the court " * 20_000,
    # who speaks, verdicts joined by commas, "or more" after fines (review 2026-12-30c L4)
    "tellers": "the fraudsters called the victim's son and told him that " * 20_000,
    "comma verdicts": "the court convicted the extortionists, sentenced them, " * 20_000,
    "fines or more": "a fine of Rs 5,000 or more and a fine of not less than Rs 5, " * 15_000,
    # found by review 2026-12-29a M8: a list after a chain of Acts, each section read against
    # every Act before it
    "act chain before a list": "under "
    + "the POCSO Act, the IT Act, " * 20_000
    + "and IPC Sections "
    + "12, 67B, " * 20_000
    + "and 12.",
    "ranges": "He was booked under Sections " + "1 to 60, " * 110_000,
    # found by review 2026-12-31e L5: a long run of blanks after a section (two runs of blanks
    # side by side in the relative gloss were quadratic); the session's new patterns: Hindi
    # ranges, read-with spellings, the scam words
    "blanks after a section": "POCSO Section 8" + " " * 1_000_000 + "case",
    "devanagari ranges": "धारा " + "6 से 4 और " * 100_000,
    "read with spellings": "IPC section 302 R / W " * 50_000,
    "scam words": "said he was a fake police posing as the " * 25_000,
    # Devanagari (2026-12-02, third session): a list after "धारा" with no end, Act names with
    # no section, and letters that are and are not a section's
    "devanagari section list": "धारा " + "१, " * 300_000,
    "devanagari act names": "पॉक्सो एक्ट की " * 80_000,
    "devanagari letters": "धारा 67 बी के " * 80_000,
    # Hindi punishments (review of 2026-12-02 (g)): runs of comma-joined digits near a Hindi
    # word, terms and their punishment words
    "devanagari fines": "सजा " + "1,11" * 200_000,
    "devanagari terms": "पांच साल तक की सजा " * 50_000,
    # fifth session of 2026-12-02: capitalised names before "Act" cited as law (read back from
    # each "Act"), and one sentence of conduct words with requests, lists and a child in it
    "unlisted act names": "under Goa Children Kerala Police Act " * 30_000,
    "one long sentence": "police asked a minor girl to delete, share or upload the video " * 15_000,
    # seventh session: Hindi conduct in one sentence with no end (stems, negators, threats, a
    # condition and "ने" before each, read back from every word), and an English text with one
    # Devanagari word (the Hindi reader reads only Devanagari words)
    "hindi conduct sentence": "अगर पुलिस ने नाबालिग का अश्लील वीडियो वायरल नहीं धमकी करने वालों "
    * 12_000,
    "english with one hindi word": "नाबालिग "
    + "he shared the obscene video of the minor " * 25_000,
    # eleventh session: lettered numbers read back from every Act's name, and lists continued
    # after an Act with a comma
    "devanagari numbers before acts": "67 बी, 66 ई आईटी एक्ट " * 40_000,
    "devanagari lists after acts": "धारा 354 भादवि, 7/8 पॉक्सो एक्ट, " * 30_000,
    # fifteenth session: Articles of the Constitution, in a list with no end and each with
    # "of the" after it
    "article lists": "Articles " + "1(a), " * 200_000,
    "articles of the": "Article 21 of the " * 60_000,
    # review 2026-12-11b M9: a long Hindi sentence naming an Act before every term
    "hindi terms under an act": "पॉक्सो एक्ट के तहत आरोपी को 10 साल की सजा भुगतनी होगी और " * 8_000,
    # sixteenth session: persons sentenced to life, each after a life term read (review
    # 2026-12-12a: once quadratic), and community service ordered in one sentence with no end
    # (once quadratic before review)
    "sentenced persons to life": "life imprisonment sentenced x to life, " * 25_000,
    "community service orders": "court ordered him to do community service " * 25_000,
    "hindi community service": "किशोर न्याय बोर्ड ने सामुदायिक सेवा करने का आदेश दिया " * 15_000,
    # death and life alternating in one clause (review 2026-12-12b M1: once quadratic)
    "death and life alternating": "sentenced him to death and life imprisonment and " * 20_000,
    "hindi death and life alternating": "मौत की सजा और आजीवन कारावास और " * 25_000,
    # seventeenth session: the rules of law said, not done, each in one sentence or line with no
    # end: a provision's words and its verbs, quoted terms, denials, described pictures, bounds
    # of a term, "Example N:" lines, bulleted glosses, datelines and title-case lines
    "provision sentences": "Section 67B of the IT Act covers sharing and provides for " * 15_000,
    "quoted terms": 'the term "sharing" of material means "uploading" of ' * 15_000,
    "denials": "the prosecution failed to establish that he shared or downloaded " * 15_000,
    "described pictures": "the morphed photos sent and the recorded videos used by " * 15_000,
    "term bounds": "a 5-year minimum and a maximum of seven years imprisonment or " * 15_000,
    "example lines": "Example 1: he shared the video of a child.\n" * 20_000,
    "bulleted glosses": "\u2022 Sharing: sending material of a child\n" * 20_000,
    "datelines": "Bhopal, 21 March 2020: police said on Friday\n\n" * 20_000,
    "title-case lines": "Man Held For Sharing Videos Of Minor Girl\n" * 20_000,
    # eighteenth session: a punishment as the subject of "is", a condition's own "that", a
    # provision after a reported "that", one-word lines, a section past an Act's last
    "punishment is": "the punishment for sharing is punishment is a minimum of 5 years " * 15_000,
    "conditions with that": "if it is established that he stored and if it is proved " * 15_000,
    "reported provisions": "the court held that Section 67B deals with sharing and that " * 15_000,
    "one-word lines": "Sextortion\nGrooming\n" * 40_000,
    "sections past the last": "under Section 67B of the IT Act and Section 506 and " * 20_000,
    # a provision's sentences, each with a case after its verb (self-review: once a list the
    # length of the text was made for each)
    "provision sentences with cases": "Section 67B covers what Rahul Patil shared. " * 20_000,
    # the nineteenth session's rules: glossed sections after an Act, mixed lists, a page's
    # update line with cells, Devanagari number words in lists, an IPC charge before a dateline
    "glossed sections": "Section 67B of the IT Act and Section 69 (sexual intercourse) and "
    * 14_000,
    "mixed lists": "under Section 67A of the IT Act and Sections 77, 79 and 351(2). " * 15_000,
    "update cells": "PTI | New Delhi | 23 Oct 2020 | Updated: 24 Oct 2020\n" * 18_000,
    "devanagari word lists": "पॉक्सो एक्ट की धारा तीन और चार व छह के तहत " * 14_000,
    "ipc charges": "Mumbai, January 28: booked under Section 354 of the IPC. " * 16_000,
    # the twentieth session's rules: rulings passed on a day, a court's weekday in a lead,
    # police abbreviations before a charge, gifts of a term, obscene messages "by sending"
    "rulings passed on": "The order on the bail plea of the accused will be passed on Friday, "
    * 14_000,
    "court weekdays": "New Delhi, Jan 28 (PTI) The High Court on Wednesday refused bail and "
    * 14_000,
    "police abbreviations": "vide C.R. No. 45 u/s. 354 IPC r/w. Sec. 12 by Insp. Patil " * 15_000,
    "terms given": "the court gave the police constable 20 years minimum to the two accused "
    * 13_000,
    "messages by sending": "harassing a 16-year-old girl by sending her obscene messages " * 14_000,
    # the twenty-first session's rules: a statement of both tiers of conviction, a hyphen after
    # the section keyword
    "conviction tiers": "imprisonment up to five years for a first conviction and seven years "
    "on a repeat offence and " * 9_000,
    "hyphened sections": "booked under Section-67B, Sec-66E and Sections-354A of " * 15_000,
    # the twenty-second session's rules: FIR lists after "u/s-" with Acts in brackets, lists
    # after "Sec-" an Act follows, and statements that turn to another section or follow a
    # provision's verb
    "fir lists": "u/s-292 (IPC), 293, 67 (IT Act) and Sec-14, Sec-15 of the POCSO Act " * 12_000,
    "provision turns": "Section 67 provides up to three years, while Section 67B carries up to "
    "five years; " * 11_000,
    # the twenty-third session's: links to other stories with no stop (each link's headline is
    # searched a bounded stretch ahead), and sentences passed before "faces"
    "links run in": "Also read: Man held for sharing child porn in Pune The accused " * 12_000,
    "passed then faces": "[name], jailed for two years in 2019, now faces up to seven years "
    "under Section 67B, " * 9_000,
    "relative glosses": "Section 67B of the IT Act, which deals with publishing and sharing "
    * 12_000,
    # the twenty-fourth session's rules: a section closing a statement, a turn with a new
    # subject, a clause split off with no verb, "Rs." and "Sec." before numbers
    "closing sections": "faces up to five years in jail as per Section 67B and " * 15_000,
    "turns with subjects": "was sentenced to five years, while his associate now faces " * 14_000,
    "split-off clauses": "sentenced to two years under Section 12 and a fine of Rs 2000 under "
    "Section 67 for " * 9_000,
    "abbreviations before numbers": "fine of Rs. 5 under Sec. 67 and Secs. 1 " * 20_000,
    "sections placed by a gloss": "Section 376 for the offence of the alleged rape and " * 16_000,
    "fines and defaults": "fined the accused Rs 500 for delaying the trial, in default of "
    "which " * 10_000,
    "threats to viralize": "threatened to viralize more of her nude photos in default " * 15_000,
    "punishments with no measure": "may face consequences, including fines and imprisonment, "
    "or with fine " * 14_000,
    "parts named before sections": "clause (b) of sub-section (1) of Section 15 of the POCSO "
    "Act and " * 13_000,
    # the thirty-eighth session's Hindi forms of the Acts, Hindi tiers and clause denials, in one
    # unending sentence each
    "the Acts' Hindi forms": "कारावास से, जिसकी अवधि पांच वर्ष तक की हो सकेगी, और जुर्माने से, जो "
    "दस लाख रुपए तक का हो सकेगा, दूसरी बार अपराध करने पर " * 9_000,
    "clauses denied": "it is not true that it is a myth that he faces five years in jail " * 14_000,
    # the fortieth session's rules, each in one unending sentence: adult material posted to a
    # class's group, questions of the law, sentences changed on appeal, Hindi limits a court
    # passes
    "class groups": "the obscene clip was shared on the class group of Class 8 students and "
    * 13_000,
    "questions of the law": "is sharing or uploading child pornography a crime, and " * 18_000
    + "?",
    "sentences changed": "his sentence was reduced to seven years, the sentence was modified "
    "to five " * 12_000,
    "Hindi limits passed": "अदालत ने आरोपी पर 10 हजार से 20 हजार रुपये तक का जुर्माना लगाया और " * 12_000,
    # the forty-first session's rules, each in one unending sentence: a sentence's change and
    # its old term, a bare list between two Acts
    "old and new terms": "the High Court reduced the life sentence of the man to 10 years from "
    "seven years of rigorous imprisonment, which the bench reduced to 5 years and " * 7_000,
    "lists between Acts": "354 IPC 11, 12 POCSO Act 67B IT Act 8 " * 28_000,
    # (2027-01-07: a proposal word before every statement; judges' initials with no stop)
    "proposals before terms": "the panel proposed that the fine under Section 67B be "
    "recommended at Rs 5 lakh and a proposal of up to seven years in jail was mooted; " * 7_000,
    "judges' initials": "Justice A. B. C. D. E. Singh and K. V. Rao sentenced him to R.K. "
    * 12_000,
    # (2027-01-08: lines wrapped inside one endless sentence; soft hyphens, CRLF line ends and
    # no-break spaces throughout; a cross-reference before every section)
    "wrapped lines": "he was sentenced to five years in jail under section 67b of the it act,\n"
    * 6_000,
    "invisible characters": "down\u00adloaded child\u200b porn\u00a0under Section\r\n67B " * 12_000,
    "cross-references": "as is referred to in section 294, punishable with three years; " * 8_000,
    # (2027-01-09: a PDF's padding, spaces and tabs in runs, at every line's end and indent; a
    # wrapped line before a capitalised word; a booking between every sentence and its section)
    "padded lines": "sentenced to 5   \t years under the  \n    POCSO Act for filming \t\n" * 8_000,
    "bookings after sentences": "sentenced to 20 years in jail for rape of minor, cyber police "
    "also booked him under section 67B of the IT Act and " * 6_000,
    # (2027-01-10: lettered sections' letters written alone before a full stop, an Act named
    # before and after; headlines' "gets" with named pairs and "who" clauses before a term)
    "letters before stops": "under IPC section 376 A, B, D. and Section 6 of POCSO Act " * 12_000,
    "headline gets": "Man, wife, son who is a teacher, who shares, get 5 years in jail; " * 10_000,
    # (2027-01-11: Hindi lists joined by spaces alone, penalties levied on payers, kinds of
    # case with a doer far after, online acquaintances beside helpers and asides)
    "devanagari spaced lists": "धारा 376 2 67 10.12 354 509 का 13 14 15 " * 20_000,
    "penalties levied": "a Rs 500 penalty was levied on the platform by the police for " * 12_000,
    "kinds of case": "There are cases of Ramesh sharing, morphing and uploading; " * 13_000,
    "acquaintances": "The accused, a doctor of the school, came in contact with the girl " * 11_000,
    # (2027-01-12: brackets with initials the words before spell, title-case sentences closing
    # one endless paragraph, gerund subjects and clefts, Hindi people in the habitual present)
    "bracketed initials": "the basic shiksha adhikari (BSA) and section 9 of the BSA " * 14_000,
    "title-case closers": "he was held. Man Uploads Obscene Clip On Adult Website Arrested. "
    * 11_000,
    "gerunds and clefts": "It's not just sharing, recording it is documenting that is " * 14_000,
    "people in general": "कई लोग चाइल्ड पोर्नोग्राफी शेयर करते हैं और पीड़िता का नाम " * 12_000,
    # (2027-01-13: trends and courts' holdings read on to their predicate, bylines before a
    # stamp, a child's phone far before the sending, headings and headline "made", Marathi
    # questions after "तर")
    "trends and holdings": "The court held that viewing of the video of a minor on the web and "
    * 12_000,
    "stamped bylines": "The Accused Posted By Rahul Kumar | Edited By Mansa Devi, Updated: "
    * 12_000,
    "phones and headings": "छात्रा के मोबाइल पर अश्लील वीडियो व फोटो के प्रकाशन या प्रसारण के लिए दंड "
    * 9_000,
    "headline made and questions": "शिक्षक ने बनाया छात्रा का एक अश्लील वीडियो कोणी केले तर काय "
    * 11_000,
    # (2027-01-14: labels and definitions on one endless line, a particular doer between an act
    # and a law's predicate, Bills before sections, "any" material and words of preventing)
    "labels and definitions": "Cyber grooming of minors: Adults sharing and sending videos "
    * 11_000,
    "particular doers": "Sharing of the girl's video by the accused as the minor's is a crime "
    * 10_000,
    "bills before sections": "the Information Technology Bill, 2008 Section 67 and the Bill "
    * 11_000,
    "any and preventing": "कोई भी अश्लील वीडियो शेयर करने प्रसाराला आळा रोखण्यासाठी " * 12_000,
    # (2027-01-15: nouns of acting done by officials, "What is …?" labels, one-word Bills, bans
    # on lists of infinitives, inverted denials and trends, each on one endless sentence)
    "officials' nouns of acting": "Forwarding of the clips of the girl by the police was " * 14_000,
    "questions as labels": "What is sextortion? Blackmailing someone with images to extort "
    * 12_000,
    "one-word bills": "the Shakti Bill Section 6 and the Anti-Rape Bill, Section 9 of " * 12_000,
    "bans on lists": "वीडियो बनाने, पब्लिश करने और सर्कुलेट करने पर बैन है और " * 12_000,
    "inverted denials and trends": "Neither was the video of the girl shared nor has sharing of "
    * 12_000,
    # (2027-01-16: the rules the session tried, kept or withdrawn: places from where material is
    # sent, issues put with "whether", "should have", a section's Hindi gloss never closed, the
    # police as recipients)
    "from where and whether": "districts from where the content is being transmitted whether "
    * 12_000,
    "should have and issues": "Issue: the accused should have been shared and posted at the "
    * 12_000,
    "open glosses": "आईटी एक्ट की धारा 67ए (सामग्री प्रकाशित करना/प्रसारित करना " * 12_000,
    "police as recipients": "वीडियो सीडी के माध्यम से पुलिस को भेजी गई है और आरोपी ने " * 12_000,
    # (2027-01-17: frames whose child is named sentences before, "of" phrases read for their
    # head, makers read back within the clause, topics broken and "post" read in a threat)
    "children named before": "A 14-year-old girl was raped. The accused made a video of the "
    * 12_000,
    "of phrases": "took photos of her of the minor girl's of the 15-year-old of herself abusing "
    * 12_000,
    "topics and threats": "Separately, the doctors took videos and would post them if she "
    * 12_000,
}


if __name__ == "__main__":
    main()
