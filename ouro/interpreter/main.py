"""The command line of `ouro`: `ouro script.py args`, `-c CMD`, `-m MOD`,
`--version`, and the options CPython accepts (-u -E -S -O -B -s -q -X -W
are accepted; most have no effect yet).  Runs the program as `__main__`,
prints an uncaught exception as CPython does and exits with CPython's
status: 0, 1 after an uncaught exception, SystemExit's code.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.compiler.codegen import compile_single, compile_source
from ouro.interpreter import frame as framemod
from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.interpreter.output import STDERR, STDOUT, flush_all, write_text
from ouro.interpreter.pycode import PyCode
from ouro.interpreter.traceback import format_uncaught
from ouro.modules._io.iobase import flush_open_files
from ouro.modules.builtins.functions import setup as setup_builtins
from ouro.modules.sys.module import make_sys_module
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError, W_BaseException, w_SystemExit
from ouro.objspace.exceptions_descr import args_of
from ouro.objspace.intobject import W_IntObject
from ouro.objspace.model import W_Root, w_None
from ouro.parser.errors import SourceError

VERSION = "Python 3.11.7"

# the pure-Python standard library: the installed CPython's Lib/
DEFAULT_STDLIB = "/root/.pyenv/versions/3.11.7/lib/python3.11"


def init_stdlib_path() -> str:
    import sysconfig
    return sysconfig.get_paths()["stdlib"]


STDLIB_PATH = init_stdlib_path()


def usage() -> int:
    write_text(STDERR, "usage: ouro [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
    flush_all()
    return 2


def make_main_module(filename: str) -> W_Module:
    w_main = W_Module("__main__", None)
    d = w_main.w_dict
    d.setitem_str("__builtins__", framemod.REFS.w_builtins_module)
    if filename != "":
        d.setitem_str("__file__", space.wrap_str(filename))
    importing.STATE.w_modules.setitem_str("__main__", w_main)
    return w_main


def setup(argv: list[str], path0: str) -> None:
    w_builtins = W_Module("builtins", framemod.BUILTINS.w_dict)
    setup_builtins(framemod.BUILTINS.w_dict)
    framemod.REFS.w_builtins_module = w_builtins
    path: list[str] = [path0]
    env = ros.getenv("PYTHONPATH")
    if env is not None and env != "":
        for p in env.split(":"):
            if p != "":
                path.append(p)
    path.append(STDLIB_PATH)
    w_sys = make_sys_module(argv, path, "ouro")
    importing.add_builtin_module(w_sys)
    importing.add_builtin_module(w_builtins)


def run_code(raw: bytes, filename: str, w_main: W_Module) -> int:
    try:
        co = compile_source(raw, filename)
    except SourceError as e:
        if e.text is None:
            e.text = line_of(raw, e.lineno)
        report(framemod.syntax_error_from(e, filename).w_value)
        return 1
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
    STDOUT.flush()
    write_text(STDERR, space.str_str(w_code) + "\n")
    return 1


def report(w_exc: W_BaseException) -> None:
    STDOUT.flush()
    w_hook = framemod.REFS.w_sys_dict.getitem_str("excepthook")
    w_default = framemod.REFS.w_sys_dict.getitem_str("__excepthook__")
    if w_hook is not None and w_hook is not w_default:
        try:
            space.call_function(w_hook, [w_exc.getclass(), w_exc,
                                         framemod.traceback_object(w_exc)])
            return
        except OperationError as e:
            write_text(STDERR, "Error in sys.excepthook:\n")
            write_text(STDERR, format_uncaught(e.w_value))
            write_text(STDERR, "\nOriginal exception was:\n")
    try:
        text = format_uncaught(w_exc)
    except OperationError:
        text = "Exception while printing an exception\n"
    write_text(STDERR, text)
    STDERR.flush()


def main(argv: list[str]) -> int:
    i = 1
    cmd: str | None = None
    module: str | None = None
    inspect = False
    while i < len(argv):
        a = argv[i]
        if a == "--version" or a == "-V":
            write_text(STDOUT, VERSION + "\n")
            flush_all()
            return 0
        if a == "-c":
            if i + 1 >= len(argv):
                write_text(STDERR, "Argument expected for the -c option\n")
                return usage()
            cmd = argv[i + 1]
            i += 2
            break
        if a == "-m":
            if i + 1 >= len(argv):
                write_text(STDERR, "Argument expected for the -m option\n")
                return usage()
            module = argv[i + 1]
            i += 2
            break
        if a == "-i":
            inspect = True
            i += 1
            continue
        if a in ("-u", "-E", "-S", "-O", "-OO", "-B", "-s", "-q", "-I", "-b", "-bb", "-d",
                 "-v", "-x"):
            i += 1
            continue
        if a == "-X" or a == "-W":
            i += 2
            continue
        if a.startswith("-X") or a.startswith("-W"):
            i += 1
            continue
        if a.startswith("-") and a != "-":
            write_text(STDERR, "Unknown option: %s\n" % a)
            return usage()
        break
    status = 0
    if cmd is not None:
        setup(["-c"] + argv[i:], "")
        w_main = make_main_module("")
        status = run_code(cmd.encode(), "<string>", w_main)
    elif module is not None:
        setup([module] + argv[i:], "")
        status = run_module(module)
    else:
        if i >= len(argv) or argv[i] == "-":
            setup([""] + argv[i + 1:], "")
            w_main = make_main_module("")
            if ros.isatty(0):
                status = interactive(w_main)
            else:
                status = run_stdin(w_main)
            flush_all()
            return status
        path = argv[i]
        try:
            raw = ros.read_file(path)
        except OSError as e:
            write_text(STDERR, "ouro: can't open file '%s': [Errno 2] No such file or directory\n"
                       % path)
            flush_all()
            return 2
        path = absolute(path)
        slash = path.rfind("/")
        setup(argv[i:], path[:slash] if slash >= 0 else "")
        w_main = make_main_module(path)
        status = run_code(raw, path, w_main)
        if inspect:
            status = interactive(w_main)
    flush_open_files()
    flush_all()
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
    return run_code(b"".join(parts), "<stdin>", w_main)


# syntax errors that mean "the statement goes on": ask for another line
INCOMPLETE = ["was never closed", "unexpected EOF", "unterminated triple-quoted",
              "expected an indented block", "incomplete input"]


def is_incomplete(e: SourceError) -> bool:
    for text in INCOMPLETE:
        if e.msg.find(text) >= 0:
            return True
    return False


def interactive(w_main: W_Module) -> int:
    """The prompt: `>>> ` and `... `, each statement compiled in 'single'
    mode (expression values are printed), errors printed as tracebacks."""
    write_text(STDERR, "%s (ouro, translated by rpy)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n" % VERSION)
    while True:
        buf: list[str] = []
        prompt = ">>> "
        while True:
            write_text(STDERR, prompt)
            STDERR.flush()
            STDOUT.flush()
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


def run_module(name: str) -> int:
    """-m MOD: find the module on sys.path and run its source as __main__."""
    try:
        w_probe = importing.find_in_path(name.split(".")[-1], importing.STATE.w_path.getitems_copy())
    except OperationError as e:
        return handle_uncaught(e)
    filename, is_pkg = w_probe
    if filename == "":
        write_text(STDERR, "ouro: No module named %s\n" % name)
        return 1
    if is_pkg:
        filename = filename[:filename.rfind("/")] + "/__main__.py"
    try:
        raw = ros.read_file(filename)
    except OSError:
        write_text(STDERR, "ouro: No module named %s.__main__\n" % name)
        return 1
    w_main = make_main_module(filename)
    return run_code(raw, filename, w_main)


_unused: list[W_Root] = []
