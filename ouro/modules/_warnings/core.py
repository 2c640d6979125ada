"""The warnings machinery behind the `_warnings` module, with the
behaviour of CPython 3.11's C implementation (Python/_warnings.c), which
Lib/warnings.py takes over when `_warnings` provides it:

- the state: the filters list (the very list warnings.filters is), the
  once registry, the default action, and the filters version that
  invalidates the per-module registries when a filter changes;
- warn(): the caller's context from the frames (stacklevel, importlib's
  bootstrap frames skipped), the module's `__warningregistry__`;
- warn_explicit(): the filters in order, the actions, the registries;
- the display: warnings._showwarnmsg(WarningMessage(...)), or, when the
  warnings module is not there, a plain "file:line: Category: text" line
  to sys.stderr.

Whatever the warnings module replaced (filters, defaultaction,
onceregistry, _showwarnmsg) is read from it on each warning, as CPython
does.  The interpreter's own warnings call warn() and warn_explicit()
here directly (ouro/interpreter/importing.py, reduce.py, sys).
"""
from __future__ import annotations

from ouro.interpreter import frame as framemod
from ouro.interpreter import importing
from ouro.interpreter import traceback as tbmod
from ouro.interpreter.output import STDERR, write_text
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, operr, w_OverflowError,
                                      w_RuntimeError, w_TypeError, w_ValueError)
from ouro.objspace.intobject import W_IntObject, W_LongObject, w_int_type, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import W_Root, W_TypeObject, type_name, w_None, w_type_type
from ouro.objspace.strobject import W_StrObject, w_str_type
from ouro.objspace.tupleobject import W_TupleObject

w_Warning = EXCEPTION_TYPES["Warning"]
w_UserWarning = EXCEPTION_TYPES["UserWarning"]
w_ImportError = EXCEPTION_TYPES["ImportError"]


class WarningsState:
    """The module's state, made on first use (a warning can come before
    anything imports `_warnings`).  The warnings module's attributes of
    the same names win while it is imported; what was last read from it
    is kept here, as CPython keeps it, for when it is gone."""
    w_filters: W_Root | None
    w_onceregistry: W_Root | None
    w_defaultaction: W_Root | None
    filters_version: int

    def __init__(self) -> None:
        self.w_filters = None
        self.w_onceregistry = None
        self.w_defaultaction = None
        self.filters_version = 0


STATE = WarningsState()


def _filter(action: str, w_category: W_TypeObject, w_module: W_Root) -> W_Root:
    return W_TupleObject([W_StrObject(action), w_None, w_category, w_module, wrap_int(0)])


def default_filters() -> list[W_Root]:
    """The filters of a release build: DeprecationWarning shown in
    __main__ only; PendingDeprecation, Import and Resource warnings
    ignored.  The module is a plain str, matched by equality (a filter
    added by warnings.filterwarnings holds a compiled regex instead)."""
    return [_filter("default", EXCEPTION_TYPES["DeprecationWarning"], W_StrObject("__main__")),
            _filter("ignore", EXCEPTION_TYPES["DeprecationWarning"], w_None),
            _filter("ignore", EXCEPTION_TYPES["PendingDeprecationWarning"], w_None),
            _filter("ignore", EXCEPTION_TYPES["ImportWarning"], w_None),
            _filter("ignore", EXCEPTION_TYPES["ResourceWarning"], w_None)]


def state_filters() -> W_Root:
    w = STATE.w_filters
    if w is None:
        w = W_ListObject(default_filters())
        STATE.w_filters = w
    return w


def state_onceregistry() -> W_Root:
    w = STATE.w_onceregistry
    if w is None:
        w = W_DictObject()
        STATE.w_onceregistry = w
    return w


def state_defaultaction() -> W_Root:
    w = STATE.w_defaultaction
    if w is None:
        w = W_StrObject("default")
        STATE.w_defaultaction = w
    return w


def filters_mutated() -> None:
    STATE.filters_version += 1


def is_warning(w_obj: W_Root) -> bool:
    """isinstance(w_obj, Warning), without the general protocol for the
    usual message, a str."""
    w_t = w_obj.getclass()
    if w_t.issubtype(w_Warning):
        return True
    if w_t is w_str_type:
        return False
    return space.isinstance_check(w_obj, w_Warning)


def is_subclass(w_sub: W_Root, w_cls: W_Root) -> bool:
    """issubclass(w_sub, w_cls); a class whose metaclass is type answers
    directly (what its __subclasscheck__ would do)."""
    if (isinstance(w_cls, W_TypeObject) and isinstance(w_sub, W_TypeObject)
            and w_cls.getclass() is w_type_type):
        return w_sub.issubtype(w_cls)
    return space.issubclass_check(w_sub, w_cls)


# -- the warnings module's attributes

