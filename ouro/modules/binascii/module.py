"""The `binascii` module, as CPython 3.11's Modules/binascii.c, in part:
hexlify/b2a_hex, unhexlify/a2b_hex, b2a_base64, a2b_base64 (strict mode
too), crc32, crc_hqx, and the Error and Incomplete exceptions (base64 and
the modules on it need these); the uu and quoted-printable functions are
in uuqp.py.
"""
from __future__ import annotations

from rpy.rlib import rzlib
from rpy.rlib.rbytebuf import ByteBuf

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_or_none, bytes_hex, wrap_bytes
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_BufferError, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register
from ouro.objspace.intobject import bigint_of_w, index_w, wrap_int
from ouro.objspace.memoryobject import W_MemoryView
from ouro.objspace.model import LAYOUT_EXCEPTION, W_Root, make_builtin_type, type_name, w_None
from ouro.objspace.strobject import W_StrObject


w_BinasciiError = make_builtin_type("Error", [w_ValueError], LAYOUT_EXCEPTION)
w_BinasciiError.is_heaptype = True
w_BinasciiError.hasdict = True
w_BinasciiError.dict_w["__module__"] = W_StrObject("binascii")
w_BinasciiError.dict_w["__doc__"] = w_None
w_Incomplete = make_builtin_type("Incomplete", [EXCEPTION_TYPES["Exception"]], LAYOUT_EXCEPTION)
w_Incomplete.is_heaptype = True
w_Incomplete.hasdict = True
w_Incomplete.dict_w["__module__"] = W_StrObject("binascii")
w_Incomplete.dict_w["__doc__"] = w_None

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64_BYTES = B64.encode()


def _b64_table() -> list[int]:
    table = [255] * 256
    for i in range(64):
        table[ord(B64[i])] = i
    return table


B64_DECODE = _b64_table()


def error(msg: str) -> OperationError:
    return OperationError(W_BaseException(w_BinasciiError, [W_StrObject(msg)]))


def check_contiguous(w: W_Root) -> None:
    """A buffer taken as a C `Py_buffer` (PyBUF_SIMPLE) must be C-contiguous."""
    if isinstance(w, W_MemoryView) and not w.is_c_contiguous():
        raise operr(w_BufferError, "memoryview: underlying buffer is not C-contiguous")


def bytes_arg(w: W_Root | None) -> bytes:
    assert w is not None
    check_contiguous(w)
    data = buffer_or_none(w)
    if data is None:
        raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))
    return data


def ascii_arg(w: W_Root | None) -> bytes:
    """The argument of the a2b_* functions: bytes-like or an ASCII str."""
    assert w is not None
    if isinstance(w, W_StrObject):
        out: list[int] = []
        for c in w.as_str():
            if ord(c) > 127:
                raise operr(w_ValueError, "string argument should contain only ASCII characters")
            out.append(ord(c))
        return bytes(out)
    data = buffer_or_none(w)
    if data is None or (isinstance(w, W_MemoryView) and not w.is_c_contiguous()):
        # (CPython's ascii_buffer converter turns the BufferError into this)
        raise operr(w_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'"
                    % type_name(w))
    return data


def b_hexlify(slots: list[W_Root | None]) -> W_Root:
    data = bytes_arg(slots[0])
    w_s = bytes_hex([wrap_bytes(data), slots[1], slots[2]])
    return wrap_bytes(space.str_of_w(w_s).encode())     # ASCII


def hexval(b: int) -> int:
    if 48 <= b <= 57:
        return b - 48
    if 97 <= b <= 102:
        return b - 87
    if 65 <= b <= 70:
        return b - 55
    return -1


