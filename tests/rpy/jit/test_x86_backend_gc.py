"""The x86-64 backend's GC mode (BackendConfig.enable_gc), untranslated:
the machine code runs through ctypes against a fake runtime that behaves
like rpy/c/runtime/gc.c where the code can tell:

- a shadow stack (`rpy_ss_top`) and a residual call that *moves* every
  object the shadow stack names (copies it, poisons the old copy, updates
  the slot): references live across a call must come back from there;
- headers `{uint32 tid; uint32 gcflags}`: guard_class compares the 32-bit
  type id even when flags are set; the write barrier calls the slow path
  only for objects with TRACK_YOUNG, which clears it;
- the allocator `malloc_slowpath(tid, size)`, the pending exception word
  (`rpy_exc_value`), and the jitframe's gcmap/exc fields before its words.

The translated counterpart, with the real GC, is test_jit_run_translated.py."""
from __future__ import annotations

import ctypes

import pytest

from rpy.jit.backend.x86.assembler import Assembler, BackendConfig, BackendError
from rpy.jit.backend.x86.codebuf import ExecutableMemory
from rpy.jit.metainterp.resoperation import (
    SizeDescr, FieldDescr, CallDescr, EffectInfo, EF_CAN_RAISE, INT, REF)
from rpy.jit.tool.oparser import parse

I64 = ctypes.c_int64
TRACK_YOUNG = 1
POISON = 0x5A5A5A5A5A5A5A5A - (1 << 64)

node = SizeDescr('node', 40, 21)
valuedescr = FieldDescr('valuedescr', node, INT, 8, 8, False)
nextdescr = FieldDescr('nextdescr', node, REF, 16, 8, False)
otherdescr = FieldDescr('otherdescr', node, REF, 24, 8, False)
ei = EffectInfo(EF_CAN_RAISE, [], [], [], [])
cd_move = CallDescr('cd_move', [INT], INT, ei)
cd_alloc = CallDescr('cd_alloc', [INT], REF, ei)


class FakeRuntime:
    def __init__(self) -> None:
        self.keep: list = []
        self.sizes: dict[int, int] = {}
        self.ss = (I64 * 256)()
        self.ss_top = I64(ctypes.addressof(self.ss))
        self.exc = I64(0)
        self.barriers: list[int] = []
        self.moves = 0
        self.raise_at = -1

        @ctypes.CFUNCTYPE(None, I64)
        def wb(obj: int) -> None:
            self.barriers.append(obj)
            flags = ctypes.c_uint32.from_address(obj + 4)
            flags.value &= ~TRACK_YOUNG

        self.slow_allocs = 0
        self.nursery_free = I64(0)
        self.nursery_top = I64(0)
        self.new_nursery(0)

        self.fail_allocs_after = -1

        @ctypes.CFUNCTYPE(I64, I64, I64)
        def malloc(tid: int, size: int) -> int:
            """The allocator's slow path: a minor collection (every
            object the shadow stack names moves), a fresh nursery."""
            self.slow_allocs += 1
            if self.slow_allocs == self.fail_allocs_after:
                self.exc.value = self.new(77, 16)       # MemoryError
                return 0
            self.collect()
            self.new_nursery(3 * 40)
            return self.new(tid, size)

        @ctypes.CFUNCTYPE(I64, I64)
        def move_all(i: int) -> int:
            """A residual call that collects."""
            self.collect()
            if i == self.raise_at:
                self.exc.value = self.new(99, 16)
                return 0
            return i * 10

        @ctypes.CFUNCTYPE(I64, I64, I64)
        def malloc_varsize(tid: int, length: int) -> int:
            self.collect()
            p = self.new(tid, 16 + 8 * length)
            I64.from_address(p + 8).value = length
            return p

        self.callbacks = [wb, malloc, move_all, malloc_varsize]
        self.varsize_addr = ctypes.cast(malloc_varsize, ctypes.c_void_p).value
        self.wb_addr = ctypes.cast(wb, ctypes.c_void_p).value
        self.malloc_addr = ctypes.cast(malloc, ctypes.c_void_p).value
        self.move_addr = ctypes.cast(move_all, ctypes.c_void_p).value

    def new_nursery(self, size: int) -> None:
        buf = (ctypes.c_uint8 * max(size, 8))()
        self.keep.append(buf)
        self.nursery_free.value = ctypes.addressof(buf)
        self.nursery_top.value = ctypes.addressof(buf) + size

    def collect(self) -> None:
        """Every object named by the shadow stack moves."""
        if True:
            base = ctypes.addressof(self.ss)
            for slot in range(base, self.ss_top.value, 8):
                old = I64.from_address(slot).value
                if old == 0:
                    continue
                size = self.sizes.get(old, 40)
                new = self.new(0, size)
                ctypes.memmove(new, old, size)
                ctypes.memset(old, 0x5A, size)
                I64.from_address(slot).value = new
                self.moves += 1

    def new(self, tid: int, size: int, flags: int = 0) -> int:
        buf = (ctypes.c_uint8 * size)()
        self.keep.append(buf)
        addr = ctypes.addressof(buf)
        self.sizes[addr] = size
        ctypes.c_uint32.from_address(addr).value = tid
        ctypes.c_uint32.from_address(addr + 4).value = flags
        return addr

    def config(self, nursery: bool = False) -> BackendConfig:
        c = BackendConfig(0, 0)
        c.enable_gc(ctypes.addressof(self.ss_top), ctypes.addressof(self.exc), self.wb_addr,
                    self.malloc_addr, -24, -16)
        c.enable_varsize(self.varsize_addr)
        if nursery:
            c.enable_nursery(ctypes.addressof(self.nursery_free), ctypes.addressof(self.nursery_top))
        return c