def warnings_attr(name: str, try_import: bool) -> W_Root | None:
    """warnings.<name>, or None when there is no such attribute or no
    warnings module (imported first when try_import; an ImportError then
    means None too)."""
    if try_import:
        try:
            w_mod = importing.import_one("warnings")
        except OperationError as e:
            if e.match(w_ImportError):
                return None
            raise
    else:
        w_found = importing.STATE.w_modules.getitem_str("warnings")
        if w_found is None or w_found is w_None:
            return None
        w_mod = w_found
    return space.getattr_or_none(w_mod, name)


def get_filters() -> W_Root:
    w_filters = warnings_attr("filters", False)
    if w_filters is None:
        w_filters = state_filters()
    else:
        STATE.w_filters = w_filters
    if not isinstance(w_filters, W_ListObject):
        raise operr(w_ValueError, "_warnings.filters must be a list")
    return w_filters


def get_default_action() -> W_Root:
    w_action = warnings_attr("defaultaction", False)
    if w_action is None:
        return state_defaultaction()
    if not isinstance(w_action, W_StrObject):
        raise operr(w_TypeError, "_warnings.defaultaction must be a string, not '%s'"
                    % type_name(w_action))
    STATE.w_defaultaction = w_action
    return w_action


def get_once_registry() -> W_DictObject:
    w_reg = warnings_attr("onceregistry", False)
    if w_reg is None:
        w_reg = state_onceregistry()
    elif not isinstance(w_reg, W_DictObject):
        raise operr(w_TypeError, "_warnings.onceregistry must be a dict, not '%s'"
                    % type_name(w_reg))
    STATE.w_onceregistry = w_reg
    assert isinstance(w_reg, W_DictObject)
    return w_reg


# -- the filters

def check_matched(w_pattern: W_Root, w_arg: W_Root) -> bool:
    """None matches everything; a plain str (the default filters') only
    itself; anything else is a regex whose match() decides."""
    if w_pattern is w_None:
        return True
    if isinstance(w_pattern, W_StrObject) and w_pattern.getclass() is w_str_type:
        if isinstance(w_arg, W_StrObject):
            return w_pattern.as_str() == w_arg.as_str()
        raise operr(w_TypeError, "Can't compare %s and %s" % (type_name(w_pattern),
                                                             type_name(w_arg)))
    return space.is_true(space.call_method(w_pattern, "match", [w_arg]))


def filter_int(w: W_Root) -> int:
    """PyLong_AsSsize_t: an int, no __index__."""
    if isinstance(w, W_IntObject):
        return w.intval
    if isinstance(w, W_LongObject):
        raise operr(w_OverflowError, "Python int too large to convert to C ssize_t")
    raise operr(w_TypeError, "an integer is required")


class Match:
    """get_filter's answer: the action and the filter that chose it
    (w_None for the default action)."""
    w_action: W_StrObject
    w_item: W_Root

    def __init__(self, w_action: W_StrObject, w_item: W_Root) -> None:
        self.w_action = w_action
        self.w_item = w_item


def get_filter(w_category: W_Root, w_text: W_Root, lineno: int, w_module: W_Root) -> Match:
    w_filters = get_filters()
    assert isinstance(w_filters, W_ListObject)
    i = 0
    # the list may change under us (a regex's match() is Python code)
    while i < w_filters.length():
        w_item = w_filters.getitem(i)
        if not isinstance(w_item, W_TupleObject) or len(w_item.items_w) != 5:
            raise operr(w_ValueError, "_warnings.filters item %d isn't a 5-tuple" % i)
        items_w = w_item.items_w
        w_action = items_w[0]
        if not isinstance(w_action, W_StrObject):
            raise operr(w_TypeError, "action must be a string, not '%s'" % type_name(w_action))
        good_msg = check_matched(items_w[1], w_text)
        good_mod = check_matched(items_w[3], w_module)
        good_cat = is_subclass(w_category, items_w[2])
        ln = filter_int(items_w[4])
        if good_msg and good_cat and good_mod and (ln == 0 or ln == lineno):
            return Match(w_action, w_item)
        i += 1
    w_default = get_default_action()
    assert isinstance(w_default, W_StrObject)
    return Match(w_default, w_None)


# -- the registries

def already_warned(w_registry: W_DictObject, w_key: W_Root, should_set: bool) -> bool:
    """The registry has a true entry for w_key (a registry of an older
    filters version is emptied first: a filter changed since)."""
    w_version = w_registry.getitem_str("version")
    if (not isinstance(w_version, W_IntObject) or w_version.getclass() is not w_int_type
            or w_version.intval != STATE.filters_version):
        w_registry.clear()
        w_registry.setitem_str("version", wrap_int(STATE.filters_version))
    else:
        w_seen = w_registry.getitem(w_key)
        if w_seen is not None and space.is_true(w_seen):
            return True
    if should_set:
        w_registry.setitem(w_key, space.wrap_bool(True))
    return False


