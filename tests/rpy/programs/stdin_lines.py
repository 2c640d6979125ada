# stdin: the quick brown fox\njumps over\n\nthe lazy dog\nlast line without newline
"""Reading standard input with ros.readline() until it returns b'' (the
runner feeds the text of the `# stdin:` header): line, word and character
counts, longest line, lines echoed back numbered."""
from rpy.rlib import ros


def entry_point(argv: list[str]) -> int:
    lines = 0
    words = 0
    chars = 0
    longest = ""
    while True:
        raw = ros.readline()
        if len(raw) == 0:
            break
        line = raw.decode("utf-8")
        lines += 1
        chars += len(line)
        words += len(line.split())
        stripped = line.rstrip("\n")
        if len(stripped) > len(longest):
            longest = stripped
        print("%2d| %s" % (lines, stripped))
    print("lines", lines, "words", words, "chars", chars)
    print("longest:", repr(longest))
    print("eof again:", len(ros.readline()))
    return 0
