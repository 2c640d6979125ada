"""The command line of `ouro`: `ouro script.py args`, `-c CMD`, `-m MOD`,
`-` or nothing (stdin: the prompt on a terminal), and every option
CPython accepts (parsed by ouro/interpreter/cmdline.py).  Runs the program as `__main__`,
prints an uncaught exception as CPython does and exits with CPython's
status: 0, 1 after an uncaught exception, SystemExit's code.
"""
from __future__ import annotations

from rpy.rlib import rlocale, ros

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
from ouro.objspace import hashseed, space
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr,
                                      w_KeyboardInterrupt, w_SyntaxError, w_SystemExit)
from ouro.objspace.exceptions_descr import args_of
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.model import W_Root, w_None
from ouro.parser.errors import SourceError
from ouro.parser.source import non_utf8_message

VERSION = "Python 3.11.7"



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
    # as CPython's __main__: an empty __annotations__ from the start, and
    # __cached__ (None) after the __file__ of a script
    d.setitem_str("__annotations__", W_DictObject())
    d.setitem_str("__builtins__", framemod.REFS.w_builtins_module)
    if filename != "":
        d.setitem_str("__file__", space.wrap_str(filename))
        d.setitem_str("__cached__", w_None)
    importing.STATE.w_modules.setitem_str("__main__", w_main)
    return w_main


LC_CTYPE = 0


def setup(config: cmdline.Config, path0: str | None) -> None:
    """builtins and sys from the command line; path0 is sys.path[0] (None:
    nothing prepended, -P / -I)."""
    hashseed.install(config.hash_seed)
    options.DEFAULTS.optimize = config.optimize
    try:
        # as CPython's startup: LC_CTYPE from the environment (the other
        # categories stay "C" until the program sets them)
        rlocale.setlocale(LC_CTYPE, b"")
    except OSError:
        pass
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
    env = config.getenv("PYTHONPATH")
    if env is not None:
        for p in env.split(":"):
            if p != "":
                path.append(p)
    path.append(importing.STDLIB_PATH)
    install_startup_handlers()
    w_sys = make_sys_module(config, path, executable_path())
    importing.add_builtin_module(w_sys)
    importing.add_builtin_module(w_builtins)
    if len(config.warnoptions) > 0:
        import_warnings()
    if not config.no_site:
        import_site()
    # as CPython: the script's directory (or '') goes first after site ran,
    # which makes the entries it finds absolute
    if path0 is not None and not config.safe_path:
        importing.STATE.w_path.insert(0, space.wrap_str(path0))


def import_warnings() -> None:
    """With -W, PYTHONWARNINGS, -X dev or -b, the warnings module is
    imported at startup, as CPython does: its import turns sys.warnoptions
    into filters of _warnings (reporting the invalid ones) before the
    program runs."""
    try:
        importing.import_one("warnings")
    except OperationError as e:
        _write_sys_stderr("'import warnings' failed; traceback:\n")
        report(e.w_value)


def import_site() -> None:
    """`import site`, as CPython's startup does unless -S: site-packages
    and the .pth files of the installation whose Lib/ ouro uses, user
    site-packages, sitecustomize/usercustomize, site's exit/quit/help.  An
    error is shown and the program still runs (CPython stops with a fatal
    error: ouro's site would fail only on ouro's own bugs)."""
    try:
        importing.import_one("site")
    except OperationError as e:
        report(e.w_value)


def run_code(raw: bytes, filename: str, w_main: W_Module, file_mode: bool = False) -> int:
    """Compiles and runs the main program (file_mode: a script file or
    stdin, which CPython parses as a file, not as a string)."""
    if file_mode:
        msg = non_utf8_message(raw, filename)
        if msg != "":
            # raised with no location: printed without a "File" line
            report(operr(w_SyntaxError, msg).w_value)
            return 1
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
    if config.hash_seed == hashseed.INVALID:
        write_text(STDERR, "Fatal Python error: config_init_hash_seed: " + hashseed.ERROR
                   + "\nPython runtime state: preinitialized\n\n")
        flush_all()
        return 1
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
        status = run_module(config.command)
    elif config.filename == "-":
        setup(config, "")
        if inspect or ros.isatty(0):
            w_main = make_main_module("")
            status = interactive(w_main, config)
        else:
            w_main = make_main_module("<stdin>")
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
        raw = b""
        importable = importing.is_dir(path)
        if not importable:
            try:
                raw = ros.read_file(path)
            except OSError:
                code = ros.get_errno()
                write_text(STDERR, "%s: can't open file '%s': [Errno %d] %s\n"
                           % (argv0, absolute(path), code, ros.strerror(code)))
                flush_all()
                return 2
            # a zip archive's end-of-central-directory record
            importable = raw.find(b"PK\x05\x06") >= 0
        if importable:
            # a directory or zip archive with a __main__ module
            path = absolute(path)
            setup(config, path)
            w_main = make_main_module("")
            status = run_importable_main()
        else:
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


def run_importable_main() -> int:
    """`ouro DIR` or `ouro ARCHIVE.zip`: sys.path[0] is the directory or
    archive and its __main__ module runs as CPython runs it
    (runpy._run_module_as_main("__main__") keeping sys.argv; "can't find
    '__main__' module in ..." when there is none)."""
    try:
        w_runpy = importing.import_one("runpy")
        space.call_function(space.getattr(w_runpy, "_run_module_as_main"),
                            [space.wrap_str("__main__"), space.wrap_bool(False)])
    except OperationError as e:
        return handle_uncaught(e)
    return 0


def run_module(name: str) -> int:
    """-m MOD, as CPython: runpy._run_module_as_main(MOD) with sys.argv[0]
    '-m' while the module is searched.  runpy finds the module (a package:
    its __main__ submodule, after importing the package), gives __main__
    its __spec__, __file__, __loader__ and __package__, sets sys.argv[0] to
    the file and runs the code; its errors are CPython's ("No module named
    X", "... is a package and cannot be directly executed": SystemExit with
    sys.executable in the message), and tracebacks start with its two
    "<frozen runpy>" frames as CPython's do."""
    make_main_module("")
    w_argv = framemod.REFS.w_sys_dict.getitem_str("argv")
    if w_argv is not None:
        space.setitem(w_argv, wrap_int(0), space.wrap_str("-m"))
    try:
        w_runpy = importing.import_one("runpy")
        space.call_function(space.getattr(w_runpy, "_run_module_as_main"),
                            [space.wrap_str(name), space.wrap_bool(True)])
    except OperationError as e:
        return handle_uncaught(e)
    return 0


_unused: list[W_Root] = []
