"""The `pyexpat` module, as CPython 3.11's Modules/pyexpat.c, over the
system's libexpat (rpy.rlib.rexpat): ParserCreate, ErrorString, the
xmlparser type (parser.py), ExpatError/error, the pyexpat.errors and
pyexpat.model submodules, EXPAT_VERSION, version_info, native_encoding,
features and the XML_PARAM_ENTITY_PARSING_* constants.
xml.parsers.expat, xml.etree.ElementTree, xml.dom.minidom, xml.sax,
plistlib and xmlrpc work on it.

Not provided: expat_CAPI (a capsule for C extensions; the C accelerator
of ElementTree, which would use it, does not exist here).
"""
from __future__ import annotations

from rpy.rlib import rexpat

from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.modules.pyexpat.parser import (W_XMLParser, install_handler_properties, opt_str_arg,
                                         w_ExpatError, w_xmlparser_type)
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import operr, w_MemoryError, w_TypeError, w_ValueError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import int_w, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.strobject import W_StrObject

# pyexpat.errors' names, by expat's error code (1...)
ERROR_NAMES = [
    "XML_ERROR_NO_MEMORY", "XML_ERROR_SYNTAX", "XML_ERROR_NO_ELEMENTS",
    "XML_ERROR_INVALID_TOKEN", "XML_ERROR_UNCLOSED_TOKEN", "XML_ERROR_PARTIAL_CHAR",
    "XML_ERROR_TAG_MISMATCH", "XML_ERROR_DUPLICATE_ATTRIBUTE",
    "XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "XML_ERROR_PARAM_ENTITY_REF",
    "XML_ERROR_UNDEFINED_ENTITY", "XML_ERROR_RECURSIVE_ENTITY_REF", "XML_ERROR_ASYNC_ENTITY",
    "XML_ERROR_BAD_CHAR_REF", "XML_ERROR_BINARY_ENTITY_REF",
    "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "XML_ERROR_MISPLACED_XML_PI",
    "XML_ERROR_UNKNOWN_ENCODING", "XML_ERROR_INCORRECT_ENCODING",
    "XML_ERROR_UNCLOSED_CDATA_SECTION", "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
    "XML_ERROR_NOT_STANDALONE", "XML_ERROR_UNEXPECTED_STATE",
    "XML_ERROR_ENTITY_DECLARED_IN_PE", "XML_ERROR_FEATURE_REQUIRES_XML_DTD",
    "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "XML_ERROR_UNBOUND_PREFIX",
    "XML_ERROR_UNDECLARING_PREFIX", "XML_ERROR_INCOMPLETE_PE", "XML_ERROR_XML_DECL",
    "XML_ERROR_TEXT_DECL", "XML_ERROR_PUBLICID", "XML_ERROR_SUSPENDED",
    "XML_ERROR_NOT_SUSPENDED", "XML_ERROR_ABORTED", "XML_ERROR_FINISHED",
    "XML_ERROR_SUSPEND_PE", "XML_ERROR_RESERVED_PREFIX_XML", "XML_ERROR_RESERVED_PREFIX_XMLNS",
    "XML_ERROR_RESERVED_NAMESPACE_URI", "XML_ERROR_INVALID_ARGUMENT", "XML_ERROR_NO_BUFFER",
    "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
]

MODEL_CONSTANTS = [
    ("XML_CTYPE_EMPTY", 1), ("XML_CTYPE_ANY", 2), ("XML_CTYPE_MIXED", 3),
    ("XML_CTYPE_NAME", 4), ("XML_CTYPE_CHOICE", 5), ("XML_CTYPE_SEQ", 6),
    ("XML_CQUANT_NONE", 0), ("XML_CQUANT_OPT", 1), ("XML_CQUANT_REP", 2),
    ("XML_CQUANT_PLUS", 3),
]


