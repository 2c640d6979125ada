"""The trace IR (resoperation.py, history.py), the printer (logger.py) and
the test parser (rpy/jit/tool/oparser.py)."""
from __future__ import annotations

import pytest

from rpy.jit.metainterp import resoperation as R
from rpy.jit.metainterp.resoperation import rop, INT, REF, FLOAT, VOID, ResumeDescr
from rpy.jit.metainterp.history import ConstInt, ConstFloat, ConstPtr, InputArg, Trace
from rpy.jit.metainterp.logger import trace_to_text
from rpy.jit.metainterp.optimizeopt import parse_enable_opts, optimize_trace, ALL_OPTS_NAMES
from rpy.jit.tool.oparser import parse, ParseError, traces_equal
from jit_opt_testutil import NAMESPACE

SAMPLE = """[i0, p1, f2]
debug_merge_point(0, 0, 'loop \\'x\\' #3')
i3 = int_add(i0, 1)
i4 = int_lt(i3, 100)
guard_true(i4) [i0, p1]
p5 = getfield_gc_r(p1, descr=nextdescr)
f6 = float_mul(f2, 2.5)
i7 = call_i(16384, i3, descr=plaincalldescr)
guard_no_exception() [i3]
setfield_gc(p5, i7, descr=valuedescr)
guard_isnull(NULL) []
label(i3, p5, f6, descr=loop)
jump(i3, p5, f6, descr=loop)
"""


def test_the_table_has_every_operation_once_with_its_kind():
    assert len(set(R.OPNAME)) == R.NUM_OPS
    assert R.OPRESULT[rop.INT_ADD] == INT and R.OPPURE[rop.INT_ADD] and R.OPCOMM[rop.INT_ADD]
    assert R.OPRESULT[rop.GETFIELD_GC_R] == REF and R.OPRESULT[rop.CALL_F] == FLOAT
    assert R.OPRESULT[rop.CALL_N] == VOID and R.OPCALL[rop.CALL_MAY_FORCE_I]
    assert R.OPGUARD[rop.GUARD_NOT_INVALIDATED] and R.OPOVF[rop.INT_MUL_OVF]
    assert R.OPCMP[rop.FLOAT_LT] and R.OPRESULT[rop.FLOAT_LT] == INT
    assert R.OPMALLOC[rop.NEW_WITH_VTABLE] and R.OPMALLOC[rop.NEWSTR]
    for name in ['uint_lt', 'int_is_zero', 'cast_float_to_int', 'instance_ptr_eq',
                 'guard_nonnull_class', 'guard_exception', 'getfield_gc_pure_f',
                 'getarrayitem_gc_f', 'arraylen_gc', 'copystrcontent', 'unicodesetitem',
                 'call_pure_n', 'call_assembler_r', 'call_loopinvariant_i', 'same_as_f',
                 'finish', 'debug_merge_point']:
        assert R.opnum_of(name) >= 0, name


def test_print_then_parse_gives_the_same_trace():
    trace = parse(SAMPLE, NAMESPACE)
    text = trace_to_text(trace)
    assert text == SAMPLE
    again = parse(text, NAMESPACE)
    assert traces_equal(again, trace) is None


def test_comparison_is_modulo_renaming_and_sees_differences():
    a = parse("[i0]\ni1 = int_add(i0, 1)\nfinish(i1)", NAMESPACE)
    b = parse("[i7]\ni9 = int_add(i7, 1)\nfinish(i9)", NAMESPACE)
    c = parse("[i7]\ni9 = int_add(i7, 2)\nfinish(i9)", NAMESPACE)
    d = parse("[i7]\ni9 = int_add(i7, 1)\nfinish(i7)", NAMESPACE)
    assert traces_equal(a, b) is None
    assert 'int_add' in traces_equal(a, c)
    assert traces_equal(a, d) is not None


def test_guards_get_resume_descrs_and_fail_args():
    trace = parse("[i0]\nguard_true(i0) [i0, 5]\nguard_false(i0)\nfinish()", NAMESPACE)
    g1, g2 = trace.operations[0], trace.operations[1]
    assert isinstance(g1.descr, ResumeDescr) and g1.descr is not g2.descr
    assert g1.fail_args[0] is trace.inputargs[0] and g1.fail_args[1].getint() == 5
    assert g2.fail_args == []


