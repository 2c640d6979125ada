"""expat XML parsers for RPy programs.

The same behaviour untranslated (through CPython's pyexpat module) and
translated (rpy/c/runtime/expats.c over the system's libexpat).

A parser is an int handle: `create(encoding, separator)` (None: no
encoding given / no namespace processing), `external_create(h, context,
encoding)` (XML_ExternalEntityParserCreate: a parser for an external
entity, inside h's ExternalEntityRef callback), `free(h)`.  No handler is
set at first; `set_handler(h, kind, on)` sets or clears expat's handler of
that kind (the K_* numbers, CPython's order of handler_info).

`parse(h, data, isfinal, callback)` parses bytes.  For every event of a
kind that is on, expat calls `callback(h, kind)` before it goes on; the
callback reads the event's arguments with `ev_count(h)`, `ev_isnull(h,
i)`, `ev_str(h, i)` (the i-th string argument, decoded from UTF-8),
`ev_len(h, i)` (its length in UTF-8 bytes) and `ev_int(h, i)`, and its
result is the handler's (NotStandalone, ExternalEntityRef; 1/0 for an
unknown encoding, K_UnknownEncoding: name in string 0, the map set with
`set_encoding_map(h, byte, codepoint)`).  An exception raised by the
callback clears all handlers, stops the parser and propagates from
parse().  parse() returns 1, or 0 after an error (`error_code(h)`,
`error_string(code)`, `position(h, 0/1/2)`: line, column, byte index).

Event arguments per kind (strings s0.., ints i0..):
  StartElement     s0 name, s1.. attribute name/value pairs; i0 the
                   number of specified (not defaulted) name/value slots
  EndElement s0 name; ProcessingInstruction s0 target s1 data;
  CharacterData/Default/DefaultHandlerExpand s0 text; Comment s0;
  UnparsedEntityDecl s0 name s1 base s2 systemId s3 publicId s4 notation;
  NotationDecl s0 name s1 base s2 systemId s3 publicId;
  StartNamespaceDecl s0 prefix s1 uri; EndNamespaceDecl s0 prefix;
  ExternalEntityRef s0 context s1 base s2 systemId s3 publicId;
  StartDoctypeDecl s0 name s1 systemId s2 publicId i0 has_internal_subset;
  EntityDecl s0 name s1 value s2 base s3 systemId s4 publicId s5 notation
             i0 is_parameter_entity;
  XmlDecl s0 version s1 encoding i0 standalone;
  ElementDecl s0 name, then the content model in preorder: per node
             one string (its name) and ints type, quant, numchildren;
  AttlistDecl s0 element s1 attribute s2 type s3 default i0 isrequired;
  SkippedEntity s0 name i0 is_parameter_entity.
"""
from __future__ import annotations

import pyexpat as _pyexpat
from typing import Any, Callable

K_StartElement = 0
K_EndElement = 1
K_ProcessingInstruction = 2
K_CharacterData = 3
K_UnparsedEntityDecl = 4
K_NotationDecl = 5
K_StartNamespaceDecl = 6
K_EndNamespaceDecl = 7
K_Comment = 8
K_StartCdataSection = 9
K_EndCdataSection = 10
K_Default = 11
K_DefaultHandlerExpand = 12
K_NotStandalone = 13
K_ExternalEntityRef = 14
K_StartDoctypeDecl = 15
K_EndDoctypeDecl = 16
K_EntityDecl = 17
K_XmlDecl = 18
K_ElementDecl = 19
K_AttlistDecl = 20
K_SkippedEntity = 21
K_NHANDLERS = 22
K_UnknownEncoding = 22

HANDLER_NAMES = [
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
]

Callback = Callable[[int, int], int]


class _Parser:
    """Untranslated: a CPython parser and the current event."""

    def __init__(self, p: Any, h: int) -> None:
        self.p = p
        self.h = h
        self.cb: Any = None
        self.strs: list[Any] = []
        self.ints: list[int] = []
        self.in_callback = False
        # CPython does not show XML_GetSpecifiedAttributeCount: untranslated,
        # every attribute counts as specified
        self.specified = 0
        p.ordered_attributes = True
        p.specified_attributes = False

    def event(self, kind: int, strs: list[Any], ints: list[int]) -> int:
        self.strs = strs
        self.ints = ints
        self.in_callback = True
        try:
            return int(self.cb(self.h, kind))
        finally:
            self.in_callback = False


class _State:
    parsers: dict[int, _Parser] = {}
    next_handle = 0


def _new(p: Any) -> int:
    h = _State.next_handle
    _State.next_handle += 1
    _State.parsers[h] = _Parser(p, h)
    return h


def create(encoding: str | None, separator: str | None) -> int:
    return _new(_pyexpat.ParserCreate(encoding, separator, intern=None))


