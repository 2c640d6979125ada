"""CPython's command line and PYTHON* environment variables, parsed into a
Config: the option letters may be combined (`-OO`, `-uBc CMD`), `-c`,
`-m`, `-W` and `-X` take their argument attached or as the next word, and
`-c`/`-m`/the script name end the options.  Everything CPython 3.11
accepts is accepted; each option sets what it sets in CPython (sys.flags,
sys.warnoptions, sys._xoptions, the -O level of the compiler, unbuffered
streams, ...).  ouro/interpreter/main.py acts on the Config.
"""
from __future__ import annotations

from rpy.rlib import ros
from ouro.objspace import hashseed

USAGE_TAIL = "[option] ... [-c cmd | -m mod | file | -] [arg] ..."

HELP = """Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"""

# what main() does after parsing
RUN_FILE = 0        # the script named by `filename` (or stdin for "-" / none)
RUN_COMMAND = 1     # -c
RUN_MODULE = 2      # -m
SHOW_VERSION = 3    # -V / --version (version_level 1 or 2)
SHOW_HELP = 4       # -h / -? / --help (and --help-*)
USAGE_ERROR = 5     # `error` says what; exit status 2


class Config:
    action: int
    command: str        # -c's program, -m's module
    filename: str       # the script ("" or "-": stdin)
    args: list[str]     # sys.argv
    orig_argv: list[str]    # sys.orig_argv: the command line as given
    error: str
    version_level: int
    # sys.flags
    debug: int
    inspect: int
    optimize: int
    dont_write_bytecode: int
    no_user_site: int
    no_site: int
    ignore_environment: int
    verbose: int
    bytes_warning: int
    quiet: int
    isolated: int
    dev_mode: bool
    utf8_mode: int
    warn_default_encoding: int
    safe_path: bool
    # the rest
    unbuffered: bool
    skip_first_line: bool
    warnoptions: list[str]
    xoptions: list[str]         # "key" or "key=value", in order
    check_hash_based_pycs: str
    hash_seed: int              # PYTHONHASHSEED's (hashseed.parse_seed)

    def __init__(self) -> None:
        self.action = RUN_FILE
        self.command = ""
        self.filename = ""
        self.args = []
        self.orig_argv = []
        self.error = ""
        self.version_level = 0
        self.debug = 0
        self.inspect = 0
        self.optimize = 0
        self.dont_write_bytecode = 0
        self.no_user_site = 0
        self.no_site = 0
        self.ignore_environment = 0
        self.verbose = 0
        self.bytes_warning = 0
        self.quiet = 0
        self.isolated = 0
        self.dev_mode = False
        self.utf8_mode = 0
        self.warn_default_encoding = 0
        self.safe_path = False
        self.unbuffered = False
        self.skip_first_line = False
        self.warnoptions = []
        self.xoptions = []
        self.check_hash_based_pycs = "default"
        self.hash_seed = hashseed.RANDOM

    def getenv(self, name: str) -> str | None:
        """A PYTHON* variable, unless -E / -I; empty counts as unset."""
        if self.ignore_environment:
            return None
        v = ros.getenv(name)
        if v is None or v == "":
            return None
        return v


def _env_level(v: str) -> int:
    """PYTHONOPTIMIZE-style variables: a number, or 1 for any other text."""
    try:
        n = int(v)
    except ValueError:
        return 1
    return n if n > 0 else 1


