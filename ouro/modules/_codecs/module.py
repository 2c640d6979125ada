"""`_codecs`: the codec registry (Python/codecs.c) and the module functions
of Modules/_codecsmodule.c, CPython 3.11.

The registry: search functions (codecs.register, normally the one of the
`encodings` package, imported the first time the registry is used, as
CPython imports it at startup), a cache by normalized name, and the error
handlers (errors.py).  Names are normalized as _Py_normalize_encoding does
on their UTF-8 bytes: ASCII letters lowered, runs of anything but ASCII
letters, digits and '.' become one '_' (none at the start or end).

str.encode / bytes.decode keep their own fast paths for UTF-8, ASCII and
Latin-1 with the built-in error handlers (ouro/objspace/strobject.py); for
any other encoding or error handler they call the CodecHook installed
here, which goes through the registry as PyUnicode_AsEncodedString does.
"""
from __future__ import annotations

from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.modules._codecs import errors as E
from ouro.modules._codecs import impl
from ouro.modules.math.args import clinic_args, clinic_kw
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject, buffer_or_none
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_BaseException, w_LookupError, w_TypeError)
from ouro.objspace.exceptions_descr import args_of
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.memoryobject import W_MemoryView
from ouro.objspace.model import Arguments, W_Root, type_name, w_None
from ouro.objspace.strobject import (CODEC_ASCII, CODEC_HOOKS, CODEC_LATIN1, CodecHook,
                                     W_StrObject, clinic_type_name, encode_text, find_codec,
                                     w_str_type)
from ouro.objspace.tupleobject import W_TupleObject


# -- the registry

class CodecRegistry:
    search_w: list[W_Root]
    cache: dict[str, W_Root]
    initialized: bool

    def __init__(self) -> None:
        self.search_w = []
        self.cache = {}
        self.initialized = False


REGISTRY = CodecRegistry()


def ensure_initialized() -> None:
    """The first use of the registry imports `encodings` (which registers
    its search function)."""
    if REGISTRY.initialized:
        return
    REGISTRY.initialized = True
    importing.import_one("encodings")


def normalize_encoding(encoding: str) -> str:
    out: list[str] = []
    punct = False
    for c in encoding:
        if ("a" <= c <= "z") or ("0" <= c <= "9") or c == ".":
            lc = c
        elif "A" <= c <= "Z":
            lc = chr(ord(c) + 32)
        else:
            punct = True
            continue
        if punct and len(out) > 0:
            out.append("_")
        punct = False
        out.append(lc)
    return "".join(out)


def codec_lookup(encoding: str) -> W_Root:
    """_PyCodec_Lookup: the CodecInfo of an encoding."""
    ensure_initialized()
    norm = normalize_encoding(encoding)
    if norm in REGISTRY.cache:
        return REGISTRY.cache[norm]
    if len(REGISTRY.search_w) == 0:
        raise operr(w_LookupError, "no codec search functions registered: can't find encoding")
    w_norm = W_StrObject(norm)
    for w_func in list(REGISTRY.search_w):
        w_res = space.call_function(w_func, [w_norm])
        if w_res is w_None:
            continue
        if not isinstance(w_res, W_TupleObject) or len(w_res.items_w) != 4:
            raise operr(w_TypeError, "codec search functions must return 4-tuples")
        REGISTRY.cache[norm] = w_res
        return w_res
    raise operr(w_LookupError, "unknown encoding: %s" % encoding)


def codec_item(w_codec: W_Root, index: int) -> W_Root:
    assert isinstance(w_codec, W_TupleObject)
    return w_codec.items_w[index]


def lookup_text_encoding(encoding: str, alternate: str) -> W_Root:
    """_PyCodec_LookupTextEncoding: refuses codecs marked
    `_is_text_encoding = False` (rot13, hex, ...)."""
    w_codec = codec_lookup(encoding)
    w_flag = space.getattr_or_none(w_codec, "_is_text_encoding")
    if w_flag is not None and not space.is_true(w_flag):
        raise operr(w_LookupError, "'%s' is not a text encoding; use %s to handle arbitrary codecs"
                    % (encoding, alternate))
    return w_codec


# exceptions that carry more than a message (CPython's _PyErr_TrySetFromCause
# leaves them alone)
NOT_WRAPPED = ["OSError", "SyntaxError", "ImportError", "StopIteration", "StopAsyncIteration",
               "SystemExit", "UnicodeEncodeError", "UnicodeDecodeError",
               "UnicodeTranslateError", "NameError", "AttributeError", "BaseExceptionGroup"]


