"""The `termios` module, as CPython 3.11's Modules/termios.c on Linux:
tcgetattr/tcsetattr, tcsendbreak, tcdrain, tcflush, tcflow,
tcgetwinsize/tcsetwinsize, termios.error (args (errno, strerror)) and
the constants, over rpy.rlib.runix (runtime terms.c).  The constants'
names are CPython's list for Linux; their values come from the system's
headers (translated) or the host's termios module (untranslated), and a
name the headers do not define is left out, as CPython does.

File descriptors are ints or objects with a fileno() method
(PyObject_AsFileDescriptor)."""
from __future__ import annotations

from rpy.rlib import ros, runix

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.modules.select.module import as_fd
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject, wrap_bytes
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_OverflowError, w_TypeError)
from ouro.objspace.gateway import W_BuiltinSlots, register
from ouro.objspace.intobject import is_int, wrap_int
from ouro.objspace.listobject import W_ListObject, newlist
from ouro.objspace.model import LAYOUT_EXCEPTION, W_Root, make_builtin_type, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w, word_w
from ouro.objspace.tupleobject import W_TupleObject

# CPython 3.11's constants on Linux (termios_constants[] there)
CONSTANT_NAMES = [
    "B0", "B1000000", "B110", "B115200", "B1152000", "B1200", "B134", "B150", "B1500000",
    "B1800", "B19200", "B200", "B2000000", "B230400", "B2400", "B2500000", "B300", "B3000000",
    "B3500000", "B38400", "B4000000", "B460800", "B4800", "B50", "B500000", "B57600",
    "B576000", "B600", "B75", "B921600", "B9600", "BRKINT", "BS0", "BS1", "BSDLY", "CBAUD",
    "CBAUDEX", "CDSUSP", "CEOF", "CEOL", "CEOT", "CERASE", "CFLUSH", "CIBAUD", "CINTR",
    "CKILL", "CLNEXT", "CLOCAL", "CQUIT", "CR0", "CR1", "CR2", "CR3", "CRDLY", "CREAD",
    "CRPRNT", "CRTSCTS", "CS5", "CS6", "CS7", "CS8", "CSIZE", "CSTART", "CSTOP", "CSTOPB",
    "CSUSP", "CWERASE", "ECHO", "ECHOCTL", "ECHOE", "ECHOK", "ECHOKE", "ECHONL", "ECHOPRT",
    "EXTA", "EXTB", "FF0", "FF1", "FFDLY", "FIOASYNC", "FIOCLEX", "FIONBIO", "FIONCLEX",
    "FIONREAD", "FLUSHO", "HUPCL", "ICANON", "ICRNL", "IEXTEN", "IGNBRK", "IGNCR", "IGNPAR",
    "IMAXBEL", "INLCR", "INPCK", "IOCSIZE_MASK", "IOCSIZE_SHIFT", "ISIG", "ISTRIP", "IUCLC",
    "IXANY", "IXOFF", "IXON", "NCC", "NCCS", "NL0", "NL1", "NLDLY", "NOFLSH", "N_MOUSE",
    "N_PPP", "N_SLIP", "N_STRIP", "N_TTY", "OCRNL", "OFDEL", "OFILL", "OLCUC", "ONLCR",
    "ONLRET", "ONOCR", "OPOST", "PARENB", "PARMRK", "PARODD", "PENDIN", "TAB0", "TAB1",
    "TAB2", "TAB3", "TABDLY", "TCFLSH", "TCGETA", "TCGETS", "TCIFLUSH", "TCIOFF",
    "TCIOFLUSH", "TCION", "TCOFLUSH", "TCOOFF", "TCOON", "TCSADRAIN", "TCSAFLUSH", "TCSANOW",
    "TCSBRK", "TCSBRKP", "TCSETA", "TCSETAF", "TCSETAW", "TCSETS", "TCSETSF", "TCSETSW",
    "TCXONC", "TIOCCONS", "TIOCEXCL", "TIOCGETD", "TIOCGICOUNT", "TIOCGLCKTRMIOS",
    "TIOCGPGRP", "TIOCGSERIAL", "TIOCGSOFTCAR", "TIOCGWINSZ", "TIOCINQ", "TIOCLINUX",
    "TIOCMBIC", "TIOCMBIS", "TIOCMGET", "TIOCMIWAIT", "TIOCMSET", "TIOCM_CAR", "TIOCM_CD",
    "TIOCM_CTS", "TIOCM_DSR", "TIOCM_DTR", "TIOCM_LE", "TIOCM_RI", "TIOCM_RNG", "TIOCM_RTS",
    "TIOCM_SR", "TIOCM_ST", "TIOCNOTTY", "TIOCNXCL", "TIOCOUTQ", "TIOCPKT", "TIOCPKT_DATA",
    "TIOCPKT_DOSTOP", "TIOCPKT_FLUSHREAD", "TIOCPKT_FLUSHWRITE", "TIOCPKT_NOSTOP",
    "TIOCPKT_START", "TIOCPKT_STOP", "TIOCSCTTY", "TIOCSERCONFIG", "TIOCSERGETLSR",
    "TIOCSERGETMULTI", "TIOCSERGSTRUCT", "TIOCSERGWILD", "TIOCSERSETMULTI", "TIOCSERSWILD",
    "TIOCSER_TEMT", "TIOCSETD", "TIOCSLCKTRMIOS", "TIOCSPGRP", "TIOCSSERIAL",
    "TIOCSSOFTCAR", "TIOCSTI", "TIOCSWINSZ", "TOSTOP", "VDISCARD", "VEOF", "VEOL", "VEOL2",
    "VERASE", "VINTR", "VKILL", "VLNEXT", "VMIN", "VQUIT", "VREPRINT", "VSTART", "VSTOP",
    "VSUSP", "VSWTC", "VSWTCH", "VT0", "VT1", "VTDLY", "VTIME", "VWERASE", "XCASE", "XTABS",
]

