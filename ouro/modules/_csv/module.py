"""The `_csv` module (what csv.py imports): Dialect, reader, writer, the
dialect registry, field_size_limit, Error and the QUOTE_* constants, as
CPython 3.11's Modules/_csv.c -- the same parser state machine, the same
quoting rules of the writer and the same messages.
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.math.args import module_type
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_AttributeError, w_TypeError)
from ouro.objspace.floatobject import w_float_type
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import is_int, wrap_int
from ouro.objspace.listobject import newlist
from ouro.objspace.model import (LAYOUT_EXCEPTION, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import iter_next_meth, iter_self

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

NOT_SET = -1        # a dialect character that is not set (None)
EOL = -2            # the end of a line, fed to the parser after its characters

# the parser's states
START_RECORD = 0
START_FIELD = 1
ESCAPED_CHAR = 2
IN_FIELD = 3
IN_QUOTED_FIELD = 4
ESCAPE_IN_QUOTED_FIELD = 5
QUOTE_IN_QUOTED_FIELD = 6
EAT_CRNL = 7
AFTER_ESCAPED_CRNL = 8

CR = ord("\r")
LF = ord("\n")
SPACE = ord(" ")

w_Error = make_builtin_type("Error", [EXCEPTION_TYPES["Exception"]], LAYOUT_EXCEPTION)
w_Error.is_heaptype = True
w_Error.hasdict = True
w_Error.dict_w["__module__"] = W_StrObject("_csv")
w_Error.dict_w["__doc__"] = w_None

w_dialect_type = module_type("_csv", "Dialect")
w_reader_type = module_type("_csv", "reader")
w_writer_type = module_type("_csv", "writer")


class CsvState:
    """The module's state: the registered dialects and the field limit."""
    w_dialects: W_DictObject
    field_limit: int

    def __init__(self) -> None:
        self.w_dialects = W_DictObject()
        self.field_limit = 128 * 1024


STATE = CsvState()


def csv_error(msg: str) -> OperationError:
    return OperationError(W_BaseException(w_Error, [W_StrObject(msg)]))


class W_Dialect(W_Root):
    delimiter: int
    doublequote: bool
    escapechar: int
    lineterminator: str
    quotechar: int
    quoting: int
    skipinitialspace: bool
    strict: bool

    def __init__(self) -> None:
        self.delimiter = ord(",")
        self.doublequote = True
        self.escapechar = NOT_SET
        self.lineterminator = "\r\n"
        self.quotechar = ord('"')
        self.quoting = QUOTE_MINIMAL
        self.skipinitialspace = False
        self.strict = False

    def getclass(self) -> W_TypeObject:
        return w_dialect_type


DIALECT_PARAMS = ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
                  "quoting", "skipinitialspace", "strict"]


def _char(name: str, w: W_Root, or_none: bool) -> int:
    if or_none and w is w_None:
        return NOT_SET
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, '"%s" must be string%s, not %s'
                    % (name, " or None" if or_none else "", type_name(w)))
    if len(w.as_str()) != 1:
        raise operr(w_TypeError, '"%s" must be a 1-character string' % name)
    return ord(w.as_str()[0])


def make_dialect(w_dialect: W_Root | None, names: list[str], values_w: list[W_Root]) -> W_Dialect:
    """_csv.Dialect(dialect, **params) (dialect_new): each parameter from
    the keywords, else from the dialect's attribute, else the default."""
    if isinstance(w_dialect, W_StrObject):
        w_dialect = get_dialect(w_dialect)
    if isinstance(w_dialect, W_Dialect) and len(names) == 0:
        return w_dialect
    params_w: list[W_Root | None] = [None] * len(DIALECT_PARAMS)
    if w_dialect is not None and w_dialect is not w_None:
        for i in range(len(DIALECT_PARAMS)):
            params_w[i] = space.getattr_or_none(w_dialect, DIALECT_PARAMS[i])
    for k in range(len(names)):
        found = False
        for i in range(len(DIALECT_PARAMS)):
            if DIALECT_PARAMS[i] == names[k]:
                params_w[i] = values_w[k]
                found = True
        if not found:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for this function"
                        % names[k])
    d = W_Dialect()
    w = params_w[0]
    if w is not None:
        d.delimiter = _char("delimiter", w, False)
    w = params_w[1]
    if w is not None:
        d.doublequote = space.is_true(w)
    w = params_w[2]
    if w is not None:
        d.escapechar = _char("escapechar", w, True)
    w = params_w[3]
    lineterminator_set = True
    if w is not None:
        if w is w_None:
            lineterminator_set = False
        elif not isinstance(w, W_StrObject):
            raise operr(w_TypeError, '"lineterminator" must be a string')
        else:
            d.lineterminator = w.as_str()
    w_quotechar = params_w[4]
    if w_quotechar is not None:
        d.quotechar = _char("quotechar", w_quotechar, True)
    w_quoting = params_w[5]
    if w_quoting is not None:
        if not is_int(w_quoting):
            raise operr(w_TypeError, '"quoting" must be an integer')
        d.quoting = space.int_of_w(w_quoting)
    w = params_w[6]
    if w is not None:
        d.skipinitialspace = space.is_true(w)
    w = params_w[7]
    if w is not None:
        d.strict = space.is_true(w)
    if d.quoting < QUOTE_MINIMAL or d.quoting > QUOTE_NONE:
        raise operr(w_TypeError, 'bad "quoting" value')
    if w_quotechar is w_None and w_quoting is None:
        d.quoting = QUOTE_NONE
    if d.quoting != QUOTE_NONE and d.quotechar == NOT_SET:
        raise operr(w_TypeError, "quotechar must be set if quoting enabled")
    if not lineterminator_set:
        raise operr(w_TypeError, "lineterminator must be set")
    return d


