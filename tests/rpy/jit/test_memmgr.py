"""rpy/jit/metainterp/memmgr.py: which loops are old (loop_longevity)."""
from __future__ import annotations

from rpy.jit.metainterp.memmgr import LoopAges


def compile_n(ages: LoopAges, n: int) -> list[int]:
    freed: list[int] = []
    for _ in range(n):
        freed += ages.next_generation()
    return freed


def test_unused_loops_are_freed_after_longevity_generations() -> None:
    ages = LoopAges(8)
    for loop in range(3):
        ages.add(loop)
    assert compile_n(ages, 8) == []
    ages.entering(1)
    ages.leaving(1)
    freed = compile_n(ages, 4)
    assert sorted(freed) == [0, 2]
    assert ages.alive() == 1 and ages.freed == 2
    assert compile_n(ages, 20) == [1]
    assert ages.alive() == 0


def test_a_running_loop_is_never_freed() -> None:
    ages = LoopAges(2)
    ages.add(7)
    ages.entering(7)
    ages.entering(7)            # re-entered from one of its own calls
    assert compile_n(ages, 50) == []
    ages.leaving(7)
    assert compile_n(ages, 50) == []
    ages.leaving(7)
    assert compile_n(ages, 3) == [7]


def test_loops_in_use_stay() -> None:
    ages = LoopAges(4)
    ages.add(1)
    ages.add(2)
    for _ in range(100):
        ages.entering(1)
        ages.leaving(1)
        assert 1 not in ages.next_generation()
    assert ages.alive() == 1


def test_longevity_zero_keeps_everything() -> None:
    ages = LoopAges(0)
    ages.add(1)
    assert compile_n(ages, 1000) == []
    ages.set_longevity(10)
    assert compile_n(ages, 20) == [1]


def test_checks_are_spread_out() -> None:
    ages = LoopAges(100)
    ages.add(1)
    freed_at = -1
    for g in range(1, 200):
        if ages.next_generation():
            freed_at = g
            break
    # old after 100 generations, found at the next check (every 25)
    assert 101 <= freed_at <= 125


def test_linked_loops_age_together():
    """A bridge of loop 0 jumps into loop 1: entering 0 counts as entering
    1, so 1 is not freed while 0 may run into it; freeing 1 must free 0
    (its dependent) too."""
    ages = LoopAges(2)
    for n in range(3):
        ages.add(n)
    ages.link(0, 1)
    assert ages.dependents(1) == [0] and ages.dependents(0) == []
    ages.entering(0)
    assert 1 in ages.running
    freed: list[int] = []
    for _ in range(5):
        freed += ages.next_generation()
    assert freed == [2]             # 0 runs, and may jump into 1
    ages.leaving(0)
    assert ages.running == {}
    for _ in range(5):
        freed += ages.next_generation()
    assert sorted(freed) == [0, 1, 2]


def test_discard_drops_every_entry_of_a_freed_loop() -> None:
    """A freed loop leaves nothing here: its links both ways, its group,
    its stamp (the tables stay as small as the loops alive)."""
    ages = LoopAges(2)
    for loop in (1, 2, 3):
        ages.add(loop)
    ages.link(1, 2)             # a bridge of 1 jumps into 2
    ages.link(3, 2)
    ages.entering(2)
    ages.leaving(2)
    assert sorted(ages.dependents(2)) == [1, 3]
    for loop in (2, 1, 3):      # 2 freed with the loops jumping into it
        ages.forget(loop)
        ages.discard(loop)
    assert ages.links == {} and ages.linked_from == {} and ages.alone == {}
    assert ages.last_used == {} and ages.running == {}
