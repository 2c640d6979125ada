"""The command line of `ouro`: `ouro script.py args`, `-c CMD`, `-m MOD`,
`-` or nothing (stdin: the prompt on a terminal), and every option
CPython accepts (parsed by ouro/interpreter/cmdline.py).  Runs the program as `__main__`,
prints an uncaught exception as CPython does and exits with CPython's
status: 0, 1 after an uncaught exception, SystemExit's code.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.compiler import options
from ouro.compiler.codegen import compile_single, compile_source
from ouro.interpreter import frame as framemod
from ouro.interpreter import cmdline, importing
from ouro.interpreter.module import W_Module
from ouro.interpreter.output import STDERR, STDOUT, flush_all, write_text
from ouro.interpreter.pycode import PyCode
from ouro.interpreter.traceback import format_uncaught
from ouro.interpreter.unraisable import write_unraisable
from ouro.modules._io.iobase import flush_open_files
from ouro.interpreter import finalizers
from ouro.modules.atexit.module import run_exitfuncs
from ouro.modules._thread import module as thread_module
from ouro.modules.builtins import docs as builtin_docs
from ouro.modules.builtins.functions import setup as setup_builtins
from ouro.modules.builtins import sitebuiltins
from ouro.modules._signal.module import exit_by_sigint, install_startup_handlers
from ouro.modules.sys.module import make_sys_module
from ouro.objspace import space
from ouro.objspace.exceptions import (OperationError, W_BaseException, w_KeyboardInterrupt,
                                      w_SystemExit)
from ouro.objspace.exceptions_descr import args_of
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.model import W_Root, w_None
from ouro.parser.errors import SourceError

VERSION = "Python 3.11.7"

# the pure-Python standard library: the installed CPython's Lib/
DEFAULT_STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11"


def init_stdlib_path() -> str:
    import sysconfig
    return sysconfig.get_paths()["stdlib"]


STDLIB_PATH = init_stdlib_path()


def usage_error(argv0: str, message: str) -> int:
    """A bad command line: CPython's message and status 2."""
    write_text(STDERR, message + "\n" + cmdline.usage_line(argv0)
               + "Try `python -h' for more information.\n")
    flush_all()
    return 2


def executable_path() -> str:
    """sys.executable: this program's absolute path."""
    try:
        return ros.readlink("/proc/self/exe")
    except OSError:
        return ""


def make_main_module(filename: str) -> W_Module:
    w_main = W_Module("__main__", None)
    d = w_main.w_dict
    d.setitem_str("__builtins__", framemod.REFS.w_builtins_module)
    if filename != "":
        d.setitem_str("__file__", space.wrap_str(filename))
    importing.STATE.w_modules.setitem_str("__main__", w_main)
    return w_main


def setup(config: cmdline.Config, path0: str | None) -> None:
    """builtins and sys from the command line; path0 is sys.path[0] (None:
    nothing prepended, -P / -I)."""
    options.DEFAULTS.optimize = config.optimize
    options.DEFAULTS.write_bytecode = config.dont_write_bytecode == 0
    if config.unbuffered:
        STDOUT.unbuffered = True
        STDERR.unbuffered = True
    w_builtins = W_Module("builtins", framemod.BUILTINS.w_dict)
    w_builtins.builtin = True
    setup_builtins(framemod.BUILTINS.w_dict)
    if not config.no_site:
        sitebuiltins.install(framemod.BUILTINS.w_dict)     # site's exit/quit (not with -S)
    framemod.BUILTINS.w_dict.setitem_str("__debug__", space.wrap_bool(config.optimize == 0))
    framemod.REFS.w_builtins_module = w_builtins
    importing.bind_module_functions(w_builtins)
    builtin_docs.apply_function_docs(framemod.BUILTINS.w_dict)
    path: list[str] = []
    if path0 is not None and not config.safe_path:
        path.append(path0)
    env = config.getenv("PYTHONPATH")
    if env is not None:
        for p in env.split(":"):
            if p != "":
                path.append(p)
    path.append(STDLIB_PATH)
    install_startup_handlers()
    w_sys = make_sys_module(config, path, executable_path())
    importing.add_builtin_module(w_sys)
    importing.add_builtin_module(w_builtins)


