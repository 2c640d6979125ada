"""repr() and str() of str values: CPython quoting rules (single vs double
quotes, escapes \\n \\t \\\\ \\x.., non-ASCII printable kept), and of ints,
floats and bools; %r agreeing with repr()."""


def entry_point(argv: list[str]) -> int:
    samples = ["plain", "", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
               "back\\slash", "\r\x00\x07\x1f\x7f", "café", "中文", "😀!"]
    for s in samples:
        r = repr(s)
        print(r, len(r), r == "%r" % s)
    print(repr(1), repr(-1), repr(0.5), repr(1e16), repr(True), repr(False))
    print(str("already str") == "already str", str(10) + str(2.5) + str(False))
    quoted = [repr(w) for w in ["a", "b'c"]]
    print(", ".join(quoted))
    return 0
