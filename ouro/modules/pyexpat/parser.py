"""pyexpat.xmlparser: an expat parser (rpy.rlib.rexpat) and its Python
handlers, as CPython 3.11's Modules/pyexpat.c.

expat calls back while Parse() runs: rexpat.parse calls `on_event(handle,
kind)`, which finds the parser in PARSING (the parsers whose Parse is on
the stack), converts the event's arguments (rexpat.ev_*) and calls the
Python handler.  The conversions, the character data buffer (buffer_text)
and what happens when a handler raises (all handlers cleared, the parser
stopped, the exception propagating from Parse) follow pyexpat.c.
"""
from __future__ import annotations

from rpy.rlib import rexpat, rgc

from ouro.modules.math.args import module_type
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject, buffer_or_none, wrap_bytes
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.descriptors import W_GetSetProperty, getset, no_del, no_set, readonly_member
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_MemoryError, w_OverflowError, w_RuntimeError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.finalizerqueue import register as register_finalizer
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, W_LongObject, int_w, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import LAYOUT_EXCEPTION, Arguments, W_Root, W_TypeObject, make_builtin_type
from ouro.objspace.model import type_name, w_None
from ouro.objspace.strobject import W_StrObject

CHARACTER_DATA_BUFFER_SIZE = 8192
# what an expat parser holds in C at first (its buffers and hash tables
# grow with the document): counted as memory pressure, so that programs
# making many parsers collect (and free them) in time
PARSER_BYTES = 32 * 1024
INT_MAX = 2147483647

w_xmlparser_type = module_type("pyexpat", "xmlparser")
w_xmlparser_type.dict_w["__doc__"] = W_StrObject("XML parser")

w_ExpatError = make_builtin_type("ExpatError", [EXCEPTION_TYPES["Exception"]], LAYOUT_EXCEPTION)
w_ExpatError.is_heaptype = True
w_ExpatError.hasdict = True
w_ExpatError.dict_w["__module__"] = W_StrObject("xml.parsers.expat")
w_ExpatError.dict_w["__doc__"] = w_None


