# error: 3: async functions are not supported
# Invalid RPy: an async def function.
async def fetch(n: int) -> int:  # <-- error
    return n


def entry_point(argv: list[str]) -> int:
    fetch(1)
    return 0