def wrap_codec_error(e: OperationError, operation: str, encoding: str) -> OperationError:
    """`encoding with 'rot13' codec failed (TypeError: ...)`, chained to
    the original, when the exception is a plain one with one message."""
    w_exc = e.w_value
    w_t = w_exc.w_type
    for name in NOT_WRAPPED:
        if w_t.issubtype(EXCEPTION_TYPES[name]):
            return e
    if (w_t.lookup("__init__") is not w_BaseException.dict_w["__init__"]
            or w_t.lookup("__new__") is not w_BaseException.dict_w["__new__"]):
        return e
    args_w = args_of(w_exc)
    if len(args_w) > 1:
        return e
    if len(args_w) == 1 and args_w[0].getclass() is not w_str_type:
        return e
    if w_exc.has_attributes():
        return e
    w_new = W_BaseException(w_t, [])
    w_new.msg = "%s with '%s' codec failed (%s: %s)" % (operation, encoding, w_t.name,
                                                        space.str_str(w_exc))
    w_new.w_cause = w_exc
    w_new.w_context = w_exc
    w_new.suppress_context = True
    return OperationError(w_new)


def codec_call(w_func: W_Root, w_obj: W_Root, errors: str | None, operation: str,
               encoding: str) -> W_Root:
    """encoder(obj, errors) or decoder(...): its result's first item."""
    args_w = [w_obj]
    if errors is not None:
        args_w.append(W_StrObject(errors))
    try:
        w_res = space.call_function(w_func, args_w)
    except OperationError as e:
        raise wrap_codec_error(e, operation, encoding)
    if not isinstance(w_res, W_TupleObject) or len(w_res.items_w) != 2:
        if operation == "encoding":
            raise operr(w_TypeError, "encoder must return a tuple (object, integer)")
        raise operr(w_TypeError, "decoder must return a tuple (object,integer)")
    return w_res.items_w[0]


def codec_encode(w_obj: W_Root, encoding: str, errors: str | None) -> W_Root:
    w_codec = codec_lookup(encoding)
    return codec_call(codec_item(w_codec, 0), w_obj, errors, "encoding", encoding)


def codec_decode(w_obj: W_Root, encoding: str, errors: str | None) -> W_Root:
    w_codec = codec_lookup(encoding)
    return codec_call(codec_item(w_codec, 1), w_obj, errors, "decoding", encoding)


class RegistryHook(CodecHook):
    """str.encode / bytes.decode beyond strobject's own codecs."""

    def encode(self, s: str, encoding: str, errors: str) -> bytes:
        codec = find_codec(encoding)
        if codec >= 0:
            return builtin_encode(codec, s, errors)
        w_codec = lookup_text_encoding(encoding, "codecs.encode()")
        w_v = codec_call(codec_item(w_codec, 0), W_StrObject(s), errors, "encoding", encoding)
        if isinstance(w_v, W_BytesObject):
            return w_v.value
        if isinstance(w_v, W_BytearrayObject):
            return w_v.data_bytes()
        raise operr(w_TypeError, "'%s' encoder returned '%s' instead of 'bytes'; use "
                    "codecs.encode() to encode to arbitrary types" % (encoding, type_name(w_v)))

    def decode(self, data: bytes, encoding: str, errors: str) -> str:
        codec = find_codec(encoding)
        if codec >= 0:
            return builtin_decode(codec, data, errors)
        w_codec = lookup_text_encoding(encoding, "codecs.decode()")
        w_v = codec_call(codec_item(w_codec, 1), W_BytesObject(data), errors, "decoding",
                         encoding)
        if isinstance(w_v, W_StrObject):
            return w_v.as_str()
        raise operr(w_TypeError, "'%s' decoder returned '%s' instead of 'str'; use "
                    "codecs.decode() to decode to arbitrary types" % (encoding, type_name(w_v)))


def builtin_encode(codec: int, s: str, errors: str) -> bytes:
    if codec == CODEC_ASCII:
        return impl.encode_simple(s, errors, 128, "ascii")
    if codec == CODEC_LATIN1:
        return impl.encode_simple(s, errors, 256, "latin-1")
    return impl.encode_simple(s, errors, 0, "utf-8")