class Frame:
    """hdr, gcmap, exc, length, then the words (rjitmem's layout)."""

    def __init__(self, nwords: int) -> None:
        self.buf = (I64 * (4 + max(nwords, 1)))()
        self.words = ctypes.addressof(self.buf) + 32

    def __getitem__(self, k: int) -> int:
        return self.buf[4 + k]

    def __setitem__(self, k: int, v: int) -> None:
        self.buf[4 + k] = v

    def gcmap(self) -> list[int] | None:
        addr = self.buf[1]
        if addr == 0:
            return None
        out = []
        while I64.from_address(addr).value >= 0:
            out.append(I64.from_address(addr).value)
            addr += 8
        return out


@pytest.fixture
def rt():
    r = FakeRuntime()
    mem = ExecutableMemory()
    r.mem = mem
    yield r
    mem.free_all()


def run(rt: FakeRuntime, text: str, ns: dict, args: list[int], nursery: bool = False):
    loop = Assembler(rt.config(nursery)).assemble_loop(parse(text, ns))
    addr, _ = rt.mem.install(loop.mc)
    frame = Frame(loop.frame_words)
    for i, a in enumerate(args):
        frame[i] = a
    index = rt.mem.call_loop(addr, frame.words)
    return loop, addr, index, frame


NS = {'node': node, 'valuedescr': valuedescr, 'nextdescr': nextdescr,
      'otherdescr': otherdescr, 'cd_move': cd_move, 'cd_alloc': cd_alloc}


def test_refs_live_across_calls_come_back_from_the_shadow_stack(rt) -> None:
    ns = dict(NS, move=rt.move_addr)
    a = rt.new(21, 40)
    b = rt.new(21, 40)
    I64.from_address(a + 8).value = 5
    I64.from_address(b + 8).value = 7
    loop, addr, index, frame = run(rt, """
    [p0, p1, i0]
    label(p0, p1, i0, descr=L)
    i1 = call_i(ConstClass(move), i0, descr=cd_move)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    i3 = getfield_gc_i(p1, descr=valuedescr)
    i4 = int_add(i2, i3)
    i5 = int_add(i4, i1)
    setfield_gc(p0, i5, descr=valuedescr)
    i6 = int_sub(i0, 1)
    i7 = int_gt(i6, 0)
    guard_true(i7) [p0, i6, p1]
    jump(p0, p1, i6, descr=L)
    """, ns, [a, b, 3])
    assert index == 0
    assert rt.moves == 6                        # two refs per call, three calls
    assert rt.ss_top.value == ctypes.addressof(rt.ss)   # every push popped
    p0, p1 = frame[0], frame[2]
    assert p0 not in (a, b) and p1 not in (a, b)  # the moved copies
    # 5 + 7 + 30, + 7 + 20, + 7 + 10
    assert I64.from_address(p0 + 8).value == 5 + 7 + 30 + 7 + 20 + 7 + 10
    assert frame[1] == 0
    assert frame.gcmap() == [0, 2]               # the exit's references