def get_dialect(w_name: W_Root) -> W_Root:
    w_d = STATE.w_dialects.getitem(w_name)
    if w_d is None:
        raise csv_error("unknown dialect")
    return w_d


def _dialect_and_params(args: Arguments, first: int) -> W_Dialect:
    """The dialect of reader()/writer(): args_w[first] (default 'excel')
    or the keyword `dialect`, and the other keywords as parameters."""
    w_dialect: W_Root | None = None
    if len(args.args_w) > first + 1:
        raise operr(w_TypeError, "expected at most %d arguments, got %d"
                    % (first + 1, len(args.args_w)))
    if len(args.args_w) == first + 1:
        w_dialect = args.args_w[first]
    names: list[str] = []
    values_w: list[W_Root] = []
    for k in range(len(args.kw_names)):
        if args.kw_names[k] == "dialect":
            w_dialect = args.kw_values_w[k]
        else:
            names.append(args.kw_names[k])
            values_w.append(args.kw_values_w[k])
    # no dialect: the defaults (those of 'excel'), and an explicit
    # quotechar=None then means QUOTE_NONE
    return make_dialect(w_dialect, names, values_w)


def dialect_new(args: Arguments) -> W_Root:
    pos_w = args.args_w[1:]
    if len(pos_w) > 1:
        raise operr(w_TypeError, "Dialect() takes at most 1 positional argument (%d given)"
                    % len(pos_w))
    w_dialect: W_Root | None = pos_w[0] if len(pos_w) == 1 else None
    names: list[str] = []
    values_w: list[W_Root] = []
    for k in range(len(args.kw_names)):
        if args.kw_names[k] == "dialect":
            w_dialect = args.kw_values_w[k]
        else:
            names.append(args.kw_names[k])
            values_w.append(args.kw_values_w[k])
    return make_dialect(w_dialect, names, values_w)


def _dialect(w: W_Root) -> W_Dialect:
    if not isinstance(w, W_Dialect):
        raise operr(w_TypeError, "descriptor requires a '_csv.Dialect' object but received a '%s'"
                    % type_name(w))
    return w


def _char_or_none(c: int) -> W_Root:
    if c == NOT_SET:
        return w_None
    return W_StrObject(chr(c))


def dialect_get_delimiter(w: W_Root) -> W_Root:
    return W_StrObject(chr(_dialect(w).delimiter))


def dialect_get_doublequote(w: W_Root) -> W_Root:
    return space.wrap_bool(_dialect(w).doublequote)


def dialect_get_escapechar(w: W_Root) -> W_Root:
    return _char_or_none(_dialect(w).escapechar)


def dialect_get_lineterminator(w: W_Root) -> W_Root:
    return W_StrObject(_dialect(w).lineterminator)


def dialect_get_quotechar(w: W_Root) -> W_Root:
    return _char_or_none(_dialect(w).quotechar)


def dialect_get_quoting(w: W_Root) -> W_Root:
    return wrap_int(_dialect(w).quoting)


def dialect_get_skipinitialspace(w: W_Root) -> W_Root:
    return space.wrap_bool(_dialect(w).skipinitialspace)


def dialect_get_strict(w: W_Root) -> W_Root:
    return space.wrap_bool(_dialect(w).strict)


# -- the reader