def run_code(raw: bytes, filename: str, w_main: W_Module, file_mode: bool = False) -> int:
    """Compiles and runs the main program (file_mode: a script file or
    stdin, which CPython parses as a file, not as a string)."""
    try:
        co = compile_source(raw, filename, -1, file_mode)
    except SourceError as e:
        if e.text is None:
            e.text = line_of(raw, e.lineno)
        importing.emit_compile_warnings()
        report(framemod.syntax_error_from(e, filename).w_value)
        return 1
    try:
        importing.emit_compile_warnings()
    except OperationError as e:
        return handle_uncaught(e)
    f = framemod.Frame(PyCode(co), w_main.w_dict, w_main.w_dict, [])
    try:
        f.execute(None, None)
    except OperationError as e:
        return handle_uncaught(e)
    return 0


def line_of(raw: bytes, lineno: int) -> str | None:
    lines = raw.split(b"\n")
    if 1 <= lineno <= len(lines):
        try:
            return lines[lineno - 1].decode() + "\n"
        except UnicodeDecodeError:
            return None
    return None


def handle_uncaught(e: OperationError) -> int:
    w_exc = e.w_value
    if w_exc.w_type.issubtype(w_SystemExit):
        return system_exit_status(w_exc)
    report(w_exc)
    if w_exc.w_type.issubtype(w_KeyboardInterrupt):
        flush_open_files()
        flush_all()
        exit_by_sigint()
        return 130
    return 1


def system_exit_status(w_exc: W_BaseException) -> int:
    args_w = args_of(w_exc)
    if len(args_w) == 0:
        return 0
    w_code = args_w[0] if len(args_w) == 1 else space.newtuple(args_w)
    if w_code is w_None:
        return 0
    if isinstance(w_code, W_IntObject):
        return w_code.intval & 0xff
    STDOUT.flush_quietly()
    write_text(STDERR, space.str_str(w_code) + "\n")
    return 1


def flush_stdout_at_exit(status: int) -> int:
    """CPython's flush_std_files: sys.stdout that cannot be flushed at exit
    (a closed pipe, a full disk) is reported as "Exception ignored in" and
    the exit status becomes 120."""
    w_out = framemod.REFS.w_sys_dict.getitem_str("stdout")
    if w_out is None or w_out is w_None:
        return status
    try:
        if space.is_true(space.getattr(w_out, "closed")):
            return status
        space.call_method(w_out, "flush", [])
    except OperationError as e:
        write_unraisable(e, None, w_out)
        return 120
    return status


def report(w_exc: W_BaseException) -> None:
    """An uncaught exception, as CPython's PyErr_Print: kept in
    sys.last_type/last_value/last_traceback (pdb.pm() and `-i` read them),
    then shown by sys.excepthook."""
    STDOUT.flush_quietly()
    w_tb = framemod.traceback_object(w_exc)
    framemod.REFS.w_sys_dict.setitem_str("last_type", w_exc.getclass())
    framemod.REFS.w_sys_dict.setitem_str("last_value", w_exc)
    framemod.REFS.w_sys_dict.setitem_str("last_traceback", w_tb)
    w_hook = framemod.REFS.w_sys_dict.getitem_str("excepthook")
    w_default = framemod.REFS.w_sys_dict.getitem_str("__excepthook__")
    if w_hook is not None and w_hook is not w_default:
        try:
            space.call_function(w_hook, [w_exc.getclass(), w_exc, w_tb])
            return
        except OperationError as e:
            _write_sys_stderr("Error in sys.excepthook:\n" + format_uncaught(e.w_value)
                              + "\nOriginal exception was:\n")
    try:
        text = format_uncaught(w_exc)
    except OperationError:
        text = "Exception while printing an exception\n"
    _write_sys_stderr(text)


