"""The `_multibytecodec` module and the CJK codec modules `_codecs_cn`,
`_codecs_tw`, `_codecs_hk`, `_codecs_jp` and `_codecs_kr` (CPython 3.11's
Modules/cjkcodecs/), which Lib/encodings/{gbk,shift_jis,...}.py import.

getcodec(name) gives a MultibyteCodec (encode/decode, as codecs.Codec's);
the Lib/encodings classes derive from MultibyteIncrementalEncoder/Decoder
and MultibyteStreamReader/Writer with the codec as a class attribute
`codec`, read when an instance is made (CPython's "codec is unexpected
type").  The encoding and decoding are codec.py's over tables.py's tables.

The codecs with shift state (hz, iso2022_*) keep CPython's state bytes
(MultibyteCodec_State: the designations G0-G3 and the shift flags), which
getstate()/setstate() expose as CPython's do.
"""
from __future__ import annotations

from rpy.rlib.rbigint import rbigint

from ouro.interpreter.module import W_Module
from ouro.modules._codecs.errors import DecodeCtx
from ouro.modules._codecs.module import buffer_arg
from ouro.modules._multibytecodec.codec import (STATE_SIZE, MBEncodeCtx, decode_run,
                                                decoder_reset, encode_run, encoder_reset,
                                                new_state)
from ouro.modules._multibytecodec.tables import MODULE_CODECS, TABLES, CodecTables
from ouro.modules._codecs.errors import decode_message
from ouro.modules.registry import register_module
from ouro.parser.source import SOURCE_DECODERS, SourceDecoder, decode_error
from ouro.objspace import space
from ouro.objspace.boolobject import w_True
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset, readonly_member
from ouro.objspace.exceptions import (OperationError, operr, w_AttributeError, w_LookupError, w_OverflowError, w_TypeError,
                                      w_UnicodeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, W_LongObject, bigint_of_w, wrap_big, wrap_int
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject, decode_bytes, encode_text, w_str_type
from ouro.objspace.tupleobject import W_TupleObject

MAXDECPENDING = 8
MAXENCPENDING = 2

LAYOUT_MBSTATE = 190
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_MBSTATE)


def _mbtype(name: str, layout: int) -> W_TypeObject:
    w_t = make_builtin_type(name, [w_object_type], layout)
    w_t.w_module = W_StrObject("_multibytecodec")
    w_t.dict_w["__module__"] = W_StrObject("_multibytecodec")
    return w_t


w_codec_type = _mbtype("MultibyteCodec", LAYOUT_OTHER)
w_iencoder_type = _mbtype("MultibyteIncrementalEncoder", LAYOUT_MBSTATE)
w_idecoder_type = _mbtype("MultibyteIncrementalDecoder", LAYOUT_MBSTATE)
w_reader_type = _mbtype("MultibyteStreamReader", LAYOUT_MBSTATE)
w_writer_type = _mbtype("MultibyteStreamWriter", LAYOUT_MBSTATE)


class W_MultibyteCodec(W_Root):
    t: CodecTables

    def __init__(self, t: CodecTables) -> None:
        self.t = t

    def getclass(self) -> W_TypeObject:
        return w_codec_type


class W_MBState(W_ObjectWithMap):
    """An incremental encoder or decoder, or a stream reader or writer:
    the codec, the errors name and the pending input (str for encoders,
    bytes for decoders)."""
    w_type: W_TypeObject
    t: CodecTables
    errors: str
    pending_text: str
    pending_data: bytes
    w_stream: W_Root
    enc_state: list[int]           # CPython's MultibyteCodec_State bytes
    dec_state: list[int]

    def __init__(self, w_type: W_TypeObject, t: CodecTables, errors: str,
                 w_stream: W_Root) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.t = t
        self.errors = errors
        self.pending_text = ""
        self.pending_data = b""
        self.w_stream = w_stream
        self.enc_state = new_state(t, True)
        self.dec_state = new_state(t, False)

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def encode(self, text: str, final: bool) -> bytes:
        chars = list(self.pending_text + text)
        ctx = MBEncodeCtx(self.t, chars, self.errors, self.enc_state)
        stop = encode_run(self.t, ctx, final)
        if len(chars) - stop > MAXENCPENDING:
            raise operr(w_UnicodeError, "pending buffer overflow")
        self.pending_text = "".join(chars[stop:])
        return b"".join(ctx.out)

    def decode(self, data: bytes, final: bool) -> str:
        ctx = DecodeCtx(self.t.name, self.pending_data + data, self.errors)
        ctx.overflow_pos = True
        stop = decode_run(self.t, ctx, final, self.dec_state)
        rest = ctx.data[stop:]
        if len(rest) > MAXDECPENDING:
            raise operr(w_UnicodeError, "pending buffer overflow")
        self.pending_data = rest
        return "".join(ctx.out)


