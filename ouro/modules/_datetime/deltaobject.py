"""datetime.timedelta: the constructor's exact normalisation (ints exactly,
floats with CPython's leftover-microsecond rounding), arithmetic with ints,
floats and other timedeltas, str/repr, comparisons, hashing, pickling."""
from __future__ import annotations

import math

from rpy.rlib.rbigint import rbigint
from ouro.modules._datetime.objects import req as _arg
from ouro.modules._datetime.objects import (W_Timedelta, new_delta, parse_args,
                                            w_timedelta_type, cls_arg)
from ouro.objspace import space
from ouro.objspace.space import wrap_bool
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (operr, w_OverflowError, w_TypeError, w_ValueError,
                                      w_ZeroDivisionError)
from ouro.objspace.floatobject import W_FloatObject, fceil, ffloor, wrap_float
from ouro.objspace.gateway import register, register_comparisons, register_raw
from ouro.objspace.intobject import (W_IntObject, bigint_of_w, is_int, wrap_big, wrap_int)
from ouro.objspace.model import (Arguments, W_Root, tp_name, type_name, w_NotImplemented,
                                 w_None)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

US_PER_SECOND = 1000000
US_PER_DAY = 86400 * US_PER_SECOND
BIG_MILLION = rbigint.from_int(US_PER_SECOND)
BIG_DAY_SECONDS = rbigint.from_int(86400)
SMALL_ARG = 1 << 32        # arguments below this take the machine-int path


def delta_w(w: W_Root | None) -> W_Timedelta:
    if isinstance(w, W_Timedelta):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'datetime.timedelta' object but "
                "received a '%s'" % type_name(w))


def to_us(d: W_Timedelta) -> rbigint:
    """The timedelta in microseconds (beyond a word for large ones)."""
    b = rbigint.from_int(d.days).int_mul(86400).int_add(d.seconds)
    return b.int_mul(US_PER_SECOND).int_add(d.us)


def from_us(x: rbigint) -> W_Timedelta:
    q, us = x.divmod(BIG_MILLION)
    days, secs = q.divmod(BIG_DAY_SECONDS)
    if not days.fits_int() or not -2147483648 <= days.toint() <= 2147483647:
        raise operr(w_OverflowError, "Python int too large to convert to C int")
    return new_delta(days.toint(), secs.toint(), us.toint())


def c_round(v: float) -> float:
    """C's round(): halves away from zero."""
    a = math.fabs(v)
    f = ffloor(a)
    if a - f >= 0.5:
        f += 1.0
    return -f if v < 0.0 else f


def big_of_float(x: float) -> rbigint:
    try:
        return rbigint.from_float(x)
    except OverflowError as e:
        raise operr(w_OverflowError, str(e))
    except ValueError as e:
        raise operr(w_ValueError, str(e))


class Accum:
    """timedelta()'s sum of its arguments in microseconds, exactly for ints
    and the integral parts of floats; the fractional microseconds of floats
    are summed as a float and rounded once at the end."""
    total: rbigint
    leftover: float

    def __init__(self) -> None:
        self.total = rbigint.from_int(0)
        self.leftover = 0.0

    def add(self, name: str, w_num: W_Root, factor: int) -> None:
        if is_int(w_num):
            self.total = self.total.add(bigint_of_w(w_num).int_mul(factor))
            return
        if isinstance(w_num, W_FloatObject):
            d = w_num.floatval
            if math.isnan(d) or math.isinf(d):
                big_of_float(d)          # raises as int(d) would
            ipart = ffloor(d) if d >= 0.0 else fceil(d)
            fpart = d - ipart
            self.total = self.total.add(big_of_float(ipart).int_mul(factor))
            if fpart == 0.0:
                return
            scaled = fpart * float(factor)
            ipart = ffloor(scaled) if scaled >= 0.0 else fceil(scaled)
            self.total = self.total.add(big_of_float(ipart))
            self.leftover += scaled - ipart
            return
        raise operr(w_TypeError, "unsupported type for timedelta %s component: %s"
                    % (name, type_name(w_num)))

    def result(self) -> rbigint:
        x = self.total
        if self.leftover != 0.0:
            whole = c_round(self.leftover)
            if math.fabs(whole - self.leftover) == 0.5:
                odd = 1.0 if x.int_mod(2).toint() == 1 else 0.0
                whole = 2.0 * c_round((self.leftover + odd) * 0.5) - odd
            x = x.add(big_of_float(whole))
        return x


