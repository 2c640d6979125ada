"""Reading and writing fields through descriptors bound to the C layout
(rpy.rlib.rgcref, bound by the pyjitpl phase of --opt=jit), compared with
direct field access; GC references kept in locals, fields and lists across
minor and major collections; the write barrier of write_ref_at.  Prints the
same lines untranslated and translated (tests/rpy/jit/test_layout_translated.py).
A small JitDriver makes the codewriter run too."""
from __future__ import annotations

from rpy.rlib import rgc
from rpy.rlib.jit import JitDriver
from rpy.rlib.objectmodel import we_are_translated
from rpy.rlib.rgcref import (GCRef, FieldLayout, SizeLayout, KIND_INT, KIND_REF, KIND_FLOAT,
                             cast_instance_to_gcref, cast_gcref_to_instance, gcref_typeid,
                             malloc_fixed, read_int_at, read_float_at, read_ref_at, write_int_at,
                             write_float_at, write_ref_at)


class Base:
    x: int
    f: float
    nxt: Base | None

    def __init__(self, x: int) -> None:
        self.x = x
        self.f = x * 0.5
        self.nxt = None


class Sub(Base):
    y: int
    name: str

    def __init__(self, x: int, y: int) -> None:
        Base.__init__(self, x)
        self.y = y
        self.name = 's%d' % y


class Holder:
    refs: list[GCRef]
    one: GCRef | None

    def __init__(self) -> None:
        self.refs = []
        self.one = None


BASE_X = FieldLayout(Base, 'x')
BASE_F = FieldLayout(Base, 'f')
BASE_NXT = FieldLayout(Base, 'nxt')
SUB_X = FieldLayout(Sub, 'x')          # inherited: same place as Base.x
SUB_Y = FieldLayout(Sub, 'y')
SUB_NAME = FieldLayout(Sub, 'name')
SIZE_BASE = SizeLayout(Base)
SIZE_SUB = SizeLayout(Sub)

driver = JitDriver(greens=['pc'], reds=['n', 'acc'], name='layout')


def portal(n: int) -> int:
    """Only here so that the codewriter has a portal: its descrs of Base
    and Sub are bound too."""
    pc = 0
    acc = Sub(0, 0)
    while n > 0:
        driver.jit_merge_point(pc=pc, n=n, acc=acc)
        acc = Sub(acc.x + n, acc.y + 1)
        n -= 1
        driver.can_enter_jit(pc=pc, n=n, acc=acc)
    return acc.x


def check(what: str, ok: bool) -> None:
    print('%s %s' % ('ok  ' if ok else 'FAIL', what))


def churn(n: int) -> int:
    """Allocates enough to run minor collections."""
    total = 0
    for i in range(n):
        b = Base(i)
        total += b.x
    return total


def entry_point(argv: list[str]) -> int:
    b = Base(7)
    s = Sub(11, 13)
    rb = cast_instance_to_gcref(b)
    rs = cast_instance_to_gcref(s)
    if we_are_translated():
        check('bound', BASE_X.bound and SUB_NAME.bound and SIZE_SUB.bound)
        if not BASE_X.bound:
            # translated without --opt=jit: the offsets are meaningless
            print('not bound: translate with --opt=jit')
            return 0
        check('first field after the header', BASE_X.offset == 8)
        check('inherited field', SUB_X.offset == BASE_X.offset)
        check('own field after the base', SUB_Y.offset >= SIZE_BASE.size)
        check('sizes', SIZE_SUB.size == SIZE_BASE.size + 16)
    else:
        for w in ['bound', 'first field after the header', 'inherited field',
                  'own field after the base', 'sizes']:
            check(w, True)
    check('kinds', BASE_X.kind == KIND_INT and BASE_F.kind == KIND_FLOAT and
          BASE_NXT.kind == KIND_REF and BASE_NXT.is_gc and not BASE_X.is_gc)
    check('type ids', gcref_typeid(rs) == SIZE_SUB.tid and gcref_typeid(rb) == SIZE_BASE.tid)
    # reads
    check('read int', read_int_at(rb, BASE_X.offset) == b.x)
    check('read inherited int', read_int_at(rs, SUB_X.offset) == s.x)
    check('read own int', read_int_at(rs, SUB_Y.offset) == s.y)
    check('read float', read_float_at(rs, BASE_F.offset) == s.f)
    check('read null ref', read_ref_at(rb, BASE_NXT.offset) is None)
    name = read_ref_at(rs, SUB_NAME.offset)
    check('read str ref', name is not None and gcref_typeid(name) != gcref_typeid(rs))
    # writes, seen by direct access
    write_int_at(rs, SUB_Y.offset, -5)
    write_float_at(rb, BASE_F.offset, 2.25)
    check('write int', s.y == -5)
    check('write float', b.f == 2.25)
    # references across collections: b and s become old; a young object
    # stored into them through write_ref_at needs the write barrier, else
    # the next minor collection frees it while s.nxt points to it
    rgc.collect()
    young = Base(99)
    write_ref_at(rs, BASE_NXT.offset, cast_instance_to_gcref(young))
    churn(200000)
    nxt = s.nxt
    check('write ref + barrier', nxt is not None and nxt.x == 99)
    h = Holder()
    for i in range(100):
        h.refs.append(cast_instance_to_gcref(Sub(i, i * 3)))
    h.one = cast_instance_to_gcref(Base(-1))
    mine = cast_instance_to_gcref(Sub(5, 6))
    churn(200000)
    rgc.collect()
    churn(1000)
    total = 0
    for r in h.refs:
        total += read_int_at(r, SUB_Y.offset) - 3 * read_int_at(r, SUB_X.offset)
    check('refs in a list survive collections', total == 0 and len(h.refs) == 100)
    one = h.one
    check('ref in a field survives', one is not None and read_int_at(one, BASE_X.offset) == -1)
    check('ref in a local survives', read_int_at(mine, SUB_Y.offset) == 6)
    check('same object, same ref', read_ref_at(rs, BASE_NXT.offset) is cast_instance_to_gcref(nxt)
          if nxt is not None else False)
    # an object made from its type id and size (what the JIT does when it
    # materializes a virtual), filled through the layouts
    m = malloc_fixed(SIZE_SUB.tid, SIZE_SUB.size)
    write_int_at(m, SUB_X.offset, 4)
    write_float_at(m, BASE_F.offset, 0.5)
    write_ref_at(m, BASE_NXT.offset, cast_instance_to_gcref(b))
    write_int_at(m, SUB_Y.offset, 8)
    write_ref_at(m, SUB_NAME.offset, read_ref_at(rs, SUB_NAME.offset))     # s's name (a str)
    churn(100000)
    sm = cast_gcref_to_instance(Sub, m)
    check('malloc_fixed: a Sub', gcref_typeid(m) == SIZE_SUB.tid and sm.y == 8 and sm.x == 4)
    check('malloc_fixed: fields survive collections', sm.f == 0.5 and sm.nxt is b and
          sm.name == 's13')
    print(portal(10))
    return 0
