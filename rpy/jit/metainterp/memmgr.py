"""Which compiled loops are old: the JIT's loop freeing (the seed's
jit-free branch, the `loop_longevity` parameter).

Time is counted in *generations*: one per loop or bridge compiled (the
metainterp calls `next_generation` after each).  Each entry into a loop
stamps it with the current generation (`entering`, then `leaving` when its
run is over); a loop whose stamp is more than `longevity` generations old
when a check runs is handed back to the metainterp to free (machine code,
bridges, resume data, its green key's entry).  A program that keeps
compiling new code therefore keeps only the loops it still uses, and one
that compiles nothing frees nothing -- nothing grows then either.  A loop
being run (entered and not left: a residual call inside it may re-enter
the JIT and compile) is never freed.  Checks run every `longevity // 4`
generations (at least every one) so that a check costs O(loops) rarely.
`longevity <= 0` keeps loops forever.  RPy code.
"""
from __future__ import annotations


class LoopAges:
    generation: int
    longevity: int
    last_used: dict[int, int]       # loop number -> generation of its last entry
    running: dict[int, int]         # loop number -> runs in progress
    next_check: int
    freed: int                      # loops freed so far

    def __init__(self, longevity: int) -> None:
        self.generation = 0
        self.longevity = longevity
        self.last_used = {}
        self.running = {}
        self.next_check = 0
        self.freed = 0
        self.set_longevity(longevity)

    def set_longevity(self, longevity: int) -> None:
        self.longevity = longevity
        self.next_check = self.generation + self.check_interval()

    def check_interval(self) -> int:
        step = self.longevity // 4
        return step if step > 0 else 1

    def add(self, loop: int) -> None:
        self.last_used[loop] = self.generation

    def alive(self) -> int:
        return len(self.last_used)

    def entering(self, loop: int) -> None:
        self.last_used[loop] = self.generation
        self.running[loop] = self.running.get(loop, 0) + 1

    def leaving(self, loop: int) -> None:
        n = self.running.get(loop, 0) - 1
        if n > 0:
            self.running[loop] = n
        elif loop in self.running:
            del self.running[loop]
        if loop in self.last_used:
            self.last_used[loop] = self.generation

    def next_generation(self) -> list[int]:
        """A loop or bridge was compiled: the loops to free now (forgotten
        here; the caller frees them)."""
        self.generation += 1
        old: list[int] = []
        if self.longevity <= 0 or self.generation < self.next_check:
            return old
        self.next_check = self.generation + self.check_interval()
        limit = self.generation - self.longevity
        for loop, used in self.last_used.items():
            if used < limit and loop not in self.running:
                old.append(loop)
        for loop in old:
            del self.last_used[loop]
        self.freed += len(old)
        return old
