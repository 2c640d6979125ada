"""The JIT glue of --opt=jit (rpy/jit/translator/warmspot.py) on portals
unlike jitlang's: two drivers; greens of type int, bool and float and an
instance green that may be None; a portal returning nothing and one
returning an int; two can_enter_jit in one portal; an exception caught
inside the portal (its handler must run once: in the JIT when the JIT
runs that iteration, never again in the compiled portal) and one leaving
the portal to the caller's handler.  Untranslated the markers do nothing:
that run is the reference the translated one (threshold 2, every loop
hot) must print too.  OURO_LOG=jit-summary shows the entries."""
from __future__ import annotations

from rpy.rlib.jit import JitDriver, set_param


class Tag:
    _immutable_fields_ = ['name']
    name: str

    def __init__(self, name: str) -> None:
        self.name = name


class Acc:
    total: int
    ftotal: float
    log: list[str]

    def __init__(self) -> None:
        self.total = 0
        self.ftotal = 0.0
        self.log = []


class Stop(Exception):
    n: int

    def __init__(self, n: int) -> None:
        self.n = n


walker = JitDriver(greens=['flag', 'scale', 'tag'], reds=['n', 'acc'], name='walker')
counter = JitDriver(greens=['step'], reds=['i', 'limit', 's'], name='counter')


def walk(n: int, acc: Acc, scale: float, tag: Tag | None) -> None:
    """The portal of 'walker': returns nothing, raises Stop past a limit."""
    flag = False
    while True:
        walker.jit_merge_point(flag=flag, scale=scale, tag=tag, n=n, acc=acc)
        if n <= 0:
            return
        try:
            if n % 13 == 0:
                raise ValueError('thirteen')
            if flag:
                acc.total += n * 3
            else:
                acc.total += n
            acc.ftotal += scale
        except ValueError:
            acc.log.append('caught %d' % n)
        if acc.total > 100000:
            raise Stop(n)
        n -= 1
        flag = not flag
        if n % 3 == 0:
            walker.can_enter_jit(flag=flag, scale=scale, tag=tag, n=n, acc=acc)
        else:
            walker.can_enter_jit(flag=flag, scale=scale, tag=tag, n=n, acc=acc)


def count(step: int, limit: int) -> int:
    """The portal of 'counter': returns an int."""
    i = 0
    s = 0
    while True:
        counter.jit_merge_point(step=step, i=i, limit=limit, s=s)
        if i >= limit:
            return s
        s += i * step
        i += 1
        counter.can_enter_jit(step=step, i=i, limit=limit, s=s)


def entry_point(argv: list[str]) -> int:
    set_param(None, 'threshold', 2)
    if len(argv) > 1:
        set_param(walker, 'threshold', int(argv[1]))
    acc = Acc()
    walk(250, acc, 0.5, Tag('a'))
    print('walk 250: total %d ftotal %s log %s' % (acc.total, str(acc.ftotal), ','.join(acc.log)))
    acc2 = Acc()
    walk(60, acc2, 1.5, None)
    print('walk 60: total %d log %s' % (acc2.total, ','.join(acc2.log)))
    acc3 = Acc()
    try:
        walk(400, acc3, 0.25, Tag('b'))
        print('no Stop')
    except Stop as e:
        print('Stop at %d, total %d, log %s' % (e.n, acc3.total, ','.join(acc3.log)))
    print('count: %d %d' % (count(3, 1000), count(-1, 10)))
    return 0


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
