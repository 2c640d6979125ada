"""GC objects in machine code, translated with --opt=jit
(tests/rpy/jit/test_jit_run_translated.py): loops assembled at run time
with the GC-aware backend (codebuf.gc_backend_config) read and write
fields of RPy instances through descriptors bound to the C layout
(rpy.rlib.rgcref FieldLayout/SizeLayout), call RPy functions through the
generated table rpy_jit_functions[] (rpy.rlib.rjitmem.FuncAddress) that
allocate and collect, store young references into old objects (the write
barrier), allocate with new_with_vtable, and catch an RPy exception with
guard_no_exception.  Every result is checked against the same work done
by plain RPy code; the program prints ok/FAIL lines.  Run it with a tiny
nursery and OURO_GC_VERIFY=1: a reference the machine code failed to keep
on the shadow stack, a missing barrier or a wrong gcmap crashes it.

Untranslated the machine code cannot see Python objects: it prints that
and stops (the traces are checked by test_x86_backend.py there)."""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    SizeDescr, FieldDescr, CallDescr, EffectInfo, ResumeDescr, AbstractValue, INT, REF,
    EF_CAN_RAISE, OPCALL, rop)
from rpy.jit.metainterp.history import Trace, InputArg, ConstInt, ConstPtr, const_ptr_of_gcref
from rpy.jit.backend.x86.assembler import Assembler, CompiledLoop
from rpy.jit.metainterp.gcdescrs import GC_ARRAY, INT_ARRAY, RPY_ARRAY_ITEMS_OFS, RPY_ARRAY_LENGTH_OFS
from rpy.jit.backend.x86.codebuf import ExecutableMemory, gc_backend_config
from rpy.jit.backend.x86.runner import X86CPU
from rpy.jit.tool.oparser import parse
from rpy.rlib import rgc, rjitmem
from rpy.rlib.objectmodel import we_are_translated
from rpy.rlib.rgcref import (GCRef, FieldLayout, SizeLayout, cast_instance_to_gcref,
                             cast_gcref_to_instance, gcref_typeid, read_int_at, read_ref_at)


class Node:
    value: int
    extra: int
    next: Node | None
    side: Node | None

    def __init__(self, value: int) -> None:
        self.value = value
        self.extra = 0
        self.next = None
        self.side = None


class Holder:
    head: Node | None
    count: int

    def __init__(self) -> None:
        self.head = None
        self.count = 0


class JitTestError(Exception):
    code: int

    def __init__(self, code: int) -> None:
        self.code = code


GARBAGE: list[int] = [0]


def make_node(i: int) -> Node:
    """Called from machine code: allocates, enough to run minor
    collections every few calls with a small nursery."""
    n = Node(i)
    junk: list[Node] = []
    for k in range(20):
        junk.append(Node(k))
    GARBAGE[0] += len(junk)
    return n


def check(i: int) -> int:
    """Called from machine code: raises at 37."""
    if i == 37:
        raise JitTestError(i * 3)
    return i * 2


def collect_now(i: int) -> int:
    """Called from machine code: a full collection."""
    rgc.collect()
    return i


MAKE_NODE = rjitmem.FuncAddress(make_node)
COLLECT = rjitmem.FuncAddress(collect_now)
CHECK = rjitmem.FuncAddress(check)
NODE_VALUE = FieldLayout(Node, 'value')
NODE_EXTRA = FieldLayout(Node, 'extra')
NODE_NEXT = FieldLayout(Node, 'next')
NODE_SIDE = FieldLayout(Node, 'side')
HOLDER_HEAD = FieldLayout(Holder, 'head')
HOLDER_COUNT = FieldLayout(Holder, 'count')
NODE_SIZE = SizeLayout(Node)
HOLDER_SIZE = SizeLayout(Holder)
ERROR_CODE = FieldLayout(JitTestError, 'code')
ERROR_SIZE = SizeLayout(JitTestError)