class W_Reader(W_Root):
    w_input: W_Root
    dialect: W_Dialect
    state: int
    fields_w: list[W_Root]
    field: list[str]
    numeric_field: bool
    line_num: int

    def __init__(self, w_input: W_Root, dialect: W_Dialect) -> None:
        self.w_input = w_input
        self.dialect = dialect
        self.state = START_RECORD
        self.fields_w = []
        self.field = []
        self.numeric_field = False
        self.line_num = 0

    def getclass(self) -> W_TypeObject:
        return w_reader_type

    def save_field(self) -> None:
        w_field: W_Root = W_StrObject("".join(self.field))
        self.field = []
        if self.numeric_field:
            self.numeric_field = False
            w_field = space.call_function(w_float_type, [w_field])
        self.fields_w.append(w_field)

    def add_char(self, c: int) -> None:
        if len(self.field) >= STATE.field_limit:
            raise csv_error("field larger than field limit (%d)" % STATE.field_limit)
        self.field.append(chr(c))

    def process_char(self, c: int) -> None:
        d = self.dialect
        state = self.state
        if state == START_RECORD:
            if c == EOL:
                return          # an empty line: []
            if c == LF or c == CR:
                self.state = EAT_CRNL
                return
            self.state = START_FIELD
            state = START_FIELD
        if state == START_FIELD:
            if c == LF or c == CR or c == EOL:
                self.save_field()
                self.state = START_RECORD if c == EOL else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self.state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self.state = ESCAPED_CHAR
            elif c == SPACE and d.skipinitialspace:
                pass            # spaces at the start of a field
            elif c == d.delimiter:
                self.save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self.numeric_field = True
                self.add_char(c)
                self.state = IN_FIELD
            return
        if state == ESCAPED_CHAR:
            if c == LF or c == CR:
                self.add_char(c)
                self.state = AFTER_ESCAPED_CRNL
                return
            if c == EOL:
                c = LF
            self.add_char(c)
            self.state = IN_FIELD
            return
        if state == AFTER_ESCAPED_CRNL:
            if c == EOL:
                return
            state = IN_FIELD
        if state == IN_FIELD:
            if c == LF or c == CR or c == EOL:
                self.save_field()
                self.state = START_RECORD if c == EOL else EAT_CRNL
            elif c == d.escapechar:
                self.state = ESCAPED_CHAR
            elif c == d.delimiter:
                self.save_field()
                self.state = START_FIELD
            else:
                self.add_char(c)
                self.state = IN_FIELD
            return
        if state == IN_QUOTED_FIELD:
            if c == EOL:
                pass
            elif c == d.escapechar:
                self.state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self.state = QUOTE_IN_QUOTED_FIELD
                else:
                    self.state = IN_FIELD
            else:
                self.add_char(c)
            return
        if state == ESCAPE_IN_QUOTED_FIELD:
            if c == EOL:
                c = LF
            self.add_char(c)
            self.state = IN_QUOTED_FIELD
            return
        if state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self.add_char(c)        # "" in a quoted field is "
                self.state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self.save_field()
                self.state = START_FIELD
            elif c == LF or c == CR or c == EOL:
                self.save_field()
                self.state = START_RECORD if c == EOL else EAT_CRNL
            elif not d.strict:
                self.add_char(c)
                self.state = IN_FIELD
            else:
                raise csv_error("'%s' expected after '%s'" % (chr(d.delimiter), chr(d.quotechar)))
            return
        # EAT_CRNL
        if c == LF or c == CR:
            pass
        elif c == EOL:
            self.state = START_RECORD
        else:
            raise csv_error("new-line character seen in unquoted field - do you need to open "
                            "the file in universal-newline mode?")

    def iter_next(self) -> W_Root | None:
        self.fields_w = []
        self.field = []
        self.state = START_RECORD
        self.numeric_field = False
        while True:
            w_line = space.next_or_none(self.w_input)
            if w_line is None:
                if len(self.field) != 0 or self.state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise csv_error("unexpected end of data")
                    self.save_field()
                    break
                return space.STOP
            if not isinstance(w_line, W_StrObject):
                raise csv_error("iterator should return strings, not %s (the file should be "
                                "opened in text mode)" % type_name(w_line))
            self.line_num += 1
            for ch in w_line.as_str():
                self.process_char(ord(ch))
            self.process_char(EOL)
            if self.state == START_RECORD:
                break
        fields_w = self.fields_w
        self.fields_w = []
        return newlist(fields_w)


