# error: 7: holds both int and str
# Invalid RPy: a variable that is an int, then is reassigned a str inside a loop.
def entry_point(argv: list[str]) -> int:
    best = 0
    for w in ["a", "bb"]:
        if len(w) > 1:
            best = w  # <-- error
    print("done")
    return 0
