"""signal.signal() after faulthandler.register() of the same signal: the
old handler reported is SIG_DFL (what the signal module found), and the
new handler replaces faulthandler's (no traceback dump), as CPython's
sigaction does; regrtest registers SIGALRM so, and test_io's signal tests
restore the handler signal.signal returned."""
import faulthandler
import os
import signal
import sys

faulthandler.register(signal.SIGUSR1, chain=True, file=sys.stderr)
print("getsignal after register:", signal.getsignal(signal.SIGUSR1))
got = []
old = signal.signal(signal.SIGUSR1, lambda sig, frame: got.append(sig))
print("old handler:", old)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    if got:
        break
print("handled:", got == [signal.SIGUSR1])
print("restore:", signal.signal(signal.SIGUSR1, old) is not None)
print("getsignal now:", signal.getsignal(signal.SIGUSR1))
sys.stderr.flush()
