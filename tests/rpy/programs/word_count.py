"""A real program: word frequency count over a text (lower-casing, stripping
punctuation, splitting), top-N by count with ties broken alphabetically
(sort with a key function then a stable sort), letter histogram, longest
words, line statistics, and a bigram table keyed by tuples."""
from __future__ import annotations

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on
its being received, for good or for evil, in the superlative degree of
comparison only."""


def normalize(word: str) -> str:
    return word.strip(".,;:!?-'\"()").lower()


def words_of(text: str) -> list[str]:
    out: list[str] = []
    for raw in text.split():
        w = normalize(raw)
        if w != "":
            out.append(w)
    return out


def count_key(item: tuple[str, int]) -> int:
    return item[1]


def entry_point(argv: list[str]) -> int:
    words = words_of(TEXT)
    counts: dict[str, int] = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    print("words:", len(words), "distinct:", len(counts))
    items = [(w, c) for w, c in counts.items()]
    items.sort(key=lambda it: it[0])
    items.sort(key=count_key, reverse=True)
    for w, c in items[:12]:
        print("%-12s %3d %s" % (w, c, "#" * c))
    singles = [w for w, c in items if c == 1]
    print("hapax legomena:", len(singles), ", ".join(singles[:8]))
    letters: dict[str, int] = {}
    for ch in TEXT.lower():
        if ch.isalpha():
            letters[ch] = letters.get(ch, 0) + 1
    top_letters = sorted([(n, ch) for ch, n in letters.items()], reverse=True)[:6]
    print("top letters:", " ".join(["%s=%d" % (ch, n) for n, ch in top_letters]))
    longest = sorted([w for w in counts], key=lambda w: len(w), reverse=True)[:4]
    print("longest:", " ".join(longest))
    lines = TEXT.splitlines()
    lens = [len(line) for line in lines]
    print("lines:", len(lines), "shortest:", min(lens), "longest:", max(lens), "avg: %.2f" % (sum(lens) / len(lens)))
    bigrams: dict[tuple[str, str], int] = {}
    for i in range(len(words) - 1):
        key = (words[i], words[i + 1])
        bigrams[key] = bigrams.get(key, 0) + 1
    best = sorted([(c, a, b) for (a, b), c in bigrams.items()], reverse=True)[:5]
    for c, a, b in best:
        print("bigram %r %r: %d" % (a, b, c))
    return 0
