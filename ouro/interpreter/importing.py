"""The import system: `__import__`, IMPORT_NAME/IMPORT_FROM/IMPORT_STAR,
sys.modules, sys.path, packages and relative imports.

Modules are found on sys.path as NAME.py or NAME/__init__.py (a package,
whose `__path__` is searched for its submodules), or as directories NAME
without either (a PEP 420 namespace package, made by importlib's
machinery as CPython's PathFinder makes it); built-in modules
(`sys`, `builtins`, and those of ouro/modules) come from a table.  Source
files are compiled through the bytecode cache (ouro/compiler/pycache.py),
so a module imported again later is not parsed again.  The pure-Python
standard library is the installed CPython 3.11's `Lib/`.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.compiler.code import CodeObject
from ouro.compiler.pycache import compile_file, finish_cache, nested_codes, set_filename
from ouro.interpreter import frame as framemod
from ouro.interpreter.module import W_Module
from ouro.interpreter.output import STDOUT, write_text
from ouro.interpreter.pycode import PyCode
from ouro.modules import registry
from ouro.modules._warnings import core as warnings_core
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.gateway import W_BuiltinFunction
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_AttributeError, w_ImportError, w_KeyError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import Arguments, W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject
from ouro.parser.errors import WARNINGS, SourceError

w_ModuleNotFoundError = EXCEPTION_TYPES["ModuleNotFoundError"]


class ImportState:
    w_modules: W_DictObject          # sys.modules
    w_path: W_ListObject             # sys.path
    builtin_modules: dict[str, W_Module]
    # once the package importlib is imported: its _bootstrap and
    # _bootstrap_external (modules imported later get a __spec__)
    w_bootstrap: W_Root | None
    w_bootstrap_external: W_Root | None

    def __init__(self) -> None:
        self.w_modules = W_DictObject()
        self.w_path = W_ListObject([])
        self.builtin_modules = {}
        self.w_bootstrap = None
        self.w_bootstrap_external = None


STATE = ImportState()

# the built-in __import__ (set by ouro/modules/builtins): IMPORT_NAME calls
# the import machinery directly unless a program replaced it
BUILTIN_IMPORT: list[W_Root] = []


def add_builtin_module(w_mod: W_Module) -> None:
    name = w_mod.name()
    bind_module_functions(w_mod)
    STATE.builtin_modules[name] = w_mod
    STATE.w_modules.setitem_str(name, w_mod)


def bind_module_functions(w_mod: W_Module) -> None:
    """The built-in functions of a built-in module get the module as their
    __self__ (CPython's m_self)."""
    for w_v in w_mod.w_dict.values():
        if isinstance(w_v, W_BuiltinFunction) and w_v.w_objclass is None and \
                w_v.w_self is None and w_v.w_module is None:
            w_v.w_module = w_mod


def import_error(msg: str, name: str) -> OperationError:
    w_exc = W_BaseException(w_ModuleNotFoundError, [space.wrap_str(msg)])
    w_exc.set_member("name", space.wrap_str(name))
    return OperationError(w_exc)


def is_file(path: str) -> bool:
    try:
        mode = ros.stat(path, ros.STAT_MODE)
    except OSError:
        return False
    return (mode & ros.S_IFMT) == ros.S_IFREG


def is_dir(path: str) -> bool:
    try:
        mode = ros.stat(path, ros.STAT_MODE)
    except OSError:
        return False
    return (mode & ros.S_IFMT) == ros.S_IFDIR


def join(a: str, b: str) -> str:
    if a == "":
        return b
    if a.endswith("/"):
        return a + b
    return a + "/" + b


def path_dirs(path_w: list[W_Root]) -> list[str]:
    """The directories of a path list (its str entries; "" is the current
    directory by its absolute name, as importlib's PathFinder: a module's
    __file__ stays valid after a chdir)."""
    dirs: list[str] = []
    for w_dir in path_w:
        if not isinstance(w_dir, W_StrObject):
            continue
        d = w_dir.as_str()
        if d == "":
            try:
                d = ros.getcwd()
            except OSError:
                continue
        dirs.append(d)
    return dirs


def find_in_path(name: str, path_w: list[W_Root]) -> tuple[str, bool]:
    """(file, is_package) of module `name` (last component) on a path
    list, or ("", False)."""
    for d in path_dirs(path_w):
        pkg = join(d, name)
        init = join(pkg, "__init__.py")
        if is_dir(pkg) and is_file(init):
            return (init, True)
        f = join(d, name + ".py")
        if is_file(f):
            return (f, False)
    return ("", False)


def namespace_portions(name: str, path_w: list[W_Root]) -> list[str]:
    """The directories `name` on a path list: the portions of a namespace
    package, when find_in_path found no module or regular package (which
    win over a namespace portion in any entry, as in PathFinder)."""
    portions: list[str] = []
    for d in path_dirs(path_w):
        pkg = join(d, name)
        if is_dir(pkg):
            portions.append(pkg)
    return portions


def make_namespace_module(fullname: str, portions: list[str]) -> W_Root:
    """A namespace package, as importlib makes it: a spec without loader
    or origin whose submodule_search_locations is a _NamespacePath (which
    follows its parent's path), then _init_module_attrs (a
    NamespaceLoader, `__file__` None, `__path__` the _NamespacePath)."""
    import_one("importlib")     # the bootstrap modules, installed
    w_external = STATE.w_bootstrap_external
    w_bootstrap = STATE.w_bootstrap
    portions_w: list[W_Root] = [space.wrap_str(p) for p in portions]
    w_mod = W_Module(fullname, None)
    if w_external is None or w_bootstrap is None:
        # (no importlib on sys.path) a plain list as __path__
        w_mod.w_dict.setitem_str("__path__", W_ListObject(portions_w))
        w_mod.w_dict.setitem_str("__package__", space.wrap_str(fullname))
        w_mod.w_dict.setitem_str("__file__", w_None)
    else:
        w_get_spec = space.getattr(space.getattr(w_external, "PathFinder"), "_get_spec")
        w_nspath = space.call_function(space.getattr(w_external, "_NamespacePath"),
                                       [space.wrap_str(fullname), W_ListObject(portions_w),
                                        w_get_spec])
        w_spec = space.call_function(space.getattr(w_bootstrap, "ModuleSpec"),
                                     [space.wrap_str(fullname), w_None])
        space.setattr(w_spec, "submodule_search_locations", w_nspath)
        space.call_function(space.getattr(w_bootstrap, "_init_module_attrs"), [w_spec, w_mod])
    STATE.w_modules.setitem_str(fullname, w_mod)
    return w_mod


def emit_compile_warnings() -> None:
    """The parser's and the compiler's pending warnings, through
    _warnings.warn_explicit(message, category, filename, lineno) (no
    registry: shown every time).  One that the filters turn into an error
    of its own category is raised as the SyntaxError it comes with, as
    CPython's compiler_warn and warn_invalid_escape_sequence do; the rest
    are dropped (CPython's compilation stops there)."""
    pending = WARNINGS
    if pending.count() == 0:
        return
    filenames = pending.filenames
    categories = pending.categories
    errors = pending.errors
    pending.clear()
    for i in range(len(errors)):
        e = errors[i]
        w_category = EXCEPTION_TYPES[categories[i]]
        try:
            warnings_core.warn_at(w_category, e.msg, filenames[i], e.lineno)
        except OperationError as oe:
            if not oe.match(w_category):
                raise
            if e.text is None:
                e.text = file_line(filenames[i], e.lineno)
            raise framemod.syntax_error_from(e, filenames[i])


def file_line(filename: str, lineno: int) -> str | None:
    """Line `lineno` of the file `filename`, with its newline, or None."""
    if lineno < 1 or filename == "" or filename.startswith("<"):
        return None
    try:
        raw = ros.read_file(filename)
    except OSError:
        return None
    lines = raw.split(b"\n")
    if lineno > len(lines) or (lineno == len(lines) and lines[-1] == b""):
        return None
    line = lines[lineno - 1]
    if lineno < len(lines):
        line += b"\n"
    try:
        return line.decode()
    except UnicodeDecodeError:
        return None


def init_stdlib_path() -> str:
    import sysconfig
    return sysconfig.get_paths()["stdlib"]


# the pure-Python standard library: the installed CPython's Lib/
STDLIB_PATH = init_stdlib_path()

# The standard-library modules CPython 3.11 freezes into its executable
# (besides importlib's bootstrap, FROZEN_IMPORTLIB), with their files.
# Their code objects are named "<frozen NAME>", so tracebacks through them
# show that name and no source line, as CPython's do ('File "<frozen os>",
# line 679, in __getitem__').
FROZEN_STDLIB = {"zipimport": "zipimport.py", "abc": "abc.py", "codecs": "codecs.py",
                 "io": "io.py", "_collections_abc": "_collections_abc.py",
                 "_sitebuiltins": "_sitebuiltins.py", "genericpath": "genericpath.py",
                 "ntpath": "ntpath.py", "posixpath": "posixpath.py", "os": "os.py",
                 "site": "site.py", "stat": "stat.py", "importlib.util": "importlib/util.py",
                 "importlib.machinery": "importlib/machinery.py", "runpy": "runpy.py"}


def code_filename(fullname: str, path: str) -> str:
    """The co_filename of module `fullname` loaded from `path`: CPython's
    "<frozen NAME>" for the stdlib's own file of a module it freezes."""
    rel = FROZEN_STDLIB.get(fullname, "")
    if rel != "" and path == STDLIB_PATH + "/" + rel:
        return "<frozen %s>" % fullname
    return path


# The classes of stdlib modules that CPython runs from a C accelerator
# (_asyncio's Future and Task) where ouro runs the pure-Python ones: a C
# method has no frame, so theirs add no traceback entry (a failed task
# prints CPython's traceback, without futures.py/tasks.py lines).  Module -> (its file under the stdlib, the classes).
C_ACCELERATED = {"asyncio.futures": ("asyncio/futures.py", ["Future"]),
                 "asyncio.tasks": ("asyncio/tasks.py", ["Task"])}


def hide_accelerated_frames(co: CodeObject, fullname: str, path: str) -> None:
    """Marks the methods of C_ACCELERATED's classes (and the functions
    nested in them) in the stdlib's own module."""
    if fullname not in C_ACCELERATED:
        return
    rel, classes = C_ACCELERATED[fullname]
    if path != STDLIB_PATH + "/" + rel:
        return
    for c in nested_codes(co):
        dot = c.co_qualname.find(".")
        if dot > 0 and c.co_qualname[:dot] in classes:
            c.hidden_in_tracebacks = True


def compile_source_file(path: str) -> CodeObject:
    """The code of the source file at path, through the bytecode cache:
    the parser's and compiler's warnings are emitted before the cache file
    is written (one the filters make an error leaves none), a SyntaxError
    is raised as Python's.  Raises OSError if the file cannot be read."""
    try:
        co, pending = compile_file(path)
    except SourceError as e:
        emit_compile_warnings()
        raise framemod.syntax_error_from(e, path)
    emit_compile_warnings()
    finish_cache(pending)
    return co


def exec_code_in_module(w_mod: W_Module, path: str, fullname: str = "") -> None:
    try:
        co = compile_source_file(path)
    except OSError:
        raise operr(w_ImportError, "cannot read %s" % path)
    shown = code_filename(fullname, path)
    if shown != path:
        set_filename(co, shown)
    hide_accelerated_frames(co, fullname, path)
    f = framemod.Frame(PyCode(co), w_mod.w_dict, w_mod.w_dict, [])
    f.execute(None, None)


def load_module(fullname: str, path_w: list[W_Root]) -> W_Root | None:
    last = fullname
    dot = fullname.rfind(".")
    if dot >= 0:
        last = fullname[dot + 1:]
    if fullname in STATE.builtin_modules:
        return STATE.builtin_modules[fullname]
    if fullname in registry.MODULES:
        w_builtin = registry.MODULES[fullname]()
        w_builtin.builtin = True
        add_builtin_module(w_builtin)
        init_builtin_spec(fullname, w_builtin)
        return w_builtin
    filename, is_pkg = find_in_path(last, path_w)
    if filename == "":
        if fullname in FROZEN_IMPORTLIB:
            return load_frozen_importlib(fullname)
        portions = namespace_portions(last, path_w)
        if len(portions) > 0:
            return make_namespace_module(fullname, portions)
        return None
    w_mod = W_Module(fullname, None)
    d = w_mod.w_dict
    d.setitem_str("__file__", space.wrap_str(filename))
    d.setitem_str("__builtins__", framemod.builtins_module())
    if is_pkg:
        pkgdir = filename[:filename.rfind("/")]
        d.setitem_str("__path__", W_ListObject([space.wrap_str(pkgdir)]))
        d.setitem_str("__package__", space.wrap_str(fullname))
    else:
        d.setitem_str("__package__", space.wrap_str(fullname[:dot] if dot >= 0 else ""))
    init_file_spec(fullname, filename, w_mod)
    STATE.w_modules.setitem_str(fullname, w_mod)
    try:
        exec_code_in_module(w_mod, filename, fullname)
    except OperationError:
        STATE.w_modules.delitem(space.wrap_str(fullname))
        raise
    if fullname == "collections":
        # CPython's startup here (site, the .pth files of the installation
        # whose Lib/ we use) imports typing, hence collections.abc: programs
        # find collections.abc after a bare `import collections`
        try_import_sub("collections", "abc")
    w_final = STATE.w_modules.getitem_str(fullname)
    return w_final if w_final is not None else w_mod


def sys_path_w() -> list[W_Root]:
    """The entries of sys.path as it is now: a program may bind a new list
    to sys.path (multiprocessing's spawn does), not only change the list."""
    w_sys = STATE.w_modules.getitem_str("sys")
    if isinstance(w_sys, W_Module):
        w_path = w_sys.w_dict.getitem_str("path")
        if isinstance(w_path, W_ListObject):
            return w_path.getitems_copy()
    return STATE.w_path.getitems_copy()


def init_builtin_spec(name: str, w_mod: W_Root) -> None:
    """Once importlib is there: __spec__ and __loader__ of a built-in
    module (importlib.BuiltinImporter), as CPython's."""
    w_bootstrap = STATE.w_bootstrap
    if w_bootstrap is None:
        return
    w_loader = space.getattr(w_bootstrap, "BuiltinImporter")
    w_spec = space.call_args(space.getattr(w_bootstrap, "ModuleSpec"), Arguments(
        [space.wrap_str(name), w_loader], ["origin"], [space.wrap_str("built-in")]))
    space.call_function(space.getattr(w_bootstrap, "_init_module_attrs"), [w_spec, w_mod])


def init_file_spec(name: str, filename: str, w_mod: W_Root) -> None:
    """Once importlib is there: __spec__, __loader__ and __cached__ of a
    module loaded from a file (importlib's spec_from_file_location)."""
    w_external = STATE.w_bootstrap_external
    w_bootstrap = STATE.w_bootstrap
    if w_external is None or w_bootstrap is None:
        return
    w_spec = space.call_function(space.getattr(w_external, "spec_from_file_location"),
                                 [space.wrap_str(name), space.wrap_str(filename)])
    space.call_function(space.getattr(w_bootstrap, "_init_module_attrs"), [w_spec, w_mod])


FROZEN_IMPORTLIB = {"_frozen_importlib": "_bootstrap",
                    "_frozen_importlib_external": "_bootstrap_external"}


def load_frozen_importlib(name: str) -> W_Root | None:
    """`_frozen_importlib` and `_frozen_importlib_external`: CPython's
    importlib/_bootstrap.py and _bootstrap_external.py, which CPython has
    frozen and installs at startup.  Here they are loaded (from the
    standard library on sys.path, with CPython's "<frozen ...>" file names)
    when importlib is first imported; then, as CPython's startup: their
    _install() puts BuiltinImporter, FrozenImporter and PathFinder into
    sys.meta_path and FileFinder into sys.path_hooks, and the modules
    imported from then on get a __spec__ and a __loader__ (those imported
    before get theirs now)."""
    base = FROZEN_IMPORTLIB[name]
    filename = ""
    for w_dir in sys_path_w():
        if isinstance(w_dir, W_StrObject):
            f = join(join(w_dir.as_str(), "importlib"), base + ".py")
            if is_file(f):
                filename = f
                break
    if filename == "":
        return None
    w_mod = W_Module(name, None)
    w_mod.w_dict.setitem_str("__builtins__", framemod.builtins_module())
    STATE.w_modules.setitem_str(name, w_mod)
    try:
        try:
            co = compile_source_file(filename)
        except OSError:
            raise operr(w_ImportError, "cannot read %s" % filename)
        set_filename(co, "<frozen importlib.%s>" % base)
        framemod.Frame(PyCode(co), w_mod.w_dict, w_mod.w_dict, []).execute(None, None)
    except OperationError:
        STATE.w_modules.delitem(space.wrap_str(name))
        raise
    if name == "_frozen_importlib_external":
        STATE.w_bootstrap_external = w_mod
        return w_mod
    w_sys = STATE.w_modules.getitem_str("sys")
    w_imp = import_one("_imp")
    assert w_sys is not None
    space.call_function(space.getattr(w_mod, "_install"), [w_sys, w_imp])
    STATE.w_bootstrap = w_mod
    space.call_function(space.getattr(w_mod, "_install_external_importers"), [])
    # the main module keeps __spec__ None, also under another name
    # (multiprocessing puts it in sys.modules as __mp_main__ too, and
    # spawn reads __main__.__spec__ to know how to start its children)
    w_main = STATE.w_modules.getitem_str("__main__")
    for w_key in STATE.w_modules.keys():
        w_m = STATE.w_modules.getitem(w_key)
        if not isinstance(w_m, W_Module) or not isinstance(w_key, W_StrObject):
            continue
        if w_key.as_str() == "__main__" or w_m is w_main:
            continue
        w_spec = w_m.w_dict.getitem_str("__spec__")
        w_file = w_m.w_dict.getitem_str("__file__")
        if (w_spec is None or w_spec is w_None) and isinstance(w_file, W_StrObject):
            init_file_spec(w_key.as_str(), w_file.as_str(), w_m)
    # as CPython's _PyImportZip_Init: zip archives on sys.path import
    w_hooks = space.getattr_or_none(w_sys, "path_hooks")
    if isinstance(w_hooks, W_ListObject):
        try:
            w_zipimport = import_one("zipimport")
            w_hooks.insert(0, space.getattr(w_zipimport, "zipimporter"))
        except OperationError:
            pass
    return w_mod


def in_archive(entry: str) -> bool:
    """The path entry is a file (a zip archive) or a directory inside one
    ("app.pyz/lib", a package's __path__ "lib.zip/pkg")."""
    path = entry
    while path != "":
        if is_file(path):
            return True
        slash = path.rfind("/")
        if slash <= 0:
            return False
        path = path[:slash]
    return False


def load_from_archives(fullname: str, path_w: list[W_Root]) -> W_Root | None:
    """A module in a zip archive named on sys.path (or a package's
    __path__): the entries that are not directories go to importlib's
    PathFinder, whose sys.path_hooks' zipimporter reads them."""
    archives_w: list[W_Root] = []
    for w_entry in path_w:
        if isinstance(w_entry, W_StrObject):
            entry = w_entry.as_str()
            if entry != "" and not is_dir(entry) and in_archive(entry):
                archives_w.append(w_entry)
    if len(archives_w) == 0:
        return None
    if STATE.w_bootstrap_external is None:
        import_one("importlib")
    w_external = STATE.w_bootstrap_external
    if w_external is None:
        return None
    return load_by_finders(fullname, W_ListObject(archives_w),
                           [space.getattr(w_external, "PathFinder")])


def foreign_finders(before_path_finder: bool) -> list[W_Root]:
    """The finders of sys.meta_path that are not importlib's own
    (BuiltinImporter, FrozenImporter and PathFinder, whose work the native
    import does): those placed before PathFinder, or after it.  Programs
    and packages add them (six.moves, setuptools' editable installs,
    pytest's assertion rewriting, lazy or virtual modules)."""
    w_bootstrap = STATE.w_bootstrap
    w_external = STATE.w_bootstrap_external
    w_sys = framemod.REFS.w_sys_dict
    result: list[W_Root] = []
    if w_bootstrap is None or w_external is None or w_sys is None:
        return result
    w_meta = w_sys.getitem_str("meta_path")
    if not isinstance(w_meta, W_ListObject) or w_meta.length() == 0:
        return result
    w_builtin = space.getattr(w_bootstrap, "BuiltinImporter")
    w_frozen = space.getattr(w_bootstrap, "FrozenImporter")
    w_pathfinder = space.getattr(w_external, "PathFinder")
    seen_path_finder = False
    for w_f in w_meta.getitems_copy():
        if w_f is w_pathfinder:
            seen_path_finder = True
        elif w_f is not w_builtin and w_f is not w_frozen and \
                seen_path_finder != before_path_finder:
            result.append(w_f)
    return result


def load_by_finders(fullname: str, w_path: W_Root, finders_w: list[W_Root]) -> W_Root | None:
    """The module the first of `finders_w` finds (find_spec(fullname,
    path, None)), loaded by importlib's _bootstrap._load as CPython's
    import does; None when none finds it."""
    w_bootstrap = STATE.w_bootstrap
    if w_bootstrap is None:
        return None
    for w_f in finders_w:
        w_find_spec = space.getattr_or_none(w_f, "find_spec")
        if w_find_spec is None:
            continue
        w_spec = space.call_function(w_find_spec, [space.wrap_str(fullname), w_path, w_None])
        if w_spec is w_None:
            continue
        w_mod = space.call_function(space.getattr(w_bootstrap, "_load"), [w_spec])
        w_final = STATE.w_modules.getitem_str(fullname)
        return w_final if w_final is not None else w_mod
    return None


def find_and_load(fullname: str, w_path: W_Root, path_w: list[W_Root]) -> W_Root | None:
    """CPython's order: the finders placed before PathFinder, the native
    search (built-in modules, sys.path or the package's __path__), the
    finders after it."""
    before_w = foreign_finders(True)
    if len(before_w) > 0:
        w_mod = load_by_finders(fullname, w_path, before_w)
        if w_mod is not None:
            return w_mod
    w_loaded = load_module(fullname, path_w)
    if w_loaded is not None:
        return w_loaded
    w_loaded = load_from_archives(fullname, path_w)
    if w_loaded is not None:
        return w_loaded
    after_w = foreign_finders(False)
    if len(after_w) > 0:
        return load_by_finders(fullname, w_path, after_w)
    return None


def import_one(fullname: str) -> W_Root:
    """The module `fullname` (its parents imported first)."""
    w_mod = STATE.w_modules.getitem_str(fullname)
    if w_mod is not None:
        if w_mod is w_None:
            raise import_error("import of %s halted; None in sys.modules" % fullname, fullname)
        return w_mod
    dot = fullname.rfind(".")
    if dot >= 0:
        parent = fullname[:dot]
        w_parent = import_one(parent)
        w_mod = STATE.w_modules.getitem_str(fullname)
        if w_mod is not None:
            return w_mod
        w_ppath = space.getattr_or_none(w_parent, "__path__")
        if w_ppath is None:
            raise import_error("No module named '%s'; '%s' is not a package" % (fullname, parent),
                               fullname)
        path_w = space.unpack_iterable(w_ppath)
        w_loaded = find_and_load(fullname, w_ppath, path_w)
        if w_loaded is None:
            raise import_error("No module named '%s'" % fullname, fullname)
        space.setattr(w_parent, fullname[dot + 1:], w_loaded)
        return w_loaded
    w_loaded = find_and_load(fullname, w_None, sys_path_w())
    if w_loaded is None:
        raise import_error("No module named '%s'" % fullname, fullname)
    return w_loaded


def resolve_name(name: str, w_globals: W_Root, level: int) -> str:
    """The absolute name of a relative import (importlib._resolve_name)."""
    w_package: W_Root | None = None
    if isinstance(w_globals, W_DictObject):
        w_package = w_globals.getitem_str("__package__")
        if w_package is None or w_package is w_None:
            w_name = w_globals.getitem_str("__name__")
            if isinstance(w_name, W_StrObject):
                if w_globals.getitem_str("__path__") is not None:
                    w_package = w_name
                else:
                    n = w_name.as_str()
                    w_package = space.wrap_str(n[:n.rfind(".")] if n.rfind(".") >= 0 else "")
    package = ""
    if isinstance(w_package, W_StrObject):
        package = w_package.as_str()
    if package == "":
        raise operr(w_ImportError, "attempted relative import with no known parent package")
    bits = package.split(".")
    if len(bits) < level:
        raise operr(w_ImportError, "attempted relative import beyond top-level package")
    base = ".".join(bits[:len(bits) - level + 1])
    if name == "":
        return base
    return base + "." + name


def import_module_level(name: str, w_globals: W_Root, w_fromlist: W_Root, level: int) -> W_Root:
    if level > 0:
        fullname = resolve_name(name, w_globals, level)
    else:
        if name == "":
            raise operr(w_ValueError, "Empty module name")
        fullname = name
    w_mod = import_one(fullname)
    has_fromlist = w_fromlist is not w_None and space.is_true(w_fromlist)
    if not has_fromlist:
        if level == 0 or name != "":
            first = name.split(".")[0] if level == 0 else fullname[:len(fullname) - len(name)] + name.split(".")[0]
            w_top = STATE.w_modules.getitem_str(first)
            if w_top is not None:
                return w_top
        return w_mod
    # `from package import submodule`: import the submodules named
    if space.getattr_or_none(w_mod, "__path__") is not None:
        for w_item in space.unpack_iterable(w_fromlist):
            if not isinstance(w_item, W_StrObject):
                continue
            item = w_item.as_str()
            if item == "*":
                w_all = space.getattr_or_none(w_mod, "__all__")
                if w_all is not None:
                    for w_sub in space.unpack_iterable(w_all):
                        if isinstance(w_sub, W_StrObject) and \
                                space.getattr_or_none(w_mod, w_sub.as_str()) is None:
                            try_import_sub(fullname, w_sub.as_str())
                continue
            if space.getattr_or_none(w_mod, item) is None:
                try_import_sub(fullname, item)
    return w_mod


def try_import_sub(fullname: str, item: str) -> None:
    """A name of a fromlist that is not an attribute: its submodule, if
    there is one.  Only the submodule's own absence is ignored (CPython's
    _handle_fromlist): a module missing further down propagates."""
    subname = fullname + "." + item
    try:
        import_one(subname)
    except OperationError as e:
        if not e.match(w_ModuleNotFoundError):
            raise
        w_name = space.getattr_or_none(e.w_value, "name")
        if isinstance(w_name, W_StrObject) and w_name.as_str() == subname:
            return
        raise


def import_name(f: framemod.Frame, name: str, w_fromlist: W_Root, w_level: W_Root) -> W_Root:
    w_import = framemod.BUILTINS.w_dict.getitem_str("__import__")
    if w_import is not None and w_import not in BUILTIN_IMPORT:
        w_locals: W_Root = f.w_locals if f.w_locals is not None else w_None
        return space.call_function(w_import, [space.wrap_str(name), f.w_globals, w_locals,
                                              w_fromlist, w_level])
    level = 0
    if isinstance(w_level, W_IntObject):
        level = w_level.intval
    return import_module_level(name, f.w_globals, w_fromlist, level)


def builtin_import(args: Arguments) -> W_Root:
    """__import__(name, globals=None, locals=None, fromlist=(), level=0)"""
    slots: list[W_Root] = [w_None, w_None, w_None, W_TupleObject([]), space.wrap_int(0)]
    names = ["name", "globals", "locals", "fromlist", "level"]
    i = 0
    for w_a in args.args_w:
        if i >= 5:
            raise operr(w_TypeError, "__import__() takes at most 5 arguments (%d given)"
                        % len(args.args_w))
        slots[i] = w_a
        i += 1
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] not in names:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for __import__()"
                        % args.kw_names[k])
        slots[names.index(args.kw_names[k])] = args.kw_values_w[k]
        k += 1
    w_name = slots[0]
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "module name must be str, not %s" % type_name(w_name))
    level = space.int_of_w(slots[4])
    if level < 0:
        raise operr(w_ValueError, "level must be >= 0")
    return import_module_level(w_name.as_str(), slots[1], slots[3], level)