def builtin_decode(codec: int, data: bytes, errors: str) -> str:
    if codec == CODEC_ASCII:
        return impl.ascii_decode(data, errors)
    if codec == CODEC_LATIN1:
        return impl.latin1_decode_bytes(data)
    text, consumed = impl.utf8_decode(data, errors, True)
    return text


CODEC_HOOKS.append(RegistryHook())


# -- arguments (Argument Clinic's messages)

def _args(args: Arguments, name: str, minimum: int, maximum: int) -> list[W_Root]:
    return clinic_args(args, "_codecs." + name, name, minimum, maximum)


def _str(args_w: list[W_Root], i: int, fname: str) -> str:
    w = args_w[i]
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument %d must be str, not %s"
                    % (fname, i + 1, clinic_type_name(w)))
    return w.as_str()


def _single_str(args: Arguments, fname: str) -> str:
    """The argument of a one-parameter function ("argument must be str")."""
    w = _args(args, fname, 1, 1)[0]
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument must be str, not %s"
                    % (fname, clinic_type_name(w)))
    return w.as_str()


def _errors(args_w: list[W_Root], i: int, fname: str) -> str:
    """An `errors` argument: None (or absent) is "strict"."""
    if i >= len(args_w) or args_w[i] is w_None:
        return "strict"
    w = args_w[i]
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument %d must be str or None, not %s"
                    % (fname, i + 1, clinic_type_name(w)))
    return w.as_str()


def buffer_arg(w: W_Root) -> bytes:
    data = buffer_or_none(w)
    if data is not None:
        return data
    if isinstance(w, W_MemoryView):
        w_b = space.call_method(w, "tobytes", [])
        assert isinstance(w_b, W_BytesObject)
        return w_b.value
    raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))


def buffer_or_str_arg(w: W_Root) -> bytes:
    if isinstance(w, W_StrObject):
        return encode_text(w.as_str(), "utf-8", "strict")
    return buffer_arg(w)


def _int(args_w: list[W_Root], i: int, default: int) -> int:
    if i >= len(args_w):
        return default
    return space.int_of_w(args_w[i])


def _final(args_w: list[W_Root], i: int, default: bool) -> bool:
    if i >= len(args_w):
        return default
    w = args_w[i]
    if not space.isinstance_w(w, space.w_int_type_):
        space.int_of_w(w)       # its TypeError
    return space.is_true(w)


def _tuple2(w_a: W_Root, n: int) -> W_Root:
    return W_TupleObject([w_a, wrap_int(n)])


def _bytes_result(data: bytes, n: int) -> W_Root:
    return _tuple2(W_BytesObject(data), n)


def _str_result(text: str, n: int) -> W_Root:
    return _tuple2(W_StrObject(text), n)


# -- registry functions

def f_register(args: Arguments) -> W_Root:
    w_f = _args(args, "register", 1, 1)[0]
    if not space.callable_w(w_f):
        raise operr(w_TypeError, "argument must be callable")
    ensure_initialized()
    REGISTRY.search_w.append(w_f)
    return w_None


def f_unregister(args: Arguments) -> W_Root:
    w_f = _args(args, "unregister", 1, 1)[0]
    i = 0
    while i < len(REGISTRY.search_w):
        if REGISTRY.search_w[i] is w_f:
            del REGISTRY.search_w[i]
            REGISTRY.cache = {}
            break
        i += 1
    return w_None


def f_lookup(args: Arguments) -> W_Root:
    return codec_lookup(_single_str(args, "lookup"))


def _encode_decode_args(args: Arguments, fname: str) -> tuple[W_Root, str, str]:
    slots = clinic_kw(args, fname, ["obj", "encoding", "errors"], 0, 3, 1)
    w_obj = slots[0]
    assert w_obj is not None
    encoding = "utf-8"
    errors = "strict"
    w_enc = slots[1]
    if w_enc is not None:
        if not isinstance(w_enc, W_StrObject):
            raise operr(w_TypeError, "%s() argument 'encoding' must be str, not %s"
                        % (fname, clinic_type_name(w_enc)))
        encoding = w_enc.as_str()
    w_err = slots[2]
    if w_err is not None:
        if not isinstance(w_err, W_StrObject):
            raise operr(w_TypeError, "%s() argument 'errors' must be str, not %s"
                        % (fname, clinic_type_name(w_err)))
        errors = w_err.as_str()
    return w_obj, encoding, errors