def parse(argv: list[str]) -> Config:
    c = Config()
    c.orig_argv = list(argv)
    i = 1
    done = False
    while i < len(argv) and not done:
        a = argv[i]
        if a == "--version":
            c.action = SHOW_VERSION
            c.version_level += 1
            i += 1
            continue
        if a in ("--help", "--help-env", "--help-xoptions", "--help-all"):
            c.action = SHOW_HELP
            return c
        if a == "--check-hash-based-pycs":
            if i + 1 >= len(argv):
                c.action = USAGE_ERROR
                c.error = "Argument expected for the --check-hash-based-pycs option"
                return c
            mode = argv[i + 1]
            if mode not in ("always", "default", "never"):
                c.action = USAGE_ERROR
                c.error = "--check-hash-based-pycs must be one of 'default', 'always', or 'never'"
                return c
            c.check_hash_based_pycs = mode
            i += 2
            continue
        if a == "--":
            i += 1
            break
        if not a.startswith("-") or a == "-":
            break
        if a.startswith("--"):
            c.action = USAGE_ERROR
            c.error = "unknown option %s" % a
            return c
        # a cluster of one-letter options
        j = 1
        while j < len(a):
            ch = a[j]
            j += 1
            if ch in "cmWX":
                if j < len(a):
                    value = a[j:]
                elif i + 1 < len(argv):
                    i += 1
                    value = argv[i]
                else:
                    c.action = USAGE_ERROR
                    c.error = "Argument expected for the -%s option" % ch
                    return c
                j = len(a)
                if ch == "c":
                    c.action = RUN_COMMAND
                    c.command = value
                    done = True
                elif ch == "m":
                    c.action = RUN_MODULE
                    c.command = value
                    done = True
                elif ch == "W":
                    c.warnoptions.append(value)
                else:
                    c.xoptions.append(value)
                    if value == "dev":
                        c.dev_mode = True
                    elif value == "utf8" or value == "utf8=1":
                        c.utf8_mode = 1
                    elif value == "warn_default_encoding":
                        c.warn_default_encoding = 1
            elif ch == "b":
                c.bytes_warning += 1
            elif ch == "B":
                c.dont_write_bytecode = 1
            elif ch == "d":
                c.debug += 1
            elif ch == "E":
                c.ignore_environment = 1
            elif ch == "h" or ch == "?":
                c.action = SHOW_HELP
                return c
            elif ch == "i":
                c.inspect = 1
            elif ch == "I":
                c.isolated = 1
                c.ignore_environment = 1
                c.no_user_site = 1
                c.safe_path = True
            elif ch == "O":
                c.optimize += 1
            elif ch == "P":
                c.safe_path = True
            elif ch == "q":
                c.quiet = 1
            elif ch == "s":
                c.no_user_site = 1
            elif ch == "S":
                c.no_site = 1
            elif ch == "u":
                c.unbuffered = True
            elif ch == "v":
                c.verbose += 1
            elif ch == "V":
                c.action = SHOW_VERSION
                c.version_level += 1
            elif ch == "x":
                c.skip_first_line = True
            elif ch == "R" or ch == "J":
                pass        # -R: hash randomization (always on in 3.x); -J: reserved (Jython)
            else:
                c.action = USAGE_ERROR
                c.error = "Unknown option: -%s" % ch
                return c
        i += 1
    if c.action == SHOW_VERSION:
        return c
    if c.action == RUN_COMMAND:
        c.args = ["-c"] + argv[i:]
    elif c.action == RUN_MODULE:
        # sys.argv[0] becomes the module's file once found (main.py)
        c.args = ["-m"] + argv[i:]
    elif i < len(argv):
        c.filename = argv[i]
        c.args = argv[i:]
    else:
        c.filename = "-"
        c.args = [""]
    _read_environment(c)
    return c


def _read_environment(c: Config) -> None:
    v = c.getenv("PYTHONOPTIMIZE")
    if v is not None and c.optimize == 0:
        c.optimize = _env_level(v)
    if c.getenv("PYTHONDONTWRITEBYTECODE") is not None:
        c.dont_write_bytecode = 1
    c.hash_seed = hashseed.parse_seed(c.getenv("PYTHONHASHSEED"))
    if c.getenv("PYTHONINSPECT") is not None:
        c.inspect = 1
    if c.getenv("PYTHONUNBUFFERED") is not None:
        c.unbuffered = True
    v = c.getenv("PYTHONVERBOSE")
    if v is not None and c.verbose == 0:
        c.verbose = _env_level(v)
    v = c.getenv("PYTHONDEBUG")
    if v is not None and c.debug == 0:
        c.debug = _env_level(v)
    if c.getenv("PYTHONNOUSERSITE") is not None:
        c.no_user_site = 1
    if c.getenv("PYTHONSAFEPATH") is not None:
        c.safe_path = True
    if c.getenv("PYTHONDEVMODE") is not None:
        c.dev_mode = True
    v = c.getenv("PYTHONWARNINGS")
    if v is not None:
        # the environment's filters come before the command line's
        env_opts: list[str] = []
        for part in v.split(","):
            part = part.strip()
            if part != "":
                env_opts.append(part)
        c.warnoptions = env_opts + c.warnoptions
    # sys.warnoptions from the weakest to the strongest (the warnings
    # module puts each in front of the filters): -X dev, PYTHONWARNINGS,
    # -W, then -b's BytesWarning filter
    if c.dev_mode:
        c.warnoptions = ["default"] + c.warnoptions
    if c.bytes_warning == 1:
        c.warnoptions.append("default::BytesWarning")
    elif c.bytes_warning > 1:
        c.warnoptions.append("error::BytesWarning")


def usage_line(argv0: str) -> str:
    return "usage: %s %s\n" % (argv0, USAGE_TAIL)
