"""ConstValue (ouro/parser/constvalue.py): reprs exactly Python's, number
literals converted to CPython's values (also checked on every NUMBER token
of the stdlib sample by test_tokenizer.py)."""
from __future__ import annotations

import ast

import pytest

from ouro.parser import constvalue as cv

LITERALS = [
    "0", "00", "0_0", "7", "1_000_000", "9223372036854775807", "9223372036854775808",
    "18446744073709551616", "123456789012345678901234567890", "0x0", "0xff", "0XdeadBEEF",
    "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffffffffffffffffffff",
    "0o777", "0O1_2", "0o1777777777777777777777", "0o2000000000000000000000", "0b1", "0B1_0",
    "0b" + "1" * 63, "0b1" + "0" * 63, "0b" + "1" * 200, "1.5", "1.", ".5", "1e10", "1E-10",
    "1.5e+300", "1e999", "1e-999", "0.1", "1_0.0_1e1_0", "09.5", "1j", "1.5J", "1e5j", "0j",
    "00j", "1e999j", "123456789012345678901234567890j", "3.141592653589793238462643",
]


@pytest.mark.parametrize("text", LITERALS)
def test_number_from_literal(text: str) -> None:
    value = ast.literal_eval(text)
    c = cv.number_from_literal(text)
    assert repr(c) == repr(value)
    if isinstance(value, int):
        assert isinstance(c, cv.ConstInt)
        assert c.digits == str(value)
        assert c.fits == (value <= 2 ** 63 - 1)
        if c.fits:
            assert c.value == value
    elif isinstance(value, float):
        assert isinstance(c, cv.ConstFloat) and c.value == value
    else:
        assert isinstance(c, cv.ConstComplex) and c.real == 0.0 and c.imag == value.imag


@pytest.mark.parametrize("value", [
    complex(0.0, 1.0), complex(0.0, 1.5), complex(0.0, 1e16), complex(0.0, float("inf")),
    complex(0.0, 0.0), complex(-0.0, 1.0), complex(1.0, 2.0), complex(1.5, -2.5),
    complex(-0.0, -0.0), complex(float("nan"), 1.0), complex(0.0, float("nan")),
    complex(1e300, -1e-300), complex(2.0, float("-inf")),
])
def test_complex_repr(value: complex) -> None:
    assert cv.complex_repr(value.real, value.imag) == repr(value)


@pytest.mark.parametrize("value", [
    "", "a", "'", '"', "'\"", "é\n\t\r\\", "\x00\x7f\x80\xa0\xad", "日本語", "\U0001F600",
    "\u200b\u2028", "\ud800", "a'b", 'a"b',
])
def test_str_repr(value: str) -> None:
    assert repr(cv.ConstStr(value)) == repr(value)


@pytest.mark.parametrize("value", [b"", b"'", b'"', b"'\"", b"\x00\xff\n\t\\", bytes(range(256))])
def test_bytes_repr(value: bytes) -> None:
    assert repr(cv.ConstBytes(value)) == repr(value)


@pytest.mark.parametrize("value", [0.0, -0.0, 0.1, 1e16, 1e-7, 123.0, float("inf"), 5e-324,
                                   1.7976931348623157e308])
def test_float_repr(value: float) -> None:
    assert repr(cv.ConstFloat(value)) == repr(value)


def test_singletons() -> None:
    assert [repr(c) for c in (cv.CONST_NONE, cv.CONST_TRUE, cv.CONST_FALSE, cv.CONST_ELLIPSIS)] \
        == ["None", "True", "False", "Ellipsis"]