def b_unhexlify(slots: list[W_Root | None]) -> W_Root:
    data = ascii_arg(slots[0])
    if len(data) % 2 != 0:
        raise error("Odd-length string")
    out = ByteBuf(len(data) // 2)
    i = 0
    while i < len(data):
        hi = hexval(data[i])
        lo = hexval(data[i + 1])
        if hi < 0 or lo < 0:
            raise error("Non-hexadecimal digit found")
        out.set(i >> 1, hi * 16 + lo)
        i += 2
    return wrap_bytes(out.tobytes())


def b_b2a_base64(slots: list[W_Root | None]) -> W_Root:
    data = bytes_arg(slots[0])
    newline = True
    w_nl = slots[1]
    if w_nl is not None:
        newline = space.is_true(w_nl)
    n = len(data)
    out = ByteBuf(0)
    out.reserve((n + 2) // 3 * 4 + 1)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(B64_BYTES[(v >> 18) & 63])
        out.append(B64_BYTES[(v >> 12) & 63])
        out.append(B64_BYTES[(v >> 6) & 63])
        out.append(B64_BYTES[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.append(B64_BYTES[(v >> 18) & 63])
        out.append(B64_BYTES[(v >> 12) & 63])
        out.append(61)
        out.append(61)
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(B64_BYTES[(v >> 18) & 63])
        out.append(B64_BYTES[(v >> 12) & 63])
        out.append(B64_BYTES[(v >> 6) & 63])
        out.append(61)
    if newline:
        out.append(10)
    return wrap_bytes(out.tobytes())


def b_a2b_base64(slots: list[W_Root | None]) -> W_Root:
    data = ascii_arg(slots[0])
    strict = False
    w_strict = slots[1]
    if w_strict is not None:
        strict = space.is_true(w_strict)
    n = len(data)
    if strict and n > 0 and data[0] == 61:
        raise error("Leading padding not allowed")
    out = ByteBuf(0)
    out.reserve(n // 4 * 3 + 3)
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    i = 0
    while i < n:
        ch = data[i]
        if ch == 61:
            padding_started = True
            if strict and quad_pos == 0:
                raise error("Leading padding not allowed" if i == 0
                            else "Excess padding not allowed")
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict and i + 1 < n:
                        raise error("Excess data after padding")
                    return wrap_bytes(out.tobytes())
            i += 1
            continue
        v = B64_DECODE[ch]
        if v >= 64:
            if strict:
                raise error("Only base64 data is allowed")
            i += 1
            continue
        if strict and padding_started:
            raise error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 0xff)
            leftchar = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 0xff)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 0xff)
            leftchar = 0
        i += 1
    if quad_pos != 0:
        if quad_pos == 1:
            raise error("Invalid base64-encoded string: number of data characters (%d) cannot "
                        "be 1 more than a multiple of 4" % (out.length // 3 * 4 + 1))
        raise error("Incorrect padding")
    return wrap_bytes(out.tobytes())


def b_crc32(slots: list[W_Root | None]) -> W_Root:
    data = bytes_arg(slots[0])
    crc = 0
    w_crc = slots[1]
    if w_crc is not None:
        crc = int_arg_u32(w_crc)
    # the same CRC as zlib's (binascii.crc32 == zlib.crc32), from the runtime's libz
    return wrap_int(rzlib.crc32(data, crc))


def int_arg_u32(w: W_Root) -> int:
    """An int taken modulo 2**32 (CPython's unsigned int conversion with
    masking)."""
    return bigint_of_w(index_w(w)).int_and_(0xffffffff).toint()


def b_crc_hqx(slots: list[W_Root | None]) -> W_Root:
    data = bytes_arg(slots[0])
    w_crc = slots[1]
    assert w_crc is not None
    crc = int_arg_u32(w_crc) & 0xffff
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xffff
            else:
                crc = (crc << 1) & 0xffff
    return wrap_int(crc)


FUNCTIONS = [
    register(None, "hexlify(data, sep=, bytes_per_sep=)", b_hexlify),
    register(None, "b2a_hex(data, sep=, bytes_per_sep=)", b_hexlify),
    register(None, "unhexlify(hexstr, /)", b_unhexlify),
    register(None, "a2b_hex(hexstr, /)", b_unhexlify),
    register(None, "b2a_base64(data, /, *, newline=)", b_b2a_base64),
    register(None, "a2b_base64(data, /, *, strict_mode=)", b_a2b_base64),
    register(None, "crc32(data, crc=, /)", b_crc32),
    register(None, "crc_hqx(data, crc, /)", b_crc_hqx),
]


def make_module() -> W_Module:
    w_mod = W_Module("binascii", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("Conversion between binary data and ASCII"))
    for w_f in FUNCTIONS + uuqp.FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("Error", w_BinasciiError)
    d.setitem_str("Incomplete", w_Incomplete)
    return w_mod


register_module("binascii", make_module)

# at the end: uuqp uses the helpers above
from ouro.modules.binascii import uuqp  # noqa: E402
