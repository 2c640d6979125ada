# error: 4: lambda is only supported as the key= argument
# Invalid RPy: a lambda stored in a variable and called.
def entry_point(argv: list[str]) -> int:
    inc = lambda n: n + 1  # <-- error
    print(inc(1))
    return 0