def csv_reader(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "expected at least 1 argument, got 0")
    w_iter = space.iter(args.args_w[0])
    return W_Reader(w_iter, _dialect_and_params(args, 1))


def _reader(w: W_Root) -> W_Reader:
    if not isinstance(w, W_Reader):
        raise operr(w_TypeError, "descriptor requires a '_csv.reader' object but received a '%s'"
                    % type_name(w))
    return w


def reader_get_dialect(w: W_Root) -> W_Root:
    return _reader(w).dialect


def reader_get_line_num(w: W_Root) -> W_Root:
    return wrap_int(_reader(w).line_num)


# -- the writer

class W_Writer(W_Root):
    w_write: W_Root
    dialect: W_Dialect

    def __init__(self, w_write: W_Root, dialect: W_Dialect) -> None:
        self.w_write = w_write
        self.dialect = dialect

    def getclass(self) -> W_TypeObject:
        return w_writer_type


def is_number(w: W_Root) -> bool:
    """PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted."""
    if is_int(w):
        return True
    for name in ["__index__", "__int__", "__float__", "__complex__"]:
        if space.lookup(w, name) is not None:
            return True
    return False


def join_append(d: W_Dialect, out: list[str], num_fields: int, field: str | None,
                quoted: bool) -> None:
    """One field onto the record (join_append_data's two passes: the
    first finds whether the field needs quotes)."""
    data = field if field is not None else ""
    body: list[str] = []
    for ch in data:
        c = ord(ch)
        if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                or d.lineterminator.find(ch) >= 0):
            want_escape = False
            if d.quoting == QUOTE_NONE:
                want_escape = True
            else:
                if c == d.quotechar:
                    if d.doublequote:
                        body.append(ch)
                    else:
                        want_escape = True
                elif c == d.escapechar:
                    want_escape = True
                if not want_escape:
                    quoted = True
            if want_escape:
                if d.escapechar == NOT_SET:
                    raise csv_error("need to escape, but no escapechar set")
                body.append(chr(d.escapechar))
        body.append(ch)
    if num_fields > 0:
        out.append(chr(d.delimiter))
    if quoted:
        out.append(chr(d.quotechar))
    out.append("".join(body))
    if quoted:
        out.append(chr(d.quotechar))


def writerow(w: W_Writer, w_row: W_Root) -> W_Root:
    d = w.dialect
    try:
        w_iter = space.iter(w_row)
    except OperationError as e:
        if e.match(w_TypeError):
            raise csv_error("iterable expected, not %s" % type_name(w_row))
        raise
    out: list[str] = []
    num_fields = 0
    while True:
        w_field = space.next_or_none(w_iter)
        if w_field is None:
            break
        if d.quoting == QUOTE_NONNUMERIC:
            quoted = not is_number(w_field)
        else:
            quoted = d.quoting == QUOTE_ALL
        field: str | None = None
        if isinstance(w_field, W_StrObject):
            field = w_field.as_str()
        elif w_field is not w_None:
            field = space.str_str(w_field)
        join_append(d, out, num_fields, field, quoted)
        num_fields += 1
    if num_fields > 0 and len("".join(out)) == 0:
        if d.quoting == QUOTE_NONE:
            raise csv_error("single empty field record must be quoted")
        out = []
        join_append(d, out, 0, None, True)
    out.append(d.lineterminator)
    return space.call_function(w.w_write, [W_StrObject("".join(out))])


def _writer(w: W_Root | None) -> W_Writer:
    if not isinstance(w, W_Writer):
        assert w is not None
        raise operr(w_TypeError, "descriptor requires a '_csv.writer' object but received a '%s'"
                    % type_name(w))
    return w


def writer_writerow(slots: list[W_Root | None]) -> W_Root:
    w_row = slots[1]
    assert w_row is not None
    return writerow(_writer(slots[0]), w_row)


def writer_writerows(slots: list[W_Root | None]) -> W_Root:
    w = _writer(slots[0])
    w_rows = slots[1]
    assert w_rows is not None
    w_iter = space.iter(w_rows)
    while True:
        w_row = space.next_or_none(w_iter)
        if w_row is None:
            break
        writerow(w, w_row)
    return w_None


def writer_get_dialect(w: W_Root) -> W_Root:
    return _writer(w).dialect


def csv_writer(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "expected at least 1 argument, got 0")
    w_write = space.getattr_or_none(args.args_w[0], "write")
    if w_write is None or not space.callable_w(w_write):
        raise operr(w_TypeError, 'argument 1 must have a "write" method')
    return W_Writer(w_write, _dialect_and_params(args, 1))