def _write_sys_stderr(text: str) -> None:
    """To sys.stderr, as CPython's PyErr_Display and PySys_WriteStderr: a
    program may have replaced it; the standard error stream if it cannot
    be written."""
    w_err = framemod.REFS.w_sys_dict.getitem_str("stderr")
    if w_err is not None and w_err is not w_None:
        try:
            space.call_method(w_err, "write", [space.wrap_str(text)])
            space.call_method(w_err, "flush", [])
            return
        except OperationError:
            pass
    write_text(STDERR, text)
    STDERR.flush_quietly()


def main(argv: list[str]) -> int:
    argv0 = argv[0] if len(argv) > 0 else "ouro"
    config = cmdline.parse(argv)
    action = config.action
    if action == cmdline.USAGE_ERROR:
        return usage_error(argv0, config.error)
    if action == cmdline.SHOW_HELP:
        write_text(STDOUT, cmdline.usage_line(argv0) + cmdline.HELP)
        flush_all()
        return 0
    if action == cmdline.SHOW_VERSION:
        if config.version_level > 1:
            write_text(STDOUT, VERSION + " (ouro, translated by rpy)\n")
        else:
            write_text(STDOUT, VERSION + "\n")
        flush_all()
        return 0
    status = 0
    inspect = config.inspect != 0
    if action == cmdline.RUN_COMMAND:
        setup(config, "")
        w_main = make_main_module("")
        status = run_code(config.command.encode(), "<string>", w_main)
        if inspect:
            status = interactive(w_main, config)
    elif action == cmdline.RUN_MODULE:
        cwd = ""
        try:
            cwd = ros.getcwd()
        except OSError:
            pass
        setup(config, cwd)
        status = run_module(argv0, config.command)
    elif config.filename == "-":
        setup(config, "")
        w_main = make_main_module("")
        if inspect or ros.isatty(0):
            status = interactive(w_main, config)
        else:
            status = run_stdin(w_main)
        thread_module.shutdown()
        run_exitfuncs()
        finalizers.at_exit()
        status = flush_stdout_at_exit(status)
        flush_all()
        thread_module.finalize()
        return status
    else:
        path = config.filename
        try:
            raw = ros.read_file(path)
        except OSError:
            code = ros.get_errno()
            write_text(STDERR, "%s: can't open file '%s': [Errno %d] %s\n"
                       % (argv0, absolute(path), code, ros.strerror(code)))
            flush_all()
            return 2
        if config.skip_first_line:
            # the line is dropped but still counted, as CPython does
            nl = raw.find(b"\n")
            raw = b"\n" + raw[nl + 1:] if nl >= 0 else b""
        path = absolute(path)
        slash = path.rfind("/")
        setup(config, path[:slash] if slash >= 0 else "")
        w_main = make_main_module(path)
        status = run_code(raw, path, w_main, True)
        if inspect:
            status = interactive(w_main, config)
    thread_module.shutdown()
    run_exitfuncs()
    finalizers.at_exit()
    status = flush_stdout_at_exit(status)
    flush_open_files()
    flush_all()
    thread_module.finalize()
    return status


def absolute(path: str) -> str:
    """The script's path made absolute, as CPython 3.9+ does for __main__."""
    if path.startswith("/"):
        return path
    try:
        cwd = ros.getcwd()
    except OSError:
        return path
    while path.startswith("./"):
        path = path[2:]
    return cwd + "/" + path


def run_stdin(w_main: W_Module) -> int:
    """No script and stdin is not a terminal: stdin is the program."""
    parts: list[bytes] = []
    while True:
        line = ros.readline()
        if len(line) == 0:
            break
        parts.append(line)
    return run_code(b"".join(parts), "<stdin>", w_main, True)


# syntax errors that mean "the statement goes on": ask for another line
INCOMPLETE = ["was never closed", "unexpected EOF", "unterminated triple-quoted",
              "expected an indented block", "incomplete input"]


def is_incomplete(e: SourceError) -> bool:
    for text in INCOMPLETE:
        if e.msg.find(text) >= 0:
            return True
    return False