# -- arguments

def _errors_arg(w: W_Root | None) -> str:
    if w is None or w is w_None:
        return "strict"
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "errors must be a string, not %s" % type_name(w))


def _text_arg(w: W_Root | None) -> str:
    assert w is not None
    if isinstance(w, W_StrObject):
        return w.as_str()
    w_s = space.call_function(w_str_type, [w])       # CPython's PyObject_Str
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "couldn't convert the object to unicode.")
    return w_s.as_str()


def _codec(w: W_Root | None) -> W_MultibyteCodec:
    if isinstance(w, W_MultibyteCodec):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_multibytecodec.MultibyteCodec' object "
                "but received a '%s'" % type_name(w))


def _state(w: W_Root | None) -> W_MBState:
    if isinstance(w, W_MBState):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_multibytecodec' codec object "
                "but received a '%s'" % type_name(w))


def _final_arg(w: W_Root | None) -> bool:
    if w is None:
        return False
    return space.int_of_w(w) != 0


# -- MultibyteCodec

def codec_encode(slots: list[W_Root | None]) -> W_Root:
    w_self = _codec(slots[0])
    text = _text_arg(slots[1])
    chars = list(text)
    ctx = MBEncodeCtx(w_self.t, chars, _errors_arg(slots[2]), new_state(w_self.t, True))
    encode_run(w_self.t, ctx, True)
    return W_TupleObject([W_BytesObject(b"".join(ctx.out)), wrap_int(len(chars))])


def codec_decode(slots: list[W_Root | None]) -> W_Root:
    w_self = _codec(slots[0])
    w_in = slots[1]
    assert w_in is not None
    data = buffer_arg(w_in)
    ctx = DecodeCtx(w_self.t.name, data, _errors_arg(slots[2]))
    ctx.overflow_pos = True
    decode_run(w_self.t, ctx, True, new_state(w_self.t, False))
    return W_TupleObject([W_StrObject("".join(ctx.out)), wrap_int(len(data))])


register(w_codec_type, "encode(self, input, errors=)", codec_encode)
register(w_codec_type, "decode(self, input, errors=)", codec_decode)


# -- making the stateful objects

def _class_codec(w_cls: W_TypeObject) -> CodecTables:
    w_codec = space.getattr(w_cls, "codec")
    if not isinstance(w_codec, W_MultibyteCodec):
        raise operr(w_TypeError, "codec is unexpected type")
    return w_codec.t


def _new_args(args: Arguments, nparams: int) -> tuple[W_TypeObject, list[W_Root | None]]:
    """__new__'s class and its parameters (positional or by keyword:
    stream, errors / errors)."""
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "__new__(X): X is not a type object (%s)" % type_name(w_cls))
    names = ["stream", "errors"] if nparams == 2 else ["errors"]
    params: list[W_Root | None] = [None] * nparams
    i = 1
    while i < len(args.args_w):
        if i - 1 >= nparams:
            raise operr(w_TypeError, "%s() takes at most %d arguments (%d given)"
                        % (w_cls.name, nparams, len(args.args_w) - 1))
        params[i - 1] = args.args_w[i]
        i += 1
    if args.has_keywords():
        kw = args.kw_names
        kw_w = args.kw_values_w
        for k in range(len(kw)):
            found = False
            for p in range(nparams):
                if names[p] == kw[k]:
                    params[p] = kw_w[k]
                    found = True
            if not found:
                raise operr(w_TypeError, "'%s' is an invalid keyword argument for %s()"
                            % (kw[k], w_cls.name))
    return w_cls, params


def state_new(args: Arguments) -> W_Root:
    w_cls, params = _new_args(args, 1)
    return W_MBState(w_cls, _class_codec(w_cls), _errors_arg(params[0]), w_None)