# -- the registry

def csv_register_dialect(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "register_dialect() expected at least 1 argument, got 0")
    if len(args.args_w) > 2:
        raise operr(w_TypeError, "register_dialect() expected at most 2 arguments, got %d"
                    % len(args.args_w))
    w_name = args.args_w[0]
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "dialect name must be a string")
    w_dialect: W_Root | None = args.args_w[1] if len(args.args_w) == 2 else None
    d = make_dialect(w_dialect, args.kw_names, args.kw_values_w)
    STATE.w_dialects.setitem(w_name, d)
    return w_None


def csv_unregister_dialect(slots: list[W_Root | None]) -> W_Root:
    w_name = slots[0]
    assert w_name is not None
    if STATE.w_dialects.getitem(w_name) is None:
        raise csv_error("unknown dialect")
    STATE.w_dialects.delitem(w_name)
    return w_None


def csv_get_dialect(slots: list[W_Root | None]) -> W_Root:
    w_name = slots[0]
    assert w_name is not None
    return get_dialect(w_name)


def csv_list_dialects(slots: list[W_Root | None]) -> W_Root:
    return newlist(STATE.w_dialects.keys())


def csv_field_size_limit(args: Arguments) -> W_Root:
    old = STATE.field_limit
    w_new: W_Root | None = None
    if len(args.args_w) > 1:
        raise operr(w_TypeError, "field_size_limit expected at most 1 argument, got %d"
                    % len(args.args_w))
    if len(args.args_w) == 1:
        w_new = args.args_w[0]
    for k in range(len(args.kw_names)):
        if args.kw_names[k] == "new_limit":
            w_new = args.kw_values_w[k]
        else:
            raise operr(w_TypeError, "field_size_limit() got an unexpected keyword argument '%s'"
                        % args.kw_names[k])
    if w_new is not None:
        if not is_int(w_new):
            raise operr(w_TypeError, "limit must be an integer")
        STATE.field_limit = space.int_of_w(w_new)
    return wrap_int(old)


register_raw(w_dialect_type, "__new__", dialect_new)
getset(w_dialect_type, "delimiter", dialect_get_delimiter)
getset(w_dialect_type, "doublequote", dialect_get_doublequote)
getset(w_dialect_type, "escapechar", dialect_get_escapechar)
getset(w_dialect_type, "lineterminator", dialect_get_lineterminator)
getset(w_dialect_type, "quotechar", dialect_get_quotechar)
getset(w_dialect_type, "quoting", dialect_get_quoting)
getset(w_dialect_type, "skipinitialspace", dialect_get_skipinitialspace)
getset(w_dialect_type, "strict", dialect_get_strict)
register(w_reader_type, "__iter__(self, /)", iter_self)
register(w_reader_type, "__next__(self, /)", iter_next_meth)
getset(w_reader_type, "dialect", reader_get_dialect)
getset(w_reader_type, "line_num", reader_get_line_num)
register(w_writer_type, "writerow(self, row, /)", writer_writerow)
register(w_writer_type, "writerows(self, rows, /)", writer_writerows)
getset(w_writer_type, "dialect", writer_get_dialect)

FUNCTIONS = [
    register_raw(None, "reader", csv_reader),
    register_raw(None, "writer", csv_writer),
    register_raw(None, "register_dialect", csv_register_dialect),
    register(None, "unregister_dialect(name)", csv_unregister_dialect),
    register(None, "get_dialect(name)", csv_get_dialect),
    register(None, "list_dialects()", csv_list_dialects),
    register_raw(None, "field_size_limit", csv_field_size_limit),
]

DOC = """CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""


def make_module() -> W_Module:
    w_mod = W_Module("_csv", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("Dialect", w_dialect_type)
    d.setitem_str("Reader", w_reader_type)
    d.setitem_str("Writer", w_writer_type)
    d.setitem_str("Error", w_Error)
    d.setitem_str("_dialects", STATE.w_dialects)
    d.setitem_str("__version__", W_StrObject("1.0"))
    d.setitem_str("__doc__", W_StrObject(DOC))
    d.setitem_str("QUOTE_MINIMAL", wrap_int(QUOTE_MINIMAL))
    d.setitem_str("QUOTE_ALL", wrap_int(QUOTE_ALL))
    d.setitem_str("QUOTE_NONNUMERIC", wrap_int(QUOTE_NONNUMERIC))
    d.setitem_str("QUOTE_NONE", wrap_int(QUOTE_NONE))
    return w_mod


_unused = [w_AttributeError]

register_module("_csv", make_module)