def f_encode(args: Arguments) -> W_Root:
    w_obj, encoding, errors = _encode_decode_args(args, "encode")
    return codec_encode(w_obj, encoding, errors)


def f_decode(args: Arguments) -> W_Root:
    w_obj, encoding, errors = _encode_decode_args(args, "decode")
    return codec_decode(w_obj, encoding, errors)


def f_register_error(args: Arguments) -> W_Root:
    args_w = _args(args, "register_error", 2, 2)
    name = _str(args_w, 0, "register_error")
    w_handler = args_w[1]
    if not space.callable_w(w_handler):
        raise operr(w_TypeError, "handler must be callable")
    E.ERRORS.handlers[name] = w_handler
    return w_None


def f_lookup_error(args: Arguments) -> W_Root:
    return E.lookup_error(_single_str(args, "lookup_error"))


# -- the codecs

def f_utf_8_encode(args: Arguments) -> W_Root:
    a = _args(args, "utf_8_encode", 1, 2)
    s = _str(a, 0, "utf_8_encode")
    return _bytes_result(impl.encode_simple(s, _errors(a, 1, "utf_8_encode"), 0, "utf-8"),
                         len(s))


def f_utf_8_decode(args: Arguments) -> W_Root:
    a = _args(args, "utf_8_decode", 1, 3)
    data = buffer_arg(a[0])
    text, consumed = impl.utf8_decode(data, _errors(a, 1, "utf_8_decode"), _final(a, 2, False))
    return _str_result(text, consumed)


def f_utf_7_encode(args: Arguments) -> W_Root:
    a = _args(args, "utf_7_encode", 1, 2)
    s = _str(a, 0, "utf_7_encode")
    _errors(a, 1, "utf_7_encode")
    return _bytes_result(impl.utf7_encode(s), len(s))


def f_utf_7_decode(args: Arguments) -> W_Root:
    a = _args(args, "utf_7_decode", 1, 3)
    data = buffer_arg(a[0])
    text, consumed = impl.utf7_decode(data, _errors(a, 1, "utf_7_decode"), _final(a, 2, False))
    return _str_result(text, consumed)


def f_ascii_encode(args: Arguments) -> W_Root:
    a = _args(args, "ascii_encode", 1, 2)
    s = _str(a, 0, "ascii_encode")
    return _bytes_result(impl.encode_simple(s, _errors(a, 1, "ascii_encode"), 128, "ascii"),
                         len(s))


def f_ascii_decode(args: Arguments) -> W_Root:
    a = _args(args, "ascii_decode", 1, 2)
    data = buffer_arg(a[0])
    return _str_result(impl.ascii_decode(data, _errors(a, 1, "ascii_decode")), len(data))


def f_latin_1_encode(args: Arguments) -> W_Root:
    a = _args(args, "latin_1_encode", 1, 2)
    s = _str(a, 0, "latin_1_encode")
    return _bytes_result(impl.encode_simple(s, _errors(a, 1, "latin_1_encode"), 256, "latin-1"),
                         len(s))


def f_latin_1_decode(args: Arguments) -> W_Root:
    a = _args(args, "latin_1_decode", 1, 2)
    data = buffer_arg(a[0])
    _errors(a, 1, "latin_1_decode")
    return _str_result(impl.latin1_decode_bytes(data), len(data))


def _wide_encode(args: Arguments, fname: str, width: int, byteorder: int) -> W_Root:
    maxargs = 3 if byteorder == 0 else 2
    a = _args(args, fname, 1, maxargs)
    s = _str(a, 0, fname)
    errors = _errors(a, 1, fname)
    if byteorder == 0:
        byteorder = _int(a, 2, 0)
    return _bytes_result(impl.wide_encode(s, errors, byteorder, width), len(s))


def _wide_decode(args: Arguments, fname: str, width: int, byteorder: int) -> W_Root:
    a = _args(args, fname, 1, 3)
    data = buffer_arg(a[0])
    errors = _errors(a, 1, fname)
    final = _final(a, 2, False)
    if width == 2:
        text, consumed, bo = impl.utf16_decode(data, errors, byteorder, final)
    else:
        text, consumed, bo = impl.utf32_decode(data, errors, byteorder, final)
    return _str_result(text, consumed)