# the descriptors of the traces: placeholders, given the bound values of
# the layouts above at run time (bind_descrs)
node = SizeDescr('node', 8, 1)
holder = SizeDescr('holder', 8, 2)
valuedescr = FieldDescr('valuedescr', node, INT, 8, 8, False)
extradescr = FieldDescr('extradescr', node, INT, 8, 8, False)
nextdescr = FieldDescr('nextdescr', node, REF, 8, 8, False)
sidedescr = FieldDescr('sidedescr', node, REF, 8, 8, False)
headdescr = FieldDescr('headdescr', holder, REF, 8, 8, False)
countdescr = FieldDescr('countdescr', holder, INT, 8, 8, False)
cd_make = CallDescr('cd_make', [INT], REF, EffectInfo(EF_CAN_RAISE, [], [], [], []))
cd_check = CallDescr('cd_check', [INT], INT, EffectInfo(EF_CAN_RAISE, [], [], [], []))
NS = {'node': node, 'holder': holder, 'valuedescr': valuedescr, 'extradescr': extradescr,
      'nextdescr': nextdescr, 'sidedescr': sidedescr, 'headdescr': headdescr,
      'countdescr': countdescr, 'cd_make': cd_make, 'cd_check': cd_check,
      'make': 1, 'check': 2, 'collect': 3, 'gcarray': GC_ARRAY, 'intarray': INT_ARRAY}

# p0: a holder (old), p1: the current head, i0: counter.  Each iteration
# calls make_node (which collects now and then) with p0 and p1 live across
# the call, links the new node to p1 (a store into a young object), gives
# it a side node allocated by machine code, and makes it the holder's head
# (a young reference stored into an old object: the write barrier).
BUILD = parse("""
[p0, p1, i0]
label(p0, p1, i0, descr=L)
p2 = call_r(ConstClass(make), i0, descr=cd_make)
guard_no_exception() [p0, p1, i0]
guard_class(p2, ConstClass(node)) [p0, p1, i0]
setfield_gc(p2, p1, descr=nextdescr)
i1 = getfield_gc_i(p1, descr=valuedescr)
i2 = int_add(i1, 1000)
setfield_gc(p2, i2, descr=extradescr)
p3 = new_with_vtable(descr=node)
setfield_gc(p3, i0, descr=valuedescr)
setfield_gc(p2, p3, descr=sidedescr)
setfield_gc(p0, p2, descr=headdescr)
i3 = getfield_gc_i(p0, descr=countdescr)
i4 = int_add(i3, 1)
setfield_gc(p0, i4, descr=countdescr)
i5 = int_sub(i0, 1)
i6 = int_gt(i5, 0)
guard_true(i6) [p0, p2, i5]
jump(p0, p2, i5, descr=L)
""", NS)

# calls check(i) until it raises: guard_no_exception takes the exception
SUM_CHECKED = parse("""
[i0, i1]
label(i0, i1, descr=L)
i2 = call_i(ConstClass(check), i0, descr=cd_check)
guard_no_exception() [i0, i1]
i3 = int_add(i1, i2)
i4 = int_add(i0, 1)
jump(i4, i3, descr=L)
""", NS)

# guard_exception: the exception of class JitTestError is the result
CATCH = parse("""
[i0]
i1 = call_i(ConstClass(check), i0, descr=cd_check)
p2 = guard_exception(12345) [i0, i1]
finish(p2, i0)
""", NS)

# arrays of the runtime (rpy_array): new_array through the GC's varsize
# allocator; after a full collection (a residual call) the array is old,
# and storing a young reference into it needs the write barrier
ARRAYS = parse("""
[p0, i0]
p1 = new_array(i0, descr=gcarray)
setarrayitem_gc(p1, 0, p0, descr=gcarray)
i5 = call_i(ConstClass(collect), i0, descr=cd_check)
p2 = new_with_vtable(descr=node)
setfield_gc(p2, i0, descr=valuedescr)
setarrayitem_gc(p1, 1, p2, descr=gcarray)
i1 = arraylen_gc(p1, descr=gcarray)
p3 = new_array(3, descr=intarray)
setarrayitem_gc(p3, 2, i1, descr=intarray)
finish(p1, p3, i1)
""", NS)

# only inline nursery allocation: its slow path collects (many times with
# a small nursery) with p0 live across it
ALLOC = parse("""
[p0, i0]
label(p0, i0, descr=L)
p1 = new_with_vtable(descr=node)
setfield_gc(p1, p0, descr=nextdescr)
setfield_gc(p1, i0, descr=valuedescr)
i1 = int_sub(i0, 1)
i2 = int_gt(i1, 0)
guard_true(i2) [p1, i1]
jump(p1, i1, descr=L)
""", NS)