def pyexpat_parser_create(slots: list[W_Root | None]) -> W_Root:
    encoding = opt_str_arg(slots[0], "ParserCreate", "encoding", 0)
    separator = opt_str_arg(slots[1], "ParserCreate", "namespace_separator", 0)
    if separator is not None and len(separator.encode("utf-8")) > 1:
        raise operr(w_ValueError, "namespace_separator must be at most one character, "
                    "omitted, or None")
    w_intern = slots[2]
    intern: W_DictObject | None = None
    if w_intern is None:
        intern = W_DictObject()
    elif w_intern is not w_None:
        if not isinstance(w_intern, W_DictObject):
            raise operr(w_TypeError, "intern must be a dictionary")
        intern = w_intern
    h = rexpat.create(encoding, separator)
    if h < 0:
        raise operr(w_MemoryError, "")
    return W_XMLParser(h, intern)


def pyexpat_error_string(slots: list[W_Root | None]) -> W_Root:
    w_code = slots[0]
    assert w_code is not None
    msg = rexpat.error_string(int_w(w_code))
    return W_StrObject(msg) if msg is not None else w_None


FUNCTIONS = [
    register(None, "ParserCreate(encoding=, namespace_separator=, intern=)",
             pyexpat_parser_create),
    register(None, "ErrorString(code, /)", pyexpat_error_string),
]


def submodule(w_mod: W_Module, fullname: str, name: str, doc: str) -> W_Module:
    """add_submodule(): a module in sys.modules and an attribute of w_mod."""
    w_sub = W_Module(fullname, None)
    w_sub.w_dict.setitem_str("__doc__", W_StrObject(doc))
    importing.STATE.w_modules.setitem_str(fullname, w_sub)
    w_mod.w_dict.setitem_str(name, w_sub)
    return w_sub


def make_errors(w_mod: W_Module) -> None:
    w_errors = submodule(w_mod, "pyexpat.errors", "errors",
                         "Constants used to describe error conditions.")
    w_codes = W_DictObject()
    w_messages = W_DictObject()
    for i in range(len(ERROR_NAMES)):
        code = i + 1
        msg = rexpat.error_string(code)
        if msg is None:
            continue
        w_msg = W_StrObject(msg)
        w_errors.w_dict.setitem_str(ERROR_NAMES[i], w_msg)
        w_codes.setitem(w_msg, wrap_int(code))
        w_messages.setitem(wrap_int(code), W_StrObject(msg))
    w_errors.w_dict.setitem_str("codes", w_codes)
    w_errors.w_dict.setitem_str("messages", w_messages)


def make_model(w_mod: W_Module) -> None:
    w_model = submodule(w_mod, "pyexpat.model", "model",
                        "Constants used to interpret content model information.")
    for name, value in MODEL_CONSTANTS:
        w_model.w_dict.setitem_str(name, wrap_int(value))


def make_module() -> W_Module:
    install_handler_properties()
    w_mod = W_Module("pyexpat", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("Python wrapper for Expat parser."))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("error", w_ExpatError)
    d.setitem_str("ExpatError", w_ExpatError)
    d.setitem_str("XMLParserType", w_xmlparser_type)
    d.setitem_str("EXPAT_VERSION", W_StrObject(rexpat.version()))
    d.setitem_str("version_info", space.newtuple([wrap_int(rexpat.version_part(0)),
                                                  wrap_int(rexpat.version_part(1)),
                                                  wrap_int(rexpat.version_part(2))]))
    d.setitem_str("native_encoding", W_StrObject("UTF-8"))
    make_errors(w_mod)
    make_model(w_mod)
    features_w: list[W_Root] = []
    for i in range(rexpat.feature_count()):
        features_w.append(space.newtuple([W_StrObject(rexpat.feature_name(i)),
                                          wrap_int(rexpat.feature_value(i))]))
    d.setitem_str("features", W_ListObject(features_w))
    d.setitem_str("XML_PARAM_ENTITY_PARSING_NEVER", wrap_int(0))
    d.setitem_str("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", wrap_int(1))
    d.setitem_str("XML_PARAM_ENTITY_PARSING_ALWAYS", wrap_int(2))
    return w_mod


register_module("pyexpat", make_module)