def import_from(w_mod: W_Root, name: str) -> W_Root:
    w_res = space.getattr_or_none(w_mod, name)
    if w_res is not None:
        return w_res
    w_modname = space.getattr_or_none(w_mod, "__name__")
    if isinstance(w_modname, W_StrObject):
        w_sub = STATE.w_modules.getitem_str(w_modname.as_str() + "." + name)
        if w_sub is not None:
            return w_sub
        w_file = space.getattr_or_none(w_mod, "__file__")
        where = space.str_str(w_file) if isinstance(w_file, W_StrObject) else "unknown location"
        msg = "cannot import name '%s' from '%s' (%s)" % (name, w_modname.as_str(), where)
    else:
        msg = "cannot import name '%s' from '<unknown module name>' (unknown location)" % name
    w_exc = W_BaseException(w_ImportError, [space.wrap_str(msg)])
    w_exc.set_member("name", w_modname if w_modname is not None else w_None)
    raise OperationError(w_exc)


def import_star(f: framemod.Frame, w_mod: W_Root) -> None:
    w_locals = f.locals_dict()
    w_all = space.getattr_or_none(w_mod, "__all__")
    names: list[str] = []
    if w_all is not None:
        for w_n in space.unpack_iterable(w_all):
            if not isinstance(w_n, W_StrObject):
                raise operr(w_TypeError, "Item in %s.__all__ must be str, not %s" % (
                    space.str_str(space.getattr(w_mod, "__name__")), type_name(w_n)))
            names.append(w_n.as_str())
    else:
        w_dict = space.getattr(w_mod, "__dict__")
        if isinstance(w_dict, W_DictObject):
            for w_k in w_dict.keys():
                if isinstance(w_k, W_StrObject) and not w_k.as_str().startswith("_"):
                    names.append(w_k.as_str())
    for n in names:
        w_v = space.getattr(w_mod, n)
        if isinstance(w_locals, W_DictObject):
            w_locals.setitem_str(n, w_v)
        else:
            space.setitem(w_locals, space.wrap_str(n), w_v)