def test_spilled_refs_move_too(rt) -> None:
    """More live references than callee-saved registers: some are in stack
    slots across the call."""
    ns = dict(NS, move=rt.move_addr)
    objs = [rt.new(21, 40) for _ in range(8)]
    for k, o in enumerate(objs):
        I64.from_address(o + 8).value = k + 1
    ps = ', '.join('p%d' % k for k in range(8))
    reads = '\n'.join('i%d = getfield_gc_i(p%d, descr=valuedescr)' % (10 + k, k) for k in range(8))
    sums = '\n'.join('i%d = int_add(i%d, i%d)' % (20 + k, 19 + k if k else 10, 11 + k)
                     for k in range(7))
    loop, addr, index, frame = run(rt, """
    [%s]
    i1 = call_i(ConstClass(move), 1, descr=cd_move)
    %s
    %s
    finish(i26, %s)
    """ % (ps, reads, sums, ps), ns, objs)
    assert frame[0] == 36
    assert rt.moves == 8
    assert all(frame[1 + k] not in objs for k in range(8))
    assert [I64.from_address(frame[1 + k] + 8).value for k in range(8)] == list(range(1, 9))
    assert frame.gcmap() == list(range(1, 9))


def test_guard_class_reads_the_32_bit_type_id(rt) -> None:
    obj = rt.new(21, 40, flags=TRACK_YOUNG | 8)
    other = rt.new(22, 40, flags=TRACK_YOUNG | 8)
    text = """
    [p0]
    guard_class(p0, 21) [p0]
    finish(1)
    """
    assert run(rt, text, NS, [obj])[2] == 1
    assert run(rt, text, NS, [other])[2] == 0


def test_write_barrier_only_on_track_young(rt) -> None:
    old = rt.new(21, 40, flags=TRACK_YOUNG | 8)
    young = rt.new(21, 40)
    young2 = rt.new(21, 40)
    text = """
    [p0, p1, f0]
    setfield_gc(p0, p1, descr=nextdescr)
    setfield_gc(p0, p1, descr=otherdescr)
    setfield_gc(p0, NULL, descr=nextdescr)
    setfield_gc(p0, 7, descr=valuedescr)
    f1 = float_add(f0, 1.5)
    finish(p0, f1)
    """
    import struct
    fbits = struct.unpack('<q', struct.pack('<d', 2.0))[0]
    loop, addr, index, frame = run(rt, text, NS, [old, young, fbits])
    assert rt.barriers == [old]                 # once: the first clears TRACK_YOUNG
    assert I64.from_address(old + 16).value == 0
    assert I64.from_address(old + 24).value == young
    assert struct.unpack('<d', struct.pack('<q', frame[1]))[0] == 3.5   # xmm saved around it
    loop, addr, index, frame = run(rt, text, NS, [young2, young, fbits])
    assert rt.barriers == [old]                 # young objects: no call


def test_new_with_vtable_calls_the_gc_allocator(rt) -> None:
    ns = dict(NS, move=rt.move_addr)
    keep = rt.new(21, 40)
    loop, addr, index, frame = run(rt, """
    [p0, i0]
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, i0, descr=valuedescr)
    setfield_gc(p1, p0, descr=nextdescr)
    finish(p1, p0)
    """, ns, [keep, 42])
    p1 = frame[0]
    assert ctypes.c_uint32.from_address(p1).value == 21
    assert I64.from_address(p1 + 8).value == 42
    assert I64.from_address(p1 + 16).value == frame[1]
    assert frame.gcmap() == [0, 1]


def test_guard_no_exception_takes_the_exception(rt) -> None:
    ns = dict(NS, move=rt.move_addr)
    rt.raise_at = 3
    loop, addr, index, frame = run(rt, """
    [i0, i1]
    label(i0, i1, descr=L)
    i2 = call_i(ConstClass(move), i0, descr=cd_move)
    guard_no_exception() [i0, i1]
    i3 = int_add(i1, i2)
    i4 = int_add(i0, 1)
    jump(i4, i3, descr=L)
    """, ns, [0, 0])
    assert index == 0
    assert (frame[0], frame[1]) == (3, 0 + 10 + 20)
    exc = frame.buf[2]
    assert exc != 0 and ctypes.c_uint32.from_address(exc).value == 99
    assert rt.exc.value == 0                    # cleared
    assert frame.gcmap() is None                # no reference among the values


def test_entry_gcmap(rt) -> None:
    loop = Assembler(rt.config()).assemble_loop(parse("""
    [i0, p0, i1, p1]
    finish(p1, i0)
    """, NS))
    code = loop.mc.get_code()
    pos = loop.entry_gcmap_pos
    words = [int.from_bytes(bytes(code[pos + 8 * k: pos + 8 * k + 8]), 'little', signed=True)
             for k in range(3)]
    assert words == [1, 3, -1]


def test_new_array_refused(rt) -> None:
    from rpy.jit.metainterp.resoperation import ArrayDescr
    arr = ArrayDescr('arr', INT, 8, 16, 8, False)
    with pytest.raises(BackendError):
        Assembler(rt.config()).assemble_loop(parse("""
        [i0]
        p0 = new_array(i0, descr=arr)
        finish(p0)
        """, {'arr': arr}))