DOC = ("This module provides an interface to the Posix calls for tty I/O control.\n"
       "For a complete description of these calls, see the Posix or Unix manual\n"
       "pages. It is only available for those Unix versions that support Posix\n"
       "termios style tty I/O control.\n\n"
       "All functions in this module take a file descriptor fd as their first\n"
       "argument. This can be an integer file descriptor, such as returned by\n"
       "sys.stdin.fileno(), or a file object, such as sys.stdin itself.")

w_TermiosError = make_builtin_type("error", [EXCEPTION_TYPES["Exception"]], LAYOUT_EXCEPTION)
w_TermiosError.is_heaptype = True
w_TermiosError.hasdict = True
w_TermiosError.dict_w["__module__"] = W_StrObject("termios")
w_TermiosError.dict_w["__doc__"] = w_None

VMIN = runix.termios_constant(b"VMIN")
VTIME = runix.termios_constant(b"VTIME")
ICANON = runix.termios_constant(b"ICANON")


def termios_error() -> OperationError:
    """PyErr_SetFromErrno(termios.error): (errno, strerror) of the last call."""
    code = ros.get_errno()
    return OperationError(W_BaseException(w_TermiosError, [
        wrap_int(code), space.wrap_str(ros.strerror(code))]))


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def c_long_w(w: W_Root) -> int:
    """PyLong_AsLong (through __index__)."""
    return word_w(w, "long")