class W_XMLParser(W_Root):
    handle: int                       # the rexpat parser, -1 once freed
    handlers_w: list[W_Root | None]   # by rexpat.K_* (None: not set)
    ordered_attributes: bool
    specified_attributes: bool
    ns_prefixes: bool
    buffer_on: bool                   # buffer_text
    buffer_size: int
    buffer_used: int                  # bytes of UTF-8 in buffer
    buffer: list[str]
    w_intern: W_DictObject | None
    w_parent: W_XMLParser | None      # expat's parent must outlive a child

    def __init__(self, handle: int, w_intern: W_DictObject | None) -> None:
        self.handle = handle
        self.handlers_w = [None] * rexpat.K_NHANDLERS
        self.ordered_attributes = False
        self.specified_attributes = False
        self.ns_prefixes = False
        self.buffer_on = False
        self.buffer_size = CHARACTER_DATA_BUFFER_SIZE
        self.buffer_used = 0
        self.buffer = []
        self.w_intern = w_intern
        self.w_parent = None
        register_finalizer(self)
        rgc.add_memory_pressure(PARSER_BYTES)

    def getclass(self) -> W_TypeObject:
        return w_xmlparser_type

    def release_resources(self) -> None:
        if self.handle >= 0:
            rexpat.free(self.handle)
            self.handle = -1

    # -- CPython's helpers

    def have_handler(self, kind: int) -> bool:
        return self.handlers_w[kind] is not None

    def flag_error(self) -> None:
        """A handler raised: every handler is cleared (rexpat stops the
        parser and clears expat's handlers itself)."""
        for i in range(rexpat.K_NHANDLERS):
            self.handlers_w[i] = None

    def call_handler(self, kind: int, args_w: list[W_Root]) -> W_Root:
        w_handler = self.handlers_w[kind]
        assert w_handler is not None
        try:
            return space.call_function(w_handler, args_w)
        except OperationError:
            self.flag_error()
            raise

    def call_character_handler(self, text: str) -> None:
        if not self.have_handler(rexpat.K_CharacterData):
            return
        self.call_handler(rexpat.K_CharacterData, [W_StrObject(text)])

    def flush_character_buffer(self) -> None:
        if not self.buffer_on or self.buffer_used == 0:
            return
        text = "".join(self.buffer)
        self.buffer = []
        self.buffer_used = 0
        self.call_character_handler(text)

    def character_data(self, text: str, nbytes: int) -> None:
        if not self.buffer_on:
            self.call_character_handler(text)
            return
        if self.buffer_used + nbytes > self.buffer_size:
            self.flush_character_buffer()
            # the handler may have changed: drop the text if there is none
            if not self.have_handler(rexpat.K_CharacterData):
                return
        if nbytes > self.buffer_size:
            self.call_character_handler(text)
            self.buffer_used = 0
        else:
            self.buffer.append(text)
            self.buffer_used += nbytes

    def intern(self, s: str | None) -> W_Root:
        """string_intern(): the string (None for NULL), the same object
        for equal names through the intern dict."""
        w_s = W_StrObject(s) if s is not None else w_None
        w_intern = self.w_intern
        if w_intern is None:
            return w_s
        w_v = w_intern.getitem(w_s)
        if w_v is not None:
            return w_v
        w_intern.setitem(w_s, w_s)
        return w_s

    def error(self, code: int) -> OperationError:
        """set_error(): ExpatError with the message and the position."""
        lineno = rexpat.position(self.handle, 0)
        column = rexpat.position(self.handle, 1)
        msg = rexpat.error_string(code)
        text = "%s: line %d, column %d" % (msg if msg is not None else "(null)", lineno, column)
        w_err = W_BaseException(w_ExpatError, [W_StrObject(text)])
        space.setattr(w_err, "code", wrap_int(code))
        space.setattr(w_err, "offset", wrap_int(column))
        space.setattr(w_err, "lineno", wrap_int(lineno))
        return OperationError(w_err)

    def set_handler(self, kind: int, w_value: W_Root | None) -> None:
        if kind == rexpat.K_CharacterData:
            self.flush_character_buffer()
        self.handlers_w[kind] = w_value
        rexpat.set_handler(self.handle, kind, w_value is not None)

    # -- parsing

    def parse(self, data: bytes, isfinal: bool) -> int:
        """Feeds data to expat, the handlers running meanwhile; raises
        ExpatError after an error (get_parse_result())."""
        h = self.handle
        w_saved = PARSING.get(h, None)
        PARSING[h] = self
        try:
            rc = rexpat.parse(h, data, isfinal, on_event)
        finally:
            if w_saved is None:
                del PARSING[h]
            else:
                PARSING[h] = w_saved
        if rc == 0:
            raise self.error(rexpat.error_code(h))
        self.flush_character_buffer()
        return rc


# the parsers whose Parse runs, by handle (on_event finds them here)
PARSING: dict[int, W_XMLParser] = {}


def ev_w(h: int, i: int) -> W_Root:
    """conv_string_to_unicode(): the string argument i, None for NULL."""
    s = rexpat.ev_str(h, i)
    if s is None:
        return w_None
    return W_StrObject(s)


def model_w(h: int, pos: list[int]) -> W_Root:
    """conv_content_model(): (type, quant, name, children) from the
    preorder list; pos = [next string, next int]."""
    i = pos[1]
    ctype = rexpat.ev_int(h, i)
    quant = rexpat.ev_int(h, i + 1)
    n = rexpat.ev_int(h, i + 2)
    w_name = ev_w(h, pos[0])
    pos[0] += 1
    pos[1] += 3
    children_w: list[W_Root] = []
    for _ in range(n):
        children_w.append(model_w(h, pos))
    return space.newtuple([wrap_int(ctype), wrap_int(quant), w_name,
                           space.newtuple(children_w)])


