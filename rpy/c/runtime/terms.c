/* terms.c -- termios for rpy.rlib.runix (its docstring documents the
 * functions): terminal attributes (tcgetattr/tcsetattr), breaks, drains,
 * flushes and flow control, window sizes, and the constants of the
 * system's headers by name.  Failures raise OSError with the errno
 * (rpy_os_raise_errno), read back with ros.get_errno().
 */
#define _GNU_SOURCE     /* posix_openpt, ptsname_r */
#include "rpy.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>

/* as CPython's termios.c: if the headers name only one of the two */
#if defined(VSWTCH) && !defined(VSWTC)
#define VSWTC VSWTCH
#endif
#if defined(VSWTC) && !defined(VSWTCH)
#define VSWTCH VSWTC
#endif

static struct termios tc;

void rpy_unix_tcgetattr(Signed fd) {
    if (tcgetattr((int)fd, &tc) < 0) rpy_os_raise_errno(errno);
}

Signed rpy_unix_tc_field(Signed which) {
    switch (which) {
    case 0: return (Signed)tc.c_iflag;
    case 1: return (Signed)tc.c_oflag;
    case 2: return (Signed)tc.c_cflag;
    case 3: return (Signed)tc.c_lflag;
    case 4: return (Signed)cfgetispeed(&tc);
    case 5: return (Signed)cfgetospeed(&tc);
    }
    return 0;
}

rpy_string *rpy_unix_tc_cc(void) {
    char buf[NCCS];
    for (int i = 0; i < NCCS; i++) buf[i] = (char)tc.c_cc[i];
    return rpy_bytes_from_mem(buf, NCCS);
}

void rpy_unix_tcsetattr(Signed fd, Signed when, Signed iflag, Signed oflag, Signed cflag,
                        Signed lflag, Signed ispeed, Signed ospeed, rpy_string *cc) {
    struct termios mode;
    /* the current attributes first, in case of hidden fields */
    if (tcgetattr((int)fd, &mode) < 0) { rpy_os_raise_errno(errno); return; }
    mode.c_iflag = (tcflag_t)iflag;
    mode.c_oflag = (tcflag_t)oflag;
    mode.c_cflag = (tcflag_t)cflag;
    mode.c_lflag = (tcflag_t)lflag;
    for (Signed i = 0; i < NCCS && i < cc->length; i++) mode.c_cc[i] = (cc_t)cc->data[i];
    if (cfsetispeed(&mode, (speed_t)ispeed) < 0) { rpy_os_raise_errno(errno); return; }
    if (cfsetospeed(&mode, (speed_t)ospeed) < 0) { rpy_os_raise_errno(errno); return; }
    if (tcsetattr((int)fd, (int)when, &mode) < 0) rpy_os_raise_errno(errno);
}

void rpy_unix_tcsendbreak(Signed fd, Signed duration) {
    if (tcsendbreak((int)fd, (int)duration) < 0) rpy_os_raise_errno(errno);
}

void rpy_unix_tcdrain(Signed fd) {
    if (tcdrain((int)fd) < 0) rpy_os_raise_errno(errno);
}

void rpy_unix_tcflush(Signed fd, Signed queue) {
    if (tcflush((int)fd, (int)queue) < 0) rpy_os_raise_errno(errno);
}

void rpy_unix_tcflow(Signed fd, Signed action) {
    if (tcflow((int)fd, (int)action) < 0) rpy_os_raise_errno(errno);
}

Signed rpy_unix_tcgetwinsize(Signed fd) {
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)w.ws_row * 65536 + (Signed)w.ws_col;
}

void rpy_unix_tcsetwinsize(Signed fd, Signed rows, Signed cols) {
    struct winsize w;
    /* the current size first: it has the pixel sizes too */
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0) { rpy_os_raise_errno(errno); return; }
    w.ws_row = (unsigned short)rows;
    w.ws_col = (unsigned short)cols;
    if (ioctl((int)fd, TIOCSWINSZ, &w) < 0) rpy_os_raise_errno(errno);
}

/* openpty(3) without libutil: what glibc's does, both ends close-on-exec
 * (CPython makes them non-inheritable) */