def test_constants_and_descrs_from_the_namespace():
    trace = parse("""
    [p0]
    guard_class(p0, ConstClass(node)) []
    guard_value(p0, ConstPtr(constnode)) []
    i1 = call_pure_i(ConstClass(func), 3, descr=elidablecalldescr, result=9)
    f2 = float_add(1.5, -0.0)
    jump(p0)
    """, NAMESPACE)
    ops = trace.operations
    assert ops[0].args[1].getint() == NAMESPACE['node'].vtable
    assert ops[1].args[1] is NAMESPACE['constnode']
    assert ops[2].traced_result.getint() == 9 and ops[2].descr is NAMESPACE['elidablecalldescr']
    assert isinstance(ops[3].args[1], ConstFloat)


@pytest.mark.parametrize("text", [
    "i0 = int_add(1, 2)",                      # no inputargs line
    "[i0]\ni1 = int_frobnicate(i0)",           # unknown operation
    "[i0]\ni1 = int_add(i0)",                  # wrong arity
    "[i0]\np1 = int_add(i0, 1)",               # wrong kind of name
    "[i0]\ni1 = int_add(i0, i5)",              # undefined value
    "[i0]\nint_add(i0, 1)",                    # result not named
    "[p0]\ni1 = getfield_gc_i(p0, descr=nosuchdescr)",
])
def test_parse_errors(text):
    with pytest.raises(ParseError):
        parse(text, NAMESPACE)


def test_enable_opts_names_as_pypy():
    assert parse_enable_opts(ALL_OPTS_NAMES).names == [
        'intbounds', 'rewrite', 'virtualize', 'string', 'earlyforce', 'pure', 'heap', 'unroll']
    assert parse_enable_opts('all').has('unroll')
    assert parse_enable_opts('').names == []
    with pytest.raises(ValueError):
        parse_enable_opts('intbounds:turbo')


def test_optimizing_twice_gives_the_same_and_leaves_the_input_alone():
    from test_opt_unroll import BOXED_LOOP
    trace = parse(BOXED_LOOP, NAMESPACE)
    before = trace_to_text(trace)
    first = optimize_trace(trace, 'all')
    second = optimize_trace(trace, 'all')
    assert trace_to_text(trace) == before
    assert traces_equal(first, second) is None
    for a in trace.inputargs:
        assert a.forwarded is None
    for op in trace.operations:
        assert op.forwarded is None


def test_trace_built_with_constructors():
    i0 = InputArg(INT)
    op = R.ResOperation(rop.INT_ADD, [i0, ConstInt(1)], None)
    fin = R.ResOperation(rop.FINISH, [op], None)
    assert trace_to_text(Trace([i0], [op, fin])) == "[i0]\ni1 = int_add(i0, 1)\nfinish(i1)\n"
    assert ConstPtr(0, 0).repr_constant() == 'NULL'
    assert not ConstFloat(0.0).same_constant(ConstFloat(-0.0))
    assert ConstFloat(float('nan')).same_constant(ConstFloat(float('nan')))


def test_trace_ir_and_optimizer_type_check_with_mypy():
    import subprocess
    import sys
    from pathlib import Path
    pytest.importorskip("mypy")
    repo = Path(__file__).resolve().parent.parent.parent.parent
    r = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary",
                        # the codewriter imports the toolchain, whose own
                        # typing is not this test's subject
                        "--follow-imports=silent",
                        "rpy/jit/metainterp", "rpy/jit/tool", "rpy/jit/codewriter",
                        "tests/rpy/jit/programs/optimizer_target.py"],
                       cwd=repo, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_constptr_of_gcref():
    """A ConstPtr holding a GCRef (the translated metainterp's constants)
    compares by identity of the object, never by a stand-in value."""
    from rpy.jit.metainterp.history import const_ptr_of_gcref
    from rpy.jit.metainterp.executor import execute_pure
    from rpy.jit.metainterp.resoperation import rop

    class Obj:
        pass
    a, b = Obj(), Obj()
    ca, ca2, cb = const_ptr_of_gcref(a, 7), const_ptr_of_gcref(a, 7), const_ptr_of_gcref(b, 7)
    assert ca.same_constant(ca2) and not ca.same_constant(cb)
    assert not ca.is_null() and ca.getref() == id(a) and ca.value == 0
    assert not ca.same_constant(ConstPtr(0, 0)) and ConstPtr(0, 0).is_null()
    assert ca.repr_constant() == 'ConstPtr(%d)' % id(a)
    assert execute_pure(rop.PTR_EQ, [ca, ca2]).getint() == 1
    assert execute_pure(rop.PTR_NE, [ca, cb]).getint() == 1
