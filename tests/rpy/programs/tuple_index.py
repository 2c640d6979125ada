"""Tuples of one type indexed by a variable (with negative indices and
IndexError), unpacked inside try."""
DIRS = ((0, 1), (1, 0), (0, -1), (-1, 0))
NAMES = ("north", "east", "south", "west")

def entry_point(argv: list[str]) -> int:
    for k in range(5):
        try:
            dx, dy = DIRS[k]
            print(NAMES[k], dx, dy, NAMES[-1 - k])
        except IndexError as e:
            print("caught", str(e))
    return 0