def interactive(w_main: W_Module, config: cmdline.Config) -> int:
    """The prompt: `>>> ` and `... `, each statement compiled in 'single'
    mode (expression values are printed), errors printed as tracebacks."""
    if config.quiet == 0:
        write_text(STDERR, "%s (ouro, translated by rpy)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n" % VERSION)
    while True:
        buf: list[str] = []
        prompt = ">>> "
        while True:
            write_text(STDERR, prompt)
            STDERR.flush_quietly()
            STDOUT.flush_quietly()
            raw = ros.readline()
            if len(raw) == 0:
                write_text(STDERR, "\n")
                return 0
            line = raw.decode()
            buf.append(line)
            src = "".join(buf)
            block = buf[0].rstrip().endswith(":") or (len(buf) > 1 and prompt == "... ")
            if block and line.strip() != "":
                prompt = "... "
                continue
            try:
                co = compile_single(src.encode(), "<stdin>")
            except SourceError as e:
                if is_incomplete(e) and line.strip() != "":
                    prompt = "... "
                    continue
                if e.text is None:
                    e.text = line_of(src.encode(), e.lineno)
                report(framemod.syntax_error_from(e, "<stdin>").w_value)
                break
            f = framemod.Frame(PyCode(co), w_main.w_dict, w_main.w_dict, [])
            try:
                f.execute(None, None)
            except OperationError as e:
                w_exc = e.w_value
                if w_exc.w_type.issubtype(w_SystemExit):
                    return system_exit_status(w_exc)
                report(w_exc)
            break


def run_module(argv0: str, name: str) -> int:
    """-m MOD: the module's source run as __main__ (a package: its
    __main__ submodule); a dotted name's packages are imported first and
    the last part is searched in the package's __path__."""
    search_w = importing.sys_path_w()
    dot = name.rfind(".")
    if dot >= 0:
        try:
            w_pkg = importing.import_one(name[:dot])
            w_path = space.getattr_or_none(w_pkg, "__path__")
        except OperationError as e:
            return handle_uncaught(e)
        if w_path is None:
            write_text(STDERR, "%s: Error while finding module specification for '%s' "
                       "(ModuleNotFoundError: __path__ attribute not found on '%s' while "
                       "trying to find '%s')\n" % (argv0, name, name[:dot], name))
            return 1
        search_w = space.unpack_iterable(w_path)
    try:
        w_probe = importing.find_in_path(name[dot + 1:], search_w)
    except OperationError as e:
        return handle_uncaught(e)
    filename, is_pkg = w_probe
    if filename == "":
        write_text(STDERR, "%s: No module named %s\n" % (argv0, name))
        return 1
    if is_pkg:
        # the package is imported (its __init__ runs), then its __main__ runs
        try:
            importing.import_one(name)
        except OperationError as e:
            return handle_uncaught(e)
        filename = filename[:filename.rfind("/")] + "/__main__.py"
    try:
        raw = ros.read_file(filename)
    except OSError:
        write_text(STDERR, "%s: No module named %s.__main__; '%s' is a package and cannot "
                   "be directly executed\n" % (argv0, name, name))
        return 1
    w_argv = framemod.REFS.w_sys_dict.getitem_str("argv")
    if w_argv is not None:
        space.setitem(w_argv, wrap_int(0), space.wrap_str(filename))
    w_main = make_main_module(filename)
    # runpy's __package__, so that the module's relative imports work
    # (`python -m unittest` runs unittest/__main__.py: `from .main import main`)
    package = name if is_pkg else name[:dot] if dot >= 0 else ""
    w_main.w_dict.setitem_str("__package__", space.wrap_str(package))
    set_main_spec(w_main, name + ".__main__" if is_pkg else name)
    return run_code(raw, filename, w_main)


def set_main_spec(w_main: W_Module, name: str) -> None:
    """runpy's __spec__ and __loader__ for -m: the module's spec as
    importlib.util.find_spec gives it (multiprocessing's spawn and others
    read __main__.__spec__); without it they stay None, as for a script."""
    try:
        w_util = importing.import_one("importlib.util")
        w_spec = space.call_method(w_util, "find_spec", [space.wrap_str(name)])
        if w_spec is w_None:
            return
        w_main.w_dict.setitem_str("__spec__", w_spec)
        w_main.w_dict.setitem_str("__loader__", space.getattr(w_spec, "loader"))
    except OperationError:
        pass


_unused: list[W_Root] = []