def on_event(h: int, kind: int) -> int:
    """The callback of rexpat.parse: one expat event of parser h."""
    w_p = PARSING.get(h, None)
    if w_p is None:
        return 0
    if kind == rexpat.K_UnknownEncoding:
        return unknown_encoding(h, rexpat.ev_str(h, 0))
    if kind == rexpat.K_CharacterData:
        if w_p.have_handler(kind):
            s = rexpat.ev_str(h, 0)
            assert s is not None
            w_p.character_data(s, rexpat.ev_len(h, 0))
        return 0
    if not w_p.have_handler(kind):
        return 0
    w_p.flush_character_buffer()
    if not w_p.have_handler(kind):
        return 0
    args_w: list[W_Root] = []
    if kind == rexpat.K_StartElement:
        if w_p.specified_attributes:
            nslots = rexpat.ev_int(h, 0)
        else:
            nslots = rexpat.ev_count(h) - 1
        items_w: list[W_Root] = []
        w_attrs = W_DictObject()
        for i in range(1, nslots + 1, 2):
            w_n = w_p.intern(rexpat.ev_str(h, i))
            w_v = ev_w(h, i + 1)
            if w_p.ordered_attributes:
                items_w.append(w_n)
                items_w.append(w_v)
            else:
                w_attrs.setitem(w_n, w_v)
        w_name = w_p.intern(rexpat.ev_str(h, 0))
        if w_p.ordered_attributes:
            args_w = [w_name, W_ListObject(items_w)]
        else:
            args_w = [w_name, w_attrs]
    elif kind in (rexpat.K_EndElement, rexpat.K_EndNamespaceDecl):
        args_w = [w_p.intern(rexpat.ev_str(h, 0))]
    elif kind == rexpat.K_ProcessingInstruction:
        args_w = [w_p.intern(rexpat.ev_str(h, 0)), ev_w(h, 1)]
    elif kind in (rexpat.K_UnparsedEntityDecl, rexpat.K_NotationDecl,
                  rexpat.K_StartNamespaceDecl):
        for i in range(rexpat.ev_count(h)):
            args_w.append(w_p.intern(rexpat.ev_str(h, i)))
    elif kind in (rexpat.K_Comment, rexpat.K_Default, rexpat.K_DefaultHandlerExpand):
        args_w = [ev_w(h, 0)]
    elif kind == rexpat.K_ExternalEntityRef:
        args_w = [ev_w(h, 0), w_p.intern(rexpat.ev_str(h, 1)), w_p.intern(rexpat.ev_str(h, 2)),
                  w_p.intern(rexpat.ev_str(h, 3))]
    elif kind == rexpat.K_StartDoctypeDecl:
        args_w = [w_p.intern(rexpat.ev_str(h, 0)), w_p.intern(rexpat.ev_str(h, 1)),
                  w_p.intern(rexpat.ev_str(h, 2)), wrap_int(rexpat.ev_int(h, 0))]
    elif kind == rexpat.K_EntityDecl:
        args_w = [w_p.intern(rexpat.ev_str(h, 0)), wrap_int(rexpat.ev_int(h, 0)), ev_w(h, 1),
                  w_p.intern(rexpat.ev_str(h, 2)), w_p.intern(rexpat.ev_str(h, 3)),
                  w_p.intern(rexpat.ev_str(h, 4)), w_p.intern(rexpat.ev_str(h, 5))]
    elif kind == rexpat.K_XmlDecl:
        args_w = [ev_w(h, 0), ev_w(h, 1), wrap_int(rexpat.ev_int(h, 0))]
    elif kind == rexpat.K_ElementDecl:
        w_model = model_w(h, [1, 0])
        args_w = [w_p.intern(rexpat.ev_str(h, 0)), w_model]
    elif kind == rexpat.K_AttlistDecl:
        args_w = [w_p.intern(rexpat.ev_str(h, 0)), w_p.intern(rexpat.ev_str(h, 1)), ev_w(h, 2),
                  ev_w(h, 3), wrap_int(rexpat.ev_int(h, 0))]
    elif kind == rexpat.K_SkippedEntity:
        args_w = [w_p.intern(rexpat.ev_str(h, 0)), wrap_int(rexpat.ev_int(h, 0))]
    # StartCdataSection, EndCdataSection, EndDoctypeDecl, NotStandalone: no arguments
    w_result = w_p.call_handler(kind, args_w)
    if kind == rexpat.K_NotStandalone or kind == rexpat.K_ExternalEntityRef:
        try:
            return int_w(w_result)
        except OperationError:
            w_p.flag_error()
            raise
    return 0


def unknown_encoding(h: int, name: str | None) -> int:
    """PyUnknownEncodingHandler(): an 8-bit encoding expat does not know,
    decoded with Python's codec ("replace": U+FFFD is no character)."""
    assert name is not None
    raw = bytes([i for i in range(256)])
    w_u = space.call_method(wrap_bytes(raw), "decode", [W_StrObject(name),
                                                         W_StrObject("replace")])
    u = space.str_of_w(w_u)
    if len(u) != 256:
        raise operr(w_ValueError, "multi-byte encodings are not supported")
    for i in range(256):
        c = ord(u[i])
        rexpat.set_encoding_map(h, i, c if c != 0xFFFD else -1)
    return 1