def external_create(h: int, context: str | None, encoding: str | None) -> int:
    parent = _State.parsers[h].p
    if encoding is None:
        child = parent.ExternalEntityParserCreate(context)
    else:
        child = parent.ExternalEntityParserCreate(context, encoding)
    c = _new(child)
    for kind in range(K_NHANDLERS):
        set_handler(c, kind, False)
    return c


def free(h: int) -> None:
    _State.parsers.pop(h, None)


def _trampoline(ps: _Parser, kind: int) -> Any:
    def one(*args: Any) -> Any:
        strs: list[Any] = []
        ints: list[int] = []
        if kind == K_StartElement:
            strs = [args[0]] + list(args[1])
            ints = [ps.specified]
        elif kind in (K_StartDoctypeDecl, K_XmlDecl, K_AttlistDecl):
            strs = list(args[:-1])
            ints = [int(args[-1])]
        elif kind in (K_EntityDecl, K_SkippedEntity):
            strs = [args[0]] + list(args[2:])
            ints = [int(args[1])]
        elif kind == K_ElementDecl:
            strs = [args[0]]
            _flatten(args[1], strs, ints)
        else:
            strs = list(args)
        return ps.event(kind, strs, ints)
    return one


def _flatten(model: Any, strs: list[Any], ints: list[int]) -> None:
    ints.extend([model[0], model[1], len(model[3])])
    strs.append(model[2])
    for child in model[3]:
        _flatten(child, strs, ints)


def set_handler(h: int, kind: int, on: bool) -> None:
    ps = _State.parsers[h]
    name = HANDLER_NAMES[kind]
    if kind == K_StartElement and on:
        # the specified count: a second CPython view of the attributes
        def start(name_: str, atts: list[str]) -> Any:
            ps.specified = len(atts)
            return _trampoline(ps, K_StartElement)(name_, atts)
        setattr(ps.p, name, start)
    else:
        setattr(ps.p, name, _trampoline(ps, kind) if on else None)


def parse(h: int, data: bytes, isfinal: bool, callback: Callback) -> int:
    ps = _State.parsers[h]
    saved = ps.cb
    ps.cb = callback
    try:
        ps.p.Parse(data, isfinal)
    except _pyexpat.ExpatError:
        return 0
    finally:
        ps.cb = saved
    return 1


def set_encoding(h: int, encoding: str) -> int:
    # CPython sets it when Parse() gets a str; expat's answer is ignored there
    return 1


def error_code(h: int) -> int:
    return int(_State.parsers[h].p.ErrorCode)


def position(h: int, which: int) -> int:
    p = _State.parsers[h].p
    if which == 0:
        return int(p.CurrentLineNumber)
    if which == 1:
        return int(p.CurrentColumnNumber)
    return int(p.CurrentByteIndex)


def error_string(code: int) -> str | None:
    return _pyexpat.ErrorString(code)


def ev_count(h: int) -> int:
    return len(_State.parsers[h].strs)


def ev_isnull(h: int, i: int) -> bool:
    strs = _State.parsers[h].strs
    return i < 0 or i >= len(strs) or strs[i] is None


def ev_str(h: int, i: int) -> str | None:
    if ev_isnull(h, i):
        return None
    return str(_State.parsers[h].strs[i])


def ev_len(h: int, i: int) -> int:
    if ev_isnull(h, i):
        return 0
    return len(str(_State.parsers[h].strs[i]).encode("utf-8", "surrogatepass"))


def ev_int(h: int, i: int) -> int:
    ints = _State.parsers[h].ints
    return ints[i] if 0 <= i < len(ints) else 0


def set_encoding_map(h: int, i: int, v: int) -> None:
    # untranslated, CPython's own handler decodes unknown encodings
    pass


def set_ns_triplet(h: int, on: bool) -> None:
    _State.parsers[h].p.namespace_prefixes = on


def set_param_entity_parsing(h: int, flag: int) -> int:
    return int(_State.parsers[h].p.SetParamEntityParsing(flag))


def use_foreign_dtd(h: int, flag: bool) -> int:
    try:
        _State.parsers[h].p.UseForeignDTD(flag)
    except _pyexpat.ExpatError as e:
        return int(e.code)
    return 0


def set_base(h: int, base: str) -> bool:
    _State.parsers[h].p.SetBase(base)
    return True


def get_base(h: int) -> str | None:
    return _State.parsers[h].p.GetBase()


def input_context(h: int) -> bytes | None:
    ps = _State.parsers[h]
    if not ps.in_callback:
        return None
    return ps.p.GetInputContext()


def in_callback(h: int) -> bool:
    return _State.parsers[h].in_callback


def version() -> str:
    return _pyexpat.EXPAT_VERSION


def version_part(i: int) -> int:
    return int(_pyexpat.version_info[i])


def feature_count() -> int:
    return len(_pyexpat.features)


def feature_name(i: int) -> str:
    return str(_pyexpat.features[i][0])


def feature_value(i: int) -> int:
    return int(_pyexpat.features[i][1])