def test_inline_nursery_allocation(rt) -> None:
    """new_with_vtable bumps the nursery pointer; when the nursery is full
    the slow path runs a (fake) collection with every live reference on the
    shadow stack, saving the registers it clobbers (ints and floats live
    across it here)."""
    import struct
    first = rt.new(21, 40)
    I64.from_address(first + 8).value = 99
    fbits = struct.unpack('<q', struct.pack('<d', 0.5))[0]
    loop, addr, index, frame = run(rt, """
    [p0, i0, f0, i9]
    label(p0, i0, f0, i9, descr=L)
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, p0, descr=nextdescr)
    setfield_gc(p1, i0, descr=valuedescr)
    f1 = float_add(f0, 1.0)
    i1 = int_sub(i0, 1)
    i2 = int_gt(i1, 0)
    i10 = int_add(i9, i0)
    guard_true(i2) [p1, i1, f1, i10]
    jump(p1, i1, f1, i10, descr=L)
    """, NS, [first, 10, fbits, 0], nursery=True)
    assert index == 0
    assert rt.slow_allocs == 3          # an empty nursery, then room for 3
    assert rt.ss_top.value == ctypes.addressof(rt.ss)
    assert struct.unpack('<d', struct.pack('<q', frame[2]))[0] == 10.5
    assert frame[3] == sum(range(1, 11))
    values, p = [], frame[0]
    while p:
        assert ctypes.c_uint32.from_address(p).value == 21
        values.append(I64.from_address(p + 8).value)
        p = I64.from_address(p + 16).value
    assert values == list(range(1, 11)) + [99]
    assert frame.gcmap() == [0]


@pytest.mark.parametrize('raise_at,expected', [(2, 'caught'), (5, 'no exception')])
def test_guard_exception(rt, raise_at, expected) -> None:
    """guard_exception(99): the exception (type id 99) is the result and no
    longer pending; without an exception, or with another class, the exit
    takes what is pending."""
    ns = dict(NS, move=rt.move_addr)
    rt.raise_at = raise_at
    loop, addr, index, frame = run(rt, """
    [i0]
    i1 = call_i(ConstClass(move), i0, descr=cd_move)
    p2 = guard_exception(99) [i0, i1]
    finish(p2, i0)
    """, ns, [2])
    if expected == 'caught':
        assert index == 1
        assert ctypes.c_uint32.from_address(frame[0]).value == 99
        assert frame[1] == 2
        assert frame.gcmap() == [0]
        assert frame.buf[2] == 0                # nothing taken into the frame
    else:
        assert index == 0
        assert (frame[0], frame[1]) == (2, 20)
        assert frame.buf[2] == 0                # no exception was pending
    assert rt.exc.value == 0


def test_guard_exception_other_class(rt) -> None:
    ns = dict(NS, move=rt.move_addr)
    rt.raise_at = 2
    loop, addr, index, frame = run(rt, """
    [i0]
    i1 = call_i(ConstClass(move), i0, descr=cd_move)
    p2 = guard_exception(98) [i0]
    finish(p2)
    """, ns, [2])
    assert index == 0
    exc = frame.buf[2]
    assert exc != 0 and ctypes.c_uint32.from_address(exc).value == 99
    assert rt.exc.value == 0


def test_new_array_with_a_type_id(rt) -> None:
    """new_array calls the varsize allocator (which may collect: p0 is on
    the shadow stack across it); items of references get the barrier."""
    from rpy.jit.metainterp.gcdescrs import GC_ARRAY, INT_ARRAY
    ns = dict(NS, gcarray=GC_ARRAY, intarray=INT_ARRAY)
    keep = rt.new(21, 40, flags=8)
    loop, addr, index, frame = run(rt, """
    [p0, i0]
    p1 = new_array(i0, descr=gcarray)
    p2 = new_array(2, descr=intarray)
    setarrayitem_gc(p1, 2, p0, descr=gcarray)
    i1 = arraylen_gc(p1, descr=gcarray)
    setarrayitem_gc(p2, 1, i1, descr=intarray)
    finish(p1, p2, p0)
    """, ns, [keep, 5])
    p1, p2, p0 = frame[0], frame[1], frame[2]
    assert ctypes.c_uint32.from_address(p1).value == 3 and I64.from_address(p1 + 8).value == 5
    assert I64.from_address(p1 + 16 + 16).value == p0 != keep      # p0 moved twice
    assert ctypes.c_uint32.from_address(p2).value == 4
    assert I64.from_address(p2 + 16 + 8).value == 5
    assert rt.ss_top.value == ctypes.addressof(rt.ss)
    assert frame.gcmap() == [0, 1, 2]