def _wide_ex_decode(args: Arguments, fname: str, width: int) -> W_Root:
    a = _args(args, fname, 1, 4)
    data = buffer_arg(a[0])
    errors = _errors(a, 1, fname)
    byteorder = _int(a, 2, 0)
    final = _final(a, 3, False)
    if width == 2:
        text, consumed, bo = impl.utf16_decode(data, errors, byteorder, final)
    else:
        text, consumed, bo = impl.utf32_decode(data, errors, byteorder, final)
    return W_TupleObject([W_StrObject(text), wrap_int(consumed), wrap_int(bo)])


def f_utf_16_encode(args: Arguments) -> W_Root:
    return _wide_encode(args, "utf_16_encode", 2, 0)


def f_utf_16_le_encode(args: Arguments) -> W_Root:
    return _wide_encode(args, "utf_16_le_encode", 2, -1)


def f_utf_16_be_encode(args: Arguments) -> W_Root:
    return _wide_encode(args, "utf_16_be_encode", 2, 1)


def f_utf_16_decode(args: Arguments) -> W_Root:
    return _wide_decode(args, "utf_16_decode", 2, 0)


def f_utf_16_le_decode(args: Arguments) -> W_Root:
    return _wide_decode(args, "utf_16_le_decode", 2, -1)


def f_utf_16_be_decode(args: Arguments) -> W_Root:
    return _wide_decode(args, "utf_16_be_decode", 2, 1)


def f_utf_16_ex_decode(args: Arguments) -> W_Root:
    return _wide_ex_decode(args, "utf_16_ex_decode", 2)


def f_utf_32_encode(args: Arguments) -> W_Root:
    return _wide_encode(args, "utf_32_encode", 4, 0)


def f_utf_32_le_encode(args: Arguments) -> W_Root:
    return _wide_encode(args, "utf_32_le_encode", 4, -1)


def f_utf_32_be_encode(args: Arguments) -> W_Root:
    return _wide_encode(args, "utf_32_be_encode", 4, 1)


def f_utf_32_decode(args: Arguments) -> W_Root:
    return _wide_decode(args, "utf_32_decode", 4, 0)


def f_utf_32_le_decode(args: Arguments) -> W_Root:
    return _wide_decode(args, "utf_32_le_decode", 4, -1)


def f_utf_32_be_decode(args: Arguments) -> W_Root:
    return _wide_decode(args, "utf_32_be_decode", 4, 1)


def f_utf_32_ex_decode(args: Arguments) -> W_Root:
    return _wide_ex_decode(args, "utf_32_ex_decode", 4)


def f_unicode_escape_encode(args: Arguments) -> W_Root:
    a = _args(args, "unicode_escape_encode", 1, 2)
    s = _str(a, 0, "unicode_escape_encode")
    _errors(a, 1, "unicode_escape_encode")
    return _bytes_result(impl.unicode_escape_encode(s, False), len(s))


def f_unicode_escape_decode(args: Arguments) -> W_Root:
    a = _args(args, "unicode_escape_decode", 1, 3)
    data = buffer_or_str_arg(a[0])
    text, consumed = impl.unicode_escape_decode(data, _errors(a, 1, "unicode_escape_decode"),
                                                _final(a, 2, True))
    return _str_result(text, consumed)


def f_raw_unicode_escape_encode(args: Arguments) -> W_Root:
    a = _args(args, "raw_unicode_escape_encode", 1, 2)
    s = _str(a, 0, "raw_unicode_escape_encode")
    _errors(a, 1, "raw_unicode_escape_encode")
    return _bytes_result(impl.unicode_escape_encode(s, True), len(s))


def f_raw_unicode_escape_decode(args: Arguments) -> W_Root:
    a = _args(args, "raw_unicode_escape_decode", 1, 3)
    data = buffer_or_str_arg(a[0])
    text, consumed = impl.raw_unicode_escape_decode(
        data, _errors(a, 1, "raw_unicode_escape_decode"), _final(a, 2, True))
    return _str_result(text, consumed)


def f_escape_encode(args: Arguments) -> W_Root:
    a = _args(args, "escape_encode", 1, 2)
    w_data = a[0]
    if not isinstance(w_data, W_BytesObject):
        raise operr(w_TypeError, "escape_encode() argument 1 must be bytes, not %s"
                    % clinic_type_name(w_data))
    _errors(a, 1, "escape_encode")
    return _bytes_result(impl.escape_encode(w_data.value), len(w_data.value))


