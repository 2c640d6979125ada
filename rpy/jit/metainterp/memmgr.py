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
`longevity <= 0` keeps loops forever.  A bridge of loop A may jump into
loop B (`link(A, B)`): entering A then counts as entering B too (and what
B links to), so B is not freed while A may run into it, and freeing B
frees A and every loop linking to it (`dependents`), whose code jumps
there.  A freed loop is `discard`ed: nothing of it stays here (the tables
hold the live loops only, so they stay as small as the code alive).
RPy code.
"""
from __future__ import annotations


class LoopAges:
    generation: int
    longevity: int
    last_used: dict[int, int]       # loop number -> generation of its last entry
    running: dict[int, int]         # loop number -> runs in progress
    next_check: int
    freed: int                      # loops freed so far
    links: dict[int, list[int]]     # loop -> the loops its bridges jump into
    linked_from: dict[int, list[int]]
    entered: list[list[int]]        # per run in progress (innermost last): the loops it counts
    alone: dict[int, list[int]]     # loop -> [loop], the group of a loop linking to none

    def __init__(self, longevity: int) -> None:
        self.generation = 0
        self.longevity = longevity
        self.last_used = {}
        self.running = {}
        self.next_check = 0
        self.freed = 0
        self.links = {}
        self.linked_from = {}
        self.entered = []
        self.alone = {}
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

    def link(self, source: int, target: int) -> None:
        """A bridge of source jumps into target."""
        add_edge(self.links, source, target)
        add_edge(self.linked_from, target, source)

    def reachable(self, loop: int, edges: dict[int, list[int]]) -> list[int]:
        out = [loop]
        k = 0
        while k < len(out):
            targets = edges.get(out[k], None)
            if targets is not None:
                for other in targets:
                    if other not in out:
                        out.append(other)
            k += 1
        return out

    def dependents(self, loop: int) -> list[int]:
        """The loops whose bridges jump into loop, directly or not."""
        return self.reachable(loop, self.linked_from)[1:]

    def forget(self, loop: int) -> None:
        """loop is freed (with one it jumps into)."""
        if loop in self.last_used:
            del self.last_used[loop]
            self.freed += 1

    def discard(self, loop: int) -> None:
        """loop is freed: drop its links, both ways (the loops linking to
        it are freed with it, so their own entries go too), and its group."""
        unlink(self.links, self.linked_from, loop)
        unlink(self.linked_from, self.links, loop)
        if loop in self.alone:
            del self.alone[loop]
        if loop in self.last_used:
            del self.last_used[loop]

    def entering(self, loop: int) -> None:
        if loop not in self.links:
            # no bridge of it jumps elsewhere (entry code called
            # recursively enters here once per call): its own group
            group = self.alone.get(loop, None)
            if group is None:
                group = [loop]
                self.alone[loop] = group
        else:
            group = self.reachable(loop, self.links)
        self.entered.append(group)
        for other in group:
            self.last_used[other] = self.generation
            self.running[other] = self.running.get(other, 0) + 1

    def leaving(self, loop: int) -> None:
        group = [loop]
        if self.entered:
            group = self.entered.pop()
        for other in group:
            n = self.running.get(other, 0) - 1
            if n > 0:
                self.running[other] = n
            elif other in self.running:
                del self.running[other]
            if other in self.last_used:
                self.last_used[other] = self.generation

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


def unlink(edges: dict[int, list[int]], back: dict[int, list[int]], loop: int) -> None:
    """Drop loop's edges from `edges` and their reverse from `back`."""
    targets = edges.get(loop, None)
    if targets is None:
        return
    del edges[loop]
    for other in targets:
        others = back.get(other, None)
        if others is not None:
            remove_all(others, loop)
            if not others:
                del back[other]


def remove_all(items: list[int], x: int) -> None:
    k = 0
    while k < len(items):
        if items[k] == x:
            del items[k]
        else:
            k += 1


def add_edge(edges: dict[int, list[int]], a: int, b: int) -> None:
    targets = edges.get(a, None)
    if targets is None:
        targets = []
        edges[a] = targets
    targets.append(b)
