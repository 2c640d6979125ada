"""The `_json` module (CPython 3.11's Modules/_json.c): the decoding half
(scanstring, make_scanner) is in scanner.py, the encoding half
(encode_basestring_ascii, encode_basestring, make_encoder) in encoder.py.
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules._json import encoder, scanner
from ouro.objspace import space


def make_module() -> W_Module:
    w_mod = W_Module("_json", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("json speedups\n"))
    encoder.add_to_module(d)        # encode_basestring(_ascii), make_encoder
    scanner.add_to_module(d)        # scanstring, make_scanner
    return w_mod