Signed rpy_unix_openpty(void) {
    int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) { rpy_os_raise_errno(errno); return -1; }
    char name[128];
    if (grantpt(master) < 0 || unlockpt(master) < 0 || ptsname_r(master, name, sizeof name) != 0) {
        int e = errno;
        close(master);
        rpy_os_raise_errno(e);
        return -1;
    }
    int slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0) {
        int e = errno;
        close(master);
        rpy_os_raise_errno(e);
        return -1;
    }
    return ((Signed)master << 32) | (Signed)slave;
}

rpy_string *rpy_unix_ttyname(Signed fd) {
    char name[256];
    int r = ttyname_r((int)fd, name, sizeof name);
    if (r != 0) { rpy_os_raise_errno(r); return NULL; }
    return rpy_bytes_from_mem(name, (Signed)strlen(name));
}

/* the constants CPython 3.11's termios module exports on Linux, each
 * where the headers define it */
static const struct { const char *name; long value; } constants[] = {
#ifdef B0
    {"B0", B0},
#endif
#ifdef B1000000
    {"B1000000", B1000000},
#endif
#ifdef B110
    {"B110", B110},
#endif
#ifdef B115200
    {"B115200", B115200},
#endif
#ifdef B1152000
    {"B1152000", B1152000},
#endif
#ifdef B1200
    {"B1200", B1200},
#endif
#ifdef B134
    {"B134", B134},
#endif
#ifdef B150
    {"B150", B150},
#endif
#ifdef B1500000
    {"B1500000", B1500000},
#endif
#ifdef B1800
    {"B1800", B1800},
#endif
#ifdef B19200
    {"B19200", B19200},
#endif
#ifdef B200
    {"B200", B200},
#endif
#ifdef B2000000
    {"B2000000", B2000000},
#endif
#ifdef B230400
    {"B230400", B230400},
#endif
#ifdef B2400
    {"B2400", B2400},
#endif
#ifdef B2500000
    {"B2500000", B2500000},
#endif
#ifdef B300
    {"B300", B300},
#endif
#ifdef B3000000
    {"B3000000", B3000000},
#endif
#ifdef B3500000
    {"B3500000", B3500000},
#endif
#ifdef B38400
    {"B38400", B38400},
#endif
#ifdef B4000000
    {"B4000000", B4000000},
#endif
#ifdef B460800
    {"B460800", B460800},
#endif
#ifdef B4800
    {"B4800", B4800},
#endif
#ifdef B50
    {"B50", B50},
#endif
#ifdef B500000
    {"B500000", B500000},
#endif
#ifdef B57600
    {"B57600", B57600},
#endif
#ifdef B576000
    {"B576000", B576000},
#endif
#ifdef B600
    {"B600", B600},
#endif
#ifdef B75
    {"B75", B75},
#endif
#ifdef B921600
    {"B921600", B921600},
#endif
#ifdef B9600
    {"B9600", B9600},
#endif
#ifdef BRKINT
    {"BRKINT", BRKINT},
#endif
#ifdef BS0
    {"BS0", BS0},
#endif
#ifdef BS1
    {"BS1", BS1},
#endif
#ifdef BSDLY
    {"BSDLY", BSDLY},
#endif
#ifdef CBAUD
    {"CBAUD", CBAUD},
#endif
#ifdef CBAUDEX
    {"CBAUDEX", CBAUDEX},
#endif
#ifdef CDSUSP
    {"CDSUSP", CDSUSP},
#endif
#ifdef CEOF
    {"CEOF", CEOF},
#endif
#ifdef CEOL
    {"CEOL", CEOL},
#endif
#ifdef CEOT
    {"CEOT", CEOT},
#endif
#ifdef CERASE
    {"CERASE", CERASE},
#endif
#ifdef CFLUSH
    {"CFLUSH", CFLUSH},
#endif
#ifdef CIBAUD
    {"CIBAUD", CIBAUD},
#endif
#ifdef CINTR
    {"CINTR", CINTR},
#endif
#ifdef CKILL
    {"CKILL", CKILL},
#endif
#ifdef CLNEXT
    {"CLNEXT", CLNEXT},
#endif
#ifdef CLOCAL
    {"CLOCAL", CLOCAL},
#endif
#ifdef CQUIT
    {"CQUIT", CQUIT},
#endif
#ifdef CR0
    {"CR0", CR0},
#endif
#ifdef CR1
    {"CR1", CR1},
#endif
#ifdef CR2
    {"CR2", CR2},
#endif
#ifdef CR3
    {"CR3", CR3},
#endif
#ifdef CRDLY
    {"CRDLY", CRDLY},
#endif
#ifdef CREAD
    {"CREAD", CREAD},
#endif
#ifdef CRPRNT
    {"CRPRNT", CRPRNT},
#endif
#ifdef CRTSCTS
    {"CRTSCTS", CRTSCTS},
#endif
#ifdef CS5
    {"CS5", CS5},
#endif
#ifdef CS6
    {"CS6", CS6},
#endif
#ifdef CS7
    {"CS7", CS7},
#endif
#ifdef CS8
    {"CS8", CS8},
#endif
#ifdef CSIZE
    {"CSIZE", CSIZE},
#endif
#ifdef CSTART
    {"CSTART", CSTART},
#endif
#ifdef CSTOP
    {"CSTOP", CSTOP},
#endif
#ifdef CSTOPB
    {"CSTOPB", CSTOPB},
#endif
#ifdef CSUSP
    {"CSUSP", CSUSP},
#endif
#ifdef CWERASE
    {"CWERASE", CWERASE},
#endif
#ifdef ECHO
    {"ECHO", ECHO},
#endif
#ifdef ECHOCTL
    {"ECHOCTL", ECHOCTL},
#endif
#ifdef ECHOE
    {"ECHOE", ECHOE},
#endif
#ifdef ECHOK
    {"ECHOK", ECHOK},
#endif
#ifdef ECHOKE
    {"ECHOKE", ECHOKE},
#endif
#ifdef ECHONL
    {"ECHONL", ECHONL},
#endif
#ifdef ECHOPRT
    {"ECHOPRT", ECHOPRT},
#endif
#ifdef EXTA
    {"EXTA", EXTA},
#endif
#ifdef EXTB
    {"EXTB", EXTB},
#endif
#ifdef FF0
    {"FF0", FF0},
#endif
#ifdef FF1
    {"FF1", FF1},
#endif
#ifdef FFDLY
    {"FFDLY", FFDLY},
#endif
#ifdef FIOASYNC
    {"FIOASYNC", FIOASYNC},
#endif
#ifdef FIOCLEX
    {"FIOCLEX", FIOCLEX},
#endif
#ifdef FIONBIO
    {"FIONBIO", FIONBIO},
#endif
#ifdef FIONCLEX
    {"FIONCLEX", FIONCLEX},
#endif
#ifdef FIONREAD
    {"FIONREAD", FIONREAD},
#endif
#ifdef FLUSHO
    {"FLUSHO", FLUSHO},
#endif
#ifdef HUPCL
    {"HUPCL", HUPCL},
#endif
#ifdef ICANON
    {"ICANON", ICANON},
#endif
#ifdef ICRNL
    {"ICRNL", ICRNL},
#endif
#ifdef IEXTEN
    {"IEXTEN", IEXTEN},
#endif
#ifdef IGNBRK
    {"IGNBRK", IGNBRK},
#endif
#ifdef IGNCR
    {"IGNCR", IGNCR},
#endif
#ifdef IGNPAR
    {"IGNPAR", IGNPAR},
#endif
#ifdef IMAXBEL
    {"IMAXBEL", IMAXBEL},
#endif
#ifdef INLCR
    {"INLCR", INLCR},
#endif
#ifdef INPCK
    {"INPCK", INPCK},
#endif
#ifdef IOCSIZE_MASK
    {"IOCSIZE_MASK", IOCSIZE_MASK},
#endif
#ifdef IOCSIZE_SHIFT
    {"IOCSIZE_SHIFT", IOCSIZE_SHIFT},
#endif
#ifdef ISIG
    {"ISIG", ISIG},
#endif
#ifdef ISTRIP
    {"ISTRIP", ISTRIP},
#endif
#ifdef IUCLC
    {"IUCLC", IUCLC},
#endif
#ifdef IXANY
    {"IXANY", IXANY},
#endif
#ifdef IXOFF
    {"IXOFF", IXOFF},
#endif
#ifdef IXON
    {"IXON", IXON},
#endif
#ifdef NCC
    {"NCC", NCC},
#endif
#ifdef NCCS
    {"NCCS", NCCS},
#endif
#ifdef NL0
    {"NL0", NL0},
#endif
#ifdef NL1
    {"NL1", NL1},
#endif
#ifdef NLDLY
    {"NLDLY", NLDLY},
#endif
#ifdef NOFLSH
    {"NOFLSH", NOFLSH},
#endif
#ifdef N_MOUSE
    {"N_MOUSE", N_MOUSE},
#endif
#ifdef N_PPP
    {"N_PPP", N_PPP},
#endif
#ifdef N_SLIP
    {"N_SLIP", N_SLIP},
#endif
#ifdef N_STRIP
    {"N_STRIP", N_STRIP},
#endif
#ifdef N_TTY
    {"N_TTY", N_TTY},
#endif
#ifdef OCRNL
    {"OCRNL", OCRNL},
#endif
#ifdef OFDEL
    {"OFDEL", OFDEL},
#endif
#ifdef OFILL
    {"OFILL", OFILL},
#endif
#ifdef OLCUC
    {"OLCUC", OLCUC},
#endif
#ifdef ONLCR
    {"ONLCR", ONLCR},
#endif
#ifdef ONLRET
    {"ONLRET", ONLRET},
#endif
#ifdef ONOCR
    {"ONOCR", ONOCR},
#endif
#ifdef OPOST
    {"OPOST", OPOST},
#endif
#ifdef PARENB
    {"PARENB", PARENB},
#endif
#ifdef PARMRK
    {"PARMRK", PARMRK},
#endif
#ifdef PARODD
    {"PARODD", PARODD},
#endif
#ifdef PENDIN
    {"PENDIN", PENDIN},
#endif
#ifdef TAB0
    {"TAB0", TAB0},
#endif
#ifdef TAB1
    {"TAB1", TAB1},
#endif
#ifdef TAB2
    {"TAB2", TAB2},
#endif
#ifdef TAB3
    {"TAB3", TAB3},
#endif
#ifdef TABDLY
    {"TABDLY", TABDLY},
#endif
#ifdef TCFLSH
    {"TCFLSH", TCFLSH},
#endif
#ifdef TCGETA
    {"TCGETA", TCGETA},
#endif
#ifdef TCGETS
    {"TCGETS", TCGETS},
#endif
#ifdef TCIFLUSH
    {"TCIFLUSH", TCIFLUSH},
#endif
#ifdef TCIOFF
    {"TCIOFF", TCIOFF},
#endif
#ifdef TCIOFLUSH
    {"TCIOFLUSH", TCIOFLUSH},
#endif
#ifdef TCION
    {"TCION", TCION},
#endif
#ifdef TCOFLUSH
    {"TCOFLUSH", TCOFLUSH},
#endif
#ifdef TCOOFF
    {"TCOOFF", TCOOFF},
#endif
#ifdef TCOON
    {"TCOON", TCOON},
#endif
#ifdef TCSADRAIN
    {"TCSADRAIN", TCSADRAIN},
#endif
#ifdef TCSAFLUSH
    {"TCSAFLUSH", TCSAFLUSH},
#endif
#ifdef TCSANOW
    {"TCSANOW", TCSANOW},
#endif
#ifdef TCSBRK
    {"TCSBRK", TCSBRK},
#endif
#ifdef TCSBRKP
    {"TCSBRKP", TCSBRKP},
#endif
#ifdef TCSETA
    {"TCSETA", TCSETA},
#endif
#ifdef TCSETAF
    {"TCSETAF", TCSETAF},
#endif
#ifdef TCSETAW
    {"TCSETAW", TCSETAW},
#endif
#ifdef TCSETS
    {"TCSETS", TCSETS},
#endif
#ifdef TCSETSF
    {"TCSETSF", TCSETSF},
#endif
#ifdef TCSETSW
    {"TCSETSW", TCSETSW},
#endif
#ifdef TCXONC
    {"TCXONC", TCXONC},
#endif
#ifdef TIOCCONS
    {"TIOCCONS", TIOCCONS},
#endif
#ifdef TIOCEXCL
    {"TIOCEXCL", TIOCEXCL},
#endif
#ifdef TIOCGETD
    {"TIOCGETD", TIOCGETD},
#endif
#ifdef TIOCGICOUNT
    {"TIOCGICOUNT", TIOCGICOUNT},
#endif
#ifdef TIOCGLCKTRMIOS
    {"TIOCGLCKTRMIOS", TIOCGLCKTRMIOS},
#endif
#ifdef TIOCGPGRP
    {"TIOCGPGRP", TIOCGPGRP},
#endif
#ifdef TIOCGSERIAL
    {"TIOCGSERIAL", TIOCGSERIAL},
#endif
#ifdef TIOCGSOFTCAR
    {"TIOCGSOFTCAR", TIOCGSOFTCAR},
#endif
#ifdef TIOCGWINSZ
    {"TIOCGWINSZ", TIOCGWINSZ},
#endif
#ifdef TIOCINQ
    {"TIOCINQ", TIOCINQ},
#endif
#ifdef TIOCLINUX
    {"TIOCLINUX", TIOCLINUX},
#endif
#ifdef TIOCMBIC
    {"TIOCMBIC", TIOCMBIC},
#endif
#ifdef TIOCMBIS
    {"TIOCMBIS", TIOCMBIS},
#endif
#ifdef TIOCMGET
    {"TIOCMGET", TIOCMGET},
#endif
#ifdef TIOCMIWAIT
    {"TIOCMIWAIT", TIOCMIWAIT},
#endif
#ifdef TIOCMSET
    {"TIOCMSET", TIOCMSET},
#endif
#ifdef TIOCM_CAR
    {"TIOCM_CAR", TIOCM_CAR},
#endif
#ifdef TIOCM_CD
    {"TIOCM_CD", TIOCM_CD},
#endif
#ifdef TIOCM_CTS
    {"TIOCM_CTS", TIOCM_CTS},
#endif
#ifdef TIOCM_DSR
    {"TIOCM_DSR", TIOCM_DSR},
#endif
#ifdef TIOCM_DTR
    {"TIOCM_DTR", TIOCM_DTR},
#endif
#ifdef TIOCM_LE
    {"TIOCM_LE", TIOCM_LE},
#endif
#ifdef TIOCM_RI
    {"TIOCM_RI", TIOCM_RI},
#endif
#ifdef TIOCM_RNG
    {"TIOCM_RNG", TIOCM_RNG},
#endif
#ifdef TIOCM_RTS
    {"TIOCM_RTS", TIOCM_RTS},
#endif
#ifdef TIOCM_SR
    {"TIOCM_SR", TIOCM_SR},
#endif
#ifdef TIOCM_ST
    {"TIOCM_ST", TIOCM_ST},
#endif
#ifdef TIOCNOTTY
    {"TIOCNOTTY", TIOCNOTTY},
#endif
#ifdef TIOCNXCL
    {"TIOCNXCL", TIOCNXCL},
#endif
#ifdef TIOCOUTQ
    {"TIOCOUTQ", TIOCOUTQ},
#endif
#ifdef TIOCPKT
    {"TIOCPKT", TIOCPKT},
#endif
#ifdef TIOCPKT_DATA
    {"TIOCPKT_DATA", TIOCPKT_DATA},
#endif
#ifdef TIOCPKT_DOSTOP
    {"TIOCPKT_DOSTOP", TIOCPKT_DOSTOP},
#endif
#ifdef TIOCPKT_FLUSHREAD
    {"TIOCPKT_FLUSHREAD", TIOCPKT_FLUSHREAD},
#endif
#ifdef TIOCPKT_FLUSHWRITE
    {"TIOCPKT_FLUSHWRITE", TIOCPKT_FLUSHWRITE},
#endif
#ifdef TIOCPKT_NOSTOP
    {"TIOCPKT_NOSTOP", TIOCPKT_NOSTOP},
#endif
#ifdef TIOCPKT_START
    {"TIOCPKT_START", TIOCPKT_START},
#endif
#ifdef TIOCPKT_STOP
    {"TIOCPKT_STOP", TIOCPKT_STOP},
#endif
#ifdef TIOCSCTTY
    {"TIOCSCTTY", TIOCSCTTY},
#endif
#ifdef TIOCSERCONFIG
    {"TIOCSERCONFIG", TIOCSERCONFIG},
#endif
#ifdef TIOCSERGETLSR
    {"TIOCSERGETLSR", TIOCSERGETLSR},
#endif
#ifdef TIOCSERGETMULTI
    {"TIOCSERGETMULTI", TIOCSERGETMULTI},
#endif
#ifdef TIOCSERGSTRUCT
    {"TIOCSERGSTRUCT", TIOCSERGSTRUCT},
#endif
#ifdef TIOCSERGWILD
    {"TIOCSERGWILD", TIOCSERGWILD},
#endif
#ifdef TIOCSERSETMULTI
    {"TIOCSERSETMULTI", TIOCSERSETMULTI},
#endif
#ifdef TIOCSERSWILD
    {"TIOCSERSWILD", TIOCSERSWILD},
#endif
#ifdef TIOCSER_TEMT
    {"TIOCSER_TEMT", TIOCSER_TEMT},
#endif
#ifdef TIOCSETD
    {"TIOCSETD", TIOCSETD},
#endif
#ifdef TIOCSLCKTRMIOS
    {"TIOCSLCKTRMIOS", TIOCSLCKTRMIOS},
#endif
#ifdef TIOCSPGRP
    {"TIOCSPGRP", TIOCSPGRP},
#endif
#ifdef TIOCSSERIAL
    {"TIOCSSERIAL", TIOCSSERIAL},
#endif
#ifdef TIOCSSOFTCAR
    {"TIOCSSOFTCAR", TIOCSSOFTCAR},
#endif
#ifdef TIOCSTI
    {"TIOCSTI", TIOCSTI},
#endif
#ifdef TIOCSWINSZ
    {"TIOCSWINSZ", TIOCSWINSZ},
#endif
#ifdef TOSTOP
    {"TOSTOP", TOSTOP},
#endif
#ifdef VDISCARD
    {"VDISCARD", VDISCARD},
#endif
#ifdef VEOF
    {"VEOF", VEOF},
#endif
#ifdef VEOL
    {"VEOL", VEOL},
#endif
#ifdef VEOL2
    {"VEOL2", VEOL2},
#endif
#ifdef VERASE
    {"VERASE", VERASE},
#endif
#ifdef VINTR
    {"VINTR", VINTR},
#endif
#ifdef VKILL
    {"VKILL", VKILL},
#endif
#ifdef VLNEXT
    {"VLNEXT", VLNEXT},
#endif
#ifdef VMIN
    {"VMIN", VMIN},
#endif
#ifdef VQUIT
    {"VQUIT", VQUIT},
#endif
#ifdef VREPRINT
    {"VREPRINT", VREPRINT},
#endif
#ifdef VSTART
    {"VSTART", VSTART},
#endif
#ifdef VSTOP
    {"VSTOP", VSTOP},
#endif
#ifdef VSUSP
    {"VSUSP", VSUSP},
#endif
#ifdef VSWTC
    {"VSWTC", VSWTC},
#endif
#ifdef VSWTCH
    {"VSWTCH", VSWTCH},
#endif
#ifdef VT0
    {"VT0", VT0},
#endif
#ifdef VT1
    {"VT1", VT1},
#endif
#ifdef VTDLY
    {"VTDLY", VTDLY},
#endif
#ifdef VTIME
    {"VTIME", VTIME},
#endif
#ifdef VWERASE
    {"VWERASE", VWERASE},
#endif
#ifdef XCASE
    {"XCASE", XCASE},
#endif
#ifdef XTABS
    {"XTABS", XTABS},
#endif
};

Signed rpy_unix_termios_constant(rpy_string *name) {
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        const char *c = constants[i].name;
        if ((Signed)strlen(c) == name->length && memcmp(c, name->data, (size_t)name->length) == 0)
            return (Signed)constants[i].value;
    }
    return -1;
}