def print_expr(w_value: W_Root) -> None:
    """PRINT_EXPR (an expression statement compiled in 'single' mode: the
    interactive prompt, doctest): calls sys.displayhook, whatever a program
    put there."""
    w_hook = framemod.REFS.w_sys_dict.getitem_str("displayhook")
    if w_hook is None:
        raise operr(EXCEPTION_TYPES["RuntimeError"], "lost sys.displayhook")
    space.call_function(w_hook, [w_value])


def display_hook(w_value: W_Root) -> None:
    """sys.__displayhook__: the repr and a newline to sys.stdout (the
    current one: doctest's spoof stream catches it), kept in builtins._."""
    if w_value is w_None:
        return
    framemod.BUILTINS.w_dict.setitem_str("_", w_None)
    w_out = framemod.sys_stdout()
    if w_out is w_None:
        w_cur = framemod.REFS.w_sys_dict.getitem_str("stdout")
        if w_cur is None or w_cur is w_None:
            raise operr(EXCEPTION_TYPES["RuntimeError"], "lost sys.stdout")
        write_text(STDOUT, space.repr_str(w_value) + "\n")
    else:
        space.call_method(w_out, "write", [space.wrap_str(space.repr_str(w_value))])
        space.call_method(w_out, "write", [space.wrap_str("\n")])
    framemod.BUILTINS.w_dict.setitem_str("_", w_value)


_unused = [w_AttributeError, w_KeyError]
