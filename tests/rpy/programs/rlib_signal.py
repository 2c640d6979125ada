"""rpy.rlib.rsignal: signals recorded by a handler and polled."""
from __future__ import annotations

from rpy.rlib import ros, rsignal

SIGUSR1 = 10
SIGUSR2 = 12
SIGTERM = 15
SIGKILL = 9


def drain() -> list[int]:
    taken: list[int] = []
    while rsignal.pending():
        sig = rsignal.take()
        if sig < 0:
            break
        taken.append(sig)
    return taken


def entry_point(argv: list[str]) -> int:
    print("nothing pending", rsignal.pending(), rsignal.take())
    print("disposition before", rsignal.disposition(SIGUSR1))
    rsignal.install(SIGUSR1)
    rsignal.install(SIGUSR2)
    print("disposition installed", rsignal.disposition(SIGUSR1))
    rsignal.raise_signal(SIGUSR1)
    ros.kill(ros.getpid(), SIGUSR2)
    # a loop until both have arrived (delivery to this process is synchronous
    # for raise(); kill() to oneself is delivered before kill returns)
    got: list[int] = []
    n = 0
    while len(got) < 2 and n < 1000000:
        got += drain()
        n += 1
    got.sort()
    print("taken", got, "then", rsignal.take())
    rsignal.ignore(SIGUSR1)
    print("disposition ignored", rsignal.disposition(SIGUSR1))
    rsignal.raise_signal(SIGUSR1)
    print("ignored signal pending", rsignal.pending())
    rsignal.default(SIGUSR1)
    print("disposition default", rsignal.disposition(SIGUSR1))
    try:
        rsignal.install(SIGKILL)
    except OSError:
        print("SIGKILL cannot be handled")
    try:
        rsignal.install(0)
    except (OSError, ValueError):
        print("signal 0 refused")
    print("valid", rsignal.is_valid(2), rsignal.is_valid(0), rsignal.is_valid(rsignal.NSIG))
    print("strsignal", rsignal.strsignal(2), "|", rsignal.strsignal(SIGTERM))
    print("alarm", rsignal.alarm(0))
    rsignal.install(SIGUSR1)
    rsignal.raise_signal(SIGUSR1)
    ros.sleep(0.001)
    print("after sleep", drain())
    return 0