def stream_new(args: Arguments) -> W_Root:
    w_cls, params = _new_args(args, 2)
    w_stream = params[0]
    if w_stream is None:
        raise operr(w_TypeError, "%s() missing required argument 'stream' (pos 1)" % w_cls.name)
    return W_MBState(w_cls, _class_codec(w_cls), _errors_arg(params[1]), w_stream)


def state_init(args: Arguments) -> W_Root:
    return w_None


for _w_t in [w_iencoder_type, w_idecoder_type]:
    register_raw(_w_t, "__new__", state_new)
    register_raw(_w_t, "__init__", state_init)
for _w_t in [w_reader_type, w_writer_type]:
    register_raw(_w_t, "__new__", stream_new)
    register_raw(_w_t, "__init__", state_init)


def get_errors(w: W_Root) -> W_Root:
    return W_StrObject(_state(w).errors)


def set_errors(w: W_Root, w_value: W_Root) -> None:
    if not isinstance(w_value, W_StrObject):
        raise operr(w_TypeError, "errors must be a string")
    _state(w).errors = w_value.as_str()


def del_errors(w: W_Root) -> None:
    raise operr(w_AttributeError, "cannot delete attribute")


def get_stream(w: W_Root) -> W_Root:
    return _state(w).w_stream


for _w_t in [w_iencoder_type, w_idecoder_type, w_reader_type, w_writer_type]:
    getset(_w_t, "errors", get_errors, set_errors, del_errors)
readonly_member(w_reader_type, "stream", get_stream)
readonly_member(w_writer_type, "stream", get_stream)


# -- MultibyteIncrementalEncoder

