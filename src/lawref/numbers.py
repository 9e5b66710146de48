"""The English words for the numbers one to twenty, as reports and publications write small
counts and terms ("five years", "Four people were convicted"), and the Hindi words for the terms
Hindi reports state ("पांच साल", "दस लाख रुपये"). One list for every reader of numbers in
words: the punishments a report states (:mod:`lawref.analysis.punishments`) and the figures a
publication states (:mod:`lawref.statistics.numbers`)."""

NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
"""Word → value, one to twenty."""

HINDI_NUMBER_WORDS: dict[str, int] = {
    "एक": 1,
    "दो": 2,
    "तीन": 3,
    "चार": 4,
    "पांच": 5,
    "पाँच": 5,
    "छह": 6,
    "छः": 6,
    "सात": 7,
    "आठ": 8,
    "नौ": 9,
    "दस": 10,
    "बारह": 12,
    "पंद्रह": 15,
    "बीस": 20,
    # Marathi, where its words differ from Hindi's
    "दोन": 2,
    "पाच": 5,
    "सहा": 6,
    "नऊ": 9,
    "दहा": 10,
    "बारा": 12,
    "पंधरा": 15,
    "सोळा": 16,
    "वीस": 20,
}
"""Hindi and Marathi word → value, for the terms and fines their reports state (both spellings
of five and six as the Hindi press prints them)."""
