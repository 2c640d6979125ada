"""The blackhole's access to the program's objects, untranslated: the
interface `BlackholeInterp` (blackhole.py) calls, implemented on Python
objects with the descr objects the encoder numbered
(rpy/jit/codewriter/encode.py, `descr_objects`): fields through
support.py's `py_getfield`, a list's storage is the list, calls call the
descr's Python function (an RPy function, or the twin of a C runtime
wrapper), type ids are the rtyped ClassDefs'.  For the tracer, the trace sees the
encoder's descr objects and the stand-in addresses of support.py's
ADDRESSES (what the llinterp backend runs on).  The translated twin is
bhcpu_translated.py.  Untranslated only.
"""
from __future__ import annotations

from typing import Any

from rpy.jit.metainterp.resoperation import INT, REF, FLOAT
from rpy.jit.codewriter.support import (
    ADDRESSES, py_getfield, py_setfield, zero_of, const_of, const_value)
from rpy.jit.metainterp.blackhole import BHCpu


class UntranslatedCpu(BHCpu):
    def __init__(self, encoder: Any) -> None:
        self.descrs = encoder.descr_objects
        self.ann = encoder.ann
        self.exc: Any = None
        self.calls = 0

    # ------------------------------------------------------------ heap

    def bh_getfield_i(self, obj: Any, d: int) -> int:
        return int(py_getfield(self.descrs[d], obj))

    def bh_getfield_r(self, obj: Any, d: int) -> Any:
        return py_getfield(self.descrs[d], obj)

    def bh_getfield_f(self, obj: Any, d: int) -> float:
        return float(py_getfield(self.descrs[d], obj))

    def bh_setfield_i(self, obj: Any, d: int, v: int) -> None:
        descr = self.descrs[d]
        # bool fields hold Python bools untranslated
        if isinstance(getattr(obj, getattr(descr, 'attrname', ''), None), bool):
            py_setfield(descr, obj, bool(v))
        else:
            py_setfield(descr, obj, v)

    def bh_setfield_r(self, obj: Any, d: int, v: Any) -> None:
        py_setfield(self.descrs[d], obj, v)

    def bh_setfield_f(self, obj: Any, d: int, v: float) -> None:
        py_setfield(self.descrs[d], obj, v)

    def bh_getarrayitem_i(self, arr: Any, i: int, d: int) -> int:
        return int(arr[i])

    def bh_getarrayitem_r(self, arr: Any, i: int, d: int) -> Any:
        return arr[i]

    def bh_getarrayitem_f(self, arr: Any, i: int, d: int) -> float:
        return float(arr[i])

    def bh_setarrayitem_i(self, arr: Any, i: int, d: int, v: int) -> None:
        arr[i] = v

    def bh_setarrayitem_r(self, arr: Any, i: int, d: int, v: Any) -> None:
        arr[i] = v

    def bh_setarrayitem_f(self, arr: Any, i: int, d: int, v: float) -> None:
        arr[i] = v

    def bh_new(self, d: int) -> Any:
        return self.descrs[d].allocate()

    def bh_new_array(self, d: int, length: int) -> Any:
        return [zero_of(self.descrs[d].itemkind)] * length

    def bh_new_list(self, d: int, items: Any, length: int) -> Any:
        # untranslated a list is its own storage
        del items[length:]
        return items

    def typeid(self, obj: Any) -> int:
        cd = self.ann.classdefs.get(type(obj))
        return cd.tid if cd is not None else -1

    def make_exception(self, which: int) -> Any:
        return OverflowError()

    # ------------------------------------------------------------ calls

    def call(self, d: int, args_i: list[int], args_r: list[Any], args_f: list[float]) -> Any:
        descr = self.descrs[d]
        ii = ir = jf = 0
        args: list[Any] = []
        for kind in descr.arg_kinds:
            if kind == INT:
                args.append(args_i[ii])
                ii += 1
            elif kind == REF:
                args.append(args_r[ir])
                ir += 1
            else:
                args.append(args_f[jf])
                jf += 1
        self.calls += 1
        try:
            return descr.func(*args)
        except Exception as e:
            self.exc = e
            return zero_of(descr.result_kind if descr.result_kind in (INT, REF, FLOAT) else REF)

    def bh_call_i(self, d: int, ai: list[int], ar: list[Any], af: list[float]) -> int:
        r = self.call(d, ai, ar, af)
        return int(r) if r is not None else 0

    def bh_call_r(self, d: int, ai: list[int], ar: list[Any], af: list[float]) -> Any:
        return self.call(d, ai, ar, af)

    def bh_call_f(self, d: int, ai: list[int], ar: list[Any], af: list[float]) -> float:
        return float(self.call(d, ai, ar, af))

    def bh_call_v(self, d: int, ai: list[int], ar: list[Any], af: list[float]) -> None:
        self.call(d, ai, ar, af)

    # ------------------------------------------------------------ the tracer's view

    def num_descrs(self) -> int:
        return len(self.descrs)

    def descr_object(self, d: int) -> Any:
        return self.descrs[d]

    def func_const(self, d: int) -> int:
        return ADDRESSES.func_addr(self.descrs[d].func)

    def class_of(self, obj: Any) -> int:
        return ADDRESSES.vtable_of(type(obj))

    def const_ref(self, ref: Any) -> Any:
        return const_of(REF, ref)

    def ref_of_const(self, c: Any) -> Any:
        return const_value(c)