def update_registry(w_registry: W_DictObject, w_text: W_Root, w_category: W_Root) -> bool:
    """The 'once' and 'module' actions: (text, category) marks the
    warning as given, whatever its line."""
    return already_warned(w_registry, W_TupleObject([w_text, w_category]), True)


def normalize_module(filename: str) -> str:
    """The module a warn_explicit() without one is from: its file name
    less a ".py"."""
    if filename == "":
        return "<unknown>"
    if filename.endswith(".py"):
        end = len(filename) - 3
        assert end >= 0
        return filename[:end]
    return filename


# -- warn_explicit

def warn_explicit(w_category: W_Root, w_message: W_Root, w_filename: W_Root, lineno: int,
                  w_module: W_Root | None, w_registry: W_Root | None,
                  w_sourceline: W_Root | None, w_source: W_Root | None) -> None:
    """One warning: filtered, registered, shown or raised.  w_module None:
    from the file name; w_registry None or w_None: no registry;
    w_source None: not given (the warnings module is then not imported
    to show it)."""
    if w_module is w_None:
        # (a warning late at shutdown: no filters to choose from)
        return
    if w_registry is not None and w_registry is not w_None \
            and not isinstance(w_registry, W_DictObject):
        raise operr(w_TypeError, "'registry' must be a dict or None")
    if w_module is None:
        assert isinstance(w_filename, W_StrObject)
        w_module = W_StrObject(normalize_module(w_filename.as_str()))
    if is_warning(w_message):
        w_text = space.str_obj(w_message)
        w_category = w_message.getclass()
    else:
        w_text = w_message
        w_message = space.call_function(w_category, [w_message])
    w_lineno = wrap_int(lineno)
    w_key = W_TupleObject([w_text, w_category, w_lineno])
    registry: W_DictObject | None = None
    if isinstance(w_registry, W_DictObject):
        registry = w_registry
        if already_warned(registry, w_key, False):
            return
    match = get_filter(w_category, w_text, lineno, w_module)
    action = match.w_action.as_str()
    if action == "error":
        raise OperationError(framemod.make_exception(w_message))
    if action == "ignore":
        return
    seen = False
    if action != "always":
        # the registry remembers the warning, except for "always"
        if registry is not None:
            registry.setitem(w_key, space.wrap_bool(True))
        if action == "once":
            # (CPython's C code marks it in the module's registry when
            # there is one, the global once registry only without)
            if registry is None:
                registry = get_once_registry()
            seen = update_registry(registry, w_text, w_category)
        elif action == "module":
            if registry is not None:
                seen = update_registry(registry, w_text, w_category)
        elif action != "default":
            raise operr(w_RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s"
                        % (space.repr_str(match.w_action), space.repr_str(match.w_item)))
    if not seen:
        show(w_category, w_text, w_message, w_filename, lineno, w_lineno, w_sourceline, w_source)


# -- the display

def show(w_category: W_Root, w_text: W_Root, w_message: W_Root, w_filename: W_Root, lineno: int,
         w_lineno: W_Root, w_sourceline: W_Root | None, w_source: W_Root | None) -> None:
    """warnings._showwarnmsg(WarningMessage(...)); without it, the plain
    writer."""
    w_show = warnings_attr("_showwarnmsg", w_source is not None)
    if w_show is None:
        show_plain(w_filename, lineno, w_text, w_category, w_sourceline)
        return
    if not space.callable_w(w_show):
        raise operr(w_TypeError, "warnings._showwarnmsg() must be set to a callable")
    w_cls = warnings_attr("WarningMessage", False)
    if w_cls is None:
        raise operr(w_RuntimeError, "unable to get warnings.WarningMessage")
    w_src: W_Root = w_None if w_source is None else w_source
    w_msg = space.call_function(w_cls, [w_message, w_category, w_filename, w_lineno,
                                        w_None, w_None, w_src])
    space.call_function(w_show, [w_msg])


def strip_indent(line: str) -> str:
    i = 0
    while i < len(line) and (line[i] == " " or line[i] == "\t" or line[i] == "\x0c"):
        i += 1
    return line[i:]


