# error: 4: list items of different types: int and str
# Invalid RPy: a list literal mixing an int and a str.
def entry_point(argv: list[str]) -> int:
    items = [1, "two"]  # <-- error
    print(len(items))
    return 0