DELTA_PARAMS = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
# the order in which CPython sums the arguments (it matters for the float
# leftovers), with each one's factor in microseconds
ACCUM_ORDER = [2, 3, 1, 4, 5, 0, 6]
FACTORS = [US_PER_DAY, US_PER_SECOND, 1, 1000, 60 * US_PER_SECOND, 3600 * US_PER_SECOND,
           7 * US_PER_DAY]


def delta_new(args: Arguments) -> W_Root:
    w_cls = cls_arg(args, w_timedelta_type)
    slots = parse_args(args, "__new__()", DELTA_PARAMS, 0, 1)
    small = True
    for w in slots:
        if w is not None and not (isinstance(w, W_IntObject) and -SMALL_ARG < w.intval < SMALL_ARG):
            small = False
    if small:
        v = [0] * 7
        i = 0
        while i < 7:
            w = slots[i]
            if isinstance(w, W_IntObject):
                v[i] = w.intval
            i += 1
        d = new_delta(v[0] + 7 * v[6], v[1] + 60 * v[4] + 3600 * v[5], v[2] + 1000 * v[3])
    else:
        acc = Accum()
        for i in ACCUM_ORDER:
            w = slots[i]
            if w is not None:
                acc.add(DELTA_PARAMS[i], w, FACTORS[i])
        d = from_us(acc.result())
    if w_cls is not w_timedelta_type:
        d.w_type = w_cls
    return d


def delta_str_of(d: W_Timedelta) -> str:
    mm = d.seconds // 60
    ss = d.seconds % 60
    hh = mm // 60
    mm = mm % 60
    s = "%d:%02d:%02d" % (hh, mm, ss)
    if d.us != 0:
        s += ".%06d" % d.us
    if d.days != 0:
        plural = "" if d.days == 1 or d.days == -1 else "s"
        s = "%d day%s, " % (d.days, plural) + s
    return s


def delta_repr_of(d: W_Timedelta) -> str:
    parts: list[str] = []
    if d.days != 0:
        parts.append("days=%d" % d.days)
    if d.seconds != 0:
        parts.append("seconds=%d" % d.seconds)
    if d.us != 0:
        parts.append("microseconds=%d" % d.us)
    inner = "0" if len(parts) == 0 else ", ".join(parts)
    return "%s(%s)" % (tp_name(d.getclass()), inner)