# a bridge on ALLOC's exit: goes on allocating down to -50, re-entering
# the loop each time (which allocates once and exits again): references
# cross the jumps between the two code blocks, and collections happen in
# both
ALLOC_BRIDGE = parse("""
[p0, i0]
p1 = new_with_vtable(descr=node)
setfield_gc(p1, p0, descr=nextdescr)
setfield_gc(p1, i0, descr=valuedescr)
i1 = int_sub(i0, 1)
i2 = int_gt(i1, -50)
guard_true(i2) [p1, i1]
jump(p1, i1)
""", NS)

# ConstPtr(1) and ConstPtr(2) become two young objects (patch_refs): the
# backend makes them old before writing their addresses into the code,
# and keeps them alive with the loop
CONSTS = parse("""
[i0]
label(i0, descr=L)
i1 = getfield_gc_i(ConstPtr(1), descr=valuedescr)
i2 = int_add(i1, i0)
setfield_gc(ConstPtr(1), i2, descr=valuedescr)
setfield_gc(ConstPtr(2), ConstPtr(1), descr=nextdescr)
i3 = int_sub(i0, 1)
i4 = int_gt(i3, 0)
guard_true(i4) [i3, ConstPtr(1), ConstPtr(2)]
jump(i3, descr=L)
""", NS)


def bind_descrs() -> None:
    node.size = NODE_SIZE.size
    node.vtable = NODE_SIZE.tid
    holder.size = HOLDER_SIZE.size
    holder.vtable = HOLDER_SIZE.tid
    valuedescr.offset = NODE_VALUE.offset
    extradescr.offset = NODE_EXTRA.offset
    nextdescr.offset = NODE_NEXT.offset
    sidedescr.offset = NODE_SIDE.offset
    headdescr.offset = HOLDER_HEAD.offset
    countdescr.offset = HOLDER_COUNT.offset


def patch_consts(trace: Trace) -> None:
    """The placeholder constants become C function addresses and type ids."""
    for op in trace.operations:
        if op.opnum == rop.GUARD_CLASS:
            op.args[1] = ConstInt(NODE_SIZE.tid)
        if op.opnum == rop.GUARD_EXCEPTION:
            op.args[0] = ConstInt(ERROR_SIZE.tid)
        if OPCALL[op.opnum]:
            func = op.args[0]
            assert isinstance(func, ConstInt)
            if func.value == 1:
                op.args[0] = ConstInt(rjitmem.function_address(MAKE_NODE.index))
            elif func.value == 2:
                op.args[0] = ConstInt(rjitmem.function_address(CHECK.index))
            elif func.value == 3:
                op.args[0] = ConstInt(rjitmem.function_address(COLLECT.index))


def patch_refs(trace: Trace, one: GCRef, two: GCRef) -> None:
    for op in trace.operations:
        replace_refs(op.args, one, two)
        fa = op.fail_args
        if fa is not None:
            replace_refs(fa, one, two)


def replace_refs(values: list[AbstractValue], one: GCRef, two: GCRef) -> None:
    for k in range(len(values)):
        v = values[k]
        if isinstance(v, ConstPtr) and v.ref is None and v.value == 1:
            values[k] = const_ptr_of_gcref(one, NODE_SIZE.tid)
        elif isinstance(v, ConstPtr) and v.ref is None and v.value == 2:
            values[k] = const_ptr_of_gcref(two, NODE_SIZE.tid)


def new_constants() -> None:
    """The two objects exist only as constants of the trace from here on."""
    patch_refs(CONSTS, cast_instance_to_gcref(Node(5)), cast_instance_to_gcref(Node(6)))


def say(what: str, ok: bool) -> None:
    print('%s %s' % ('ok  ' if ok else 'FAIL', what))


def churn(n: int) -> int:
    t = 0
    for i in range(n):
        t += Node(i).value
    return t


def enter(mem: ExecutableMemory, addr: int, loop: CompiledLoop, frame: GCRef) -> int:
    if loop.entry_gcmap_pos >= 0:
        rjitmem.frame_set_gcmap(frame, addr + loop.entry_gcmap_pos)
    return mem.call_frame(addr, frame)