@pytest.mark.parametrize('nursery', [False, True])
def test_memory_error_leaves_by_the_propagate_exit(rt, nursery) -> None:
    rt.fail_allocs_after = 2
    loop, addr, index, frame = run(rt, """
    [p0, i0]
    label(p0, i0, descr=L)
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, p0, descr=nextdescr)
    i1 = int_sub(i0, 1)
    i2 = int_gt(i1, 0)
    guard_true(i2) [p1]
    jump(p1, i1, descr=L)
    """, NS, [0, 100], nursery=nursery)
    assert index == loop.propagate_exc_index >= 0
    assert loop.descrs[index].name == 'propagate exception'
    assert ctypes.c_uint32.from_address(frame.buf[2]).value == 77
    assert rt.exc.value == 0
    assert frame.gcmap() is None
    assert rt.ss_top.value == ctypes.addressof(rt.ss)


def test_new_without_type_id_refused(rt) -> None:
    plain = SizeDescr('plain', 16, 0)
    with pytest.raises(BackendError):
        Assembler(rt.config(True)).assemble_loop(parse("""
        []
        p0 = new(descr=plain)
        finish(p0)
        """, {'plain': plain}))


def test_nursery_slow_path_with_references_in_caller_saved_registers(rt) -> None:
    """More references live across an inline allocation than there are
    callee-saved registers: some stay in caller-saved ones (rax among
    them, the allocator's result register too), go to the shadow stack
    for the slow path and come back moved; the result must not be taken
    from a register the reload has overwritten."""
    nodes = [rt.new(21, 40) for _ in range(8)]
    for k, p in enumerate(nodes):
        I64.from_address(p + 8).value = 100 + k
    loop, addr, index, frame = run(rt, """
    [p0, p1, p2, p3, p4, p5, p6, p7, i0]
    label(p0, p1, p2, p3, p4, p5, p6, p7, i0, descr=L)
    p8 = new_with_vtable(descr=node)
    setfield_gc(p8, i0, descr=valuedescr)
    setfield_gc(p8, p0, descr=nextdescr)
    setfield_gc(p8, p7, descr=otherdescr)
    i1 = int_sub(i0, 1)
    i2 = int_gt(i1, 0)
    guard_true(i2) [p8, p1, p2, p3, p4, p5, p6, p7, i1]
    jump(p1, p2, p3, p4, p5, p6, p7, p8, i1, descr=L)
    """, NS, nodes + [12], nursery=True)
    assert index == 0
    assert rt.slow_allocs >= 3
    # (the fake collector moves the roots only, not what fields point to:
    # only the last iteration's stores can be checked)
    p = frame[0]
    assert ctypes.c_uint32.from_address(p).value == 21
    assert I64.from_address(p + 8).value == 1
    assert I64.from_address(p + 24).value == frame[7]
    assert ctypes.c_uint32.from_address(I64.from_address(p + 16).value).value == 21
    for k in range(1, 8):
        q = frame[k]
        assert ctypes.c_uint32.from_address(q).value == 21, k


def test_exits_share_equal_gcmaps(rt) -> None:
    """Exits whose references sit in the same jitframe words share one
    gcmap (the offset in their descriptions, exits.py); each exit writes
    its own into the jitframe."""
    from rpy.jit.backend.x86 import exits
    text = """
    [i0, p0, p1]
    i1 = int_eq(i0, 1)
    guard_false(i1) [i0, p0, p1]
    i2 = int_eq(i0, 2)
    guard_false(i2) [i0, p1, p0]
    i3 = int_eq(i0, 3)
    guard_false(i3) [p0, i0, p1]
    finish(p1)
    """
    loop = Assembler(rt.config()).assemble_loop(parse(text, NS))
    code = loop.mc.get_code()
    maps = []
    for k in range(len(loop.descrs)):
        pos = loop.bridge_slots[k] - exits.DESCR_BRIDGE
        rel = int.from_bytes(bytes(code[pos + exits.DESCR_GCMAP:pos + exits.DESCR_GCMAP + 4]),
                             'little', signed=True)
        maps.append(pos + rel)
    assert maps[0] == maps[1] != maps[2] and len(set(maps)) == 3
    a, b = rt.new(1, 16), rt.new(1, 16)
    for i0, gcmap in [(1, [1, 2]), (2, [1, 2]), (3, [0, 2]), (4, [0])]:
        loop, addr, index, frame = run(rt, text, NS, [i0, a, b])
        assert index == min(i0, 4) - 1 and frame.gcmap() == gcmap