# ------------------------------------------------------------ attributes

def _parser(w: W_Root | None) -> W_XMLParser:
    if isinstance(w, W_XMLParser):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'pyexpat.xmlparser' object but received "
                "a '%s'" % type_name(w))


def cannot_delete(w: W_Root) -> None:
    raise operr(w_RuntimeError, "Cannot delete attribute")


class W_HandlerProperty(W_GetSetProperty):
    """The attribute of one handler (a getset_descriptor, as in CPython)."""
    kind: int

    def __init__(self, name: str, kind: int) -> None:
        # fget/fset/fdel are not used: the methods below are overridden
        W_GetSetProperty.__init__(self, name, w_xmlparser_type, get_error_code, no_set, no_del,
                                  True, True)
        self.kind = kind

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if w_obj is None:
            return self
        self.check(w_obj)
        w_h = _parser(w_obj).handlers_w[self.kind]
        return w_h if w_h is not None else w_None

    def set(self, w_obj: W_Root, w_value: W_Root) -> None:
        self.check(w_obj)
        _parser(w_obj).set_handler(self.kind, None if w_value is w_None else w_value)

    def delete(self, w_obj: W_Root) -> None:
        self.check(w_obj)
        cannot_delete(w_obj)


def get_error_code(w: W_Root) -> W_Root:
    return wrap_int(rexpat.error_code(_parser(w).handle))


def install_handler_properties() -> None:
    """The 22 handler attributes, made when the module is first imported:
    an RPy class instantiated only at load time would reach the
    translator as prebuilt constants of a class it never annotated."""
    for kind in range(rexpat.K_NHANDLERS):
        name = rexpat.HANDLER_NAMES[kind]
        w_xmlparser_type.dict_w[name] = W_HandlerProperty(name, kind)
    w_xmlparser_type.mutated()


def get_line(w: W_Root) -> W_Root:
    return wrap_int(rexpat.position(_parser(w).handle, 0))


def get_column(w: W_Root) -> W_Root:
    return wrap_int(rexpat.position(_parser(w).handle, 1))


def get_byte_index(w: W_Root) -> W_Root:
    return wrap_int(rexpat.position(_parser(w).handle, 2))


def get_buffer_text(w: W_Root) -> W_Root:
    return space.wrap_bool(_parser(w).buffer_on)


def set_buffer_text(w: W_Root, w_value: W_Root) -> None:
    w_p = _parser(w)
    if space.is_true(w_value):
        if not w_p.buffer_on:
            w_p.buffer_on = True
            w_p.buffer = []
            w_p.buffer_used = 0
    elif w_p.buffer_on:
        w_p.flush_character_buffer()
        w_p.buffer_on = False


def get_buffer_size(w: W_Root) -> W_Root:
    return wrap_int(_parser(w).buffer_size)


def set_buffer_size(w: W_Root, w_value: W_Root) -> None:
    w_p = _parser(w)
    if isinstance(w_value, W_LongObject):       # beyond a machine word, as PyLong_AsLong
        raise operr(w_OverflowError, "Python int too large to convert to C long")
    if not isinstance(w_value, W_IntObject):
        raise operr(w_TypeError, "buffer_size must be an integer")
    size = int_w(w_value)
    if size <= 0:
        raise operr(w_ValueError, "buffer_size must be greater than zero")
    if size == w_p.buffer_size:
        return
    if size > INT_MAX:
        raise operr(w_ValueError, "buffer_size must not be greater than %d" % INT_MAX)
    if w_p.buffer_on and w_p.buffer_used != 0:
        w_p.flush_character_buffer()
    # CPython allocates a new buffer here: a new size turns buffer_text on
    w_p.buffer_on = True
    w_p.buffer = []
    w_p.buffer_used = 0
    w_p.buffer_size = size


def get_buffer_used(w: W_Root) -> W_Root:
    return wrap_int(_parser(w).buffer_used)


def get_namespace_prefixes(w: W_Root) -> W_Root:
    return space.wrap_bool(_parser(w).ns_prefixes)


def set_namespace_prefixes(w: W_Root, w_value: W_Root) -> None:
    w_p = _parser(w)
    w_p.ns_prefixes = space.is_true(w_value)
    rexpat.set_ns_triplet(w_p.handle, w_p.ns_prefixes)