def iencoder_encode(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    return W_BytesObject(w_self.encode(_text_arg(slots[1]), _final_arg(slots[2])))


def iencoder_reset(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    encoder_reset(w_self.t, w_self.enc_state, [])      # the output is dropped
    w_self.pending_text = ""
    return w_None


def iencoder_getstate(slots: list[W_Root | None]) -> W_Root:
    """CPython's int: the pending text's UTF-8 length byte, its bytes and
    the codec's 8 state bytes, little-endian."""
    w_self = _state(slots[0])
    raw = encode_text(w_self.pending_text, "utf-8", "strict")
    data = bytes([len(raw)]) + raw + bytes(w_self.enc_state)
    return wrap_big(rbigint.from_bytes(data, "little", False))


def iencoder_setstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    w_state = slots[1]
    if not (isinstance(w_state, W_IntObject) or isinstance(w_state, W_LongObject)):
        assert w_state is not None
        raise operr(w_TypeError, "setstate() argument must be int, not %s" % type_name(w_state))
    b = bigint_of_w(w_state)
    size = 1 + MAXENCPENDING * 4 + 8
    if b.sign < 0 or b.bit_length() > size * 8:
        raise operr(w_OverflowError, "int too big to convert")
    data = b.to_bytes(size, "little", False)
    n = data[0]
    if n > MAXENCPENDING * 4:
        raise operr(w_UnicodeError, "pending buffer too large")
    w_self.pending_text = decode_bytes(data[1:1 + n], "utf-8", "strict")
    w_self.enc_state = [data[1 + n + k] for k in range(STATE_SIZE)]
    return w_None


register(w_iencoder_type, "encode(self, input, final=)", iencoder_encode)
register(w_iencoder_type, "reset(self, /)", iencoder_reset)
register(w_iencoder_type, "getstate(self, /)", iencoder_getstate)
register(w_iencoder_type, "setstate(self, state, /)", iencoder_setstate)


# -- MultibyteIncrementalDecoder

def idecoder_decode(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    w_in = slots[1]
    assert w_in is not None
    return W_StrObject(w_self.decode(buffer_arg(w_in), _final_arg(slots[2])))


def idecoder_reset(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    decoder_reset(w_self.t, w_self.dec_state)
    w_self.pending_data = b""
    return w_None


def idecoder_getstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    w_st = wrap_big(rbigint.from_bytes(bytes(w_self.dec_state), "little", False))
    return W_TupleObject([W_BytesObject(w_self.pending_data), w_st])


def idecoder_setstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    w_state = slots[1]
    msg = "setstate(): illegal state argument"
    if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) != 2:
        raise operr(w_TypeError, msg)
    w_buf = w_state.items_w[0]
    w_int = w_state.items_w[1]
    if not isinstance(w_buf, W_BytesObject):
        raise operr(w_TypeError, msg)
    if not (isinstance(w_int, W_IntObject) or isinstance(w_int, W_LongObject)):
        raise operr(w_TypeError, msg)
    b = bigint_of_w(w_int)
    if b.sign < 0:
        raise operr(w_OverflowError, "can't convert negative int to unsigned")
    if b.bit_length() > STATE_SIZE * 8:
        raise operr(w_OverflowError, "int too big to convert")
    if len(w_buf.value) > MAXDECPENDING:
        raise operr(w_UnicodeError, "pending buffer too large")
    data = b.to_bytes(STATE_SIZE, "little", False)
    w_self.dec_state = [data[k] for k in range(STATE_SIZE)]
    w_self.pending_data = w_buf.value
    return w_None


register(w_idecoder_type, "decode(self, input, final=)", idecoder_decode)
register(w_idecoder_type, "reset(self, /)", idecoder_reset)
register(w_idecoder_type, "getstate(self, /)", idecoder_getstate)
register(w_idecoder_type, "setstate(self, state, /)", idecoder_setstate)


# -- MultibyteStreamReader

def _size_arg(w: W_Root | None) -> int:
    if w is None or w is w_None:
        return -1
    if isinstance(w, W_IntObject) or isinstance(w, W_LongObject):
        n = space.int_of_w(w)
        return -1 if n < 0 else n
    raise operr(w_TypeError, "arg 1 must be an integer")


def _iread(w_self: W_MBState, method: str, sizehint: int) -> str:
    """CPython's mbstreamreader_iread: reads from the stream until
    something decodes (or the stream ends)."""
    if sizehint == 0:
        return ""
    while True:
        if sizehint < 0:
            w_data = space.call_method(w_self.w_stream, method, [])
        else:
            w_data = space.call_method(w_self.w_stream, method, [wrap_int(sizehint)])
        if not isinstance(w_data, W_BytesObject):
            raise operr(w_TypeError, "stream function returned a non-bytes object (%s)"
                        % type_name(w_data))
        data = w_data.value
        endoffile = len(data) == 0
        rsize = len(w_self.pending_data) + len(data)
        text = w_self.decode(data, endoffile or sizehint < 0)
        if sizehint < 0 or len(text) != 0 or rsize == 0:
            return text
        sizehint = 1


def reader_read(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(_iread(_state(slots[0]), "read", _size_arg(slots[1])))


def reader_readline(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(_iread(_state(slots[0]), "readline", _size_arg(slots[1])))


def reader_readlines(slots: list[W_Root | None]) -> W_Root:
    w_text = W_StrObject(_iread(_state(slots[0]), "read", _size_arg(slots[1])))
    return space.call_method(w_text, "splitlines", [w_True])


register(w_reader_type, "read(self, sizeobj=, /)", reader_read)
register(w_reader_type, "readline(self, sizeobj=, /)", reader_readline)
register(w_reader_type, "readlines(self, sizehintobj=, /)", reader_readlines)
register(w_reader_type, "reset(self, /)", idecoder_reset)


# -- MultibyteStreamWriter

def writer_write(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    data = w_self.encode(_text_arg(slots[1]), False)
    space.call_method(w_self.w_stream, "write", [W_BytesObject(data)])
    return w_None


def writer_writelines(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    w_lines = slots[1]
    assert w_lines is not None
    w_it = space.iter(w_lines)
    while True:
        w_line = space.next_or_none(w_it)
        if w_line is None:
            break
        data = w_self.encode(_text_arg(w_line), False)
        space.call_method(w_self.w_stream, "write", [W_BytesObject(data)])
    return w_None


def writer_reset(slots: list[W_Root | None]) -> W_Root:
    w_self = _state(slots[0])
    data = w_self.encode("", True)
    if len(data) > 0:
        space.call_method(w_self.w_stream, "write", [W_BytesObject(data)])
    return w_None


register(w_writer_type, "write(self, strobj, /)", writer_write)
register(w_writer_type, "writelines(self, lines, /)", writer_writelines)
register(w_writer_type, "reset(self, /)", writer_reset)


# -- the modules

def create_codec(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_ValueError, "argument type invalid")


W_CREATE_CODEC = register(None, "__create_codec(arg, /)", create_codec)


def make_module() -> W_Module:
    w_mod = W_Module("_multibytecodec", None)
    d = w_mod.w_dict
    d.setitem_str("MultibyteIncrementalEncoder", w_iencoder_type)
    d.setitem_str("MultibyteIncrementalDecoder", w_idecoder_type)
    d.setitem_str("MultibyteStreamReader", w_reader_type)
    d.setitem_str("MultibyteStreamWriter", w_writer_type)
    d.setitem_str("__create_codec", W_CREATE_CODEC)
    return w_mod


register_module("_multibytecodec", make_module)


CODECS_W: dict[str, W_MultibyteCodec] = {}
MODULE_OF: dict[str, str] = {}
for _modname, _names in MODULE_CODECS:
    for _n in _names:
        CODECS_W[_n] = W_MultibyteCodec(TABLES[_n])
        MODULE_OF[_n] = _modname


def _getcodec(modname: str, w_name: W_Root | None) -> W_Root:
    if not isinstance(w_name, W_StrObject):
        assert w_name is not None
        raise operr(w_TypeError, "getcodec() argument must be str, not %s" % type_name(w_name))
    name = w_name.as_str()
    if name in CODECS_W and MODULE_OF[name] == modname:
        return CODECS_W[name]
    raise operr(w_LookupError, "no such codec is supported.")


def getcodec_cn(slots: list[W_Root | None]) -> W_Root:
    return _getcodec("_codecs_cn", slots[0])


def getcodec_tw(slots: list[W_Root | None]) -> W_Root:
    return _getcodec("_codecs_tw", slots[0])


def getcodec_hk(slots: list[W_Root | None]) -> W_Root:
    return _getcodec("_codecs_hk", slots[0])


def getcodec_jp(slots: list[W_Root | None]) -> W_Root:
    return _getcodec("_codecs_jp", slots[0])


def getcodec_kr(slots: list[W_Root | None]) -> W_Root:
    return _getcodec("_codecs_kr", slots[0])


def getcodec_iso2022(slots: list[W_Root | None]) -> W_Root:
    return _getcodec("_codecs_iso2022", slots[0])


GETCODEC: dict[str, W_Root] = {
    "_codecs_cn": register(None, "getcodec(encoding, /)", getcodec_cn),
    "_codecs_tw": register(None, "getcodec(encoding, /)", getcodec_tw),
    "_codecs_hk": register(None, "getcodec(encoding, /)", getcodec_hk),
    "_codecs_jp": register(None, "getcodec(encoding, /)", getcodec_jp),
    "_codecs_kr": register(None, "getcodec(encoding, /)", getcodec_kr),
    "_codecs_iso2022": register(None, "getcodec(encoding, /)", getcodec_iso2022),
}


def _codec_module(name: str) -> W_Module:
    w_mod = W_Module(name, None)
    w_mod.w_dict.setitem_str("getcodec", GETCODEC[name])
    return w_mod


def make_cn() -> W_Module:
    return _codec_module("_codecs_cn")


def make_tw() -> W_Module:
    return _codec_module("_codecs_tw")


def make_hk() -> W_Module:
    return _codec_module("_codecs_hk")


def make_jp() -> W_Module:
    return _codec_module("_codecs_jp")


def make_kr() -> W_Module:
    return _codec_module("_codecs_kr")


def make_iso2022() -> W_Module:
    return _codec_module("_codecs_iso2022")


register_module("_codecs_cn", make_cn)
register_module("_codecs_tw", make_tw)
register_module("_codecs_hk", make_hk)
register_module("_codecs_jp", make_jp)
register_module("_codecs_kr", make_kr)
register_module("_codecs_iso2022", make_iso2022)


class SourceDecodeCtx(DecodeCtx):
    """Decoding a source file: an error is the SyntaxError of compile()."""

    def error(self, start: int, end: int, reason: str) -> OperationError:
        raise decode_error(decode_message(self.encoding, self.data, start, end, reason))


class CJKSourceDecoder(SourceDecoder):
    """Source files declared in a CJK codec (`# coding: gb2312`)."""

    def decode(self, codec: str, raw: bytes, start: int) -> bytes | None:
        if codec not in TABLES:
            return None
        t = TABLES[codec]
        ctx = SourceDecodeCtx(codec, raw[start:], "strict")
        decode_run(t, ctx, True, new_state(t, False))
        return encode_text("".join(ctx.out), "utf-8", "strict")


SOURCE_DECODERS.append(CJKSourceDecoder())