def run_build(mem: ExecutableMemory, n: int) -> None:
    loop = Assembler(gc_backend_config()).assemble_loop(BUILD)
    addr, size = mem.install(loop.mc)
    frame = rjitmem.frame_new(loop.frame_words)
    h = Holder()
    rgc.collect()                       # h is old now: stores into it need the barrier
    first = Node(-1)
    rjitmem.frame_set_ref(frame, 0, cast_instance_to_gcref(h))
    rjitmem.frame_set_ref(frame, 1, cast_instance_to_gcref(first))
    rjitmem.frame_set_int(frame, 2, n)
    index = enter(mem, addr, loop, frame)
    say('build: exits at the loop guard (%d)' % index, index == 2)
    # allocate before reading the exit's references: the frame's gcmap
    # keeps them alive and updated
    churn(50000)
    head = rjitmem.frame_get_ref(frame, 1)
    say('build: counter at exit', rjitmem.frame_get_int(frame, 2) == 0)
    say('build: holder count', h.count == n)
    hh = h.head
    say('build: head in the holder is the exit value',
        head is not None and hh is not None and cast_instance_to_gcref(hh) is head)
    # walk the list built by machine code
    ok = True
    count = 0
    nd = h.head
    expect = 1
    while nd is not None and nd.value != -1:
        if nd.value != expect:
            ok = False
        nxt = nd.next
        if nxt is None or nd.extra != nxt.value + 1000:
            ok = False
        side = nd.side
        if side is None or side.value != nd.value or side.extra != 0 or side.next is not None:
            ok = False
        count += 1
        expect += 1
        nd = nxt
    say('build: %d nodes linked, fields written by machine code' % count, ok and count == n)
    hn = cast_gcref_to_instance(Node, head)
    say('build: cast_gcref_to_instance', hn is not None and hn.value == 1 and hn is h.head)
    # the same through rgcref reads
    hd = read_ref_at(cast_instance_to_gcref(h), HOLDER_HEAD.offset)
    say('build: rgcref read of the head',
        hd is not None and read_int_at(hd, NODE_VALUE.offset) == 1 and
        gcref_typeid(hd) == NODE_SIZE.tid)
    say('build: make_node ran', GARBAGE[0] == 20 * n)
    rjitmem.frame_reset(frame)
    mem.free(addr)


def run_exception(mem: ExecutableMemory) -> None:
    loop = Assembler(gc_backend_config()).assemble_loop(SUM_CHECKED)
    addr, size = mem.install(loop.mc)
    frame = rjitmem.frame_new(loop.frame_words)
    rjitmem.frame_set_int(frame, 0, 0)
    rjitmem.frame_set_int(frame, 1, 0)
    index = enter(mem, addr, loop, frame)
    say('exception: guard_no_exception exit', index == 0)
    churn(20000)
    i = rjitmem.frame_get_int(frame, 0)
    total = rjitmem.frame_get_int(frame, 1)
    say('exception: values at the guard', i == 37 and total == 37 * 36)
    exc = rjitmem.frame_take_exc(frame)
    say('exception: the frame holds it',
        exc is not None and gcref_typeid(exc) == ERROR_SIZE.tid and
        read_int_at(exc, ERROR_CODE.offset) == 111)
    say('exception: taken once', rjitmem.frame_take_exc(frame) is None)
    # back to an RPy exception, raised and caught like any other
    try:
        raise cast_gcref_to_instance(JitTestError, exc)
    except JitTestError as e:
        say('exception: cast back and raised', e.code == 111)
    # the runtime's pending exception was cleared: this call must not
    # look like it raised
    try:
        v = check(5)
        say('exception: no pending exception after the exit', v == 10)
    except JitTestError:
        say('exception: no pending exception after the exit', False)
    rjitmem.frame_reset(frame)
    mem.free(addr)
    # guard_exception
    loop = Assembler(gc_backend_config()).assemble_loop(CATCH)
    addr, size = mem.install(loop.mc)
    frame = rjitmem.frame_new(loop.frame_words)
    rjitmem.frame_set_int(frame, 0, 37)
    index = enter(mem, addr, loop, frame)
    churn(20000)
    caught = rjitmem.frame_get_ref(frame, 0)
    say('guard_exception: the exception is the result', index == 1 and caught is not None and
        cast_gcref_to_instance(JitTestError, caught).code == 111)
    rjitmem.frame_set_int(frame, 0, 5)
    index = enter(mem, addr, loop, frame)
    say('guard_exception: fails without an exception',
        index == 0 and rjitmem.frame_get_int(frame, 1) == 10 and
        rjitmem.frame_take_exc(frame) is None)
    rjitmem.frame_reset(frame)
    mem.free(addr)


