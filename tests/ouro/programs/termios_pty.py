"""termios on a pseudo-terminal: tcgetattr/tcsetattr round trips, the
non-canonical cc items (ints at VMIN/VTIME), window sizes, flushing and
flow control, the errors (termios.error's (errno, strerror), the
TypeErrors), tty.setraw/setcbreak, echo on and off seen from the master
side, and getpass in a child on its own terminal (pty.fork)."""
import os
import pty
import select
import sys
import termios
import tty

names = [n for n in dir(termios) if not n.startswith('_')]
print(len(names), names[:5], names[-10:])
print(termios.error.__module__, termios.error.__mro__[1].__name__)
print(termios.VMIN, termios.VTIME, termios.NCCS, termios.TCSANOW, termios.ICANON,
      termios.ECHO, termios.B38400, termios.TIOCGWINSZ)

master, slave = pty.openpty()
print(os.isatty(slave), os.get_inheritable(master), os.get_inheritable(slave))
print(os.ttyname(slave).startswith('/dev/pts/'))
attrs = termios.tcgetattr(slave)
print(len(attrs), [type(x).__name__ for x in attrs], len(attrs[6]))
print(all(isinstance(c, bytes) and len(c) == 1 for c in attrs[6]))
print(attrs[3] & termios.ICANON != 0, attrs[3] & termios.ECHO != 0)


class FD:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


print(termios.tcgetattr(FD(slave)) == attrs)

new = termios.tcgetattr(slave)
new[3] &= ~(termios.ICANON | termios.ECHO)
new[6][termios.VMIN] = 1
new[6][termios.VTIME] = b'\x05'
termios.tcsetattr(slave, termios.TCSANOW, new)
got = termios.tcgetattr(slave)
print(got[3] & termios.ICANON, got[3] & termios.ECHO, got[6][termios.VMIN],
      got[6][termios.VTIME], type(got[6][termios.VMIN]).__name__)
termios.tcsetattr(slave, termios.TCSADRAIN, attrs)
print(termios.tcgetattr(slave) == attrs)

print(termios.tcgetwinsize(slave))
termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(slave), termios.tcgetwinsize(master))
termios.tcsetwinsize(slave, [50, 132])
print(termios.tcgetwinsize(slave), os.get_terminal_size(slave))

print(termios.tcflush(slave, termios.TCIOFLUSH), termios.tcflow(slave, termios.TCOON),
      termios.tcdrain(slave), termios.tcsendbreak(slave, 0))


def t(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e.args)


t('bad fd', termios.tcgetattr, 99)
t('not a tty', termios.tcgetattr, os.open(os.devnull, os.O_RDONLY))
t('str fd', termios.tcgetattr, 'x')
t('negative fd', termios.tcgetattr, -1)
t('no args', termios.tcgetattr)
t('short list', termios.tcsetattr, slave, 0, [1, 2])
t('not a list', termios.tcsetattr, slave, 0, tuple(attrs))
t('bad when', termios.tcsetattr, slave, 99, attrs)
t('short cc', termios.tcsetattr, slave, 0, attrs[:6] + [[b'a']])
t('long cc item', termios.tcsetattr, slave, 0, attrs[:6] + [attrs[6][:-1] + [b'ab']])
t('float cc item', termios.tcsetattr, slave, 0, attrs[:6] + [attrs[6][:-1] + [3.0]])
t('str flag', termios.tcsetattr, slave, 0, ['x'] + attrs[1:])
t('bad speed', termios.tcsetattr, slave, 0, attrs[:4] + [12345, 12345, attrs[6]])
t('bad fd set', termios.tcsetattr, 99, 0, attrs)
t('one arg', termios.tcsetattr, slave)
t('winsize one', termios.tcsetwinsize, slave, (1,))
t('winsize int', termios.tcsetwinsize, slave, 5)
t('winsize str', termios.tcsetwinsize, slave, ('a', 2))
t('winsize big', termios.tcsetwinsize, slave, (2**40, 3))
t('winsize neg', termios.tcsetwinsize, slave, (-1, 3))
t('winsize bad fd', termios.tcgetwinsize, 99)
t('flow bad', termios.tcflow, slave, 99)
t('flush bad', termios.tcflush, slave, 99)
t('drain bad fd', termios.tcdrain, 99)
t('break bad fd', termios.tcsendbreak, 99, 0)
print(termios.tcgetattr(slave) == attrs)


def drain_master(timeout=0.3):
    out = b''
    while True:
        r, _, _ = select.select([master], [], [], timeout)
        if not r:
            return out
        out += os.read(master, 1024)


# echo on: the terminal echoes input back to the master side
os.write(master, b'abc\n')
print(drain_master(), os.read(slave, 100))
# echo off (what getpass does)
off = termios.tcgetattr(slave)
off[3] &= ~termios.ECHO
termios.tcsetattr(slave, termios.TCSAFLUSH, off)
os.write(master, b'secret\n')
print(drain_master(), os.read(slave, 100))
termios.tcsetattr(slave, termios.TCSANOW, attrs)

# tty.setraw / setcbreak
tty.setraw(slave)
raw = termios.tcgetattr(slave)
print(raw[3] & (termios.ICANON | termios.ECHO | termios.ISIG), raw[1] & termios.OPOST,
      raw[6][termios.VMIN], raw[6][termios.VTIME])
os.write(master, b'x')
print(os.read(slave, 10))
termios.tcsetattr(slave, termios.TCSANOW, attrs)
tty.setcbreak(slave)
cb = termios.tcgetattr(slave)
print(cb[3] & termios.ICANON, cb[3] & termios.ECHO, cb[6][termios.VMIN])
termios.tcsetattr(slave, termios.TCSANOW, attrs)
os.close(slave)
os.close(master)

# getpass in a child whose controlling terminal is a new pty
sys.stdout.flush()
pid, fd = pty.fork()
if pid == 0:
    import getpass
    pw = getpass.getpass('Password: ')
    print('child got', len(pw), repr(pw[:2]))
    sys.stdout.flush()
    os._exit(0)
out = b''
while b'Password: ' not in out:
    out += os.read(fd, 1024)
os.write(fd, b'hunter2\n')
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
print(out.replace(b'\r\n', b'\n'), os.waitstatus_to_exitcode(status))