def f_escape_decode(args: Arguments) -> W_Root:
    a = _args(args, "escape_decode", 1, 2)
    data = buffer_or_str_arg(a[0])
    return _bytes_result(impl.escape_decode(data, _errors(a, 1, "escape_decode")), len(data))


def f_charmap_encode(args: Arguments) -> W_Root:
    a = _args(args, "charmap_encode", 1, 3)
    s = _str(a, 0, "charmap_encode")
    errors = _errors(a, 1, "charmap_encode")
    w_mapping = a[2] if len(a) > 2 else w_None
    return _bytes_result(impl.charmap_encode(s, errors, w_mapping), len(s))


def f_charmap_decode(args: Arguments) -> W_Root:
    a = _args(args, "charmap_decode", 1, 3)
    data = buffer_arg(a[0])
    errors = _errors(a, 1, "charmap_decode")
    w_mapping = a[2] if len(a) > 2 else w_None
    return _str_result(impl.charmap_decode(data, errors, w_mapping), len(data))


def f_charmap_build(args: Arguments) -> W_Root:
    return impl.charmap_build(_single_str(args, "charmap_build"))


def f_readbuffer_encode(args: Arguments) -> W_Root:
    a = _args(args, "readbuffer_encode", 1, 2)
    data = buffer_or_str_arg(a[0])
    _errors(a, 1, "readbuffer_encode")
    return _bytes_result(data, len(data))


def encodingmap_size(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, impl.W_EncodingMap)
    return wrap_int(len(w.table))


register(impl.w_encodingmap_type, "size(self, /)", encodingmap_size)


FUNCTIONS = [
    register_raw(None, "register", f_register),
    register_raw(None, "unregister", f_unregister),
    register_raw(None, "lookup", f_lookup),
    register_raw(None, "encode", f_encode),
    register_raw(None, "decode", f_decode),
    register_raw(None, "register_error", f_register_error),
    register_raw(None, "lookup_error", f_lookup_error),
    register_raw(None, "utf_8_encode", f_utf_8_encode),
    register_raw(None, "utf_8_decode", f_utf_8_decode),
    register_raw(None, "utf_7_encode", f_utf_7_encode),
    register_raw(None, "utf_7_decode", f_utf_7_decode),
    register_raw(None, "ascii_encode", f_ascii_encode),
    register_raw(None, "ascii_decode", f_ascii_decode),
    register_raw(None, "latin_1_encode", f_latin_1_encode),
    register_raw(None, "latin_1_decode", f_latin_1_decode),
    register_raw(None, "utf_16_encode", f_utf_16_encode),
    register_raw(None, "utf_16_le_encode", f_utf_16_le_encode),
    register_raw(None, "utf_16_be_encode", f_utf_16_be_encode),
    register_raw(None, "utf_16_decode", f_utf_16_decode),
    register_raw(None, "utf_16_le_decode", f_utf_16_le_decode),
    register_raw(None, "utf_16_be_decode", f_utf_16_be_decode),
    register_raw(None, "utf_16_ex_decode", f_utf_16_ex_decode),
    register_raw(None, "utf_32_encode", f_utf_32_encode),
    register_raw(None, "utf_32_le_encode", f_utf_32_le_encode),
    register_raw(None, "utf_32_be_encode", f_utf_32_be_encode),
    register_raw(None, "utf_32_decode", f_utf_32_decode),
    register_raw(None, "utf_32_le_decode", f_utf_32_le_decode),
    register_raw(None, "utf_32_be_decode", f_utf_32_be_decode),
    register_raw(None, "utf_32_ex_decode", f_utf_32_ex_decode),
    register_raw(None, "unicode_escape_encode", f_unicode_escape_encode),
    register_raw(None, "unicode_escape_decode", f_unicode_escape_decode),
    register_raw(None, "raw_unicode_escape_encode", f_raw_unicode_escape_encode),
    register_raw(None, "raw_unicode_escape_decode", f_raw_unicode_escape_decode),
    register_raw(None, "escape_encode", f_escape_encode),
    register_raw(None, "escape_decode", f_escape_decode),
    register_raw(None, "charmap_encode", f_charmap_encode),
    register_raw(None, "charmap_decode", f_charmap_decode),
    register_raw(None, "charmap_build", f_charmap_build),
    register_raw(None, "readbuffer_encode", f_readbuffer_encode),
]


def make_module() -> W_Module:
    w_mod = W_Module("_codecs", None)
    for w_f in FUNCTIONS:
        w_mod.w_dict.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_codecs", make_module)
