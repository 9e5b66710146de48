"""The English words for the numbers one to twenty, as reports and publications write small
counts and terms ("five years", "Four people were convicted"). One list for every reader of
numbers in words: the punishments a report states (:mod:`lawref.analysis.punishments`) and the
figures a publication states (:mod:`lawref.statistics.numbers`)."""

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