def run_alloc(mem: ExecutableMemory, n: int) -> None:
    loop = Assembler(gc_backend_config()).assemble_loop(ALLOC)
    addr, size = mem.install(loop.mc)
    frame = rjitmem.frame_new(loop.frame_words)
    minors = rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS)
    rjitmem.frame_set_ref(frame, 0, cast_instance_to_gcref(Node(-7)))
    rjitmem.frame_set_int(frame, 1, n)
    index = enter(mem, addr, loop, frame)
    head = rjitmem.frame_get_ref(frame, 0)
    ok = index == 0 and head is not None
    expect = 1
    p = head
    while p is not None and ok:
        if gcref_typeid(p) != NODE_SIZE.tid:
            ok = False
        v = read_int_at(p, NODE_VALUE.offset)
        if expect <= n:
            ok = ok and v == expect
        else:
            ok = ok and v == -7
        expect += 1
        p = read_ref_at(p, NODE_NEXT.offset)
    say('alloc: %d nodes allocated inline, linked' % n, ok and expect == n + 2)
    say('alloc: collections from the slow path',
        rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS) > minors)
    rjitmem.frame_reset(frame)
    mem.free(addr)


def run_arrays(mem: ExecutableMemory, n: int) -> None:
    loop = Assembler(gc_backend_config()).assemble_loop(ARRAYS)
    addr, size = mem.install(loop.mc)
    frame = rjitmem.frame_new(loop.frame_words)
    rjitmem.frame_set_ref(frame, 0, cast_instance_to_gcref(Node(-3)))
    rjitmem.frame_set_int(frame, 1, n)
    index = enter(mem, addr, loop, frame)
    churn(30000)
    arr = rjitmem.frame_get_ref(frame, 0)
    ints = rjitmem.frame_get_ref(frame, 1)
    ok = index == 0 and arr is not None and ints is not None
    if arr is not None and ints is not None:
        ok = ok and read_int_at(arr, RPY_ARRAY_LENGTH_OFS) == n
        ok = ok and read_int_at(ints, RPY_ARRAY_LENGTH_OFS) == 3
        ok = ok and read_int_at(ints, RPY_ARRAY_ITEMS_OFS + 16) == n
        first = read_ref_at(arr, RPY_ARRAY_ITEMS_OFS)
        second = read_ref_at(arr, RPY_ARRAY_ITEMS_OFS + 8)
        ok = ok and first is not None and cast_gcref_to_instance(Node, first).value == -3
        ok = ok and second is not None and cast_gcref_to_instance(Node, second).value == n
        ok = ok and read_ref_at(arr, RPY_ARRAY_ITEMS_OFS + 8 * (n - 1)) is None
    say('arrays: new_array of %d references' % n, ok)
    rjitmem.frame_reset(frame)
    mem.free(addr)


def run_cpu() -> None:
    """The CPU interface (runner.py) with references and exceptions."""
    cpu = X86CPU(gc_backend_config())
    token = cpu.compile_loop(ALLOC)
    index = cpu.execute_token(token, [50], [cast_instance_to_gcref(Node(-9))], [])
    churn(20000)
    head = cpu.get_ref_value(token, 0)
    count = 0
    while head is not None:
        count += 1
        head = read_ref_at(head, NODE_NEXT.offset)
    cpu.release(token)
    say('cpu: references in and out', index == 0 and count == 51 and
        cpu.get_value_kinds(token, index)[0] == REF)
    tok2 = cpu.compile_loop(SUM_CHECKED)
    index = cpu.execute_token(tok2, [30, 0], [], [])
    exc = cpu.grab_exc_value(tok2)
    say('cpu: the exception of the exit', index == 0 and cpu.get_int_value(tok2, 0) == 37 and
        exc is not None and cast_gcref_to_instance(JitTestError, exc).code == 111 and
        not cpu.is_propagate_exit(tok2, index))
    cpu.compile_bridge(token, 0, ALLOC_BRIDGE)
    index = cpu.execute_token(token, [50], [cast_instance_to_gcref(Node(-9))], [])
    churn(20000)
    head = cpu.get_ref_value(token, 0)
    count = 0
    values_ok = True
    expected = -50
    while head is not None:
        count += 1
        if count <= 101:
            values_ok = values_ok and read_int_at(head, NODE_VALUE.offset) == expected
            expected += 1
        head = read_ref_at(head, NODE_NEXT.offset)
    cpu.release(token)
    # the loop takes the odd counts, the bridge the even ones: 101 nodes
    # (50 down to -50) after the first, the bridge's guard fails at -51
    say('cpu: a bridge, back and forth with the loop', index == 2 and count == 102 and
        values_ok and cpu.get_int_value(token, 1) == -51 and cpu.loops_alive() == 3)
    cpu.free_loop(token)
    cpu.free_loop(tok2)
    say('cpu: loops freed', cpu.loops_alive() == 0)