def show_plain(w_filename: W_Root, lineno: int, w_text: W_Root, w_category: W_Root,
               w_sourceline: W_Root | None) -> None:
    """"file:line: Category: text" and the source line, indented by two,
    to sys.stderr; errors in the writing are dropped."""
    w_err = framemod.REFS.w_sys_dict.getitem_str("stderr")
    if w_err is None:
        write_text(STDERR, "lost sys.stderr\n")
        return
    try:
        name = space.str_of_w(space.getattr(w_category, "__name__"))
        text = "%s:%d: %s: %s\n" % (space.str_str(w_filename), lineno, name,
                                    space.str_str(w_text))
        line = ""
        if w_sourceline is not None:
            line = strip_indent(space.str_str(w_sourceline))
        elif isinstance(w_filename, W_StrObject):
            line = strip_indent(tbmod.get_line(w_filename.as_str(), lineno))
        if line != "":
            text += "  " + line + "\n"
        space.call_method(w_err, "write", [W_StrObject(text)])
    except OperationError:
        pass


# -- warn: the context from the frames

def is_internal_frame(f: framemod.Frame | None) -> bool:
    """A frame of importlib's bootstrap (which warn's stacklevel skips)."""
    if f is None:
        return False
    filename = f.pycode.co.co_filename
    return filename.find("importlib") >= 0 and filename.find("_bootstrap") >= 0


def next_external_frame(f: framemod.Frame) -> framemod.Frame | None:
    back = f.back
    while back is not None and is_internal_frame(back):
        back = back.back
    return back


class Context:
    """Where a warn() is from: file, line, module name and registry."""
    w_filename: W_Root
    lineno: int
    w_module: W_Root
    w_registry: W_Root

    def __init__(self, w_filename: W_Root, lineno: int, w_module: W_Root,
                 w_registry: W_Root) -> None:
        self.w_filename = w_filename
        self.lineno = lineno
        self.w_module = w_module
        self.w_registry = w_registry


def setup_context(stacklevel: int) -> Context:
    """The frame `stacklevel` levels up from the running Python code (1:
    that code itself); with a stack too short, the sys module, "sys":1."""
    f = framemod.get_ec().topframe
    # (importlib's frames are skipped only when the warning is not from
    # one of them itself)
    skip_internal = stacklevel > 0 and not is_internal_frame(f)
    stacklevel -= 1
    while stacklevel > 0 and f is not None:
        if skip_internal:
            f = next_external_frame(f)
        else:
            f = f.back
        stacklevel -= 1
    if f is None:
        w_globals = framemod.REFS.w_sys_dict
        w_filename: W_Root = W_StrObject("sys")
        lineno = 1
    else:
        w_globals = f.w_globals
        w_filename = W_StrObject(f.pycode.co.co_filename)
        lineno = frame_line(f)
    w_registry = w_globals.getitem_str("__warningregistry__")
    if w_registry is None:
        w_registry = W_DictObject()
        w_globals.setitem_str("__warningregistry__", w_registry)
    w_module = w_globals.getitem_str("__name__")
    if w_module is None or (w_module is not w_None and not isinstance(w_module, W_StrObject)):
        w_module = W_StrObject("<string>")
    return Context(w_filename, lineno, w_module, w_registry)


def frame_line(f: framemod.Frame) -> int:
    """The line the frame is at (its first line before it started), from
    the code's decoded positions: a loop that warns would decode the line
    table on each warning otherwise."""
    co = f.pycode.co
    if f.last_instr < 0:
        return co.co_firstlineno
    positions = co.positions()
    i = 4 * f.last_instr
    if i < len(positions):
        return positions[i]
    return -1


def do_warn(w_message: W_Root, w_category: W_Root, stacklevel: int,
            w_source: W_Root | None) -> None:
    ctx = setup_context(stacklevel)
    warn_explicit(w_category, w_message, ctx.w_filename, ctx.lineno, ctx.w_module,
                  ctx.w_registry, None, w_source)


def get_category(w_message: W_Root, w_category: W_Root) -> W_Root:
    """warn()'s category: the message's class for a Warning instance,
    UserWarning by default; anything but a Warning subclass is refused."""
    if is_warning(w_message):
        w_category = w_message.getclass()
    elif w_category is w_None:
        w_category = w_UserWarning
    ok = False
    try:
        ok = is_subclass(w_category, w_Warning)
    except OperationError:
        ok = False
    if not ok:
        raise operr(w_TypeError, "category must be a Warning subclass, not '%s'"
                    % type_name(w_category))
    return w_category


# -- for the interpreter's own warnings (PyErr_WarnEx, PyErr_WarnExplicit)

def warn(w_category: W_TypeObject, message: str, stacklevel: int) -> None:
    """A warning of the interpreter's, from the running Python code
    (stacklevel 1) or a caller of it."""
    do_warn(W_StrObject(message), w_category, stacklevel, None)


space.WARNINGS.hooks.append(warn)


def warn_at(w_category: W_TypeObject, message: str, filename: str, lineno: int) -> None:
    """A warning about a place in a file (the compiler's SyntaxWarnings):
    the module from the file name, no registry."""
    warn_explicit(w_category, W_StrObject(message), W_StrObject(filename), lineno, None,
                  None, None, None)
