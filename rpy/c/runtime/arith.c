/* arith.c -- Python semantics for the arithmetic that C does differently:
 * float % and //, float ** and int ** (the arithmetic section of rpy.h).
 * The algorithms and error texts are CPython 3.11's (Objects/floatobject.c),
 * except that a negative base with a non-integral exponent, which gives a
 * complex number in CPython, raises ValueError("math domain error") since
 * RPy has no complex type.
 */
#include "rpy.h"

double rpy_float_mod(double a, double b) {
    if (b == 0.0) { rpy_raise(RPY_EXC_ZeroDivisionError, "float modulo"); return 0.0; }
    double mod = fmod(a, b);
    if (mod) {
        /* the result takes the sign of the divisor */
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = copysign(0.0, b);
    }
    return mod;
}

double rpy_float_floordiv(double a, double b) {
    if (b == 0.0) {
        rpy_raise(RPY_EXC_ZeroDivisionError, "float floor division by zero");
        return 0.0;
    }
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod) {
        if ((b < 0) != (mod < 0)) div -= 1.0;
    }
    double floordiv;
    if (div) {
        /* div is close to an integer; snap it there */
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, a / b);
    }
    return floordiv;
}

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

double rpy_float_pow(double iv, double iw) {
    if (iw == 0) return 1.0;
    if (isnan(iv)) return iv;                 /* nan ** 0 was handled above */
    if (isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return fabs(iw);   /* inf */
        return 0.0;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : fabs(iv);
        return odd ? copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0) {
            rpy_raise(RPY_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return 0.0;
        }
        return odd ? iv : 0.0;
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            rpy_raise(RPY_EXC_ValueError, "math domain error");
            return 0.0;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    double ix = pow(iv, iw);
    if (isinf(ix)) {
        /* finite operands, infinite result: CPython reports ERANGE */
        rpy_raise(RPY_EXC_OverflowError, "(34, 'Numerical result out of range')");
        return 0.0;
    }
    return negate ? -ix : ix;
}

Signed rpy_int_pow(Signed a, Signed b) {
    if (b < 0) {
        rpy_raise(RPY_EXC_ValueError, "negative exponent");
        return 0;
    }
    Signed result = 1;
    for (;;) {
        if (b & 1) {
            if (__builtin_mul_overflow(result, a, &result)) goto overflow;
        }
        b >>= 1;
        if (b == 0) break;
        /* square only while bits remain, so a final unused square cannot
           report a false overflow */
        if (__builtin_mul_overflow(a, a, &a)) goto overflow;
    }
    return result;
overflow:
    rpy_raise(RPY_EXC_OverflowError, "integer overflow");
    return 0;
}