def delta_str(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(delta_str_of(delta_w(slots[0])))


def delta_repr(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(delta_repr_of(delta_w(slots[0])))


def delta_cmp(a: W_Timedelta, b: W_Timedelta) -> int:
    if a.days != b.days:
        return -1 if a.days < b.days else 1
    if a.seconds != b.seconds:
        return -1 if a.seconds < b.seconds else 1
    if a.us != b.us:
        return -1 if a.us < b.us else 1
    return 0


def cmp_result(c: int, op: int) -> W_Root:
    """op: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >= (CPython's Py_LT...)."""
    if op == 0:
        return wrap_bool(c < 0)
    if op == 1:
        return wrap_bool(c <= 0)
    if op == 2:
        return wrap_bool(c == 0)
    if op == 3:
        return wrap_bool(c != 0)
    if op == 4:
        return wrap_bool(c > 0)
    return wrap_bool(c >= 0)


def _compare(slots: list[W_Root | None], op: int) -> W_Root:
    a = delta_w(slots[0])
    w_b = _arg(slots, 1)
    if not isinstance(w_b, W_Timedelta):
        return w_NotImplemented
    return cmp_result(delta_cmp(a, w_b), op)


def delta_hash_of(d: W_Timedelta) -> int:
    if d.hashcode == -1:
        d.hashcode = space.hash_w(space.newtuple([wrap_int(d.days), wrap_int(d.seconds),
                                                  wrap_int(d.us)]))
    return d.hashcode


def delta_hash(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(delta_hash_of(delta_w(slots[0])))


def delta_bool(slots: list[W_Root | None]) -> W_Root:
    return wrap_bool(not delta_w(slots[0]).is_zero())


def add_deltas(a: W_Timedelta, b: W_Timedelta, sign: int) -> W_Timedelta:
    return new_delta(a.days + sign * b.days, a.seconds + sign * b.seconds, a.us + sign * b.us)


def delta_add(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        return add_deltas(a, w_b, 1)
    return w_NotImplemented


def delta_sub(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        return add_deltas(a, w_b, -1)
    return w_NotImplemented


def delta_rsub(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        return add_deltas(w_b, a, -1)
    return w_NotImplemented


def delta_neg(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    return new_delta(-a.days, -a.seconds, -a.us)


def delta_pos(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    return new_delta(a.days, a.seconds, a.us)


def delta_abs(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    if a.days < 0:
        return new_delta(-a.days, -a.seconds, -a.us)
    return new_delta(a.days, a.seconds, a.us)


def divide_nearest(a: rbigint, b: rbigint) -> rbigint:
    """a / b rounded to the nearest integer, halves to even."""
    if b.sign == 0:
        raise operr(w_ZeroDivisionError, "integer division or modulo by zero")
    q, r = a.divmod(b)
    twice = r.int_mul(2)
    c = twice.compare(b)
    if b.sign > 0:
        up = c > 0 or (c == 0 and q.int_mod(2).toint() == 1)
    else:
        up = c < 0 or (c == 0 and q.int_mod(2).toint() == 1)
    if up:
        q = q.int_add(1)
    return q


def float_ratio(w_f: W_Root) -> tuple[rbigint, rbigint]:
    w_t = space.call_method(w_f, "as_integer_ratio", [])
    if not isinstance(w_t, W_TupleObject):
        raise operr(w_TypeError, "unexpected return type from as_integer_ratio(): expected "
                    "tuple, got '%s'" % type_name(w_t))
    if len(w_t.items_w) != 2:
        raise operr(w_ValueError, "as_integer_ratio() must return a 2-tuple")
    return bigint_of_w(w_t.items_w[0]), bigint_of_w(w_t.items_w[1])


def delta_mul_obj(a: W_Timedelta, w_b: W_Root) -> W_Root:
    if is_int(w_b):
        if isinstance(w_b, W_IntObject) and -SMALL_ARG < w_b.intval < SMALL_ARG and \
                -SMALL_ARG < a.days < SMALL_ARG:
            n = w_b.intval
            return new_delta(a.days * n, a.seconds * n, a.us * n)
        return from_us(to_us(a).mul(bigint_of_w(w_b)))
    if isinstance(w_b, W_FloatObject):
        num, den = float_ratio(w_b)
        return from_us(divide_nearest(to_us(a).mul(num), den))
    return w_NotImplemented


def delta_mul(slots: list[W_Root | None]) -> W_Root:
    return delta_mul_obj(delta_w(slots[0]), _arg(slots, 1))


def delta_truediv(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        den = to_us(w_b)
        if den.sign == 0:
            raise operr(w_ZeroDivisionError, "division by zero")
        return wrap_float(to_us(a).truediv(den))
    if w_b is not None and is_int(w_b):
        return from_us(divide_nearest(to_us(a), bigint_of_w(w_b)))
    if isinstance(w_b, W_FloatObject):
        n, d = float_ratio(w_b)
        return from_us(divide_nearest(to_us(a).mul(d), n))
    return w_NotImplemented


def _floordiv(a: rbigint, b: rbigint) -> rbigint:
    if b.sign == 0:
        raise operr(w_ZeroDivisionError, "integer division or modulo by zero")
    return a.floordiv(b)


def delta_floordiv(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        return wrap_big(_floordiv(to_us(a), to_us(w_b)))
    if w_b is not None and is_int(w_b):
        return from_us(_floordiv(to_us(a), bigint_of_w(w_b)))
    return w_NotImplemented


def delta_mod(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        b = to_us(w_b)
        if b.sign == 0:
            raise operr(w_ZeroDivisionError, "integer modulo by zero")
        return from_us(to_us(a).mod(b))
    return w_NotImplemented


def delta_divmod(slots: list[W_Root | None]) -> W_Root:
    a = delta_w(slots[0])
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_Timedelta):
        b = to_us(w_b)
        if b.sign == 0:
            raise operr(w_ZeroDivisionError, "integer division or modulo by zero")
        q, r = to_us(a).divmod(b)
        return space.newtuple([wrap_big(q), from_us(r)])
    return w_NotImplemented


def delta_total_seconds(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(to_us(delta_w(slots[0])).truediv(BIG_MILLION))


def delta_reduce(slots: list[W_Root | None]) -> W_Root:
    d = delta_w(slots[0])
    return space.newtuple([d.getclass(), space.newtuple([wrap_int(d.days), wrap_int(d.seconds),
                                                         wrap_int(d.us)])])


def delta_days(w: W_Root) -> W_Root:
    return wrap_int(delta_w(w).days)


def delta_seconds(w: W_Root) -> W_Root:
    return wrap_int(delta_w(w).seconds)


def delta_microseconds(w: W_Root) -> W_Root:
    return wrap_int(delta_w(w).us)


register_raw(w_timedelta_type, "__new__", delta_new)
register(w_timedelta_type, "__repr__(self, /)", delta_repr)
register(w_timedelta_type, "__str__(self, /)", delta_str)
register_comparisons(w_timedelta_type, _compare)
register(w_timedelta_type, "__hash__(self, /)", delta_hash)
register(w_timedelta_type, "__bool__(self, /)", delta_bool)
register(w_timedelta_type, "__add__(self, value, /)", delta_add)
register(w_timedelta_type, "__radd__(self, value, /)", delta_add)
register(w_timedelta_type, "__sub__(self, value, /)", delta_sub)
register(w_timedelta_type, "__rsub__(self, value, /)", delta_rsub)
register(w_timedelta_type, "__mul__(self, value, /)", delta_mul)
register(w_timedelta_type, "__rmul__(self, value, /)", delta_mul)
register(w_timedelta_type, "__truediv__(self, value, /)", delta_truediv)
register(w_timedelta_type, "__floordiv__(self, value, /)", delta_floordiv)
register(w_timedelta_type, "__mod__(self, value, /)", delta_mod)
register(w_timedelta_type, "__divmod__(self, value, /)", delta_divmod)
register(w_timedelta_type, "__neg__(self, /)", delta_neg)
register(w_timedelta_type, "__pos__(self, /)", delta_pos)
register(w_timedelta_type, "__abs__(self, /)", delta_abs)
register(w_timedelta_type, "total_seconds(self, /)", delta_total_seconds)
register(w_timedelta_type, "__reduce__(self, /)", delta_reduce)
getset(w_timedelta_type, "days", delta_days)
getset(w_timedelta_type, "seconds", delta_seconds)
getset(w_timedelta_type, "microseconds", delta_microseconds)
w_timedelta_type.dict_w["min"] = new_delta(-999999999, 0, 0)
w_timedelta_type.dict_w["max"] = new_delta(999999999, 86399, 999999)
w_timedelta_type.dict_w["resolution"] = new_delta(0, 0, 1)
