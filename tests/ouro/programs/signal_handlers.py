# signal handlers run by the eval loop: os.kill / raise_signal to oneself,
# the frame argument, exceptions from handlers, SIGINT's default handler,
# SIG_IGN / SIG_DFL, the module's constants and errors.
import os
import signal

got = []


def handler(sig, frame):
    got.append((sig, type(frame).__name__, frame.f_code.co_name))


old = signal.signal(signal.SIGUSR1, handler)
print("old", old, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(10):
    pass
print(got)
signal.raise_signal(signal.SIGUSR1)
print(len(got), got[-1][0] == signal.SIGUSR1)


def in_function():
    os.kill(os.getpid(), signal.SIGUSR1)
    total = 0
    for i in range(100):
        total += i
    return total


print(in_function(), got[-1])

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))


def boom(sig, frame):
    raise RuntimeError("from handler %d" % sig)


signal.signal(signal.SIGUSR2, boom)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for i in range(100):
        pass
except RuntimeError as e:
    print("caught", e)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
print(signal.getsignal(signal.SIGUSR1))

print(signal.strsignal(signal.SIGTERM), "|", signal.strsignal(signal.SIGINT))
valid = signal.valid_signals()
print(sorted(valid)[:5], signal.SIGKILL in valid, 0 in valid)
print(signal.Signals.SIGINT, repr(signal.SIGTERM), signal.SIG_IGN, int(signal.SIGUSR1))
print(signal.alarm(0))

for bad in [lambda: signal.signal(99, handler), lambda: signal.signal(0, handler),
            lambda: signal.signal(signal.SIGUSR1, 5),
            lambda: signal.signal(signal.SIGUSR1, "x"),
            lambda: signal.signal(signal.SIGKILL, handler),
            lambda: signal.getsignal(200), lambda: signal.strsignal(0),
            lambda: signal.raise_signal(-1)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