def get_ordered_attributes(w: W_Root) -> W_Root:
    return space.wrap_bool(_parser(w).ordered_attributes)


def set_ordered_attributes(w: W_Root, w_value: W_Root) -> None:
    _parser(w).ordered_attributes = space.is_true(w_value)


def get_specified_attributes(w: W_Root) -> W_Root:
    return space.wrap_bool(_parser(w).specified_attributes)


def set_specified_attributes(w: W_Root, w_value: W_Root) -> None:
    _parser(w).specified_attributes = space.is_true(w_value)


def get_intern(w: W_Root) -> W_Root:
    w_i = _parser(w).w_intern
    return w_i if w_i is not None else w_None


getset(w_xmlparser_type, "ErrorCode", get_error_code)
getset(w_xmlparser_type, "ErrorLineNumber", get_line)
getset(w_xmlparser_type, "ErrorColumnNumber", get_column)
getset(w_xmlparser_type, "ErrorByteIndex", get_byte_index)
getset(w_xmlparser_type, "CurrentLineNumber", get_line)
getset(w_xmlparser_type, "CurrentColumnNumber", get_column)
getset(w_xmlparser_type, "CurrentByteIndex", get_byte_index)
getset(w_xmlparser_type, "buffer_size", get_buffer_size, set_buffer_size, cannot_delete)
getset(w_xmlparser_type, "buffer_text", get_buffer_text, set_buffer_text, cannot_delete)
getset(w_xmlparser_type, "buffer_used", get_buffer_used)
getset(w_xmlparser_type, "namespace_prefixes", get_namespace_prefixes, set_namespace_prefixes,
       cannot_delete)
getset(w_xmlparser_type, "ordered_attributes", get_ordered_attributes, set_ordered_attributes,
       cannot_delete)
getset(w_xmlparser_type, "specified_attributes", get_specified_attributes,
       set_specified_attributes, cannot_delete)
readonly_member(w_xmlparser_type, "intern", get_intern)


# ------------------------------------------------------------ methods

def parse_data(w_p: W_XMLParser, w_data: W_Root) -> bytes:
    if isinstance(w_data, W_StrObject):
        # CPython parses a str's UTF-8 and tells expat so
        rexpat.set_encoding(w_p.handle, "utf-8")
        w_b = space.call_method(w_data, "encode", [W_StrObject("utf-8")])
        assert isinstance(w_b, W_BytesObject)
        return w_b.value
    data = buffer_or_none(w_data)
    if data is None:
        raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w_data))
    return data


def xmlparser_parse(slots: list[W_Root | None]) -> W_Root:
    w_p = _parser(slots[0])
    w_data = slots[1]
    assert w_data is not None
    w_final = slots[2]
    isfinal = False
    if w_final is not None:
        isfinal = int_w(w_final) != 0
    data = parse_data(w_p, w_data)
    return wrap_int(w_p.parse(data, isfinal))


BUF_SIZE = 2048


def xmlparser_parsefile(slots: list[W_Root | None]) -> W_Root:
    w_p = _parser(slots[0])
    w_file = slots[1]
    assert w_file is not None
    w_read = space.getattr_or_none(w_file, "read")
    if w_read is None:
        raise operr(w_TypeError, "argument must have 'read' attribute")
    rc = 1
    while True:
        w_data = space.call_function(w_read, [wrap_int(BUF_SIZE)])
        if isinstance(w_data, W_BytesObject):
            data = w_data.value
        elif isinstance(w_data, W_BytearrayObject):
            data = w_data.data_bytes()
        else:
            raise operr(w_TypeError, "read() did not return a bytes object (type=%s)"
                        % type_name(w_data))
        if len(data) > BUF_SIZE:
            raise operr(w_ValueError, "read() returned too much data: %d bytes requested, "
                        "%d returned" % (BUF_SIZE, len(data)))
        rc = w_p.parse(data, len(data) == 0)
        if len(data) == 0:
            break
    return wrap_int(rc)


def str_arg(w: W_Root | None, fname: str, argname: str, pos: int) -> str:
    if isinstance(w, W_StrObject):
        return w.as_str()
    assert w is not None
    if pos > 0:
        raise operr(w_TypeError, "%s() argument %d must be str, not %s"
                    % (fname, pos, type_name(w)))
    raise operr(w_TypeError, "%s() argument '%s' must be str, not %s"
                % (fname, argname, type_name(w)))


