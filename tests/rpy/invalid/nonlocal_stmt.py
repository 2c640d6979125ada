# error: 7: 'nonlocal' is not supported
# Invalid RPy: nonlocal in an inner function (which necessarily is a nested function too; the nonlocal is the error expected).
def counter(n: int) -> int:
    count = 0

    def step() -> None:
        nonlocal count  # <-- error
        count += 1
    for i in range(n):
        step()
    return count


def entry_point(argv: list[str]) -> int:
    print(counter(3))
    return 0