def termios_tcgetattr(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    try:
        runix.tcgetattr(fd)
    except OSError:
        raise termios_error()
    cc = runix.tc_cc()
    cc_w: list[W_Root] = []
    for i in range(len(cc)):
        cc_w.append(wrap_bytes(cc[i:i + 1]))
    lflag = runix.tc_field(runix.TC_LFLAG)
    # MIN and TIME may share their slots with EOF and EOL: ints only in
    # non-canonical mode
    if lflag & ICANON == 0:
        cc_w[VMIN] = wrap_int(cc[VMIN])
        cc_w[VTIME] = wrap_int(cc[VTIME])
    items_w: list[W_Root] = []
    for which in range(6):
        items_w.append(wrap_int(runix.tc_field(which)))
    items_w.append(newlist(cc_w))
    return newlist(items_w)


def termios_tcsetattr(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    when = c_int_w(_req(slots, 1))
    w_term = _req(slots, 2)
    if not isinstance(w_term, W_ListObject) or w_term.length() != 7:
        raise operr(w_TypeError, "tcsetattr, arg 3: must be 7 element list")
    try:
        runix.tcgetattr(fd)     # CPython reads the old mode first (its errors come first)
    except OSError:
        raise termios_error()
    values: list[int] = []
    for i in range(6):
        values.append(c_long_w(w_term.getitem(i)))
    w_cc = w_term.getitem(6)
    ncc = len(runix.tc_cc())
    if not isinstance(w_cc, W_ListObject) or w_cc.length() != ncc:
        raise operr(w_TypeError, "tcsetattr: attributes[6] must be %d element list" % ncc)
    cc: list[int] = []
    for i in range(ncc):
        w_c = w_cc.getitem(i)
        if isinstance(w_c, W_BytesObject) and len(w_c.value) == 1:
            cc.append(w_c.value[0])
        elif is_int(w_c):
            cc.append(c_long_w(w_c) & 0xff)
        else:
            raise operr(w_TypeError,
                        "tcsetattr: elements of attributes must be characters or integers")
    try:
        runix.tcsetattr(fd, when, values[0], values[1], values[2], values[3], values[4],
                        values[5], bytes(cc))
    except OSError:
        raise termios_error()
    return w_None


def termios_tcsendbreak(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    duration = c_int_w(_req(slots, 1))
    try:
        runix.tcsendbreak(fd, duration)
    except OSError:
        raise termios_error()
    return w_None


def termios_tcdrain(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    try:
        runix.tcdrain(fd)
    except OSError:
        raise termios_error()
    return w_None


def termios_tcflush(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    queue = c_int_w(_req(slots, 1))
    try:
        runix.tcflush(fd, queue)
    except OSError:
        raise termios_error()
    return w_None


def termios_tcflow(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    action = c_int_w(_req(slots, 1))
    try:
        runix.tcflow(fd, action)
    except OSError:
        raise termios_error()
    return w_None


def termios_tcgetwinsize(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    try:
        size = runix.tcgetwinsize(fd)
    except OSError:
        raise termios_error()
    return W_TupleObject([wrap_int(size >> 16), wrap_int(size & 0xffff)])


def is_sequence(w: W_Root) -> bool:
    """PySequence_Check: not a dict, and has __getitem__."""
    if isinstance(w, W_DictObject):
        return False
    return space.lookup(w, "__getitem__") is not None


def termios_tcsetwinsize(slots: list[W_Root | None]) -> W_Root:
    fd = as_fd(_req(slots, 0))
    w_size = _req(slots, 1)
    if not is_sequence(w_size) or space.len_w(w_size) != 2:
        raise operr(w_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence")
    rows = c_long_w(space.getitem(w_size, wrap_int(0)))
    cols = c_long_w(space.getitem(w_size, wrap_int(1)))
    try:
        runix.tcgetwinsize(fd)  # the old size first, as CPython (its errors come first)
    except OSError:
        raise termios_error()
    if rows < 0 or rows > 0xffff or cols < 0 or cols > 0xffff:
        raise operr(w_OverflowError, "winsize value(s) out of range.")
    try:
        runix.tcsetwinsize(fd, rows, cols)
    except OSError:
        raise termios_error()
    return w_None


FUNCTIONS = [
    register(None, "tcgetattr(fd, /)", termios_tcgetattr),
    register(None, "tcsetattr(fd, when, attributes, /)", termios_tcsetattr),
    register(None, "tcsendbreak(fd, duration, /)", termios_tcsendbreak),
    register(None, "tcdrain(fd, /)", termios_tcdrain),
    register(None, "tcflush(fd, queue, /)", termios_tcflush),
    register(None, "tcflow(fd, action, /)", termios_tcflow),
    register(None, "tcgetwinsize(fd, /)", termios_tcgetwinsize),
    register(None, "tcsetwinsize(fd, winsize, /)", termios_tcsetwinsize),
]

for _f in FUNCTIONS:        # CPython's METH_O messages name the module
    assert isinstance(_f, W_BuiltinSlots)
    _f.sig.qualname = "termios." + _f.sig.name


def make_module() -> W_Module:
    w_mod = W_Module("termios", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(DOC))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name in CONSTANT_NAMES:
        value = runix.termios_constant(name.encode())
        if value != runix.TC_MISSING:
            d.setitem_str(name, wrap_int(value))
    d.setitem_str("error", w_TermiosError)
    return w_mod


register_module("termios", make_module)