def run_constants(mem: ExecutableMemory) -> None:
    new_constants()
    minors = rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS)
    loop = Assembler(gc_backend_config()).assemble_loop(CONSTS)
    say('constants: a minor collection made them old',
        rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS) > minors)
    say('constants: kept alive by the loop', len(loop.gc_constants) == 6)
    addr, size = mem.install(loop.mc)
    frame = rjitmem.frame_new(loop.frame_words)
    total = 5
    for n in [10, 3, 7]:
        # collections between runs: the constants must stay where the
        # code says (old objects do not move) and alive
        rgc.collect()
        churn(30000)
        rjitmem.frame_set_int(frame, 0, n)
        index = enter(mem, addr, loop, frame)
        total += n * (n + 1) // 2
        one = rjitmem.frame_get_ref(frame, 1)
        two = rjitmem.frame_get_ref(frame, 2)
        ok = index == 0 and rjitmem.frame_get_int(frame, 0) == 0 and one is not None and \
            two is not None and read_int_at(one, NODE_VALUE.offset) == total and \
            read_ref_at(two, NODE_NEXT.offset) is one and \
            read_int_at(two, NODE_VALUE.offset) == 6
        say('constants: run with %d' % n, ok)
    rjitmem.frame_reset(frame)
    mem.free(addr)


def entry_point(argv: list[str]) -> int:
    # run-time instances of the classes whose only other instances are
    # prebuilt (they would get type id 0: toolchain bug, x86_backend_prog.py)
    extra = InputArg(INT)
    rd = ResumeDescr('unused', len(argv))
    if extra.type != INT or rd.position < 0:
        print('unexpected')
    # the residual functions are RPy functions the program calls itself too
    try:
        check(37)
    except JitTestError as e:
        say('check raises', e.code == 111)
    say('make_node', make_node(3).value == 3 and collect_now(4) == 4)
    GARBAGE[0] = 0
    if not we_are_translated():
        print('untranslated: machine code sees no GC objects; nothing else to do')
        return 0
    if not (MAKE_NODE.bound and NODE_VALUE.bound):
        print('not bound: translate with --opt=jit')
        return 1
    bind_descrs()
    patch_consts(BUILD)
    patch_consts(SUM_CHECKED)
    patch_consts(CATCH)
    patch_consts(ARRAYS)
    n = 300
    if len(argv) > 1 and argv[1] == 'oom':
        # with OURO_GC_MAX: the loop allocates until MemoryError, which
        # leaves it by the propagate-exception exit
        bind_descrs()
        mem = ExecutableMemory()
        loop = Assembler(gc_backend_config()).assemble_loop(ALLOC)
        addr, size = mem.install(loop.mc)
        frame = rjitmem.frame_new(loop.frame_words)
        rjitmem.frame_set_ref(frame, 0, cast_instance_to_gcref(Node(-1)))
        rjitmem.frame_set_int(frame, 1, 1 << 40)
        index = enter(mem, addr, loop, frame)
        exc = rjitmem.frame_take_exc(frame)
        rjitmem.frame_reset(frame)
        try:
            raise cast_gcref_to_instance(MemoryError, exc)
        except MemoryError:
            say('MemoryError from machine code', index == loop.propagate_exc_index)
        return 0
    if len(argv) > 1 and argv[1] == 'badcast':
        # a Node is not a Holder: the checked cast stops the program
        print(cast_gcref_to_instance(Holder, cast_instance_to_gcref(Node(1))).count)
        return 0
    if len(argv) > 1:
        n = int(argv[1])
    mem = ExecutableMemory()
    run_build(mem, n)
    run_exception(mem)
    run_constants(mem)
    run_alloc(mem, 200000)
    run_arrays(mem, 5)
    run_cpu()
    run_arrays(mem, 100000)      # a large array: allocated old, stores need the barrier
    print('minor collections happened:', rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS) > 3)
    return 0