def opt_str_arg(w: W_Root | None, fname: str, argname: str, pos: int) -> str | None:
    if w is None or w is w_None:
        return None
    if isinstance(w, W_StrObject):
        return w.as_str()
    if pos > 0:
        raise operr(w_TypeError, "%s() argument %d must be str or None, not %s"
                    % (fname, pos, type_name(w)))
    raise operr(w_TypeError, "%s() argument '%s' must be str or None, not %s"
                % (fname, argname, type_name(w)))


def xmlparser_setbase(slots: list[W_Root | None]) -> W_Root:
    w_p = _parser(slots[0])
    base = str_arg(slots[1], "SetBase", "base", 1)
    if not rexpat.set_base(w_p.handle, base):
        raise operr(w_MemoryError, "")
    return w_None


def xmlparser_getbase(slots: list[W_Root | None]) -> W_Root:
    base = rexpat.get_base(_parser(slots[0]).handle)
    return W_StrObject(base) if base is not None else w_None


def xmlparser_getinputcontext(slots: list[W_Root | None]) -> W_Root:
    ctx = rexpat.input_context(_parser(slots[0]).handle)
    return wrap_bytes(ctx) if ctx is not None else w_None


def xmlparser_external_entity_parser_create(slots: list[W_Root | None]) -> W_Root:
    w_p = _parser(slots[0])
    context = opt_str_arg(slots[1], "ExternalEntityParserCreate", "context", 1)
    encoding: str | None = None
    if slots[2] is not None:
        encoding = str_arg(slots[2], "ExternalEntityParserCreate", "encoding", 2)
    h = rexpat.external_create(w_p.handle, context, encoding)
    if h < 0:
        raise operr(w_MemoryError, "")
    w_new = W_XMLParser(h, w_p.w_intern)
    w_new.w_parent = w_p
    w_new.buffer_size = w_p.buffer_size
    w_new.buffer_on = w_p.buffer_on
    w_new.ordered_attributes = w_p.ordered_attributes
    w_new.specified_attributes = w_p.specified_attributes
    w_new.ns_prefixes = w_p.ns_prefixes
    for kind in range(rexpat.K_NHANDLERS):
        w_h = w_p.handlers_w[kind]
        if w_h is not None:
            w_new.set_handler(kind, w_h)
    return w_new


def xmlparser_set_param_entity_parsing(slots: list[W_Root | None]) -> W_Root:
    w_p = _parser(slots[0])
    w_flag = slots[1]
    assert w_flag is not None
    return wrap_int(rexpat.set_param_entity_parsing(w_p.handle, int_w(w_flag)))


def xmlparser_use_foreign_dtd(slots: list[W_Root | None]) -> W_Root:
    w_p = _parser(slots[0])
    flag = True
    if slots[1] is not None:
        flag = space.is_true(slots[1])
    rc = rexpat.use_foreign_dtd(w_p.handle, flag)
    if rc != 0:
        raise w_p.error(rc)
    return w_None


register(w_xmlparser_type, "Parse(self, data, isfinal=, /)", xmlparser_parse)
register(w_xmlparser_type, "ParseFile(self, file, /)", xmlparser_parsefile)
register(w_xmlparser_type, "SetBase(self, base, /)", xmlparser_setbase)
register(w_xmlparser_type, "GetBase(self, /)", xmlparser_getbase)
register(w_xmlparser_type, "GetInputContext(self, /)", xmlparser_getinputcontext)
register(w_xmlparser_type, "ExternalEntityParserCreate(self, context, encoding=, /)",
         xmlparser_external_entity_parser_create)
register(w_xmlparser_type, "SetParamEntityParsing(self, flag, /)",
         xmlparser_set_param_entity_parsing)
register(w_xmlparser_type, "UseForeignDTD(self, flag=, /)", xmlparser_use_foreign_dtd)


def xmlparser_new(args: Arguments) -> W_Root:
    # Py_TPFLAGS_DISALLOW_INSTANTIATION: parsers come from ParserCreate
    raise operr(w_TypeError, "cannot create 'pyexpat.xmlparser' instances")


register_raw(w_xmlparser_type, "__new__", xmlparser_new)
