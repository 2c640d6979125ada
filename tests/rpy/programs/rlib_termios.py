"""rpy.rlib.runix's termios part on a pseudo-terminal (openpty): the
attributes and control characters, setting them, window sizes, flushing
and flow control, ttyname, the constants by name, and the errors
(OSError with the errno)."""
from __future__ import annotations

from rpy.rlib import ros, runix


def entry_point(argv: list[str]) -> int:
    both = runix.openpty()
    master = both >> 32
    slave = both & 0xffffffff
    print("tty", ros.isatty(slave), runix.ttyname(slave)[:9])
    icanon = runix.termios_constant(b"ICANON")
    echo = runix.termios_constant(b"ECHO")
    vmin = runix.termios_constant(b"VMIN")
    runix.tcgetattr(slave)
    lflag = runix.tc_field(runix.TC_LFLAG)
    cc = runix.tc_cc()
    print("attrs", lflag & icanon != 0, lflag & echo != 0, len(cc) == runix.termios_constant(b"NCCS"),
          runix.tc_field(runix.TC_OSPEED) == runix.termios_constant(b"B38400"))
    new_cc = list(cc)
    new_cc[vmin] = 7
    runix.tcsetattr(slave, runix.termios_constant(b"TCSANOW"), runix.tc_field(0),
                    runix.tc_field(1), runix.tc_field(2), lflag & ~(icanon | echo),
                    runix.tc_field(4), runix.tc_field(5), bytes(new_cc))
    runix.tcgetattr(slave)
    print("set", runix.tc_field(runix.TC_LFLAG) & (icanon | echo), runix.tc_cc()[vmin])
    print("winsize", runix.tcgetwinsize(slave))
    runix.tcsetwinsize(slave, 24, 80)
    size = runix.tcgetwinsize(master)
    print("winsize set", size >> 16, size & 0xffff)
    runix.tcflush(slave, runix.termios_constant(b"TCIOFLUSH"))
    runix.tcflow(slave, runix.termios_constant(b"TCOON"))
    runix.tcdrain(slave)
    runix.tcsendbreak(slave, 0)
    try:
        runix.tcflow(slave, 99)
    except OSError:
        print("tcflow: errno", ros.get_errno())
    fd = ros.open("/dev/null", ros.O_RDONLY, 0)
    try:
        runix.tcgetattr(fd)
    except OSError:
        print("not a tty: errno", ros.get_errno())
    try:
        runix.ttyname(fd)
    except OSError:
        print("ttyname: errno", ros.get_errno())
    ros.close(fd)
    try:
        runix.tcgetwinsize(fd)
    except OSError:
        print("closed: errno", ros.get_errno())
    print("missing", runix.termios_constant(b"NO_SUCH") == runix.TC_MISSING)
    ros.close(slave)
    ros.close(master)
    return 0
