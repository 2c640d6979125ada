"""RPy benchmark: word frequencies over generated text.

A linear congruential generator produces a deterministic stream of N
pseudo-random words (1 to 3 syllables, low syllables more frequent); the
words are counted in a dict[str, int], the (word, count) pairs are sorted by
(-count, word), and the program prints the 10 most frequent words and a
checksum over the whole sorted table.

Usage: word_freq.py N.  benchmarks/c/word_freq.c generates the same words
with the same LCG (and its own hash table) and prints the same output.
"""
from __future__ import annotations

SYLLABLES = ["a", "ka", "lo", "mi", "ne", "ru", "so", "ta",
             "vi", "po", "de", "ga", "hu", "ze", "bi", "fo"]
TOP = 10
CHECKSUM_MODULUS = 1000000007


class Lcg:
    """The classic ANSI C rand() recurrence, on 31 bits."""
    state: int

    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, bound: int) -> int:
        """A pseudo-random int in [0, bound), from bits 16..30 of the state."""
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return (self.state >> 16) % bound


def next_word(rng: Lcg) -> str:
    r = rng.next(10)
    if r < 4:
        nsyllables = 1
    elif r < 8:
        nsyllables = 2
    else:
        nsyllables = 3
    word = ""
    for k in range(nsyllables):
        a = rng.next(len(SYLLABLES))
        b = rng.next(len(SYLLABLES))
        word += SYLLABLES[min(a, b)]
    return word


def count_words(nwords: int, seed: int) -> dict[str, int]:
    rng = Lcg(seed)
    counts: dict[str, int] = {}
    for i in range(nwords):
        word = next_word(rng)
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts


def entry_point(argv: list[str]) -> int:
    nwords = 1000
    if len(argv) > 1:
        nwords = int(argv[1])
    counts = count_words(nwords, 42)
    entries = sorted(counts.items(), key=lambda entry: (-entry[1], entry[0]))
    print("words: %d" % nwords)
    print("distinct: %d" % len(entries))
    for rank in range(min(TOP, len(entries))):
        word, count = entries[rank]
        print("%8d %s" % (count, word))
    checksum = 0
    for rank, entry in enumerate(entries):
        checksum = (checksum * 31 + entry[1] * (rank + 1) + len(entry[0])) % CHECKSUM_MODULUS
    print("checksum: %d" % checksum)
    return 0
